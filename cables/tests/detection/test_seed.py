from pathlib import Path

import pytest

from cables.detection import detect

SEED = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "seed" / "08BAKU192.txt"


def test_it_finds_the_seed_request_at_paragraph_five() -> None:
    if not SEED.exists():
        pytest.skip("../shared/data not present: corpus tests skipped")
    from cables.parsing import parse_cable

    requests = detect(parse_cable(SEED.read_text(encoding="utf-8")))
    assert len(requests) == 1
    request = requests[0]
    assert request.paragraph == 5
    assert request.pointer_paragraph == 1
    assert request.action_office == "EUR/CARC"
    assert request.explicit is True
    assert request.deadline is None
