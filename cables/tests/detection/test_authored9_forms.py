"""Forms first met in the ninth authored set (cables imitating corpus cables, written by a
writer who never saw the detector). Each rule is general; each is pinned here on a cable of
our own."""

from __future__ import annotations

from datetime import date

import pytest

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.tests.detection.helpers import cable


def test_a_sentence_opening_with_the_day_of_the_act_dates_the_ask() -> None:
    found = find_deadline(
        "ON MARCH 14 EMBASSY SHOULD PASS THE NON-PAPER AT PARA 3.", date(2008, 3, 5)
    )
    assert found is not None and str(found.when) == "2008-03-14"
    assert found.text == "ON MARCH 14"
    # A date opening a report of the past is no deadline.
    assert find_deadline("On March 3 the Minister said he would come.", date(2008, 3, 5)) is None


def test_the_paragraph_of_the_ask_dates_it_before_a_folded_report_back() -> None:
    found = detect(
        cable(
            "URGENT ACTION REQUEST. EMBASSY SHOULD ON MARCH 10 DELIVER THE NON-PAPER IN PARA 2. "
            "IN ADDITION, AT THE EARLIEST OPPORTUNITY POST SHOULD DELIVER THE NON-PAPER IN PARA 3.",
            "-- WE ASK CHINA TO STOP THE SHIPMENT.",
            "-- WE ASK CHINA TO INSPECT THE CARGO.",
            "POST SHOULD REPORT THE RESPONSE BY MARCH 12.",
            station="STATE",
            to=("AMEMBASSY BEIJING",),
        )
    )
    assert [(r.paragraph, str(r.deadline)) for r in found] == [(1, "2008-03-10")]


def test_the_day_set_for_the_act_in_the_ask_is_its_deadline() -> None:
    sentence = "Posts are instructed to deliver the points on Thursday, March 13, as a non-paper."
    found = find_deadline(sentence, date(2008, 3, 5), asking=True)
    assert found is not None and str(found.when) == "2008-03-13"
    assert found.text == "on Thursday, March 13"
    # Outside an asking sentence the same words are news.
    assert (
        find_deadline("The Minister will brief the press on Thursday, March 13.", date(2008, 3, 5))
        is None
    )


def test_as_soon_as_practical_is_asap() -> None:
    found = find_deadline("This demarche should occur as soon as practical.", date(2008, 9, 1))
    assert found is not None and found.when is None and found.text == "ASAP (as soon as practical)"


@pytest.mark.parametrize(
    ("sentence", "asking"),
    [
        # A day already past is no deadline (not next year's).
        ("Embassy should inform the MFA of the decision announced on March 3.", True),
        ("Embassy should raise the March 3 incident before the incident is reported.", True),
        # Someone else's day, or an event's.
        ("The Foreign Minister should on March 20 travel to Brussels.", False),
        ("On March 20 the parliament should vote on the treaty.", False),
        ("Posts should inform host governments of the donors conference on April 30.", True),
        ("Embassy should brief the MFA on the outcome of the Council meeting on March 20.", True),
    ],
)
def test_days_that_are_not_the_acts(sentence: str, asking: bool) -> None:
    assert find_deadline(sentence, date(2008, 3, 5), asking=asking) is None


def test_a_day_early_next_year_is_still_the_acts() -> None:
    found = find_deadline("On January 5 Embassy should deliver the letter.", date(2008, 12, 28))
    assert found is not None and str(found.when) == "2009-01-05"
