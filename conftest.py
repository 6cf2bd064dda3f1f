"""Shared test fixtures: the demo cables, eager Celery, and a real worker process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parent.parent / "shared" / "data"
SEED = SHARED_DATA / "seed" / "08BAKU192.txt"
ROOT = Path(__file__).resolve().parent
DEMO_CABLES = ROOT / "cables" / "demo_cables"


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


def wait_for(predicate: Callable[[], bool], seconds: float = 30.0) -> bool:
    """Poll ``predicate`` until it holds or ``seconds`` pass: for work a worker does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def _database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker(transactional_db: None) -> Iterator[subprocess.Popen[bytes]]:
    """A Celery worker process on its own queue, reading the test database.

    Skipped unless a broker is configured and the database is PostgreSQL: the worker is
    another process and must see the rows the test commits.
    """
    from django.conf import settings
    from django.db import connection

    from tracker.celery import app
    from tracker.desks import desks_load
    from tracker.models import Desk, RoutingRule
    from tracker.ruledata import rules_load

    if not settings.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL not set: real-worker tests need a broker")
    if connection.vendor != "postgresql":
        pytest.skip("real-worker tests need PostgreSQL (the worker must see committed rows)")
    # A transactional test flushes the tables the data migrations filled: load them again.
    desks_load(Desk)
    rules_load(RoutingRule, Desk)
    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "DATABASE_URL": _database_url(), "CELERY_TASK_DEFAULT_QUEUE": queue}
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tracker", "worker", "--pool=solo",
         "--loglevel=WARNING", "--without-heartbeat", "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    saved = app.conf.task_default_queue
    app.conf.task_default_queue = queue
    try:
        yield process
    finally:
        app.conf.task_default_queue = saved
        process.terminate()
        process.wait(timeout=30)
