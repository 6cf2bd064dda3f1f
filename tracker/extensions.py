"""Extensions: a desk asks for a later deadline with a reason; its front office decides.

The history keeps both dates: the Extension row holds the deadline before and the one asked
for, and the task's events say who asked, who decided and what the deadline became.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from tracker.lifecycle import TransitionError
from tracker.models import OPEN_STATUSES, Desk, Extension, Membership, Task, TaskEvent


class ExtensionError(TransitionError):
    """An extension that cannot be asked for or decided, and why."""


def extension_request(
    *, task: Task, actor: Any, proposed_due_at: datetime, reason: str, now: datetime | None = None
) -> Extension:
    now = now or timezone.now()
    if task.status not in OPEN_STATUSES:
        raise ExtensionError(f"task T{task.pk} is {task.status}: no extension for it")
    if not reason.strip():
        raise ExtensionError("say why the desk needs more time")
    if proposed_due_at <= task.due_at:
        raise ExtensionError(f"the new deadline must be later than {task.due_at:%Y-%m-%d %H:%M}")
    if not _may_act_for(actor, [task.desk]):
        raise ExtensionError(f"{actor} is not a member of {task.desk}: only the desk asks")
    waiting = f"task T{task.pk} already has an extension waiting for a decision"
    if _has_pending(task):
        raise ExtensionError(waiting)
    try:
        with transaction.atomic():
            extension = Extension.objects.create(
                task=task,
                requested_by=actor,
                requested_at=now,
                previous_due_at=task.due_at,
                proposed_due_at=proposed_due_at,
                reason=reason,
            )
            _event(task, actor, now, "extension_requested", f"{_dates(extension)}: {reason}")
    except IntegrityError as error:
        # Two requests at once both passed the check above; the one-pending constraint let
        # one through. The other is told so, as if it had come second.
        if not _has_pending(task):
            raise
        raise ExtensionError(waiting) from error
    return extension


def extension_decide(
    *, extension: Extension, actor: Any, grant: bool, note: str = "", now: datetime | None = None
) -> Extension:
    """The front office above the task's desk grants (the deadline moves) or refuses."""
    now = now or timezone.now()
    task = extension.task
    front = task.desk.front_office()
    if not _may_act_for(actor, [front] if front else []):
        raise ExtensionError(f"only {front or 'a superuser'} decides extensions for {task.desk}")
    status = Extension.Status.GRANTED if grant else Extension.Status.REFUSED
    with transaction.atomic():
        # Claim the pending request: deciding twice, or two deciders at once, does nothing more.
        claimed = Extension.objects.filter(pk=extension.pk, status=Extension.Status.PENDING).update(
            status=status, decided_by=actor, decided_at=now, decision_note=note
        )
        if not claimed:
            raise ExtensionError(f"this extension was already {_current_status(extension)}")
        if grant:
            Task.objects.filter(pk=task.pk).update(
                due_at=extension.proposed_due_at, next_notice_at=now, updated=now
            )
            task.due_at = extension.proposed_due_at
        _event(task, actor, now, f"extension_{status}", f"{_dates(extension)}. {note}".strip())
    extension.refresh_from_db()
    return extension


def _has_pending(task: Task) -> bool:
    return task.extensions.filter(status=Extension.Status.PENDING).exists()


def _may_act_for(actor: Any, desks: list[Desk]) -> bool:
    if actor is None or not actor.is_authenticated:
        return False
    if actor.is_superuser:
        return True
    # A member of a desk, or of an office above it, acts for it.
    chain = {d.pk for desk in desks for d in (desk, *desk.ancestors())}
    return Membership.objects.filter(user=actor, desk_id__in=chain).exists()


def _current_status(extension: Extension) -> str:
    return Extension.objects.values_list("status", flat=True).get(pk=extension.pk)


def _dates(extension: Extension) -> str:
    return (
        f"deadline {extension.previous_due_at:%Y-%m-%d %H:%M %Z} -> "
        f"{extension.proposed_due_at:%Y-%m-%d %H:%M %Z}"
    )


def _event(task: Task, actor: Any, now: datetime, kind: str, note: str) -> None:
    TaskEvent.objects.create(
        task=task,
        at=now,
        actor=actor,
        kind=kind,
        from_status=task.status,
        to_status=task.status,
        note=note,
    )
