"""Forms first met in the third blind corpus set (unlabelled corpus cables read by readers
who never saw the detector). Each rule is general; each is pinned here on text of our own."""

from __future__ import annotations

from cables.detection import detect
from cables.tests.detection.helpers import cable


def test_a_post_urging_washington_to_consider_a_request_asks_washington() -> None:
    found = detect(
        cable(
            "The Minister renewed his call for a regional conference on water.",
            "Given the stakes, we urge Washington to consider the Ministry's proposal for a "
            "joint technical commission before the rainy season.",
            station="ADDISABABA",
            for_offices=("AF/E",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "AF/E")]


def test_a_post_urging_that_something_be_done_asks_washington() -> None:
    found = detect(
        cable(
            "The shipment remains at the port under light guard.",
            "We strongly urge that any press inquiries be answered with a simple no comment.",
            station="VALLETTA",
            for_offices=("EUR/WE",),
        )
    )
    assert [(r.paragraph, r.action_office, r.requested_of) for r in found] == [
        (2, "EUR/WE", "Department")
    ]


def test_urging_reported_of_others_or_in_the_past_asks_no_one() -> None:
    for text in (
        "The Foreign Minister urged that sanctions be lifted before the summit.",
        "Opposition leaders urge that the election be postponed.",
        "We urged the Minister to reconsider; he said the decision was final.",
    ):
        assert detect(cable(text, station="VALLETTA", for_offices=("EUR/WE",))) == (), text
