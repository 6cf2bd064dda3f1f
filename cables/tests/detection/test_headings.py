"""Headed asks: "Action request:", "SUMMARY AND ACTION REQUEST", headings on their own line."""

from cables.detection import detect
from cables.tests.detection.helpers import cable

BACKGROUND = "The Minister reviewed the situation in the region with the Ambassador."


def test_it_reports_an_action_request_headed_paragraph() -> None:
    found = detect(
        cable(
            BACKGROUND,
            "Action request: the Department's guidance for press inquiries is requested.",
            for_offices=("EUR/CARC",),
        )  # fmt: skip
    )
    assert [(r.paragraph, r.explicit, r.action_office) for r in found] == [(2, True, "EUR/CARC")]


def test_it_reports_a_summary_and_action_request_paragraph() -> None:
    found = detect(
        cable(
            "SUMMARY AND ACTION REQUEST. The Foreign Minister wants a decision on the visit. "
            "Embassy requests Washington approval of the proposed dates.",
            BACKGROUND,
        )  # fmt: skip
    )
    assert [(r.paragraph, r.explicit) for r in found] == [(1, True)]


def test_it_takes_a_heading_line_at_the_end_of_the_previous_paragraph() -> None:
    found = detect(
        cable(
            BACKGROUND + "\nAction Request\n--------------",
            "We would appreciate Department views on the proposal.",
        )  # fmt: skip
    )
    assert [(r.paragraph, r.explicit) for r in found] == [(2, True)]


def test_it_splits_headings_naming_different_posts() -> None:
    found = detect(
        cable(
            "This is an action request. See paragraphs 2-3.",
            "ACTION REQUEST FOR ALL POSTS: Posts are requested to convey our views.",
            "ACTION REQUEST FOR UNVIE: Mission is requested to work with the Secretariat.",
            station="STATE",
            to=("USMISSION UNVIE VIENNA", "AMEMBASSY PARIS", "AMEMBASSY LONDON"),
        )
    )
    assert sorted((r.paragraph, r.action_office) for r in found) == [
        (2, "ALL"),
        (3, "UNVIEVIENNA"),
    ]


def test_it_takes_an_inline_action_request_marker() -> None:
    found = detect(
        cable(
            "This is an action request for all posts, see end of para 2.",
            "Russia claims the ceasefire allows a buffer zone. ACTION REQUEST: These claims are "
            "false, and posts should strongly rebut them with host officials. END ACTION REQUEST.",
            station="STATE",
            to=("AMEMBASSY PARIS", "AMEMBASSY ROME"),
        )
    )
    assert [(r.paragraph, r.action_office, r.explicit) for r in found] == [(2, "ALL", True)]
