"""Forms first met in the authored set (cables written by readers who never saw the detector):
each rule is general, and each is pinned here on a cable of our own."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.tests.detection.helpers import cable

SENT = date(2008, 4, 2)  # a Wednesday


def test_a_colon_inside_brackets_does_not_cut_the_sentence_from_its_deadline() -> None:
    found = detect(
        cable(
            "Action request: Embassies Riga and Tallinn are requested to send the names of "
            "the nominees to Embassy Vilnius (attn: Pol/Econ, Laura Kiser) by March 3, so that "
            "the hosts can issue invitations.",
            station="VILNIUS",
            to=("SECSTATE WASHDC", "AMEMBASSY RIGA", "AMEMBASSY TALLINN"),
            created=datetime(2008, 2, 15, 9, 0, tzinfo=UTC),
        )
    )
    assert [(r.paragraph, r.deadline) for r in found] == [(1, date(2008, 3, 3))]


def test_before_a_possessive_event_is_the_business_day_before() -> None:
    found = find_deadline("we would need guidance before her April 14 visit", SENT)
    assert found is not None and found.when == date(2008, 4, 11)  # April 14 is a Monday


def test_within_business_days_needs_no_of_receipt() -> None:
    found = find_deadline("Please provide, within seven business days, talking points.", SENT)
    assert found is not None and found.when == date(2008, 4, 11)
    assert find_deadline("The court must rule within 30 days.", SENT) is None


def test_immediately_is_asap_but_immediately_after_an_event_is_no_deadline() -> None:
    found = find_deadline("we ask that you see the President immediately", SENT)
    assert found is not None and found.when is None and "ASAP" in found.text
    assert find_deadline("please report immediately after the vote", SENT) is None


def test_the_department_asking_you_tasks_the_addressee() -> None:
    found = detect(
        cable(
            "Ambassador, we ask that you seek a meeting with the President to convey the "
            "following points.",
            station="STATE",
            to=("AMEMBASSY ISLAMABAD",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "ISLAMABAD")]


def test_a_posts_scene_setter_asking_the_visitor_tasks_no_one() -> None:
    found = detect(
        cable(
            "We ask that you raise the case of the detained journalist with the Minister.",
            station="ANKARA",
            for_offices=("EUR/SE",),
        )
    )
    assert found == ()


def test_an_addressee_told_to_take_no_action_is_not_tasked() -> None:
    found = detect(
        cable(
            "Embassy Bogota should deliver the points in para 3 to the MFA.",
            "Embassy Caracas should take no action at this time.",
            station="STATE",
            to=("AMEMBASSY BOGOTA", "AMEMBASSY CARACAS"),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "BOGOTA")]


def test_post_requests_as_a_noun_is_no_ask() -> None:
    found = detect(
        cable(
            "During the move, INL/EX will have limited ability to process post requests quickly.",
            station="STATE",
            to=("ALL DIPLOMATIC AND CONSULAR POSTS",),
        )
    )
    assert found == ()


def test_a_report_back_closing_the_paragraph_belongs_to_each_posts_ask() -> None:
    found = detect(
        cable(
            "Embassy Paris should deliver the points to the Elysee. Embassy London should "
            "share the points with the FCO. Posts should report responses NLT Monday, "
            "February 9.",
            station="STATE",
            to=("AMEMBASSY PARIS", "AMEMBASSY LONDON"),
            created=datetime(2009, 2, 4, 18, 0, tzinfo=UTC),
        )
    )
    assert sorted((r.action_office, r.deadline) for r in found) == [
        ("LONDON", date(2009, 2, 9)),
        ("PARIS", date(2009, 2, 9)),
    ]


def test_a_separate_ask_of_the_same_post_stays_separate() -> None:
    found = detect(
        cable(
            "Embassy is instructed to approach the MFA before the November 26 Board session.",
            "Separately, please provide by Friday, November 20, Embassy's assessment of the vote.",
            station="STATE",
            to=("AMEMBASSY BRASILIA",),
            created=datetime(2009, 11, 16, 18, 0, tzinfo=UTC),
        )
    )
    assert [(r.paragraph, r.deadline) for r in found] == [
        (1, date(2009, 11, 25)),
        (2, date(2009, 11, 20)),
    ]


def test_an_office_named_by_its_symbol_is_the_department() -> None:
    found = detect(
        cable(
            "Embassy also requests that ISN/CPI provide a briefer for the seminar.",
            station="SEOUL",
            for_offices=("EAP/K", "ISN/CPI"),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "EAP/K,ISN/CPI")]


def test_another_posts_assistance_is_asked_of_that_post() -> None:
    found = detect(
        cable(
            "Embassy Kyiv would appreciate Embassy Chisinau's assistance in arranging meetings.",
            station="KYIV",
            to=("AMEMBASSY CHISINAU", "SECSTATE WASHDC"),
            for_offices=("EUR/UMB",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "CHISINAU")]


def test_country_clearance_is_asked_of_the_post_visited() -> None:
    found = detect(
        cable(
            "Embassy Kyiv requests country clearance for the following personnel to travel to "
            "Chisinau June 18-21.",
            station="KYIV",
            to=("AMEMBASSY CHISINAU", "SECSTATE WASHDC"),
            for_offices=("EUR/UMB",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "CHISINAU")]


def test_an_author_urging_a_decision_asks_for_it_but_reported_urging_does_not() -> None:
    asked = detect(
        cable(
            "We urge the Department to approve, on an expedited basis, visa bans on those "
            "inciting the violence.",
            station="NAIROBI",
            for_offices=("AF/E",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in asked] == [(1, "AF/E")]
    reported = detect(
        cable("The Minister urged the Department to approve the sale.", station="NAIROBI")
    )
    assert reported == ()
