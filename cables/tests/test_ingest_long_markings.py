"""Long releasability markings are stored whole, not cut (they decide who may read)."""

import pytest

from cables.services import cable_ingest

pytestmark = pytest.mark.django_db
LONG = "C//REL TO USA, AZERBAIJAN, GEORGIA, ARMENIA, TURKEY, UKRAINE AND MOLDOVA"


def test_it_keeps_a_long_releasability_marking_whole(seed_text: str) -> None:
    text = seed_text.replace("¶2. (C) The Azerbaijani", f"¶2. ({LONG}) The Azerbaijani")

    cable = cable_ingest(text=text).cable

    assert len(LONG) > 32
    assert cable.paragraphs.get(number=2).marking == LONG
