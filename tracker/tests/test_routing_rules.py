"""Routing by the ordered rules of the admin, with the shipped defaults of DOMAIN.md."""

import pytest
from django.core.exceptions import ValidationError

from cables.models import Cable
from tracker.models import Desk, RoutingRule, Task
from tracker.services import tasks_create_for_cable
from tracker.tests.factories import cable_row, request_row

pytestmark = pytest.mark.django_db


def route(cable: Cable) -> list[Task]:
    tasks_create_for_cable(cable_id=cable.pk)
    return list(Task.objects.filter(action_request__cable=cable).select_related("desk"))


def rule_of(task: Task) -> str:
    return task.routing_rule.name if task.routing_rule else ""


def test_it_sends_an_ask_to_the_department_to_the_for_office() -> None:
    cable = cable_row("08BAKU500", for_offices=("EUR/CARC",), tags=("PREL", "AJ"))
    request_row(cable, action_office="")

    [task] = route(cable)

    assert task.desk.symbol == "EUR/CARC"
    assert rule_of(task) == "FOR office: that office"
    assert "FOR line EUR/CARC" in task.routing_reason


def test_it_sends_an_ask_to_a_post_to_that_post() -> None:
    cable = cable_row("08STATE500", station="STATE")
    request_row(cable, action_office="TBILISI", requested_of="Embassy Tbilisi")

    [task] = route(cable)

    assert task.desk.symbol == "TBILISI"
    assert rule_of(task) == "Ask to a post: that post"


def test_it_tasks_every_to_addressee_post_for_an_ask_to_all() -> None:
    to = (("RUEHRL", "AMEMBASSY BERLIN"), ("", "AMEMBASSY ROME"), ("RUEHC", "SECSTATE WASHDC"))
    cable = cable_row("08STATE501", station="STATE", to=to)
    request_row(cable, action_office="ALL", requested_of="all addressees")

    tasks = route(cable)

    assert sorted(t.desk.symbol for t in tasks) == ["BERLIN", "ROME"]
    assert {t.role for t in tasks} == {"lead"}


def test_it_sends_a_posts_cable_without_for_line_to_the_country_desk_of_its_geo_tag() -> None:
    cable = cable_row("08TBILISI77", station="TBILISI", tags=("ECON", "GG"))
    request_row(cable, action_office="")

    [task] = route(cable)

    assert task.desk.symbol == "EUR/CARC"
    assert "geo tag GG -> EUR/CARC" in task.routing_reason


def test_it_makes_the_second_country_desk_supporting() -> None:
    cable = cable_row("08BAKU502", tags=("PREL", "AJ", "KV"))
    request_row(cable)

    tasks = {t.desk.symbol: t.role for t in route(cable)}

    assert tasks == {"EUR/CARC": "lead", "EUR/SCE": "supporting"}


def test_it_falls_back_to_the_originating_posts_country_desk_without_geo_tags() -> None:
    cable = cable_row("08YEREVAN12", station="YEREVAN", tags=("PREL",))
    request_row(cable)

    [task] = route(cable)

    assert task.desk.symbol == "EUR/CARC"
    assert "originating post YEREVAN" in task.routing_reason


def test_it_sends_what_no_rule_places_to_triage() -> None:
    cable = cable_row("08STATE502", station="STATE", tags=("PREL",))
    request_row(cable, action_office="")

    [task] = route(cable)

    assert task.desk.symbol == "S/ES-O"
    assert rule_of(task) == "Otherwise: triage"


def test_it_lets_the_next_rule_try_when_the_named_office_is_unknown() -> None:
    cable = cable_row("08BAKU503", for_offices=("EUR/CARC",))
    request_row(cable, action_office="EUR/NOSUCH")

    [task] = route(cable)

    assert task.desk.symbol == "EUR/CARC"
    assert rule_of(task) == "FOR office: that office"


def test_it_applies_an_admins_rule_ordered_first_with_supporting_desks() -> None:
    rule = RoutingRule.objects.create(
        name="Nonproliferation from Baku",
        order=5,
        match_tags="KNNP MNUC",
        match_station="BAKU",
        target=RoutingRule.Target.DESKS,
        lead_desk=Desk.objects.get(symbol="ISN/NESS"),
    )
    rule.supporting_desks.add(Desk.objects.get(symbol="EUR/CARC"))
    cable = cable_row("08BAKU504", for_offices=("EUR/CARC",), tags=("KNNP", "AJ"))
    request_row(cable)

    tasks = {t.desk.symbol: (t.role, t.routing_rule_id) for t in route(cable)}

    assert tasks == {"ISN/NESS": ("lead", rule.pk), "EUR/CARC": ("supporting", rule.pk)}


def test_it_ignores_an_inactive_rule() -> None:
    RoutingRule.objects.create(
        name="Everything to INR",
        order=1,
        active=False,
        lead_desk=Desk.objects.get(symbol="INR"),
    )
    cable = cable_row("08BAKU505", for_offices=("EUR/CARC",))
    request_row(cable)

    [task] = route(cable)

    assert task.desk.symbol == "EUR/CARC"


def test_it_matches_on_classification_level() -> None:
    RoutingRule.objects.create(
        name="Top secret to the Secretariat",
        order=1,
        match_level="TOP SECRET",
        lead_desk=Desk.objects.get(symbol="S/ES"),
    )
    secret = cable_row("08BAKU506", for_offices=("EUR/CARC",), level="SECRET")
    top = cable_row("08BAKU507", for_offices=("EUR/CARC",), level="TOP SECRET")
    request_row(secret)
    request_row(top)

    assert [t.desk.symbol for t in route(secret)] == ["EUR/CARC"]
    assert [t.desk.symbol for t in route(top)] == ["S/ES"]


def test_it_never_duplicates_a_task_when_routing_runs_again() -> None:
    cable = cable_row("08BAKU508", for_offices=("EUR/CARC",))
    request_row(cable)

    route(cable)
    tasks_create_for_cable(cable_id=cable.pk)

    assert Task.objects.filter(action_request__cable=cable).count() == 1


def test_it_refuses_a_fixed_desk_rule_without_a_lead_desk() -> None:
    rule = RoutingRule(name="Nowhere", order=1, target=RoutingRule.Target.DESKS)

    with pytest.raises(ValidationError, match="choose one"):
        rule.full_clean()


def test_it_knows_a_post_under_another_spelling() -> None:
    cable = cable_row("09STATE1500", station="STATE", to=(("", "AMEMBASSY MEXICO"),))
    request_row(cable, action_office="MEXICOCITY,KYIV")

    assert sorted(t.desk.symbol for t in route(cable)) == ["KIEV", "MEXICO"]


def test_it_sends_a_posts_cable_for_an_office_we_do_not_know_to_the_country_desk() -> None:
    cable = cable_row("08CARACAS420", station="CARACAS", for_offices=("AID/OTI",), tags=("VE",))
    request_row(cable, action_office="AID/OTI")

    [task] = route(cable)

    assert task.desk.symbol == "WHA/AND"
    assert "FOR an office we do not know" in rule_of(task)


def test_it_follows_a_renamed_bureau_to_its_successors_desk() -> None:
    # 2006: "STATE FOR SA/FO, SA/A, S/CR, SA/PAB, S/CT" - SA became SCA that year.
    cable = cable_row("06KABUL3900", station="KABUL", for_offices=("SA/FO", "SA/A", "S/CT"))
    request_row(cable, action_office="SA/FO,SA/A,S/CT")

    tasks = route(cable)

    lead = [t.desk.symbol for t in tasks if t.role == "lead"]
    assert (lead, {t.desk.symbol for t in tasks}) == (["SCA/FO"], {"SCA/FO", "SCA/A", "S/CT"})
