"""One task the deadline scan cannot handle does not stop reminders for every other task."""

from datetime import timedelta

import pytest

from tracker.models import Desk, Notification
from tracker.reminders import deadlines_scan
from tracker.tests.test_access import tasked

pytestmark = pytest.mark.django_db


def test_it_escalates_the_other_tasks_when_one_desk_has_a_broken_time_zone() -> None:
    carc = tasked("08BAKU1601", "EUR/CARC")
    rus = tasked("08MOSCOW1602", "EUR/RUS")
    # Typed into the admin after the task was made: the scan cannot place the due day.
    Desk.objects.filter(pk=carc.desk_id).update(time_zone="Europe/Atlantis")
    late = max(carc.due_at, rus.due_at) + timedelta(days=1)

    written = deadlines_scan(now=late)

    assert [n.task_id for n in written] == [rus.pk]
    assert not Notification.objects.filter(task=carc).exists()
    assert deadlines_scan(now=late) == []
