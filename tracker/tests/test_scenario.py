"""The tasking scenario of issue 5, end to end through ingest, the Celery tasks and the clock.

Cables: the seed (Baku's PRIORITY request to EUR/CARC), Tbilisi's PRIORITY request (ours,
received just after the switch to daylight time), USNATO's FLASH, the Department tasking Berlin,
Paris and London "by March 20", Baku's cable with no FOR line (tag AJ), and the Department's
reply citing the seed. Then the beat's deadline scan with the clock frozen.
"""

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from cables.services import cable_ingest
from conftest import demo_cable
from tracker.models import Task
from tracker.tasks import scan_deadlines
from tracker.tests.factories import synthetic_cable

pytestmark = pytest.mark.django_db
NEW_YORK = ZoneInfo("America/New_York")
Capture = Callable[..., AbstractContextManager[Any]]
CABLES = [
    demo_cable("08BAKU192"),
    synthetic_cable("08TBILISI210"),
    demo_cable("08USNATO99"),
    demo_cable("08STATE25117"),
    demo_cable("08BAKU301"),
]


@pytest.fixture
def ingested(django_capture_on_commit_callbacks: Capture) -> None:
    # The receivers publish tracker.route_cable after each commit; eager Celery runs it here.
    with django_capture_on_commit_callbacks(execute=True):
        for text in CABLES:
            cable_ingest(text=text)


def task_of(reference_id: str, desk: str | None = None) -> Task:
    tasks = Task.objects.filter(action_request__cable__reference_id=reference_id)
    return tasks.select_related("desk").get(**({"desk__symbol": desk} if desk else {}))


def local(moment: datetime, zone: str = "America/New_York") -> datetime:
    return moment.astimezone(ZoneInfo(zone))


@pytest.mark.usefixtures("ingested")
def test_a_posts_priority_request_is_due_in_two_business_days_at_eur_carc() -> None:
    seed = task_of("08BAKU192")
    tbilisi = task_of("08TBILISI210")

    assert seed.desk.symbol == tbilisi.desk.symbol == "EUR/CARC"
    # Wed 5 March 11:26Z -> Fri 7 March 17:00 EST; Mon 10 March 09:15Z -> Wed 12 March 17:00 EDT.
    assert local(seed.due_at) == datetime(2008, 3, 7, 17, 0, tzinfo=NEW_YORK)
    assert local(tbilisi.due_at) == datetime(2008, 3, 12, 17, 0, tzinfo=NEW_YORK)
    assert tbilisi.due_at == datetime(2008, 3, 12, 21, 0, tzinfo=UTC)


@pytest.mark.usefixtures("ingested")
def test_a_flash_request_is_due_in_one_hour() -> None:
    task = task_of("08USNATO99")

    assert task.desk.symbol == "EUR/RPM"
    assert task.due_at - task.starts_at == timedelta(hours=1)
    assert task.due_at == datetime(2008, 3, 15, 15, 2, tzinfo=UTC)


@pytest.mark.usefixtures("ingested")
def test_three_tasked_posts_are_due_march_20_at_17_local() -> None:
    for post, zone in [
        ("BERLIN", "Europe/Berlin"),
        ("PARIS", "Europe/Paris"),
        ("LONDON", "Europe/London"),
    ]:
        task = task_of("08STATE25117", post)
        assert task.role == "lead"
        assert local(task.due_at, zone) == datetime(2008, 3, 20, 17, 0, tzinfo=ZoneInfo(zone))
    assert Task.objects.filter(action_request__cable__reference_id="08STATE25117").count() == 3


@pytest.mark.usefixtures("ingested")
def test_a_baku_cable_without_for_line_goes_to_eur_carc_by_its_aj_tag() -> None:
    task = task_of("08BAKU301")

    assert task.desk.symbol == "EUR/CARC"
    assert task.routing_rule is not None
    assert "geo tag AJ -> EUR/CARC" in task.routing_reason


@pytest.mark.usefixtures("ingested")
def test_the_departments_reply_marks_the_first_task_responded(
    django_capture_on_commit_callbacks: Capture,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        cable_ingest(text=demo_cable("08STATE24001"))

    seed = task_of("08BAKU192")
    assert seed.status == "responded"
    assert seed.response_cable is not None
    assert seed.response_cable.reference_id == "08STATE24001"
    assert task_of("08TBILISI210").status == "new"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[datetime], None]]:
    """Freeze django.utils.timezone.now at a moment the test sets."""
    frozen: list[datetime] = []
    monkeypatch.setattr(timezone, "now", lambda: frozen[-1])
    yield frozen.append


@pytest.mark.usefixtures("ingested")
def test_the_beat_reminds_at_half_three_quarters_and_due_day_then_escalates_once(
    clock: Callable[[datetime], None],
) -> None:
    task = task_of("08TBILISI210")
    start, due = task.starts_at, task.due_at
    moments = [
        ("reminder_half", start + (due - start) / 2),  # Tue 11 March 15:07:30Z
        ("reminder_three_quarters", start + (due - start) * 3 / 4),  # Wed 06:03:45Z
        ("due_today", datetime(2008, 3, 12, 9, 0, tzinfo=NEW_YORK)),  # 13:00Z
        ("escalation", due + timedelta(minutes=1)),  # at the due time itself: not yet
    ]
    fired: list[str] = []
    for kind, moment in moments:
        clock(moment - timedelta(minutes=1))
        scan_deadlines.delay()
        assert kinds(task) == fired, f"{kind} fired early"
        for _ in range(3):  # the beat runs again and again: still once
            clock(moment)
            scan_deadlines.delay()
        fired.append(kind)
        assert kinds(task) == fired
    clock(due + timedelta(days=10))
    scan_deadlines.delay()

    assert kinds(task) == fired
    escalation = task.notifications.get(kind="escalation")
    assert str(escalation.recipient_desk) == "EUR/FO"
    assert str(task.notifications.get(kind="reminder_half").recipient_desk) == "EUR/CARC"


def kinds(task: Task) -> list[str]:
    return list(task.notifications.order_by("created", "pk").values_list("kind", flat=True))
