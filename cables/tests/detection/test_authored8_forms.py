"""Forms first met in the eighth authored set (cables written as a drafter would on a busy day
by a writer who never saw the detector). Each rule is general; each is pinned here on a cable
of our own."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.detection.implicit import sentence_ask
from cables.tests.detection.helpers import cable

POSTS = ("AMEMBASSY BONN", "AMEMBASSY LONDON", "AMEMBASSY TOKYO")


def test_a_capitals_phrase_before_a_comma_is_no_lead_in_naming_posts() -> None:
    found = detect(
        cable(
            "ACTION ADDRESSEES SHOULD APPROACH HOST GOVERNMENTS ON EXPORT CONTROLS.",
            "FOR TOKYO: IN ADDITION TO THE ABOVE, EMBASSY SHOULD SEEK A BRIEFING FROM MITI.",
            station="STATE",
            to=POSTS,
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "ALL"), (2, "TOKYO")]


def test_posts_in_a_group_are_asked_and_the_ask_dates_itself() -> None:
    found = detect(
        cable(
            "Action request: Posts in EU member states are asked to deliver the points in para 2 "
            "before the March 17 Council. Please report responses by front-channel cable.",
            "-- We urge the EU to prepare autonomous measures.",
            station="STATE",
            to=POSTS,
        )
    )
    assert [(r.paragraph, r.action_office, str(r.deadline)) for r in found] == [
        (1, "ALL", "2008-03-14")
    ]


def test_immediate_approval_is_asap() -> None:
    found = find_deadline(
        "Embassy requests immediate Department approval of ordered departure.", date(2006, 7, 15)
    )
    assert found is not None and found.when is None and found.text.startswith("ASAP")


def test_a_clock_time_in_another_capitals_time() -> None:
    found = find_deadline(
        "USNATO should circulate the paper no later than 1000 Brussels time Thursday, May 24.",
        date(2007, 5, 21),
    )
    assert found is not None and found.when is not None
    assert found.when.isoformat() == "2007-05-24T10:00:00"


def test_continuing_to_use_existing_guidance_is_no_new_task() -> None:
    sentence = "In public, Embassy should continue to use existing press guidance."
    assert sentence_ask(sentence) is None
    found = detect(
        cable(
            "The tribunal opens next week.",
            sentence,
            station="STATE",
            to=("AMEMBASSY DHAKA",),
            created=datetime(2010, 2, 1, 12, 0, tzinfo=UTC),
        )
    )
    assert found == ()
    assert sentence_ask("Embassy should continue to press the Ministry for access.") is not None
