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
