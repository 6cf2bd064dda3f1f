"""The spine end to end: the seed cable becomes a task for EUR/CARC due in two business days."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cables.services import cable_ingest
from tracker.models import Task

pytestmark = pytest.mark.django_db


def test_it_tasks_eur_carc_with_the_seed(
    seed_text: str, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        cable_ingest(text=seed_text)

    task = Task.objects.select_related("desk", "action_request__paragraph").get()
    assert task.desk.symbol == "EUR/CARC"
    assert task.status == "new"
    paragraph = task.action_request.paragraph
    assert paragraph is not None and paragraph.number == 5
    new_york = ZoneInfo("America/New_York")
    assert task.due_at.astimezone(new_york) == datetime(2008, 3, 7, 17, 0, tzinfo=new_york)
    assert [e.kind for e in task.events.all()] == ["created"]


def test_it_makes_no_new_task_when_the_seed_comes_again(
    seed_text: str, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        cable_ingest(text=seed_text)
        cable_ingest(text=seed_text)

    assert Task.objects.count() == 1


def test_the_desks_come_with_migrate() -> None:
    from tracker.models import Desk

    carc = Desk.objects.get(symbol="EUR/CARC")
    assert carc.parent is not None and carc.parent.symbol == "EUR/FO"
    assert Desk.objects.get(symbol="BAKU").kind == "post"
    assert Desk.objects.filter(symbol="S/ES-O").exists()
