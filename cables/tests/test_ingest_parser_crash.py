"""A parser bug on one cable is that cable's error line, not the end of the whole batch."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cables import services
from cables.models import Cable
from cables.parsing import ParsedCable, parse_cable

pytestmark = pytest.mark.django_db


def parser_with_a_bug(text: str) -> ParsedCable:
    # The parser is another module's: stand in for a bug it may have on some odd cable.
    if "ODD" in text:
        raise IndexError("list index out of range")
    return parse_cable(text)


def test_the_command_names_the_cable_the_parser_failed_on_and_ingests_the_rest(
    tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "parse_cable", parser_with_a_bug)
    (tmp_path / "a_odd.txt").write_text(seed_text.replace("SIPDIS", "SIPDIS ODD"))
    (tmp_path / "b_seed.txt").write_text(seed_text)
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="1 input"):
        call_command("ingest", str(tmp_path), stdout=out, stderr=err)

    assert "a_odd.txt: the parser failed (IndexError" in err.getvalue()
    assert list(Cable.objects.values_list("reference_id", flat=True)) == ["08BAKU192"]
