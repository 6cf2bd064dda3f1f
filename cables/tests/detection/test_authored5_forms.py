"""Forms first met in the fifth authored set (cables imitating corpus cables, written by
readers who never saw the detector). Each rule is general; each is pinned here on a cable of
our own."""

from __future__ import annotations

from datetime import date

import pytest

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.detection.pointers import find_pointer
from cables.tests.detection.helpers import cable


@pytest.mark.parametrize(
    "line",
    [
        "ACTION REQUEST FOLLOWS IN PARAGRAPH 9.",
        "Action requested -- see paragraphs 2 and 4.",
        "Action request: paragraph 10.",
    ],
)
def test_pointer_wordings(line: str) -> None:
    pointer = find_pointer(1, line)
    assert pointer is not None and pointer.groups


def test_a_pointer_reading_action_request_colon_paragraph_sends_to_that_paragraph() -> None:
    found = detect(
        cable(
            "Action request: paragraph 3.",
            "The Minister raised the conference.",
            "Post requests Department guidance on whether we may attend.",
            station="USNATO",
            for_offices=("EUR/RPM",),
        )
    )
    assert [(r.paragraph, r.explicit) for r in found] == [(3, True)]


def test_a_posts_reply_welcoming_posts_assessment_quotes_the_question() -> None:
    assert (
        detect(
            cable(
                "We would welcome post's assessment of the relative credibility of the findings.",
                "- Post finds the findings credible.",
                station="KAMPALA",
            )
        )
        == ()
    )


def test_a_partial_extract_without_a_date_still_places_a_dated_deadline() -> None:
    undated = cable(
        "Embassy would appreciate Department's confirmation by May 28 that the team can travel.",
        "Post also requests the team's names within seven days.",
        station="MADRID",
        for_offices=("EUR/WE",),
    )
    undated = undated.__class__(
        **{**undated.__dict__, "created": None, "reference_id": "04MADRID1"}
    )
    found = detect(undated)
    assert [(r.paragraph, r.deadline) for r in found][0] == (1, date(2004, 5, 28))
    assert all(r.deadline is None or r.paragraph == 1 for r in found)


def test_a_possessive_before_the_event_date() -> None:
    found = find_deadline(
        "WE WOULD APPRECIATE REPLY BEFORE SHAH'S MARCH 20 REVIEW", date(1972, 3, 14)
    )
    assert found is not None and found.when == date(1972, 3, 17)
