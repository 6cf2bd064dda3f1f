"""Loading the shipped desks: idempotent, used by the data migrations and `load_desks`."""

from __future__ import annotations

from typing import Any

from tracker import deskdata
from tracker.countrydesks import post_desk


def desks_load(desk_model: Any) -> int:
    """Create or update the shipped offices and posts; returns how many were created.

    Takes the model class so that the data migration can pass its historical model.
    """
    created = 0
    by_symbol: dict[str, Any] = {}
    for symbol, name, _parent, kind, zone in deskdata.OFFICES:
        desk, is_new = desk_model.objects.update_or_create(
            symbol=symbol, defaults={"name": name, "kind": kind, "time_zone": zone}
        )
        by_symbol[symbol] = desk
        created += is_new
    for symbol, _name, parent, _kind, _zone in deskdata.OFFICES:
        if parent and parent in by_symbol and parent != symbol:
            desk_model.objects.filter(symbol=symbol).update(parent=by_symbol[parent])
    for symbol, *post in deskdata.POSTS:
        _, is_new = desk_model.objects.update_or_create(symbol=symbol, defaults=_post_fields(*post))
        created += is_new
    posts_attach(desk_model)
    return created


def posts_attach(desk_model: Any) -> int:
    """Hang each post without a parent under the front office of the bureau that backstops it
    (BAKU -> EUR/CARC's front office EUR/FO): a late post escalates there, and the front office
    sees its posts' tasks. A parent set by hand in the admin is kept. Returns how many moved."""
    parents = {symbol: parent for symbol, _n, parent, _k, _z in deskdata.OFFICES}
    offices = {d.symbol: d for d in desk_model.objects.filter(kind="office")}
    moved = 0
    for post in desk_model.objects.filter(kind="post", parent__isnull=True):
        office = post_desk(post.symbol)
        front = parents.get(office or "") or office
        if front in offices:
            moved += desk_model.objects.filter(pk=post.pk).update(parent=offices[front])
    return moved


def post_zones_fix(desk_model: Any) -> int:
    """Give the posts first loaded with a placeholder UTC zone their own time zone (a post's
    business day ends at 17:00 local). A zone changed in the admin is kept."""
    fixed = 0
    for symbol, _name, _kind, zone, _indicator in deskdata.POSTS:
        if zone != "UTC":
            fixed += desk_model.objects.filter(symbol=symbol, time_zone="UTC").update(
                time_zone=zone
            )
    return fixed


def secretariat_attach(desk_model: Any) -> int:
    """The Operations Center and the other S/ES staffs belong to the Executive Secretariat,
    which oversees them (a late triage task escalates to S/ES, not to the Secretary)."""
    secretariat = desk_model.objects.filter(symbol="S/ES").first()
    if secretariat is None:
        return 0
    return desk_model.objects.filter(
        symbol__in=["S/ES-O", "S/ES-S", "S/ES-CR"], parent__symbol="S"
    ).update(parent=secretariat)


def posts_rename(desk_model: Any) -> int:
    """Rename the posts first shipped under a symbol that is not their station (MEXICOCITY ->
    MEXICO), keeping their tasks; then add the posts shipped since. Returns how many renamed."""
    renamed = 0
    for old, new in deskdata.POST_RENAMES.items():
        if not desk_model.objects.filter(symbol=new).exists():
            renamed += desk_model.objects.filter(symbol=old, kind="post").update(symbol=new)
    for symbol, *post in deskdata.POSTS:
        desk_model.objects.get_or_create(symbol=symbol, defaults=_post_fields(*post))
    posts_attach(desk_model)
    return renamed


def _post_fields(name: str, kind: str, zone: str, indicator: str) -> dict[str, str]:
    """A shipped post row (deskdata.POSTS, less its symbol) as Desk fields."""
    return {"name": name, "kind": kind, "time_zone": zone, "routing_indicator": indicator}
