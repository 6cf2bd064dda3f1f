"""US federal business days: weekends and federal holidays (5 U.S.C. 6103) are skipped.

Pure Python so that both the detector ("within seven business days") and the tracker's
deadline policy use one calendar.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    # A holiday on Saturday is observed on Friday, on Sunday on Monday.
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


@cache
def federal_holidays(year: int) -> frozenset[date]:
    """Observed US federal holidays in ``year``, by the rules in force that year.

    The Uniform Monday Holiday Act moved three holidays to Mondays from 1971 (Veterans Day
    back to November 11 from 1978); Martin Luther King Jr. Day from 1986, Juneteenth from 2021.
    The corpus reaches back to 1966, so the old rules matter for its oldest cables.
    """
    mon, thu = 0, 3
    days = {
        _observed(date(year, 1, 1)),
        _observed(date(year, 7, 4)),
        _nth_weekday(year, 9, mon, 1),  # Labor Day
        _nth_weekday(year, 11, thu, 4),  # Thanksgiving
        _observed(date(year, 12, 25)),
    }
    days |= _moved_by_the_monday_act(year)
    if year >= 1986:
        days.add(_nth_weekday(year, 1, mon, 3))  # Martin Luther King Jr. Day
    if year >= 2021:
        days.add(_observed(date(year, 6, 19)))
    # New Year's Day of next year observed on Dec 31 of this one.
    if date(year + 1, 1, 1).weekday() == 5:
        days.add(date(year, 12, 31))
    return frozenset(days)


def _moved_by_the_monday_act(year: int) -> set[date]:
    mon = 0
    if year < 1971:
        return {
            _observed(date(year, 2, 22)),  # Washington's Birthday
            _observed(date(year, 5, 30)),  # Memorial Day
            _observed(date(year, 10, 12)),  # Columbus Day
            _observed(date(year, 11, 11)),  # Veterans Day
        }
    veterans = _nth_weekday(year, 10, mon, 4) if year < 1978 else _observed(date(year, 11, 11))
    return {
        _nth_weekday(year, 2, mon, 3),  # Washington's Birthday
        _last_weekday(year, 5, mon),  # Memorial Day
        _nth_weekday(year, 10, mon, 2),  # Columbus Day
        veterans,
    }


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def add_business_days(day: date, count: int) -> date:
    """The business day ``count`` business days after ``day`` (``count`` >= 0)."""
    current = day
    remaining = count
    while remaining > 0:
        current += timedelta(days=1)
        if is_business_day(current):
            remaining -= 1
    return current


def next_business_day(day: date) -> date:
    """``day`` itself when it is a business day, else the next one."""
    current = day
    while not is_business_day(current):
        current += timedelta(days=1)
    return current


def previous_business_day(day: date) -> date:
    """The business day strictly before ``day``."""
    current = day - timedelta(days=1)
    while not is_business_day(current):
        current -= timedelta(days=1)
    return current
