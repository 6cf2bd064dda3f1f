"""Admin forms name no cable or task above the user's clearance, and the history cannot be
rewritten: cable rows and task events are read-only in the admin (DOMAIN.md "Access")."""

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from cables.models import Paragraph
from tracker.models import Desk, TaskEvent
from tracker.tests.factories import cable_row, person
from tracker.tests.test_access import tasked

pytestmark = pytest.mark.django_db


def logged_in(user: Any, *codenames: str) -> Client:
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(user)
    return client


def test_it_lists_no_secret_cable_in_a_paragraph_page_for_alice() -> None:
    seen = cable_row("08BAKU1401", level="CONFIDENTIAL")
    cable_row("08BAKU1402", level="SECRET")
    paragraph = Paragraph.objects.create(cable=seen, position=0, number=1, text="(C) Hello.")
    alice = person("alice", "EUR/CARC", clearance="CONFIDENTIAL", is_staff=True)
    client = logged_in(alice, "view_paragraph", "change_paragraph", "add_paragraph")

    page = client.get(f"/admin/cables/paragraph/{paragraph.pk}/change/").content.decode()

    assert "08BAKU1401" in page
    assert "08BAKU1402" not in page
    assert client.get("/admin/cables/paragraph/add/").status_code == 403


def test_it_refuses_alice_moving_an_event_onto_a_task_she_may_not_see() -> None:
    mine = tasked("08BAKU1403", "EUR/CARC", level="CONFIDENTIAL")
    hidden = tasked("08BAKU1404", "EUR/CARC", level="SECRET")
    event = TaskEvent.objects.get(task=mine)
    alice = person("alice", "EUR/CARC", clearance="CONFIDENTIAL", is_staff=True)
    client = logged_in(alice, "view_taskevent", "change_taskevent")

    posted = client.post(
        f"/admin/tracker/taskevent/{event.pk}/change/",
        {"task": hidden.pk, "at_0": "2008-03-05", "at_1": "11:26", "kind": "closed"},
    )

    event.refresh_from_db()
    assert posted.status_code == 403
    assert (event.task_id, event.kind) == (mine.pk, "created")
    assert "08BAKU1404" not in posted.content.decode()


def test_it_names_no_hidden_task_on_the_page_refusing_to_delete_a_desk() -> None:
    tasked("08BAKU1405", "EUR/CARC", level="CONFIDENTIAL")
    tasked("08BAKU1406", "EUR/CARC", level="SECRET")
    frank = person("frank", "EUR/FO", clearance="CONFIDENTIAL", is_staff=True)
    models = ["desk", "task", "watch", "notification", "membership", "desksla", "taskevent"]
    client = logged_in(frank, *(f"delete_{model}" for model in models))
    carc = Desk.objects.get(symbol="EUR/CARC")

    page = client.get(f"/admin/tracker/desk/{carc.pk}/delete/").content.decode()

    assert "08BAKU1405" in page
    assert "08BAKU1406" not in page
    assert "others you may not see" in page
