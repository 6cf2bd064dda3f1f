"""The REF block: lettered items, each a cable citation or something else (an email, a memo)."""

from __future__ import annotations

import re

from cables.parsing.ident import station_key
from cables.parsing.model import Reference

# "A. ", "¶B. ", "C) " at the start of the block or after whitespace.
_LETTER = re.compile(r"(?:^|(?<=\s))¶?\s{0,2}([A-Z])\s{0,2}[.)](?=\s)")
# "BAKU 00150", "05 STATE 201650", "STATE 73097"
_CITATION = re.compile(
    r"(?<![A-Z0-9])(?:(\d{2}|\d{4})\s{0,2})?([A-Z][A-Z .'-]{1,30}?)\s{1,3}0{0,6}(\d{1,6})(?![\d/])"
)


def parse_references(block: str, year: int | None) -> tuple[Reference, ...]:
    text = " ".join(block.split())
    items = _items(text)
    refs: list[Reference] = []
    for letter, raw in items:
        refs.extend(_reference(letter, raw, year))
    return tuple(refs)


def _items(text: str) -> list[tuple[str, str]]:
    starts = list(_LETTER.finditer(text))
    if not starts or starts[0].group(1) != "A":
        return [("", text)] if text else []
    items = []
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        items.append((match.group(1), text[match.end() : end].strip()))
    return items


def _reference(letter: str, raw: str, year: int | None) -> list[Reference]:
    match = _CITATION.search(raw.upper())
    if not match:
        return [Reference(letter, None, raw, "other")]
    cited_year = match.group(1)
    yy = cited_year[-2:] if cited_year else (f"{year % 100:02d}" if year else "")
    if not yy:
        return [Reference(letter, None, raw, "other")]
    ref_id = f"{yy}{station_key(match.group(2))}{int(match.group(3))}"
    return [Reference(letter, ref_id, raw, "cable")]
