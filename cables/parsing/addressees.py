"""The TO and INFO lines of the envelope, as (line, excluded posts) entries.

A page header can interrupt them ("TO PAGE 02  STATE 023763 071504Z"), and a collective
can be followed by "XMT" lines naming the posts it is not transmitted to.
"""

from __future__ import annotations

import re

from cables.parsing.text import squeeze

Entry = tuple[str, list[str]]

_PAGE = re.compile(r"^PAGE\s{1,10}\d{1,3}\b")
_XMT = re.compile(r"^XMT\b[\s/]{0,3}")
_STOP_WORDS = ("BT", "ZEN", "ZNY", "ZNR", "NNNN", "SUBJECT", "SUBJ", "TAGS", "E.O.", "REF", "<<")


def collect_addressees(text: str, start: int) -> tuple[list[Entry], list[Entry], int]:
    to: list[Entry] = []
    info: list[Entry] = []
    current: list[Entry] | None = None
    excluding = False
    offset = start
    for raw in text[start:].split("\n"):
        line = squeeze(raw)
        if not line:
            if current:
                break
            offset += len(raw) + 1
            continue
        upper = line.upper()
        if upper.startswith("TO "):
            current, line, upper, excluding = to, line[3:], upper[3:], False
        elif upper.startswith("INFO "):
            current, line, upper, excluding = info, line[5:], upper[5:], False
        # Inlined (a dozen lines a cable): a stop word or a '//' or '<<' line ends the list.
        elif (
            current is None
            or "//" in upper[:3]
            or (
                upper.startswith(_STOP_WORDS) and not upper.startswith("ZEN/")  # "ZEN/AMEMBASSY"
            )
        ):
            break
        offset += len(raw) + 1
        if excluding or upper.startswith(("PAGE", "XMT")):
            excluding = _add(current, line, excluding)
        elif line:  # the common case, without a call: one more addressee
            current.append((line, []))
    return to, info, min(offset, len(text))


def _add(entries: list[Entry], line: str, excluding: bool) -> bool:
    """Add one line; returns whether the following lines are XMT exclusions."""
    head = line[:4].upper()  # both patterns start with a fixed word: test it before the regex
    if head == "PAGE" and _PAGE.match(line.upper()):
        return excluding
    xmt = _XMT.match(line.upper()) if head[:3] == "XMT" else None
    if xmt:
        line = line[xmt.end() :].strip()
        excluding = True
    if excluding:
        if entries and line:
            entries[-1][1].append(line)
        return True
    if line:
        entries.append((line, []))
    return False
