"""The notice schedule of any task: in time order, inside its clock, escalation last."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tracker.reminders import notice_schedule

# Hypothesis takes naive bounds and attaches the zone itself.
STARTS = st.datetimes(
    min_value=datetime(2000, 1, 1),  # noqa: DTZ001
    max_value=datetime(2030, 1, 1),  # noqa: DTZ001
    timezones=st.just(UTC),
)
SPANS = st.timedeltas(min_value=timedelta(minutes=1), max_value=timedelta(days=60))
ZONES = st.sampled_from(["America/New_York", "Asia/Tokyo", "Europe/London", "Pacific/Apia"])


@given(start=STARTS, span=SPANS, zone=ZONES)
def test_it_orders_four_notices_inside_the_clock(
    start: datetime, span: timedelta, zone: str
) -> None:
    due = start + span

    schedule = notice_schedule(starts_at=start, due_at=due, time_zone=zone)

    assert sorted(n.kind for n in schedule) == [
        "due_today", "escalation", "reminder_half", "reminder_three_quarters",
    ]  # fmt: skip
    assert [n.at for n in schedule] == sorted(n.at for n in schedule)
    assert schedule[-1].kind == "escalation" and schedule[-1].at == due
    assert all(start <= n.at <= due for n in schedule)
    by_kind = {n.kind: n.at for n in schedule}
    assert by_kind["reminder_half"] < by_kind["reminder_three_quarters"] < due
