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
        "Embassy seeks Department guidance on how to respond.",
        "We need Washington's guidance by March 5 on this question.",
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
        "WE URGE WASHINGTON TO CONSIDER THE PROPOSAL.",
        "Embassy recommends that the Department approve the waiver.",
        "The clearance requested in reftel was granted on March 2.",
        "He would be grateful for any help the U.S. could give.",
    ],
)
def test_it_leaves_look_alikes_from_a_post_alone(sentence: str) -> None:
    assert detect(cable(BACKGROUND, sentence, for_offices=("EUR/CE",))) == ()
