"""Overdue is derived from the deadline and the status, never stored."""

from datetime import timedelta

import pytest
from django.test import Client

from tracker import lifecycle
from tracker.models import Task
from tracker.selectors import tasks_overdue
from tracker.services import tasks_create_for_cable
from tracker.tests.factories import cable_row, person, request_row

pytestmark = pytest.mark.django_db


def make(reference_id: str) -> Task:
    cable = cable_row(reference_id, for_offices=("EUR/CARC",))
    request_row(cable)
    tasks_create_for_cable(cable_id=cable.pk)
    return Task.objects.get(action_request__cable=cable)


def test_it_counts_open_tasks_past_their_deadline_only() -> None:
    late, cancelled = make("08BAKU1400"), make("08BAKU1401")
    lifecycle.task_cancel(task=cancelled, reason="withdrawn")

    assert list(tasks_overdue(Task.objects.all(), now=late.due_at + timedelta(seconds=1))) == [late]
    assert list(tasks_overdue(Task.objects.all(), now=late.due_at)) == []
    assert late.is_overdue and not cancelled.is_overdue  # today is long after March 2008


def test_it_filters_the_admin_list_by_overdue() -> None:
    late = make("08BAKU1402")
    client = Client()
    client.force_login(person("root", is_staff=True, is_superuser=True))

    listing = client.get("/admin/tracker/task/?overdue=yes")

    assert list(listing.context["cl"].result_list) == [late]
