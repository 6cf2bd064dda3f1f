"""Re-ingest changes nothing; bad input is refused with a reason and leaves no row."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cables.models import ActionRequest, Cable, Paragraph
from cables.services import IngestError, cable_ingest

pytestmark = pytest.mark.django_db


def test_it_ingests_identical_text_once(seed_text: str) -> None:
    first = cable_ingest(text=seed_text)
    second = cable_ingest(text=seed_text)

    assert first.created and not second.created
    assert second.cable.pk == first.cable.pk
    assert Cable.objects.count() == 1
    assert ActionRequest.objects.count() == 1
    assert Paragraph.objects.filter(cable=first.cable).count() == first.cable.paragraphs.count()


def test_it_refuses_different_text_under_a_stored_reference_id(seed_text: str) -> None:
    cable_ingest(text=seed_text)

    with pytest.raises(IngestError, match="already stored with different text"):
        cable_ingest(text=seed_text.replace("87 votes", "88 votes"))
    assert Cable.objects.get().raw_text == seed_text


def test_it_refuses_garbage_with_a_reason_and_no_row() -> None:
    with pytest.raises(IngestError, match="not a cable"):
        cable_ingest(text="Dear diary, today nothing happened.\n" * 20)
    assert Cable.objects.count() == 0


def test_it_refuses_text_over_the_size_limit(settings: object, seed_text: str) -> None:
    settings.INGEST_MAX_BYTES = 1000  # type: ignore[attr-defined]
    with pytest.raises(IngestError, match="limit"):
        cable_ingest(text=seed_text)
    assert Cable.objects.count() == 0


def test_the_command_reports_a_bad_file_and_still_ingests_the_rest(
    tmp_path: Path, seed_text: str
) -> None:
    (tmp_path / "a_garbage.txt").write_text("not a cable at all\n")
    (tmp_path / "b_seed.txt").write_text(seed_text)
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="1 input"):
        call_command("ingest", str(tmp_path), stdout=out, stderr=err)

    assert "a_garbage.txt: not a cable" in err.getvalue()
    assert "08BAKU192" in out.getvalue()
    assert list(Cable.objects.values_list("reference_id", flat=True)) == ["08BAKU192"]


def test_the_command_names_a_missing_path(tmp_path: Path) -> None:
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path / "nope.txt"), stdout=io.StringIO(), stderr=err)
    assert "nope.txt: no such file or directory" in err.getvalue()
