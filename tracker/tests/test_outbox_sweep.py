"""The outbox sweep handles a cable whose publish was lost: its tasks and its responses."""

from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import timezone

from cables.services import cable_ingest
from conftest import demo_cable
from tracker import services
from tracker.models import RoutedCable, RoutingFailure, Task
from tracker.services import cables_route_pending
from tracker.tasks import route_cable, route_pending
from tracker.tests.factories import (
    BROKEN_TIME_ZONE,
    cable_row,
    fix_time_zone,
    request_row,
    unroutable_cable,
)

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


def test_it_routes_the_other_cables_when_one_cannot_be_routed() -> None:
    # A time zone mistyped in the admin makes every deadline of that desk fail: the sweep
    # must still route the cables behind it, and come back to this one once it is fixed.
    broken = unroutable_cable("08BAKU1501")
    fine = cable_row("08MOSCOW1502", station="MOSCOW", for_offices=("EUR/RUS",))
    request_row(fine, action_office="EUR/RUS")

    assert cables_route_pending(before=timezone.now() + timedelta(minutes=5), limit=10) == 1

    assert Task.objects.get().desk.symbol == "EUR/RUS"
    assert not RoutedCable.objects.filter(cable=broken).exists()


def test_cables_that_always_fail_do_not_keep_newer_ones_from_their_turn() -> None:
    for serial in (1601, 1602):
        unroutable_cable(f"08BAKU{serial}")
    fine = cable_row("08MOSCOW1603", station="MOSCOW", for_offices=("EUR/RUS",))
    request_row(fine, action_office="EUR/RUS")
    now = timezone.now() + timedelta(minutes=5)

    assert cables_route_pending(before=now, limit=2, now=now) == 0  # the two oldest: broken
    assert cables_route_pending(before=now, limit=2, now=now) == 1  # the newer one's turn

    assert Task.objects.get().desk.symbol == "EUR/RUS"
    failures = RoutingFailure.objects.order_by("cable__reference_id")
    assert [(f.cable.reference_id, f.attempts) for f in failures] == [
        ("08BAKU1601", 1),
        ("08BAKU1602", 1),
    ]
    assert BROKEN_TIME_ZONE in failures[0].error


def test_a_cable_that_failed_waits_longer_after_each_failure() -> None:
    broken = unroutable_cable("08BAKU1651")
    now = timezone.now() + timedelta(minutes=5)

    cables_route_pending(before=now, limit=10, now=now)
    failure = RoutingFailure.objects.get(cable=broken)
    assert (failure.attempts, failure.retry_after - now) == (1, timedelta(minutes=2))

    cables_route_pending(before=now, limit=10, now=now + timedelta(minutes=1))  # waits
    assert RoutingFailure.objects.get(cable=broken).attempts == 1

    cables_route_pending(before=now, limit=10, now=now + timedelta(minutes=2))
    failure = RoutingFailure.objects.get(cable=broken)
    assert (failure.attempts, failure.retry_after - now) == (
        2,
        timedelta(minutes=2) + timedelta(minutes=4),
    )


def test_a_cable_routed_at_last_leaves_no_failure_behind() -> None:
    broken = unroutable_cable("08BAKU1701")
    now = timezone.now() + timedelta(minutes=5)
    cables_route_pending(before=now, limit=10, now=now)
    assert RoutingFailure.objects.filter(cable=broken).exists()

    fix_time_zone()
    assert cables_route_pending(before=now, limit=10, now=now + timedelta(minutes=3)) == 1
    assert not RoutingFailure.objects.exists()
    assert RoutedCable.objects.filter(cable=broken).exists()


def test_routing_by_the_published_task_also_clears_the_failure() -> None:
    broken = unroutable_cable("08BAKU1751")
    now = timezone.now() + timedelta(minutes=5)
    cables_route_pending(before=now, limit=10, now=now)

    fix_time_zone()
    assert route_cable.delay(broken.pk).get() == 1
    assert not RoutingFailure.objects.exists()


def test_a_cable_never_tried_goes_before_a_failed_one_due_again() -> None:
    broken = unroutable_cable("08BAKU1801")
    now = timezone.now() + timedelta(minutes=5)
    cables_route_pending(before=now, limit=10, now=now)
    fine = cable_row("08MOSCOW1802", station="MOSCOW", for_offices=("EUR/RUS",))
    request_row(fine, action_office="EUR/RUS")
    later = now + timedelta(minutes=10)  # the broken one is due again, and older

    assert cables_route_pending(before=later, limit=1, now=later) == 1
    assert RoutedCable.objects.filter(cable=fine).exists()
    assert RoutingFailure.objects.get(cable=broken).attempts == 1


def test_the_time_limit_stops_the_sweep_even_while_it_records_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unroutable_cable("08BAKU1851")

    def out_of_time(*args: object) -> None:
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(services, "_failed", out_of_time)
    now = timezone.now() + timedelta(minutes=5)
    with pytest.raises(SoftTimeLimitExceeded):
        cables_route_pending(before=now, limit=10, now=now)
