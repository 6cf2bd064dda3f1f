"""The body: numbered paragraphs with portion markings, OCR'd numbers repaired, signature."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from cables.parsing.model import Paragraph, built
from cables.parsing.signature import signature_at

MARKING_HEADS = frozenset(
    [
        "U",
        "SBU",
        "C",
        "S",
        "TS",
        "LOU",
        "FOUO",
        "NF",
        "UNCLASSIFIED",
        "CONFIDENTIAL",
        "SECRET",
    ]
)
# A REL clause: "S/REL NATO", "S//REL TO USA, FVEY", "S/Rel to Ukraine", wrapped over lines.
_REL = (
    r"[Rr][Ee][Ll](?:\s{1,3}[Tt][Oo])?(?:\s{1,3}[A-Za-z]{2,20}"
    r"(?:\s{0,12},\s{0,12}[A-Za-z]{2,20}|\s{1,3}(?:[Aa][Nn][Dd]\s{1,3})?[A-Za-z]{2,20}){0,12})?"
)
# The level spelt out ("Secret/Rel Armenia") or abbreviated ("S//NF", "SBU").
_HEAD = (
    r"(?:[Ss][Ee][Cc][Rr][Ee][Tt]|[Cc][Oo][Nn][Ff][Ii][Dd][Ee][Nn][Tt][Ii][Aa][Ll]|[A-Za-z]{1,4})"
)
MARKING = rf"{_HEAD}(?:\s{{0,2}}/{{1,2}}\s{{0,2}}(?:{_REL}|[A-Za-z]{{1,6}})){{0,3}}"
# "1. (C)", "¶2.", "13. (SBU)", "5.(C/REL LIBYA)" at the start of a line. Every line is
# tried: the lookahead after the newline turns a line of prose away at its first character,
# and the optional '¶' is an alternation with an empty branch, because a quantified group
# makes the regex engine set up a repeat at every line (together a quarter faster).
_STARTS = re.compile(
    r"\n(?=[ \t¶\d])[ \t]{0,8}(?:(?P<pilcrow>¶\s{0,2})|)(?P<number>\d{1,3})\s{0,2}\."
    r"(?=[\s(]|$)[ \t]{0,4}"
    rf"(?:\(\s{{0,2}}(?P<marking>{MARKING})\s{{0,2}}\)[ \t]{{0,3}})?",
)
# "(C) 1. The Embassy ...": the marking first, read only when no paragraph was found.
_MARKED_FIRST = re.compile(
    rf"\n[ \t]{{0,8}}\(\s{{0,2}}(?P<marking>{MARKING})\s{{0,2}}\)[ \t]{{0,3}}"
    r"(?P<number>\d{1,3})\s{0,2}\.(?=\s)[ \t]{0,4}"
)
# "BAKU 00001835  001.2 OF 003", "PARIS 00001568 002 OF 007", "SECTION 02 OF 03". The
# lookahead (a possessive run of the station's characters ending at a digit or tab) rejects
# a line of prose at once instead of backtracking through its first thirty characters; the
# one after the newline, a line that starts with neither a capital nor indentation.
_NOISE_LINES = re.compile(
    r"\n(?=[ \tA-Z])[ \t]{0,8}(?:(?=[A-Z][A-Z .'-]{1,34}+[\t0-9])"
    r"[A-Z][A-Z .'-]{1,30}[ \t]{1,4}0{0,6}\d{1,8}[ \t]{1,4}\d{1,3}(?:\.\d{1,2})?"
    r"[ \t]{1,3}OF[ \t]{1,3}\d{1,3}|SECTION[ \t]{1,3}\d{1,3}[ \t]{1,3}OF[ \t]{1,3}\d{1,3}|NNNN|BT"
    # A printed telegram's page header: "PAGE 03        HARARE  06677  01 OF 03  291400Z".
    r"|PAGE[ \t]{1,9}\d{1,3}[ \t]{1,9}[A-Z][A-Z .'-]{0,30}?[ \t]{1,9}\d{1,8}[ \t]{1,4}\d{1,3}"
    r"[ \t]{1,3}OF[ \t]{1,3}\d{1,3}(?:[ \t]{1,3}\d{6}Z)?)"
    r"[ \t]*(?=\n|$)"
)
_SLASH = re.compile(r"\s{0,3}/\s{0,3}")
# Unmarked paragraphs in a marked cable ("¶5. Terrorist Financing Issues", "¶3. xxxxxxxx")
# are accepted when the numbering runs on, unbroken, to a marked paragraph this far ahead.
_RUN_LIMIT = 30

# A paragraph start: (start, end, number, digits, pilcrow, raw marking).
_Start = tuple[int, int, int, str, bool, str | None]


@dataclass
class Body:
    paragraphs: tuple[Paragraph, ...]
    signature: str
    warnings: list[str]


def parse_body(lines: list[str]) -> Body:
    """The body of these lines (the lines after the header)."""
    return parse_body_text("\n" + "\n".join(lines))


def parse_body_text(text: str) -> Body:
    """Paragraphs found with one scan of the body text ('\\n' + the lines after the header).

    Patterns start with a newline: a fast literal scan, and Python looks only at candidates.
    """
    warnings: list[str] = []
    text = _NOISE_LINES.sub("", text)
    signature, text = _split_signature(text)
    paragraphs = _paragraphs(text, _starts(text), warnings)
    if not any(p.number for p in paragraphs):
        # "(C) 1. The Embassy obtained ...": the marking before the number, in a few cables.
        marked_first = _marked_first_starts(text)
        if len(marked_first) > 1:
            warnings.clear()
            paragraphs = _paragraphs(text, marked_first, warnings)
    return Body(tuple(paragraphs), signature, warnings)


def _paragraphs(text: str, starts: list[_Start], warnings: list[str]) -> list[Paragraph]:
    """The paragraphs these candidate starts open (see _accept for which ones do)."""
    paragraphs: list[Paragraph] = []
    current: int | None = None
    marking = ""
    chunk_start = 0
    style_marked = False
    listed = False  # a numbered line inside the current paragraph: a list
    for index, start in enumerate(starts):
        raw = start[5]
        read = _marking(raw) if raw is not None else ""
        # The common case first, without a call: the next number, marked as the others are.
        if start[2] == (current + 1 if current is not None else 1) and (
            read if raw is not None else not style_marked
        ):
            number: int | None = start[2]
        else:
            state = _State(current, bool(paragraphs), style_marked, listed)
            number = _accept(starts, index, state, warnings)
        if number is None:
            listed = True
            continue
        chunk = text[chunk_start : start[0]]
        if current is not None or (chunk and not chunk.isspace()):
            # Lines stripped and blank lines dropped, with C-level loops (inlined: ten a cable).
            lines = "\n".join(filter(None, map(str.strip, chunk.split("\n"))))
            paragraphs.append(
                built(Paragraph, {"number": current, "marking": marking, "text": lines})
            )
        if current is None:
            style_marked = raw is not None
        current, marking, chunk_start, listed = number, read, start[1], False
    chunk = text[chunk_start:]
    if current is not None or (chunk and not chunk.isspace()):
        paragraphs.append(_paragraph(current, marking, chunk))
    return paragraphs


def _starts(text: str) -> list[_Start]:
    """Every line that may start a paragraph, as (start, end, number, digits, ¶, marking)."""
    return [
        (m.start(), m.end(), int(groups[1]), groups[1], groups[0] is not None, groups[2])
        for m in _STARTS.finditer(text)
        for groups in (m.groups(),)
    ]


def _marked_first_starts(text: str) -> list[_Start]:
    return [
        (m.start(), m.end(), int(m["number"]), m["number"], False, m["marking"])
        for m in _MARKED_FIRST.finditer(text)
    ]


def _paragraph(number: int | None, marking: str, chunk: str) -> Paragraph:
    # Lines stripped and blank lines dropped, with C-level loops.
    text = "\n".join(filter(None, map(str.strip, chunk.split("\n"))))
    return built(Paragraph, {"number": number, "marking": marking, "text": text})


class _State(NamedTuple):
    current: int | None  # the number of the paragraph read so far
    opened: bool  # a paragraph (numbered or not) has been read
    style_marked: bool  # paragraph 1 carries a portion marking: so do the others
    listed: bool  # a numbered line that is no paragraph has been seen since `current` opened


def _accept(starts: list[_Start], index: int, state: _State, warnings: list[str]) -> int | None:
    """The paragraph number starts[index] opens, or None when it is not a paragraph start."""
    current = state.current
    number = _number(starts[index], current, state.opened, state.style_marked, warnings)
    if number is None and state.style_marked and starts[index][5] is None:
        number = _unmarked_in_run(starts, index, current, state.listed)
    following = starts[index + 1][2] if index + 1 < len(starts) else None
    return _misnumbered(number, current, following, warnings)


def _misnumbered(
    number: int | None, current: int | None, following: int | None, warnings: list[str]
) -> int | None:
    """'¶7 ¶10 ¶9 ¶10': a jump that the next paragraph does not follow is a drafting slip."""
    if number is None or current is None or following is None:
        return number
    expected = current + 1
    if number > expected and following == expected + 1 and following != number + 1:
        warnings.append(f"paragraph {number} read as {expected} (misnumbered: {following} follows)")
        return expected
    return number


def _number(
    start: _Start, current: int | None, opened: bool, style_marked: bool, warnings: list[str]
) -> int | None:
    """The number of a paragraph start on its own, or None when it is not one."""
    _, _, number, digits, pilcrow, raw_marking = start
    if raw_marking and _marking(raw_marking) == "":
        return None
    marked = bool(raw_marking) or pilcrow
    if style_marked and not raw_marking:
        return None
    expected = current + 1 if current is not None else 1
    if number == expected:
        return number
    if not pilcrow and digits == f"1{expected}":
        warnings.append(f"paragraph {digits} read as {expected} (OCR: '¶' became '1')")
        return expected
    if marked and expected < number <= expected + 5:
        return number
    if marked and current is None and not opened:
        return number
    return None


def _unmarked_in_run(
    starts: list[_Start], index: int, current: int | None, listed: bool
) -> int | None:
    """An unmarked start in a marked cable ("¶5. Terrorist Financing Issues", "¶3. xxxxxx"):
    a paragraph when the numbers run on unbroken (N, N+1, ...) to a marked paragraph, or to
    the end when no numbered list came before it; a list inside a paragraph does neither."""
    expected = current + 1 if current is not None else 1
    if current is None or starts[index][2] != expected:
        return None
    later = starts[index + 1 : index + _RUN_LIMIT]
    for offset, start in enumerate(later, 1):
        if start[2] != expected + offset:
            return None
        if start[5] is not None:
            return expected if _marking(start[5]) else None
    at_end = index + len(later) + 1 == len(starts)
    return expected if at_end and not listed else None


@lru_cache(maxsize=1024)
def _marking(raw: str | None) -> str:
    """'S // NF' -> 'S//NF', 'S/Rel to Ukraine' -> 'S/REL TO UKRAINE'; '' if not a marking."""
    if not raw:
        return ""
    marking = _SLASH.sub("/", " ".join(raw.split())).upper()
    head = marking.split("/", 1)[0]
    return marking if head in MARKING_HEADS else ""


def _split_signature(text: str) -> tuple[str, str]:
    """The signature, and the text above it (the signature removed from its line)."""
    # The last few hundred characters are nearly always enough: the first line of a tail may
    # be cut, so the signature must be found below it, else the longer tail is read.
    for size in (400, 3000):
        lines = text[-size:].split("\n")
        signature, index = signature_at(lines)
        if index > 0 or size >= len(text):
            break
    if not signature:
        return "", text
    offset = len(text) - len("\n".join(lines[index:]))
    line = lines[index].strip()
    remainder = line[: -len(signature)].rstrip() if line != signature else ""
    return signature, text[:offset] + remainder
