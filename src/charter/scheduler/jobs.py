"""The jobs `charter serve` schedules, and the scheduler its supervisor starts.

- `retention`, every `scheduler.retention_interval`: `charter.retention.purge.run_retention`
  (the tables, and the rights outbox's queued files), audited as `retention.purge`;
- `capture_purge`, every `scheduler.capture_purge_interval`: `charter.capture.purge.
  purge_captures`, audited as `capture.purge`;
- `audit_checkpoint`, every `AUDIT_CHECKPOINT_EVERY` seconds: `charter.audit.checkpoints.
  run_checkpoint`, which decides itself whether a checkpoint is due;
- `backup_prune`, every `scheduler.backup_prune_interval`: `charter.backup.prune.prune_backups`;
- `backup`, every `backups.interval` when it is set: `charter.backup.create.create_backup`;
- `rights`, every minute (every 10 seconds with `rights.auto_run` set):
  `charter.rights.alerts.sweep` (unverified requests expire, deadline alerts go out),
  `charter.rights.execute.bundles.purge_bundles`, and `charter.rights.autorun.run_due`
  (verified requests of the `rights.auto_run` types are carried out, failed runs retried);
- `policy_webhooks`, every 15 seconds: `charter.governance.policy.webhooks.deliver_due`.

Some come from slices that an installation may not have yet; they are imported when
they first run, and a job whose module is missing is skipped with one warning. Every job reads
the configuration being served when it runs, so reloaded retention classes and intervals take
effect without a restart (turning the scheduler on or off does need one).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from charter.audit.log import AuditEvent, AuditLog
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.scheduler.lease import holder_id
from charter.scheduler.runner import Job, JobUnavailable, Scheduler, Summary
from charter.settings import Settings

ACTOR = "scheduler"
AUDIT_CHECKPOINT_EVERY = 5.0
RIGHTS_EVERY = 60.0  # rights requests: expiry of unverified ones, deadline alerts, bundles
RIGHTS_AUTO_RUN_EVERY = 10.0  # the same, and verified requests of the `rights.auto_run` types
POLICY_WEBHOOKS_EVERY = 15.0  # policy-change notifications due (retries back off themselves)

ConfigSource = Callable[[], CharterConfig]
KeepGoing = Callable[[], bool]


def _now() -> datetime:
    return datetime.now(UTC)


def optional(module: str, name: str) -> Any:
    """`module.name`, imported now; `JobUnavailable` when the module does not exist."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            raise JobUnavailable(f"{module} is not installed") from None
        raise
    return getattr(found, name)


def retention_job(engine: Engine, config: ConfigSource,
                  keyring_path: str | os.PathLike[str] | None = None) -> Job:
    """Purge what is past its retention class; `keyring_path` places the default outbox
    directory (`<var>/outbox`), as for the rights intake."""
    def run(keep_going: KeepGoing) -> Summary:
        from charter.audit.prune import prune_audit
        from charter.retention.purge import record_run, run_retention

        file_stores = optional("charter.rights.outbox", "file_stores")
        current = config()
        done = run_retention(engine, current, _now(), keep_going=keep_going,
                             files=file_stores(current, keyring_path))
        record_run(AuditLog(engine), done, ACTOR)
        summary: dict[str, Any] = {"rows": done.rows, "failed": len(done.failed),
                                   "interrupted": done.interrupted}
        # The audit log is kept for the `security` class, then removed up to a signed
        # checkpoint, so that what is left still verifies (clause RET-3: long, but finite).
        security = current.retention_classes.get("security")
        if security is not None and keep_going():
            pruned = prune_audit(engine, _now() - timedelta(seconds=security))
            if pruned["events"]:
                AuditLog(engine).record_sync(AuditEvent(
                    actor=ACTOR, action="audit.prune", outcome="success", details=pruned))
            summary["audit_events"] = pruned["events"]
        return summary

    return Job("retention", lambda: config().scheduler.retention_interval, run)


def capture_purge_job(engine: Engine, config: ConfigSource) -> Job:
    def run(keep_going: KeepGoing) -> Summary:
        from charter.capture.purge import purge_captures

        report = purge_captures(engine, config(), _now())
        counts = {"captures_deleted": report.captures_deleted,
                  "keys_destroyed": report.keys_destroyed}
        AuditLog(engine).record_sync(AuditEvent(
            actor=ACTOR, action="capture.purge", outcome="success", details=counts))
        return counts

    return Job("capture_purge", lambda: config().scheduler.capture_purge_interval, run)


def audit_checkpoint_job(engine: Engine, config: ConfigSource, keyring: Keyring,
                         settings: Settings) -> Job:
    def run(keep_going: KeepGoing) -> Summary:
        run_checkpoint = optional("charter.audit.checkpoints", "run_checkpoint")
        sink_directory = optional("charter.audit.checkpoints", "sink_directory")
        current = config()
        counts: dict[str, int] = run_checkpoint(
            engine, keyring, sink_directory(settings, current.audit), current.audit)
        return counts

    # Every few seconds: its runs are logged at debug level (the checkpoint logs what it signs).
    return Job("audit_checkpoint", lambda: AUDIT_CHECKPOINT_EVERY, run, quiet=True)


def _backup_directory(current: CharterConfig, settings: Settings) -> Path:
    backup_directory = optional("charter.backup.catalog", "backup_directory")
    directory: Path = backup_directory(current, settings)
    return directory


def backup_prune_job(engine: Engine, config: ConfigSource, keyring: Keyring,
                     settings: Settings) -> Job:
    def run(keep_going: KeepGoing) -> Summary:
        prune_backups = optional("charter.backup.prune", "prune_backups")
        current = config()
        directory = _backup_directory(current, settings)
        if not directory.is_dir():
            return {"deleted": 0}
        counts: dict[str, int] = prune_backups(directory, keyring, current, _now(),
                                               audit=AuditLog(engine), actor=ACTOR)
        return counts

    return Job("backup_prune", lambda: config().scheduler.backup_prune_interval, run)


def backup_job(config: ConfigSource, keyring: Keyring, settings: Settings) -> Job:
    def run(keep_going: KeepGoing) -> Summary:
        create_backup = optional("charter.backup.create", "create_backup")
        current = config()
        directory = _backup_directory(current, settings)
        directory.mkdir(parents=True, exist_ok=True)
        info = create_backup(settings.store_url, directory, keyring, current, _now(),
                             actor=ACTOR)
        return {"backup": str(getattr(info, "id", ""))}

    return Job("backup", lambda: config().backups.interval, run)


def rights_job(engine: Engine, config: ConfigSource, keyring: Keyring) -> Job:
    """Close unverified rights requests that expired, send deadline alerts, delete expired
    access and export bundles, and carry out verified requests of the `rights.auto_run`
    types (retrying those that asked to be). With `rights.auto_run` set it runs every
    `RIGHTS_AUTO_RUN_EVERY` seconds, so that a verified request starts soon."""
    claimant = holder_id()

    def run(keep_going: KeepGoing) -> Summary:
        sweep = optional("charter.rights.alerts", "sweep")
        purge_bundles = optional("charter.rights.execute.bundles", "purge_bundles")
        run_due = optional("charter.rights.autorun", "run_due")
        build_outbox = optional("charter.rights.outbox", "build_outbox")
        current = config()
        counts: dict[str, int] = dict(sweep(engine, keyring, current.rights))
        counts["bundles_deleted"] = purge_bundles(engine, _now())
        if keep_going():
            counts.update(run_due(engine, keyring, current, claimant=claimant,
                                  outbox=build_outbox(current.rights.outbox, keyring.path),
                                  keep_going=keep_going))
        return counts

    def interval() -> float:
        return RIGHTS_AUTO_RUN_EVERY if config().rights.auto_run else RIGHTS_EVERY

    # Its runs are logged at debug level: `run_due` logs the requests it carries out.
    return Job("rights", interval, run, quiet=True)


def policy_webhooks_job(engine: Engine, keyring: Keyring) -> Job:
    """Send the policy-change notifications that are due (first tries and retries)."""
    def run(keep_going: KeepGoing) -> Summary:
        deliver_due = optional("charter.governance.policy.webhooks", "deliver_due")
        report = deliver_due(engine, keyring, _now())
        return {"delivered": report.delivered, "retrying": report.retrying,
                "failed": report.failed}

    return Job("policy_webhooks", lambda: POLICY_WEBHOOKS_EVERY, run, quiet=True)


def standard_jobs(engine: Engine, config: ConfigSource, keyring: Keyring,
                  settings: Settings) -> list[Job]:
    return [
        retention_job(engine, config, settings.keyring_path),
        capture_purge_job(engine, config),
        audit_checkpoint_job(engine, config, keyring, settings),
        backup_prune_job(engine, config, keyring, settings),
        backup_job(config, keyring, settings),
        rights_job(engine, config, keyring),
        policy_webhooks_job(engine, keyring),
    ]


def start_scheduler(engine: Engine, config: ConfigSource, keyring: Keyring,
                    settings: Settings) -> Scheduler:
    """The supervisor's scheduler, started (its jobs run in daemon threads)."""
    scheduler = Scheduler(engine, standard_jobs(engine, config, keyring, settings))
    scheduler.start()
    return scheduler
