"""The classification line ("CONFIDENTIAL BAKU 000192") and the reference id it gives."""

from __future__ import annotations

import re
from dataclasses import dataclass


def _spaced(word: str) -> str:
    # "C O N F I D E N T I A L" and "S e c r e t" are common in Cablegate.
    return r"\s?".join(re.escape(ch) if ch != " " else r"\s{1,3}" for ch in word)


_LEVEL_WORDS = {
    "TOP SECRET": "TOP SECRET",
    "SECRET": "SECRET",
    "CONFIDENTIAL": "CONFIDENTIAL",
    "UNCLASSIFIED": "UNCLASSIFIED",
    "UNCLAS": "UNCLASSIFIED",
    "LIMITED OFFICIAL USE": "LIMITED OFFICIAL USE",
}
_LEVEL = "|".join(_spaced(w) for w in _LEVEL_WORDS)
# LEVEL [caveats] [SECTION nn OF nn] STATION SERIAL
CLASSIFICATION_LINE = re.compile(
    rf"^[ \t]{{0,10}}(?P<level>{_LEVEL})\b(?P<caveat>[ \t/A-Za-z,]{{0,60}}?)"
    r"(?:[ \t]{1,5}SECTION[ \t]{1,3}\d{1,3}[ \t]{1,3}OF[ \t]{1,3}\d{1,3})?"
    r"[ \t]{1,8}(?P<station>[A-Za-z][A-Za-z \t.'-]{0,40}?)[ \t]{1,5}(?P<serial>\d{1,7})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
CAVEATS = ("NOFORN", "SENSITIVE", "EFTO", "ORCON", "PROPIN", "NOCONTRACT", "REL")


@dataclass(frozen=True)
class IdLine:
    level: str
    caveats: tuple[str, ...]
    station: str
    serial: str
    start: int
    end: int


def level_of(word: str) -> str:
    squeezed = " ".join(word.upper().split())
    if squeezed.replace(" ", "") in {w.replace(" ", "") for w in _LEVEL_WORDS}:
        for key, value in _LEVEL_WORDS.items():
            if key.replace(" ", "") == squeezed.replace(" ", ""):
                return value
    return ""


def find_id_line(text: str, start: int = 0) -> IdLine | None:
    match = CLASSIFICATION_LINE.search(text, start)
    if not match:
        return None
    caveat_text = match.group("caveat").upper()
    caveats = tuple(c for c in CAVEATS if re.search(rf"\b{c}\b", caveat_text))
    return IdLine(
        level=level_of(match.group("level")),
        caveats=caveats,
        station=station_key(match.group("station")),
        serial=str(int(match.group("serial"))),
        start=match.start(),
        end=match.end(),
    )


def station_key(name: str) -> str:
    """The station as it appears in a reference id: upper case, no spaces or punctuation."""
    return re.sub(r"[^A-Z]", "", name.upper())
