"""Reads of the tasking domain, scoped to what a user may see (DOMAIN.md "Access").

A user sees the tasks of their desks and of the desks below them (a front office sees its
offices and posts), the tasks they or their desks watch, and the tasks assigned to them; never
a task whose cable is classified above their clearance, nor a NOFORN cable without the NOFORN
flag. Superusers see everything. A user without a profile is cleared for nothing classified.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from cables.models import LEVEL_RANKS, Cable
from tracker.models import OPEN_STATUSES, Desk, Membership, Notification, Profile, Task

MAX_DEPTH = 10  # desk trees are three or four deep; stop a cycle entered in the admin


def desks_of(user: Any) -> set[int]:
    """Ids of the user's desks and of every desk below them."""
    found = set(Membership.objects.filter(user=user).values_list("desk_id", flat=True))
    frontier = set(found)
    for _ in range(MAX_DEPTH):
        frontier = (
            set(Desk.objects.filter(parent_id__in=frontier).values_list("id", flat=True)) - found
        )
        if not frontier:
            break
        found |= frontier
    return found


def clearance_of(user: Any) -> tuple[int, bool]:
    """(clearance rank, may read NOFORN) of a user."""
    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        return 0, False
    return LEVEL_RANKS.get(profile.clearance, 0), profile.noforn


def tasks_visible_to(user: Any) -> QuerySet[Task]:
    if user is None or not user.is_authenticated or not user.is_active:
        return Task.objects.none()
    if user.is_superuser:
        return Task.objects.all()
    desks = desks_of(user)
    rank, noforn = clearance_of(user)
    mine = (
        Q(desk_id__in=desks)
        | Q(assignee=user)
        | Q(watches__user=user)
        | Q(watches__desk_id__in=desks)
    )
    visible = Task.objects.filter(
        pk__in=Task.objects.filter(mine).values("pk"),
        action_request__cable__level_rank__lte=rank,
    )
    if not noforn:
        visible = visible.exclude(action_request__cable__noforn=True)
    return visible


def notifications_visible_to(user: Any) -> QuerySet[Notification]:
    return Notification.objects.filter(task__in=tasks_visible_to(user).values("pk"))


def tasks_overdue(tasks: QuerySet[Task], *, now: datetime | None = None) -> QuerySet[Task]:
    """The open tasks of ``tasks`` past their deadline: derived from due_at, never stored."""
    return tasks.filter(status__in=OPEN_STATUSES, due_at__lt=now or timezone.now())


def cables_visible_to(user: Any) -> QuerySet[Cable]:
    """The cables a user is cleared for: none above their clearance, NOFORN only with the flag."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Cable.objects.none()
    if user.is_superuser:
        return Cable.objects.all()
    rank, noforn = clearance_of(user)
    cleared = Cable.objects.filter(level_rank__lte=rank)
    return cleared if noforn else cleared.exclude(noforn=True)
