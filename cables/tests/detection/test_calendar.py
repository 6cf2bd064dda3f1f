"""The business-day calendar the detector and the tracker share."""

from datetime import date

from cables.detection.calendar import (
    add_business_days,
    federal_holidays,
    is_business_day,
    next_business_day,
    previous_business_day,
)


def test_it_knows_the_modern_holidays() -> None:
    holidays = federal_holidays(2008)
    assert date(2008, 1, 21) in holidays  # Martin Luther King Jr. Day
    assert date(2008, 5, 26) in holidays  # Memorial Day
    assert date(2008, 11, 11) in holidays  # Veterans Day
    assert date(2008, 11, 27) in holidays  # Thanksgiving
    assert date(2021, 6, 18) in federal_holidays(2021)  # Juneteenth, observed on Friday


def test_it_uses_the_rules_of_the_cable_year() -> None:
    assert date(1970, 2, 23) in federal_holidays(1970)  # Feb 22 was a Sunday
    assert date(1975, 10, 27) in federal_holidays(1975)  # Veterans Day on a Monday in October
    assert not any(d.month == 1 and 15 <= d.day <= 21 for d in federal_holidays(1972))


def test_it_observes_new_year_on_the_friday_before() -> None:
    assert date(2010, 12, 31) in federal_holidays(2010)
    assert not is_business_day(date(2010, 12, 31))


def test_it_counts_business_days() -> None:
    assert add_business_days(date(2008, 3, 5), 2) == date(2008, 3, 7)
    assert add_business_days(date(2008, 11, 7), 3) == date(2008, 11, 13)
    assert next_business_day(date(2008, 3, 8)) == date(2008, 3, 10)
    assert previous_business_day(date(2008, 3, 10)) == date(2008, 3, 7)
