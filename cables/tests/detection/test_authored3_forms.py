"""Forms first met in the third authored set (the noise of real traffic, and wording variety
with look-alikes, written by readers who never saw the detector). Each rule is general; each
is pinned here on a cable of our own."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.tests.detection.helpers import cable

TO = ("AMEMBASSY ANKARA", "AMEMBASSY ATHENS")
WHEN = datetime(2008, 3, 18, 15, 0, tzinfo=UTC)  # a Tuesday


def _found(
    *paragraphs: str, station: str = "STATE", to: tuple[str, ...] = TO
) -> list[tuple[int | None, str]]:
    requests = detect(cable(*paragraphs, station=station, to=to))
    return [(r.paragraph, r.action_office) for r in requests]


def test_a_telegraphic_tasking_in_a_paragraph_a_pointer_names() -> None:
    """No key word of the first pass is in paragraph 2: the pointer has it read anyway."""
    assert _found(
        "THIS IS AN ACTION MESSAGE. SEE PARA 2.",
        "EMBASSY ANKARA TO DELIVER FOLLOWING NON-PAPER TO MFA SOONEST AND REPORT RESPONSE.",
    ) == [(2, "ANKARA")]


def test_an_option_that_asks_for_a_report_is_an_ask_and_a_bare_option_is_not() -> None:
    assert _found(
        "EMBASSY ATHENS MAY WISH TO BRIEF THE MFA POLITICAL DIRECTOR AND REPORT ANY COMMENTS.",
        "Embassy Ankara should deliver the points.",
    ) == [(1, "ATHENS"), (2, "ANKARA")]
    assert _found(
        "Embassy Athens may wish to draw on the points in paragraph 4.",
        "Embassy Ankara should deliver the points.",
    ) == [(2, "ANKARA")]


def test_capitals_stop_a_posts_name_at_its_verb() -> None:
    requests = detect(
        cable(
            "EMBASSY ATHENS MAY WISH TO BRIEF THE MFA AND REPORT ANY COMMENTS.",
            station="STATE",
            to=TO,
        )
    )
    assert [r.requested_of for r in requests] == ["EMBASSY ATHENS"]


def test_it_would_be_helpful_if_a_post_could() -> None:
    assert _found(
        "It would be helpful if Embassy Athens could obtain the text of the draft declaration "
        "before the summit.",
    ) == [(1, "ATHENS")]


def test_authorized_and_instructed_is_an_instruction() -> None:
    assert _found(
        "Embassy Ankara is authorized and instructed to vote in favor of the draft resolution.",
    ) == [(1, "ANKARA")]


def test_the_department_soliciting_or_seeking_a_posts_help_asks_it() -> None:
    assert _found(
        "Department also solicits Embassy Ankara's views on whether the government will abstain.",
    ) == [(1, "ANKARA")]
    assert _found(
        "Department seeks action addressees' help in reinforcing our view with host governments.",
    ) == [(1, "ALL")]


def test_would_value_and_would_ask() -> None:
    assert _found("We would also value Embassy Athens' assessment of the vote.") == [(1, "ATHENS")]
    assert _found(
        "We would ask Embassies Ankara and Athens to raise this with their hosts.",
        station="USNATO",
        to=("SECSTATE WASHDC",),
    ) == [(1, "ANKARA,ATHENS")]


def test_a_request_for_guidance_heading_names_no_post() -> None:
    requests = detect(
        cable(
            "Request for guidance: USEU requests guidance on whether the text is acceptable.",
            station="USEUBRUSSELS",
            for_offices=("EUR/ERA",),
        )
    )
    assert [r.action_office for r in requests] == ["EUR/ERA"]


def test_a_reply_that_has_reviewed_a_request_for_guidance_asks_nothing() -> None:
    assert (
        _found(
            "DEPARTMENT HAS REVIEWED EMBASSY'S REQUEST FOR GUIDANCE (REF A) ON HOW TO RESPOND.",
            "EMBASSY MAY DRAW ON THE FOLLOWING POINTS.",
            to=("AMEMBASSY NAIROBI",),
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("USNATO needs instructions in time for the March 26 meeting", date(2008, 3, 25)),
        ("we need guidance before COB Brussels time on March 20", date(2008, 3, 20)),
    ],
)
def test_event_and_close_of_business_deadlines(text: str, when: date) -> None:
    found = find_deadline(text, WHEN.date())
    assert found is not None and found.when == when


def test_a_hope_or_a_view_stated_after_the_ask_gives_its_deadline() -> None:
    requests = detect(
        cable(
            "Embassy requests INL's approval of the revised spend plan. We hope the Department "
            "can complete its review by Friday, March 28.",
            station="MEXICO",
            for_offices=("INL/LP",),
            created=WHEN,
        )
    )
    assert [(r.paragraph, r.deadline) for r in requests] == [(1, date(2008, 3, 28))]


def test_an_unnamed_please_after_a_named_post_stays_with_that_post() -> None:
    assert _found(
        "For Embassy Ankara, please approach host-country officials. In discussing these "
        "points, please emphasize that we are only gathering information.",
        "Embassy Athens should deliver the points.",
    ) == [(1, "ANKARA"), (2, "ATHENS")]


def test_a_point_of_contact_line_tasks_no_one() -> None:
    assert (
        _found(
            "Please contact AF/RSA Jun Bando at (202) 647-5781 for any necessary further "
            "background information.",
        )
        == []
    )
    assert _found("Please contact the MFA and deliver the points.") == [(1, "ALL")]


# Found by a review of the rules above: what they must not catch.


def test_a_call_on_the_minister_to_deliver_points_is_a_demarche_not_a_contact_line() -> None:
    assert _found(
        "Please call on the Foreign Minister to deliver these points and provide background "
        "on our position."
    ) == [(1, "ALL")]


def test_a_comma_after_a_post_names_it_only_before_the_ask() -> None:
    assert _found(
        "For Ankara, energy is the issue that matters most. Posts should deliver the points."
    ) == [(1, "ALL")]


def test_a_schedule_line_is_no_telegraphic_tasking() -> None:
    requests = detect(
        cable(
            "AMBASSADOR WOOD TO MEET PRESIDENT KARZAI ON MAY 12. POSTS SHOULD DELIVER THE POINTS.",
            station="STATE",
            to=TO,
        )
    )
    assert [r.requested_of for r in requests] == ["POSTS"]


def test_may_wish_to_advise_a_host_government_asks_for_no_report() -> None:
    assert (
        _found(
            "Posts may wish to draw on the talking points and advise host governments that we "
            "oppose the draft."
        )
        == []
    )


def test_a_purpose_is_no_ask() -> None:
    assert _found("The purpose of the mission is to assess whether Turkey should join.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Please report within 24 hours of the vote.",
        "Please coordinate with the 4th Infantry Division by the 4th Infantry Division's move.",
        "Please report on the situation in the immediately affected provinces.",
        "Embassy should not immediately respond to the note.",
    ],
)
def test_times_that_are_no_deadline(text: str) -> None:
    found = find_deadline(text, WHEN.date())
    assert found is None


def test_before_a_deadline_named_in_the_phrase_is_by_that_day() -> None:
    found = find_deadline("please respond before the deadline on March 28", WHEN.date())
    assert found is not None and found.when == date(2008, 3, 28)


def test_a_post_is_visited_only_when_named_as_a_word() -> None:
    requests = detect(
        cable(
            "Embassy requests country clearance for the climate envoy to visit Brasilia.",
            station="BOGOTA",
            to=("AMEMBASSY LIMA", "SECSTATE WASHDC"),
            for_offices=("WHA/AND",),
        )
    )
    assert [r.action_office for r in requests] == ["WHA/AND"]
