"""The retention engine: purge every table of the privacy inventory by its retention class
(clauses RET-1, RET-2, RET-3, RET-5).

For each declared table with a time column, rows older than their class's period are erased
the way the table declares: `delete` removes them, `anonymise` clears the declared columns
(NULL, or a placeholder where the column may not be NULL). Tables whose erasure is `none`
(kept under legal obligation, or holding nothing personal) and `crypto_shred` tables (erased
by destroying keys, not by age) are left alone and reported as kept. Rows an active legal
hold covers are skipped (`charter.retention.holds`).

Record types kept as files (`store: files` in the inventory, the rights outbox) are purged
through the `FileStore` the caller hands in for them: files written before the cutoff are
deleted, except those a hold on that record type keeps (subject holds do not reach them: the
files name people by address, not by key). Without a store for them (an SMTP outbox keeps
nothing) they are reported as kept, `not_stored`.

Work is done in batches of `batch_size` rows, each its own short transaction, so that the
gateway's access-log writers wait at most one batch for the store (on SQLite there is one
writer at a time). A run reports counts per table, never content; `audit_details` turns that
into the details of the one audit event a run records.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Protocol

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    Table,
    delete,
    func,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.sqltypes import Integer, Numeric, String

from charter.audit.log import AuditEvent, AuditLog, DetailValue, Outcome
from charter.config.models import CharterConfig
from charter.privacy import inventory
from charter.privacy.inventory import RecordType
from charter.retention.holds import Hold, bound_for, list_holds, not_held
from charter.store.engine import write_transaction

log = logging.getLogger("charter.retention")

BATCH_SIZE = 1000
PLACEHOLDER = "[anonymised]"
PURGE_ACTION = "retention.purge"
DRY_RUN_ACTION = "retention.dry_run"

Status = Literal["purged", "would_purge", "kept", "not_aged", "unknown_class", "failed"]


class FileStore(Protocol):
    """The directory a record type of `store: files` is kept in
    (`charter.rights.outbox.FileOutbox`)."""

    def purge(self, cutoff: datetime, *, dry_run: bool = False,
              keep: Callable[[datetime], bool] = ...) -> int:
        """Delete (or, with `dry_run`, count) the files written before `cutoff` that `keep`
        does not keep (it is given when each was written); returns how many."""
        ...

    def written(self) -> list[datetime]:
        """When each file kept there was written."""
        ...


@dataclass(frozen=True)
class TableOutcome:
    """What a run did to one table: counts and codes only."""

    table: str
    retention: str
    limit_seconds: float | None
    erasure: str
    status: Status
    rows: int = 0  # deleted or anonymised (would be, in a dry run)
    batches: int = 0
    seconds: float = 0.0
    note: str | None = None  # why a table was kept or failed: a code, never a message

    def as_dict(self) -> dict[str, Any]:
        return {"table": self.table, "retention": self.retention,
                "limit_seconds": self.limit_seconds, "erasure": self.erasure,
                "status": self.status, "rows": self.rows, "batches": self.batches,
                "seconds": round(self.seconds, 3), "note": self.note}


@dataclass(frozen=True)
class RetentionRun:
    started_at: datetime
    finished_at: datetime
    dry_run: bool
    tables: tuple[TableOutcome, ...]
    interrupted: bool = False
    holds: int = 0  # active holds during the run

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def failed(self) -> list[str]:
        return [t.table for t in self.tables if t.status == "failed"]

    def as_dict(self) -> dict[str, Any]:
        return {"started_at": self.started_at.isoformat(),
                "finished_at": self.finished_at.isoformat(), "dry_run": self.dry_run,
                "interrupted": self.interrupted, "rows": self.rows, "holds": self.holds,
                "tables": [t.as_dict() for t in self.tables]}

    def audit_details(self) -> dict[str, DetailValue]:
        """Counts per table that was purged (or would be), plus totals; never content."""
        details: dict[str, DetailValue] = {
            "rows": self.rows, "holds": self.holds, "interrupted": self.interrupted,
            "seconds": round((self.finished_at - self.started_at).total_seconds(), 3)}
        for outcome in self.tables:
            if outcome.status in ("purged", "would_purge"):
                details[f"{outcome.table}"] = outcome.rows
        if self.failed:
            details["failed"] = ",".join(self.failed)
        return details


def record_run(audit: AuditLog, run: RetentionRun, actor: str) -> None:
    """The run's one audit event: `retention.purge` (or `retention.dry_run`)."""
    outcome: Outcome = "failure" if run.failed else "success"
    audit.record_sync(AuditEvent(
        actor=actor, action=DRY_RUN_ACTION if run.dry_run else PURGE_ACTION,
        outcome=outcome, reason="table_failed" if run.failed else None,
        details=run.audit_details()))


def inventory_tables() -> tuple[list[RecordType], Mapping[str, Table]]:
    """The registered declarations and their tables."""
    from charter.store.models import metadata

    return list(inventory.records()), metadata.tables


def cutoff_for(config: CharterConfig, record: RecordType, now: datetime) -> datetime | None:
    period = config.retention_classes.get(record.retention)
    return None if period is None else now.astimezone(UTC) - timedelta(seconds=period)


def run_retention(
    engine: Engine,
    config: CharterConfig,
    now: datetime,
    *,
    dry_run: bool = False,
    only: Iterable[str] | None = None,
    batch_size: int = BATCH_SIZE,
    pause: float = 0.0,
    keep_going: Callable[[], bool] | None = None,
    declarations: tuple[Iterable[RecordType], Mapping[str, Table]] | None = None,
    files: Mapping[str, FileStore] | None = None,
) -> RetentionRun:
    """Purge (or, with `dry_run`, count) every table's rows past its retention class.

    `only` limits the run to these tables (a `ValueError` names any not in the inventory).
    `pause` seconds are slept between batches. `keep_going` is asked before every batch; when
    it answers False (the scheduler lost its lease, or is stopping) the run ends early and
    says so. `declarations` replaces the inventory (tests). `files` are the stores of the
    record types kept as files, by name.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    records, tables = declarations if declarations is not None else inventory_tables()
    chosen = list(records)
    if only is not None:
        wanted = set(only)
        unknown = sorted(wanted - {r.table for r in chosen})
        if unknown:
            raise ValueError(f"not in the privacy inventory: {', '.join(unknown)}")
        chosen = [r for r in chosen if r.table in wanted]
    started = datetime.now(UTC)
    holds = list_holds(engine)
    proceed = keep_going or (lambda: True)
    outcomes: list[TableOutcome] = []
    interrupted = False
    for record in chosen:
        if interrupted or not proceed():
            interrupted = True
            break
        if record.store == "files":
            outcome = _files(config, now, record, (files or {}).get(record.table), holds,
                             dry_run)
        else:
            outcome, interrupted = _table(engine, config, now, record, tables[record.table],
                                          holds, dry_run, batch_size, pause, proceed)
        outcomes.append(outcome)
    return RetentionRun(started_at=started, finished_at=datetime.now(UTC), dry_run=dry_run,
                        tables=tuple(outcomes), interrupted=interrupted, holds=len(holds))


def _table(engine: Engine, config: CharterConfig, now: datetime, record: RecordType,
           table: Table, holds: list[Hold], dry_run: bool, batch_size: int, pause: float,
           proceed: Callable[[], bool]) -> tuple[TableOutcome, bool]:
    period = config.retention_classes.get(record.retention)

    def outcome(status: Status, **counts: Any) -> TableOutcome:
        return TableOutcome(record.table, record.retention, period, record.erasure, status,
                            **counts)

    if record.time_column is None:
        return outcome("not_aged"), False
    if record.erasure in ("none", "crypto_shred"):
        return outcome("kept", note=f"erasure_{record.erasure}"), False
    cutoff = cutoff_for(config, record, now)
    if cutoff is None:
        log.warning("a table's retention class is not configured; it is not purged",
                    extra={"table": record.table, "retention": record.retention})
        return outcome("unknown_class"), False
    condition = expired(table, record, cutoff, holds)
    if record.erasure == "anonymise":
        condition = condition & needs_anonymising(table, record)
    clock = time.monotonic()
    rows = batches = 0
    interrupted = False
    try:
        if dry_run:
            with engine.connect() as connection:
                rows = int(connection.execute(
                    select(func.count()).select_from(table).where(condition)).scalar_one())
        else:
            while True:
                if not proceed():
                    interrupted = True
                    break
                done = _batch(engine, table, record, condition, batch_size)
                rows += done
                batches += 1
                if done < batch_size:
                    break
                if pause > 0:
                    time.sleep(pause)
    except SQLAlchemyError as exc:
        # The message may quote values; the class name is enough to start looking.
        log.error("purging a table failed", extra={"table": record.table,
                                                   "error": type(exc).__name__})
        return outcome("failed", rows=rows, batches=batches,
                            seconds=time.monotonic() - clock, note=type(exc).__name__), False
    status: Status = "would_purge" if dry_run else "purged"
    return outcome(status, rows=rows, batches=batches,
                        seconds=time.monotonic() - clock), interrupted


def _files(config: CharterConfig, now: datetime, record: RecordType, store: FileStore | None,
           holds: list[Hold], dry_run: bool) -> TableOutcome:
    period = config.retention_classes.get(record.retention)

    def outcome(status: Status, **counts: Any) -> TableOutcome:
        return TableOutcome(record.table, record.retention, period, record.erasure, status,
                            **counts)

    if store is None:
        return outcome("kept", note="not_stored")
    if record.time_column is None:
        return outcome("not_aged")
    if record.erasure in ("none", "crypto_shred"):
        return outcome("kept", note=f"erasure_{record.erasure}")
    cutoff = cutoff_for(config, record, now)
    if cutoff is None:
        log.warning("a record type's retention class is not configured; it is not purged",
                    extra={"table": record.table, "retention": record.retention})
        return outcome("unknown_class")
    clock = time.monotonic()
    try:
        files = store.purge(cutoff, dry_run=dry_run, keep=file_held(record, holds))
    except OSError as exc:
        log.error("purging files failed", extra={"table": record.table,
                                                 "error": type(exc).__name__})
        return outcome("failed", seconds=time.monotonic() - clock, note=type(exc).__name__)
    return outcome("would_purge" if dry_run else "purged", rows=files, batches=1,
                   seconds=time.monotonic() - clock)


def file_held(record: RecordType, holds: Iterable[Hold]) -> Callable[[datetime], bool]:
    """Whether an active hold on `record`'s name keeps a file written at a given time."""
    ranges = [(hold.start, hold.end) for hold in holds
              if hold.active and hold.table == record.table]

    def keep(created: datetime) -> bool:
        return any((start is None or created >= start) and (end is None or created < end)
                   for start, end in ranges)

    return keep


def expired(table: Table, record: RecordType, cutoff: datetime,
            holds: list[Hold]) -> ColumnElement[bool]:
    """Rows of `table` older than `cutoff` that no active hold keeps."""
    assert record.time_column is not None
    column = table.c[record.time_column]
    return (column < bound_for(column, cutoff)) & not_held(table, record, holds)


def _key(table: Table) -> list[Any]:
    columns = list(table.primary_key.columns)
    if not columns:
        raise ValueError(f"{table.name} has no primary key; it cannot be purged in batches")
    return columns


def _batch(engine: Engine, table: Table, record: RecordType, condition: ColumnElement[bool],
           batch_size: int) -> int:
    key = _key(table)
    chosen: Select[Any] = select(*key).where(condition).limit(batch_size)
    match = key[0].in_(chosen) if len(key) == 1 else tuple_(*key).in_(chosen)
    statement: Any
    if record.erasure == "delete":
        statement = delete(table).where(match)
    else:
        statement = update(table).where(match).values(_anonymised_values(table, record))
    with write_transaction(engine) as connection:
        return int(connection.execute(statement).rowcount)


def _placeholder(table: Table, name: str) -> Any:
    """What a column becomes when anonymised: NULL, or a fixed placeholder when it may not be
    NULL (a marker for text, 0 for numbers)."""
    column = table.c[name]
    if column.nullable:
        return None
    if isinstance(column.type, String):
        length = column.type.length
        return PLACEHOLDER[:length] if length else PLACEHOLDER
    if isinstance(column.type, Integer | Numeric):
        return 0
    raise ValueError(f"{table.name}.{name} may not be NULL and has no placeholder")


def _anonymised_values(table: Table, record: RecordType) -> dict[str, Any]:
    return {name: _placeholder(table, name) for name in record.anonymise_columns}


def needs_anonymising(table: Table, record: RecordType) -> ColumnElement[bool]:
    """Rows not yet anonymised, so that every batch makes progress."""
    parts: list[ColumnElement[bool]] = []
    for name in record.anonymise_columns:
        value = _placeholder(table, name)
        column = table.c[name]
        parts.append(column.is_not(None) if value is None
                     else or_(column.is_(None), column != value))
    return or_(*parts)


__all__ = ["BATCH_SIZE", "DRY_RUN_ACTION", "PURGE_ACTION", "FileStore", "RetentionRun",
           "TableOutcome", "cutoff_for", "expired", "file_held", "record_run", "run_retention"]
