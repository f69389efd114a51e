"""Restore a backup into a new, empty store, and make it forget who was erased since.

The procedure, in order:

1. the backup is verified in full (every chunk authenticated) before the target is touched,
   and the target is checked to be empty and of the backup's kind;
2. the snapshot is decrypted straight into the target (SQLite: the file appears only once
   whole; PostgreSQL: `pg_restore` in one transaction, killed uncommitted on any error);
3. the schema is migrated to this version's head if the backup is older;
4. the erasure ledger of the current store (`ledger_from`) is copied into the restored one,
   and the subject key of everyone in the ledger is destroyed again: a person erased after
   the backup was taken stays erased, and every field sealed for them reads `[erased]`.

Without step 4's copy, only erasures already in the backup are re-applied; the caller must
ask for that explicitly (`ledger_from=None`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, insert, select

from charter.audit.log import AuditEvent, AuditLog
from charter.backup import postgres, sqlite
from charter.backup.archive import BackupError, read_chunks, read_header, unwrap_data_key
from charter.backup.contents import plaintext
from charter.backup.verify import verify_backup
from charter.privacy.keyring import Keyring
from charter.shredding.keys import SubjectKeys
from charter.shredding.models import erasures
from charter.store.engine import dialect_name, make_engine, resolve_url
from charter.store.migrate import MIGRATIONS_DIR, upgrade

ACTION = "backup.restore"
_BATCH = 1000


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: ids and counts."""

    id: str
    store: str
    revision_from: str | None  # the backup's
    revision_to: str  # after migrating
    ledger_rows_copied: int  # erasure-ledger rows the restored store did not have
    keys_destroyed: int  # subject keys the restore brought back and the ledger destroyed again
    ledger: bool  # whether a current ledger was applied
    rows_erased: int = 0  # rows about erased subjects the restore brought back, erased again


def restore_backup(path: Path, target_url: str, keyring: Keyring, *,
                   ledger_from: str | None, actor: str = "cli") -> RestoreReport:
    """Restore the backup at `path` into the empty store at `target_url`; see the module
    docstring. `ledger_from` is the current store whose erasure ledger is re-applied (it must
    not be the target). Raises `BackupError` (or a subclass) with the reason."""
    with path.open("rb") as source:
        header, _ = read_header(source)
    kind = dialect_name(target_url)
    if kind != header.store:
        raise BackupError(f"this is a {header.store} backup; it restores only into a"
                          f" {header.store} store")
    if header.revision is not None and not _known_revision(header.revision):
        raise BackupError(f"the backup is at schema revision {header.revision!r}, which this"
                          " version of Charter does not know: restore it with a newer version")
    if ledger_from is not None:
        if same_store(ledger_from, target_url):
            raise BackupError("the erasure ledger must come from the current store, not from"
                              " the restore target: name the current store, or restore"
                              " without its ledger")
        _read_ledger(ledger_from)  # reachable and migrated, before anything is written
    store = sqlite if kind == "sqlite" else postgres
    if not store.is_empty(target_url):
        raise BackupError("the target store is not empty: restore only into a new, empty store")

    verify_backup(path, keyring)
    with path.open("rb") as source:
        header, digest = read_header(source)
        key = unwrap_data_key(keyring, header)
        store.restore(target_url, plaintext(read_chunks(source, header, digest, key),
                                            header.compression))
    revision = upgrade(target_url)

    engine = make_engine(target_url)
    try:
        copied = _copy_ledger(_read_ledger(ledger_from), engine) if ledger_from else 0
        destroyed = SubjectKeys(engine, keyring).reapply_erasures()
        erased = _erase_again(engine, keyring)
        report = RestoreReport(id=header.id, store=kind, revision_from=header.revision,
                               revision_to=revision, ledger_rows_copied=copied,
                               keys_destroyed=destroyed, ledger=ledger_from is not None,
                               rows_erased=erased)
        AuditLog(engine).record_sync(event(report, actor))
    finally:
        engine.dispose()
    return report


def _erase_again(engine: Engine, keyring: Keyring) -> int:
    """Rows the backup still held about people erased since (by their pseudonymous keys: the
    ledger holds nothing else) are deleted or anonymised again, table by table, as the
    erasure did."""
    from charter.rights.execute.erase import erase_subject
    from charter.rights.execute.subjects import Subject

    with engine.connect() as connection:
        keys = [row[0] for row in connection.execute(select(erasures.c.subject_key))]
    if not keys:
        return 0
    counts = erase_subject(engine, keyring, Subject.of(keys, []), reference="restore")
    return sum(count for name, count in counts.items()
               if name.endswith((".deleted", ".anonymised")))


def event(report: RestoreReport, actor: str) -> AuditEvent:
    """The audit event of a restore (recorded in the restored store, and by the CLI in the
    current one)."""
    return AuditEvent(
        actor=actor, action=ACTION, outcome="success", target=f"backup={report.id}",
        details={"backup_id": report.id, "store": report.store,
                 "revision_from": report.revision_from, "revision_to": report.revision_to,
                 "ledger_applied": report.ledger, "ledger_rows_copied": report.ledger_rows_copied,
                 "keys_destroyed": report.keys_destroyed, "rows_erased": report.rows_erased})


def same_store(first: str, second: str) -> bool:
    """Whether two store URLs name the same database (password aside)."""
    a, b = resolve_url(first), resolve_url(second)
    if a.get_backend_name() == "sqlite" and b.get_backend_name() == "sqlite":
        return sqlite.database_path(first).resolve() == sqlite.database_path(second).resolve()
    return a.set(password=None, query={}) == b.set(password=None, query={})


def _read_ledger(url: str) -> list[dict[str, Any]]:
    if dialect_name(url) == "sqlite" and not sqlite.database_path(url).is_file():
        raise BackupError(f"there is no current store at {sqlite.database_path(url)} to take"
                          " the erasure ledger from")
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(erasures)).mappings().all()
    finally:
        engine.dispose()
    return [dict(row) for row in rows]


def _copy_ledger(rows: list[dict[str, Any]], engine: Engine) -> int:
    with engine.begin() as connection:
        known: set[str] = set(connection.execute(select(erasures.c.subject_key)).scalars())
        missing = [row for row in rows if row["subject_key"] not in known]
        for start in range(0, len(missing), _BATCH):
            connection.execute(insert(erasures), missing[start:start + _BATCH])
    return len(missing)


def _known_revision(revision: str) -> bool:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False
