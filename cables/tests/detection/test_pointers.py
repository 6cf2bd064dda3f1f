"""Pointers in all their forms: "see para 5", ranges, words, "end of", unnumbered lines."""

from dataclasses import replace

import pytest

from cables.detection import detect
from cables.detection.pointers import find_pointer
from cables.parsing.model import Paragraph
from cables.tests.detection.helpers import cable

BACKGROUND = "The Minister reviewed the situation in the region with the Ambassador."
ASK = "Action request: Embassy requests Department guidance on how to respond to the Ministry."


def test_it_follows_see_para_to_the_ask() -> None:
    found = detect(cable("This is an action request; see para 3.", BACKGROUND, ASK))
    assert [(r.paragraph, r.pointer_paragraph, r.explicit) for r in found] == [(3, 1, True)]


def test_it_reads_a_range_as_one_ask_spanning_it() -> None:
    found = detect(
        cable(
            "This is an action request. Please see paragraphs 3-5.",
            BACKGROUND,
            "Post is requested to approach host government officials on the proposal.",
            "Post may draw on the following points.",
            "Post should report the response.",
            station="STATE",
            to=("AMEMBASSY BERLIN",),
        )
    )
    assert len(found) == 1
    assert found[0].paragraph == 3
    assert set(found[0].also_paragraphs) >= {4, 5}
    assert found[0].action_office == "BERLIN"


def test_it_reads_paragraph_numbers_written_as_words() -> None:
    found = detect(cable("This is an action request. See paragraph four.", BACKGROUND,
                         BACKGROUND, ASK))  # fmt: skip
    assert [r.paragraph for r in found] == [4]


def test_it_follows_see_end_of_para() -> None:
    text = BACKGROUND + " We therefore request Department guidance on the visa issue."
    found = detect(cable("This is an action request; see end of para 2.", text))
    assert [(r.paragraph, r.explicit) for r in found] == [(2, True)]


def test_it_follows_an_unnumbered_pointer_line() -> None:
    numbered = cable("THIS IS AN ACTION REQUEST. SEE PARA 2.", BACKGROUND, ASK)
    # The pointer line stands before paragraph 1, unnumbered; the ask is paragraph 2.
    pointer = Paragraph(None, "", numbered.paragraphs[0].text)
    body = (Paragraph(1, "U", BACKGROUND), Paragraph(2, "U", ASK))
    found = detect(replace(numbered, paragraphs=(pointer, *body)))
    assert [(r.paragraph, r.pointer_paragraph, r.explicit) for r in found] == [(2, None, True)]


def test_it_marks_asks_explicit_when_the_subject_ends_in_action_request() -> None:
    found = detect(
        cable(
            BACKGROUND,
            "Embassy requests Department guidance on the draft.",
            subject="VISA POLICY - ACTION REQUEST",
        )  # fmt: skip
    )
    assert [(r.paragraph, r.explicit) for r in found] == [(2, True)]


def test_it_finds_the_ask_when_the_pointer_names_the_wrong_paragraph() -> None:
    found = detect(cable("This is an action request; see para 2.", BACKGROUND, ASK))
    assert [(r.paragraph, r.pointer_paragraph) for r in found] == [(3, 1)]


def test_it_finds_the_ask_when_the_pointer_names_a_missing_paragraph() -> None:
    found = detect(cable("This is an action request; see para 10.", BACKGROUND, ASK))
    assert [(r.paragraph, r.explicit) for r in found] == [(3, True)]


def test_it_does_not_report_the_pointer_sentence_as_an_ask() -> None:
    found = detect(cable("This is an action request; see para 3.", BACKGROUND, ASK))
    assert all(r.paragraph != 1 for r in found)


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        ("This is an action request (see paragraphs 2 and 4).", ((2,), (4,))),
        ("This cable contains an action request in para 12.", ((12,),)),
        ("See action requests at para 8. End Summary.", ((8,),)),
        ("Please see paragraph 12 for an action request.", ((12,),)),
        ("This is an action request. Please see paragraphs 6-9.", ((6, 7, 8, 9),)),
        ("This is an action request; see Para. 13.", ((13,),)),
        ("ACTION REQUEST: PLEASE SEE PARA 5.", ((5,),)),
        ("This is a request for guidance. Please see para 8.", ((8,),)),
    ],
)
def test_it_reads_pointer_forms(sentence: str, groups: tuple[tuple[int, ...], ...]) -> None:
    pointer = find_pointer(1, sentence)
    assert pointer is not None and pointer.groups == groups


def test_it_reads_whom_a_pointer_tasks() -> None:
    pointer = find_pointer(1, "This is an action request for all posts, see end of paragraph 6.")
    assert pointer is not None and pointer.for_whom == "all posts" and pointer.end_of
