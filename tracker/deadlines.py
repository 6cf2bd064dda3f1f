"""When a task is due: explicit deadlines first, else the precedence defaults of DOMAIN.md.

| precedence       | default due                                                   | clock    |
| FLASH            | 1 hour                                                        | 24x7     |
| NIACT IMMEDIATE  | 4 hours                                                       | 24x7     |
| IMMEDIATE        | end of the same business day (next business day noon after 13:00) | business |
| PRIORITY         | 2 business days                                               | business |
| ROUTINE          | 5 business days                                               | business |

Business days skip weekends and US federal holidays; the desk's time zone decides 17:00.
A desk may override a row with an ``Sla``: N hours around the clock, or the end of the business
day N business days after receipt (0 = the same business day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from cables.detection.calendar import add_business_days, is_business_day, next_business_day

END_OF_DAY = time(17, 0)
NOON = time(12, 0)
IMMEDIATE_CUTOFF = time(13, 0)
BUSINESS_DAYS = {"PRIORITY": 2, "ROUTINE": 5}
HOURS = "hours"


@dataclass(frozen=True)
class Sla:
    """A desk's override of one precedence default."""

    amount: int
    unit: str  # "hours" (24x7) or "business_days"

    def due(self, *, received: datetime, time_zone: str) -> datetime:
        if self.unit == HOURS:
            return received + timedelta(hours=self.amount)
        zone = ZoneInfo(time_zone)
        start = next_business_day(received.astimezone(zone).date())
        return _at(add_business_days(start, self.amount), END_OF_DAY, zone)


def default_due(
    *,
    precedence: str,
    received: datetime,
    time_zone: str,
    niact: bool = False,
    sla: Sla | None = None,
) -> datetime:
    """The default deadline for a tasking received at ``received`` (aware) by a desk.

    ``sla`` is the desk's override for this precedence (NIACT for a NIACT addressee), if any.
    """
    if sla is not None:
        return sla.due(received=received, time_zone=time_zone)
    if precedence == "FLASH":
        return received + timedelta(hours=1)
    if niact:
        return received + timedelta(hours=4)
    zone = ZoneInfo(time_zone)
    local = received.astimezone(zone)
    if precedence == "IMMEDIATE":
        return _immediate_due(local, zone)
    days = BUSINESS_DAYS.get(precedence, BUSINESS_DAYS["ROUTINE"])
    return _at(add_business_days(next_business_day(local.date()), days), END_OF_DAY, zone)


def _immediate_due(local: datetime, zone: ZoneInfo) -> datetime:
    if not is_business_day(local.date()):
        # Received on a weekend or holiday: the end of the next business day.
        return _at(next_business_day(local.date()), END_OF_DAY, zone)
    if local.time() >= IMMEDIATE_CUTOFF:
        return _at(add_business_days(local.date(), 1), NOON, zone)
    return _at(local.date(), END_OF_DAY, zone)


def explicit_due(*, deadline: date, at: time | None, time_zone: str) -> datetime:
    """An explicit deadline: the stated time, or the end of that business day, desk time."""
    return _at(deadline, at or END_OF_DAY, ZoneInfo(time_zone))


def _at(day: date, clock: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=zone)
