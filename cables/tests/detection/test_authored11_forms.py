"""Forms first met in the eleventh authored set (cables imitating corpus cables, written by a
writer who never saw the detector). Each rule is general; each is pinned here on a cable of
our own."""

from __future__ import annotations

from cables.detection import detect
from cables.detection.pointers import for_lead_in
from cables.detection.text import segments
from cables.tests.detection.helpers import cable


def test_a_post_name_with_small_words_in_a_lead_in() -> None:
    assert for_lead_in("For Embassy Dar es Salaam, please approach officials.") == (
        "Embassy Dar es Salaam"
    )
    found = detect(
        cable(
            "For Embassy Dar es Salaam, please approach host-country officials on the cargo.",
            "For Embassy Majuro, please seek consent to board the vessel.",
            station="STATE",
            to=("AMEMBASSY DAR ES SALAAM", "AMEMBASSY MAJURO", "AMEMBASSY MANILA"),
        )
    )
    assert sorted(r.action_office for r in found) == ["DARESSALAAM", "MAJURO"]


def test_us_before_a_capitalised_noun_ends_no_sentence() -> None:
    assert segments(
        "Embassy London, which hosts the U.S. Permanent Representative, should act."
    ) == ["Embassy London, which hosts the U.S. Permanent Representative, should act."]
    assert segments("Relations with the U.S. The Minister said no.") == [
        "Relations with the U.S.",
        "The Minister said no.",
    ]


def test_a_post_described_in_a_clause_before_should_is_asked() -> None:
    found = detect(
        cable(
            "Missions should designate a point of contact and send the details to Embassy London. "
            "Embassy London, which hosts the U.S. Permanent Representative to the IMO, should "
            "designate its own point of contact.",
            station="STATE",
            to=("AMEMBASSY LONDON", "AMEMBASSY PARIS", "AMEMBASSY ROME"),
        )
    )
    assert sorted(r.action_office for r in found) == ["ALL", "LONDON"]
