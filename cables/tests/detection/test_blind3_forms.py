"""Forms first met in the third blind corpus set (unlabelled corpus cables read by readers
who never saw the detector). Each rule is general; each is pinned here on text of our own."""

from __future__ import annotations

import pytest

from cables.detection import detect
from cables.tests.detection.helpers import cable

POSTS = ("AMCONSUL BELFAST", "AMEMBASSY STOCKHOLM", "AMEMBASSY LONDON")


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


@pytest.mark.parametrize(
    "sentence",
    [
        "We also urge that a broader interagency team come to Valletta to brief the ministry.",
        "Embassy Valletta urges that the visiting officials add a stop here.",
    ],
)
def test_an_author_urging_that_something_happen_asks_washington(sentence: str) -> None:
    found = detect(cable("The ministry remains wary.", sentence, station="VALLETTA"))
    assert [(r.paragraph, r.requested_of) for r in found] == [(2, "Department")]


def test_urging_reported_of_others_or_in_the_past_asks_no_one() -> None:
    for text in (
        "The Foreign Minister urged that sanctions be lifted before the summit.",
        "Opposition leaders urge that the election be postponed.",
        "We urged the Minister to reconsider; he said the decision was final.",
    ):
        assert detect(cable(text, station="VALLETTA", for_offices=("EUR/WE",))) == (), text


def test_a_decision_reported_of_others_tasks_no_one() -> None:
    reported = "The EAC decided the Consulate General should release a warden message."
    assert detect(cable("Protests are expected.", reported, station="STATE", to=POSTS)) == ()
    ours = "The Department has decided that posts should review their walk-in procedures."
    found = detect(cable("Protests are expected.", ours, station="STATE", to=POSTS))
    assert [r.action_office for r in found] == ["ALL"]
