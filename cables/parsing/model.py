"""The parsed form of a cable: frozen dataclasses, no Django.

Field names match the JSON keys printed by ``python -m cables.parsing``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

T = TypeVar("T")

PRECEDENCES = ("FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE")
LEVELS = ("UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET")


class CableParseError(ValueError):
    """Text that is not a cable, with a reason a person understands."""


@dataclass(frozen=True)
class Addressee:
    indicator: str  # routing indicator, e.g. "RUEHC"; "" when the line has none
    name: str  # e.g. "SECSTATE WASHDC"
    precedence: str = ""  # FLASH|IMMEDIATE|PRIORITY|ROUTINE, "" when not stated
    mcn: str = ""  # message continuity number
    niact: bool = False
    excluded: tuple[str, ...] = ()  # "XMT" lines: members of a collective not sent to


@dataclass(frozen=True)
class Reference:
    letter: str  # "A", "B", ... or "" for a single reference
    reference_id: str | None  # canonical id with the year resolved, None if not a cable
    raw: str  # the text as written
    kind: str = "cable"  # "cable" or "other" (a memo, an email, a telcon...)


@dataclass(frozen=True)
class Paragraph:
    number: int | None  # None for unnumbered text before paragraph 1
    marking: (
        str  # portion marking without parentheses, upper case: "U", "SBU", "C", "S//NF"; "" if none
    )
    text: str  # the paragraph text without its number and marking


@dataclass(frozen=True)
class ParsedCable:
    reference_id: str
    created: datetime | None = None  # from the DTG, timezone-aware UTC
    precedence: str = ""  # action precedence
    info_precedence: str = ""
    transmission_id: str = ""
    niact: tuple[str, ...] = ()  # names of NIACT addressees
    origin: str = ""  # e.g. "AMEMBASSY BAKU" or the station, e.g. "BAKU"
    station: str = ""  # the station in the reference id, e.g. "BAKU", "STATE"
    to: tuple[Addressee, ...] = ()
    info: tuple[Addressee, ...] = ()
    classification: str = ""  # e.g. "CONFIDENTIAL", "SECRET//NOFORN"
    captions: tuple[str, ...] = ()
    for_offices: tuple[str, ...] = ()
    eo: str = ""  # "12958", "13526", "N/A"
    declassify_on: date | None = None
    tags: tuple[str, ...] = ()
    tag_kinds: tuple[
        tuple[str, str], ...
    ] = ()  # (tag, kind) with kind subject|program|geo|org|unknown
    subject: str = ""
    subject_marking: str = ""
    references: tuple[Reference, ...] = ()
    classified_by: str = ""
    classification_reasons: tuple[str, ...] = ()
    summary: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    signature: str = ""
    partial_extract: bool = False
    # Portions marked NOFORN ("(C/NF)") in a cable whose banner is not: WikiLeaks and the
    # banner say the cable is not NOFORN, but those paragraphs are.
    portion_noforn: bool = False
    warnings: tuple[str, ...] = field(default=())

    @property
    def level(self) -> str:
        """The classification level alone: "SECRET" for "SECRET//NOFORN"."""
        return self.classification.split("//")[0].strip()

    @property
    def noforn(self) -> bool:
        return "NOFORN" in self.classification or "NOFORN" in self.captions

    def paragraph(self, number: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.number == number:
                return p
        return None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with the CLI's key names."""
        return _jsonable(self)  # type: ignore[no-any-return]


def built(cls: type[T], values: dict[str, Any]) -> T:
    """An instance of a frozen dataclass made from all its field values, without __init__.

    A frozen dataclass's __init__ sets each field through object.__setattr__: for the twenty
    or so paragraphs, addressees and references of a cable that costs as much as reading them.
    The values must name every field, already of its type (no defaults, no __post_init__);
    tests check that an instance built so equals one made by the constructor.
    """
    instance = object.__new__(cls)
    object.__setattr__(instance, "__dict__", values)
    return instance


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    if cls not in _FIELD_NAMES:
        _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return _FIELD_NAMES[cls]


def _jsonable(value: Any) -> Any:
    """Like dataclasses.asdict, then JSON types; without asdict's deep copies (far faster)."""
    kind = type(value)
    if kind in _PLAIN or value is None:
        return value
    if kind is tuple or kind is list:
        return [_jsonable(v) for v in value]
    if kind in _FIELD_NAMES or (dataclasses.is_dataclass(value) and not isinstance(value, type)):
        return {name: _jsonable(getattr(value, name)) for name in _field_names(kind)}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


_PLAIN = frozenset({str, int, float, bool})
