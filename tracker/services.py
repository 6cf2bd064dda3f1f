"""Writes of the tasking domain."""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from cables.models import ActionRequest
from tracker.deadlines import default_due, explicit_due
from tracker.models import Desk, Task, TaskEvent
from tracker.routing import routes_for

log = logging.getLogger(__name__)


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
    for route in routes_for(action_request):
        task, is_new = Task.objects.get_or_create(
            action_request=action_request,
            desk=route.desk,
            defaults={
                "role": route.role,
                "due_at": task_due_at(action_request=action_request, desk=route.desk),
                "routing_reason": route.reason[:256],
            },
        )
        if is_new:
            TaskEvent.objects.create(
                task=task, kind="created", to_status=task.status, note=route.reason
            )
            created.append(task)
    return created


def task_due_at(*, action_request: ActionRequest, desk: Desk) -> datetime:
    if action_request.deadline is not None:
        return explicit_due(
            deadline=action_request.deadline,
            at=action_request.deadline_time,
            time_zone=desk.time_zone,
        )
    cable = action_request.cable
    precedence = "IMMEDIATE" if action_request.asap else cable.precedence
    return default_due(
        precedence=precedence or "ROUTINE",
        received=cable.created or timezone.now(),
        time_zone=desk.time_zone,
        niact=_is_niact_addressee(cable.niact, desk),
    )


def _is_niact_addressee(niact_names: list[str], desk: Desk) -> bool:
    if not niact_names:
        return False
    names = " ".join(niact_names).upper()
    if desk.kind == Desk.Kind.POST:
        return desk.symbol in names.replace(" ", "")
    return "SECSTATE" in names
