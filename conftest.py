"""Shared test fixtures: where the shared corpus lives, named users come later."""

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parent.parent / "shared" / "data"
SEED = SHARED_DATA / "seed" / "08BAKU192.txt"
DEMO_CABLES = Path(__file__).resolve().parent / "cables" / "demo_cables"


@pytest.fixture
def seed_text() -> str:
    # The seed is copied into the demo cables, so it needs no ../shared.
    return (DEMO_CABLES / "08BAKU192.txt").read_text(encoding="utf-8")


def demo_cable(reference_id: str) -> str:
    return (DEMO_CABLES / f"{reference_id}.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _celery_eager_unless_worker(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Run Celery tasks in-process in tests; only tests marked ``worker`` use the real broker."""
    from tracker.celery import app

    eager = request.node.get_closest_marker("worker") is None
    saved = app.conf.task_always_eager
    app.conf.task_always_eager = eager or saved
    yield
    app.conf.task_always_eager = saved
