"""Legal deadlines: calendar-month arithmetic and the due instant of a request.

A period in months ends on the same day of the month as it began, or on the last day of the
month when that month is shorter (31 January + 1 month = 28 or 29 February), and it runs to
the end of that day (EU Regulation 1182/71, Art. 3: the period ends with the last hour of its
last day). Days are calendar days. Everything is computed in UTC.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta

from charter.rights.settings import Jurisdiction, Period

END_OF_DAY = time(23, 59, 59, tzinfo=UTC)


def add_months(day: date, months: int) -> date:
    """`day` plus whole calendar months, clamped to the end of a shorter month."""
    if months < 0:
        raise ValueError("months must not be negative")
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def last_day(start: date, *periods: Period) -> date:
    """The last day of the periods laid end to end from `start`: the months of all of them
    first (so one month and an extension of two are three months from `start`, not two from
    a clamped date), then their days."""
    months = sum(p.months for p in periods)
    days = sum(p.days for p in periods)
    return add_months(start, months) + timedelta(days=days)


def due_at(start: datetime, rule: Jurisdiction, *, extended: bool = False) -> datetime:
    """The instant a request is due: the end (UTC) of the last day of its period, which runs
    from `start` (when the clock started) and, if `extended`, includes the extension."""
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    periods = [rule.deadline]
    if extended:
        if rule.extension is None:
            raise ValueError("this jurisdiction allows no extension")
        periods.append(rule.extension)
    day = last_day(start.astimezone(UTC).date(), *periods)
    return datetime.combine(day, END_OF_DAY)


def clock_start(rule: Jurisdiction, received_at: datetime,
                verified_at: datetime | None) -> datetime | None:
    """When the period starts for a request, or None while it has not started."""
    return received_at if rule.starts == "received" else verified_at
