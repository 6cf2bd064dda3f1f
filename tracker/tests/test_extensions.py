"""Extensions: the desk asks with a reason, the front office above it grants or refuses."""

from datetime import timedelta

import pytest

from tracker import extensions
from tracker.extensions import ExtensionError, extension_decide, extension_request
from tracker.models import Task
from tracker.tests.factories import carc_task, person

pytestmark = pytest.mark.django_db


@pytest.fixture
def task() -> Task:
    return carc_task("08BAKU900")


def test_it_moves_the_deadline_when_the_front_office_grants(task: Task) -> None:
    alice = person("alice", "EUR/CARC")
    frank = person("frank", "EUR/FO")
    before = task.due_at
    later = before + timedelta(days=3)

    extension = extension_request(task=task, actor=alice, proposed_due_at=later, reason="L review")
    extension = extension_decide(extension=extension, actor=frank, grant=True, note="fine")

    task.refresh_from_db()
    assert task.due_at == later
    assert (extension.status, extension.previous_due_at, extension.decided_by) == (
        "granted", before, frank,
    )  # fmt: skip
    kinds = [e.kind for e in task.events.all()]
    assert kinds == ["created", "extension_requested", "extension_granted"]
    assert f"{before:%Y-%m-%d}" in task.events.get(kind="extension_granted").note


def test_it_keeps_the_deadline_when_refused(task: Task) -> None:
    alice = person("alice", "EUR/CARC")
    frank = person("frank", "EUR/FO")
    before = task.due_at

    extension = extension_request(
        task=task, actor=alice, proposed_due_at=before + timedelta(days=1), reason="travel"
    )
    extension_decide(extension=extension, actor=frank, grant=False, note="the SecState needs it")

    task.refresh_from_db()
    assert task.due_at == before
    assert task.events.filter(kind="extension_refused").count() == 1


def test_it_lets_only_the_front_office_decide(task: Task) -> None:
    alice = person("alice", "EUR/CARC")
    extension = extension_request(
        task=task, actor=alice, proposed_due_at=task.due_at + timedelta(days=1), reason="x"
    )

    with pytest.raises(ExtensionError, match="only EUR/FO decides"):
        extension_decide(extension=extension, actor=alice, grant=True)


def test_it_decides_once(task: Task) -> None:
    alice = person("alice", "EUR/CARC")
    frank = person("frank", "EUR/FO")
    extension = extension_request(
        task=task, actor=alice, proposed_due_at=task.due_at + timedelta(days=1), reason="x"
    )
    extension_decide(extension=extension, actor=frank, grant=False)

    with pytest.raises(ExtensionError, match="already refused"):
        extension_decide(extension=extension, actor=frank, grant=True)


def test_it_refuses_a_second_request_while_one_waits(task: Task) -> None:
    alice = person("alice", "EUR/CARC")
    later = task.due_at + timedelta(days=1)
    extension_request(task=task, actor=alice, proposed_due_at=later, reason="x")

    with pytest.raises(ExtensionError, match="already has an extension waiting"):
        extension_request(task=task, actor=alice, proposed_due_at=later, reason="y")


def test_two_requests_at_once_give_the_second_a_clear_refusal(
    task: Task, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both pass the check before either is saved; the database's one-pending constraint
    stops the second, which must read like the ordinary refusal, not an IntegrityError."""
    alice = person("alice", "EUR/CARC")
    later = task.due_at + timedelta(days=1)
    extension_request(task=task, actor=alice, proposed_due_at=later, reason="x")
    real = extensions._has_pending
    calls: list[bool] = []

    def raced(checked: Task) -> bool:  # the first check ran before the other request saved
        calls.append(True)
        return False if len(calls) == 1 else real(checked)

    monkeypatch.setattr(extensions, "_has_pending", raced)
    with pytest.raises(ExtensionError, match="already has an extension waiting"):
        extension_request(task=task, actor=alice, proposed_due_at=later, reason="y")
    assert task.extensions.count() == 1
    assert task.events.filter(kind="extension_requested").count() == 1


def test_it_refuses_an_earlier_date_or_no_reason(task: Task) -> None:
    alice = person("alice", "EUR/CARC")

    with pytest.raises(ExtensionError, match="must be later"):
        extension_request(task=task, actor=alice, proposed_due_at=task.due_at, reason="x")
    with pytest.raises(ExtensionError, match="say why"):
        extension_request(
            task=task, actor=alice, proposed_due_at=task.due_at + timedelta(days=1), reason=""
        )
