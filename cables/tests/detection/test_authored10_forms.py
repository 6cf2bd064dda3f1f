"""Forms first met in the tenth authored set (cables written as drafters write, by a writer
who never saw the detector). Each rule is general; each is pinned here on a cable of our own."""

from __future__ import annotations

from datetime import date

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.tests.detection.helpers import cable


def test_a_consulate_general_as_congen_asks() -> None:
    found = detect(
        cable(
            "The delegation arrives on August 14.",
            "ConGen requests that EAP/MLS confirm by March 20 whether the Ambassador can add a day "
            "in the Central Highlands.",
            station="HOCHIMINHCITY",
            for_offices=("EAP/MLS",),
        )
    )
    assert [(r.paragraph, r.action_office, str(r.deadline)) for r in found] == [
        (2, "EAP/MLS", "2008-03-20")
    ]


def test_an_aside_between_requested_and_to_still_asks() -> None:
    found = detect(
        cable(
            "Washington analysts are interested in the new President's appointments.",
            "Post is requested, time and resources permitting, to report on the following: A. Who "
            "has been removed? B. Who replaced them?",
            station="STATE",
            to=("AMEMBASSY ASHGABAT",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "ASHGABAT")]


def test_a_readout_is_something_asked_for() -> None:
    found = detect(
        cable(
            "The Foreign Minister suggested Ankara had been more understanding.",
            "We would also welcome Embassy Ankara's readout of any recent Turkish contacts with "
            "Armenian officials.",
            station="YEREVAN",
            to=("SECSTATE WASHDC",),
            for_offices=("EUR/CARC",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "ANKARA")]


def test_before_the_event_the_sentence_dated() -> None:
    sentence = (
        "Embassy requests guidance on U.S. attendance at the March 12 El Fasher ceremony, and on "
        "any public line, before the ceremony."
    )
    found = find_deadline(sentence, date(2008, 3, 5))
    assert found is not None and str(found.when) == "2008-03-11"
    # An event the sentence does not date stays vague.
    assert find_deadline("Please advise before the ceremony.", date(2008, 3, 5)) is None


def test_by_opening_of_business_in_a_named_place() -> None:
    found = find_deadline(
        "EMBASSY REQUESTS GUIDANCE BY OPENING OF BUSINESS LAGOS MONDAY, MARCH 13.", date(1978, 3, 9)
    )
    assert found is not None and str(found.when) == "1978-03-13"


def test_a_posts_own_sections_ask_too() -> None:
    found = detect(
        cable(
            "The prosecutor arrives on March 14 with two police officers.",
            "RSO requests that this request be considered urgently and that DS provide a rapid "
            "response.",
            station="ATHENS",
            for_offices=("DS/IP/EUR",),
        )
    )
    assert [(r.paragraph, r.action_office, r.deadline_text) for r in found] == [
        (2, "DS/IP/EUR", "ASAP (urgently)")
    ]
