"""Deadlines per jurisdiction: calendar months, month ends, leap years, extensions (RIGHTS-7)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from charter.rights.deadlines import add_months, clock_start, due_at, last_day
from charter.rights.settings import Jurisdiction, Period, RightsSettings

pytestmark = pytest.mark.clause("RIGHTS-7")

GDPR = RightsSettings().jurisdictions["gdpr"]
CCPA = RightsSettings().jurisdictions["ccpa"]


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),  # no 31 February: the month's last day
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2100, 1, 31), 1, date(2100, 2, 28)),  # divisible by 100, not by 400: no leap day
    (date(2000, 1, 31), 1, date(2000, 2, 29)),  # divisible by 400: a leap day
    (date(2028, 2, 29), 12, date(2029, 2, 28)),
    (date(2026, 3, 31), 1, date(2026, 4, 30)),
    (date(2026, 1, 15), 1, date(2026, 2, 15)),
    (date(2026, 12, 31), 1, date(2027, 1, 31)),  # across the year
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 5, 5), 0, date(2026, 5, 5)),
])
def test_calendar_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_months_cannot_go_back() -> None:
    with pytest.raises(ValueError):
        add_months(date(2026, 1, 1), -1)


def test_gdpr_one_month_ends_with_the_last_day() -> None:
    received = datetime(2026, 1, 31, 22, 15, tzinfo=UTC)
    assert due_at(received, GDPR) == datetime(2026, 2, 28, 23, 59, 59, tzinfo=UTC)


def test_gdpr_extension_makes_three_months_from_the_start_not_two_from_the_clamped_date() -> None:
    received = datetime(2026, 1, 31, 8, 0, tzinfo=UTC)
    assert due_at(received, GDPR, extended=True) == datetime(2026, 4, 30, 23, 59, 59, tzinfo=UTC)
    # The naive way (two months after 28 February) would give 28 April.
    assert last_day(date(2026, 2, 28), Period(months=2)) == date(2026, 4, 28)


def test_ccpa_forty_five_days_and_forty_five_more() -> None:
    received = datetime(2028, 1, 20, 12, 0, tzinfo=UTC)  # through a leap February
    assert due_at(received, CCPA).date() == date(2028, 3, 5)
    assert due_at(received, CCPA, extended=True).date() == date(2028, 4, 19)


def test_days_are_counted_in_utc() -> None:
    late_evening_in_new_york = datetime.fromisoformat("2026-03-01T21:00:00-05:00")
    assert due_at(late_evening_in_new_york, CCPA).date() == date(2026, 4, 16)


def test_when_the_clock_starts() -> None:
    received = datetime(2026, 1, 1, tzinfo=UTC)
    verified = datetime(2026, 1, 5, tzinfo=UTC)
    assert clock_start(GDPR, received, verified) == verified
    assert clock_start(GDPR, received, None) is None
    assert clock_start(CCPA, received, None) == received


def test_a_jurisdiction_without_extension_refuses_one() -> None:
    rule = Jurisdiction(deadline=Period(days=30))
    with pytest.raises(ValueError, match="no extension"):
        due_at(datetime(2026, 1, 1, tzinfo=UTC), rule, extended=True)


def test_jurisdictions_are_configurable() -> None:
    settings = RightsSettings.model_validate({
        "jurisdictions": {"lgpd": {"deadline": {"days": 15}, "starts": "received"}},
        "default_jurisdiction": "lgpd"})
    name, rule = settings.jurisdiction(None)
    assert name == "lgpd" and rule.extension is None
    with pytest.raises(ValueError, match="default_jurisdiction"):
        RightsSettings.model_validate({"default_jurisdiction": "nowhere"})
    with pytest.raises(ValueError, match="months or days"):
        Period()
