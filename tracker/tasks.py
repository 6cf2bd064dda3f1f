"""Celery tasks: take ids, call one service, safe to run twice."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import OperationalError
from django.utils import timezone

from tracker.reminders import deadlines_scan
from tracker.services import cable_route, cables_route_pending


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
    """The outbox sweep: handle cables whose publish was lost (Redis was down).

    Cables younger than a minute are left to the route_cable already queued for them."""
    return cables_route_pending(before=timezone.now() - timedelta(minutes=1), limit=limit)


@shared_task(
    name="tracker.scan_deadlines",
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=3,
)
def scan_deadlines() -> int:
    """Beat, every few minutes (schedule in the database): reminders and escalations due."""
    return len(deadlines_scan(limit=settings.DEADLINE_SCAN_LIMIT))
