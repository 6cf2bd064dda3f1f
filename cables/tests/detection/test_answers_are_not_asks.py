"""A cable that answers an earlier request for guidance is not itself a request for guidance."""

from cables.detection import detect
from cables.tests.detection.helpers import cable


def test_it_ignores_a_reply_naming_the_request_it_answers() -> None:
    found = detect(
        cable(
            "This cable responds to Embassy Baku's request for guidance in reftel.",
            "Embassy may draw on the following points with host government officials.",
            station="STATE",
            to=("AMEMBASSY BAKU",),
        )
    )
    assert found == ()


def test_it_still_finds_a_request_for_guidance_made_in_a_reply() -> None:
    found = detect(
        cable(
            "In response to the Ministry's note, Embassy requests Department guidance on "
            "whether experts may attend.",
            for_offices=("EUR/CARC",),
        )
    )
    assert [r.paragraph for r in found] == [1]


def test_a_posts_reply_quoting_the_question_it_answers_asks_nothing() -> None:
    """ "We would appreciate post's opinion" in Kampala's own cable to Washington is the
    Department's question, quoted before the answer: a post does not ask itself."""
    found = detect(
        cable(
            "We would appreciate post's opinion on the credibility of NGO accounts.",
            "- Post finds the NGO accounts credible on the whole.",
            station="KAMPALA",
        )
    )
    assert found == ()


def test_a_post_writing_to_other_posts_may_ask_for_posts_views() -> None:
    found = detect(
        cable(
            "We would appreciate post's views on the Minister's visit.",
            station="PARIS",
            to=("AMEMBASSY BERLIN",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "BERLIN")]


def test_a_joint_cable_asking_for_clarification_asks_the_department() -> None:
    found = detect(
        cable(
            "Posts would appreciate clarification of the origin and purpose of this tasker.",
            station="ISLAMABAD",
            for_offices=("SCA/A",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "SCA/A")]
