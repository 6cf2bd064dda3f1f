"""The summary: the text between 'SUMMARY:' (or a SUMMARY heading) and 'END SUMMARY'.

Without a start label, paragraph 1 up to 'END SUMMARY' is the summary; without an end
marker, the summary is the paragraph the label opens.
"""

from __future__ import annotations

import re

_LABEL = (
    r"SUMMARY(?:\s{1,3}AND\s{1,3}(?:COMMENT|ACTION\s{1,3}REQUEST|INTRODUCTION"
    r"|TABLE\s{1,3}OF\s{1,3}CONTENTS)|/COMMENT)?"
)
_START = re.compile(
    rf"(?<!END\s)(?<!End\s)(?<!end\s)\b{_LABEL}\s{{0,3}}[:.-]{{0,3}}",
    re.IGNORECASE,
)
_END = re.compile(r"\b[Ee][Nn][Dd]\s{1,3}(?:[Oo][Ff]\s{1,3})?[Ss][Uu][Mm][Mm][Aa][Rr][Yy]\b")
# Rules, the paragraph number and marking, and a repeated label before the summary text.
_LEAD = re.compile(
    r"^[\s=\-]{0,200}(?:¶?\d{1,3}\s{0,2}\.\s{0,4}(?:\([A-Za-z/ ]{1,12}\)\s{0,3})?)?"
    rf"(?:{_LABEL}\s{{0,3}}[:.-]{{1,3}}\s{{0,3}})?(?:\([A-Za-z/ ]{{1,12}}\)\s{{0,3}})?",
    re.IGNORECASE,
)
_FIRST_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]{0,8}¶?1\s{0,2}\.")
_NUMBERED_LINE = re.compile(r"^¶?\d{1,3}\s{0,2}\.\s{0,4}(?:\([A-Za-z/ ]{1,12}\)\s{0,3})?")
_RULE = re.compile(r"\s[-=‐]{4,}")
_LIMIT = 20000
_WINDOW = 8000  # a summary is a paragraph or two
_WORDS = ("SUMMARY", "Summary", "summary")


def find_summary(text: str) -> str:
    head = text[:_LIMIT]
    found = [at for at in (head.find(w) for w in _WORDS) if at >= 0]
    if not found:  # most cables have none; lower() of a long text costs more than three finds
        return ""
    start = _first_label(head, min(found))
    if start is None:
        return _unlabelled(head, _END.search(head))
    earlier_end = _END.search(head, 0, start.start())
    if earlier_end is not None:  # 'END SUMMARY' before any label: paragraph 1 was it
        return _unlabelled(head, earlier_end)
    rest = _LEAD.sub("", head[start.end() : start.end() + _WINDOW], count=1)
    end = _END.search(rest)
    if end:
        rest = rest[: end.start()]
    else:  # no end marker: the summary is its paragraph
        stop = re.search(r"\n[ \t]*\n", rest) or _RULE.search(rest)
        rest = rest[: stop.start()] if stop else rest
    return _tidy(rest)


def _first_label(head: str, at: int) -> re.Match[str] | None:
    """The first 'SUMMARY' label from `at`, trying only where the word occurs."""
    for _ in range(8):
        match = _START.match(head, at)
        if match:
            return match
        nexts = [n for n in (head.find(w, at + 1) for w in _WORDS) if n >= 0]
        if not nexts:
            return None
        at = min(nexts)
    return _START.search(head, at)


def _unlabelled(head: str, end: re.Match[str] | None) -> str:
    """Paragraph 1 up to 'END SUMMARY', when no label opened the summary."""
    if end is None:
        return ""
    first = _FIRST_PARAGRAPH.search(head, 0, end.start())
    if first is None:
        return ""
    return _tidy(_LEAD.sub("", head[first.end() - 2 : end.start()], count=1))


def _tidy(summary: str) -> str:
    """Lines stripped, blank lines and rules dropped, paragraph numbers inside removed."""
    lines = (_NUMBERED_LINE.sub("", " ".join(line.split())) for line in summary.split("\n"))
    return "\n".join(line for line in lines if line and not set(line) <= set("-=‐ ")).strip()
