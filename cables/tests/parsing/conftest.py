"""Locating the shared corpus: ``<repo>/../shared/data``, skipped when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data; skips the test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip("../shared/data not present: corpus tests skipped")
    return path
