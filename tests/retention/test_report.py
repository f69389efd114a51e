"""The retention report: limits, oldest records, rows past the limit, holds, violations."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from charter.config.models import CharterConfig
from charter.retention.holds import create_hold
from charter.retention.purge import run_retention
from charter.retention.report import build_report
from tests.retention.conftest import DAY, NOW, access_rows

CONFIG = CharterConfig()
HELD = "sk_heldsubject00000000000000"


@pytest.mark.clause("RET-5")
@pytest.mark.clause("RET-1")
def test_the_report_shows_a_purge_that_is_behind_as_a_violation(engine: Engine) -> None:
    access_rows(engine, 4, 30 * DAY)
    access_rows(engine, 2, 30 * DAY, subject=HELD)
    access_rows(engine, 3, DAY)
    hold = create_hold(engine, reason="case 7", owner="legal", created_by="cli", now=NOW,
                       subject_key=HELD)

    report = build_report(engine, CONFIG, NOW)

    table = {t.table: t for t in report.tables}["access_log"]
    assert (table.retention, table.limit_seconds, table.action) == (
        "operational", 7 * 86400, "delete")
    assert table.oldest_age_seconds == pytest.approx(30 * 86400)
    assert (table.rows_past_limit, table.rows_held, table.rows_overdue) == (6, 2, 4)
    assert table.violation
    assert table.holds == (hold.id,)
    assert report.violations == ["access_log"]
    assert [h.id for h in report.holds] == [hold.id]

    run_retention(engine, CONFIG, NOW)
    after = {t.table: t for t in build_report(engine, CONFIG, NOW).tables}["access_log"]
    assert (after.rows_past_limit, after.rows_held, after.violation) == (2, 2, False)


def test_rows_just_past_the_limit_are_not_yet_a_violation(engine: Engine) -> None:
    access_rows(engine, 3, 7 * DAY + timedelta(minutes=10))  # within the 1 h grace
    table = {t.table: t for t in build_report(engine, CONFIG, NOW).tables}["access_log"]
    assert table.rows_past_limit == 3 and not table.violation
    strict = {t.table: t for t in build_report(engine, CONFIG, NOW, grace=0).tables}
    assert strict["access_log"].violation


def test_kept_and_unaged_tables_are_reported_without_violations(engine: Engine) -> None:
    report = build_report(engine, CONFIG, NOW)
    tables = {t.table: t for t in report.tables}
    assert tables["audit_events"].action == "keep"
    assert tables["subject_keys"].action == "not_aged"
    assert tables["access_log"].oldest_age_seconds is None
    assert report.violations == []
    doc = report.as_dict()
    assert doc["violations"] == [] and len(doc["tables"]) == len(report.tables)


def test_a_class_missing_from_the_configuration_is_a_violation_once_rows_exist(
        engine: Engine) -> None:
    classes = {"operational": 86400.0 * 7, "security": 86400.0 * 365}  # no "configuration"
    config = CharterConfig(retention_classes=classes)
    report = build_report(engine, config, NOW)
    snapshots = {t.table: t for t in report.tables}["config_snapshots"]
    assert snapshots.action == "unknown_class" and not snapshots.violation
