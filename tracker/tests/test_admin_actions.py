"""Admin actions change tasks through the lifecycle services, with the same rules and history."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from tracker.models import Task
from tracker.services import tasks_create_for_cable
from tracker.tests.factories import cable_row, person, request_row

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/tracker/task/"


@pytest.fixture
def task() -> Task:
    cable = cable_row("08BAKU1200", for_offices=("EUR/CARC",))
    request_row(cable)
    tasks_create_for_cable(cable_id=cable.pk)
    return Task.objects.get(action_request__cable=cable)


@pytest.fixture
def client() -> Client:
    client = Client()
    client.force_login(person("root", is_staff=True, is_superuser=True))
    return client


def act(client: Client, task: Task, action: str, **inputs: str) -> str:
    data = {"action": action, "_selected_action": [task.pk], **inputs}
    return client.post(CHANGELIST, data, follow=True).content.decode()


def test_it_returns_to_triage_then_reroutes_from_the_admin(client: Client, task: Task) -> None:
    act(client, task, "task_return", note="energy, not Caucasus")
    task.refresh_from_db()
    assert (task.desk.symbol, task.status) == ("S/ES-O", "returned")

    act(client, task, "task_reroute", desk="eeb/esc", note="energy")
    task.refresh_from_db()
    assert (task.desk.symbol, task.status) == ("EEB/ESC", "new")
    assert str(task.events.get(kind="returned").actor) == "root"


def test_it_shows_the_services_error_for_a_forbidden_step(client: Client, task: Task) -> None:
    page = act(client, task, "task_close")

    assert "cannot become closed" in page
    task.refresh_from_db()
    assert task.status == "new"


def test_it_needs_a_reason_to_cancel_from_the_admin(client: Client, task: Task) -> None:
    page = act(client, task, "task_cancel", note="")

    assert "without a reason" in page
    task.refresh_from_db()
    assert task.status == "new"


def test_it_offers_no_lifecycle_action_to_a_read_only_user(task: Task) -> None:
    viewer = person("vic", "EUR/CARC", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_task"))
    client = Client()
    client.force_login(viewer)

    page = client.get(CHANGELIST).content.decode()

    assert "08BAKU1200" in page
    assert "task_acknowledge" not in page
