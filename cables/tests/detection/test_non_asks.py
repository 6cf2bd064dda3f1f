"""Text that looks like an ask and is not one."""

import pytest

from cables.detection import detect
from cables.tests.detection.helpers import cable


@pytest.mark.parametrize(
    "text",
    [
        # A third party's request, reported.
        "The Foreign Minister asked for a U.S. statement that Kosovo is no precedent.",
        'Saleh said, "Please tell Washington that this is urgent."',
        "Basbug concluded by requesting additional support from the United States.",
        # A cross-reference.
        "See para 4 for background on the dispute.",
        # An election date.
        "Elections must be held no later than June 3, 2010, under the constitution.",
        # A recommendation with no ask.
        "We recommend that the visit go ahead as planned.",
        # Reactive guidance.
        "If asked, posts should say that the decision has not been made.",
        # A post planning its own work.
        "Post will seek Washington support for the initiative next month.",
        "Embassy should continue to monitor the situation.",
        "Posts in the region should coordinate their public messages.",  # a post's advice
        # "request(s) for" is the noun: a heading, or an earlier request.
        "Consulate requests for information and support.",
        "The meeting answered a September 2009 Embassy request for a status update.",
    ],
)
def test_it_ignores(text: str) -> None:
    assert detect(cable("Background.", text)) == ()


def test_it_ignores_talking_points_themselves() -> None:
    text = (
        "Post is requested to deliver the following points.\n"
        "-- We request your government's support in urging restraint.\n"
        "-- Please convey our concerns to the President."
    )
    found = detect(cable(text, station="STATE", to=("AMEMBASSY ROME",)))
    assert len(found) == 1
    assert found[0].quote.startswith("Post is requested")


def test_it_ignores_a_scenesetter_advising_a_visitor() -> None:
    text = (
        "Your visit comes at a key moment. You should press the Prime Minister on reform, "
        "and you may wish to thank him for his support in Afghanistan."
    )
    assert detect(cable(text, subject="SCENESETTER FOR THE SECRETARY'S VISIT")) == ()


def test_it_ignores_a_post_naming_itself() -> None:
    text = "Embassy London should submit the request in writing."
    assert detect(cable("Background.", text, station="LONDON")) == ()


@pytest.mark.parametrize(
    "text",
    [
        "If additional guidance is required in an emergency, however, post should contact "
        "the Operations Center, which will alert the appropriate Department personnel.",
        "If questions arise, please contact EUR/CARC desk officer John Smith.",
        "Should questions arise, post should contact the desk.",
        "If additional guidance is required on U.S. policy, post should contact EUR/CARC.",
        "If post has any questions, please call the drafter at 202-647-1234.",
        "If guidance is needed, post should request it from EUR/CARC.",
    ],
)
def test_it_ignores_where_to_turn_should_a_need_arise(text: str) -> None:
    assert detect(cable(text, station="STATE", to=("AMEMBASSY PARIS",))) == ()


@pytest.mark.parametrize(
    "text",
    [
        "If post has not already done so, post should deliver the points to the MFA.",
        "Where necessary, posts should deliver the demarche to host governments by May 5.",
        "If needed, post should request additional funds from the bureau by March 1.",
        "When the meeting occurs, post should report the outcome by May 1.",
        "If guidance is required, post should contact the MFA and deliver the points by May 1.",
    ],
)
def test_a_conditional_ask_is_still_an_ask(text: str) -> None:
    found = detect(cable(text, station="STATE", to=("AMEMBASSY PARIS",)))
    assert [r.action_office for r in found] == ["PARIS"]


@pytest.mark.parametrize(
    "text",
    [
        "If necessary, Embassy requests Department guidance on the reply by May 1.",
        "When the meeting occurs, Embassy requests that Washington provide talking points.",
    ],
)
def test_a_posts_conditional_ask_is_still_an_ask(text: str) -> None:
    found = detect(cable(text, for_offices=("EUR/CARC",)))
    assert [r.action_office for r in found] == ["EUR/CARC"]
