"""The deadline scan is on the beat schedule stored in the database (editable in the admin)."""

import pytest
from django_celery_beat.models import PeriodicTask

from tracker.models import Task
from tracker.services import tasks_create_for_cable
from tracker.tasks import scan_deadlines
from tracker.tests.factories import cable_row, request_row

pytestmark = pytest.mark.django_db


def test_it_ships_an_enabled_schedule_for_the_scan() -> None:
    entry = PeriodicTask.objects.get(task="tracker.scan_deadlines")

    assert entry.enabled
    # Every minute: a FLASH task has an hour, its reminders come at 30 and 45 minutes.
    assert entry.interval is not None and entry.interval.every == 60


def test_it_escalates_a_long_overdue_task_when_the_celery_task_runs() -> None:
    row = cable_row("08BAKU960", for_offices=("EUR/CARC",))  # due in March 2008
    request_row(row)
    tasks_create_for_cable(cable_id=row.pk)

    assert scan_deadlines.delay().get() == 1
    assert scan_deadlines.delay().get() == 0
    task = Task.objects.get(action_request__cable=row)
    assert list(task.notifications.values_list("kind", flat=True)) == ["escalation"]
