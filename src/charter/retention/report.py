"""The retention report: per table, its class and limit, the age of its oldest record, how
many rows are past the limit, how many of those a legal hold keeps, and whether the purge is
behind (a violation). Counts and ages only, never content.

A row crosses its limit at some moment and is purged at the next run, so rows past the limit
by less than `grace` (by default the scheduler's `retention_interval`) are normal; a row past
it by more, that no hold keeps, is a violation. A table whose class is not configured is a
violation as soon as it holds rows, since nothing purges it. Record types kept as files are
read through the stores handed in (`files`, as for `run_retention`); one without a store
(an SMTP outbox) keeps nothing and is reported `not_stored`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, func, select

from charter.config.models import CharterConfig
from charter.privacy.inventory import RecordType
from charter.retention.holds import Hold, bound_for, covering, held, list_holds
from charter.retention.purge import (
    FileStore,
    cutoff_for,
    expired,
    file_held,
    inventory_tables,
    needs_anonymising,
)


@dataclass(frozen=True)
class TableReport:
    table: str
    retention: str
    limit_seconds: float | None
    erasure: str
    action: str  # delete, anonymise, keep (erasure none or crypto_shred), not_aged
    oldest_age_seconds: float | None
    rows_past_limit: int
    rows_held: int  # of those past the limit, kept by a legal hold
    rows_overdue: int  # past the limit by more than the grace period and not held
    violation: bool
    holds: tuple[str, ...]  # ids of the active holds that may keep rows here

    def as_dict(self) -> dict[str, Any]:
        return {"table": self.table, "retention": self.retention,
                "limit_seconds": self.limit_seconds, "erasure": self.erasure,
                "action": self.action, "oldest_age_seconds": self.oldest_age_seconds,
                "rows_past_limit": self.rows_past_limit, "rows_held": self.rows_held,
                "rows_overdue": self.rows_overdue, "violation": self.violation,
                "holds": list(self.holds)}


@dataclass(frozen=True)
class RetentionReport:
    generated_at: datetime
    grace_seconds: float
    tables: tuple[TableReport, ...]
    holds: tuple[Hold, ...]

    @property
    def violations(self) -> list[str]:
        return [t.table for t in self.tables if t.violation]

    def as_dict(self) -> dict[str, Any]:
        return {"generated_at": self.generated_at.isoformat(),
                "grace_seconds": self.grace_seconds, "violations": self.violations,
                "tables": [t.as_dict() for t in self.tables],
                "holds": [h.as_dict() for h in self.holds]}


def build_report(
    engine: Engine, config: CharterConfig, now: datetime, *, grace: float | None = None,
    declarations: tuple[Iterable[RecordType], Mapping[str, Table]] | None = None,
    files: Mapping[str, FileStore] | None = None,
) -> RetentionReport:
    """Read the store and report on every table of the inventory (or of `declarations`),
    and on the record types kept as files through their `files` stores."""
    records, tables = declarations if declarations is not None else inventory_tables()
    grace_seconds = config.scheduler.retention_interval if grace is None else grace
    holds = list_holds(engine)
    reports = [_files(config, now, record, (files or {}).get(record.table), holds,
                      grace_seconds) if record.store == "files"
               else _table(engine, config, now, record, tables[record.table], holds,
                           grace_seconds)
               for record in records]
    return RetentionReport(generated_at=now, grace_seconds=grace_seconds,
                           tables=tuple(reports), holds=tuple(holds))


def _table(engine: Engine, config: CharterConfig, now: datetime, record: RecordType,
           table: Table, holds: list[Hold], grace: float) -> TableReport:
    limit = config.retention_classes.get(record.retention)
    hold_ids = tuple(h.id for h in covering(holds, record))
    if record.time_column is None:
        return TableReport(record.table, record.retention, limit, record.erasure, "not_aged",
                           None, 0, 0, 0, False, hold_ids)
    action = record.erasure if record.erasure in ("delete", "anonymise") else "keep"
    column = table.c[record.time_column]
    with engine.connect() as connection:
        oldest = connection.execute(select(func.min(column))).scalar()
        if limit is None:
            count = int(connection.execute(select(func.count()).select_from(table)).scalar_one())
            return TableReport(record.table, record.retention, None, record.erasure,
                               "unknown_class", _age(oldest, now), 0, 0, count, count > 0,
                               hold_ids)
        cutoff = cutoff_for(config, record, now)
        assert cutoff is not None
        past = column < bound_for(column, cutoff)
        if record.erasure == "anonymise":
            past = past & needs_anonymising(table, record)

        def count_where(condition: Any) -> int:
            return int(connection.execute(
                select(func.count()).select_from(table).where(condition)).scalar_one())

        past_limit = count_where(past)
        rows_held = count_where(past & held(table, record, holds)) if past_limit else 0
        overdue = 0
        if past_limit and action != "keep":
            overdue = count_where(expired(table, record, cutoff - timedelta(seconds=grace),
                                          holds) & past)
    return TableReport(record.table, record.retention, limit, record.erasure, action,
                       _age(oldest, now), past_limit, rows_held, overdue, overdue > 0,
                       hold_ids)


def _files(config: CharterConfig, now: datetime, record: RecordType, store: FileStore | None,
           holds: list[Hold], grace: float) -> TableReport:
    limit = config.retention_classes.get(record.retention)
    hold_ids = tuple(h.id for h in holds if h.active and h.table == record.table)
    if store is None:
        return TableReport(record.table, record.retention, limit, record.erasure, "not_stored",
                           None, 0, 0, 0, False, hold_ids)
    if record.time_column is None:
        return TableReport(record.table, record.retention, limit, record.erasure, "not_aged",
                           None, 0, 0, 0, False, hold_ids)
    action = record.erasure if record.erasure == "delete" else "keep"
    written = store.written()  # one listing of the directory; the counts below are from it
    age = _age(min(written, default=None), now)
    cutoff = cutoff_for(config, record, now)
    if cutoff is None:
        count = len(written)
        return TableReport(record.table, record.retention, None, record.erasure,
                           "unknown_class", age, 0, 0, count, count > 0, hold_ids)
    keep = file_held(record, holds)
    past = [created for created in written if created < cutoff]
    rows_held = sum(1 for created in past if keep(created))
    overdue = 0
    if past and action != "keep":
        late = cutoff - timedelta(seconds=grace)
        overdue = sum(1 for created in past if created < late and not keep(created))
    return TableReport(record.table, record.retention, limit, record.erasure, action, age,
                       len(past), rows_held, overdue, overdue > 0, hold_ids)


def _age(oldest: Any, now: datetime) -> float | None:
    if oldest is None:
        return None
    if isinstance(oldest, datetime):
        moment = oldest if oldest.tzinfo is not None else oldest.replace(tzinfo=UTC)
    elif isinstance(oldest, date):
        moment = datetime(oldest.year, oldest.month, oldest.day, tzinfo=UTC)
    else:  # a value the driver left as text
        moment = datetime.fromisoformat(str(oldest))
        moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return max(0.0, (now - moment).total_seconds())
