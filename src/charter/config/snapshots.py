"""Versioned snapshots of the configuration text, kept in the store.

Every node of a cluster serves one snapshot version at a time; saving a new text gives the next
version number. Saving the same text again is a no-op, so a node that restarts with an unchanged
file does not create versions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Engine,
    Integer,
    String,
    Table,
    Text,
    func,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError

from charter.privacy import inventory
from charter.store.base import Base
from charter.store.engine import write_transaction

_SOURCE_MAX = 512
_APPLIED_BY_MAX = 128
_SAVE_ATTEMPTS = 5

config_snapshots = Table(
    "config_snapshots",
    Base.metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("source", String(_SOURCE_MAX), nullable=False),
    Column("text", Text, nullable=False),
    Column("applied_by", String(_APPLIED_BY_MAX), nullable=True),
)

CONFIG_SNAPSHOTS = inventory.register(
    config_snapshots,
    description="Each version of the gateway configuration that was applied: its text, "
                "digest, where it came from and which operator applied it.",
    categories=("system.operations",),
    purposes=("operations",),
    legal_basis="legitimate_interests",
    retention="configuration",
    subject_column=None,
    erasure="none",
    time_column="created",
)



@dataclass(frozen=True)
class Snapshot:
    version: int
    sha256: str
    text: str
    source: str
    created: datetime
    applied_by: str | None = None


class SnapshotError(Exception):
    pass


def save_snapshot(
    engine: Engine, text: str, source: str, applied_by: str | None = None,
    *, digest: str | None = None,
) -> Snapshot:
    """Store `text` as the next version, or return the latest one if it has the same digest.

    `digest` identifies the configuration; by default it is the SHA-256 of `text`. Callers
    that know which parts are node-local (listeners) pass a digest of the shared part, so
    that nodes whose files differ only there share one version.

    Safe when processes race: reading the latest version and inserting the next one happen in
    one transaction that holds the store's write lock (SQLite) or an advisory lock
    (PostgreSQL), and should another writer still take the version first, the primary-key
    conflict makes it read again and retry. Raises `ValueError` when `source` or
    `applied_by` is too long for its column.
    """
    _check_length("source", source, _SOURCE_MAX)
    if applied_by is not None:
        _check_length("applied_by", applied_by, _APPLIED_BY_MAX)
    digest = digest or hashlib.sha256(text.encode("utf-8")).hexdigest()
    for _ in range(_SAVE_ATTEMPTS):
        try:
            with write_transaction(engine, lock="config_snapshots") as connection:
                latest = _latest(connection)
                if latest is not None and latest.sha256 == digest:
                    return latest
                snapshot = Snapshot(
                    version=(latest.version if latest else 0) + 1, sha256=digest, text=text,
                    source=source, created=datetime.now(UTC), applied_by=applied_by,
                )
                connection.execute(insert(config_snapshots).values(
                    version=snapshot.version, created=snapshot.created, sha256=snapshot.sha256,
                    source=snapshot.source, text=snapshot.text, applied_by=snapshot.applied_by,
                ))
            return snapshot
        except IntegrityError:
            continue  # another process saved that version first; read again
    raise SnapshotError(f"could not save a configuration snapshot in {_SAVE_ATTEMPTS} attempts")


def superseded(engine: Engine, digest: str) -> bool:
    """True when the configuration with `digest` was served before and a newer version has
    replaced it since: a node started with an old copy of the file must not roll every node
    back to it."""
    c = config_snapshots.c
    with engine.connect() as connection:
        latest = _latest(connection)
        if latest is None or latest.sha256 == digest:
            return False
        found = connection.scalar(select(func.count()).where(c.sha256 == digest))
    return bool(found)


def latest_snapshot(engine: Engine) -> Snapshot | None:
    with engine.connect() as connection:
        return _latest(connection)


def latest_version(engine: Engine) -> int:
    """The highest saved version, 0 when nothing has been saved."""
    with engine.connect() as connection:
        version = connection.scalar(select(func.max(config_snapshots.c.version)))
    return int(version or 0)


def _latest(connection: Connection) -> Snapshot | None:
    c = config_snapshots.c
    row = connection.execute(
        select(c.version, c.sha256, c.text, c.source, c.created, c.applied_by)
        .order_by(c.version.desc()).limit(1)
    ).one_or_none()
    if row is None:
        return None
    created: datetime = row.created
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)  # SQLite hands back naive datetimes; stored as UTC
    return Snapshot(
        version=row.version, sha256=row.sha256, text=row.text, source=row.source,
        created=created, applied_by=row.applied_by,
    )


def _check_length(column: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise ValueError(f"{column} is longer than {limit} characters")
