"""The summary: the text between 'SUMMARY:' (or a SUMMARY heading) and 'END SUMMARY'."""

from __future__ import annotations

import re

_START = re.compile(
    r"(?<!END )(?<!End )(?<!end )\bSUMMARY(?:\s{1,3}AND\s{1,3}(?:COMMENT|ACTION\s{1,3}REQUEST))?"
    r"\s{0,3}[:.-]{0,3}",
    re.IGNORECASE,
)
_END = re.compile(r"\b[Ee][Nn][Dd]\s{1,3}(?:[Oo][Ff]\s{1,3})?[Ss][Uu][Mm][Mm][Aa][Rr][Yy]\b")
_LEAD = re.compile(
    r"^(?:[\s-]{0,80}|¶?\d{1,3}\s{0,2}\.\s{0,4}(?:\([A-Za-z/ ]{1,12}\)\s{0,3})?)"
    r"(?:SUMMARY(?:\s{1,3}AND\s{1,3}(?:COMMENT|ACTION\s{1,3}REQUEST))?\s{0,3}[:.-]{1,3}\s{0,3})?",
    re.IGNORECASE,
)
_LIMIT = 20000
_WORDS = ("SUMMARY", "Summary", "summary")


def find_summary(text: str) -> str:
    head = text[:_LIMIT]
    found = [at for at in (head.find(w) for w in _WORDS) if at >= 0]
    if not found:  # most cables have none; lower() of a long text costs more than three finds
        return ""
    start = _START.search(head, max(0, min(found) - 4))
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
