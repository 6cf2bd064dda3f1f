"""Every tracker page of the admin opens for a superuser (no broken list or form)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from tracker.extensions import extension_request
from tracker.models import Desk, RoutingRule, Task
from tracker.reminders import deadlines_scan
from tracker.services import cables_route_pending, tasks_create_for_cable
from tracker.tests.factories import (
    BROKEN_TIME_ZONE,
    cable_row,
    person,
    request_row,
    unroutable_cable,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> Client:
    cable = cable_row("08BAKU1300", for_offices=("EUR/CARC",), info=(("", "AMEMBASSY ANKARA"),))
    request_row(cable)
    tasks_create_for_cable(cable_id=cable.pk)
    task = Task.objects.get()
    root = person("root", "EUR/CARC", is_staff=True, is_superuser=True)
    extension_request(
        task=task, actor=root, proposed_due_at=task.due_at + timedelta(days=1), reason="x"
    )
    deadlines_scan(now=task.due_at + timedelta(minutes=1))
    client = Client()
    client.force_login(root)
    return client


@pytest.mark.parametrize(
    "model", ["desk", "routingrule", "task", "taskevent", "extension", "notification"]
)
def test_it_opens_the_list_and_the_first_row(client: Client, model: str) -> None:
    listing = client.get(f"/admin/tracker/{model}/")
    assert listing.status_code == 200
    first = listing.context["cl"].result_list[0]

    assert client.get(f"/admin/tracker/{model}/{first.pk}/change/").status_code == 200


def test_it_opens_a_user_with_profile_and_desks(client: Client) -> None:
    alice = person("alice", "EUR/CARC")

    assert client.get(f"/admin/auth/user/{alice.pk}/change/").status_code == 200


def test_it_opens_the_forms_to_add_a_rule_and_a_desk(client: Client) -> None:
    assert client.get("/admin/tracker/routingrule/add/").status_code == 200
    assert client.get("/admin/tracker/desk/add/").status_code == 200
    assert RoutingRule.objects.exists() and Desk.objects.exists()


def test_an_operator_sees_the_cables_the_sweep_could_not_route(client: Client) -> None:
    unroutable_cable("08BAKU1390")
    later = timezone.now() + timedelta(minutes=5)
    cables_route_pending(before=later, limit=10, now=later)

    listing = client.get("/admin/tracker/routingfailure/")
    assert listing.status_code == 200
    assert [f.cable.reference_id for f in listing.context["cl"].result_list] == ["08BAKU1390"]
    assert BROKEN_TIME_ZONE.encode() in listing.content
    assert client.get("/admin/tracker/routingfailure/add/").status_code == 403


def test_a_failure_above_the_users_clearance_is_not_listed() -> None:
    unroutable_cable("08BAKU1391", level="SECRET")
    later = timezone.now() + timedelta(minutes=5)
    cables_route_pending(before=later, limit=10, now=later)
    clerk = person("clerk", "EUR/CARC", clearance="CONFIDENTIAL", is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="view_routingfailure"))
    viewer = Client()
    viewer.force_login(clerk)

    listing = viewer.get("/admin/tracker/routingfailure/")
    assert listing.status_code == 200
    assert list(listing.context["cl"].result_list) == []
