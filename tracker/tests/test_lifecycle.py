"""The lifecycle: the services enforce the transitions, every change is an event."""

import pytest

from tracker import lifecycle
from tracker.lifecycle import TransitionError
from tracker.models import Desk, Task
from tracker.tests.factories import carc_task, person

pytestmark = pytest.mark.django_db


@pytest.fixture
def task() -> Task:
    return carc_task("08BAKU800")


def test_it_walks_new_to_closed_and_records_who_did_each_step(task: Task) -> None:
    alice = person("alice", "EUR/CARC")

    lifecycle.task_acknowledge(task=task, actor=alice)
    lifecycle.task_start(task=task, actor=alice)
    lifecycle.task_respond(task=task, actor=alice, note="guidance sent by email")
    lifecycle.task_close(task=task, actor=alice)

    task.refresh_from_db()
    assert task.status == "closed"
    steps = [(e.from_status, e.to_status, e.actor) for e in task.events.exclude(kind="created")]
    assert steps == [
        ("new", "acknowledged", alice),
        ("acknowledged", "in_progress", alice),
        ("in_progress", "responded", alice),
        ("responded", "closed", alice),
    ]


def test_it_refuses_to_skip_a_step_with_a_clear_error(task: Task) -> None:
    with pytest.raises(TransitionError, match="is new: it cannot become closed"):
        lifecycle.task_close(task=task)

    task.refresh_from_db()
    assert task.status == "new"


def test_it_refuses_any_change_to_a_closed_task(task: Task) -> None:
    lifecycle.task_cancel(task=task, reason="overtaken by events")

    with pytest.raises(TransitionError, match=r"allowed: nothing \(final\)"):
        lifecycle.task_acknowledge(task=task)


def test_it_needs_a_reason_to_cancel(task: Task) -> None:
    with pytest.raises(TransitionError, match="without a reason"):
        lifecycle.task_cancel(task=task, reason="  ")


def test_it_returns_a_misrouted_task_to_triage_then_reroutes_it(task: Task) -> None:
    bob = person("bob", "S/ES-O")

    lifecycle.task_return(task=task, reason="this is an energy question", actor=None)
    task.refresh_from_db()
    assert (task.desk.symbol, task.status) == ("S/ES-O", "returned")

    lifecycle.task_reroute(task=task, desk=Desk.objects.get(symbol="EEB/ESC"), actor=bob)
    task.refresh_from_db()
    assert (task.desk.symbol, task.status) == ("EEB/ESC", "new")
    kinds = [(e.kind, e.from_status, e.to_status) for e in task.events.all()]
    assert kinds[1:] == [("returned", "new", "returned"), ("rerouted", "returned", "new")]
    assert "this is an energy question" in task.events.get(kind="returned").note


def test_it_reroutes_only_a_returned_task(task: Task) -> None:
    with pytest.raises(TransitionError, match="only a returned task is rerouted"):
        lifecycle.task_reroute(task=task, desk=Desk.objects.get(symbol="EUR/RUS"))


def test_it_reassigns_an_open_task_to_another_desk(task: Task) -> None:
    lifecycle.task_acknowledge(task=task)

    lifecycle.task_reassign(task=task, desk=Desk.objects.get(symbol="EUR/RUS"), note="Russia")

    task.refresh_from_db()
    assert (task.desk.symbol, task.status) == ("EUR/RUS", "new")


def test_it_refuses_a_reassignment_to_a_desk_already_tasked(task: Task) -> None:
    other = Task.objects.create(
        action_request=task.action_request, desk=Desk.objects.get(symbol="EUR/RUS"),
        due_at=task.due_at, role="supporting",
    )  # fmt: skip

    with pytest.raises(TransitionError, match="EUR/RUS already has a task"):
        lifecycle.task_reassign(task=task, desk=other.desk)


def test_it_assigns_a_member_of_the_desk_but_not_an_outsider(task: Task) -> None:
    alice = person("alice", "EUR/CARC")
    dave = person("dave", "EUR/RUS")

    lifecycle.task_assign(task=task, assignee=alice)
    with pytest.raises(TransitionError, match="dave is not a member of EUR/CARC"):
        lifecycle.task_assign(task=task, assignee=dave)

    task.refresh_from_db()
    assert task.assignee == alice


def test_it_keeps_comments_in_the_history(task: Task) -> None:
    alice = person("alice", "EUR/CARC")

    lifecycle.task_comment(task=task, actor=alice, note="Waiting on L for the legal view")

    assert task.events.get(kind="comment").note == "Waiting on L for the legal view"


def test_it_refuses_a_change_based_on_a_stale_read(task: Task) -> None:
    stale = Task.objects.get(pk=task.pk)
    lifecycle.task_acknowledge(task=task)

    with pytest.raises(TransitionError, match="changed meanwhile"):
        lifecycle.task_cancel(task=stale, reason="duplicate")


def test_it_returns_a_task_only_to_triage(task: Task) -> None:
    with pytest.raises(TransitionError, match="to triage, with a reason"):
        lifecycle.task_transition(task=task, to="returned")
