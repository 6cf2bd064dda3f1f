"""Celery tasks: take ids, call one service, safe to run twice."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.db import OperationalError

from cables.models import ActionRequest
from tracker.reminders import deadlines_scan
from tracker.services import cable_route, tasks_create_for_cable


@shared_task(
    name="tracker.route_cable",
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=5,
)
def route_cable(cable_id: int) -> int:
    """Create the tasks of a newly ingested cable and record the tasks it answers."""
    return len(cable_route(cable_id=cable_id).created)


@shared_task(name="tracker.route_pending")
def route_pending(limit: int = 500) -> int:
    """The outbox sweep: route action requests whose publish was lost (Redis was down)."""
    cable_ids = (
        ActionRequest.objects.filter(tasks__isnull=True)
        .values_list("cable_id", flat=True)
        .distinct()[:limit]
    )
    return sum(len(tasks_create_for_cable(cable_id=c)) for c in list(cable_ids))


@shared_task(
    name="tracker.scan_deadlines",
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=3,
)
def scan_deadlines() -> int:
    """Beat, every few minutes (schedule in the database): reminders and escalations due."""
    return len(deadlines_scan(limit=settings.DEADLINE_SCAN_LIMIT))
