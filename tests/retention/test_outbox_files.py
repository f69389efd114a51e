"""The rights outbox's queued files are a declared store that retention purges by age
(RET-1, RET-2, RET-5): nothing waits forever for a mail relay that never comes."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from charter.audit.log import AuditLog, AuditQuery
from charter.config.models import CharterConfig
from charter.governance.ropa import build_ropa
from charter.privacy import inventory
from charter.privacy.keyring import Keyring
from charter.retention.holds import create_hold
from charter.retention.purge import record_run, run_retention
from charter.retention.report import build_report
from charter.rights.outbox import FileOutbox, Message, default_directory, file_stores
from charter.scheduler.jobs import standard_jobs
from charter.scheduler.runner import Scheduler
from charter.settings import Settings
from tests.retention.conftest import DAY, NOW

NAME = "outbox_messages"


def _config(directory: Path | None, kind: str = "file") -> CharterConfig:
    outbox: dict[str, str] = {"kind": kind}
    if directory is not None:
        outbox["directory"] = str(directory)
    return CharterConfig.model_validate({"rights": {"outbox": outbox}})


def _queue(directory: Path, to: str, written: datetime) -> Path:
    """A message as the file outbox writes it, dated `written`."""
    message_id = FileOutbox(directory).send(Message(to, "Your code", "Your code is 123456"))
    path = directory / f"{message_id}.json"
    document = json.loads(path.read_text())
    document["created"] = written.isoformat()
    path.write_text(json.dumps(document))
    return path


def _left(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


@pytest.mark.clause("RET-1")
def test_the_outbox_messages_are_declared_like_every_stored_record() -> None:
    record = inventory.get(NAME)
    assert record.store == "files"
    assert record.categories[0] == "user.contact.email"
    assert record.purposes == ("service_delivery",)
    assert record.legal_basis == "legal_obligation"
    assert record.retention == "operational"
    assert record.subject_column == "to"
    assert "data_subject" in record.subjects
    assert record.erasure == "delete"
    assert record.time_column == "created"
    assert NAME in [r.table for r in inventory.records()]
    # The record of processing lists it with the tables.
    ropa = build_ropa(CharterConfig(), inventory.records())
    assert NAME in [r["table"] for r in ropa["retention"]]
    with pytest.raises(inventory.InventoryError):
        inventory.register_files(
            NAME,
            description="else",
            categories=("user",),
            purposes=("security",),
            legal_basis="consent",
            retention="security",
            subject_field=None,
            erasure="none",
            time_field=None,
        )


@pytest.mark.clause("RET-2")
@pytest.mark.clause("RET-5")
def test_retention_deletes_queued_files_older_than_their_class_and_audits_the_count(
    engine: Engine, tmp_path: Path
) -> None:
    directory = tmp_path / "outbox"
    config = _config(directory)
    _queue(directory, "ada@example.com", NOW - 8 * DAY)
    _queue(directory, "bo@example.org", NOW - 30 * DAY)
    young = _queue(directory, "cy@example.net", NOW - 2 * DAY)
    # A half-written file left by a writer that died: aged by the file's own time.
    stale = directory / ".msg_dead.tmp"
    stale.write_text('{"to": "dee@exa')
    os.utime(stale, ((NOW - 9 * DAY).timestamp(), (NOW - 9 * DAY).timestamp()))
    files = file_stores(config, None)

    dry = run_retention(engine, config, NOW, dry_run=True, files=files)
    assert {t.table: (t.status, t.rows) for t in dry.tables}[NAME] == ("would_purge", 3)
    assert len(_left(directory)) == 4

    run = run_retention(engine, config, NOW, files=files)
    outcome = {t.table: t for t in run.tables}[NAME]
    assert (outcome.status, outcome.rows, outcome.retention) == ("purged", 3, "operational")
    assert _left(directory) == [young.name]
    record_run(AuditLog(engine), run, "cli")
    (event,) = AuditLog(engine).query(AuditQuery(action="retention.purge"))
    assert event.event.details[NAME] == 3
    assert run_retention(engine, config, NOW, files=files).rows == 0  # nothing left to do


@pytest.mark.clause("RET-5")
def test_a_hold_on_the_outbox_keeps_its_files_and_the_report_says_so(
    engine: Engine, tmp_path: Path
) -> None:
    directory = tmp_path / "outbox"
    config = _config(directory)
    held = _queue(directory, "ada@example.com", NOW - 20 * DAY)
    _queue(directory, "bo@example.org", NOW - 10 * DAY)
    hold = create_hold(
        engine,
        reason="case 2026-114",
        owner="legal",
        created_by="cli",
        now=NOW,
        table=NAME,
        start=NOW - 25 * DAY,
        end=NOW - 15 * DAY,
    )
    files = file_stores(config, None)

    report = {t.table: t for t in build_report(engine, config, NOW, files=files).tables}[NAME]
    assert (report.action, report.rows_past_limit, report.rows_held) == ("delete", 2, 1)
    assert report.rows_overdue == 1 and report.violation
    assert report.oldest_age_seconds == pytest.approx(20 * DAY.total_seconds(), abs=5)
    assert report.holds == (hold.id,)

    run = run_retention(engine, config, NOW, files=files)
    assert {t.table: t.rows for t in run.tables}[NAME] == 1
    assert _left(directory) == [held.name]
    after = {t.table: t for t in build_report(engine, config, NOW, files=files).tables}[NAME]
    assert (after.rows_past_limit, after.rows_held, after.violation) == (1, 1, False)


@pytest.mark.clause("RET-2")
def test_an_smtp_outbox_keeps_nothing_to_purge(engine: Engine, tmp_path: Path) -> None:
    config = _config(None, "smtp")
    assert file_stores(config, tmp_path / "charter.keyring") == {}
    run = run_retention(engine, config, NOW, files=file_stores(config, None))
    outcome = {t.table: t for t in run.tables}[NAME]
    assert (outcome.status, outcome.note, outcome.rows) == ("kept", "not_stored", 0)
    report = {t.table: t for t in build_report(engine, config, NOW).tables}[NAME]
    assert (report.action, report.violation) == ("not_stored", False)


@pytest.mark.clause("RET-2")
def test_the_schedulers_retention_job_purges_the_default_outbox_directory(
    engine: Engine, tmp_path: Path
) -> None:
    config = CharterConfig()
    settings = Settings.resolve(
        config,
        config_path=None,
        var_dir=tmp_path,
        keyring_path=tmp_path / "charter.keyring",
        env={},
    )
    directory = default_directory(settings.keyring_path)
    assert directory == tmp_path / "var" / "outbox"
    now = datetime.now(NOW.tzinfo)
    _queue(directory, "ada@example.com", now - timedelta(days=8))
    kept = _queue(directory, "bo@example.org", now - timedelta(hours=1))
    jobs = {
        job.name: job for job in standard_jobs(engine, lambda: config, Keyring.generate(), settings)
    }
    scheduler = Scheduler(engine, [jobs["retention"]])

    assert scheduler.run_once(jobs["retention"]) == "ran"

    (event,) = AuditLog(engine).query(AuditQuery(action="retention.purge"))
    assert _left(directory) == [kept.name]
    assert event.event.actor == "scheduler"
    assert event.event.details[NAME] == 1
