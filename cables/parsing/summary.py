"""The summary: the text between 'SUMMARY:' (or a SUMMARY heading) and 'END SUMMARY'."""

from __future__ import annotations

import re

_START = re.compile(
    r"(?<!END )(?<!End )(?<!end )\bSUMMARY(?:\s{1,3}AND\s{1,3}(?:COMMENT|ACTION\s{1,3}REQUEST))?"
    r"\s{0,3}[:.-]{0,3}",
    re.IGNORECASE,
)
_END = re.compile(r"\bEND\s{1,3}(?:OF\s{1,3})?SUMMARY\b", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:[\s-]{0,80}|¶?\d{1,3}\s{0,2}\.\s{0,4}(?:\([A-Za-z/ ]{1,12}\)\s{0,3})?)"
    r"(?:SUMMARY(?:\s{1,3}AND\s{1,3}(?:COMMENT|ACTION\s{1,3}REQUEST))?\s{0,3}[:.-]{1,3}\s{0,3})?",
    re.IGNORECASE,
)
_LIMIT = 20000


def find_summary(text: str) -> str:
    start = _START.search(text, 0, _LIMIT)
    if not start:
        return ""
    rest = text[start.end() : start.end() + _LIMIT]
    rest = _strip_lead(rest)
    end = _END.search(rest)
    if end:
        rest = rest[: end.start()]
    else:  # no end marker: the summary is its paragraph
        blank = re.search(r"\n[ \t]*\n", rest)
        rest = rest[: blank.start()] if blank else rest
    lines = [" ".join(line.split()) for line in rest.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def _strip_lead(rest: str) -> str:
    """Drop dashes, the paragraph number and marking, and a repeated 'Summary:' label."""
    for _ in range(3):
        match = _LEAD.match(rest)
        if not match or not match.group(0):
            break
        rest = rest[match.end() :]
    return rest
