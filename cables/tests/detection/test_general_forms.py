"""Ordinary ways of asking that a detector fitted to a few cables would miss."""

import pytest

from cables.detection import detect
from cables.tests.detection.helpers import cable

BACKGROUND = "The Foreign Minister met the Ambassador on March 3 to discuss the elections."
POSTS = ("AMEMBASSY BERLIN", "AMEMBASSY PARIS", "AMEMBASSY ROME")


@pytest.mark.parametrize(
    "sentence",
    [
        "Embassy would be grateful for the Department's views on the proposal.",
        "Guidance requested.",
        "DEPARTMENT'S GUIDANCE REQUESTED BY MARCH 10.",
        "REQUEST DEPARTMENT GUIDANCE ON WHETHER THE EMBASSY MAY ATTEND.",
        "EMBASSY REQUESTS THAT THE DEPARTMENT PROVIDE TALKING POINTS.",
    ],
)
def test_it_finds_a_posts_ask_to_washington(sentence: str) -> None:
    found = detect(cable(BACKGROUND, sentence, for_offices=("EUR/CE",)))
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "EUR/CE")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Embassy seeks Department guidance on how to respond.",
        "We need Washington's guidance by March 5 on this question.",
    ],
)
def test_it_finds_seek_and_need_asks_in_a_paragraph_read_for_another_cue(sentence: str) -> None:
    """ "seek" and "need" alone do not make a paragraph worth reading (nearly always news,
    and each word read costs time); a second cue or a marked subject does."""
    with_cue = detect(cable(BACKGROUND, sentence + " Please advise.", for_offices=("EUR/CE",)))
    assert [(r.paragraph, r.quote) for r in with_cue] == [(2, sentence)]
    subject = "REQUEST FOR GUIDANCE ON THE VISIT"
    marked = detect(cable(BACKGROUND, sentence, subject=subject, for_offices=("EUR/CE",)))
    assert [(r.paragraph, r.explicit) for r in marked] == [(2, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "ACTION ADDRESSEES ARE REQUESTED TO DELIVER THE POINTS IN PARA 4.",
        "POSTS ARE INSTRUCTED TO DRAW ON THE POINTS BELOW.",
        "Posts are encouraged to share these points with host governments.",
        "Embassies are tasked with delivering the demarche.",
        "DEPARTMENT ASKS ALL POSTS TO REPORT ANY REACTION.",
    ],
)
def test_it_finds_washingtons_ask_to_all_posts_in_any_case(sentence: str) -> None:
    found = detect(cable(BACKGROUND, sentence, station="STATE", to=POSTS))
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "ALL")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister said his government needs U.S. assistance with the census.",
        # An author's "We urge Washington to consider ..." asks (independent readers label it
        # so: see test_blind3_forms); the same urging reported of others does not.
        "THE MINISTER URGED WASHINGTON TO CONSIDER THE PROPOSAL.",
        "Embassy recommends that the Department approve the waiver.",
        "The clearance requested in reftel was granted on March 2.",
        "Guidance requested in reftel was received on March 2.",
        "He would be grateful for any help the U.S. could give.",
    ],
)
def test_it_leaves_look_alikes_from_a_post_alone(sentence: str) -> None:
    assert detect(cable(BACKGROUND, sentence, for_offices=("EUR/CE",))) == ()


def test_it_takes_a_please_after_a_long_lead_in() -> None:
    sentence = (
        "In view of the Minister's visit to Washington on March 5 and the talks planned there, "
        "please advise whether the Department concurs."
    )
    found = detect(cable(BACKGROUND, sentence, for_offices=("EUR/CE",)))
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "EUR/CE")]


def test_it_leaves_a_please_quoted_after_a_colon() -> None:
    sentence = (
        "Our British colleagues are delivering the same demarche as we are: please consider "
        "the points below."
    )
    assert detect(cable(BACKGROUND, sentence, for_offices=("EUR/CE",))) == ()


def test_it_takes_an_ask_after_as_noted_in_reftel() -> None:
    sentence = "As noted in reftel, Embassy requests Department guidance on the visa question."
    found = detect(cable(BACKGROUND, sentence, for_offices=("EUR/CE",)))
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "EUR/CE")]


def test_it_leaves_an_ask_someone_else_voiced() -> None:
    sentence = "The Minister said the Embassy should request Department guidance on the visit."
    assert detect(cable(BACKGROUND, sentence, for_offices=("EUR/CE",))) == ()


def test_an_embassy_named_by_its_country_is_its_capitals_post() -> None:
    found = detect(
        cable(
            "The region's hurricane season opens next month.",
            "Embassy Belize should deliver the points in para 3 to the Foreign Ministry. "
            "Embassy Guatemala should brief the Vice Minister.",
            "- We seek early agreement on shared warning procedures.",
            station="STATE",
            to=("AMEMBASSY BELMOPAN", "AMEMBASSY GUATEMALA", "AMEMBASSY BERLIN"),
        )
    )
    assert sorted(r.action_office for r in found) == ["BELMOPAN", "GUATEMALA"]
