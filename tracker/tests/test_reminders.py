"""The deadline scan with the clock frozen: reminders at 50%, 75% and on the due day, escalation
after the due time, each written once and not before its moment."""

from datetime import UTC, datetime, timedelta

import pytest

from tracker import lifecycle
from tracker.extensions import extension_decide, extension_request
from tracker.models import Notification, Task
from tracker.reminders import _notify, deadlines_scan
from tracker.services import tasks_create_for_cable
from tracker.tests.factories import cable_row, person, request_row

pytestmark = pytest.mark.django_db
MINUTE = timedelta(minutes=1)
# A PRIORITY cable received Wed 5 March 2008 11:26Z, due Fri 7 March 17:00 New York (22:00Z).
START = datetime(2008, 3, 5, 11, 26, tzinfo=UTC)
DUE = datetime(2008, 3, 7, 22, 0, tzinfo=UTC)
HALF = START + (DUE - START) / 2  # Thu 6 March 16:43Z
THREE_QUARTERS = START + (DUE - START) * 3 / 4  # Fri 7 March 07:21:30Z
DUE_DAY = datetime(2008, 3, 7, 14, 0, tzinfo=UTC)  # 09:00 in New York


def make_task(reference_id: str = "08BAKU950", **cable: object) -> Task:
    row = cable_row(reference_id, for_offices=("EUR/CARC",), **cable)  # type: ignore[arg-type]
    request_row(row)
    tasks_create_for_cable(cable_id=row.pk)
    return Task.objects.select_related("desk").get(action_request__cable=row)


def kinds(task: Task) -> list[str]:
    return list(task.notifications.order_by("created", "pk").values_list("kind", flat=True))


def test_it_writes_each_notice_once_at_its_moment_and_not_before() -> None:
    task = make_task()
    expected: list[str] = []
    for moment, kind in [
        (HALF, "reminder_half"),
        (THREE_QUARTERS, "reminder_three_quarters"),
        (DUE_DAY, "due_today"),
        (DUE + MINUTE, "escalation"),
    ]:
        deadlines_scan(now=moment - MINUTE)
        assert kinds(task) == expected, f"{kind} fired before {moment}"
        deadlines_scan(now=moment)
        deadlines_scan(now=moment + MINUTE)
        expected.append(kind)
        assert kinds(task) == expected
    deadlines_scan(now=DUE + timedelta(days=30))
    assert kinds(task) == expected


def test_it_escalates_only_after_the_due_time() -> None:
    task = make_task()

    deadlines_scan(now=DUE)

    assert "escalation" not in kinds(task)
    deadlines_scan(now=DUE + timedelta(seconds=1))
    assert kinds(task)[-1] == "escalation"


def test_it_reminds_the_desk_and_escalates_to_the_front_office() -> None:
    alice = person("alice", "EUR/CARC")
    task = make_task()
    lifecycle.task_assign(task=task, assignee=alice)

    deadlines_scan(now=HALF)
    deadlines_scan(now=DUE + MINUTE)

    half = task.notifications.get(kind="reminder_half")
    escalation = task.notifications.get(kind="escalation")
    assert (str(half.recipient_desk), half.recipient_user) == ("EUR/CARC", alice)
    assert str(escalation.recipient_desk) == "EUR/FO"
    assert escalation.sent_at is None
    assert "to EUR/FO" in task.events.get(kind="escalated").note


def test_it_writes_only_the_escalation_when_the_scan_comes_late() -> None:
    task = make_task()

    deadlines_scan(now=DUE + timedelta(hours=5))

    assert kinds(task) == ["escalation"]


def test_it_stays_silent_about_a_closed_task() -> None:
    task = make_task()
    lifecycle.task_cancel(task=task, reason="withdrawn by post")

    deadlines_scan(now=DUE + MINUTE)

    assert kinds(task) == []


def test_it_writes_once_when_two_scans_claim_the_same_task() -> None:
    task = make_task()
    first = Task.objects.select_related("desk").get(pk=task.pk)
    second = Task.objects.select_related("desk").get(pk=task.pk)

    _notify(first, HALF)
    _notify(second, HALF)

    assert Notification.objects.filter(task=task).count() == 1


def test_it_starts_a_new_series_after_a_granted_extension() -> None:
    alice = person("alice", "EUR/CARC")
    frank = person("frank", "EUR/FO")
    task = make_task()
    deadlines_scan(now=DUE + MINUTE)
    new_due = DUE + timedelta(days=4)
    extension = extension_request(
        task=task, actor=alice, proposed_due_at=new_due, reason="L review", now=DUE + 2 * MINUTE
    )
    extension_decide(extension=extension, actor=frank, grant=True, now=DUE + 3 * MINUTE)

    deadlines_scan(now=DUE + 4 * MINUTE)  # the new 50% point is 8 March: nothing yet
    deadlines_scan(now=new_due - timedelta(days=1))  # past 75% of the new time allowed
    deadlines_scan(now=new_due + MINUTE)

    series = list(task.notifications.values_list("kind", "due_at"))
    assert series == [
        ("escalation", DUE),
        ("reminder_three_quarters", new_due),
        ("escalation", new_due),
    ]


def test_it_escalates_a_late_post_to_its_bureaus_front_office() -> None:
    row = cable_row("08STATE950", station="STATE", to=(("RUEHRL", "AMEMBASSY BERLIN"),))
    request_row(row, action_office="BERLIN", requested_of="Embassy Berlin")
    tasks_create_for_cable(cable_id=row.pk)
    task = Task.objects.get(action_request__cable=row)

    deadlines_scan(now=task.due_at + MINUTE)

    assert str(task.notifications.get(kind="escalation").recipient_desk) == "EUR/FO"
