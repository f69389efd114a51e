"""Erasure (GDPR Art. 17): each table by the method its inventory entry declares.

- `delete`: the subject's rows are deleted;
- `anonymise`: the declared columns, and the subject column where it may be empty, are
  cleared, so the row no longer says whose it was;
- `crypto_shred`: rows stay; the subject's data keys are destroyed, so the fields sealed under
  them read `[erased]` everywhere, backups included (`subject_keys` itself is this kind);
- `none`: kept under legal obligation (the audit log, the erasure ledger, restriction flags);
  their sealed fields are shredded with the keys.

All deletes and updates run in one transaction. On SQLite they run with `secure_delete` on
and the write-ahead log is truncated afterwards, so the erased rows' bytes do not linger in
the file's free pages or in the log. PostgreSQL keeps dead row versions until its vacuum
runs (autovacuum, or `VACUUM` on the tables named in the summary).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Integer,
    Numeric,
    String,
    delete,
    func,
    select,
    update,
)

from charter.privacy.keyring import Keyring
from charter.rights.execute.subjects import Subject, SubjectTable, subject_tables
from charter.shredding.keys import SubjectKeys
from charter.store.engine import write_transaction

log = logging.getLogger("charter.rights")
_CHUNK = 500
VERBS = {"delete": "deleted", "anonymise": "anonymised", "crypto_shred": "shredded",
         "none": "kept"}


def erase_subject(engine: Engine, keyring: Keyring, subject: Subject,
                  reference: str) -> dict[str, int]:
    """Erase the subject from every table; returns `<table>.<verb>` counts (only tables that
    held rows about them) and `subject_keys.destroyed`."""
    counts: dict[str, int] = {}
    sqlite = engine.dialect.name == "sqlite"
    with write_transaction(engine, lock="rights-erase") as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            for found in subject_tables(subject):
                if not found.values:
                    continue
                rows = erase_table(connection, found)
                if rows:
                    counts[f"{found.table.name}.{VERBS[found.record.erasure]}"] = rows
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA secure_delete = OFF")
    # The keys go after the rows: a failure above leaves the subject readable and whole, and
    # the request can simply run again.
    keys = SubjectKeys(engine, keyring)
    counts["subject_keys.destroyed"] = sum(keys.erase(key, reference=reference)
                                           for key in subject.keys)
    if sqlite:
        truncate_wal(engine)
    return counts


def erase_table(connection: Connection, found: SubjectTable) -> int:
    """Apply the table's erasure method to the subject's rows; returns the rows concerned."""
    table, method = found.table, found.record.erasure
    column = table.c[found.column]
    total = 0
    for values in _chunks(found.values):
        where = column.in_(values)
        if method == "delete":
            total += int(connection.execute(delete(table).where(where)).rowcount or 0)
        elif method == "anonymise":
            cleared = {name: _neutral(table.c[name]) for name in found.record.anonymise_columns}
            if column.nullable:
                cleared[found.column] = None
            total += int(connection.execute(update(table).where(where).values(cleared))
                         .rowcount or 0)
        else:  # crypto_shred and none: the rows stay, their sealed fields go with the keys
            total += int(connection.execute(select(func.count()).select_from(table)
                                            .where(where)).scalar_one())
    return total


def truncate_wal(engine: Engine) -> None:
    """Checkpoint SQLite's write-ahead log into the database and truncate it. Best effort: a
    long reader elsewhere can keep old frames until the next checkpoint."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            cursor.close()
    finally:
        raw.close()
    if busy:
        log.warning("the write-ahead log could not be truncated after an erasure; its old"
                    " frames go at the next checkpoint")


def _neutral(column: Column[Any]) -> Any:
    """What an anonymised column holds: nothing where it may, else an empty value."""
    if column.nullable:
        return None
    if isinstance(column.type, String):
        return ""
    if isinstance(column.type, Boolean):
        return False
    if isinstance(column.type, Integer | Numeric):
        return 0
    raise ValueError(f"{column.table.name}.{column.name} cannot be anonymised: make it nullable")


def _chunks(values: tuple[str, ...]) -> Iterable[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield list(values[start:start + _CHUNK])
