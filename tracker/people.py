"""Writes about people: users, their clearance, NOFORN flag and desks (used by `adduser`)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from cables.models import Level
from tracker.models import Desk, Membership, Profile


class PeopleError(ValueError):
    """A user that cannot be created as asked: unknown desk or clearance."""


def clearance_parse(value: str) -> str:
    """``secret``, ``SECRET``, ``top_secret``, ``TS`` -> the Level value; else PeopleError."""
    wanted = value.strip().upper().replace("_", " ").replace("-", " ")
    wanted = {"TS": "TOP SECRET", "S": "SECRET", "C": "CONFIDENTIAL", "U": "UNCLASSIFIED"}.get(
        wanted, wanted
    )
    if wanted not in Level.values:
        raise PeopleError(f"unknown clearance {value!r}: one of {', '.join(Level.values)}")
    return wanted


@transaction.atomic
def user_upsert(
    *,
    username: str,
    email: str,
    desk_symbols: list[str],
    clearance: str,
    noforn: bool = False,
    password: str | None = None,
    lead: bool = False,
) -> Any:
    """Create or update a user so that they are exactly what is asked: the desks given (and no
    others), the clearance and the NOFORN flag. Without a password a new user cannot log in."""
    level = clearance_parse(clearance)
    desks = _desks(desk_symbols)
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.email = email
    if password:
        user.set_password(password)
    elif not user.password:
        user.set_unusable_password()
    user.save()
    Profile.objects.update_or_create(user=user, defaults={"clearance": level, "noforn": noforn})
    role = Membership.Role.LEAD if lead else Membership.Role.MEMBER
    Membership.objects.filter(user=user).exclude(desk__in=desks).delete()
    for desk in desks:
        Membership.objects.update_or_create(user=user, desk=desk, defaults={"role": role})
    return user


def _desks(symbols: list[str]) -> list[Desk]:
    wanted = [s.strip().upper() for s in symbols if s.strip()]
    found = {d.symbol: d for d in Desk.objects.filter(symbol__in=wanted)}
    unknown = [s for s in wanted if s not in found]
    if unknown:
        raise PeopleError(f"unknown desk {', '.join(unknown)}: see `manage.py load_desks`")
    return [found[s] for s in wanted]


# The demo's named users (DOMAIN.md): a desk officer, her front office, the triage desk.
DEMO_PEOPLE: tuple[tuple[str, str, str, bool, bool], ...] = (
    ("alice", "EUR/CARC", "SECRET", False, False),
    ("frank", "EUR/FO", "TOP SECRET", True, True),
    ("oscar", "S/ES-O", "SECRET", True, False),
)
# What a desk officer does in the admin until the tracker has its own pages.
DEMO_PERMISSIONS = (
    "view_task", "change_task", "view_taskevent", "view_extension", "change_extension",
    "view_notification", "view_desk",
)  # fmt: skip


def demo_people_create(*, password: str) -> list[Any]:
    """Create or update the demo users, staff with the permissions to work tasks in the admin."""
    from django.contrib.auth.models import Permission

    permissions = Permission.objects.filter(
        content_type__app_label="tracker", codename__in=DEMO_PERMISSIONS
    )
    people = []
    for name, desk, clearance, noforn, lead in DEMO_PEOPLE:
        user = user_upsert(
            username=name,
            email=f"{name}@tracker.test",
            desk_symbols=[desk],
            clearance=clearance,
            noforn=noforn,
            password=password,
            lead=lead,
        )
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        user.user_permissions.add(*permissions)
        people.append(user)
    return people
