"""Split the lines between the classification line and the body into labelled blocks.

A block starts at a label ("TAGS:", "SUBJECT:", "REF:", "Classified By:", "E.O. 12958:",
a passing line "FOR ..."), or is a caption line ("SIPDIS"), and runs over its continuation
lines until a blank line or the next label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CAPTION_WORDS = frozenset(
    [
        "SIPDIS",
        "NOFORN",
        "EXDIS",
        "NODIS",
        "LIMDIS",
        "STADIS",
        "ROGER",
        "CHEROKEE",
        "SENSITIVE",
        "NOCONTRACT",
        "ORCON",
        "PROPIN",
        "DISSENT",
        "CHANNEL",
        "EFTO",
        "DEPT",
        "TERREP",
        "SPECAT",
        "MEDIA",
        "REACTION",
        "EXCLUSIVE",
        "FOR",
        "VISA",
    ]
)
CAPTION_CORE = frozenset(
    [
        "SIPDIS",
        "NOFORN",
        "EXDIS",
        "NODIS",
        "LIMDIS",
        "STADIS",
        "ROGER",
        "CHEROKEE",
        "SENSITIVE",
        "NOCONTRACT",
        "ORCON",
        "PROPIN",
    ]
)

_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("TAGS", re.compile(r"^TAGS?\b\s{0,3}[:.;]?\s{0,3}", re.IGNORECASE)),
    (
        "SUBJECT",
        re.compile(r"^SUBJ(?:ECT)?\s{0,3}[:.;]\s{0,3}|^SUBJECT\s{1,3}(?=\S)", re.IGNORECASE),
    ),
    (
        "REF",
        re.compile(r"^(?:REFS?|REFTELS?|REFERENCES?)\b\s{0,3}[:.;]?\s{0,3}", re.IGNORECASE),
    ),
    (
        "CLASSIFIED",
        re.compile(r"^CLASSIFIED\s{1,3}BY\b\s{0,3}[:.;]?\s{0,3}", re.IGNORECASE),
    ),
    ("EO", re.compile(r"^E\s?\.?\s?O\s?\.?\s{0,3}(?=\d{5}|N/?A)", re.IGNORECASE)),
    (
        "FOR",
        re.compile(
            r"^(?:(?:DEPT|DEPARTMENT|STATE)\s{1,3})?(?:FOR|PASS\s{1,3}TO)\s{1,3}",
            re.IGNORECASE,
        ),
    ),
)
# "1. (C)", "¶2.", "13. (SBU)" at the start of a line: the body begins.
PARAGRAPH_START = re.compile(r"^(¶\s{0,2})?(\d{1,3})\s{0,2}\.(?=[\s(]|$)")
_REF_ITEM = re.compile(r"^¶?\s{0,2}[A-Z]\s{0,2}[.)]\s", re.IGNORECASE)


@dataclass
class HeaderBlocks:
    blocks: dict[str, str] = field(default_factory=dict)
    for_lines: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    body_start: int = 0  # index of the first body line


def label_of(line: str) -> tuple[str, str] | None:
    """The block label of a line and the rest of the line after it, or None."""
    for name, pattern in _LABELS:
        match = pattern.match(line)
        if match:
            return name, line[match.end() :]
    return None


def caption_words(line: str) -> list[str] | None:
    words = line.upper().replace(",", " ").split()
    if words and all(w in CAPTION_WORDS for w in words) and any(w in CAPTION_CORE for w in words):
        return [w for w in words if w in CAPTION_CORE]
    return None


def split_blocks(lines: list[str]) -> HeaderBlocks:
    result = HeaderBlocks(body_start=len(lines))
    current = ""
    blank_before = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            blank_before = True
            continue
        if PARAGRAPH_START.match(line):
            result.body_start = index
            return result
        if blank_before and current == "REF" and _REF_ITEM.match(line):
            current = _append(result, "REF", line)
        elif (labelled := label_of(line)) is not None:
            current = _start(result, labelled[0], labelled[1])
        elif (words := caption_words(line)) is not None:
            result.captions.extend(words)
            current = ""
        elif current and not blank_before:
            current = _append(result, current, line)
        elif result.blocks:
            result.body_start = index
            return result
        blank_before = False
    return result


def _start(result: HeaderBlocks, name: str, rest: str) -> str:
    if name == "FOR":
        result.for_lines.append(rest)
        return "FOR"
    if name in result.blocks:  # a second SUBJECT or TAGS line: keep the first
        return ""
    result.blocks[name] = rest.strip()
    return name


def _append(result: HeaderBlocks, name: str, line: str) -> str:
    if name == "FOR":
        result.for_lines[-1] += " " + line
    else:
        result.blocks[name] = (result.blocks[name] + "\n" + line).strip()
    return name
