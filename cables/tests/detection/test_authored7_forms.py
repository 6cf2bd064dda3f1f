"""Forms first met in the seventh authored set (cables written hard on purpose by a writer who
never saw the detector). Each rule is general; each is pinned here on a cable of our own."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.detection.implicit import sentence_ask
from cables.detection.text import segments
from cables.tests.detection.helpers import cable


def test_an_all_capitals_possessive_still_names_the_department() -> None:
    sentence = "EMBASSY WOULD BE GRATEFUL FOR DEPARTMENT'S VIEWS ON HOW TO RESPOND."
    found = detect(cable("THE MINISTER CALLED IN THE CHARGE.", sentence, for_offices=("EUR/SCE",)))
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "EUR/SCE")]
    needing = sentence_ask("WE NEED DEPARTMENT'S GUIDANCE ON HOW TO RESPOND TO THE MINISTER.")
    assert needing is not None and needing.who == "DEPARTMENT"


def test_it_would_be_useful_to_have_washingtons_assessment_asks_washington() -> None:
    found = detect(
        cable(
            "The Minister's message was more pessimistic than in January.",
            "It would be useful to have Washington's assessment of the Co-Chairs' plans before "
            "the February 24 meeting.",
            station="ANKARA",
            for_offices=("EUR/SE",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "EUR/SE")]
    reported = "He said it would be useful to know the amount of assistance."
    assert detect(cable("The Minister met the Ambassador.", reported, station="ANKARA")) == ()


SENT = date(1998, 11, 5)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What is reported may be about a vote; the date is still the report's.
        ("Addressees should report voting intentions by close of business Tuesday.", "1998-11-10"),
        ("Posts should report election results by November 20.", "1998-11-20"),
        # An event led by several words and a possessive: the business day before.
        ("Please brief the Ministry before the Energy Minister's November 16 visit.", "1998-11-13"),
    ],
)
def test_deadline_forms(sentence: str, expected: str) -> None:
    found = find_deadline(sentence, SENT)
    assert found is not None and found.when is not None
    assert found.when.isoformat() == expected


def test_an_election_date_is_still_no_deadline() -> None:
    assert find_deadline("Elections must be held no later than November 20.", SENT) is None


def test_we_need_to_know_by_dates_the_ask() -> None:
    found = detect(
        cable(
            "The Ministry will finalize the sponsor list on March 10.",
            "Guidance requested: Washington's early decision is needed on co-sponsorship. "
            "We need to know by close of business Monday, March 9, to answer the Ministry.",
            station="ASTANA",
            for_offices=("SCA/CEN",),
            created=datetime(2009, 3, 4, 9, 0, tzinfo=UTC),
        )
    )
    assert [(r.paragraph, str(r.deadline)) for r in found] == [(2, "2009-03-09")]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("We need the Department's answer, coordinated with OSD, by close of business.", True),
        ("EMBASSY NEEDS DEPARTMENT'S DECISION ON A CONTRIBUTION BEFORE THE MEETING.", True),
        ("We need to know by Friday whether Washington agencies can accept the text.", True),
        ("To counter him, we need to know better his objectives.", False),
        ("The Government needs an answer from the IMF.", False),
    ],
)
def test_what_a_post_needs_of_washington(sentence: str, asks: bool) -> None:
    found = sentence_ask(sentence)
    assert (found is not None and found.kind == "need") is asks


def test_an_addressee_post_asked_by_its_bare_name_is_that_post() -> None:
    found = detect(
        cable(
            "EMBASSY SHOULD APPROACH GOZ AT HIGHEST AVAILABLE LEVEL TO SEEK LANDING RIGHTS.",
            "BRUSSELS IS REQUESTED TO INFORM GOB OF OUR INTENTIONS.",
            "TREASURY IS REQUESTED TO BLOCK THE ACCOUNTS. MOMBASA IS REQUESTED TO STAND BY.",
            station="STATE",
            to=("AMEMBASSY KINSHASA", "AMEMBASSY BRUSSELS"),
        )
    )
    # Treasury is no post, Mombasa no addressee: neither is tasked.
    assert sorted((r.paragraph, r.action_office) for r in found) == [(1, "ALL"), (2, "BRUSSELS")]


def test_within_hours_of_the_dtg_is_the_day_that_hour_falls_on() -> None:
    """The hour itself is in the DTG's zone (Z), which the tracker would read as desk time:
    the day is given, counted from the DTG's time ("within 12 hours" of 2300Z is the next day)."""
    found = detect(
        cable(
            "Embassy requests that the Department provide cleared comments within 12 hours.",
            station="PARIS",
            for_offices=("EUR/WE",),
            created=datetime(2009, 5, 12, 23, 0, tzinfo=UTC),
        )
    )
    assert [str(r.deadline) for r in found] == ["2009-05-13"]
    # Without the cable's time, whole days from its date.
    alone = find_deadline("Please report within 48 hours.", date(2009, 5, 12))
    assert alone is not None and alone.when == date(2009, 5, 14)


def test_a_hyphenated_post_named_in_a_partial_extract_is_its_station() -> None:
    extract = cable(
        "Embassy Port-au-Prince should raise airport security with the Interim Government. "
        "Embassy should report the results of these meetings by Monday, March 10.",
        station="STATE",
        to=(),
    )
    found = detect(extract)
    assert [(r.action_office, str(r.deadline)) for r in found] == [("PORTAUPRINCE", "2008-03-10")]


def test_a_sentence_ending_inside_quotes_leaves_the_next_ones_unquoted() -> None:
    assert segments('The text retains "all political prisoners." We think so.') == [
        'The text retains "all political prisoners."',
        "We think so.",
    ]
    found = detect(
        cable(
            'Comment: the draft drops the name while retaining "all political prisoners." We '
            "think the fallback is the most we will get. USUN would be grateful for the "
            "Department's views on the fallback. End comment.",
            station="USUNNEWYORK",
            for_offices=("IO/UNP",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "IO/UNP")]


def test_embassy_requests_colon_asks_for_the_list_that_follows() -> None:
    found = detect(
        cable(
            "The Ministry wants to sign on March 10.",
            "Embassy requests: (A) the Department's clearance of the final text by March 5; and "
            "(B) guidance on naming third countries in the plan.",
            station="BRASILIA",
            for_offices=("WHA/BSC",),
        )
    )
    assert [(r.paragraph, str(r.deadline)) for r in found] == [(2, "2008-03-05")]
    assert found[0].quote.startswith("Embassy requests: (A) the Department's clearance")
    assert sentence_ask("Per embassy request:") is None


def test_a_report_back_with_a_date_of_its_own_is_a_request_of_its_own() -> None:
    paragraphs = (
        "Embassy should deliver the points in para 2 to the Ministry no later than March 12.",
        "-- We ask India to support the agency's review.",
        "Embassy should report the Ministry's response by March 14.",
    )
    found = detect(cable(*paragraphs, station="STATE", to=("AMEMBASSY NEW DELHI",)))
    assert [(r.paragraph, str(r.deadline)) for r in found] == [
        (1, "2008-03-12"),
        (3, "2008-03-14"),
    ]
    # Reporting by the same date, it is the same tasking's report-back.
    same = (*paragraphs[:2], "Embassy should report the Ministry's response by March 12.")
    found = detect(cable(*same, station="STATE", to=("AMEMBASSY NEW DELHI",)))
    assert [(r.paragraph, r.also_paragraphs) for r in found] == [(1, (3,))]


def test_we_need_departments_guidance_opens_a_paragraph_and_is_read() -> None:
    found = detect(
        cable(
            "THE CHAIRMAN SOUGHT A WRITTEN ASSURANCE ON THE JUNE SHIPMENT. END COMMENT.",
            "WE NEED DEPARTMENT'S GUIDANCE BEFORE THE AMBASSADOR'S MEETING WITH THE CHAIRMAN.",
            station="NEWDELHI",
        )
    )
    assert [r.paragraph for r in found] == [2]
    # Needing something of no one in Washington is no ask.
    other = cable("The Ministry met donors.", "We need to remember the Ministry's pride.")
    assert detect(other) == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We need to know by mid-day Washington time Friday, October 23.", "2009-10-23T12:00:00"),
        (
            "USUN would welcome views prior to the formal meeting, now set for Friday, October 23.",
            "2009-10-22",
        ),
    ],
)
def test_more_deadline_forms(sentence: str, expected: str) -> None:
    found = find_deadline(sentence, date(2009, 10, 19))
    assert found is not None and found.when is not None
    assert found.when.isoformat() == expected
