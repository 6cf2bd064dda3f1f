"""Who acts on an action request: the ordered routing rules of the admin (DOMAIN.md "Who acts").

The first active rule, by order, that matches the request and its cable and names at least one
known desk wins; its desks become the tasks (posts each lead in their own right, among
Department offices the first leads and the others support). A rule that matches but names no
known desk (an unknown office, a cable with no geo TAG we can place) lets the next rule try.
When no rule gives a desk, the triage desk gets the task.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings

from cables.models import ActionRequest, Cable
from tracker.addressees import desks_for_addressees
from tracker.countrydesks import DEPARTMENT_STATIONS, country_desk, post_desk, post_symbol
from tracker.models import Desk, RoutingRule, Task


@dataclass(frozen=True)
class Route:
    desk: Desk
    role: str
    reason: str
    rule: RoutingRule | None = None


@dataclass(frozen=True)
class Facts:
    """What rules match on, read once per action request."""

    for_offices: tuple[str, ...]
    tags: frozenset[str]
    station: str
    origin: str
    level: str
    asked_of: str
    named: tuple[str, ...]
    requested_of: str


def routes_for(request: ActionRequest) -> list[Route]:
    facts = facts_for(request)
    for rule in RoutingRule.objects.filter(active=True).prefetch_related("supporting_desks"):
        if not rule_matches(rule, facts):
            continue
        desks, detail = _target_desks(rule, request.cable, facts)
        if desks:
            return _routes(rule, desks, f"rule {rule.order} '{rule.name}': {detail}")
    unknown = ", ".join(facts.named) or "no office named"
    return [Route(triage_desk(), Task.Role.LEAD, f"no rule matched: triage ({unknown})")]


def facts_for(request: ActionRequest) -> Facts:
    cable = request.cable
    station = post_symbol(cable.station)
    named = _named_symbols(request.action_office)
    return Facts(
        for_offices=tuple(s.upper() for s in cable.for_offices),
        tags=frozenset(t.upper() for t in cable.tags),
        station=station,
        origin="department" if station in DEPARTMENT_STATIONS else "post",
        level=cable.level,
        asked_of=_asked_of(request.action_office, named),
        named=named,
        requested_of=request.requested_of.lower(),
    )


def rule_matches(rule: RoutingRule, facts: Facts) -> bool:
    checks = (
        not rule.match_for_office or rule.match_for_office.upper() in facts.for_offices,
        _presence_matches(rule.match_for_line, bool(facts.for_offices)),
        not rule.match_asked_of or rule.match_asked_of == facts.asked_of,
        not rule.match_action_office or rule.match_action_office.upper() in facts.named,
        not rule.match_requested_of or rule.match_requested_of.lower() in facts.requested_of,
        not rule.match_tags or bool(set(rule.match_tags.upper().split()) & facts.tags),
        not rule.match_station or rule.match_station.upper() == facts.station,
        not rule.match_origin or rule.match_origin == facts.origin,
        not rule.match_level or rule.match_level == facts.level,
    )
    return all(checks)


def _presence_matches(wanted: str, present: bool) -> bool:
    if wanted == RoutingRule.Presence.PRESENT:
        return present
    if wanted == RoutingRule.Presence.ABSENT:
        return not present
    return True


def _named_symbols(action_office: str) -> tuple[str, ...]:
    office = action_office.strip().upper()
    if office == "ALL":
        return ()
    # Posts under another spelling (KYIV, MEXICOCITY) become their desk symbol.
    return tuple(post_symbol(s.strip()) for s in office.split(",") if s.strip())


def _asked_of(action_office: str, named: tuple[str, ...]) -> str:
    if action_office.strip().upper() == "ALL":
        return RoutingRule.AskedOf.ALL
    if not named:
        return RoutingRule.AskedOf.DEPARTMENT
    # Office symbols carry a slash (EUR/CARC) or are known offices (S, INR); stations do not.
    offices = set(
        Desk.objects.filter(symbol__in=named, kind=Desk.Kind.OFFICE).values_list(
            "symbol", flat=True
        )
    )
    if any("/" in s or s in offices for s in named):
        return RoutingRule.AskedOf.OFFICE
    return RoutingRule.AskedOf.POST


def _target_desks(rule: RoutingRule, cable: Cable, facts: Facts) -> tuple[list[Desk], str]:
    target = rule.target
    if target == RoutingRule.Target.FOR_LINE:
        return _known(facts.for_offices), f"FOR line {', '.join(facts.for_offices)}"
    if target == RoutingRule.Target.ACTION_OFFICE:
        return _known(facts.named), f"ask to {', '.join(facts.named)}"
    if target == RoutingRule.Target.TO_ADDRESSEES:
        posts = [d for d in desks_for_addressees(cable.to_addressees) if d.kind == Desk.Kind.POST]
        return posts, f"every TO addressee: {', '.join(d.symbol for d in posts)}"
    if target == RoutingRule.Target.COUNTRY_DESK:
        return _country_desks(cable, facts)
    desks = [rule.lead_desk] if rule.lead_desk else []
    return desks, f"lead {rule.lead_desk}" if rule.lead_desk else "no lead desk"


def _country_desks(cable: Cable, facts: Facts) -> tuple[list[Desk], str]:
    """Country desks of the geo TAGS in the cable's order, else of the originating post."""
    pairs = [(t, country_desk(t)) for t in cable.tags]
    found = [(tag, symbol) for tag, symbol in pairs if symbol]
    if found:
        detail = ", ".join(f"geo tag {tag} -> {symbol}" for tag, symbol in found)
        return _known(symbol for _, symbol in found), detail
    symbol = post_desk(facts.station)
    if symbol:
        return _known([symbol]), f"originating post {facts.station} -> {symbol}"
    return [], "no geo tag or post with a country desk"


# Bureaus renamed since the cables were written: their offices are the successor's desks.
# SA (South Asian Affairs) became SCA (South and Central Asian Affairs) in 2006.
RENAMED_BUREAUS = {"SA": "SCA"}


def current_symbol(symbol: str) -> str:
    """'SA/FO' -> 'SCA/FO', 'SA' -> 'SCA'; any other symbol as it is."""
    bureau, slash, rest = symbol.upper().partition("/")
    return RENAMED_BUREAUS.get(bureau, bureau) + slash + rest


def _known(symbols: Iterable[str]) -> list[Desk]:
    """The desks of ``symbols`` that exist, in order, each once (renamed bureaus followed)."""
    ordered = list(dict.fromkeys(current_symbol(s) for s in symbols))
    desks = {d.symbol: d for d in Desk.objects.filter(symbol__in=ordered)}
    return [desks[s] for s in ordered if s in desks]


def _routes(rule: RoutingRule, desks: list[Desk], reason: str) -> list[Route]:
    routes = [Route(d, _role(i, d), reason, rule) for i, d in enumerate(desks)]
    chosen = {d.pk for d in desks}
    for desk in rule.supporting_desks.all():
        if desk.pk not in chosen:
            routes.append(Route(desk, Task.Role.SUPPORTING, f"{reason}; supporting", rule))
    return routes


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
