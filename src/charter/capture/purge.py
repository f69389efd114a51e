"""Purging captures (clause RET-2): expired rows go, and so do the keys of expired days.

A capture is kept for its row's retention class (unknown classes count as `operational`).
A day's key is destroyed once every capture of that day has expired under the longest
retention class captures use; from then on a copy of that day's rows, in a backup or
anywhere else, cannot be decrypted. Run it at least daily; more often does no harm.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, delete, select

from charter.capture.models import capture_keys, captures
from charter.capture.policy import DEFAULT_RETENTION
from charter.config.models import CharterConfig
from charter.store.engine import write_transaction


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed: counts, never content."""

    captures_deleted: int
    keys_destroyed: int
    keys_kept_before: date | None  # keys of days before this one are gone


def capture_classes(config: CharterConfig) -> set[str]:
    """The retention classes captures may be made under with this configuration."""
    classes = {DEFAULT_RETENTION}
    for approval in config.approvals:
        if approval.controls.capture == "encrypted":
            classes.add(approval.controls.retention)
    return classes


def purge_captures(engine: Engine, config: CharterConfig, now: datetime) -> PurgeReport:
    """Delete captures older than their retention class and destroy the keys of days whose
    captures may all no longer be kept. One transaction; safe to run from several nodes."""
    periods = config.retention_classes
    fallback = periods[DEFAULT_RETENTION]

    def period(name: str) -> float:
        return periods.get(name, fallback)

    deleted = 0
    with write_transaction(engine, lock="capture-purge") as connection:
        used: set[str] = set(connection.execute(select(captures.c.retention).distinct()).scalars())
        for name in sorted(used):
            cutoff = now - timedelta(seconds=period(name))
            deleted += connection.execute(
                delete(captures).where(captures.c.retention == name, captures.c.ts < cutoff)
            ).rowcount
        longest = max(period(name) for name in used | capture_classes(config))
        # A day's captures are all older than `longest` once its last moment is.
        oldest_kept = (now - timedelta(seconds=longest)).astimezone(UTC).date()
        destroyed = connection.execute(
            delete(capture_keys).where(capture_keys.c.day < oldest_kept)).rowcount
    return PurgeReport(deleted, destroyed, oldest_kept)

