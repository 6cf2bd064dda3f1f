"""The cable parser: pure Python, no Django. ``python -m cables.parsing FILE...``."""

from cables.parsing.model import (
    Addressee,
    CableParseError,
    Paragraph,
    ParsedCable,
    Reference,
)
from cables.parsing.parser import parse_cable

__all__ = [
    "Addressee",
    "CableParseError",
    "Paragraph",
    "ParsedCable",
    "Reference",
    "parse_cable",
]
