"""Who sees which tasks (DOMAIN.md "Access"): desks and the desks below, watches, clearance,
NOFORN; superusers everything. The admin lists only what the user may see."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from tracker.models import Desk, Task, Watch
from tracker.selectors import tasks_visible_to
from tracker.services import tasks_create_for_cable
from tracker.tests.factories import cable_row, person, request_row

pytestmark = pytest.mark.django_db


def tasked(reference_id: str, office: str, **cable: object) -> Task:
    station = "STATE" if "/" not in office else "BAKU"
    row = cable_row(reference_id, station=station, for_offices=(office,), **cable)  # type: ignore[arg-type]
    request_row(row, action_office=office)
    tasks_create_for_cable(cable_id=row.pk)
    return Task.objects.get(action_request__cable=row)


def visible(user: object) -> set[str]:
    tasks = tasks_visible_to(user).select_related("action_request__cable")
    return {t.action_request.cable.reference_id for t in tasks}


def test_it_shows_a_desk_officer_their_desks_tasks_only() -> None:
    tasked("08BAKU1001", "EUR/CARC")
    tasked("08MOSCOW1002", "EUR/RUS")
    alice = person("alice", "EUR/CARC", clearance="SECRET")

    assert visible(alice) == {"08BAKU1001"}


def test_it_shows_a_front_office_its_offices_and_posts() -> None:
    tasked("08BAKU1001", "EUR/CARC")
    tasked("08STATE1003", "BAKU")
    tasked("08TOKYO1004", "EAP/J")
    frank = person("frank", "EUR/FO", clearance="SECRET")

    assert visible(frank) == {"08BAKU1001", "08STATE1003"}


def test_it_hides_cables_above_the_users_clearance() -> None:
    tasked("08BAKU1005", "EUR/CARC", level="CONFIDENTIAL")
    tasked("08BAKU1006", "EUR/CARC", level="SECRET")
    carol = person("carol", "EUR/CARC", clearance="CONFIDENTIAL")
    uma = person("uma", "EUR/CARC", clearance="UNCLASSIFIED")

    assert visible(carol) == {"08BAKU1005"}
    assert visible(uma) == set()


def test_it_shows_noforn_only_with_the_flag() -> None:
    tasked("08BAKU1007", "EUR/CARC", level="SECRET", noforn=True)
    alice = person("alice", "EUR/CARC", clearance="SECRET")
    nina = person("nina", "EUR/CARC", clearance="SECRET", noforn=True)

    assert visible(alice) == set()
    assert visible(nina) == {"08BAKU1007"}


def test_it_shows_watched_tasks_to_the_watchers() -> None:
    task = tasked("08BAKU1008", "EUR/CARC")
    Watch.objects.create(task=task, desk=Desk.objects.get(symbol="ANKARA"), reason="info")
    dave = person("dave", "ANKARA")
    erin = person("erin", "EAP/J")
    Watch.objects.create(task=task, user=erin, reason="personal")

    assert visible(dave) == {"08BAKU1008"}
    assert visible(erin) == {"08BAKU1008"}


def test_it_shows_everything_to_a_superuser() -> None:
    tasked("08BAKU1009", "EUR/CARC", level="TOP SECRET", noforn=True)
    root = person("root", clearance="UNCLASSIFIED", is_superuser=True)

    assert visible(root) == {"08BAKU1009"}


def test_it_lists_in_the_admin_only_what_the_user_may_see() -> None:
    tasked("08BAKU1010", "EUR/CARC", level="CONFIDENTIAL")
    tasked("08BAKU1011", "EUR/CARC", level="SECRET")
    carol = person("carol", "EUR/CARC", clearance="CONFIDENTIAL", is_staff=True)
    carol.user_permissions.add(Permission.objects.get(codename="view_task"))
    client = Client()
    client.force_login(carol)

    page = client.get("/admin/tracker/task/").content.decode()

    assert "08BAKU1010" in page
    assert "08BAKU1011" not in page


def test_it_hides_cables_above_clearance_in_the_cables_admin() -> None:
    cable_row("08BAKU1012", level="CONFIDENTIAL")
    secret = cable_row("08BAKU1013", level="SECRET")
    request_row(secret)
    carol = person("carol", "EUR/CARC", clearance="CONFIDENTIAL", is_staff=True)
    codenames = ["view_cable", "view_actionrequest"]
    carol.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(carol)

    cables = client.get("/admin/cables/cable/").content.decode()
    requests = client.get("/admin/cables/actionrequest/").content.decode()

    assert "08BAKU1012" in cables and "08BAKU1013" not in cables
    assert "08BAKU1013" not in requests
    assert client.get(f"/admin/cables/cable/{secret.pk}/change/").status_code == 302
