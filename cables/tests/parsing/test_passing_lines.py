"""FOR and PASS TO lines give Department office symbols only."""

from __future__ import annotations

from cables.parsing.fields import for_offices


def test_it_keeps_offices_and_bureaus() -> None:
    assert for_offices(["NEA/ARP, SCA, AND P STAFF"]) == ("NEA/ARP", "SCA", "P")


def test_it_drops_people_titles_and_portion_marks() -> None:
    line = "NEA/FO, A/S POSNER, (S/NF) STACIE ZERDECKI AND DRL/NESA"
    assert for_offices([line]) == ("NEA/FO", "DRL/NESA")


def test_it_drops_offices_of_other_agencies() -> None:
    assert for_offices(["DOD/OSD, AID/OTI AND EUR/CARC"]) == ("EUR/CARC",)
