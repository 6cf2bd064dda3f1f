"""Round-3 forms: lead-ins naming the posts a paragraph tasks, pointer-only lines, closing
markers, pointers past the end of a cut-off text. Synthetic cables only."""

from cables.detection import detect
from cables.tests.detection.helpers import cable

BACKGROUND = "The Minister reviewed the situation in the region with the Ambassador."


def test_it_gives_a_special_request_lead_in_its_own_posts() -> None:
    found = detect(
        cable(
            "This is an action request. Please see paragraphs 2-3.",
            "FOR ALL POSTS: Please brief host governments on the new policy.",
            "SPECIAL REQUEST FOR LONDON AND PARIS: Please inform host government that we "
            "are consulting partners first.",
            station="STATE",
            to=("ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE",),
        )
    )
    offices = {(r.paragraph, r.action_office) for r in found}
    assert offices == {(2, "ALL"), (3, "LONDON,PARIS")}


def test_it_keeps_named_posts_when_no_action_post_is_listed() -> None:
    found = detect(
        cable(
            "Action request for Embassies Rome and Madrid: please deliver the points below.",
            station="STATE",
            to=("NATO MEMBER STATES COLLECTIVE",),
        )
    )
    assert [r.action_office for r in found] == ["MADRID,ROME"]


def test_it_finds_the_ask_after_a_pointer_line_naming_no_paragraph() -> None:
    found = detect(
        cable(
            "This is an action request.",
            "Embassy strongly recommends that the visiting experts also stop here.",
            BACKGROUND,
            subject="ACTION REQUEST: EXPERT VISIT",
        )
    )
    assert [(r.paragraph, r.explicit) for r in found] == [(2, True)]


def test_it_does_not_take_a_numberless_pointer_line_for_the_ask_without_a_subject_mark() -> None:
    found = detect(cable("This is an action request.", "Embassy recommends a visit.", BACKGROUND))
    assert [r.paragraph for r in found] == [2]


def test_it_trusts_a_pointer_to_a_paragraph_closing_the_action_request() -> None:
    found = detect(
        cable(
            "This is an action request. Please see paragraph 5.",
            BACKGROUND,
            BACKGROUND + " Comment and Action Request",
            "The situation remains unclear.",
            "Post recommends that planning begin now. End Comment and Action Request.",
        )
    )
    # The heading opens the section in paragraph 4; the pointer says the ask is in 5.
    assert [(r.paragraph, r.also_paragraphs, r.explicit) for r in found] == [(5, (4,), True)]


def test_it_reports_a_pointed_paragraph_cut_off_from_the_text() -> None:
    found = detect(
        cable("This is an action request. Please see paragraph 5.", BACKGROUND, BACKGROUND)
    )
    assert [(r.paragraph, r.pointer_paragraph, r.explicit, r.quote) for r in found] == [
        (5, 1, True, "")
    ]


def test_it_does_not_take_a_later_sentence_about_post_for_the_pointed_post() -> None:
    found = detect(
        cable(
            "This is an action request. Please see paragraph 2. Post may not leave these "
            "points in writing.",
            "Action request: Embassy Rome is requested to approach the Ministry.",
            "Post is also requested to stress our support for the plan.",
            station="STATE",
            to=("AMEMBASSY ROME",),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "ROME")]


def test_it_still_reads_the_post_a_pointer_is_for() -> None:
    found = detect(
        cable(
            "This is an action request for all posts. See paragraph 2.",
            "Please deliver the points below to host governments.",
            station="STATE",
            to=("AMEMBASSY ROME", "AMEMBASSY PARIS"),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "ALL")]


def test_it_reads_posts_as_the_one_post_a_cable_is_sent_to() -> None:
    found = detect(
        cable(
            "This is an action request. Please see paragraphs 2-3.",
            "Posts should seek to: -- gain support for the resolution.",
            "Embassy Rome is requested to deliver the points below to the Ministry.",
            station="STATE",
            to=("AMEMBASSY ROME",),
        )
    )
    assert [r.action_office for r in found] == ["ROME"]


def test_it_keeps_posts_as_all_when_sent_to_several() -> None:
    found = detect(
        cable(
            "Action request: Posts should deliver the points below to host governments.",
            station="STATE",
            to=("AMEMBASSY ROME", "AMEMBASSY PARIS"),
        )
    )
    assert [r.action_office for r in found] == ["ALL"]


def test_it_does_not_take_an_inverted_condition_for_a_should_ask() -> None:
    found = detect(
        cable(
            "The agency would open a mission in Rome should the council choose Italy.",
            station="STATE",
            to=("AMEMBASSY ROME",),
        )
    )
    assert found == ()


def test_it_reads_the_rso_asking_for_urgent_consideration() -> None:
    found = detect(
        cable(
            BACKGROUND,
            "Given the short notice, RSO requests urgent consideration be given to this "
            "request with a rapid response.",
            for_offices=("DS/IP/EUR",),
        )
    )
    assert [(r.paragraph, r.action_office, r.deadline_text) for r in found] == [
        (2, "DS/IP/EUR", "ASAP (urgent consideration)")
    ]


def test_it_ignores_a_minister_asking_for_consideration() -> None:
    text = "The Minister requests urgent consideration of his country's bid."
    assert detect(cable(BACKGROUND, text)) == ()


def test_it_reads_actions_requested_as_a_pointer_and_a_heading() -> None:
    found = detect(
        cable(
            "Actions requested - see para 3.",
            BACKGROUND,
            "Actions requested:\n-- It is the Department's call whether to pursue the offer.",
        )
    )
    assert [(r.paragraph, r.pointer_paragraph, r.explicit) for r in found] == [(3, 1, True)]
