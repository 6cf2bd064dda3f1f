"""Text holding NUL characters is refused with a reason on every database (PostgreSQL cannot
store it), instead of crashing the batch there and going in on SQLite."""

import pytest

from cables.models import Cable
from cables.services import IngestError, cable_ingest

pytestmark = pytest.mark.django_db


def test_it_refuses_a_cable_with_a_nul_character(seed_text: str) -> None:
    with pytest.raises(IngestError, match="NUL"):
        cable_ingest(text=seed_text.replace("SIPDIS", "SIPDIS\x00", 1))

    assert not Cable.objects.exists()
