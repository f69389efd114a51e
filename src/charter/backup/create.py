"""Take a backup: a consistent snapshot of the store, encrypted into the backup directory."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from charter.audit.log import AuditEvent, AuditLog
from charter.backup import postgres, sqlite
from charter.backup.archive import CHUNK_SIZE, BackupError, Header, new_data_key, write_archive
from charter.backup.catalog import (
    BackupInfo,
    atomic_file,
    file_name,
    info_from_header,
    retention,
    write_metadata,
)
from charter.backup.contents import EXCLUDED_TABLES, compress, read_pieces
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.store.engine import dialect_name, make_engine
from charter.store.migrate import current_revision, head_revision

ACTION = "backup.create"


class _HashingWriter:
    """Counts and hashes what passes through to `out`."""

    def __init__(self, out: object) -> None:
        self._out = out
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> object:
        self.digest.update(data)
        self.size += len(data)
        return self._out.write(data)  # type: ignore[attr-defined]


def create_backup(store_url: str, directory: Path, keyring: Keyring, config: CharterConfig,
                  now: datetime, *, actor: str = "cli",
                  chunk_size: int = CHUNK_SIZE) -> BackupInfo:
    """Back up the store at `store_url` into `directory` and return what was written.

    The backup is encrypted under the keyring's active key, expires `retention_classes.backup`
    after `now` and leaves out the rows of `contents.EXCLUDED_TABLES`. The file appears whole
    or not at all. The run is recorded in the store's own audit log as `backup.create` (ids
    and counts only), whether it succeeds or fails; `BackupError` says why it failed.
    """
    created = now.astimezone(UTC).replace(microsecond=0)
    backup_id = secrets.token_hex(6)
    try:
        info = _create(store_url, directory, keyring, created, backup_id, config, chunk_size)
    except Exception as exc:
        # Best effort: when the store itself is what failed, its error is the one to report.
        with suppress(Exception):
            _record(store_url, AuditEvent(
                actor=actor, action=ACTION, outcome="failure", target=f"backup={backup_id}",
                reason=type(exc).__name__))
        raise
    _record(store_url, AuditEvent(
        actor=actor, action=ACTION, outcome="success", target=f"backup={backup_id}",
        details={"backup_id": backup_id, "store": info.store, "revision": info.revision,
                 "size": info.size, "tables_without_rows": len(EXCLUDED_TABLES)}))
    return info


def _create(store_url: str, directory: Path, keyring: Keyring, created: datetime,
            backup_id: str, config: CharterConfig, chunk_size: int) -> BackupInfo:
    kind = dialect_name(store_url)
    _check_schema(store_url)
    key, kid, key_nonce, wrapped = new_data_key(keyring, backup_id)
    path = directory / file_name(created, backup_id)
    # The snapshot closes inside the file's block: if it fails at the end (pg_dump exiting
    # with an error after a partial dump), the file is never renamed into place.
    with atomic_file(path) as out, _snapshot(kind, store_url) as (pieces, compression, revision):
        header = Header(
            id=backup_id, created=created.isoformat(),
            expires=(created + retention(config)).isoformat(), store=kind, revision=revision,
            kid=kid, chunk_size=chunk_size, compression=compression, excluded=EXCLUDED_TABLES,
            key_nonce=key_nonce, wrapped_key=wrapped,
        )
        hashing = _HashingWriter(out)
        write_archive(hashing, header, key, pieces)
    info = info_from_header(path, header, size=hashing.size,
                            sha256=hashing.digest.hexdigest(), complete=True)
    write_metadata(info)
    return info


@contextmanager
def _snapshot(kind: str, store_url: str) -> Iterator[tuple[Iterator[bytes], str, str | None]]:
    """(the snapshot's bytes, their compression, the schema revision they are at)."""
    if kind == "sqlite":
        with sqlite.snapshot(store_url) as (copy, revision), copy.open("rb") as source:
            yield compress(read_pieces(source)), "zlib", revision
        return
    before = current_revision(store_url)
    with postgres.dump(store_url) as stream:
        yield read_pieces(stream), "none", before  # the custom format is compressed already
    if current_revision(store_url) != before:
        raise BackupError("the store was migrated while the backup was taken; take it again")


def _check_schema(store_url: str) -> None:
    """Refuse a store this version has not migrated: its audit log could not record the
    backup. (Back a store up with the version that runs it, before upgrading.)"""
    if _store_missing(store_url):
        raise BackupError("there is no store to back up at the configured location")
    revision, head = current_revision(store_url), head_revision()
    if revision != head:
        raise BackupError(f"the store is at schema revision {revision or 'none'}, this version"
                          f" of Charter at {head}: back it up with the version that runs it,"
                          " or migrate it first (charter migrate)")


def _store_missing(store_url: str) -> bool:
    """A SQLite file that does not exist (opening it would create an empty store)."""
    return dialect_name(store_url) == "sqlite" and not sqlite.database_path(store_url).is_file()


def _record(store_url: str, event: AuditEvent) -> None:
    if _store_missing(store_url):
        return  # nowhere to record it, and opening the file would create a store
    engine = make_engine(store_url)
    try:
        AuditLog(engine).record_sync(event)
    finally:
        engine.dispose()
