"""INFO addressees and supporting desks watch the lead task; they are not tasked."""

import pytest

from tracker.models import Desk, RoutingRule, Task, Watch
from tracker.services import tasks_create_for_cable
from tracker.tests.factories import cable_row, request_row

pytestmark = pytest.mark.django_db


def test_it_makes_info_addressee_posts_watchers_not_tasked() -> None:
    info = (("RUEHAK", "AMEMBASSY ANKARA"), ("", "USMISSION USNATO"), ("", "CIA WASHINGTON DC"))
    cable = cable_row("08BAKU600", for_offices=("EUR/CARC",), info=info)
    request_row(cable)

    tasks_create_for_cable(cable_id=cable.pk)

    task = Task.objects.get(action_request__cable=cable)
    watchers = {(str(w.desk), w.reason) for w in task.watches.select_related("desk")}
    assert watchers == {("ANKARA", "info"), ("USNATO", "info")}
    assert not Task.objects.filter(desk__symbol__in=["ANKARA", "USNATO"]).exists()


def test_it_makes_supporting_desks_watch_the_lead_task() -> None:
    rule = RoutingRule.objects.create(
        name="Energy from Baku", order=5, match_tags="EPET",
        lead_desk=Desk.objects.get(symbol="EEB/ESC"),
    )  # fmt: skip
    rule.supporting_desks.add(Desk.objects.get(symbol="EUR/CARC"))
    cable = cable_row("08BAKU601", tags=("EPET", "AJ"))
    request_row(cable)

    tasks_create_for_cable(cable_id=cable.pk)

    lead = Task.objects.get(action_request__cable=cable, role="lead")
    assert lead.desk.symbol == "EEB/ESC"
    assert Watch.objects.filter(task=lead, desk__symbol="EUR/CARC", reason="supporting").exists()
    tasks_create_for_cable(cable_id=cable.pk)
    assert Watch.objects.filter(task=lead).count() == 1
