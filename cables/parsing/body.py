"""The body: numbered paragraphs with portion markings, OCR'd numbers repaired, signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cables.parsing.model import Paragraph
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
# "BAKU 00001835  001.2 OF 003", "PARIS 00001568 002 OF 007", "SECTION 02 OF 03"
_STARTS = re.compile(
    r"\n[ \t]{0,8}(?P<pilcrow>¶\s{0,2})?(?P<number>\d{1,3})\s{0,2}\.(?=[\s(]|$)[ \t]{0,4}"
    r"(?:\(\s{0,2}(?P<marking>[A-Za-z]{1,4}(?:\s{0,2}/{1,2}\s{0,2}[A-Za-z]{1,6}){0,3})"
    r"\s{0,2}\)[ \t]{0,3})?",
)
_NOISE_LINES = re.compile(
    r"\n[ \t]{0,8}(?:[A-Z][A-Z .'-]{1,30}[ \t]{1,4}0{0,6}\d{1,8}[ \t]{1,4}\d{1,3}(?:\.\d{1,2})?"
    r"[ \t]{1,3}OF[ \t]{1,3}\d{1,3}|SECTION[ \t]{1,3}\d{1,3}[ \t]{1,3}OF[ \t]{1,3}\d{1,3}|NNNN|BT)"
    r"[ \t]*(?=\n|$)"
)


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
    if "OF" in text or "NNNN" in text or "\nBT" in text:
        text = _NOISE_LINES.sub("", text)
    signature, text = _split_signature(text)
    paragraphs: list[Paragraph] = []
    current_number: int | None = None
    current_marking = ""
    chunk_start = 0
    style_marked = False
    starts = list(_STARTS.finditer(text))
    for index, start in enumerate(starts):
        following = int(starts[index + 1].group("number")) if index + 1 < len(starts) else None
        number = _accept(start, current_number, bool(paragraphs), style_marked, warnings)
        number = _misnumbered(number, current_number, following, warnings)
        if number is None:
            continue
        if current_number is not None or text[chunk_start : start.start()].strip():
            paragraphs.append(
                _paragraph(current_number, current_marking, text, chunk_start, start.start())
            )
        if current_number is None:
            style_marked = bool(start.group("marking"))
        current_number, current_marking, chunk_start = (
            number,
            _marking(start.group("marking")),
            start.end(),
        )
    if current_number is not None or text[chunk_start:].strip():
        paragraphs.append(_paragraph(current_number, current_marking, text, chunk_start, len(text)))
    return Body(tuple(paragraphs), signature, warnings)


def _paragraph(number: int | None, marking: str, text: str, start: int, end: int) -> Paragraph:
    # Lines stripped and blank lines dropped, with C-level loops.
    body = "\n".join(filter(None, map(str.strip, text[start:end].split("\n"))))
    return Paragraph(number, marking, body)


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


def _accept(
    start: re.Match[str],
    current: int | None,
    opened: bool,
    style_marked: bool,
    warnings: list[str],
) -> int | None:
    """The paragraph number this line starts, or None when it is not a paragraph start."""
    number = int(start.group("number"))
    raw_marking = start.group("marking")
    if raw_marking and _marking(raw_marking) == "":
        return None
    marked = bool(raw_marking) or bool(start.group("pilcrow"))
    if style_marked and not raw_marking:
        return None
    expected = current + 1 if current is not None else 1
    if number == expected:
        return number
    digits = start.group("number")
    if not start.group("pilcrow") and digits == f"1{expected}":
        warnings.append(f"paragraph {digits} read as {expected} (OCR: '¶' became '1')")
        return expected
    if marked and expected < number <= expected + 5:
        return number
    if marked and current is None and not opened:
        return number
    return None


def _marking(raw: str | None) -> str:
    if not raw:
        return ""
    marking = "".join(raw.split()).upper()
    head = marking.split("/", 1)[0]
    return marking if head in MARKING_HEADS else ""


def _split_signature(text: str) -> tuple[str, str]:
    """The signature, and the text above it (the signature removed from its line)."""
    lines = text[-3000:].split("\n")
    signature, index = signature_at(lines)
    if not signature:
        return "", text
    offset = len(text) - len("\n".join(lines[index:]))
    line = lines[index].strip()
    remainder = line[: -len(signature)].rstrip() if line != signature else ""
    return signature, text[:offset] + remainder
