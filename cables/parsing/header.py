"""The telegram envelope: transmission id, precedence and DTG, originator, addressees."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from cables.parsing.addressees import Entry, collect_addressees
from cables.parsing.caching import LONGEST, short_key_cache
from cables.parsing.model import Addressee, built
from cables.parsing.text import LinePattern

PRECEDENCE_LETTERS = {"Z": "FLASH", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE"}
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "JAN",
            "FEB",
            "MAR",
            "APR",
            "MAY",
            "JUN",
            "JUL",
            "AUG",
            "SEP",
            "OCT",
            "NOV",
            "DEC",
        )
    )
}

_TRANSMISSION = LinePattern(r"\s{0,5}(VZCZC[A-Z0-9]{1,12})")
# "P 051126Z MAR 08", "O R 181205Z NOV 75 ZFF4", "R 131708Z AUG 08"
_DTG_LINE = (
    r"[ \t]{0,10}([ZOPR])(?:[ \t]{1,3}([ZOPR]))?[ \t]{1,5}([0-3]\d)([0-2]\d)([0-5]\d)[ \t]?Z"
    r"[ \t]{1,5}([A-Za-z]{3})[ \t]{1,5}(\d{4}|\d{2})\b"
)
# The first line is matched where it starts; the others are found after a literal newline,
# which the regex engine scans for quickly (a '^' in MULTILINE mode is tried at every
# character: four times slower on the envelope).
_FIRST_DTG = re.compile(_DTG_LINE)
_DTG = re.compile("\n(?=[ \tZOPR])" + _DTG_LINE)  # a line of other text is turned away at once
_FM = LinePattern(r"[ \t]{0,5}FM[ \t]{1,5}(\S[^\n]{0,120})$", re.MULTILINE)
_ADDR_PRECEDENCE = re.compile(
    r"\s(NIACT\s{1,3}IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE)(?:\s{1,3}(\d{1,5}))?\s*$"
)
_FIRST_ADDRESSEE_LINE = re.compile(r"^[ \t]{0,5}(?:TO|INFO)[ \t]", re.MULTILINE)
_MCN = re.compile(r"\s#?(\d{1,5})\s*$")


@dataclass(frozen=True)
class Envelope:
    transmission_id: str = ""
    precedence: str = ""
    info_precedence: str = ""
    created: datetime | None = None
    dtg_end: int = 0  # offset just after the DTG line, 0 when there is none
    origin: str = ""
    to: tuple[Addressee, ...] = ()
    info: tuple[Addressee, ...] = ()
    end: int = 0  # offset just after the last addressee line (or the DTG line)


def full_year(two_or_four: str) -> int:
    """Cables span 1966-2010: a two-digit year from 60 up is 19xx."""
    year = int(two_or_four)
    if len(two_or_four) == 4:
        return year
    return 1900 + year if year >= 60 else 2000 + year


def find_dtg(text: str) -> re.Match[str] | None:
    """The first DTG line with a known month; the match starts at the newline before it."""
    first = _FIRST_DTG.match(text)
    if first is not None and first.group(6).upper() in MONTHS:
        return first
    for match in _DTG.finditer(text, first.end() if first else 0):
        if match.group(6).upper() in MONTHS:
            return match
    return None


# WikiLeaks put the time of partial extracts on lines of their own.
_BARE_DTG = re.compile(
    r"^[ \t]{0,10}([0-3]\d)([0-2]\d)([0-5]\d)Z[ \t]{1,3}([A-Za-z]{3})[ \t]{1,3}"
    r"(\d{2}|\d{4})[ \t]*$",
    re.MULTILINE,
)
_LONG_DATE = re.compile(
    r"^[ \t]{0,10}[A-Z][a-z]{2,8}day,[ \t]{1,3}(\d{1,2})[ \t]{1,3}([A-Z][a-z]{2,8})"
    r"[ \t]{1,3}(\d{4}),"
    r"[ \t]{1,3}([0-2]\d):([0-5]\d)",
    re.MULTILINE,
)


def fallback_created(text: str) -> datetime | None:
    """The creation time from WikiLeaks' own date lines when there is no DTG."""
    bare = _BARE_DTG.search(text)
    if bare and bare.group(4).upper() in MONTHS:
        day, hour, minute = (int(g) for g in bare.group(1, 2, 3))
        return _utc(full_year(bare.group(5)), MONTHS[bare.group(4).upper()], day, hour, minute)
    long = _LONG_DATE.search(text)
    if long and long.group(2)[:3].upper() in MONTHS:
        month = MONTHS[long.group(2)[:3].upper()]
        return _utc(
            int(long.group(3)), month, int(long.group(1)), int(long.group(4)), int(long.group(5))
        )
    return None


def _utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, tzinfo=UTC)
    except ValueError:
        return None


def dtg_datetime(match: re.Match[str]) -> datetime | None:
    day, hour, minute = int(match.group(3)), int(match.group(4)), int(match.group(5))
    month = MONTHS[match.group(6).upper()]
    try:
        return datetime(full_year(match.group(7)), month, day, hour, minute, tzinfo=UTC)
    except ValueError:
        return None


def parse_envelope(head: str) -> Envelope:
    """Read the envelope from the text before the classification line."""
    transmission = _TRANSMISSION.search(head)
    dtg = find_dtg(head)
    fm = _FM.search(head, dtg.end() if dtg else 0)
    to, info, end = _addressee_blocks(head, fm.end() if fm else None)
    precedence = info_precedence = ""
    if dtg:
        precedence = PRECEDENCE_LETTERS[dtg.group(1)]
        info_precedence = PRECEDENCE_LETTERS[dtg.group(2) or dtg.group(1)]
    values = {
        "transmission_id": transmission.group(1) if transmission else "",
        "precedence": precedence,
        "info_precedence": info_precedence,
        "created": dtg_datetime(dtg) if dtg else None,
        "dtg_end": dtg.end() if dtg else 0,
        "origin": _clean_name(fm.group(1)) if fm else "",
        "to": _addressees(to),
        "info": _addressees(info),
        "end": max(end, dtg.end() if dtg else 0),
    }
    return built(Envelope, values)


def _addressee_blocks(head: str, start: int | None) -> tuple[list[Entry], list[Entry], int]:
    """The TO and INFO addressee lines after FM, and the offset where they end."""
    if start is None:
        return [], [], 0
    return collect_addressees(head, start)


def split_addressees(text: str) -> tuple[list[Entry], list[Entry]]:
    """The TO and INFO lines of a fragment, from its first TO or INFO line."""
    first = _FIRST_ADDRESSEE_LINE.search(text)
    if first is None:
        return [], []
    to, info, _ = collect_addressees(text, first.start())
    return to, info


_PRECEDENCE_WORDS = frozenset({"FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"})


def parse_addressee(entry: Entry | str) -> Addressee:
    """`RUEHC/SECSTATE WASHDC PRIORITY 4864` -> indicator, name, precedence, MCN."""
    line, excluded = (" ".join(entry.split()), ()) if isinstance(entry, str) else entry
    addressee = _addressee_line(line)
    if not excluded:
        return addressee
    return built(Addressee, {**addressee.__dict__, "excluded": tuple(excluded)})


def _addressees(entries: list[Entry]) -> tuple[Addressee, ...]:
    """parse_addressee of each entry (collected lines are squeezed already)."""
    # A cable has a dozen addressee lines: the common one, with no XMT exclusions, goes
    # straight to the cache instead of through parse_addressee and the cache's size check.
    return tuple(
        [
            _cached_line(line)
            if not excluded and len(line) <= LONGEST
            else parse_addressee((line, excluded))
            for line, excluded in entries
        ]
    )


def _read_addressee_line(line: str) -> Addressee:
    """The addressee on a squeezed line (words separated by single spaces)."""
    words, _, last = line.rpartition(" ")
    mcn = last.lstrip("#")
    # "2276-2279": the numbers of a cable sent in several sections.
    if (
        not words
        or len(last) > 9
        or not (mcn.isdigit() and len(last) <= 6 or _MCN_RANGE.fullmatch(mcn))
    ):
        words, mcn = line, ""
    indicator, name, precedence, niact = _addressee_words(words)
    return built(
        Addressee,
        {
            "indicator": indicator,
            "name": name,
            "precedence": precedence,
            "mcn": mcn,
            "niact": niact,
            "excluded": (),
        },
    )


# Caches: the same addressee lines (the NSC, the CIA, a collective) recur in cable after
# cable, and with only the MCN changed most others do. An Addressee is frozen and made of
# strings and a bool: one instance can be shared by every cable that has the line.
_cached_line = lru_cache(maxsize=4096)(_read_addressee_line)


def _addressee_line(line: str) -> Addressee:
    """The addressee on a squeezed line; a long one (untrusted text) is read but not kept."""
    return _cached_line(line) if len(line) <= LONGEST else _read_addressee_line(line)


@short_key_cache(maxsize=4096)
def _addressee_words(words: str) -> tuple[str, str, str, bool]:
    """(indicator, name, precedence, NIACT) from the words of a line without its MCN."""
    tokens = words.split(" ") if words else []
    precedence = ""
    if len(tokens) > 1 and tokens[-1] in _PRECEDENCE_WORDS:
        precedence = tokens.pop()
    niact = precedence == "IMMEDIATE" and len(tokens) > 1 and tokens[-1] == "NIACT"
    if niact:
        tokens.pop()
    indicator = ""
    if tokens and "/" in tokens[0]:
        head, _, rest = tokens[0].partition("/")
        if _is_indicator(head) and len(rest) <= 80 and rest:
            indicator, tokens[0] = head, rest
    # The tokens hold no spaces: joining them is the name with its spaces tidied.
    return indicator, " ".join(tokens).strip(" .,"), precedence, niact


_MCN_RANGE = re.compile(r"\d{1,4}-\d{1,4}")


def _is_indicator(word: str) -> bool:
    """A routing indicator ('RUEHC', 'RHEHNSC'): a capital, then 3 to 7 capitals or digits;
    or ZEN, for an addressee the message is not sent to electrically.

    String tests instead of a regex: ten thousand addressees go through here on the corpus.
    """
    return word == "ZEN" or (
        4 <= len(word) <= 8
        and word.isascii()
        and word.isalnum()
        and word.isupper()
        and word[0].isalpha()
    )


def _clean_name(name: str) -> str:
    return " ".join(name.split()).strip(" .,")
