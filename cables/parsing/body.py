"""The body: numbered paragraphs with portion markings, OCR'd numbers repaired, signature."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cables.parsing.model import Paragraph
from cables.parsing.signature import signature_at

_START = re.compile(
    r"^(?P<pilcrow>¶\s{0,2})?(?P<number>\d{1,3})\s{0,2}\.(?=[\s(]|$)\s{0,4}"
    r"(?:\(\s{0,2}(?P<marking>[A-Za-z]{1,4}(?:\s{0,2}/{1,2}\s{0,2}[A-Za-z]{1,6}){0,3})\s{0,2}\)\s{0,3})?"
)
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
_NOISE = re.compile(
    r"^(?:[A-Z][A-Z .'-]{1,30}\s{1,4}0{0,6}\d{1,6}\s{1,4}\d{1,3}(?:\.\d{1,2})?\s{1,3}OF\s{1,3}\d{1,3}"
    r"|SECTION\s{1,3}\d{1,3}\s{1,3}OF\s{1,3}\d{1,3}|NNNN|BT)\s*$"
)


@dataclass
class _Open:
    number: int | None
    marking: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Body:
    paragraphs: tuple[Paragraph, ...]
    signature: str
    warnings: list[str]


def parse_body(lines: list[str]) -> Body:
    warnings: list[str] = []
    lines = [line.strip() for line in lines if not _NOISE.match(line.strip())]
    signature, lines = _split_signature(lines)
    opened: list[_Open] = []
    current = _Open(None, "")
    style_marked = False
    for line in lines:
        start = _START.match(line)
        number = _accept(start, current, opened, style_marked, warnings) if start else None
        if start is None or number is None:
            current.lines.append(line)
            continue
        if not opened:
            style_marked = bool(start.group("marking"))
        opened.append(current)
        current = _Open(number, _marking(start.group("marking")), [line[start.end() :]])
    opened.append(current)
    paragraphs = tuple(p for p in (_close(o) for o in opened) if p.text or p.number is not None)
    return Body(paragraphs, signature, warnings)


def _accept(
    start: re.Match[str],
    current: _Open,
    opened: list[_Open],
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
    expected = (current.number or 0) + 1 if current.number is not None else 1
    if number == expected:
        return number
    digits = start.group("number")
    if not start.group("pilcrow") and digits == f"1{expected}":
        warnings.append(f"paragraph {digits} read as {expected} (OCR: '¶' became '1')")
        return expected
    if marked and expected < number <= expected + 5:
        return number
    if marked and current.number is None and not opened:
        return number
    return None


def _marking(raw: str | None) -> str:
    if not raw:
        return ""
    marking = re.sub(r"\s", "", raw).upper()
    head = re.split(r"/", marking, maxsplit=1)[0]
    return marking if head in MARKING_HEADS else ""


def _close(open_: _Open) -> Paragraph:
    text = "\n".join(line for line in open_.lines if line).strip()
    return Paragraph(open_.number, open_.marking, text)


def _split_signature(lines: list[str]) -> tuple[str, list[str]]:
    """The signature, and the lines above it (the signature removed from its line)."""
    signature, index = signature_at(lines)
    if not signature:
        return "", lines
    kept = lines[:index]
    remainder = (
        lines[index].strip()[: -len(signature)].rstrip()
        if lines[index].strip() != signature
        else ""
    )
    if remainder and not remainder.endswith(signature):
        kept.append(remainder)
    return signature, kept
