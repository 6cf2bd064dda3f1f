"""Loading the shipped desks: idempotent, used by the data migration and `load_desks`."""

from __future__ import annotations

from typing import Any

from tracker import deskdata


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
    for symbol, name, kind, zone, indicator in deskdata.POSTS:
        _, is_new = desk_model.objects.update_or_create(
            symbol=symbol,
            defaults={
                "name": name,
                "kind": kind,
                "time_zone": zone,
                "routing_indicator": indicator,
            },
        )
        created += is_new
    return created
