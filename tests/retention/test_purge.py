"""The retention engine purges exactly what is past its class, in batches (RET-1/2/3/5)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    event,
    insert,
    select,
)

from charter.accesslog.models import access_log
from charter.audit.log import AuditLog, AuditQuery
from charter.config.models import CharterConfig
from charter.privacy.inventory import RecordType
from charter.retention.purge import record_run, run_retention
from tests.retention.conftest import DAY, NOW, access_rows, count_rows

CONFIG = CharterConfig()  # operational: 7 days, security: 3 years


@pytest.mark.clause("RET-2")
@pytest.mark.clause("RET-5")
def test_deletes_exactly_the_rows_past_their_class(engine: Engine) -> None:
    access_rows(engine, 30, 8 * DAY)
    access_rows(engine, 20, 7 * DAY + timedelta(seconds=1))
    access_rows(engine, 10, 7 * DAY - timedelta(seconds=1))
    access_rows(engine, 5, DAY)

    run = run_retention(engine, CONFIG, NOW)

    assert count_rows(engine) == 15
    assert count_rows(engine, access_log.c.ts < NOW - 7 * DAY) == 0
    outcome = {t.table: t for t in run.tables}["access_log"]
    assert (outcome.status, outcome.rows, outcome.erasure) == ("purged", 50, "delete")
    assert run_retention(engine, CONFIG, NOW).rows == 0  # nothing left to do


@pytest.mark.clause("RET-5")
def test_deletes_in_bounded_batches_each_its_own_transaction(engine: Engine) -> None:
    access_rows(engine, 2500, 30 * DAY)
    access_rows(engine, 3, DAY)
    commits: list[int] = []
    event.listen(engine, "commit", lambda connection: commits.append(1))

    run = run_retention(engine, CONFIG, NOW, only=["access_log"], batch_size=1000)

    (outcome,) = run.tables
    assert (outcome.rows, outcome.batches) == (2500, 3)
    assert len(commits) >= 3
    assert count_rows(engine) == 3


@pytest.mark.clause("RET-5")
def test_a_dry_run_counts_and_changes_nothing(engine: Engine) -> None:
    access_rows(engine, 12, 9 * DAY)
    access_rows(engine, 4, DAY)

    run = run_retention(engine, CONFIG, NOW, dry_run=True)

    outcome = {t.table: t for t in run.tables}["access_log"]
    assert (outcome.status, outcome.rows) == ("would_purge", 12)
    assert count_rows(engine) == 16


@pytest.mark.clause("RET-1")
def test_every_table_is_accounted_for_and_kept_tables_are_left_alone(engine: Engine) -> None:
    run = run_retention(engine, CONFIG, NOW)
    statuses = {t.table: (t.status, t.note) for t in run.tables}
    assert statuses["audit_events"] == ("kept", "erasure_none")
    assert statuses["subject_keys"] == ("not_aged", None)
    assert statuses["access_log"][0] == "purged"
    assert statuses["legal_holds"] == ("kept", "erasure_none")
    assert not run.failed


def test_an_unknown_table_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="no_such_table"):
        run_retention(engine, CONFIG, NOW, only=["no_such_table"])


def test_a_run_stops_between_batches_when_asked(engine: Engine) -> None:
    access_rows(engine, 30, 30 * DAY)
    answers = iter([True, True, False])
    run = run_retention(engine, CONFIG, NOW, only=["access_log"], batch_size=10,
                        keep_going=lambda: next(answers, False))
    assert run.interrupted
    assert count_rows(engine) == 20


# -- tables declared here, to exercise what no table of the inventory declares yet ---------

_metadata = MetaData()
visits = Table(
    "retention_test_visits", _metadata,
    Column("id", Integer, primary_key=True),
    Column("ts", DateTime(timezone=True), nullable=False),
    Column("subject_key", String(40), nullable=True),
    Column("ip", String(45), nullable=True),
    Column("agent", String(16), nullable=False),
    Column("route", String(16), nullable=False),
)


def _record(erasure: str, retention: str = "operational") -> RecordType:
    return RecordType(
        table=visits.name, description="test", categories=("system.operations",),
        purposes=("operations",), legal_basis="legitimate_interests", retention=retention,
        subject_column="subject_key", subjects=("api_end_user",),
        erasure=erasure,  # type: ignore[arg-type]
        time_column="ts", anonymise_columns=("ip", "agent", "subject_key"))


@pytest.fixture
def visit_table(engine: Engine) -> Engine:
    _metadata.create_all(engine)
    return engine


def _visits(engine: Engine, ages: list[timedelta]) -> None:
    with engine.begin() as connection:
        connection.execute(insert(visits), [
            {"id": i, "ts": NOW - age, "subject_key": f"sk_{i}", "ip": "203.0.113.0",
             "agent": "agent/1.0", "route": "r"} for i, age in enumerate(ages)])


@pytest.mark.clause("RET-5")
def test_anonymise_clears_the_declared_columns_only(visit_table: Engine) -> None:
    engine = visit_table
    _visits(engine, [10 * DAY, 9 * DAY, 8 * DAY, DAY])

    run = run_retention(engine, CONFIG, NOW, batch_size=2,
                        declarations=([_record("anonymise")], {visits.name: visits}))

    assert run.tables[0].rows == 3 and run.tables[0].batches == 2
    with engine.connect() as connection:
        rows = {r.id: r for r in connection.execute(select(visits))}
    for old in (0, 1, 2):
        assert (rows[old].ip, rows[old].agent, rows[old].subject_key) == (
            None, "[anonymised]", None)
        assert rows[old].route == "r"  # not declared: untouched
    assert (rows[3].ip, rows[3].agent, rows[3].subject_key) == ("203.0.113.0", "agent/1.0",
                                                                "sk_3")
    again = run_retention(engine, CONFIG, NOW,
                          declarations=([_record("anonymise")], {visits.name: visits}))
    assert again.tables[0].rows == 0


@pytest.mark.clause("RET-3")
def test_the_long_security_class_keeps_years_but_not_forever(visit_table: Engine) -> None:
    engine = visit_table
    year = 365 * DAY
    _visits(engine, [4 * year, 3 * year + DAY, 2 * year, 30 * DAY])

    run = run_retention(engine, CONFIG, NOW,
                        declarations=([_record("delete", "security")], {visits.name: visits}))

    assert run.tables[0].rows == 2
    with engine.connect() as connection:
        assert sorted(connection.execute(select(visits.c.id)).scalars()) == [2, 3]


@pytest.mark.clause("RET-5")
def test_crypto_shred_tables_are_not_purged_by_age(visit_table: Engine) -> None:
    engine = visit_table
    _visits(engine, [30 * DAY])
    run = run_retention(engine, CONFIG, NOW,
                        declarations=([_record("crypto_shred")], {visits.name: visits}))
    assert (run.tables[0].status, run.tables[0].note) == ("kept", "erasure_crypto_shred")


@pytest.mark.clause("RET-5")
def test_the_audit_event_carries_counts_only(engine: Engine) -> None:
    secret_subject = "sk_personofinterest000000000"
    access_rows(engine, 7, 30 * DAY, subject=secret_subject)

    run = run_retention(engine, CONFIG, NOW)
    record_run(AuditLog(engine), run, "cli")

    (stored,) = AuditLog(engine).query(AuditQuery(action="retention.purge"))
    event = stored.event
    assert (event.actor, event.outcome, event.target) == ("cli", "success", None)
    assert event.details["access_log"] == 7 and event.details["rows"] == 7
    purgeable = {t.table for t in run.tables if t.status == "purged"}
    assert set(event.details) <= {"rows", "holds", "interrupted", "seconds"} | purgeable
    for value in event.details.values():
        assert isinstance(value, int | float | bool)
    assert secret_subject not in repr(event)
    assert "/orders" not in repr(event)


def test_a_dry_run_is_audited_under_its_own_action(engine: Engine) -> None:
    access_rows(engine, 2, 30 * DAY)
    record_run(AuditLog(engine), run_retention(engine, CONFIG, NOW, dry_run=True), "cli")
    (stored,) = AuditLog(engine).query(AuditQuery(action="retention.dry_run"))
    assert stored.event.details["access_log"] == 2
    assert AuditLog(engine).query(AuditQuery(action="retention.purge")) == []
