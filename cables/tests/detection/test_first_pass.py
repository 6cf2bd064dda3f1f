"""The cheap first pass picks the paragraphs worth reading; it must never drop a real ask."""

import random
import re

import pytest

from cables.detection import detect, scan
from cables.detection.scan import hot_paragraphs
from cables.tests.detection.helpers import cable

NO_ASK = (
    "The Foreign Minister met the Ambassador on March 3 to discuss the elections.",
    "He said the government would hold the vote no later than June and would welcome observers.",
    "Comment: the insurgency remains a concern. End comment.",
)


def test_it_finds_nothing_to_read_in_a_cable_without_asks() -> None:
    assert hot_paragraphs(NO_ASK, from_post=True) == set()
    assert detect(cable(*NO_ASK)) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Embassy requests Department guidance on the visa question.",
        "We request that Washington approve the grant.",
        "Guidance on this point is requested.",
        "Post is\nrequested to deliver the points below.",  # hard-wrapped
        "Please advise whether the Department concurs.",
        "We would appreciate Washington's views on the proposal.",
        "Department guidance would be welcome.",
        "This is an action request; see paragraph 5.",
        "This is an action cable. Please see paragraphs 3-4.",
        "RFG: request for guidance on the vote.",
    ],
)
def test_it_reads_a_paragraph_with_an_ask_from_a_post(sentence: str) -> None:
    assert hot_paragraphs((NO_ASK[0], sentence), from_post=True) == {1}


@pytest.mark.parametrize(
    "sentence",
    [
        "Posts are instructed to deliver the points in paragraph 4.",
        "The Department asks Embassy Paris to approach the MFA.",
        "Action addressees should report the response by March 10.",
        "Embassies Paris and Rome should raise the issue with host governments.",
        "Posts are hereby asked to report any reaction.",
    ],
)
def test_it_reads_a_paragraph_with_an_ask_from_washington(sentence: str) -> None:
    assert hot_paragraphs((NO_ASK[0], sentence), from_post=False) == {1}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister requested U.S. help with the inquiry.",
        "We were pleased to see the plan adopted.",
        "Please visit the Embassy's classified website for more.",
        "The talks should focus on trust.",
        "He asked what the U.S. would do next.",
    ],
)
def test_it_skips_paragraphs_that_only_look_like_asks(sentence: str) -> None:
    assert hot_paragraphs((sentence,), from_post=False) == set()


def test_it_leaves_a_posts_should_to_the_sentence_reading() -> None:
    """From a post, "Washington should ..." is advice: not even read."""
    text = "Embassy officers should raise this with the Department."
    assert hot_paragraphs((text,), from_post=True) == set()
    assert hot_paragraphs((text,), from_post=False) == {0}


def test_it_reads_every_hot_paragraph_but_no_other() -> None:
    paragraphs = (NO_ASK[0], "Please advise.", NO_ASK[1], "Embassy requests guidance.")
    assert hot_paragraphs(paragraphs, from_post=True) == {1, 3}


def test_it_handles_text_outside_latin_1() -> None:
    text = "The \u201cminister\u201d \u2013 Post requests Department guidance \u2026 now."
    assert hot_paragraphs((text,), from_post=True) == {0}


def test_the_backward_before_patterns_never_read_less_than_the_forward_ones() -> None:
    """_AUTHOR_BACK and _BE_BACK, matched on the reversed window, accept every window the
    forward _AUTHOR and _BE accept (and exactly those when the window starts between words)."""
    pairs = [
        (re.compile(scan._AUTHOR.encode()).search, re.compile(scan._AUTHOR_BACK.encode()).match),
        (re.compile(scan._BE.encode()).search, re.compile(scan._BE_BACK.encode()).match),
    ]
    words = [b"is", b"are", b"be", b"embassy", b"post", b"we", b"also", b"hereby", b"this",
             b"respectfully", b"being", b"authorized and", b"actions", b"views", b"sis", b"x",
             b"\n", b".", b"strongly", b"ly"]  # fmt: skip
    rng = random.Random(2026)
    for _ in range(20_000):
        text = b"".join(
            rng.choice(words) + rng.choice([b" ", b"  ", b"\n ", b""])
            for _ in range(rng.randint(0, 6))
        )
        start = max(0, len(text) - 64)
        for forward, backward in pairs:
            found = forward(text, start, len(text)) is not None
            back = backward(text[start:][::-1]) is not None
            between_words = start == 0 or not text[start - 1 : start].isalpha()
            assert back >= found, text
            if between_words:
                assert back == found, text
