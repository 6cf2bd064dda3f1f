"""In a real Celery worker process (CI: Redis and PostgreSQL): the reply to the seed marks its
task responded, and the beat's deadline scan writes the escalation once.

Skipped without CELERY_BROKER_URL and PostgreSQL, like the spine's worker tests whose fixture
in conftest.py it uses.
"""

from __future__ import annotations

import subprocess
import time

import pytest

from cables.services import cable_ingest
from conftest import demo_cable, wait_for
from tracker.models import Notification, Task
from tracker.tasks import scan_deadlines

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def responded() -> bool:
    return Task.objects.filter(status="responded", response_cable__isnull=False).exists()


def test_a_worker_marks_the_seeds_task_responded_when_the_reply_comes(
    worker: subprocess.Popen[bytes],
) -> None:
    cable_ingest(text=demo_cable("08BAKU192"))
    assert wait_for(lambda: Task.objects.exists()), "the worker created no task within 30 s"

    cable_ingest(text=demo_cable("08STATE24001"))

    assert wait_for(responded), "the worker did not record the response within 30 s"
    seed = Task.objects.get(action_request__cable__reference_id="08BAKU192")
    assert seed.desk.symbol == "EUR/CARC"


def test_a_worker_runs_the_deadline_scan_and_escalates_once(
    worker: subprocess.Popen[bytes],
) -> None:
    cable_ingest(text=demo_cable("08BAKU192"))  # due in March 2008: long past
    assert wait_for(lambda: Task.objects.exists())

    scan_deadlines.delay()
    scan_deadlines.delay()

    assert wait_for(lambda: Notification.objects.exists()), "no escalation within 30 s"
    time.sleep(2)  # let the second scan run too
    assert list(Notification.objects.values_list("kind", flat=True)) == ["escalation"]
    assert worker.poll() is None, "the worker died"
