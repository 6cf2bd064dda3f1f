"""Field readers for a fragment of a cable (a header excerpt, a REF block, a last page).

parse_cable composes the same readers over a whole cable; these entry points let tests and
the evaluation check one field on a fragment, as other parsers' test suites do.
"""

from __future__ import annotations

from datetime import date

from cables.parsing import fields
from cables.parsing.blocks import HeaderBlocks, split_blocks
from cables.parsing.classifier import classified_by, classifier_name, find_classified_by
from cables.parsing.header import parse_addressee, split_addressees
from cables.parsing.model import Addressee, Reference
from cables.parsing.references import parse_references
from cables.parsing.signature import find_signature
from cables.parsing.summary import find_summary
from cables.parsing.tags import parse_tags
from cables.parsing.text import normalise


def _blocks(text: str) -> HeaderBlocks:
    return split_blocks(normalise(text, []).split("\n"))


def subject_of(text: str) -> tuple[str, str]:
    """(subject, portion marking) of the first SUBJECT block."""
    return fields.subject_and_marking(_blocks(text).blocks.get("SUBJECT", ""))


def tags_of(text: str, *, repair: bool = True) -> tuple[str, ...]:
    return parse_tags(_blocks(text).blocks.get("TAGS", ""), repair=repair)


def references_of(text: str, year: int | None, own_station: str = "") -> tuple[Reference, ...]:
    return parse_references(_blocks(text).blocks.get("REF", ""), year, own_station)


def classified_by_of(text: str) -> tuple[str, tuple[str, ...]]:
    """(who, reasons) from a 'Classified By:' line, in the header or in paragraph 1."""
    return classified_by(find_classified_by(normalise(text, [])))


def classifier_name_of(text: str) -> str:
    return classifier_name(classified_by_of(text)[0])


def declassify_on_of(text: str) -> date | None:
    return fields.eo_and_declassify(_blocks(text).blocks.get("EO", ""))[1]


def signature_of(text: str) -> str:
    return find_signature(normalise(text, []).split("\n"))


def summary_of(text: str) -> str:
    return find_summary(normalise(text, []))


def addressees_of(text: str) -> tuple[tuple[Addressee, ...], tuple[Addressee, ...]]:
    to, info = split_addressees(normalise(text, []))
    return tuple(map(parse_addressee, to)), tuple(map(parse_addressee, info))
