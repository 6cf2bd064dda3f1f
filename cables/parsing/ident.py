"""The classification line ("CONFIDENTIAL BAKU 000192") and the reference id it gives.

Real lines are damaged ("UUNCLAS", "E C R E T", "SS E C R E T"), carry a year ("75 LIBREVILLE
1895"), or run on into captions and TAGS (10STATE284). When there is no such line the id is
rebuilt from the routing line ("DE RUEHLP #0096"), the originator and the security line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cables.parsing.model import built
from cables.parsing.text import LinePattern


def _spaced(word: str) -> str:
    # "C O N F I D E N T I A L" and "S e c r e t" are common in Cablegate.
    return r"[ \t]?".join(word)


# Optional parts as alternations with an empty branch ("(?:TOP |)"), not quantified groups:
# the regex engine sets up a repeat for a quantified group, and this is tried on every line.
_LEVEL_WORDS = "|".join(
    [
        rf"(?:{_spaced('TOP')}[ \t]{{1,3}}|)S?[ \t]?{_spaced('ECRET')}",
        _spaced("CONFIDENTIAL"),
        rf"U?[ \t]?{_spaced('NCLAS')}(?:{_spaced('SIFIED')}|)",
        r"LIMITED[ \t]{1,3}OFFICIAL[ \t]{1,3}USE",
    ]
)
_CAVEAT_WORDS = r"NOFORN|NOFORM|SENSITIVE|E[ \t]?F[ \t]?T[ \t]?O|LIMDIS|EXDIS|NODIS|SIPDIS"
# [junk] LEVEL [caveats] [SECTION nn OF nn] [YY] STATION SERIAL [rest of a collapsed line]
# Every level word has a C followed, after at most one space or tab, by R, O, L or I (seCRet,
# COnfidential, uNCLas, offICial), within the line's first 27 characters (10 of indentation,
# 2 of junk, "T O P   S E" before the C of SECRET): the lookahead after the newline turns the
# envelope's lines away before the level words are tried on them.
_ID_LINE = re.compile(  # searched in "\n" + text: a leading literal makes the scan fast
    rf"\n(?=[^\n]{{0,26}}?C[ \t]?[ROLI])[ \t]{{0,10}}(?P<lead>[A-Za-z]{{0,2}}(?:{_LEVEL_WORDS})"
    rf"(?:[ \t]{{0,3}}(?:/{{1,2}}|[ \t])[ \t]{{0,3}}(?:{_CAVEAT_WORDS})){{0,4}})"
    r"(?:[ \t]{1,5}SECTION[ \t]{1,3}\d{1,3}[ \t]{1,3}OF[ \t]{1,3}\d{1,3})?"
    r"(?:[ \t]{1,5}(?P<yy>\d{2}))?"
    r"[ \t]{1,8}(?P<station>[A-Za-z][A-Za-z .'-]{0,40}?)[ \t]{1,5}(?P<serial>\d{1,7})\b"
    r"(?P<rest>[^\n]{0,2000})$",
    re.MULTILINE | re.IGNORECASE,
)
_NOT_LETTERS = re.compile(r"[^A-Z]")
# Searched in "\n" + text: the literal newline lets the search skip from line to line.
_SUBJECT_LINE = re.compile(r"\n(?=[ \tS])[ \t]{0,5}SUBJ(?:ECT|)[ \t]{0,3}:", re.IGNORECASE)
# Squeezed, upper-cased lead -> level. Damaged forms are matched on what survives.
_LEVELS = (
    ("TOPSECRET", "TOP SECRET"),
    ("ECRET", "SECRET"),
    ("ONFIDENTIAL", "CONFIDENTIAL"),
    ("CONFIDENTIA", "CONFIDENTIAL"),
    ("LIMITEDOFFICIALUSE", "LIMITED OFFICIAL USE"),
    ("NCLAS", "UNCLASSIFIED"),
)
CAVEATS = ("NOFORN", "SENSITIVE", "EFTO", "ORCON", "PROPIN", "NOCONTRACT")
_SECURITY_LINE = {"UUUUU": "UNCLASSIFIED", "CCCCC": "CONFIDENTIAL", "SSSSS": "SECRET"}
_DE_LINE = LinePattern(r"[ \t]{0,5}DE[ \t]{1,3}[A-Z]{4,7}[ \t]{0,3}#[ \t]{0,2}(\d{1,6})")
_ZNY_LINE = LinePattern(r"[ \t]{0,5}ZN[YR][ \t]{1,3}(UUUUU|CCCCC|SSSSS)")
_REDACTED = re.compile(r"X{4,}")
_ORIGIN_PREFIX = re.compile(
    r"^(?:AMEMBASSY|AMCONSUL|USMISSION|USOFFICE|AMEMB|US\s?MISSION|SEC)\s{1,3}"
)


@dataclass(frozen=True)
class IdLine:
    level: str
    caveats: tuple[str, ...]
    station: str
    serial: str
    start: int
    end: int  # where the header blocks start (the rest of a collapsed line is kept)
    year: str = ""  # two digits when the line states it ("75 LIBREVILLE 1895")
    repaired: str = ""  # why this is not a plain classification line


def level_of(lead: str) -> str:
    return _level_of_squeezed(_NOT_LETTERS.sub("", lead.upper()))


def _level_of_squeezed(squeezed: str) -> str:
    """The level named by a lead already upper-cased and stripped to its letters."""
    for fragment, level in _LEVELS:
        if fragment in squeezed:
            return level
    return ""


def find_id_line(text: str, limit: int = 20000, start: int = 0) -> IdLine | None:
    """The first classification line from `start` before the SUBJECT line (or `limit` chars)."""
    head = "\n" + text[:limit]
    subject = _SUBJECT_LINE.search(head, start)
    for match in _ID_LINE.finditer(head, start, subject.start() + 1 if subject else len(head)):
        lead_words = _NOT_LETTERS.sub("", match.group("lead").upper())  # squeezed once
        level = _level_of_squeezed(lead_words)
        if not level or (len(match.group("serial")) < 3 and not match.group("yy")):
            continue
        caveats = tuple(c for c in CAVEATS if c in lead_words)
        values = {
            "level": level,
            "caveats": caveats,
            "station": station_key(match.group("station")),
            "serial": str(int(match.group("serial"))),
            "start": match.start(),
            "end": match.start("rest") - 1,
            "year": match.group("yy") or "",
            "repaired": _damage(match.group("lead"), lead_words, level),
        }
        return built(IdLine, values)
    return None


def _damage(lead: str, squeezed: str, level: str) -> str:
    known = {level.replace(" ", ""), "UNCLAS", "UNCLASSIFIED"}
    if any(squeezed.startswith(k) for k in known):
        return ""
    return f"damaged classification '{lead.strip()}' read as {level}"


def id_from_routing(text: str, origin: str, envelope_end: int) -> IdLine | None:
    """Rebuild the id from 'DE RUEHLP #0096', 'FM AMEMBASSY LA PAZ' and 'ZNY CCCCC'."""
    de_line = _DE_LINE.search(text, 0, 20000)
    security = _ZNY_LINE.search(text, 0, 20000)
    if not de_line or not origin:
        return None
    station = station_of_origin(origin)
    if not station:
        return None
    values = {
        "level": _SECURITY_LINE[security.group(1)] if security else "",
        "caveats": (),
        "station": station,
        "serial": str(int(de_line.group(1))),
        "start": max(envelope_end, de_line.end()),
        "end": max(envelope_end, de_line.end()),
        "year": "",
        "repaired": "no classification line: id rebuilt from the routing line and the originator",
    }
    return built(IdLine, values)


def reconcile(found: IdLine, routing: IdLine) -> IdLine:
    """Check the classification line against the envelope ('DE RUEHKB #0192', 'FM ... BAKU')."""
    if _REDACTED.fullmatch(found.station):
        why = f"station redacted as {found.station}: taken from the originator ({routing.station})"
        return replace(found, station=routing.station, repaired=why)
    if found.serial != routing.serial and found.station != routing.station:
        why = (
            f"the envelope ({routing.station} #{routing.serial}) and the classification line "
            f"({found.station} {found.serial}) name different cables: the envelope's id is used"
        )
        level = routing.level or found.level  # the envelope's security line ("ZNY CCCCC")
        return replace(
            found, station=routing.station, serial=routing.serial, level=level, repaired=why
        )
    return found


def id_from_dump(reference_id: str, end: int) -> IdLine | None:
    """The id the Cablegate dump recorded ("09NAIROBI2497"), when the text has no other."""
    match = re.fullmatch(r"\d{2}(\d{2})?([A-Z][A-Z-]{0,40}?)(\d{1,7})", reference_id)
    if not match:
        return None
    return IdLine(
        level="",
        caveats=(),
        station=station_key(match.group(2)),
        serial=str(int(match.group(3))),
        start=end,
        end=end,
        repaired="no classification line: id taken from the Cablegate dump's metadata",
    )


def station_of_origin(origin: str) -> str:
    name = _ORIGIN_PREFIX.sub("", origin.upper().strip())
    if name.startswith("SECSTATE") or name.startswith("STATE"):
        return "STATE"
    return station_key(name)


def station_key(name: str) -> str:
    """The station as it appears in a reference id: upper case, no spaces or punctuation."""
    return _NOT_LETTERS.sub("", name.upper())
