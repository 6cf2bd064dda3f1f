"""Forms first met in the sixth authored set (cables in corpus form written by a writer who
never saw the detector) and in the corpus cables its rules then touched. Each rule is general;
each is pinned here on a cable of our own."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.tests.detection.helpers import cable

POSTS = ("AMEMBASSY ROME", "AMEMBASSY MADRID", "USEU BRUSSELS", "AMEMBASSY PARIS")


def test_one_sentence_tasking_three_posts_in_clauses_is_three_asks() -> None:
    found = detect(
        cable(
            "The Council meets on February 23.",
            "Embassy Rome should deliver the points to the MFA; Embassy Madrid should raise them "
            "with the State Secretary; and USEU should share them with the Council Secretariat.",
            station="STATE",
            to=POSTS,
        )
    )
    assert sorted(r.action_office for r in found) == ["MADRID", "ROME", "USEUBRUSSELS"]


def test_it_is_requested_that_posts_report_is_a_report_back() -> None:
    found = detect(
        cable(
            "Chiefs of Mission are asked to raise the agreement with the Foreign Minister.",
            "It is requested that posts cable host government responses no later than COB "
            "Friday, March 14.",
            station="STATE",
            to=POSTS,
        )
    )
    assert [(r.paragraph, r.also_paragraphs, str(r.deadline)) for r in found] == [
        (1, (2,), "2008-03-14")
    ]


def test_posts_views_after_one_named_post_are_that_posts() -> None:
    found = detect(
        cable(
            "Chiefs of Mission are asked to raise the agreement with the Foreign Minister.",
            "In addition, Embassy Madrid is asked to assess whether a senior visit would help. "
            "Department would appreciate Post's views within seven business days.",
            station="STATE",
            to=POSTS,
        )
    )
    assert sorted((r.paragraph, r.action_office) for r in found) == [(1, "ALL"), (2, "MADRID")]


def test_a_paragraph_opening_separately_holds_a_new_ask() -> None:
    found = detect(
        cable(
            "EMBASSY REQUESTS THAT THE DEPARTMENT EXPEDITE THE VISAS FOR THE DELEGATION.",
            "SEPARATELY, THE DELEGATION LEADER HAS ASKED FOR A CALL ON THE DEPUTY SECRETARY. "
            "EMBASSY WOULD BE GRATEFUL FOR THE DEPARTMENT'S VIEWS ON WHETHER IT CAN BE ARRANGED.",
            station="MOSCOW",
            for_offices=("EUR/RUS",),
        )
    )
    assert [r.paragraph for r in found] == [1, 2]


@pytest.mark.parametrize(
    "sentence",
    [
        "YOU SHOULD IMMEDIATELY SEEK A MEETING WITH THE PERMANENT SECRETARY.",
        "EMBASSY SHOULD ALSO REPORT IMMEDIATELY ANY INFORMATION ON AMERICAN CITIZENS.",
    ],
)
def test_the_asks_own_verb_done_immediately_is_asap(sentence: str) -> None:
    found = find_deadline(sentence, date(1981, 3, 3))
    assert found is not None and found.when is None and found.text.startswith("ASAP")


def test_we_would_need_washingtons_answer_by_dates_the_ask() -> None:
    found = detect(
        cable(
            "PLEASE ADVISE WHETHER WASHINGTON INTENDS TO SEND AN OBSERVER DELEGATION. GIVEN THE "
            "DECEMBER 20 FILING DATE, WE WOULD NEED WASHINGTON'S ANSWER BY DECEMBER 16.",
            station="MANILA",
            for_offices=("EAP/PHL",),
            created=datetime(1985, 12, 9, 8, 0, tzinfo=UTC),
        )
    )
    assert [str(r.deadline) for r in found] == ["1985-12-16"]
