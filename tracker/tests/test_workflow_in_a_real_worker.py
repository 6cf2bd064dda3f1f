"""In a real Celery worker process (CI: Redis and PostgreSQL): the reply to the seed marks its
task responded, and the beat's deadline scan writes the escalation once.

Skipped without CELERY_BROKER_URL and PostgreSQL, like the spine's worker tests whose fixture
this reuses.
"""

from __future__ import annotations

import subprocess
import time

import pytest

from cables.services import cable_ingest
from conftest import demo_cable
from tracker.desks import desks_load
from tracker.models import Desk, Notification, RoutingRule, Task
from tracker.ruledata import rules_load
from tracker.tasks import scan_deadlines
from tracker.tests.test_worker_routes_cable import _wait_for, worker  # noqa: F401

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def shipped_data() -> None:
    # A transactional test before this one flushed the tables the migrations filled: load the
    # desks and routing rules again rather than depend on running first.
    desks_load(Desk)
    rules_load(RoutingRule, Desk)


def responded() -> bool:
    return Task.objects.filter(status="responded", response_cable__isnull=False).exists()


def test_a_worker_marks_the_seeds_task_responded_when_the_reply_comes(
    worker: subprocess.Popen[bytes],  # noqa: F811
) -> None:
    cable_ingest(text=demo_cable("08BAKU192"))
    assert _wait_for(lambda: Task.objects.exists()), "the worker created no task within 30 s"

    cable_ingest(text=demo_cable("08STATE24001"))

    assert _wait_for(responded), "the worker did not record the response within 30 s"
    seed = Task.objects.get(action_request__cable__reference_id="08BAKU192")
    assert seed.desk.symbol == "EUR/CARC"


def test_a_worker_runs_the_deadline_scan_and_escalates_once(
    worker: subprocess.Popen[bytes],  # noqa: F811
) -> None:
    cable_ingest(text=demo_cable("08BAKU192"))  # due in March 2008: long past
    assert _wait_for(lambda: Task.objects.exists())

    scan_deadlines.delay()
    scan_deadlines.delay()

    assert _wait_for(lambda: Notification.objects.exists()), "no escalation within 30 s"
    time.sleep(2)  # let the second scan run too
    assert list(Notification.objects.values_list("kind", flat=True)) == ["escalation"]
    assert worker.poll() is None, "the worker died"
