"""A task is assigned only to someone cleared to read it: an assignee who could not open the
task would be sent reminders about a cable that does not exist for them."""

import pytest

from tracker import lifecycle
from tracker.lifecycle import TransitionError
from tracker.tests.factories import person
from tracker.tests.test_access import tasked

pytestmark = pytest.mark.django_db


def test_it_refuses_uma_cleared_unclassified_a_secret_task_of_her_desk() -> None:
    task = tasked("08BAKU1901", "EUR/CARC", level="SECRET", noforn=True)
    uma = person("uma", "EUR/CARC", clearance="UNCLASSIFIED")
    sam = person("sam", "EUR/CARC", clearance="SECRET")
    nina = person("nina", "EUR/CARC", clearance="SECRET", noforn=True)

    for refused in (uma, sam):
        with pytest.raises(TransitionError, match="not cleared"):
            lifecycle.task_assign(task=task, assignee=refused)
    lifecycle.task_assign(task=task, assignee=nina)

    task.refresh_from_db()
    assert task.assignee == nina
