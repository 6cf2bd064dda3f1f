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


def test_it_shows_dave_the_task_page_but_lets_him_change_no_watch(task: Task) -> None:
    dave = person("dave", "ANKARA", is_staff=True)
    codenames = ["view_task", "change_task", "add_watch", "change_watch", "delete_watch"]
    dave.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(dave)
    url = f"/admin/tracker/task/{task.pk}/change/"
    watch = Watch.objects.get(task=task)
    drop_ankara = {
        "watches-TOTAL_FORMS": "1", "watches-INITIAL_FORMS": "1",
        "watches-0-id": str(watch.pk), "watches-0-task": str(task.pk),
        "watches-0-desk": str(watch.desk_id), "watches-0-reason": "info", "watches-0-DELETE": "on",
    }  # fmt: skip

    assert client.get(url).status_code == 200
    assert client.post(url, drop_ankara).status_code == 403
    assert Watch.objects.filter(pk=watch.pk).exists()
