"""A task answered by a cable classified above its own: whoever sees the task sees it responded,
but only those cleared for the response cable see which cable it was (DOMAIN.md "Access")."""

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from cables.models import CableReference
from tracker.responses import responses_record_for_cable
from tracker.tests.factories import cable_row, person
from tracker.tests.test_access import tasked

pytestmark = pytest.mark.django_db


def task_page(user: Any, task_id: int) -> str:
    codenames = ["view_task", "view_taskevent"]
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(user)
    return client.get(f"/admin/tracker/task/{task_id}/change/").content.decode()


def answered(level: str) -> int:
    task = tasked("08BAKU1701", "EUR/CARC", level="CONFIDENTIAL")
    reply = cable_row("08STATE1702", station="STATE", level=level)
    CableReference.objects.create(cable=reply, position=0, cited_reference_id="08BAKU1701", raw="A")
    assert [t.pk for t in responses_record_for_cable(cable_id=reply.pk)] == [task.pk]
    return task.pk


def test_it_hides_a_secret_reply_from_alice_cleared_confidential() -> None:
    task_id = answered("SECRET")
    alice = person("alice", "EUR/CARC", clearance="CONFIDENTIAL", is_staff=True)
    bob = person("bob", "EUR/CARC", clearance="SECRET", is_staff=True)

    alices = task_page(alice, task_id)

    assert "Responded" in alices and "08BAKU1701" in alices
    assert "08STATE1702" not in alices
    assert "08STATE1702" in task_page(bob, task_id)


def test_it_names_a_reply_no_higher_than_the_tasking_in_the_history() -> None:
    task_id = answered("CONFIDENTIAL")
    alice = person("alice", "EUR/CARC", clearance="CONFIDENTIAL", is_staff=True)

    assert task_page(alice, task_id).count("08STATE1702") >= 2  # the field and the history
