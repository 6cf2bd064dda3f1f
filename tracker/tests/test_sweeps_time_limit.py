"""The sweeps skip an item they cannot handle, but not the worker's soft time limit: that
stops the run (Celery raises it inside whatever item was being handled)."""

from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import timezone

from tracker import reminders, services
from tracker.reminders import deadlines_scan
from tracker.services import cables_route_pending
from tracker.tests.factories import cable_row, request_row
from tracker.tests.test_access import tasked

pytestmark = pytest.mark.django_db


def time_up(*args: object, **kwargs: object) -> None:
    raise SoftTimeLimitExceeded()


def test_it_stops_the_outbox_sweep_at_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    request_row(cable_row("08BAKU2001", for_offices=("EUR/CARC",)))
    monkeypatch.setattr(services, "cable_route", time_up)

    with pytest.raises(SoftTimeLimitExceeded):
        cables_route_pending(before=timezone.now() + timedelta(minutes=5), limit=10)


def test_it_stops_the_deadline_scan_at_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    task = tasked("08BAKU2002", "EUR/CARC")
    monkeypatch.setattr(reminders, "_notify", time_up)

    with pytest.raises(SoftTimeLimitExceeded):
        deadlines_scan(now=task.due_at + timedelta(days=1))
