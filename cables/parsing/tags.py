"""The TAGS line: split, upper-cased, obvious drafting errors corrected, kinds attached."""

from __future__ import annotations

import re

_SPLIT = re.compile(r"[\s,;]+")
_TAG = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


def parse_tags(block: str) -> tuple[str, ...]:
    first_line = block.split("\n", 1)[0]
    tags: list[str] = []
    for token in _SPLIT.split(first_line.upper()):
        token = token.strip(".:-")
        if _TAG.match(token) and token not in tags:
            tags.append(token)
    return tuple(tags)


def tag_kinds(tags: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((tag, _kind(tag)) for tag in tags)


def _kind(tag: str) -> str:
    if len(tag) == 2:
        return "geo"
    if tag.startswith("K"):
        return "program"
    if tag.startswith(("P", "E", "M", "S", "O", "C", "T", "A")) and len(tag) == 4:
        return "subject"
    return "unknown"
