"""Legal holds keep what they cover, and only that (USE-6, RET-5)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from charter.accesslog.models import access_log
from charter.config.models import CharterConfig
from charter.retention.holds import HoldError, create_hold, list_holds, release_hold
from charter.retention.purge import run_retention
from tests.retention.conftest import DAY, NOW, access_rows, count_rows

CONFIG = CharterConfig()
HELD, OTHER = "sk_heldsubject00000000000000", "sk_othersubject0000000000000"


def _hold(engine: Engine, at: timedelta = timedelta(0), **scope: object) -> str:
    return create_hold(engine, reason="case 2026-114", owner="legal", created_by="cli",
                       now=NOW + at, **scope).id  # type: ignore[arg-type]


@pytest.mark.clause("USE-6")
@pytest.mark.clause("RET-5")
def test_a_subject_hold_keeps_that_subjects_rows_only(engine: Engine) -> None:
    access_rows(engine, 5, 30 * DAY, subject=HELD)
    access_rows(engine, 6, 30 * DAY, subject=OTHER)
    access_rows(engine, 4, 30 * DAY)  # no subject
    _hold(engine, subject_key=HELD)

    run = run_retention(engine, CONFIG, NOW)

    assert {t.table: t.rows for t in run.tables}["access_log"] == 10
    assert run.holds == 1
    assert count_rows(engine) == 5
    assert count_rows(engine, access_log.c.subject_key == HELD) == 5


@pytest.mark.clause("USE-6")
def test_a_table_range_hold_keeps_rows_in_its_range_only(engine: Engine) -> None:
    for days in (40, 30, 20, 10):
        access_rows(engine, 3, days * DAY)
    # Covers the rows 30 and 20 days old: start inclusive, end exclusive.
    _hold(engine, table="access_log", start=NOW - 30 * DAY, end=NOW - 20 * DAY + timedelta(
        seconds=1))
    _hold(engine, table="admin_sessions")  # another table: no effect here

    run_retention(engine, CONFIG, NOW)

    remaining = count_rows(engine)
    assert remaining == 6
    assert count_rows(engine, access_log.c.ts < NOW - 35 * DAY) == 0
    assert count_rows(engine, access_log.c.ts > NOW - 15 * DAY) == 0


@pytest.mark.clause("USE-6")
def test_a_whole_table_hold_pauses_that_table(engine: Engine) -> None:
    access_rows(engine, 8, 30 * DAY)
    hold = _hold(engine, table="access_log")
    assert run_retention(engine, CONFIG, NOW).rows == 0
    assert count_rows(engine) == 8

    release_hold(engine, hold, released_by="cli", now=NOW)
    assert run_retention(engine, CONFIG, NOW).rows == 8
    assert count_rows(engine) == 0


@pytest.mark.clause("USE-6")
def test_a_released_hold_keeps_nothing(engine: Engine) -> None:
    access_rows(engine, 3, 30 * DAY, subject=HELD)
    release_hold(engine, _hold(engine, subject_key=HELD), released_by="acc_1", now=NOW)
    assert run_retention(engine, CONFIG, NOW).rows == 3


def test_holds_are_listed_released_and_released_once(engine: Engine) -> None:
    first = _hold(engine, subject_key=HELD)
    second = _hold(engine, timedelta(seconds=1), table="access_log", start=NOW - DAY)
    assert [h.id for h in list_holds(engine)] == [first, second]

    released = release_hold(engine, first, released_by="acc_7", now=NOW + DAY)
    assert not released.active and released.released_by == "acc_7"
    assert released.released_at == NOW + DAY
    assert [h.id for h in list_holds(engine)] == [second]
    assert {h.id for h in list_holds(engine, include_released=True)} == {first, second}
    with pytest.raises(HoldError) as again:
        release_hold(engine, first, released_by="acc_7", now=NOW)
    assert again.value.code == "already_released"
    with pytest.raises(HoldError) as missing:
        release_hold(engine, "hold_nope", released_by="acc_7", now=NOW)
    assert missing.value.code == "not_found"


@pytest.mark.parametrize(("scope", "code"), [
    ({}, "invalid_scope"),
    ({"subject_key": HELD, "table": "access_log"}, "invalid_scope"),
    ({"subject_key": HELD, "start": NOW}, "invalid_scope"),
    ({"table": "nope"}, "unknown_table"),
    ({"table": "access_log", "start": NOW, "end": NOW - DAY}, "invalid_scope"),
    ({"table": "access_log", "start": NOW.replace(tzinfo=None)}, "invalid_scope"),
])
def test_a_hold_has_exactly_one_sound_scope(engine: Engine, scope: dict[str, object],
                                            code: str) -> None:
    with pytest.raises(HoldError) as refused:
        _hold(engine, **scope)
    assert refused.value.code == code
    assert list_holds(engine) == []


def test_a_hold_needs_a_reason_and_an_owner(engine: Engine) -> None:
    with pytest.raises(HoldError, match="reason"):
        create_hold(engine, reason=" ", owner="legal", created_by="cli", now=NOW,
                    subject_key=HELD)
    with pytest.raises(HoldError, match="owner"):
        create_hold(engine, reason="case", owner="", created_by="cli", now=NOW,
                    subject_key=HELD)
