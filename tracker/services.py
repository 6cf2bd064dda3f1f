"""Writes of the tasking domain: routing a cable into tasks, with deadlines and watchers.

The lifecycle is in tracker/lifecycle.py, extensions in tracker/extensions.py, the deadline
scan in tracker/reminders.py, responses in tracker/responses.py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from cables.models import ActionRequest, Cable
from tracker.addressees import desks_for_addressees
from tracker.deadlines import Sla, default_due, explicit_due
from tracker.models import Desk, DeskSla, RoutedCable, RoutingFailure, Task, TaskEvent, Watch
from tracker.responses import responses_record_for_cable
from tracker.routing import Route, routes_for

log = logging.getLogger(__name__)
MAX_RETRY_WAIT = timedelta(days=1)  # the longest a cable that failed routing waits


@dataclass(frozen=True)
class Routed:
    created: list[Task]
    responded: list[Task]


def cable_route(*, cable_id: int) -> Routed:
    """Everything the tracker does when a cable arrives: its requests become tasks, and the
    open tasks it answers become responded. Safe to run twice."""
    if not Cable.objects.filter(pk=cable_id).exists():
        log.warning("cable %s is gone: nothing to route", cable_id)
        return Routed(created=[], responded=[])
    created = tasks_create_for_cable(cable_id=cable_id)
    responded = responses_record_for_cable(cable_id=cable_id)
    # Marked last: a crash before this line leaves the cable to the outbox sweep.
    RoutedCable.objects.get_or_create(cable_id=cable_id)
    RoutingFailure.objects.filter(cable_id=cable_id).delete()  # routed at last, by any path
    return Routed(created=created, responded=responded)


def cables_route_pending(*, before: datetime, limit: int, now: datetime | None = None) -> int:
    """The outbox sweep: handle the cables ingested before ``before`` that the tracker has not
    handled (their publish was lost). Returns how many tasks it created."""
    now = now or timezone.now()
    pending = (
        Cable.objects.filter(routing__isnull=True, ingested_at__lt=before)
        # A cable that failed waits for its retry time; never-failed cables go first, in
        # order: a full batch of cables that always fail cannot keep the others from a turn.
        .filter(Q(routing_failure__isnull=True) | Q(routing_failure__retry_after__lte=now))
        .order_by(F("routing_failure__retry_after").asc(nulls_first=True), "pk")
        .values_list("pk", flat=True)[:limit]
    )
    return sum(_route_in_sweep(pk, now) for pk in list(pending))


def _route_in_sweep(cable_id: int, now: datetime) -> int:
    # One cable that cannot be routed (a desk's time zone mistyped, a bug) must not hold up
    # the cables behind it: it is logged, rolled back whole, and tried again later.
    try:
        with transaction.atomic():
            return len(cable_route(cable_id=cable_id).created)
    except SoftTimeLimitExceeded:
        raise  # the worker's time is up: stop the whole run, not just this item
    except Exception as error:
        log.exception("the sweep could not route cable %s; it will try again", cable_id)
        try:
            _failed(cable_id, error, now)
        except SoftTimeLimitExceeded:
            raise
        except Exception:  # the record is a courtesy: the sweep goes on without it
            log.exception("the sweep could not record the failure of cable %s", cable_id)
        return 0


def _failed(cable_id: int, error: Exception, now: datetime) -> None:
    with transaction.atomic():
        # Gone, or routed meanwhile by its published task: nothing to remember.
        if not Cable.objects.filter(pk=cable_id, routing__isnull=True).exists():
            return
        failure, _ = RoutingFailure.objects.select_for_update().get_or_create(cable_id=cable_id)
        failure.attempts += 1
        failure.last_failed_at = now
        failure.retry_after = now + min(
            timedelta(minutes=2 ** min(failure.attempts, 11)), MAX_RETRY_WAIT
        )
        failure.error = f"{type(error).__name__}: {error}"[:500]
        failure.save()


def tasks_create_for_cable(*, cable_id: int) -> list[Task]:
    """Route every action request of a cable that has no task yet. Safe to run twice."""
    created: list[Task] = []
    pending = ActionRequest.objects.filter(cable_id=cable_id, tasks__isnull=True)
    for request in pending.select_related("cable"):
        created.extend(tasks_create_for_request(action_request=request))
    return created


@transaction.atomic
def tasks_create_for_request(*, action_request: ActionRequest) -> list[Task]:
    created: list[Task] = []
    routes = routes_for(action_request)
    received = action_request.cable.created or timezone.now()
    for route in routes:
        task, is_new = Task.objects.get_or_create(
            action_request=action_request,
            desk=route.desk,
            defaults=_task_defaults(action_request, route, received),
        )
        if is_new:
            TaskEvent.objects.create(
                task=task, kind="created", to_status=task.status, note=route.reason
            )
            created.append(task)
    watches_add_for_request(action_request=action_request)
    return created


def _task_defaults(request: ActionRequest, route: Route, received: datetime) -> dict[str, object]:
    return {
        "role": route.role,
        "starts_at": received,
        "due_at": task_due_at(action_request=request, desk=route.desk),
        "routing_rule": route.rule,
        "routing_reason": route.reason[:256],
        # The deadline scan looks at a new task at its next run.
        "next_notice_at": received,
    }


def watches_add_for_request(*, action_request: ActionRequest) -> int:
    """INFO addressees and supporting desks watch the lead tasks of a request. Idempotent."""
    tasks = list(action_request.tasks.select_related("desk"))
    leads = [t for t in tasks if t.role == Task.Role.LEAD]
    watchers = [
        (d, Watch.Reason.INFO) for d in desks_for_addressees(action_request.cable.info_addressees)
    ]
    watchers += [(t.desk, Watch.Reason.SUPPORTING) for t in tasks if t.role != Task.Role.LEAD]
    added = 0
    for lead in leads:
        for desk, reason in watchers:
            if desk.pk != lead.desk_id:
                added += Watch.objects.get_or_create(
                    task=lead, desk=desk, defaults={"reason": reason}
                )[1]
    return added


def task_due_at(*, action_request: ActionRequest, desk: Desk) -> datetime:
    """Explicit deadlines win; else the precedence default, or the desk's SLA override."""
    if action_request.deadline is not None:
        return explicit_due(
            deadline=action_request.deadline,
            at=action_request.deadline_time,
            time_zone=desk.time_zone,
        )
    cable = action_request.cable
    precedence = "IMMEDIATE" if action_request.asap else (cable.precedence or "ROUTINE")
    niact = _is_niact_addressee(cable.niact, desk)
    return default_due(
        precedence=precedence,
        received=cable.created or timezone.now(),
        time_zone=desk.time_zone,
        niact=niact,
        sla=desk_sla(desk=desk, precedence="NIACT" if niact else precedence),
    )


def desk_sla(*, desk: Desk, precedence: str) -> Sla | None:
    """The desk's override for a precedence, else the nearest one set above it."""
    chain = [desk, *desk.ancestors()]
    overrides = {
        o.desk_id: o for o in DeskSla.objects.filter(desk__in=chain, precedence=precedence)
    }
    for candidate in chain:
        if candidate.pk in overrides:
            found = overrides[candidate.pk]
            return Sla(amount=found.amount, unit=found.unit)
    return None


def _is_niact_addressee(niact_names: list[str], desk: Desk) -> bool:
    if not niact_names:
        return False
    names = " ".join(niact_names).upper()
    if desk.kind == Desk.Kind.POST:
        return desk.symbol in names.replace(" ", "")
    return "SECSTATE" in names
