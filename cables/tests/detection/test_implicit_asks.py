"""Asks without an action-request marker."""

from datetime import UTC, datetime
from typing import Any

import pytest

from cables.detection import detect
from cables.tests.detection.helpers import cable

STATE_TO_BERLIN: dict[str, Any] = {"station": "STATE", "to": ("AMEMBASSY BERLIN",)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Department requests Embassy Berlin to deliver the points below to the Chancellery.",
        "Post is requested to approach the Foreign Office at the highest appropriate level.",
        "Embassy is instructed to report the response.",
        "Please deliver the following points to the Ministry of Economics.",
    ],
)
def test_it_finds_asks_to_a_post(sentence: str) -> None:
    found = detect(cable("Background on the issue.", sentence, **STATE_TO_BERLIN))
    assert [(r.paragraph, r.action_office, r.explicit) for r in found] == [(2, "BERLIN", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Embassy requests Department guidance on the release of the report.",
        "We request that Washington approve the proposed training.",
        "Please advise.",
        "Guidance on how to answer the nonpaper is requested.",
    ],
)
def test_it_finds_asks_to_the_department(sentence: str) -> None:
    found = detect(cable("Background on the issue.", sentence, for_offices=("EUR/CE",)))
    assert [(r.paragraph, r.action_office) for r in found] == [(2, "EUR/CE")]


def test_it_treats_rfg_as_explicit_with_its_deadline() -> None:
    sent = datetime(2010, 2, 3, 10, 0, tzinfo=UTC)
    text = "RFG: We request Washington guidance NLT Monday, February 8, on how to respond."
    found = detect(cable(text, created=sent))
    assert len(found) == 1
    assert found[0].explicit
    assert found[0].deadline is not None and found[0].deadline.isoformat() == "2010-02-08"


def test_it_leaves_the_office_empty_without_a_for_line() -> None:
    found = detect(cable("Embassy requests Department guidance on the visa case."))
    assert [r.action_office for r in found] == [""]


def test_it_tasks_all_addressees() -> None:
    found = detect(
        cable(
            "Posts are requested to raise our concerns with host governments.",
            station="STATE",
            to=("AMEMBASSY PARIS", "AMEMBASSY ROME"),
        )  # fmt: skip
    )
    assert [r.action_office for r in found] == ["ALL"]


def test_it_splits_one_paragraph_tasking_posts_differently() -> None:
    found = detect(
        cable(
            "Embassy Paris is requested to approach the Elysee on the summit. "
            "Embassy London is requested to brief the Foreign Office on the sanctions list.",
            station="STATE",
            to=("AMEMBASSY PARIS", "AMEMBASSY LONDON", "AMEMBASSY ROME"),
        )
    )
    assert sorted(r.action_office for r in found) == ["LONDON", "PARIS"]
    assert all(r.paragraph == 1 for r in found)


def test_it_merges_a_report_back_into_the_same_tasking() -> None:
    found = detect(
        cable(
            "Post is requested to deliver the demarche to the Foreign Ministry.",
            "Background on the demarche.",
            "Post is requested to report the response by cable.",
            **STATE_TO_BERLIN,
        )
    )
    assert [(r.paragraph, r.also_paragraphs) for r in found] == [(1, (3,))]


def test_it_folds_tailored_lines_into_the_marked_ask_to_all_posts() -> None:
    found = detect(
        cable(
            "This is an action request; see para 2.",
            "Posts are requested to urge host governments to deny overflight.",
            "Embassy Beijing should also stress China's obligations under the resolutions.",
            station="STATE",
            to=("AMEMBASSY BEIJING", "AMEMBASSY ASTANA", "AMEMBASSY KABUL"),
        )
    )
    assert [(r.paragraph, r.action_office, r.also_paragraphs) for r in found] == [(2, "ALL", (3,))]
