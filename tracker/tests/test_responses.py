"""Responses close the loop: a cable from the tasked side citing the tasking cable marks its
open tasks responded and links itself; a cable from anyone else changes nothing."""

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest

from cables.models import CableReference
from cables.services import cable_ingest
from conftest import demo_cable
from tracker import lifecycle
from tracker.models import Task
from tracker.services import cable_route
from tracker.tests.factories import cable_row, request_row, synthetic_cable

pytestmark = pytest.mark.django_db
Capture = Callable[..., AbstractContextManager[Any]]


def ingest(capture: Capture, *texts: str) -> None:
    with capture(execute=True):
        for text in texts:
            cable_ingest(text=text)


def task_of(reference_id: str, desk: str) -> Task:
    return Task.objects.get(action_request__cable__reference_id=reference_id, desk__symbol=desk)


def test_it_marks_the_task_responded_when_the_department_replies(
    django_capture_on_commit_callbacks: Capture,
) -> None:
    ingest(django_capture_on_commit_callbacks, demo_cable("08BAKU192"), demo_cable("08STATE24001"))

    task = task_of("08BAKU192", "EUR/CARC")
    assert task.status == "responded"
    assert task.response_cable is not None
    assert task.response_cable.reference_id == "08STATE24001"
    event = task.events.get(kind="responded")
    assert (event.from_status, event.to_status) == ("new", "responded")
    assert "08STATE24001" in event.note


def test_it_marks_only_the_post_that_reported_back(
    django_capture_on_commit_callbacks: Capture,
) -> None:
    ingest(
        django_capture_on_commit_callbacks,
        demo_cable("08STATE25117"),
        synthetic_cable("08BERLIN401"),
    )

    assert task_of("08STATE25117", "BERLIN").status == "responded"
    assert task_of("08STATE25117", "PARIS").status == "new"
    assert task_of("08STATE25117", "LONDON").status == "new"


def test_it_ignores_a_cable_from_a_third_post_citing_the_tasking(
    django_capture_on_commit_callbacks: Capture,
) -> None:
    ingest(
        django_capture_on_commit_callbacks, demo_cable("08BAKU192"), synthetic_cable("08ANKARA310")
    )

    task = task_of("08BAKU192", "EUR/CARC")
    assert (task.status, task.response_cable) == ("new", None)


def test_it_records_a_response_once(django_capture_on_commit_callbacks: Capture) -> None:
    ingest(django_capture_on_commit_callbacks, demo_cable("08BAKU192"), demo_cable("08STATE24001"))
    reply = Task.objects.get(action_request__cable__reference_id="08BAKU192").response_cable
    assert reply is not None

    assert cable_route(cable_id=reply.pk).responded == []
    assert task_of("08BAKU192", "EUR/CARC").events.filter(kind="responded").count() == 1


def test_it_leaves_a_cancelled_task_alone(django_capture_on_commit_callbacks: Capture) -> None:
    ingest(django_capture_on_commit_callbacks, demo_cable("08BAKU192"))
    lifecycle.task_cancel(task=task_of("08BAKU192", "EUR/CARC"), reason="overtaken by events")

    ingest(django_capture_on_commit_callbacks, demo_cable("08STATE24001"))

    task = task_of("08BAKU192", "EUR/CARC")
    assert (task.status, task.response_cable) == ("cancelled", None)


def test_it_matches_a_post_by_the_station_of_its_cables() -> None:
    tasking = cable_row("09STATE1600", station="STATE", to=(("", "AMEMBASSY MEXICO"),))
    request_row(tasking, action_office="MEXICO", requested_of="Embassy Mexico")
    cable_route(cable_id=tasking.pk)
    report = cable_row("09MEXICO700", station="MEXICO")
    CableReference.objects.create(
        cable=report, position=0, cited_reference_id="09STATE1600", raw="STATE 1600"
    )

    cable_route(cable_id=report.pk)

    assert task_of("09STATE1600", "MEXICO").status == "responded"
