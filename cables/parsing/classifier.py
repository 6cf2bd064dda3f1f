"""'Classified By: DCM Donald Lu for reasons 1.4 (b) and (d).' -> who, name, reasons.

The line is in the header or in paragraph 1 ("1. (U) CLASSIFIED BY ..."), and WikiLeaks
wrapped it at 71 characters even inside words ("Hoyt Y" / "ee", "REA" / "SONS").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cables.parsing.caching import short_key_cache
from cables.parsing.fuzzy import NearIndex, edit_distance

# Spelt out in both cases rather than IGNORECASE, which would defeat the fast prefix scan.
_START = re.compile(
    r"\b[Cc][Ll][Aa][Ss][Ss][Ii][Ff][Ii][Ee][Dd][ \t]{1,3}[Bb][Yy]\b[ \t]{0,3}:?[ \t]{0,3}"
)
_WRAP_WIDTH = 71
_FOOTER_LINE = re.compile(
    r"^\s{0,40}(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|PAGE\s{1,9}\d)", re.IGNORECASE
)
_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]{0,4}(?:¶|\d{1,2}\.[ (]|SUMMARY|-{3}))", re.IGNORECASE)
_REPEATED = re.compile(
    r"^(?:\(\s?[A-Z]{1,3}\s?\)\s{0,3}|(?:this\s{1,3}(?:message|cable)\s{1,3})?classified\s{1,3}by\s{0,3}:?\s{0,3})+",
    re.IGNORECASE,
)
# "reasons", "REA SONS" and "forreasons" (cut at the wrap width), "REAS0N", "Resons"...
_REASON_WORD = r"(?:r\s?e\s?a\s?s\s?[o0]\s?n\s?s?|reaons|resons|rasons|reason\(s\))(?![a-z])"
# The leading lookahead lists every character a match can start with: a position that holds
# none of them is passed over without trying the seven alternatives (a third faster). A match
# that starts with a letter or digit starts a word ("(?<![A-Za-z])" or "\b" in each
# alternative), so a letter inside a word is passed over too (another fifth).
_REASONS = re.compile(
    r"(?=[,;:\s\-]|(?<![A-Za-z])[rRfFbBdDuUpPeEsS1])(?:"
    rf"[,;:-]?\s{{0,3}}(?<![A-Za-z])(?:(?:for|fr|f0r)\s{{0,3}}(?:for\s{{1,3}})?)?{_REASON_WORD}"
    r"|\s\bfor\s{1,3}reas(?![a-z])"
    r"|\s\b(?:for|fr|f0r)\s{1,3}(?=1[.,]\s?[4-6]|(?:e\.?\s?o\.?\s{0,2})?12958|section)"
    r"|[,;]?\s{0,3}\b(?:based\s{1,3}(?:on|upon|0n)|due\s{1,3}to|under|per)\b"
    r"|[,;:]?\s{0,3}\b(?:E\.?\s?O\.?\s{0,2}1\d{4}|section\s{1,3}1\.[4-6])"
    r"|[,;:]?\s{0,3}-?\s{0,2}\b1[.,]\s?[2-6]\s{0,3}\(?[A-H]\b"
    r"|\s\(acting\))",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"[A-Z]\.")
_SEGMENT_BREAK = re.compile(r"[,;:]|\s-\s")
_CAPITALISED = re.compile(r"[A-Z][a-z]{2,30}")
_SECTION = re.compile(r"\b(1\.[4-6])")
_LETTER = re.compile(r"(?<![A-Za-z])([A-Ha-h])(?![A-Za-z])")
_SUFFIX = re.compile(r"^(?:JR|SR|II|III|IV)\.?$", re.IGNORECASE)
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][A-Za-z0'’-]{1,30}\.?|[A-Z]\.(?:[A-Z]\.){0,2}(?:[A-Z][A-Za-z'’-]{1,30})?|[A-Z0]\.?"
    r"|Mc[A-Z][a-z]{1,20}|O'[A-Z][A-Za-z]{1,20})$"
)
# Misspelt titles ("Ambassaor", "AMBASSAD0R", "Counsleor") are titles too.
_CORE_TITLES = ("AMBASSADOR", "COUNSELOR", "COUNSELLOR", "DIRECTOR", "MINISTER", "COUNCILOR")
_NEAR_TITLES = NearIndex(_CORE_TITLES, depth=2)  # misspelt titles: measure only these


def _three_pieces(word: str) -> tuple[str, str, str]:
    edge = (len(word) + 1) // 3  # "DIR", "EC", "TOR": the short piece in the middle
    return word[:edge], word[edge:-edge], word[-edge:]


# Two edits change at most two of a title's three pieces, so a word within two edits of one
# holds a piece of it unchanged. Most long capitalised words (names) hold none: one search
# turns them away before the index builds their forms with two letters deleted.
_TITLE_PIECES = re.compile(
    "|".join(sorted({piece for title in _CORE_TITLES for piece in _three_pieces(title)}))
)
# Titles, offices and words of a job description; anything else capitalised is a name.
_TITLES_TEXT = """
acting deputy chief of mission dcm cda charge chargé d'affaires d' affaires affairs affair
a.i. ai ambassador amb amb. political politcal pol poloff econoff pol/econoff econ economic
counselor counsellor counselour couns minister minister-counselor mcounselor m/c officer
section head director dir assistant secretary a/s consul general principal for and the
labor attache defense ltc col colonel major polmil pol/mil pol/econ e/p ecpo pas a/dcm
team leader coordinator interagency provincial sub-national governance prt unit
institutional special representative afghanistan pakistan senior advisor adviser legal usun
useu ait isn io vci nea eur af wha eap sca inr ca econcouns econmincouns deputy-chief
unclassified by classified cdr usa navy army on behalf state department embassy consulate
u.s. us principal-officer management public diplomacy press spokesman office in at to with
regional security rso cg pa commercial agricultural energy environment science technology
health refugee narcotics law enforcement military mil nas dea fbi lieutenant admiral
captain commander under-secretary undersecretary a/secretary asst dep depty acting/dcm def
minister-counsellor ecoff polecon com ecmin emin usdel member dpo congen pdas das ipo
chairman envoy mc off arso conoff delegate arms control ecopol counsel min coun polmincons
cief legatt a/legatt ambassador-at-large affiars political-military central asia a/
mincouns econcoun ecoun polcouns polmin acm u/s
"""
_TITLE_WORDS = frozenset(_TITLES_TEXT.split())


def find_classified_by(text: str) -> str:
    """The 'Classified By' statement, unwrapped, without the label; '' when there is none.

    A line that starts with the label wins over one where it is run in ("CORRECTED COPY --
    CLASSIFIED BY LINE ADDED"), and a statement naming no one ("Classified By: ADANA 222")
    gives way to a later one.
    """
    return _choose_statement(text)[0]


def read_classified_by(text: str) -> tuple[str, tuple[str, ...]]:
    """(who as written, reasons) of the statement find_classified_by picks, read once."""
    return _choose_statement(text)[1]


_NO_ONE: tuple[str, tuple[str, ...]] = ("", ())


def _choose_statement(text: str) -> tuple[str, tuple[str, tuple[str, ...]]]:
    """(statement, (who, reasons)): each candidate statement is read once, not twice."""
    labels = _labels(text)
    first = next(labels, None)
    if first is None:
        return "", _NO_ONE
    statement = _statement(text, first)
    read = classified_by(statement)
    if _at_line_start(text, first.start()) and classifier_name(read[0]):
        return statement, read  # the common case: one search
    later = [m for _, m in zip(range(3), labels, strict=False)]
    candidates = sorted([first, *later], key=lambda m: not _at_line_start(text, m.start()))
    for start in candidates:
        statement = _statement(text, start)
        read = classified_by(statement)
        if classifier_name(read[0]):
            return statement, read
    statement = _statement(text, candidates[0])
    return statement, classified_by(statement)


def _labels(text: str) -> Iterator[re.Match[str]]:
    """'Classified By' labels in order, found with str.find (far faster than a regex scan)."""
    at = 0
    while True:
        hits = [h for h in (text.find("LASSIFIED", at), text.find("lassified", at)) if h > 0]
        if not hits:
            return
        at = min(hits)
        match = _START.match(text, at - 1)
        if match:
            yield match
        at += 9


def _at_line_start(text: str, position: int) -> bool:
    line = text[text.rfind("\n", 0, position) + 1 : position]
    return not line.strip(" \t0123456789.()USC")


def _statement(text: str, start: re.Match[str]) -> str:
    tail = text[start.end() : start.end() + 800]
    end = _END.search(tail)
    prefix = start.end() - (text.rfind("\n", 0, start.start()) + 1)
    return _unwrap(tail[: end.start()] if end else tail, prefix)


def _unwrap(block: str, prefix: int) -> str:
    """Join lines; a line cut at the wrap width inside a word is joined without a space."""
    lines = block.split("\n")
    out = lines[0]
    width = len(lines[0]) + prefix
    for line in lines[1:]:
        if not line.strip() or _FOOTER_LINE.match(line):
            continue
        cut_in_word = width >= _WRAP_WIDTH and out.endswith(" ") and not line[:1].isspace()
        out = out.rstrip() + ("" if cut_in_word else " ") + line.strip()
        width = len(line.rstrip())
    return " ".join(out.split())


def classified_by(statement: str) -> tuple[str, tuple[str, ...]]:
    """(who as written, reasons) from the statement."""
    text = _REPEATED.sub("", statement.strip())
    split = _REASONS.search(text)
    who = text[: split.start()] if split else text
    return _tidy(who), reasons(text[split.start() :] if split else "")


def _tidy(who: str) -> str:
    """Trailing punctuation off, but not the full stop of 'JR.' or of an initial."""
    who = who.strip(" ,;:-")
    last = who.rsplit(" ", 1)[-1]
    if who.endswith(".") and not _SUFFIX.match(last) and not _INITIAL.fullmatch(last):
        who = who[:-1]
    return who.strip(" ,;:-")


def reasons(text: str) -> tuple[str, ...]:
    section = _SECTION.search(text)
    if not section:
        return ()
    tail = text[section.end() : section.end() + 80]
    found: list[str] = []
    for letter in _LETTER.findall(tail):
        reason = f"{section.group(1)}({letter.lower()})"
        if reason not in found:
            found.append(reason)
    return tuple(found) or (section.group(1),)


# The same chiefs of mission and deputies classify cable after cable, written the same way
# ("Ambassador Ryan C. Crocker"): a third of the corpus repeats one seen before. A pure
# function of the string, returning a string.
@short_key_cache(maxsize=4096)
def classifier_name(who: str) -> str:
    """The person in 'Acting Deputy Chief of Mission Marc Wall': 'Marc Wall'."""
    segments = [s for part in _SEGMENT_BREAK.split(who) if (s := part.strip())]
    for index, segment in enumerate(segments):
        name = _trailing_name(segment)
        if name:
            suffix = segments[index + 1] if index + 1 < len(segments) else ""
            if _SUFFIX.match(suffix):  # "JR." as written; "III." loses its full stop
                kept = suffix if suffix.upper().startswith(("JR", "SR")) else suffix.rstrip(".")
                return f"{name}, {kept}"
            return name
    return ""


def _trailing_name(segment: str) -> str:
    written = segment.split()
    tokens = [_after_office(token) for token in written]
    name: list[str] = []
    after_title = False
    for token in reversed(tokens):
        if _is_title(token) or not _NAME_TOKEN.match(token):
            after_title = _is_title(token)
            break
        name.insert(0, token)
        if token != written[len(tokens) - len(name)]:  # "DCM/Ted": the office ends it
            after_title = True
            break
    stop = tokens[len(tokens) - len(name) - 1].lower() if len(name) < len(tokens) else ""
    if len(name) >= 3 and stop in ("to", "for", "of"):  # "AMBASSADOR TO SUDAN TIMOTHY CARNEY"
        name = name[1:]
    if len(name) >= 2 or (name and (len(tokens) == 1 or after_title)):
        return " ".join(name)
    return ""


def _after_office(token: str) -> str:
    """'DCM/Ted' -> 'Ted'; an office like 'A/S' or 'EUR/PRA' stays whole (a title)."""
    if "/" not in token:
        return token
    last = token.rsplit("/", 1)[-1]
    return last if _CAPITALISED.fullmatch(last) else token


@short_key_cache(maxsize=8192)
def _is_title(token: str) -> bool:
    lower = token.lower().strip("'’")
    if lower in _TITLE_WORDS or lower.rstrip(".,") in _TITLE_WORDS or "/" in token:
        return True
    if "-" in token and any(_is_title(part) for part in token.split("-") if len(part) > 2):
        return True
    upper = token.upper().replace("0", "O").rstrip(".,")
    if len(upper) < 6 or _TITLE_PIECES.search(upper) is None:
        return False
    return any(_close(upper, title) for title in _NEAR_TITLES.candidates(upper, 2))


def _close(a: str, b: str) -> bool:
    """Within two edits (a misspelling)."""
    return abs(len(a) - len(b)) <= 2 and edit_distance(a, b, 3) <= 2
