"""Responses close the loop: a cable that cites a tasking cable and comes from the tasked side
marks the matching open tasks responded and links itself to them (DOMAIN.md).

The tasked side: the Department (a STATE cable) answers for tasks held by Department offices;
a post answers for its own tasks (BERLIN reporting back on a demarche). A cable from elsewhere
that merely cites the tasking cable changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from cables.models import Cable, CableReference
from tracker.countrydesks import DEPARTMENT_STATIONS, post_symbol
from tracker.models import OPEN_STATUSES, Desk, Task, TaskEvent


def from_tasked_side(*, cable: Cable, desk: Desk) -> bool:
    station = post_symbol(cable.station)
    if desk.kind == Desk.Kind.OFFICE:
        return station in DEPARTMENT_STATIONS
    return station == desk.symbol.upper()


def responses_record_for_cable(*, cable_id: int, now: datetime | None = None) -> list[Task]:
    """Mark responded the open tasks this cable answers. Safe to run twice."""
    cable = Cable.objects.get(pk=cable_id)
    cited = set(
        CableReference.objects.filter(cable=cable)
        .exclude(cited_reference_id="")
        .values_list("cited_reference_id", flat=True)
    )
    cited.discard(cable.reference_id)
    if not cited:
        return []
    candidates = (
        Task.objects.filter(action_request__cable__reference_id__in=cited, status__in=OPEN_STATUSES)
        .select_related("desk", "action_request__cable")
        .order_by("pk")
    )
    return [
        task
        for task in candidates
        if from_tasked_side(cable=cable, desk=task.desk)
        and _mark_responded(task, cable, now or timezone.now())
    ]


@transaction.atomic
def _mark_responded(task: Task, cable: Cable, now: datetime) -> bool:
    # Claim the row: a second run, or a person changing the task meanwhile, updates nothing.
    claimed = Task.objects.filter(
        pk=task.pk, status=task.status, response_cable__isnull=True
    ).update(status=Task.Status.RESPONDED, response_cable=cable, updated=now)
    if not claimed:
        return False
    TaskEvent.objects.create(
        task=task,
        at=now,
        kind="responded",
        from_status=task.status,
        to_status=Task.Status.RESPONDED,
        note=_note(task.action_request.cable, cable),
    )
    task.status, task.response_cable = Task.Status.RESPONDED, cable
    return True


def _note(tasking: Cable, response: Cable) -> str:
    # Whoever sees the task sees its history: a response cable classified above the tasking
    # one (or NOFORN when it is not) must not be named there (DOMAIN.md "Access").
    if response.level_rank <= tasking.level_rank and (tasking.noforn or not response.noforn):
        return f"response cable {response.reference_id} cites {tasking.reference_id}"
    return f"a response cable classified above this tasking cites {tasking.reference_id}"
