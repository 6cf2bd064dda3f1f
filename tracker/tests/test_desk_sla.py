"""A desk's SLA overrides the precedence default; the offices below a front office inherit it."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from tracker.models import Desk, DeskSla, Task
from tracker.services import tasks_create_for_cable
from tracker.tests.factories import cable_row, request_row

pytestmark = pytest.mark.django_db
NEW_YORK = ZoneInfo("America/New_York")


def due_for(reference_id: str, **cable: object) -> datetime:
    row = cable_row(reference_id, for_offices=("EUR/CARC",), **cable)  # type: ignore[arg-type]
    request_row(row)
    tasks_create_for_cable(cable_id=row.pk)
    return Task.objects.get(action_request__cable=row).due_at.astimezone(NEW_YORK)


def test_it_uses_the_precedence_default_without_an_override() -> None:
    # Received Wednesday 5 March 2008, 06:26 in Washington: PRIORITY = two business days.
    assert due_for("08BAKU700") == datetime(2008, 3, 7, 17, 0, tzinfo=NEW_YORK)


def test_it_uses_the_desks_override_in_business_days() -> None:
    carc = Desk.objects.get(symbol="EUR/CARC")
    DeskSla.objects.create(desk=carc, precedence="PRIORITY", amount=3, unit="business_days")

    assert due_for("08BAKU701") == datetime(2008, 3, 10, 17, 0, tzinfo=NEW_YORK)


def test_it_inherits_the_front_offices_override_in_hours() -> None:
    front = Desk.objects.get(symbol="EUR/FO")
    DeskSla.objects.create(desk=front, precedence="ROUTINE", amount=48, unit="hours")
    received = datetime(2008, 3, 5, 11, 26, tzinfo=UTC)

    due = due_for("08BAKU702", precedence="ROUTINE", created=received)

    assert due == received.replace(day=7).astimezone(NEW_YORK)


def test_it_prefers_the_desks_own_override_to_its_front_offices() -> None:
    DeskSla.objects.create(
        desk=Desk.objects.get(symbol="EUR/FO"), precedence="PRIORITY", amount=5,
        unit="business_days",
    )  # fmt: skip
    DeskSla.objects.create(
        desk=Desk.objects.get(symbol="EUR/CARC"), precedence="PRIORITY", amount=1,
        unit="business_days",
    )  # fmt: skip

    assert due_for("08BAKU703").date() == date(2008, 3, 6)
    assert due_for("08BAKU704").time() == time(17, 0)
