"""The REF block: lettered items, each citing cables or something else (an e-mail, a telcon).

Citations come as 'BAKU 00150', '05 STATE 201650', 'STATE (01) 201265', 'QUITO 4525-91',
'PANAMA 00789/08', 'KABUL 936/935', 'BRASILIA 2799 AND 2764', '09CAIRO0561', '10-OTTAWA-57',
'870 ULAANBAATAR', 'STATE: 73097'; stations are checked against the known ones and repaired
('0TTAWA', 'SANTIAG0', 'BRASILA'), years resolved from the citing cable when missing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cables.parsing.canonical import canonical_station_strict
from cables.parsing.model import Reference, built

# The leading lookahead passes over spaces (no token starts there) without trying the eight
# alternatives; a word ends the pattern, so its run may be possessive (never given back).
_TOKEN = re.compile(
    r"(?=\S)(?:"
    r"(?P<glued>\d{2,4}-?[A-Z]{3,30}-?\d{1,7})"  # 09CAIRO0561, 10-OTTAWA-57, 2005PANAMA2342
    r"|(?P<alnum>[A-Z]{1,3}\d{3,12}[A-Z]{0,3}\b)"  # DTGs and codes: "R162245Z", "EUP20090"
    r"|(?P<paren_year>\(\s?(?:\d{2}|\d{4})\s?\))"  # STATE (01) 201265, 02259 (2002)
    r"|(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{1,2}\b)"  # 12/01/09, 9/28: dates, no serials
    r"|(?P<number>\d{1,7}(?:[-/]\d{2}\b(?![/\d]))?)"  # 4525-91, 00789/08, 2764
    r"|(?P<join>\bAND\b|&|/|,)"
    r"|(?P<word>[A-Z](?:[A-Z'’.-]|0(?!\d)){0,30}+|[A-Z0-9]{2,30})"
    r"|(?P<other>[^\sA-Z0-9]))"
)
_LETTER_O = re.compile(r"(?<![A-Z0-9])O(?=\d)")
_PORTION_MARK = re.compile(r"\((?:U|C|S|SBU|LOU|[CS]/{1,2}NF)\)")
_TRANSPARENT = frozenset({"CABLE", "CABLES", "TELEGRAM", "TELEGRAMS", "MSG"})
_ZERO_O = re.compile(r"(?<![A-Z0-9])0(?=[A-Z]{2})")
_MONTHS = frozenset(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"]
)
_NOT_STATION_WORDS = frozenset(
    [
        "REF",
        "REFS",
        "REFTEL",
        "AND",
        "OF",
        "TO",
        "FOR",
        "ON",
        "IN",
        "DTG",
        "MSG",
        "IIR",
        "SUBJ",
        "SECTION",
        "PARA",
        "PARAS",
        "PAGE",
        "NO",
        "AND/OR",
        "EMAIL",
        "E-MAIL",
        "TELCON",
        "MEMO",
        "FAX",
        "LETTER",
        "POINTS",
        "REPORT",
        "DATED",
        "OF",
        "CABLE",
        "CABLES",
    ]
)
_KINDS = (
    ("email", re.compile(r"E-?MAILS?\b|\bEMAILS?\b")),
    ("telcon", re.compile(r"\bTELE?CONS?\b|\bPHONE\b|\bTELEPHONE\b")),
    ("fam", re.compile(r"\bFAM\b")),
    ("report", re.compile(r"\bREPORT\b|\bTD-\d|\bIIR\b")),
    ("memo", re.compile(r"\bMEMO(?:RANDUM)?\b|\bLETTER\b|\bNON-?PAPER\b")),
)


class _Cite(NamedTuple):  # a tuple: built a few times per REF item, cheaply
    year: str
    station: str
    serial: str


_MAX_BLOCK = 8000
# Section and page continuation lines that run through REF lists.
_PAGE_NOISE = re.compile(
    r"PAGE\s{1,9}\d{1,3}\s{1,9}[A-Z][A-Z .]{1,25}\s{1,9}\d{3,8}"
    r"(?:\s{1,4}\d{1,3}\s{1,3}OF\s{1,3}\d{1,3})?(?:\s{1,4}\d{6}Z)?"
    r"|\b[A-Z][A-Z .]{1,25}\s\d{8}\b(?:\s{1,4}\d{3}(?:\.\d)?\s{1,3}OF\s{1,3}\d{3})?"
    r"|\b\d{3}(?:\.\d)?\s{1,3}OF\s{1,3}\d{3}\b|\b(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)\s{0,3}(?=\\|$)",
    re.IGNORECASE,
)

_NOISE_WORDS = ("PAGE", "OF", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET")
_EIGHT_DIGITS = re.compile(r"\d{8}")


def parse_references(block: str, year: int | None, own_station: str = "") -> tuple[Reference, ...]:
    """The references of a REF block; `own_station` is cited by a bare serial ('A) 6307')."""
    # A REF list is a few lines; a longer block is damage and is read only in part.
    text = block[:_MAX_BLOCK].replace("¶", " ")
    if _may_hold_page_noise(text):
        text = _PAGE_NOISE.sub(" ", text)
    text = " ".join(text.split())
    refs: list[Reference] = []
    seen: set[str] = set()
    for letter, raw in split_items(text):
        cites = find_cites(raw.upper(), year, own_station)
        for cite in cites:
            reference_id = f"{cite.year}{cite.station}{int(cite.serial)}"
            if reference_id not in seen:  # the same cable cited twice is one reference
                seen.add(reference_id)
                refs.append(_reference(letter, reference_id, raw, "cable"))
        if cites:
            continue
        elif raw:
            refs.append(_reference(letter, None, raw, _kind(raw.upper())))
    return tuple(refs)


def _reference(letter: str, reference_id: str | None, raw: str, kind: str) -> Reference:
    values = {"letter": letter, "reference_id": reference_id, "raw": raw, "kind": kind}
    return built(Reference, values)


def _may_hold_page_noise(text: str) -> bool:
    """A word or the eight-digit serial every _PAGE_NOISE alternative needs (a cheap test)."""
    upper = text.upper()
    return any(word in upper for word in _NOISE_WORDS) or _EIGHT_DIGITS.search(text) is not None


def _kind(raw: str) -> str:
    for kind, pattern in _KINDS:
        if pattern.search(raw):
            return kind
    return "other"


# "A.", "(A)", "A)", "A.)", "[A]", "A -", "A:" before an item; letters must come in order.
def _marker(letter: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[\s;,.]))(?:\(|\[)?{letter}(?:\.\)|\)|\]|\.|:|\s-)(?=\s|\d|[A-Z(¶])"
    )


_MARKERS = {chr(c): _marker(chr(c)) for c in range(ord("A"), ord("Z") + 1)}
_LEADING_REPEAT = re.compile(r"^(?:REF(?:ERENCE)?S?\s?:?\s{0,2})?(?:[(\[]?([A-Z])[.):\]]{0,2}\s)?")


def split_items(text: str) -> list[tuple[str, str]]:
    """[(letter, text)]; a block without lettered items is split on semicolons."""
    starts: list[tuple[str, int, int]] = []
    position = 0
    upper = text.upper()
    for code in range(ord("A"), ord("Z") + 1):
        letter = chr(code)
        match = _MARKERS[letter].search(upper, position)
        if not match or (letter == "A" and match.start() > 40):
            break
        starts.append((letter, match.start(), match.end()))
        position = match.end()
    if not starts:
        return [("", part.strip()) for part in text.split(";") if part.strip()]
    items = []
    for index, (letter, _, end) in enumerate(starts):
        stop = starts[index + 1][1] if index + 1 < len(starts) else len(text)
        items.append((letter, _strip_repeat(letter, text[end:stop].strip(" ;,"))))
    return items


def _strip_repeat(letter: str, item: str) -> str:
    """'A. A) STATE 1', 'A. REF A STATE 1', 'A. REF: KATHMANDU 2282' -> the citation."""
    match = _LEADING_REPEAT.match(item.upper())
    if match and (match.group(1) in (None, letter)) and match.end():
        return item[match.end() :].strip()
    return item


def find_cites(item: str, year: int | None, own_station: str = "") -> list[_Cite]:
    """Every cable cited in one item, in order."""
    item = _PORTION_MARK.sub(" ", item)  # "KUWAIT (C)02293"
    item = _LETTER_O.sub("0", item)  # "LAGOS O1512", "O4 CHENNAI": O for zero
    item = _ZERO_O.sub("O", item)  # "05 0TTAWA": zero for O
    tokens = [(m.lastgroup or "", m.group()) for m in _TOKEN.finditer(item)]
    cites: list[_Cite] = []
    default_year = f"{year % 100:02d}" if year else ""
    for index, (kind, value) in enumerate(tokens):
        cite = None
        if kind == "glued":
            cite = _glued(value)
        elif kind == "alnum":
            cite = _station_glued_to_serial(value, default_year)
        elif kind == "number":
            cite = _numbered(tokens, index, cites, default_year)
        if cite and cite.year:
            cites.append(cite)
    if not cites and own_station and (bare := _bare_serial(tokens)):  # "A) 6307": our own
        serial, suffix_year = _serial_and_year(bare)
        if serial.isdigit():
            cites.append(_Cite(suffix_year or default_year, own_station, serial))
    return _dedupe(cites)


def _serial_and_year(number: str) -> tuple[str, str]:
    """'789/08' or '789-08' -> ('789', '08'): a serial and the year written after it."""
    serial, _, suffix_year = number.replace("/", "-").partition("-")
    return serial, suffix_year


def _bare_serial(tokens: list[tuple[str, str]]) -> str:
    numbers = [value for kind, value in tokens if kind == "number"]
    words = [value for kind, value in tokens if kind in ("word", "alnum", "glued")]
    return numbers[0] if len(numbers) == 1 and not words and len(numbers[0]) >= 3 else ""


def _station_glued_to_serial(value: str, default_year: str) -> _Cite | None:
    """'HK05511': a station abbreviation run into its serial."""
    match = re.fullmatch(r"([A-Z]{2,30})0{0,6}(\d{3,7})", value)
    station = canonical_station_strict(match.group(1)) if match else ""
    return _Cite(default_year, station, match.group(2)) if match and station else None


def _glued(value: str) -> _Cite | None:
    match = re.fullmatch(r"(\d{2}|\d{4})-?([A-Z]{3,30})-?(\d{1,7})", value)
    if not match:
        return None
    station = canonical_station_strict(match.group(2))
    return _Cite(match.group(1)[-2:], station, match.group(3)) if station else None


def _numbered(
    tokens: list[tuple[str, str]], index: int, cites: list[_Cite], default_year: str
) -> _Cite | None:
    serial, suffix_year = _serial_and_year(tokens[index][1])
    station, year, joined = _station_before(tokens, index)
    if station:
        return _Cite(suffix_year or year or default_year, station, serial)
    if joined and cites and len(serial) >= 3 and not _station_after(tokens, index):
        if _looks_like_year(serial):
            return None
        # "2799 AND 2764", "936/935", ", 12155" (but ", 03 VAT 4859" starts a new one)
        last = cites[-1]
        return _Cite(suffix_year or last.year, last.station, serial)
    after = _station_after(tokens, index)  # "870 ULAANBAATAR"
    if after and not cites and len(serial) >= 2:
        return _Cite(suffix_year or default_year, after, serial)
    return None


def _station_before(tokens: list[tuple[str, str]], index: int) -> tuple[str, str, bool]:
    """(station, explicit year, joined-to-previous) for the number at tokens[index]."""
    position = index - 1
    year = ""
    while position >= 0 and tokens[position][1] in {":", "#"}:
        position -= 1
    if position >= 0 and tokens[position][0] == "paren_year":
        year = tokens[position][1].strip("() ")
        position -= 1
    if position >= 0 and (tokens[position][0] == "join" or tokens[position][1] == ","):
        joined = True
        if tokens[position][1] == "," and position >= 1 and tokens[position - 1][0] == "word":
            position -= 1  # "PRAGUE, 1228": a comma between station and serial
        else:
            return "", year, joined
    words: list[str] = []
    while position >= 0 and tokens[position][0] == "word" and len(words) < 4:
        if tokens[position][1] not in _TRANSPARENT:  # "COLOMBO CABLES 0266"
            words.insert(0, tokens[position][1])
        position -= 1
    station, used = _best_station(words)
    serial = tokens[index][1]
    if not station or (_looks_like_year(serial) and station != "".join(words[-used:])):
        return "", year, False  # "INCSR BRAZIL 2008": a year after a name, not a cable
    if not year and used == len(words) and position >= 0:
        year = _year_token(tokens[position])
    return station, year or _year_after(tokens, index), False


def _looks_like_year(serial: str) -> bool:
    return len(serial) == 4 and serial.isdigit() and 1960 <= int(serial) <= 2019


def _year_token(token: tuple[str, str]) -> str:
    """'05', '2005', '094' (a typo'd 94) or '(99)' before a station: the cited year."""
    kind, value = token
    value = value.strip("() ") if kind == "paren_year" else value
    plausible = len(value) in (2, 4) or (len(value) == 3 and value.startswith("0"))
    if kind in ("number", "paren_year") and value.isdigit() and plausible:
        return value[-2:]
    return ""


def _year_after(tokens: list[tuple[str, str]], index: int) -> str:
    """'ASUNCION 701 (08)': a year in parentheses after the serial."""
    if index + 1 < len(tokens) and tokens[index + 1][0] == "paren_year":
        return tokens[index + 1][1].strip("() ")
    return ""


def _best_station(words: list[str]) -> tuple[str, int]:
    """The longest run of final words that names a known station ('RIO DE JANEIRO')."""
    for size in range(len(words), 0, -1):
        run = words[-size:]
        if not _NOT_STATION_WORDS.isdisjoint(run) or (size == 1 and run[0] in _MONTHS):
            continue
        station = canonical_station_strict("".join(run))
        if station:
            return station, size
    return "", 0


def _station_after(tokens: list[tuple[str, str]], index: int) -> str:
    words: list[str] = []
    position = index + 1
    while position < len(tokens) and tokens[position][0] == "word" and len(words) < 3:
        words.append(tokens[position][1])
        position += 1
    if position < len(tokens) and tokens[position][0] in ("number", "paren_year"):
        return ""  # "05 STATE 201650": the number was the year
    for size in range(len(words), 0, -1):
        if not any(w in _NOT_STATION_WORDS or w in _MONTHS for w in words[:size]):
            station = canonical_station_strict("".join(words[:size]))
            if station:
                return station
    return ""


def _dedupe(cites: list[_Cite]) -> list[_Cite]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for cite in cites:
        key = (cite.year, cite.station, str(int(cite.serial)))
        if key not in seen:
            seen.add(key)
            out.append(cite)
    return out
