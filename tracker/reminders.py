"""The deadline scan: reminders before a deadline, escalation after it, each stored once.

For an open task whose clock runs from ``starts_at`` to ``due_at``:
- ``reminder_half`` at 50% and ``reminder_three_quarters`` at 75% of the time allowed (calendar
  time, the way the desk sees the clock run), to the desk (and its assignee);
- ``due_today`` at 09:00 desk time on the due day (at once when the task starts later that day);
- ``escalation`` once the due time has passed, to the front office above the desk.

Each is a Notification row, unique per (task, kind, deadline): a granted extension starts a new
series. The scan claims a task by moving its ``next_notice_at`` with a conditional update, so
two scans at once write nothing twice. A scan that comes late (the worker was down) writes only
the most advanced notice due: a 50% reminder after the deadline is noise.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from celery.exceptions import SoftTimeLimitExceeded
from django.db import IntegrityError, transaction
from django.utils import timezone

from tracker.models import OPEN_STATUSES, Desk, Notification, Task, TaskEvent
from tracker.routing import triage_desk

log = logging.getLogger(__name__)
Kind = Notification.Kind
DUE_DAY_REMINDER = time(9, 0)


@dataclass(frozen=True)
class Notice:
    kind: str
    at: datetime

    def is_due(self, now: datetime) -> bool:
        # Escalation only once the deadline has passed: at the due time the task is not late.
        return self.at < now if self.kind == Kind.ESCALATION else self.at <= now


def notice_schedule(*, starts_at: datetime, due_at: datetime, time_zone: str) -> list[Notice]:
    """When each notice of a task falls due, in time order."""
    span = max(due_at - starts_at, timedelta(0))
    zone = ZoneInfo(time_zone)
    due_day = datetime.combine(due_at.astimezone(zone).date(), DUE_DAY_REMINDER, tzinfo=zone)
    notices = [
        Notice(Kind.REMINDER_HALF, starts_at + span / 2),
        Notice(Kind.REMINDER_THREE_QUARTERS, starts_at + span * 3 / 4),
        Notice(Kind.DUE_TODAY, min(max(due_day, starts_at), due_at)),
        Notice(Kind.ESCALATION, due_at),
    ]
    return sorted(notices, key=lambda n: n.at)


def deadlines_scan(*, now: datetime | None = None, limit: int = 1000) -> list[Notification]:
    """Write the reminders and escalations that have fallen due. Safe to run at any time."""
    now = now or timezone.now()
    tasks = (
        Task.objects.filter(status__in=OPEN_STATUSES, next_notice_at__lte=now)
        .select_related("desk", "assignee")
        .order_by("next_notice_at")[:limit]
    )
    written = [_notify_isolated(task, now) for task in tasks]
    return [n for n in written if n is not None]


def _notify_isolated(task: Task, now: datetime) -> Notification | None:
    # A task the scan cannot handle (its desk's time zone mistyped in the admin) must not stop
    # the reminders of every task behind it; it is logged and tried again at the next scan.
    try:
        with transaction.atomic():
            return _notify(task, now)
    except SoftTimeLimitExceeded:
        raise  # the worker's time is up: stop the whole run, not just this item
    except Exception:
        log.exception("the deadline scan could not handle task T%s", task.pk)
        return None


def _notify(task: Task, now: datetime) -> Notification | None:
    schedule = notice_schedule(
        starts_at=task.starts_at, due_at=task.due_at, time_zone=task.desk.time_zone
    )
    due = [n for n in schedule if n.is_due(now)]
    upcoming = [n.at for n in schedule if not n.is_due(now)]
    with transaction.atomic():
        claimed = Task.objects.filter(
            pk=task.pk, next_notice_at=task.next_notice_at, due_at=task.due_at
        ).update(next_notice_at=min(upcoming) if upcoming else None)
        if not claimed or not due:
            return None
        return _write(task, due[-1].kind, now)


def _write(task: Task, kind: str, now: datetime) -> Notification | None:
    if Notification.objects.filter(task=task, kind=kind, due_at=task.due_at).exists():
        return None
    escalating = kind == Kind.ESCALATION
    desk = _escalation_desk(task.desk) if escalating else task.desk
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                task=task,
                kind=kind,
                due_at=task.due_at,
                recipient_desk=desk,
                recipient_user=None if escalating else task.assignee,
                created=now,
            )
    except IntegrityError:
        return None  # another scan wrote it first: once is enough
    if escalating:
        TaskEvent.objects.create(
            task=task,
            at=now,
            kind="escalated",
            from_status=task.status,
            to_status=task.status,
            note=f"past due {task.due_at:%Y-%m-%d %H:%M %Z}: to {desk}",
        )
    return notification


def _escalation_desk(desk: Desk) -> Desk:
    """The front office above the desk; the triage desk for a desk with nobody above it."""
    return desk.front_office() or triage_desk()
