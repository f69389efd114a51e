"""The scheduler: jobs run under their lease, in threads; failures are logged, not fatal."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.scheduler.jobs import optional, standard_jobs
from charter.scheduler.lease import Lease
from charter.scheduler.runner import Job, JobUnavailable, Scheduler
from charter.settings import Settings
from charter.store.engine import make_engine
from charter.store.migrate import upgrade


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'charter.db'}"
    upgrade(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def wait_for(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.01)
    raise AssertionError("timed out")


def test_a_job_runs_every_interval_under_its_lease(engine: Engine) -> None:
    runs: list[bool] = []

    def run(keep_going: Callable[[], bool]) -> dict[str, int]:
        # While the job runs, its lease is held: nobody else can take it.
        runs.append(Lease(engine, "tick", "someone-else", ttl=5).acquire())
        return {"n": len(runs)}

    scheduler = Scheduler(engine, [Job("tick", lambda: 0.05, run)], first_run_after=0.0)
    scheduler.start()
    try:
        wait_for(lambda: len(runs) >= 3)
    finally:
        scheduler.stop()
    assert not any(runs)
    assert scheduler.stats["tick"].runs >= 3
    assert Lease(engine, "tick", "someone-else", ttl=5).acquire()  # released at the end
    assert scheduler.gauges()["scheduler_job_runs"] >= 3


def test_a_failing_job_is_logged_and_counted_and_runs_again(
        engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []

    def run(keep_going: Callable[[], bool]) -> None:
        calls.append(1)
        raise RuntimeError("boom")

    scheduler = Scheduler(engine, [Job("bad", lambda: 0.02, run)], first_run_after=0.0)
    with caplog.at_level(logging.ERROR, "charter.scheduler"):
        scheduler.start()
        try:
            wait_for(lambda: len(calls) >= 2)
        finally:
            scheduler.stop()
    assert scheduler.stats["bad"].failures >= 2
    assert scheduler.gauges()["scheduler_job_failures"] >= 2
    assert any(r.getMessage() == "a scheduled job failed" for r in caplog.records)


def test_a_job_is_skipped_while_another_process_holds_its_lease(engine: Engine) -> None:
    other = Lease(engine, "busy", "another-node", ttl=60)
    assert other.acquire()
    ran: list[int] = []
    scheduler = Scheduler(engine, [Job("busy", lambda: 1.0, lambda keep_going: ran.append(1))])
    assert scheduler.run_once(scheduler.jobs[0]) == "busy"
    other.release()
    assert scheduler.run_once(scheduler.jobs[0]) == "ran"
    assert ran == [1]


def test_a_job_that_loses_its_lease_is_asked_to_stop(engine: Engine) -> None:
    now = [datetime.now(UTC)]
    release = threading.Event()
    seen: list[bool] = []

    def run(keep_going: Callable[[], bool]) -> None:
        # Another node takes the lease over (as if ours had expired while we stalled).
        now[0] += timedelta(hours=1)
        thief = Lease(engine, "slow", "thief", ttl=3600, clock=lambda: now[0])
        assert thief.acquire()
        wait_for(lambda: not keep_going(), timeout=5)
        seen.append(keep_going())
        release.set()

    scheduler = Scheduler(engine, [Job("slow", lambda: 60.0, run)], lease_ttl=0.3)
    assert scheduler.run_once(scheduler.jobs[0]) == "ran"
    assert seen == [False]


def test_an_unavailable_job_is_skipped_with_one_warning(
        engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    def run(keep_going: Callable[[], bool]) -> None:
        optional("charter.not_written_yet", "run")

    scheduler = Scheduler(engine, [Job("later", lambda: 1.0, run)])
    with caplog.at_level(logging.WARNING, "charter.scheduler"):
        assert scheduler.run_once(scheduler.jobs[0]) == "unavailable"
        assert scheduler.run_once(scheduler.jobs[0]) == "unavailable"
    warnings = [r for r in caplog.records if "not available" in r.getMessage()]
    assert len(warnings) == 1
    assert scheduler.stats["later"].failures == 0


def test_optional_finds_what_exists_and_reports_what_does_not() -> None:
    assert optional("charter.capture.purge", "purge_captures").__name__ == "purge_captures"
    with pytest.raises(JobUnavailable):
        optional("charter.audit.not_a_module", "run")


def test_the_standard_jobs_and_their_intervals(engine: Engine, tmp_path: Path) -> None:
    config = CharterConfig.model_validate({
        "scheduler": {"retention_interval": "30s", "capture_purge_interval": "2m"},
        "backups": {"interval": "1d"}})
    settings = Settings.resolve(config, config_path=None, var_dir=tmp_path, env={})
    jobs = {job.name: job for job in standard_jobs(engine, lambda: config, Keyring.generate(),
                                                   settings)}
    assert set(jobs) == {"retention", "capture_purge", "audit_checkpoint", "backup_prune",
                         "backup", "rights", "policy_webhooks"}
    assert jobs["retention"].interval() == 30
    assert jobs["capture_purge"].interval() == 120
    assert jobs["backup"].interval() == 86400
    assert jobs["backup_prune"].interval() == 3600
    no_backups = CharterConfig()
    backup = {job.name: job for job in standard_jobs(engine, lambda: no_backups,
                                                     Keyring.generate(), settings)}["backup"]
    assert backup.interval() is None


def test_the_retention_and_capture_jobs_run_and_are_audited(engine: Engine,
                                                            tmp_path: Path) -> None:
    from charter.audit.log import AuditLog, AuditQuery

    config = CharterConfig()
    settings = Settings.resolve(config, config_path=None, var_dir=tmp_path, env={})
    jobs = {job.name: job for job in standard_jobs(engine, lambda: config, Keyring.generate(),
                                                   settings)}
    scheduler = Scheduler(engine, [jobs["retention"], jobs["capture_purge"],
                                   jobs["backup_prune"]])
    for job in scheduler.jobs:
        assert scheduler.run_once(job) in ("ran", "unavailable"), job.name
    actions = {e.event.action: e.event for e in AuditLog(engine).query(AuditQuery())}
    assert actions["retention.purge"].actor == "scheduler"
    assert actions["capture.purge"].details == {"captures_deleted": 0, "keys_destroyed": 0}


@pytest.mark.clause("RIGHTS-7")
def test_the_rights_and_policy_jobs_run_on_a_real_store(engine: Engine, tmp_path: Path) -> None:
    config = CharterConfig()
    settings = Settings.resolve(config, config_path=None, var_dir=tmp_path, env={})
    jobs = {job.name: job for job in standard_jobs(engine, lambda: config, Keyring.generate(),
                                                   settings)}
    scheduler = Scheduler(engine, [jobs["rights"], jobs["policy_webhooks"]])
    for job in scheduler.jobs:
        assert scheduler.run_once(job) == "ran", job.name
    assert jobs["rights"].run(lambda: True) == {"expired": 0, "alerts": 0, "bundles_deleted": 0}
    assert jobs["policy_webhooks"].run(lambda: True) == {"delivered": 0, "retrying": 0,
                                                         "failed": 0}
