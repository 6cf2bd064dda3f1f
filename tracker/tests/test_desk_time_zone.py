"""A desk's time zone is checked where people type it: every deadline of the desk uses it."""

import pytest
from django.test import Client

from tracker.models import Desk
from tracker.tests.factories import person

pytestmark = pytest.mark.django_db


def test_it_refuses_a_mistyped_time_zone_in_the_desk_admin() -> None:
    root = person("root", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(root)
    desk = Desk.objects.get(symbol="EUR/CARC")
    form = {
        "symbol": desk.symbol, "name": desk.name, "kind": desk.kind, "email": "",
        "time_zone": "Europe/Atlantis", "routing_indicator": "",
        "slas-TOTAL_FORMS": "0", "slas-INITIAL_FORMS": "0",
        "memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0",
    }  # fmt: skip

    page = client.post(f"/admin/tracker/desk/{desk.pk}/change/", form)

    assert page.status_code == 200
    assert "is no IANA time zone" in page.content.decode()
    desk.refresh_from_db()
    assert desk.time_zone == "America/New_York"
