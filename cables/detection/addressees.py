"""Who must act: a post's station ("BERLIN"), "ALL" action addressees, or the Department.

The Department's office is the cable's FOR line; when there is none the detector leaves the
office empty and the tracker's routing rules decide (the labels call that DEPT).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from cables.detection.countries import CAPITAL_STATION

if TYPE_CHECKING:  # typing only: detection must not depend on the parser importing
    from cables.parsing.model import ParsedCable


_POST_PREFIXES = ("AMEMBASSY", "AMCONSUL", "AMCONGEN", "USMISSION", "USINT", "USOFFICE", "AMEMB")
# Mission names as written in text or on addressee lines -> station in reference ids.
_ALIASES = {
    "USEU": "USEUBRUSSELS",
    "USUN": "USUNNEWYORK",
    "USUNNY": "USUNNEWYORK",
    "UNVIE": "UNVIEVIENNA",
    "USOSCE": "USOSCE",
    "USNATOBRUSSELS": "USNATO",
    "USNATOBRUSSELSBE": "USNATO",
    "NATO": "USNATO",
    "KUWAITCITY": "KUWAIT",
    "HOCHIMINHCITY": "HOCHIMINHCITY",
    "THEHAGUE": "THEHAGUE",
}
_DEPARTMENT_RE = re.compile(
    r"\b(?:department|dept|washington|state|usg|agencies|desk|interagency|headquarters)\b",
    re.IGNORECASE,
)
_ALL_RE = re.compile(
    r"\b(?:posts|all\saddressees|action\saddressees?|addressees?\sposts?|addressee|addressees"
    r"|all\s(?:diplomatic\s|action\s)?(?:posts|missions|embassies)|missions|embassies"
    r"|chiefs\sof\smission|action\s(?:posts|embassies))\b",
    re.IGNORECASE,
)
_POSSESSIVE_RE = re.compile(r"(?:'s|,s|\u2019s)$", re.IGNORECASE)
# A Department bureau or office by its symbol: "EUR", "ISN/CPI", "CA/OCS/ACS".
_OFFICE_RE = re.compile(
    r"(?:EUR|NEA|SCA|EAP|AF|WHA|ISN|INR|PM|DRL|EEB|CA|IO|PRM|INL|CT|OES|[A-Z]{1,5}/[A-Z/]{1,20})"
)
_OWN_STAFF_RE = re.compile(
    r"\b(?:reporting\sofficers|usdel|us\sdel|u\.s\.\sdel(?:egation)?|delegation)\b", re.IGNORECASE
)
_SINGLE_RE = re.compile(
    r"\b(?:embassy|post|mission|consulate|you|ambassador|chief\sof\smission|COM|country\steam"
    r"|usdel|us\sdel|u\.s\.\sdel(?:egation)?|delegation|reporting\sofficers)\b",
    re.IGNORECASE,
)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,\s*and\s|,|\band\b|&)\s*", re.IGNORECASE)
_NAME_PREFIX_RE = re.compile(
    r"^(?:the\s)?(?:us\s|u\.s\.\s|american\s)?(?:embassy|embassies|consulates?(?:\sgeneral)?"
    r"|missions?|posts?|amembassy|amconsul|usmission|action\sposts?)(?:\s+in)?\s+",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    {"IS", "ARE", "SHOULD", "PLEASE", "TO", "MAY", "WILL", "MUST", "ALSO", "THE", "HAS",
     "HAVE", "CAN", "SHALL", "WOULD", "STAFF", "OFFICERS", "OFFICIALS", "TEAM", "GENERAL"}
)  # fmt: skip


def station_of(addressee_name: str) -> str | None:
    """ "AMEMBASSY ABU DHABI" -> "ABUDHABI"; None for Washington agencies and collectives."""
    # Addressee names repeat from cable to cable; a long (untrusted) one is not kept.
    if len(addressee_name) <= _LONGEST_KEPT:
        return _cached_station(addressee_name)
    return _station(addressee_name)


def _station(addressee_name: str) -> str | None:
    words = []
    for word in addressee_name.upper().split():
        # Some addressee lines carry their precedence and MCN: "AMEMBASSY KYIV NIACT IMMEDIATE".
        if word in ("FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE", "NIACT") or word[:1].isdigit():
            break
        words.append(word)
    if not words:
        return None
    if words[0] in _POST_PREFIXES and len(words) > 1:
        words = words[1:]
    elif not words[0].startswith(("USEU", "USUN", "USNATO", "UNVIE", "USOSCE")):
        return None
    name = "".join(words)
    return _ALIASES.get(name, name)


_LONGEST_KEPT = 200
_cached_station = lru_cache(maxsize=4096)(_station)


def action_posts(cable: ParsedCable) -> list[str]:
    """Stations of the action (TO) addressees that are posts, in order, without repeats."""
    return list(_stations(cable)[0])


def _known_stations(cable: ParsedCable) -> list[str]:
    """Stations of every addressee, action and info, that is a post."""
    return list(_stations(cable)[1])


# The last cable's stations: one detection asks for them a dozen times, and a cable to a
# hundred posts made that the costliest step. One object swapped whole: safe across threads.
_last: tuple[object, tuple[str, ...], tuple[str, ...]] = (None, (), ())


def _stations(cable: ParsedCable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    global _last
    last = _last
    if last[0] is cable:
        return last[1], last[2]
    action: list[str] = []
    for addressee in cable.to:
        station = station_of(addressee.name)
        if station and station not in action:
            action.append(station)
    found = (station_of(a.name) for a in (*cable.to, *cable.info))
    entry = (cable, tuple(action), tuple(s for s in found if s))
    _last = entry
    return entry[1], entry[2]


def department_office(cable: ParsedCable) -> str:
    return ",".join(cable.for_offices)


def named_posts(phrase: str, cable: ParsedCable) -> list[str]:
    """Stations named in "Embassies Madrid and Paris" / "USNATO" / "Posts in Abu Dhabi, Amman"."""
    rest = _NAME_PREFIX_RE.sub("", phrase.strip())
    if rest == phrase.strip() and not rest.upper().startswith(("USEU", "USUN", "USNATO", "UNVIE")):
        return []
    known = _known_stations(cable)
    # A country names its capital's post only after a singular "Embassy" ("Embassy Belize");
    # "Posts in Germany" are the consulates too, not the embassy alone.
    countries = _SINGLE_EMBASSY_RE.match(phrase.strip()) is not None
    out: list[str] = []
    for piece in _NAME_SPLIT_RE.split(rest):
        words = [w for w in piece.split() if w.upper().strip(".") not in _NOT_A_NAME]
        if not words or not words[0][:1].isupper():
            continue
        # "Port-au-Prince" is PORTAUPRINCE: station names have no hyphens.
        name = "".join(words).upper().strip(".,;:'").replace("-", "")
        station = _match_station(name, known, countries)
        if station and station not in out:
            out.append(station)
    return sorted(out)


_SINGLE_EMBASSY_RE = re.compile(
    r"^(?:the\s)?(?:us\s|u\.s\.\s|american\s)?(?:embassy|amembassy)\s+(?!in\b)", re.IGNORECASE
)
# Stations spelt two ways in the traffic: the addressee line's spelling is the one kept.
_SPELLINGS = {"KYIV": "KIEV", "KIEV": "KYIV"}


def _match_station(name: str, known: Iterable[str], countries: bool = True) -> str | None:
    if not name.isalpha() or len(name) < 3:
        return _ALIASES.get(name) if name in _ALIASES else None
    name = _ALIASES.get(name, name)
    if countries:  # "Embassy Belize": a country names its capital's post.
        name = CAPITAL_STATION.get(name, name)
    other = _SPELLINGS.get(name, name)
    for station in known:
        if station in (name, other) or station.startswith(name) or name.startswith(station):
            return station
    return name


def station_named(name: str, cable: ParsedCable) -> str:
    """The addressee post a bare name means ("BRUSSELS", "Kuala Lumpur"), or "" if none."""
    key = "".join(name.split()).upper()
    key = _ALIASES.get(key, CAPITAL_STATION.get(key, key))
    return key if key in _stations(cable)[1] else ""


def resolve(phrase: str, cable: ParsedCable) -> tuple[str, str]:
    """(requested_of as written, action office) for the asked party's phrase."""
    phrase = _POSSESSIVE_RE.sub("", phrase.strip(" ,;:"))  # "Embassy Chisinau's assistance"
    posts = named_posts(phrase, cable)
    if posts:
        return phrase, _all_if_every_post(posts, cable)
    if _OWN_STAFF_RE.search(phrase):
        # "State reporting officers", "USDel": the post's own people, not the Department.
        return phrase, addressed_posts(cable, phrase)
    if _DEPARTMENT_RE.search(phrase) or _OFFICE_RE.fullmatch(phrase):
        return phrase, department_office(cable)  # "ISN/CPI (should) provide": the Department
    if _ALL_RE.search(phrase):
        return phrase, _all_action_posts(cable)
    if _SINGLE_RE.search(phrase):
        return phrase, addressed_posts(cable, phrase)
    return phrase, ""


def _all_action_posts(cable: ParsedCable) -> str:
    """ "Posts should ..." in a cable with one action post and no collective: that post."""
    if any("COLLECTIVE" in a.name.upper() or "ALL DIPLOMATIC" in a.name.upper() for a in cable.to):
        return "ALL"
    posts = action_posts(cable)
    return posts[0] if len(posts) == 1 and len(cable.to) == 1 else "ALL"


def addressed_posts(cable: ParsedCable, word: str = "") -> str:
    """An unnamed "Embassy"/"Mission"/"Post"/"you": the one action post, or ALL of several.

    With several action addressees, "Mission" can still single out the one mission among
    embassies (and "Embassy" the one embassy among missions).
    """
    if cable.station != "STATE" and not _from_washington(cable):
        if not writes_to_posts(cable):
            return department_office(cable)
        posts = action_posts(cable)
        return posts[0] if len(posts) == 1 else "ALL"
    if any("COLLECTIVE" in a.name.upper() or "ALL DIPLOMATIC" in a.name.upper() for a in cable.to):
        return "ALL"
    posts = action_posts(cable)
    if len(posts) == 1:
        return posts[0]
    first = word.lower().removeprefix("the ").split()
    kind = _KIND_OF_WORD.get(first[0] if first else "", "")
    if kind:
        same = {station_of(a.name) for a in cable.to if a.name.upper().startswith(kind)}
        same.discard(None)
        if len(same) == 1:
            return str(same.pop())
    return "ALL" if posts else ""


_HEADING_ALL_RE = re.compile(r"\ball\b|^posts$|addressees", re.IGNORECASE)
_KIND_OF_WORD = {"mission": "USMISSION", "embassy": "AMEMBASSY", "consulate": "AMCONSUL"}


def addressed(office: str, cable: ParsedCable) -> bool:
    """The posts a lead-in names are addressees of the cable ("For example:" names none)."""
    return bool(office) and set(office.split(",")) <= set(_known_stations(cable))


def resolve_heading(heading_for: str, cable: ParsedCable) -> str:
    """ "ALL POSTS" -> ALL; "LONDON, PARIS, AND BEIJING" / "UNVIE" -> their stations."""
    if _HEADING_ALL_RE.search(heading_for):
        return "ALL"
    if _DEPARTMENT_RE.search(heading_for):
        return department_office(cable)
    known = _known_stations(cable)
    stations = []
    for piece in _NAME_SPLIT_RE.split(_NAME_PREFIX_RE.sub("", heading_for.strip())):
        words = [w for w in piece.split() if w.upper().strip(".") not in _NOT_A_NAME]
        if words:
            name = "".join(words).upper().strip(".,;:'\"").replace("-", "")
            station = _match_station(name, known)
            if station and station not in stations:
                stations.append(station)
    return _all_if_every_post(stations, cable)


def _all_if_every_post(stations: list[str], cable: ParsedCable) -> str:
    """Naming every action post is tasking all action addressees."""
    posts = action_posts(cable)
    if len(stations) > 1 and posts and set(posts) <= set(stations):
        return "ALL"
    return ",".join(sorted(stations))


def writes_to_posts(cable: ParsedCable) -> bool:
    """A post's cable to other posts, Washington only informed: its unnamed asks are theirs."""
    if cable.station == "STATE" or _from_washington(cable) or _department_is_action(cable):
        return False
    return bool(action_posts(cable))


def _department_is_action(cable: ParsedCable) -> bool:
    return any("SECSTATE" in a.name.upper() for a in cable.to)


def _from_washington(cable: ParsedCable) -> bool:
    return "WASHDC" in cable.origin.upper() or cable.station == "STATE"
