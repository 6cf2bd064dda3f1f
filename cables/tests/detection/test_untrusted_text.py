"""Cable text is untrusted: any text is detected without error, and fast."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from cables.detection import detect
from cables.tests.detection.helpers import cable

WORDS = st.sampled_from(
    ["Embassy", "Posts", "are", "requested", "to", "please", "advise", "Department", "guidance",
     "is", "by", "March", "12", "para", "5", "action", "request", ";", "see", "--", "\n", '"',
     "Washington", "should", "report", "NLT", "Friday", "ALL", "Berlin", "and", ",", "."]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=60).map(" ".join), max_size=6))
def test_it_never_fails_on_any_text(paragraphs: list[str]) -> None:
    for request in detect(cable(*paragraphs, station="STATE", to=("AMEMBASSY BERLIN",))):
        assert request.paragraph is None or 1 <= request.paragraph <= len(paragraphs)


def test_it_stays_fast_on_hostile_repetition() -> None:
    hostile = [
        "Embassy " * 20000,
        "Embassies Paris, " * 5000 + "are requested",
        "guidance " + "x" * 50000 + " is requested",
        "by March " * 10000,
        "this is an action request see para " + "5 and " * 5000,
        # An unclosed bracket before many colons: brackets are counted once, not per colon.
        "Posts should deliver the points (see " + "A: " * 100000,
        "For Embassy " + "Paris, " * 20000 + ": please advise",
    ]
    started = time.perf_counter()
    detect(cable(*hostile, station="STATE", to=("AMEMBASSY PARIS",)))
    assert time.perf_counter() - started < 2.0
