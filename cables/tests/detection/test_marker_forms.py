"""Explicit markers in the wordings Washington and posts actually vary between."""

import pytest

from cables.detection import detect
from cables.tests.detection.helpers import cable

BACKGROUND = "The Foreign Minister met the Ambassador on March 3 to discuss the elections."
ASK = "Embassy is requested to deliver the points below to the MFA."
POINT = "-- The United States values its partnership with your government."
POSTS = ("AMEMBASSY BERLIN", "AMEMBASSY PARIS")


@pytest.mark.parametrize(
    "pointer",
    [
        "See paras 3 and 5 for action requests.",
        "THIS IS AN ACTION MESSAGE - SEE PARAS 3 AND 5.",
        "This is an action cable. Please see paragraphs 3-4.",
        "Request for action: see paragraph 3.",
        "This cable contains action requests in paragraphs 3 and 5.",
        "Posts: please see action request in paragraph 3.",
    ],
)
def test_it_follows_pointer_wordings(pointer: str) -> None:
    found = detect(cable(pointer, BACKGROUND, ASK, POINT, station="STATE", to=POSTS))
    assert [(r.paragraph, r.pointer_paragraph, r.explicit) for r in found] == [(3, 1, True)]


@pytest.mark.parametrize(
    "heading",
    [
        "REQUEST FOR ACTION: POSTS SHOULD DELIVER THE POINTS BELOW.",
        "Objective and action request: posts should deliver the points below.",
        "Action Requested. Posts should deliver the points below.",
    ],
)
def test_it_takes_heading_wordings_as_explicit(heading: str) -> None:
    found = detect(cable(BACKGROUND, heading, POINT, station="STATE", to=POSTS))
    assert [(r.paragraph, r.explicit, r.action_office) for r in found] == [(2, True, "ALL")]
