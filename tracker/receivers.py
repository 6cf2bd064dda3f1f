"""The tracker reacts to cables the cables app announces."""

from __future__ import annotations

import logging
from typing import Any

from django.dispatch import receiver

from cables.signals import cable_ingested
from tracker.tasks import route_cable

log = logging.getLogger(__name__)


@receiver(cable_ingested)
def publish_routing(sender: Any, cable_id: int, **kwargs: Any) -> None:
    # The signal fires after commit, so the worker sees the rows. If the broker is down the
    # publish fails: the cable stays without a RoutedCable row and route_pending handles it.
    try:
        route_cable.delay(cable_id)
    except Exception:
        log.exception("could not publish routing of cable %s; the sweep will route it", cable_id)
