"""Celery tasks: take ids, call one service, safe to run twice."""

from __future__ import annotations

from celery import shared_task
from django.db import OperationalError

from cables.models import ActionRequest
from tracker.services import tasks_create_for_cable


@shared_task(
    name="tracker.route_cable",
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=5,
)
def route_cable(cable_id: int) -> int:
    """Create the tasks for a newly ingested cable's action requests."""
    return len(tasks_create_for_cable(cable_id=cable_id))


@shared_task(name="tracker.route_pending")
def route_pending(limit: int = 500) -> int:
    """The outbox sweep: route action requests whose publish was lost (Redis was down)."""
    cable_ids = (
        ActionRequest.objects.filter(tasks__isnull=True)
        .values_list("cable_id", flat=True)
        .distinct()[:limit]
    )
    return sum(len(tasks_create_for_cable(cable_id=c)) for c in list(cable_ids))
