"""Default deadlines by precedence on the US federal business-day calendar (DOMAIN.md)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from cables.detection.calendar import add_business_days, federal_holidays, is_business_day
from tracker.deadlines import default_due, explicit_due

NY = ZoneInfo("America/New_York")


def due(precedence: str, received: datetime, *, niact: bool = False, zone: str = "") -> datetime:
    return default_due(
        precedence=precedence,
        received=received,
        time_zone=zone or "America/New_York",
        niact=niact,
    )


def test_flash_is_due_in_one_hour_around_the_clock() -> None:
    saturday_night = datetime(2008, 3, 8, 23, 30, tzinfo=UTC)
    assert due("FLASH", saturday_night) == saturday_night + timedelta(hours=1)


def test_niact_immediate_is_due_in_four_hours() -> None:
    received = datetime(2008, 3, 9, 2, 0, tzinfo=UTC)  # a Sunday
    assert due("IMMEDIATE", received, niact=True) == received + timedelta(hours=4)


def test_immediate_before_1300_is_due_at_the_end_of_the_same_day() -> None:
    received = datetime(2008, 3, 5, 10, 0, tzinfo=NY)
    assert due("IMMEDIATE", received) == datetime(2008, 3, 5, 17, 0, tzinfo=NY)


def test_immediate_after_1300_is_due_next_business_day_at_noon() -> None:
    friday = datetime(2008, 3, 7, 14, 0, tzinfo=NY)
    assert due("IMMEDIATE", friday) == datetime(2008, 3, 10, 12, 0, tzinfo=NY)


def test_immediate_on_a_weekend_is_due_at_the_end_of_the_next_business_day() -> None:
    saturday = datetime(2008, 3, 8, 9, 0, tzinfo=NY)
    assert due("IMMEDIATE", saturday) == datetime(2008, 3, 10, 17, 0, tzinfo=NY)


def test_priority_is_two_business_days_in_the_desk_time_zone() -> None:
    seed_dtg = datetime(2008, 3, 5, 11, 26, tzinfo=UTC)
    assert due("PRIORITY", seed_dtg) == datetime(2008, 3, 7, 17, 0, tzinfo=NY)


def test_priority_skips_a_federal_holiday() -> None:
    # Friday 2008-07-04 is Independence Day.
    thursday = datetime(2008, 7, 3, 10, 0, tzinfo=NY)
    assert due("PRIORITY", thursday) == datetime(2008, 7, 8, 17, 0, tzinfo=NY)


def test_routine_is_five_business_days() -> None:
    monday = datetime(2008, 3, 3, 9, 0, tzinfo=NY)
    assert due("ROUTINE", monday) == datetime(2008, 3, 10, 17, 0, tzinfo=NY)


def test_the_post_time_zone_decides_the_end_of_day() -> None:
    received = datetime(2008, 3, 5, 11, 26, tzinfo=UTC)
    baku = ZoneInfo("Asia/Baku")
    assert due("PRIORITY", received, zone="Asia/Baku") == datetime(2008, 3, 7, 17, 0, tzinfo=baku)


def test_a_utc_dtg_late_in_the_day_counts_from_the_desk_local_date() -> None:
    # 03:00 UTC Thursday is still Wednesday evening in Washington.
    received = datetime(2008, 3, 6, 3, 0, tzinfo=UTC)
    assert due("PRIORITY", received) == datetime(2008, 3, 7, 17, 0, tzinfo=NY)


def test_an_explicit_date_is_due_at_the_end_of_that_day_desk_time() -> None:
    result = explicit_due(deadline=date(2008, 3, 20), at=None, time_zone="Europe/Berlin")
    assert result == datetime(2008, 3, 20, 17, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_the_calendar_knows_the_observed_federal_holidays() -> None:
    assert federal_holidays(2008) == {
        date(2008, 1, 1),
        date(2008, 1, 21),
        date(2008, 2, 18),
        date(2008, 5, 26),
        date(2008, 7, 4),
        date(2008, 9, 1),
        date(2008, 10, 13),
        date(2008, 11, 11),
        date(2008, 11, 27),
        date(2008, 12, 25),
    }
    assert date(2021, 6, 18) in federal_holidays(2021)  # Juneteenth on a Saturday
    assert date(2010, 12, 31) in federal_holidays(2010)  # New Year 2011 on a Saturday
    assert not is_business_day(date(2009, 1, 19))  # MLK Day
    assert add_business_days(date(2008, 12, 24), 1) == date(2008, 12, 26)
