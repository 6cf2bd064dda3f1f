"""A cable written for the tests parses into every field."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cables.parsing import parse_cable
from cables.tests.parsing.conftest import SAMPLE


def test_it_reads_every_header_field() -> None:
    cable = parse_cable(SAMPLE)
    assert cable.reference_id == "09BRUSSELS42"
    assert cable.created == datetime(2009, 1, 10, 12, 0, tzinfo=UTC)
    assert (cable.precedence, cable.info_precedence) == ("IMMEDIATE", "IMMEDIATE")
    assert cable.classification == "CONFIDENTIAL"
    assert cable.for_offices == ("EUR/WE", "EUR/ERA")
    assert cable.declassify_on == date(2019, 1, 10)
    assert cable.tags == ("PREL", "ECON", "BE")
    assert dict(cable.tag_kinds) == {"PREL": "subject", "ECON": "subject", "BE": "geo"}
    assert (cable.subject, cable.subject_marking) == ("BELGIAN VIEWS ON A TEST TOPIC", "C")
    assert cable.classified_by == "Ambassador Jane Q. Public"
    assert [(r.letter, r.reference_id) for r in cable.references] == [
        ("A", "09BRUSSELS17"),
        ("B", "08STATE12345"),
    ]


def test_it_reads_the_body_without_page_lines() -> None:
    cable = parse_cable(SAMPLE)
    assert [p.number for p in cable.paragraphs] == [1, 2]
    assert cable.summary == "Belgium has views."
    assert "00000042" not in cable.paragraphs[1].text
    assert cable.paragraphs[1].text.endswith("More text of paragraph two.")
    assert cable.signature == "PUBLIC"


def test_it_reads_the_addressees() -> None:
    cable = parse_cable(SAMPLE)
    assert [(a.indicator, a.name, a.precedence, a.mcn) for a in cable.to] == [
        ("RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "1234")
    ]
    assert cable.info[0].name == "AMEMBASSY PARIS"
