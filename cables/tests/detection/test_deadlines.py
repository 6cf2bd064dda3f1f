"""Explicit deadlines: year from the DTG rolled forward, weekdays, business days, "before"."""

from datetime import UTC, date, datetime

import pytest

from cables.detection import detect
from cables.detection.deadlines import find_deadline
from cables.tests.detection.helpers import cable

SENT = date(2008, 3, 5)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Posts should report by September 29.", "2008-09-29"),
        ("Posts should report by February 2.", "2009-02-02"),  # before the DTG: next year
        ("Please respond NLT COB Friday.", "2008-03-07"),
        ("Action addressees should report no later than August 19.", "2008-08-19"),
        ("Post should report within seven business days of receipt.", "2008-03-14"),
        ("Please deliver the points before the March 12 ministerial.", "2008-03-11"),
        ("We request guidance by March 20, 2009.", "2009-03-20"),
        ("Please report by 1200 EST March 10.", "2008-03-10T12:00:00"),
        ("Please respond by COB today.", "2008-03-05"),
        ("Please respond by noon tomorrow.", "2008-03-06T12:00:00"),
        ("Posts should report by the end of March.", "2008-03-31"),
        ("Posts should report by the end of February.", "2009-02-28"),
        # The day of the act itself: "Embassy should on March 7 deliver the non-paper".
        ("EMBASSY SHOULD ON MARCH 7, AT THE HIGHEST LEVEL, DELIVER THE NON-PAPER.", "2008-03-07"),
        ("Posts should, on March 10, deliver the points.", "2008-03-10"),
    ],
)
def test_it_reads_the_deadline(sentence: str, expected: str) -> None:
    found = find_deadline(sentence, SENT)
    assert found is not None and found.when is not None
    assert found.when.isoformat() == expected


def test_it_skips_the_holiday_in_business_days() -> None:
    # Sent Friday 2008-11-07; Veterans Day (Tuesday 11-11) is no business day.
    found = find_deadline("Report within three business days of receipt.", date(2008, 11, 7))
    assert found is not None and found.when == date(2008, 11, 13)


def test_it_reports_asap_without_a_date() -> None:
    found = find_deadline("Post is requested to respond as soon as possible.", SENT)
    assert found is not None and found.when is None and "ASAP" in found.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Please deliver the points soon.",
        "Post should raise this in the coming weeks.",
        "Please raise this prior to the visit.",
        "The elections must take place no later than June 3.",
    ],
)
def test_it_finds_no_deadline_in_vague_timing(sentence: str) -> None:
    assert find_deadline(sentence, SENT) is None


def test_it_takes_the_report_back_deadline_of_the_same_tasking() -> None:
    found = detect(
        cable(
            "Post is requested to approach the Foreign Ministry on the shipment.",
            "Post should report the results by March 14.",
            station="STATE",
            to=("AMEMBASSY ROME",),
            created=datetime(2008, 3, 5, 11, 26, tzinfo=UTC),
        )
    )
    assert [(r.paragraph, r.deadline) for r in found] == [(1, date(2008, 3, 14))]


def test_it_ignores_an_election_date_near_the_ask() -> None:
    found = detect(
        cable(
            "Embassy requests Department guidance on the observer mission. "
            "Elections must be held no later than June 2."
        )  # fmt: skip
    )
    assert [r.deadline for r in found] == [None]


def test_upon_receipt_of_this_telegram_is_at_once() -> None:
    found = find_deadline(
        "Posts should convene the working group upon receipt of this telegram.", SENT
    )
    assert found is not None and found.when is None and "ASAP" in found.text


def test_before_a_dated_deadline_is_that_date_not_the_day_before() -> None:
    for sentence in (
        "Please respond before the March 12 deadline.",
        "Please respond before the deadline of March 12.",
    ):
        found = find_deadline(sentence, SENT)
        assert found is not None and found.when == date(2008, 3, 12)
