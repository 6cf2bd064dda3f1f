"""The summary: the text between 'SUMMARY:' (or a SUMMARY heading) and 'END SUMMARY'.

Without a start label, paragraph 1 up to 'END SUMMARY' is the summary; without an end
marker, the summary is the paragraph the label opens.
"""

from __future__ import annotations

import re

from cables.parsing.text import squeeze

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
_NUMBER_CHARS = frozenset("0123456789¶")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_RULE = re.compile(r"\s[-=‐]{4,}")
_LIMIT = 20000
_WINDOW = 8000  # a summary is a paragraph or two


def find_summary(text: str) -> str:
    head = text[:_LIMIT]
    first = _first_word(head, 0, len(head))
    if first < 0:  # most cables have none; lower() of a long text costs more than two finds
        return ""
    start = _first_label(head, first)
    # No summary word comes before `first`: the END searches start there.
    if start is None:
        return _unlabelled(head, _find_end(head, first, len(head)))
    earlier_end = _find_end(head, first, start.start())
    if earlier_end is not None:  # 'END SUMMARY' before any label: paragraph 1 was it
        return _unlabelled(head, earlier_end)
    rest = _after_lead(head[start.end() : start.end() + _WINDOW])
    end = _find_end(rest, 0, len(rest))
    if end:
        rest = rest[: end.start()]
    else:  # no end marker: the summary is its paragraph
        stop = _BLANK_LINE.search(rest) or _RULE.search(rest)
        rest = rest[: stop.start()] if stop else rest
    return _tidy(rest)


def _first_word(text: str, start: int, stop: int) -> int:
    """Where 'SUMMARY', 'Summary' or 'summary' first occurs in text[start:stop], or -1.

    Two searches instead of three: 'Summary' and 'summary' share 'ummary'. The second only
    looks before the first's hit (a word starting there ends six characters later).
    """
    upper = text.find("SUMMARY", start, stop)
    if upper >= 0:
        stop = min(stop, upper + 6)
    at = start + 1
    while True:
        lower = text.find("ummary", at, stop)
        if lower < 0 or text[lower - 1] in "Ss":
            break
        at = lower + 1
    lower = lower - 1 if lower >= 0 else -1
    return lower if upper < 0 or 0 <= lower < upper else upper


# The word after END: found with str.find, then END checked just before it.
_END_BEFORE = re.compile(r"[Ee][Nn][Dd]\s{1,3}(?:[Oo][Ff]\s{1,3})?$")


def _find_end(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The first 'END SUMMARY' (any case, 'END OF SUMMARY') between start and stop."""
    at = start
    while True:
        at = _first_word(text, at, stop)
        if at < 0:
            return None
        if _END_BEFORE.search(text, max(0, at - 12), at):
            return _END.search(text, max(0, at - 12), min(len(text), at + 7))
        at += 7


def _first_label(head: str, at: int) -> re.Match[str] | None:
    """The first 'SUMMARY' label from `at`, trying only where the word occurs."""
    for _ in range(8):
        match = _START.match(head, at)
        if match:
            return match
        at = _first_word(head, at + 1, len(head))
        if at < 0:
            return None
    return _START.search(head, at)


def _unlabelled(head: str, end: re.Match[str] | None) -> str:
    """Paragraph 1 up to 'END SUMMARY', when no label opened the summary."""
    if end is None:
        return ""
    first = _FIRST_PARAGRAPH.search(head, 0, end.start())
    if first is None:
        return ""
    return _tidy(_after_lead(head[first.end() - 2 : end.start()]))


def _after_lead(text: str) -> str:
    lead = _LEAD.match(text)  # match, not sub: an anchored pattern is tried once
    return text[lead.end() :] if lead else text


def _tidy(summary: str) -> str:
    """Lines stripped, blank lines and rules dropped, paragraph numbers inside removed."""
    kept = []
    for raw in summary.split("\n"):
        line = squeeze(raw)
        if line[:1] in _NUMBER_CHARS:
            line = _NUMBERED_LINE.sub("", line)
        if line.strip("-=‐ "):
            kept.append(line)
    return "\n".join(kept).strip()
