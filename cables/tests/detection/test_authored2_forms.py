"""Forms first met in the second authored set (older telegraphic traffic and hard modern
structures, written by readers who never saw the detector). Each rule is general; each is
pinned here on a cable of our own."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.evaluation.detection_eval import Label, match
from cables.tests.detection.helpers import cable

SENT = date(1983, 6, 1)  # a Wednesday
OLD = datetime(1975, 11, 10, 15, 0, tzinfo=UTC)  # a Monday
TO_AFRICA = ("AMEMBASSY DAKAR", "AMEMBASSY ABIDJAN", "AMEMBASSY LIBREVILLE")


def test_a_for_lead_in_names_the_posts_its_paragraph_tasks() -> None:
    found = detect(
        cable(
            "FOR DAKAR AND ABIDJAN: AMBASSADORS SHOULD SEEK APPOINTMENTS WITH THE FOREIGN "
            "MINISTER AT EARLIEST OPPORTUNITY TO URGE ABSTENTION.",
            "FOR LIBREVILLE: WE NOTE THE PRESIDENT'S ASSURANCES. AMBASSADOR SHOULD, HOWEVER, "
            "CONFIRM THE INSTRUCTIONS. PLEASE CABLE RESULTS BEFORE THE 14TH.",
            station="STATE",
            to=TO_AFRICA,
            created=OLD,
        )
    )
    assert [(r.paragraph, r.action_office, r.deadline, r.deadline_text) for r in found] == [
        (1, "ABIDJAN,DAKAR", None, "ASAP (AT EARLIEST OPPORTUNITY)"),
        (2, "LIBREVILLE", date(1975, 11, 13), "BEFORE THE 14TH"),
    ]


def test_lead_ins_inside_one_paragraph_task_each_post_with_its_own_deadline() -> None:
    found = detect(
        cable(
            "Action request. For Embassy Dakar: please deliver the nonpaper to the Ministry and "
            "report the response no later than November 14. For Embassy Abidjan: please share "
            "the identifiers with the Central Bank; please report by November 19.",
            station="STATE",
            to=TO_AFRICA,
            created=OLD,
        )
    )
    assert sorted((r.action_office, r.deadline) for r in found) == [
        ("ABIDJAN", date(1975, 11, 19)),
        ("DAKAR", date(1975, 11, 14)),
    ]


def test_a_post_named_before_a_colon_is_asked_and_a_heading_word_is_not() -> None:
    asked = detect(
        cable(
            "Embassy Tashkent: please advise whether the government would receive the DAS.",
            station="ASTANA",
            to=("SECSTATE WASHDC", "AMEMBASSY TASHKENT"),
            for_offices=("SCA/CEN",),
        )
    )
    assert [r.action_office for r in asked] == ["TASHKENT"]
    general = detect(
        cable(
            "For example: posts should deliver the points to the MFA.",
            station="STATE",
            to=TO_AFRICA,
        )
    )
    assert [r.action_office for r in general] == ["ALL"]


def test_the_department_telling_you_what_to_do_tasks_the_addressee_at_once() -> None:
    found = detect(
        cable(
            "YOU SHOULD APPROACH THE FOREIGN MINISTER IMMEDIATELY AND MAKE THE FOLLOWING POINTS.",
            station="STATE",
            to=("AMEMBASSY ALGIERS",),
        )
    )
    assert [(r.action_office, r.deadline, r.deadline_text) for r in found] == [
        ("ALGIERS", None, "ASAP (IMMEDIATELY)")
    ]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("GUIDANCE IS NEEDED PRIOR TO THE MINISTERIAL ON JUNE 9.", date(1983, 6, 8)),
        ("before the Secretary's meeting on 3 June", date(1983, 6, 2)),
        ("deliver the points and report response within 48 hours", date(1983, 6, 3)),
        ("please cable results before the 14th", date(1983, 6, 13)),
    ],
)
def test_old_style_dates(text: str, when: date) -> None:
    found = find_deadline(text, SENT)
    assert found is not None and found.when == when


@pytest.mark.parametrize(
    "text",
    ["REQUEST DEPT INSTRUCTIONS SOONEST", "at earliest opportunity", "views by return cable"],
)
def test_old_style_urgency_is_asap(text: str) -> None:
    found = find_deadline(text, SENT)
    assert found is not None and found.when is None and found.text.startswith("ASAP")


def test_ordinals_that_are_no_day_are_no_deadline() -> None:
    assert find_deadline("before the 14th session of the commission", SENT) is None
    assert find_deadline("by the 14th century", SENT) is None


def test_a_need_stated_after_the_ask_gives_its_deadline() -> None:
    found = detect(
        cable(
            "ACTION REQUESTED: MISSION REQUESTS WASHINGTON GUIDANCE ON WHETHER WE MAY ACCEPT THE "
            "COMPROMISE. GUIDANCE IS NEEDED PRIOR TO THE MINISTERIAL ON JUNE 9.",
            station="USNATO",
            created=datetime(1983, 6, 1, 12, 0, tzinfo=UTC),
        )
    )
    assert [(r.paragraph, r.deadline) for r in found] == [(1, date(1983, 6, 8))]


def test_posts_named_in_an_aside_do_not_narrow_all_addressees() -> None:
    found = detect(
        cable(
            "All addressees, including Dakar and Abidjan, should draw on the points in regular "
            "contacts and report any significant reactions.",
            station="STATE",
            to=TO_AFRICA,
        )
    )
    assert [r.action_office for r in found] == ["ALL"]


def test_a_deliverable_by_separate_cable_is_a_request_of_its_own() -> None:
    found = detect(
        cable(
            "ACTION ADDRESSEES SHOULD PREPARE A DRAFT CHAPTER AND SEND IT BY OCT 15.",
            "ACTION ADDRESSEES SHOULD ALSO SEND, BY SEPARATE CABLE, A CLASSIFIED ASSESSMENT.",
            station="STATE",
            to=TO_AFRICA,
            created=datetime(1985, 9, 20, 15, 0, tzinfo=UTC),
        )
    )
    assert [(r.paragraph, r.deadline) for r in found] == [(1, date(1985, 10, 15)), (2, None)]


def test_bare_posts_after_named_posts_means_those_posts() -> None:
    found = detect(
        cable(
            "Embassies Dakar and Abidjan are requested to approach host governments. Posts "
            "should ask whether they will support the resolution.",
            station="STATE",
            to=TO_AFRICA,
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "ABIDJAN,DAKAR")]


def test_missions_before_a_named_mission_still_means_all() -> None:
    found = detect(
        cable(
            "Missions should assign a point of contact for this issue. Embassy Dakar should "
            "also relay the list to the delegation.",
            station="STATE",
            to=TO_AFRICA,
        )
    )
    assert sorted(r.action_office for r in found) == ["ALL", "DAKAR"]


def test_the_scorer_pairs_a_paragraphs_asks_by_office_first() -> None:
    found = detect(
        cable(
            "For Embassy Dakar: please deliver the note. For Embassy Abidjan: please share the "
            "list.",
            station="STATE",
            to=TO_AFRICA,
        )
    )
    labels = [
        Label("X", 1, (), "ABIDJAN", "", True),
        Label("X", 1, (), "DAKAR", "", True),
    ]
    pairs = match(labels, found)
    assert sorted((label.office, request.action_office) for label, request in pairs) == [
        ("ABIDJAN", "ABIDJAN"),
        ("DAKAR", "DAKAR"),
    ]


def test_an_ask_to_all_that_does_more_than_report_is_no_report_back() -> None:
    found = detect(
        cable(
            "Embassy Dakar should deliver the note to the Foreign Ministry.",
            "All addressees should draw on the points in regular contacts and report any "
            "significant reactions.",
            station="STATE",
            to=TO_AFRICA,
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "DAKAR"), (2, "ALL")]
