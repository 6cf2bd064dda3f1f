"""The seed cable 08BAKU192, exactly as received with its OCR damage, parses fully."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cables.parsing import ParsedCable, parse_cable
from cables.tests.parsing.conftest import shared_path

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def seed() -> ParsedCable:
    return parse_cable(shared_path("seed", "08BAKU192.txt").read_text(encoding="utf-8"))


def test_it_reads_the_identity_and_envelope(seed: ParsedCable) -> None:
    assert seed.reference_id == "08BAKU192"
    assert seed.transmission_id == "VZCZCXYZ0544"
    assert seed.precedence == "PRIORITY"
    assert seed.created == datetime(2008, 3, 5, 11, 26, tzinfo=UTC)
    assert seed.origin == "AMEMBASSY BAKU"
    assert seed.station == "BAKU"


def test_it_reads_the_addressees(seed: ParsedCable) -> None:
    assert [(a.indicator, a.name, a.precedence, a.mcn) for a in seed.to] == [
        ("RUEHC", "SECSTATE WASHDC", "PRIORITY", "4864")
    ]
    assert len(seed.info) == 10
    assert seed.info[1].name == "AMEMBASSY ANKARA" and seed.info[1].mcn == "2674"
    assert seed.info[-1].name == "SECDEF WASHDC"


def test_it_reads_classification_and_captions(seed: ParsedCable) -> None:
    assert seed.classification == "CONFIDENTIAL"
    assert seed.captions == ("SIPDIS",)
    assert not seed.noforn
    assert seed.for_offices == ("EUR/CARC",)
    assert seed.eo == "12958"
    assert seed.declassify_on == date(2018, 3, 5)


def test_it_reads_tags_subject_and_classifier(seed: ParsedCable) -> None:
    assert seed.tags == ("PREL", "PGOV", "PBTS", "MARR", "MASS", "MOPS", "KPAO", "AJ")
    assert dict(seed.tag_kinds)["AJ"] == "geo"
    assert seed.subject == "AZERBAIJAN WITHDRAWING PEACEKEEPERS FROM KOSOVO"
    assert seed.classified_by == "DCM Donald Lu"
    assert seed.classification_reasons == ("1.4(b)", "1.4(d)")


def test_it_repairs_the_pilcrow_before_reference_b(seed: ParsedCable) -> None:
    assert [(r.letter, r.reference_id) for r in seed.references] == [
        ("A", "08BAKU150"),
        ("B", "08BAKU129"),
    ]


def test_it_numbers_paragraphs_one_to_five_despite_ocr(seed: ParsedCable) -> None:
    assert [(p.number, p.marking) for p in seed.paragraphs] == [
        (1, "U"),
        (2, "C"),
        (3, "C"),
        (4, "C"),
        (5, "SBU"),
    ]
    assert seed.paragraphs[0].text == "This is an action request; see paragraph 5."
    assert seed.paragraph(4) is not None
    assert "such a lateral transfer" in seed.paragraph(4).text  # type: ignore[union-attr]
    assert seed.paragraph(5).text.startswith("Action request:")  # type: ignore[union-attr]


def test_it_reports_the_ocr_repairs_as_warnings(seed: ParsedCable) -> None:
    warnings = " | ".join(seed.warnings)
    assert "paragraph 13 read as 3" in warnings
    assert "paragraph 15 read as 5" in warnings
    assert "$\\P" in warnings


def test_it_reads_the_signature(seed: ParsedCable) -> None:
    assert seed.signature == "DERSE"
    assert "DERSE" not in seed.paragraph(5).text  # type: ignore[union-attr]
