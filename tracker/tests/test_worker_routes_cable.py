"""A real Celery worker process, consuming from the real broker, creates the seed's task.

Runs only when CELERY_BROKER_URL is set and the database is PostgreSQL (the worker process
must see the rows the test commits); CI runs it against Redis.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from cables.services import cable_ingest
from tracker.celery import app
from tracker.models import Task

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]


def _database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker() -> Iterator[subprocess.Popen[bytes]]:
    if not settings.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL not set: real-worker tests need a broker")
    if connection.vendor != "postgresql":
        pytest.skip("real-worker tests need PostgreSQL (the worker must see committed rows)")
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


def _wait_for(predicate, seconds: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_a_worker_process_creates_the_task_after_commit(
    worker: subprocess.Popen[bytes], seed_text: str
) -> None:
    cable_ingest(text=seed_text)

    assert _wait_for(lambda: Task.objects.exists()), "the worker created no task within 30 s"
    task = Task.objects.select_related("desk").get()
    assert task.desk.symbol == "EUR/CARC"
    assert worker.poll() is None, "the worker died"


def test_routing_the_same_cable_twice_in_the_worker_makes_one_task(
    worker: subprocess.Popen[bytes], seed_text: str
) -> None:
    from tracker.tasks import route_cable

    cable = cable_ingest(text=seed_text).cable
    route_cable.delay(cable.pk)
    route_cable.delay(cable.pk)

    assert _wait_for(lambda: Task.objects.exists())
    time.sleep(2)  # let the duplicate publishes run too
    assert Task.objects.count() == 1
