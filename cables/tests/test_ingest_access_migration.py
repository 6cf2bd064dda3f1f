"""Cables ingested before ingest failed closed are brought in line by migrations 0002 and 0003."""

import importlib

import pytest
from django.apps import apps

from cables.models import Cable, Paragraph

pytestmark = pytest.mark.django_db
migration = importlib.import_module("cables.migrations.0002_access_fails_closed")
raised = importlib.import_module("cables.migrations.0003_level_from_portions")


def stored(reference_id: str, **fields: object) -> Cable:
    return Cable.objects.create(reference_id=reference_id, raw_text="x", sha256="0" * 64, **fields)


def test_it_marks_noforn_portions_and_unread_classifications_as_before_ingest_now_does() -> None:
    portion = stored("08TBILISI2101", classification="CONFIDENTIAL", level="CONFIDENTIAL")
    Paragraph.objects.create(cable=portion, position=0, number=1, marking="C/NF", text="t")
    subject = stored("08TBILISI2102", classification="SECRET", subject_marking="S//NF")
    plain = stored(
        "08TBILISI2103", classification="CONFIDENTIAL", level="CONFIDENTIAL", level_rank=1
    )
    unread = stored("08TBILISI2104", classification="")

    migration.forwards(apps, None)

    noforn = set(Cable.objects.filter(noforn=True).values_list("reference_id", flat=True))
    assert noforn == {portion.reference_id, subject.reference_id}
    unread.refresh_from_db()
    plain.refresh_from_db()
    assert (unread.level, unread.level_rank) == ("TOP SECRET", 3)
    assert (plain.level, plain.level_rank, plain.noforn) == ("CONFIDENTIAL", 1, False)


def test_it_raises_a_cable_to_the_level_of_its_highest_portion() -> None:
    misfiled = stored("10MEXICO2105", classification="UNCLASSIFIED")
    for position, marking in enumerate(["C", "S", "U"]):
        Paragraph.objects.create(cable=misfiled, position=position, marking=marking, text="t")
    fine = stored("10MEXICO2106", classification="SECRET", level="SECRET", level_rank=2)
    Paragraph.objects.create(cable=fine, position=0, marking="C", text="t")

    raised.forwards(apps, None)

    misfiled.refresh_from_db()
    fine.refresh_from_db()
    assert (misfiled.level, misfiled.level_rank) == ("SECRET", 2)
    assert (fine.level, fine.level_rank, fine.warnings) == ("SECRET", 2, [])
