"""Watchers see a task; only its desk and the offices above it change it (DOMAIN.md: INFO
addressees are watchers, not tasked)."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from tracker import lifecycle
from tracker.lifecycle import TransitionError
from tracker.models import Desk, Task, Watch
from tracker.tests.factories import person
from tracker.tests.test_access import tasked

pytestmark = pytest.mark.django_db


@pytest.fixture
def task() -> Task:
    task = tasked("08BAKU2201", "EUR/CARC")
    Watch.objects.create(task=task, desk=Desk.objects.get(symbol="ANKARA"), reason="info")
    return task


def test_it_refuses_dave_at_an_info_post_cancelling_the_desks_task(task: Task) -> None:
    dave = person("dave", "ANKARA", is_staff=True)
    dave.user_permissions.add(*Permission.objects.filter(codename__in=["view_task", "change_task"]))
    client = Client()
    client.force_login(dave)

    page = client.post(
        "/admin/tracker/task/",
        {"action": "task_cancel", "_selected_action": [task.pk], "note": "not ours"},
        follow=True,
    ).content.decode()

    task.refresh_from_db()
    assert task.status == "new"
    assert "Dave does not act for EUR/CARC" in page
    with pytest.raises(TransitionError, match="does not act for"):
        lifecycle.task_return(task=task, actor=dave, reason="misrouted")


def test_it_lets_the_desk_and_its_front_office_work_the_task(task: Task) -> None:
    alice = person("alice", "EUR/CARC")
    frank = person("frank", "EUR/FO")

    lifecycle.task_acknowledge(task=task, actor=alice)
    lifecycle.task_start(task=task, actor=frank)

    assert list(task.events.values_list("actor__username", flat=True)) == [None, "alice", "frank"]
