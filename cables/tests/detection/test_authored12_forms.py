"""Forms first met in the twelfth authored set (cables written as drafters write, by a writer
who never saw the detector). Each rule is general; each is pinned here on a cable of our own."""

from __future__ import annotations

from datetime import date

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.tests.detection.helpers import cable


def test_a_summary_pointing_to_the_ask_takes_the_asks_deadline() -> None:
    found = detect(
        cable(
            "Summary: guidance is needed before the March 20 Council. USNATO requests "
            "guidance (para 3).",
            "Allies are divided on the statement.",
            "USNATO requests guidance by 0800Z March 12 on whether the U.S. can support it.",
            station="USNATO",
            for_offices=("EUR/RPM",),
        )
    )
    assert [str(r.deadline) for r in found] == ["2008-03-12 08:00:00"]


def test_a_second_ask_with_a_date_of_its_own_is_a_request_of_its_own() -> None:
    found = detect(
        cable(
            "We request that Washington confirm the delegation by March 10.",
            "We request that the Department provide cleared text of any announcement by March 17.",
            station="KABUL",
            for_offices=("SCA/A",),
        )
    )
    assert [(r.paragraph, str(r.deadline)) for r in found] == [(1, "2008-03-10"), (2, "2008-03-17")]


def test_the_day_of_a_clause_is_not_the_acts() -> None:
    sentence = "Embassy should also inform the MFA that the offer will be made public on March 12."
    assert find_deadline(sentence, date(2008, 3, 5), asking=True) is None


def test_a_question_quoted_in_a_reply_tasks_no_one() -> None:
    reply = (
        "DEPARTMENT HAS CONSIDERED EMBASSY'S REQUEST FOR GUIDANCE ON WHETHER THE AMBASSADOR "
        "SHOULD ACCEPT THE INVITATION."
    )
    found = detect(cable(reply, station="STATE", to=("AMEMBASSY WARSAW",)))
    assert found == ()


def test_a_summary_previewing_the_ask_stays_with_it_and_the_ask_is_where_stated() -> None:
    found = detect(
        cable(
            "Summary: the new Prime Minister takes office on March 16. We request a Presidential "
            "message for delivery on March 16. End summary.",
            "Embassy requests that the Department provide the text of any message by March 10.",
            station="TOKYO",
            for_offices=("EAP/J",),
        )
    )
    assert [(r.paragraph, r.also_paragraphs, str(r.deadline)) for r in found] == [
        (2, (1,), "2008-03-10")
    ]
