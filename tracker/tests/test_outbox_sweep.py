"""The outbox sweep handles a cable whose publish was lost: its tasks and its responses."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cables.services import cable_ingest
from conftest import demo_cable
from tracker.models import RoutedCable, Task
from tracker.services import cables_route_pending
from tracker.tasks import route_cable, route_pending

pytestmark = pytest.mark.django_db


def test_it_routes_and_records_responses_for_cables_never_published() -> None:
    # Without the on_commit capture the receivers never run: as if Redis had been down.
    cable_ingest(text=demo_cable("08BAKU192"))
    cable_ingest(text=demo_cable("08STATE24001"))
    assert not Task.objects.exists()

    cables_route_pending(before=timezone.now() + timedelta(minutes=5), limit=10)

    seed = Task.objects.get(action_request__cable__reference_id="08BAKU192")
    assert seed.status == "responded"
    assert RoutedCable.objects.count() == 2


def test_it_leaves_a_fresh_cable_to_the_publish_already_queued() -> None:
    cable_ingest(text=demo_cable("08BAKU192"))

    assert route_pending.delay().get() == 0
    assert not Task.objects.exists()


def test_it_does_nothing_more_on_a_second_sweep() -> None:
    cable_ingest(text=demo_cable("08BAKU192"))
    later = timezone.now() + timedelta(minutes=5)

    assert cables_route_pending(before=later, limit=10) == 1
    assert cables_route_pending(before=later, limit=10) == 0


def test_it_shrugs_at_a_cable_deleted_before_its_routing_ran() -> None:
    assert route_cable.delay(987654).get() == 0
