"""Read the labelled header blocks: subject, E.O. line; passing lines are read in passing.py."""

from __future__ import annotations

import html
import re
from datetime import date

_SUBJECT_MARK = re.compile(
    r"^\(\s{0,2}([A-Za-z]{1,4}(?:\s{0,2}/{1,2}\s{0,2}[A-Za-z]{1,6}){0,3})\s{0,2}\)\s{0,3}"
)
_HYPHEN_BREAK = re.compile(r"(?<=\w)-\s{0,3}\n")
# Text a collapsed header ran into the subject line.
_SUBJECT_RUN_IN = re.compile(
    r"\s(?:Sensitive\s{1,3}but\b|This\s{1,3}is\s{1,3}an\s{1,3}action\s{1,3}request)",
    re.IGNORECASE,
)
_EO_NUMBER = re.compile(r"(\d{5})|\bN\s?/\s?A\b", re.IGNORECASE)
_DECL_DATE = re.compile(r"(\d{1,4})\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{2,4})")


def subject_and_marking(block: str) -> tuple[str, str]:
    if "\n" in block and "-" in block:  # "US-" / "LATIN": one hyphenated word
        block = _HYPHEN_BREAK.sub("-", block)
    subject = " ".join(html.unescape(block).replace("\\", " ").split())
    run_in = _SUBJECT_RUN_IN.search(subject)
    if run_in:
        subject = subject[: run_in.start()].rstrip()
    match = _SUBJECT_MARK.match(subject)
    if not match:
        return subject, ""
    marking = "".join(match.group(1).split()).upper()
    return subject[match.end() :].strip(), marking


def eo_and_declassify(block: str) -> tuple[str, date | None]:
    number = _EO_NUMBER.search(block)
    eo = ""
    if number:
        eo = number.group(1) or "N/A"
    rest = block[number.end() :] if number else block
    return eo, _declassify_date(rest)


def _declassify_date(text: str) -> date | None:
    match = _DECL_DATE.search(text)
    if not match:
        return None
    first, second, third = match.groups()
    try:
        if len(first) == 4:  # 2020/02/23
            return date(int(first), int(second), int(third))
        year = int(third) if len(third) == 4 else 2000 + int(third)
        return date(year, int(first), int(second))
    except ValueError:
        return None
