"""Cases a second reader of this round's rules found misread; each pinned on text of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.detection.implicit import sentence_ask
from cables.tests.detection.helpers import cable

POSTS = ("AMEMBASSY PARIS", "AMEMBASSY BERLIN")


def asked(*paragraphs: str, **kwargs: Any) -> list[tuple[int | None, str]]:
    return [(r.paragraph, r.action_office) for r in detect(cable(*paragraphs, **kwargs))]


def test_talking_points_after_a_colon_are_not_pulled_into_the_ask() -> None:
    found = detect(
        cable(
            "Posts should deliver the following points to host governments:\n"
            "-- We ask your government to announce its pledge before March 20.\n"
            "-- We value your support.",
            station="STATE",
            to=POSTS,
        )
    )
    assert [(r.deadline, "announce" in r.quote) for r in found] == [(None, False)]


def test_an_ask_of_the_department_stays_apart_from_a_post_named_before_it() -> None:
    found = asked(
        "The talks stalled.",
        "We request that Embassy Ankara share its assessment of the talks. Please advise "
        "whether the Department concurs with this approach.",
        station="BAKU",
        to=("SECSTATE WASHDC", "AMEMBASSY ANKARA"),
    )
    assert sorted(found) == [(2, ""), (2, "ANKARA")]


def test_a_capitalised_opener_that_is_no_post_hides_no_other_ask() -> None:
    found = asked(
        "Treasury is requested to clear the text, and Post requests Department guidance on "
        "the timing.",
        station="BAKU",
        for_offices=("EUR/CARC",),
    )
    assert found == [(1, "EUR/CARC")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Department has now decided that posts should deliver the demarche.",
        "Washington has therefore decided that posts should deliver the demarche.",
    ],
)
def test_the_departments_own_decision_still_tasks(sentence: str) -> None:
    assert asked("Protests continue.", sentence, station="STATE", to=POSTS) == [(2, "ALL")]


@pytest.mark.parametrize(
    "sentence",
    [
        # A post's own question, not Washington's to answer.
        "To assess the risk, we need to know whether the opposition will boycott the vote.",
        # Recommendations, not asks.
        "It would be useful to learn from the Turkish experience.",
        "It would be useful to have the Secretary raise this with the Foreign Minister.",
        # Others urging, not the author.
        "The IMF mission urges that the government reduce fuel subsidies.",
        "Embassy officers urge that the government respect the rights of journalists.",
    ],
)
def test_a_posts_look_alikes_ask_no_one(sentence: str) -> None:
    assert asked("The vote is near.", sentence, station="BAKU", for_offices=("EUR/CARC",)) == []


def test_we_need_to_know_whether_washington_can_accept_asks() -> None:
    found = sentence_ask("We need to know whether Washington agencies can accept the text.")
    assert found is not None and found.kind == "need"


def test_posts_in_a_country_are_not_its_embassy_alone() -> None:
    found = asked(
        "Protests continue.",
        "Posts in Germany should deliver the points to host officials.",
        station="STATE",
        to=("AMEMBASSY BERLIN", "AMCONSUL FRANKFURT", "AMEMBASSY PARIS"),
    )
    assert found != [(2, "BERLIN")]


def test_a_station_spelt_the_other_way_is_the_addressees() -> None:
    found = asked(
        "Protests continue.",
        "Embassy Kyiv should deliver the points.",
        station="STATE",
        to=("AMEMBASSY KIEV", "AMEMBASSY PARIS"),
    )
    assert found == [(2, "KIEV")]


def test_a_long_aside_before_should_is_read_whole() -> None:
    found = asked(
        "Embassy London, which hosts the U.S. Permanent Representative to the International "
        "Maritime Organization, should designate its own point of contact.",
        station="STATE",
        to=("AMEMBASSY LONDON", "AMEMBASSY PARIS"),
    )
    assert found == [(1, "LONDON")]


def test_a_second_ask_dated_on_its_day_is_a_request_of_its_own() -> None:
    found = detect(
        cable(
            "Posts are instructed to deliver the points below on March 12.",
            "-- We urge your government to act.",
            "Posts should report the response by March 14.",
            station="STATE",
            to=POSTS,
        )
    )
    assert [(r.paragraph, str(r.deadline)) for r in found] == [(1, "2008-03-12"), (3, "2008-03-14")]


@pytest.mark.parametrize(
    "sentence",
    [
        # An aside or a list comma keeps the world's words in view.
        "Parliamentary elections, the Minister said, will take place no later than June 15.",
        "The decree, issued last week, requires all NGOs to re-register by June 15.",
        "The President's term expires June 15; new elections are required by that date.",
    ],
)
def test_world_dates_behind_a_comma_are_still_no_deadline(sentence: str) -> None:
    assert find_deadline(sentence, date(2008, 3, 5)) is None


def test_by_that_day_is_the_day_named() -> None:
    sentence = "The Minister arrives March 20; please provide the talking points by that day."
    found = find_deadline(sentence, date(2008, 3, 5))
    assert found is not None and str(found.when) == "2008-03-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chinese Embassy would be grateful if the Department could expedite the visas.",
        "We understand the Palestinian Authority is requested to submit its budget by March 20.",
        "THEREFORE WOULD APPRECIATE USG HELP WITH FUNDING.",
    ],
)
def test_others_gratitude_authorities_and_reported_wishes_ask_no_one(sentence: str) -> None:
    assert sentence_ask(sentence) is None


def test_a_posts_ask_of_the_department_stays_beside_its_ask_of_all_posts() -> None:
    found = asked(
        "Addressees are requested to share this assessment with host governments. Please advise "
        "if the Department objects.",
        station="KABUL",
        to=("SECSTATE WASHDC", "AMEMBASSY ISLAMABAD", "AMEMBASSY NEW DELHI"),
    )
    assert sorted(found) == [(1, ""), (1, "ALL")]


def test_additionally_opens_a_new_ask_but_in_addition_to_goes_on() -> None:
    found = asked(
        "Embassy requests Department guidance on whether to accept the invitation.",
        "Additionally, the Foreign Minister has asked whether the U.S. would co-sponsor the "
        "resolution. Embassy would appreciate Department's views.",
        station="TBILISI",
        for_offices=("EUR/CARC",),
    )
    assert [p for p, _ in found] == [1, 2]
    found = asked(
        "Action addressees are requested to submit draft reports by cable not later than March 20.",
        "In addition to the standard outline, addressees should comment on political detainees.",
        station="STATE",
        to=POSTS,
    )
    assert [p for p, _ in found] == [1]
