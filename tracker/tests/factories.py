"""Rows for tests that need a cable and an action request without going through the parser.

Routing, access and the lifecycle are tested on exactly the facts they read; the scenario test
and the response tests go through real ingest with cables we write (tracker/tests/cables/).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model

from cables.models import LEVEL_RANKS, ActionRequest, Cable
from tracker.models import Desk, Membership, Profile, Task
from tracker.services import tasks_create_for_cable

CABLES = Path(__file__).resolve().parent / "cables"
RECEIVED = datetime(2008, 3, 5, 11, 26, tzinfo=UTC)  # a Wednesday


def synthetic_cable(name: str) -> str:
    """A synthetic cable written for these tests."""
    return (CABLES / f"{name}.txt").read_text(encoding="utf-8")


def cable_row(
    reference_id: str,
    *,
    station: str = "BAKU",
    precedence: str = "PRIORITY",
    created: datetime = RECEIVED,
    for_offices: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    level: str = "CONFIDENTIAL",
    noforn: bool = False,
    to: tuple[tuple[str, str], ...] = (("RUEHC", "SECSTATE WASHDC"),),
    info: tuple[tuple[str, str], ...] = (),
) -> Cable:
    return Cable.objects.create(
        reference_id=reference_id,
        raw_text=reference_id,
        sha256=hashlib.sha256(reference_id.encode()).hexdigest(),
        precedence=precedence,
        created=created,
        station=station,
        level=level,
        level_rank=LEVEL_RANKS[level],
        noforn=noforn,
        tags=list(tags),
        for_offices=list(for_offices),
        to_addressees=[_addressee(i, n) for i, n in to],
        info_addressees=[_addressee(i, n) for i, n in info],
    )


def _addressee(indicator: str, name: str) -> dict[str, Any]:
    return {"indicator": indicator, "name": name, "precedence": "", "mcn": "", "niact": False}


def request_row(
    cable: Cable,
    *,
    action_office: str = "",
    requested_of: str = "Department",
    deadline: date | None = None,
    position: int = 0,
) -> ActionRequest:
    return ActionRequest.objects.create(
        cable=cable,
        position=position,
        action_office=action_office,
        requested_of=requested_of,
        deadline=deadline,
        explicit=True,
    )


BROKEN_TIME_ZONE = "Europe/Atlantis"


def unroutable_cable(reference_id: str, **cable: Any) -> Cable:
    """A cable FOR EUR/CARC that cannot be routed: EUR/CARC's time zone is mistyped, as an
    admin could mistype it, so every deadline of that desk fails."""
    Desk.objects.filter(symbol="EUR/CARC").update(time_zone=BROKEN_TIME_ZONE)
    row = cable_row(reference_id, for_offices=("EUR/CARC",), **cable)
    request_row(row, action_office="EUR/CARC")
    return row


def fix_time_zone() -> None:
    Desk.objects.filter(symbol="EUR/CARC").update(time_zone="America/New_York")


def person(
    name: str, *desks: str, clearance: str = "SECRET", noforn: bool = False, **extra: Any
) -> Any:
    """A named user: ``person("alice", "EUR/CARC", clearance="SECRET")``."""
    user = get_user_model().objects.create_user(username=name, email=f"{name}@state.test", **extra)
    Profile.objects.create(user=user, clearance=clearance, noforn=noforn)
    for symbol in desks:
        Membership.objects.create(user=user, desk=Desk.objects.get(symbol=symbol))
    return user


def carc_task(reference_id: str) -> Task:
    """A routed task for EUR/CARC: a post's cable FOR EUR/CARC with one action request."""
    cable = cable_row(reference_id, for_offices=("EUR/CARC",))
    request_row(cable)
    tasks_create_for_cable(cable_id=cable.pk)
    return Task.objects.select_related("desk").get(action_request__cable=cable)
