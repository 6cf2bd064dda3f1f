"""Forms first met in the fourteenth and fifteenth authored sets (scored with the session's
final detector, by writers who never saw it). Each rule is general; each is pinned here on a
cable of our own."""

from __future__ import annotations

from datetime import date

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.detection.implicit import sentence_ask
from cables.tests.detection.helpers import cable


def test_unnamed_asks_after_all_posts_in_an_extract_are_the_same_posts() -> None:
    found = detect(
        cable(
            "Action addressees are requested to approach host governments before the March 17 "
            "Council. The Ambassadors should make the approach personally. Please report the "
            "results by front-channel cable.",
            station="STATE",
            to=(),
        )
    )
    assert [(r.paragraph, r.action_office) for r in found] == [(1, "ALL")]


def test_we_would_be_grateful_if_a_post_could_asks_that_post() -> None:
    found = sentence_ask("FOR USUN: WE WOULD BE GRATEFUL IF USUN COULD SHARE THE DRAFT TEXT.")
    assert found is not None and found.who == "USUN"


def test_a_telegraphic_ask_without_a_subject() -> None:
    found = sentence_ask("ACCORDINGLY WOULD APPRECIATE DEPT AUTHORITY SOONEST TO PROCEED.")
    assert found is not None and found.who == "DEPT"
    assert sentence_ask("The Minister would appreciate U.S. authority to proceed.") is None


def test_a_world_date_in_an_earlier_clause_leaves_ours_alone() -> None:
    sentence = (
        "The supplier will hold the price only until March 21, we need an answer by March 20."
    )
    found = find_deadline(sentence, date(2008, 3, 5))
    assert found is not None and str(found.when) == "2008-03-20"
    assert find_deadline("Elections must be held no later than March 20.", date(2008, 3, 5)) is None


def test_by_that_date_is_the_date_the_sentence_named() -> None:
    sentence = "Since the announcement expires March 20, we ask for action by that date."
    found = find_deadline(sentence, date(2008, 3, 5))
    assert found is not None and str(found.when) == "2008-03-20"
