"""Passing lines ("DEPT FOR EUR/WE, INR", "WHA FOR A/S SHANNON", "STATE ALSO FOR P, E"):
the Department offices a cable is passed to.

A line is cut where each "<who> FOR" or "<who> PASS TO" starts. What follows "DEPT FOR",
"STATE ALSO FOR", a bare "FOR" or "<office> FOR" is for the Department; what follows "NSC FOR",
"TREASURY FOR", "PARIS FOR" or "STATE PASS" is for someone else and is not read. Only office
symbols are kept: people ("B. PITTMAN", "(HERRMANN)", "EUR/PRA-ANITA FRIEDT"), titles ("A/S")
and portion marks ("S/NF") are not offices.
"""

from __future__ import annotations

import re

from cables.parsing.caching import short_key_cache
from cables.parsing.officedata import BUREAUS, OFFICES

_OFFICE = re.compile(r"^(?:[A-Z]{1,6}(?:/[A-Z0-9-]{1,10}){1,3}|[A-Z]{1,6})$")
_NOT_OFFICES = frozenset(
    [
        "AND",
        "ALSO",
        "THE",
        "INFO",
        "ONLY",
        "ACTION",
        "DEPT",
        "DEPARTMENT",
        "PASS",
        "TO",
        "AMBASSADOR",
        "FOR",
        "FROM",
        "SECRETARY",
        "USG",
    ]
)
_PORTION_MARKS = frozenset(["S/NF", "C/NF", "S/REL", "C/REL"])
# Job titles written like office symbols: Assistant and Under Secretary.
_TITLES = frozenset(["A/S", "U/S", "A/DAS", "D/S", "A/U/S", "AA/S", "A/A/S"])
# The Department itself as the one a passing instruction is addressed to.
_DEPARTMENT = frozenset(["", "DEPT", "DEPARTMENT", "STATE", "SECSTATE"])
# Words between the addressee and FOR / PASS: "DEPT ALSO FOR", "STATE PLEASE PASS TO".
_FILLERS = frozenset(["ALSO", "PLEASE", "PLS"])
# "FOR" and "PASS (TO)" as words; "for reasons 1.4" (a wrapped classified-by line) is no
# passing instruction.
_KEYWORD = re.compile(r"\b(?:FOR\b(?!\s{1,3}REAS)|PASS(?:\s{1,3}TO)?\b)")
_PARENTHESES = re.compile(r"\([^()\n]{0,80}\)")
_TOKEN_SPLIT = re.compile(r"[\s,;:]+")
# "B. PITTMAN", "JOHN M. KOENIG": a single letter with a full stop before a name is an initial.
_INITIAL = re.compile(r"(?:^|(?<=[\s,;(]))[A-Z]\.(?=\s{0,2}[A-Z][A-Z'’-]{1,30}\b)")
# "AF A A/S CARTER": an "A" just before a title is "Acting", not the Bureau of Administration.
_ACTING = re.compile(r"(?<![\w/])A\s{1,3}(?=(?:P?DAS|A/S|U/S|AA/S|A/A/S|A/DAS)\b)")
# Line starts that make a passing line even in upper case only (a sentence may start "Also
# for"): "DEPT ALSO FOR", "STATE PLS PASS", "ALSO FOR", "WHA FOR DAS FISK".
PASSING_START = re.compile(
    r"(?:(?:DEPT|DEPARTMENT|STATE|SECSTATE)\s{1,3}(?:ALSO\s{1,3})?(?:(?:PLEASE|PLS)\s{1,3})?"
    r"(?:FOR|PASS(?:\s{1,3}TO)?)|ALSO\s{1,3}FOR"
    r"|(?P<office>[A-Z]{1,6}(?:/[A-Z0-9-]{1,10}){0,3})\s{1,3}(?:ALSO\s{1,3})?FOR)\s"
)


def is_passing_line(line: str) -> bool:
    """A line that starts with an upper-case passing instruction (see PASSING_START)."""
    match = PASSING_START.match(line)
    if match is None:
        return False
    office = match.group("office")
    return office is None or is_office(office)


def for_offices(lines: list[str]) -> tuple[str, ...]:
    """Department office symbols on the passing lines, in order, each once."""
    offices: list[str] = []
    for line in lines:
        for office in _line_offices(line.upper()):
            if office not in offices:
                offices.append(office)
    return tuple(offices)


def _line_offices(line: str) -> list[str]:
    text = _PARENTHESES.sub(" ", line) if "(" in line else line
    text = _INITIAL.sub(" ", text) if "." in text else text
    text = _ACTING.sub(" ", text) if "A " in text else text
    parts = _KEYWORD.split(text)  # the text before, between and after the instructions
    tokens = [_tokens(part) for part in parts]
    found = _offices(tokens[0])
    ours = True  # the text so far is addressed to the Department
    for index in range(1, len(parts)):
        following = tokens[index]
        if index + 1 < len(parts) and not _continues(parts[index]):
            # the next instruction's addressee ("... NSC FOR") is not ours
            following = following[: len(following) - _addressee_length(following)]
        addressee = _addressee(tokens[index - 1])
        if _continues(parts[index - 1]):  # "EUR PDAS RIES, ALSO FOR PM/SNA": the same one
            addressee = "" if ours else "-"
        ours = addressee in _DEPARTMENT or is_office(addressee)
        if addressee in _DEPARTMENT:
            found += _offices(following)
        elif ours:  # "WHA FOR DAS FISK", "NEA FOR FO, ELA"
            found += [addressee, *_sub_offices(addressee, following)]
        else:  # "AID FOR LAC/CAR INR/IAA": a listed office is the Department's all the same
            found += [t for t in following if "/" in t and t in OFFICES]
    return found


def _continues(before: str) -> bool:
    """', ALSO FOR' or '; FOR': an instruction that goes on for the previous addressee."""
    words = before.rstrip().split()
    while words and words[-1] in _FILLERS:
        words.pop()
    return not words or words[-1][-1:] in (",", ";")


def _tokens(text: str) -> list[str]:
    return [token for part in _TOKEN_SPLIT.split(text) if (token := part.strip(".()-"))]


def _addressee(before: list[str]) -> str:
    """The one a FOR or PASS is addressed to: the word before it, fillers skipped."""
    words = [w for w in before[-3:] if w not in _FILLERS]
    return words[-1] if words else ""


def _addressee_length(tokens: list[str]) -> int:
    """How many final tokens (the addressee and its fillers) belong to the next instruction."""
    count = 0
    while count < len(tokens) and tokens[len(tokens) - 1 - count] in _FILLERS:
        count += 1
    return min(len(tokens), count + 1)


def _offices(tokens: list[str]) -> list[str]:
    return [office for token in tokens if (office := _office_of(token))]


def _sub_offices(bureau: str, tokens: list[str]) -> list[str]:
    """'NEA FOR FO, ELA': offices of the bureau named by their last part only."""
    named = [f"{bureau}/{t}" for t in tokens if t not in _NOT_OFFICES]
    return [office for office in named if office in OFFICES] + _offices(tokens)


@short_key_cache(maxsize=4096)
def _office_of(token: str) -> str:
    """The office a token names: itself, or its office part ('WHA/PDA-LGOULD' -> 'WHA/PDA',
    'NEA/ARP/BMCGOVERN' -> 'NEA/ARP'); '' when it names none."""
    if token in OFFICES:
        return token
    token = token.split("-", 1)[0] if "/" in token else token  # "EUR/PRA-ANITA FRIEDT"
    if not is_office(token):
        return ""
    head, _, last = token.rpartition("/")
    return head if len(last) > 6 and is_office(head) else token  # a person after a slash


@short_key_cache(maxsize=4096)
def is_office(token: str) -> bool:
    """A Department office: listed, or under a listed bureau ('EUR/WE'); not 'A/S' or 'S/NF'."""
    if not token or token in _NOT_OFFICES or token in _PORTION_MARKS or token in _TITLES:
        return False
    if token in OFFICES:
        return True
    return "/" in token and token.split("/", 1)[0] in BUREAUS and _OFFICE.match(token) is not None
