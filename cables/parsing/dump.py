"""The Cablegate dump's own metadata when a text carries it.

cables.csv rows were pasted into some texts, either as lines

    <<240168>>
    12/16/2009 14:15
    09NAIROBI2497
    Embassy Nairobi
    SECRET//NOFORN
    09NAIROBI2487|09STATE122115

or as one tab-separated row (``2007-09-11 09:44:00<TAB>07BERN881<TAB>Embassy Bern<TAB>SECRET...``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

_LINES = re.compile(
    r"^<<\d{1,9}>>[ \t]*\n[ \t]*(?P<date>\d{1,2}/\d{1,2}/\d{4}[ \t]{1,3}\d{1,2}:\d{2})[ \t]*\n"
    r"[ \t]*(?P<ref>\d{2,4}[A-Z][A-Z0-9-]{1,40}?\d{1,7})[ \t]*\n[ \t]*(?P<origin>[^\n]{1,80})\n"
    r"[ \t]*(?P<classification>[A-Z][A-Z /]{2,60})[ \t]*\n",
    re.MULTILINE,
)
_TABS = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}[ \t]\d{2}:\d{2}(?::\d{2})?)"
    r"\t(?P<ref>\d{2,4}[A-Z][A-Z0-9-]{1,40}?\d{1,7})"
    r"\t(?P<origin>[^\t\n]{1,80})\t(?P<classification>[A-Z][A-Z /]{2,60})\t",
    re.MULTILINE,
)


@dataclass(frozen=True)
class DumpRow:
    reference_id: str
    created: datetime | None
    origin: str
    classification: str
    end: int  # offset just after the metadata


def find_dump_row(text: str, limit: int = 20000) -> DumpRow | None:
    # One-character searches first: a memchr, where searching for "<<" is several times slower.
    lines = text.find("<", 0, limit) >= 0 and text.find("<<", 0, limit) >= 0
    match = (_LINES.search(text, 0, limit) if lines else None) or (
        _TABS.search(text, 0, limit) if text.find("\t", 0, limit) >= 0 else None
    )
    if not match:
        return None
    return DumpRow(
        reference_id=match.group("ref"),
        created=_created(match.group("date")),
        origin=match.group("origin").strip(),
        classification=" ".join(match.group("classification").split()),
        end=match.end(),
    )


def _created(value: str) -> datetime | None:
    for pattern in ("%m/%d/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(" ".join(value.split()), pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None
