"""Who acts on an action request: the spine's routing, in the order DOMAIN.md gives.

1. The detector named desks (a FOR office, a post, several posts): those desks.
2. An ask to the Department with no office named: the cable's FOR line.
3. Otherwise the triage desk, which reroutes by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from cables.models import ActionRequest
from tracker.models import Desk, Task


@dataclass(frozen=True)
class Route:
    desk: Desk
    role: str
    reason: str


def routes_for(request: ActionRequest) -> list[Route]:
    symbols = _named_symbols(request)
    reason = f"action office {request.action_office}" if request.action_office else ""
    if not symbols and request.cable.for_offices:
        symbols = list(request.cable.for_offices)
        reason = f"FOR line {', '.join(symbols)}"
    desks = {d.symbol: d for d in Desk.objects.filter(symbol__in=symbols)}
    routes = [
        Route(desks[s], _role(i, desks[s]), reason) for i, s in enumerate(symbols) if s in desks
    ]
    if routes:
        return routes
    unknown = ", ".join(symbols) or "no office named"
    return [Route(triage_desk(), Task.Role.LEAD, f"triage: {unknown}")]


def _named_symbols(request: ActionRequest) -> list[str]:
    office = request.action_office.strip()
    if office == "ALL":
        return [a["name"].split()[-1] for a in request.cable.to_addressees if a.get("name")]
    return [s.strip() for s in office.split(",") if s.strip()]


def _role(index: int, desk: Desk) -> str:
    # Every post named is tasked in its own right; among Department offices the first leads.
    if index == 0 or desk.kind == Desk.Kind.POST:
        return Task.Role.LEAD
    return Task.Role.SUPPORTING


def triage_desk() -> Desk:
    desk, _ = Desk.objects.get_or_create(
        symbol=settings.TRIAGE_DESK, defaults={"name": "Triage (Operations Center)"}
    )
    return desk
