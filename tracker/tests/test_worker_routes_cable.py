"""A real Celery worker process, consuming from the real broker, creates the seed's task.

Runs only when CELERY_BROKER_URL is set and the database is PostgreSQL (the worker process
must see the rows the test commits); CI runs it against Redis.
"""

from __future__ import annotations

import subprocess
import time

import pytest

from cables.services import cable_ingest
from conftest import wait_for
from tracker.models import Task
from tracker.tasks import route_cable

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_worker_process_creates_the_task_after_commit(
    worker: subprocess.Popen[bytes], seed_text: str
) -> None:
    cable_ingest(text=seed_text)

    assert wait_for(lambda: Task.objects.exists()), "the worker created no task within 30 s"
    task = Task.objects.select_related("desk").get()
    assert task.desk.symbol == "EUR/CARC"
    assert worker.poll() is None, "the worker died"


def test_routing_the_same_cable_twice_in_the_worker_makes_one_task(
    worker: subprocess.Popen[bytes], seed_text: str
) -> None:
    cable = cable_ingest(text=seed_text).cable
    route_cable.delay(cable.pk)
    route_cable.delay(cable.pk)

    assert wait_for(lambda: Task.objects.exists())
    time.sleep(2)  # let the duplicate publishes run too
    assert Task.objects.count() == 1
