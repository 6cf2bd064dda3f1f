"""The desks `migrate` ships: posts in their own time zone, under their bureau's front office."""

import pytest

from tracker.models import Desk

pytestmark = pytest.mark.django_db


def test_every_shipped_post_has_a_real_time_zone() -> None:
    placeholder = Desk.objects.filter(kind="post", time_zone="UTC").values_list("symbol", flat=True)

    assert list(placeholder) == []
    assert Desk.objects.get(symbol="FRANKFURT").time_zone == "Europe/Berlin"


def test_posts_hang_under_their_bureaus_front_office() -> None:
    parents = {
        d.symbol: str(d.parent)
        for d in Desk.objects.filter(symbol__in=["BAKU", "TOKYO", "USNATO", "LIMA"])
    }

    assert parents == {"BAKU": "EUR/FO", "TOKYO": "EAP/FO", "USNATO": "EUR/FO", "LIMA": "WHA/FO"}


def test_a_front_office_decides_for_its_offices_and_posts() -> None:
    assert str(Desk.objects.get(symbol="EUR/CARC").front_office()) == "EUR/FO"
    assert str(Desk.objects.get(symbol="BAKU").front_office()) == "EUR/FO"


def test_the_triage_desk_is_overseen_by_the_executive_secretariat() -> None:
    assert str(Desk.objects.get(symbol="S/ES-O").front_office()) == "S/ES"


def test_posts_are_named_by_the_station_of_their_reference_ids() -> None:
    symbols = set(Desk.objects.filter(kind="post").values_list("symbol", flat=True))

    assert {"MEXICO", "LAPAZ", "KIEV", "PANAMA", "VATICAN", "HAVANA", "MANAMA"} <= symbols
    assert not {"MEXICOCITY", "LA", "KYIV", "PANAMACITY"} & symbols
