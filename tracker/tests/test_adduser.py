"""`manage.py adduser` creates or updates a user with desks, clearance and NOFORN flag."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def adduser(*args: str) -> None:
    call_command("adduser", *args)


def test_it_creates_a_user_with_desks_clearance_and_noforn() -> None:
    adduser(
        "alice", "--email", "alice@state.test", "--desk", "EUR/CARC", "--desk", "eur/fo",
        "--clearance", "secret", "--noforn", "--password", "correct horse",
    )  # fmt: skip

    alice = get_user_model().objects.get(username="alice")
    assert alice.check_password("correct horse")
    assert (alice.profile.clearance, alice.profile.noforn) == ("SECRET", True)
    assert sorted(m.desk.symbol for m in alice.memberships.all()) == ["EUR/CARC", "EUR/FO"]


def test_it_updates_the_same_user_to_exactly_what_is_asked() -> None:
    adduser("bob", "--email", "b@state.test", "--desk", "EUR/CARC", "--clearance", "SECRET")
    adduser(
        "bob", "--email", "bob@state.test", "--desk", "BAKU", "--clearance", "TOP SECRET",
        "--lead",
    )  # fmt: skip

    bob = get_user_model().objects.get(username="bob")
    assert bob.email == "bob@state.test"
    assert (bob.profile.clearance, bob.profile.noforn) == ("TOP SECRET", False)
    assert [(m.desk.symbol, m.role) for m in bob.memberships.all()] == [("BAKU", "lead")]
    assert not bob.has_usable_password()


def test_it_fails_clearly_on_an_unknown_desk() -> None:
    with pytest.raises(CommandError, match="unknown desk EUR/NOWHERE"):
        adduser("carol", "--email", "c@x.test", "--desk", "EUR/NOWHERE", "--clearance", "SECRET")

    assert not get_user_model().objects.filter(username="carol").exists()


def test_it_fails_clearly_on_an_unknown_clearance() -> None:
    with pytest.raises(CommandError, match="unknown clearance 'COSMIC'"):
        adduser("carol", "--email", "c@x.test", "--desk", "EUR/CARC", "--clearance", "COSMIC")
