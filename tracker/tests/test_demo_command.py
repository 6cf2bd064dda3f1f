"""`manage.py demo` (make demo): the demo cables become tasks, and each demo desk officer sees
their own desk's tasks (the front office its offices' and posts')."""

from collections.abc import Callable
from contextlib import AbstractContextManager
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tracker.models import Task
from tracker.selectors import tasks_visible_to

pytestmark = pytest.mark.django_db


def test_it_gives_each_demo_officer_their_desks_tasks(
    django_capture_on_commit_callbacks: Callable[..., AbstractContextManager[Any]],
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        call_command("demo", stdout=StringIO())
        call_command("demo", stdout=StringIO())  # safe to re-run

    users = get_user_model().objects
    alice, frank = users.get(username="alice"), users.get(username="frank")
    carc = set(Task.objects.filter(desk__symbol="EUR/CARC"))
    assert carc and set(tasks_visible_to(alice)) == carc
    assert carc < set(tasks_visible_to(frank))
    assert Task.objects.get(desk__symbol="BERLIN") in set(tasks_visible_to(frank))
    assert alice.has_perm("tracker.view_task") and alice.is_staff
