"""Ingesting the seed cable stores it exactly as DOMAIN.md describes it."""

from datetime import UTC, datetime

import pytest

from cables.models import ActionRequest, Cable
from cables.services import cable_ingest

pytestmark = pytest.mark.django_db


def test_it_stores_the_seed_cable(seed_text: str) -> None:
    result = cable_ingest(text=seed_text, source="seed")

    cable = Cable.objects.get(reference_id="08BAKU192")
    assert result.created and result.cable == cable
    assert cable.level == "CONFIDENTIAL"
    assert cable.precedence == "PRIORITY"
    assert cable.created == datetime(2008, 3, 5, 11, 26, tzinfo=UTC)
    assert cable.for_offices == ["EUR/CARC"]
    assert cable.subject == "AZERBAIJAN WITHDRAWING PEACEKEEPERS FROM KOSOVO"
    assert cable.tags[:3] == ["PREL", "PGOV", "PBTS"] and "AJ" in cable.tags


def test_it_numbers_the_seed_paragraphs_despite_the_ocr_damage(seed_text: str) -> None:
    cable = cable_ingest(text=seed_text).cable

    numbered = [(p.number, p.marking) for p in cable.paragraphs.exclude(number=None)]
    assert numbered == [(1, "U"), (2, "C"), (3, "C"), (4, "C"), (5, "SBU")]


def test_it_finds_the_action_request_in_paragraph_5(seed_text: str) -> None:
    cable = cable_ingest(text=seed_text).cable

    request = ActionRequest.objects.get(cable=cable)
    assert request.paragraph is not None and request.paragraph.number == 5
    assert request.pointer_paragraph is not None and request.pointer_paragraph.number == 1
    assert request.action_office == "EUR/CARC"
    assert request.explicit


def test_it_resolves_the_seed_references(seed_text: str) -> None:
    cable = cable_ingest(text=seed_text).cable

    cited = [(r.letter, r.cited_reference_id) for r in cable.references.all()]
    assert cited == [("A", "08BAKU150"), ("B", "08BAKU129")]
