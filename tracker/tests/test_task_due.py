"""A task's deadline: explicit deadlines win, ASAP is the IMMEDIATE default, a NIACT addressee
gets four hours, and a desk's SLA replaces only the default."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.models import Desk, DeskSla
from tracker.services import task_due_at
from tracker.tests.factories import cable_row, request_row

pytestmark = pytest.mark.django_db
NEW_YORK = ZoneInfo("America/New_York")
RECEIVED = datetime(2008, 3, 5, 14, 0, tzinfo=UTC)  # Wednesday 09:00 in Washington


def carc() -> Desk:
    return Desk.objects.get(symbol="EUR/CARC")


def test_it_lets_an_explicit_deadline_win_over_the_desks_sla() -> None:
    DeskSla.objects.create(desk=carc(), precedence="ROUTINE", amount=10, unit="business_days")
    request = request_row(cable_row("08BAKU1100", precedence="ROUTINE"), deadline=date(2008, 3, 6))

    due = task_due_at(action_request=request, desk=carc())

    assert due == datetime(2008, 3, 6, 17, 0, tzinfo=NEW_YORK)


def test_it_keeps_the_stated_time_of_an_explicit_deadline() -> None:
    request = request_row(cable_row("08BAKU1101"), deadline=date(2008, 3, 6))
    request.deadline_time = time(12, 0)

    due = task_due_at(action_request=request, desk=carc())

    assert due == datetime(2008, 3, 6, 12, 0, tzinfo=NEW_YORK)


def test_it_treats_asap_as_the_immediate_default() -> None:
    request = request_row(cable_row("08BAKU1102", precedence="ROUTINE", created=RECEIVED))
    request.deadline_text = "ASAP"

    due = task_due_at(action_request=request, desk=carc())

    assert due == datetime(2008, 3, 5, 17, 0, tzinfo=NEW_YORK)


def test_it_gives_a_niact_addressee_four_hours_or_its_niact_sla() -> None:
    cable = cable_row("08STATE1103", station="STATE", precedence="IMMEDIATE", created=RECEIVED)
    cable.niact = ["AMEMBASSY BAKU"]
    request = request_row(cable, action_office="BAKU")
    baku = Desk.objects.get(symbol="BAKU")

    assert task_due_at(action_request=request, desk=baku) == RECEIVED + timedelta(hours=4)
    DeskSla.objects.create(desk=baku, precedence="NIACT", amount=2, unit="hours")
    assert task_due_at(action_request=request, desk=baku) == RECEIVED + timedelta(hours=2)


def test_it_ends_the_business_day_in_the_posts_own_time_zone() -> None:
    request = request_row(cable_row("08STATE1104", station="STATE"), action_office="TOKYO")

    due = task_due_at(action_request=request, desk=Desk.objects.get(symbol="TOKYO"))

    # PRIORITY received Wednesday 11:26Z = 20:26 in Tokyo: two business days, 17:00 Tokyo.
    assert due == datetime(2008, 3, 7, 17, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
