"""The tasking lifecycle (DOMAIN.md): the only way a task's status, desk or assignee changes.

    new -> acknowledged -> in_progress -> responded -> closed
    new | acknowledged | in_progress -> returned (to triage, with a reason) -> rerouted: new
    new | acknowledged | in_progress -> cancelled (with a reason)
    responded -> in_progress (reopened: the response did not settle it)

A response cable marks an open task responded from any open state (tracker/responses.py).
Every change claims the row with a conditional update on the status it read, so two people
acting at once cannot both succeed, and writes a TaskEvent (who, when, from, to, note).
Only the task's desk and the offices above it change it; watchers may comment.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from tracker.models import OPEN_STATUSES, Desk, Membership, Task, TaskEvent
from tracker.routing import triage_desk
from tracker.selectors import desks_of, tasks_visible_to

Status = Task.Status
Actor = AbstractBaseUser | AnonymousUser | None

TRANSITIONS: dict[str, frozenset[str]] = {
    Status.NEW: frozenset({Status.ACKNOWLEDGED, Status.RETURNED, Status.CANCELLED}),
    Status.ACKNOWLEDGED: frozenset({Status.IN_PROGRESS, Status.RETURNED, Status.CANCELLED}),
    Status.IN_PROGRESS: frozenset({Status.RESPONDED, Status.RETURNED, Status.CANCELLED}),
    Status.RESPONDED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
    Status.RETURNED: frozenset({Status.CANCELLED}),
    Status.CLOSED: frozenset(),
    Status.CANCELLED: frozenset(),
}


class TransitionError(ValueError):
    """A lifecycle change that is not allowed, with a message a desk officer understands."""


def task_transition(
    *, task: Task, to: str, actor: Actor = None, note: str = "", now: datetime | None = None
) -> Task:
    """Move ``task`` to status ``to`` if the lifecycle allows it from its current status."""
    if to == Status.RETURNED:
        raise TransitionError("a task is returned with task_return: to triage, with a reason")
    _check_transition(task, to)
    return _change(task, actor=actor, kind=to, note=note, now=now, status=to)


def _check_transition(task: Task, to: str) -> None:
    if to not in TRANSITIONS.get(task.status, frozenset()):
        allowed = ", ".join(sorted(TRANSITIONS.get(task.status, ()))) or "nothing (final)"
        raise TransitionError(
            f"task T{task.pk} is {task.status}: it cannot become {to} (allowed: {allowed})"
        )


def task_acknowledge(*, task: Task, actor: Actor = None, now: datetime | None = None) -> Task:
    return task_transition(task=task, to=Status.ACKNOWLEDGED, actor=actor, now=now)


def task_start(*, task: Task, actor: Actor = None, now: datetime | None = None) -> Task:
    return task_transition(task=task, to=Status.IN_PROGRESS, actor=actor, now=now)


def task_respond(
    *, task: Task, actor: Actor = None, note: str = "", now: datetime | None = None
) -> Task:
    return task_transition(task=task, to=Status.RESPONDED, actor=actor, note=note, now=now)


def task_close(*, task: Task, actor: Actor = None, now: datetime | None = None) -> Task:
    return task_transition(task=task, to=Status.CLOSED, actor=actor, now=now)


def task_cancel(
    *, task: Task, reason: str, actor: Actor = None, now: datetime | None = None
) -> Task:
    _require_reason(reason, "cancel")
    return task_transition(task=task, to=Status.CANCELLED, actor=actor, note=reason, now=now)


def task_return(
    *, task: Task, reason: str, actor: Actor = None, now: datetime | None = None
) -> Task:
    """Misrouted: back to the triage desk with a reason, to be rerouted from there."""
    _require_reason(reason, "return")
    triage = triage_desk()
    if task.desk_id == triage.pk:
        raise TransitionError(f"task T{task.pk} is already with triage: reroute it instead")
    _check_transition(task, Status.RETURNED)
    return _move(
        task,
        triage,
        actor=actor,
        kind=Status.RETURNED,
        note=reason,
        now=now,
        status=Status.RETURNED,
    )


def task_reroute(
    *, task: Task, desk: Desk, actor: Actor = None, note: str = "", now: datetime | None = None
) -> Task:
    """Triage sends a returned task to the desk it chooses; the task starts again as new."""
    if task.status != Status.RETURNED:
        raise TransitionError(f"task T{task.pk} is {task.status}: only a returned task is rerouted")
    return _move(task, desk, actor=actor, kind="rerouted", note=note, now=now, status=Status.NEW)


def task_reassign(
    *, task: Task, desk: Desk, actor: Actor = None, note: str = "", now: datetime | None = None
) -> Task:
    """Hand an open task to another desk (the triage desk dispatching, a bureau rebalancing)."""
    if task.status not in OPEN_STATUSES:
        raise TransitionError(f"task T{task.pk} is {task.status}: only an open task is reassigned")
    return _move(task, desk, actor=actor, kind="reassigned", note=note, now=now, status=Status.NEW)


def task_assign(
    *, task: Task, assignee: Any, actor: Actor = None, now: datetime | None = None
) -> Task:
    """Give the task to one person of its desk (or of an office above it)."""
    if task.status not in OPEN_STATUSES:
        raise TransitionError(f"task T{task.pk} is {task.status}: only an open task is assigned")
    desks = [task.desk, *task.desk.ancestors()]
    if not Membership.objects.filter(user=assignee, desk__in=desks).exists():
        raise TransitionError(f"{assignee} is not a member of {task.desk} or an office above it")
    # The assignee must be able to read the task they are given (DOMAIN.md "Access").
    if not tasks_visible_to(assignee).filter(pk=task.pk).exists():
        raise TransitionError(f"{assignee} is not cleared for the cable of task T{task.pk}")
    return _change(
        task, actor=actor, kind="assigned", note=str(assignee), now=now, assignee=assignee
    )


def task_comment(
    *, task: Task, note: str, actor: Actor = None, now: datetime | None = None
) -> TaskEvent:
    if not note.strip():
        raise TransitionError("a comment needs some text")
    return TaskEvent.objects.create(
        task=task, at=now or timezone.now(), actor=_user(actor), kind="comment", note=note
    )


def _move(
    task: Task,
    desk: Desk,
    *,
    actor: Actor,
    kind: str,
    note: str,
    now: datetime | None,
    status: str,
) -> Task:
    if desk.pk == task.desk_id:
        raise TransitionError(f"task T{task.pk} is already with {desk}")
    already = f"{desk} already has a task for this action request"
    if Task.objects.filter(action_request_id=task.action_request_id, desk=desk).exists():
        raise TransitionError(already)
    try:
        return _change(
            task,
            actor=actor,
            kind=kind,
            note=f"{task.desk} -> {desk}: {note}".rstrip(": "),
            now=now,
            status=status,
            desk=desk,
            routing_rule=None,
            routing_reason=f"{kind} from {task.desk}: {note}"[:256],
            assignee=None,
            # The new desk gets the reminders from now on.
            next_notice_at=now or timezone.now(),
        )
    except IntegrityError as exc:  # the desk got a task for this request a moment ago
        raise TransitionError(already) from exc


@transaction.atomic
def _change(
    task: Task, *, actor: Actor, kind: str, note: str, now: datetime | None, **fields: Any
) -> Task:
    _check_actor(task, actor)
    now = now or timezone.now()
    # Claim the row on what we read: a concurrent change makes this update nothing.
    claimed = Task.objects.filter(pk=task.pk, status=task.status, desk_id=task.desk_id).update(
        updated=now, **fields
    )
    if not claimed:
        raise TransitionError(f"task T{task.pk} was changed meanwhile: reload it and try again")
    before = task.status
    for name, value in fields.items():
        setattr(task, name, value)
    TaskEvent.objects.create(
        task=task,
        at=now,
        actor=_user(actor),
        kind=kind,
        from_status=before,
        to_status=task.status,
        note=note,
    )
    return task


def _check_actor(task: Task, actor: Actor) -> None:
    # Watchers (INFO addressees, supporting desks) see a task; only its desk and the offices
    # above it change it. No actor: the system (routing, responses) acting.
    user = _user(actor)
    if user is None or user.is_superuser or task.desk_id in desks_of(user):
        return
    raise TransitionError(f"{user} does not act for {task.desk}: only its desk and offices above")


def _require_reason(reason: str, verb: str) -> None:
    if not reason.strip():
        raise TransitionError(f"say why: a task cannot {verb} without a reason")


def _user(actor: Actor) -> Any:
    return actor if actor is not None and actor.is_authenticated else None
