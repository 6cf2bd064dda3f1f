"""Who acts: FOR-line offices, named posts as stations, ALL, the one action post."""

from cables.detection import detect
from cables.detection.addressees import station_of
from cables.tests.detection.helpers import cable


def test_it_names_stations_as_reference_ids_spell_them() -> None:
    assert station_of("AMEMBASSY ABU DHABI") == "ABUDHABI"
    assert station_of("USMISSION USUN NEW YORK") == "USUNNEWYORK"
    assert station_of("USEU BRUSSELS") == "USEUBRUSSELS"
    assert station_of("AMEMBASSY KYIV NIACT IMMEDIATE 7881") == "KYIV"
    assert station_of("SECSTATE WASHDC") is None


def test_it_takes_every_for_office_for_an_ask_to_the_department() -> None:
    found = detect(cable("We request Department guidance.", for_offices=("ISN/MTR", "EUR/CE")))
    assert [r.action_office for r in found] == ["ISN/MTR,EUR/CE"]


def test_it_sorts_several_named_posts() -> None:
    found = detect(
        cable(
            "Embassies Paris and Berlin are requested to raise the issue with host governments.",
            station="STATE",
            to=("AMEMBASSY PARIS", "AMEMBASSY BERLIN", "AMEMBASSY ROME"),
        )
    )
    assert [r.action_office for r in found] == ["BERLIN,PARIS"]


def test_it_gives_the_one_action_post_an_unnamed_ask() -> None:
    found = detect(
        cable(
            "Post is requested to deliver the letter.", station="STATE", to=("USMISSION USNATO",)
        )  # fmt: skip
    )
    assert [(r.action_office, r.requested_of) for r in found] == [("USNATO", "Post")]


def test_it_uses_the_post_a_pointer_names() -> None:
    found = detect(
        cable(
            "This is an action request. Embassy Moscow, please see paragraph 2.",
            "Post is requested to approach host government officials.",
            station="STATE",
            to=("AMEMBASSY MOSCOW", "AMEMBASSY CARACAS"),
        )
    )
    assert [r.action_office for r in found] == ["MOSCOW"]


def test_a_post_writing_to_another_post_asks_that_post() -> None:
    """Washington only informed: the action (TO) post is asked, not the Department."""
    found = detect(
        cable(
            "USAID Bridgetown requests country clearance for Mr. Smith to travel to Tobago.",
            "Mr. Smith holds a diplomatic passport.",
            "Please cable concurrence.",
            station="BRIDGETOWN",
            to=("AMEMBASSY PORT OF SPAIN",),
        )
    )
    assert [(r.paragraph, r.action_office, r.requested_of) for r in found] == [
        (1, "PORTOFSPAIN", "addressees")
    ]
    assert 3 in found[0].also_paragraphs


def test_a_post_writing_to_the_department_and_posts_asks_the_department() -> None:
    found = detect(
        cable(
            "Embassy requests country clearance for the team.",
            for_offices=("WHA/CAR",),
            to=("SECSTATE WASHDC", "AMEMBASSY PORT OF SPAIN"),
            station="BRIDGETOWN",
        )
    )
    assert [(r.action_office, r.requested_of) for r in found] == [("WHA/CAR", "Department")]


def test_a_third_party_asking_for_clearance_is_news() -> None:
    found = detect(
        cable("The Minister requests country clearance for his adviser.", station="BRIDGETOWN")
    )
    assert found == ()
