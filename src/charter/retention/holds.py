"""Legal holds: create, list, release, and the rows a hold keeps from purging (clause USE-6).

A hold has one scope:

- a subject: the value of a table's subject column (a pseudonymous key `sk_...`; for tables
  keyed by client, a client id). It keeps that subject's rows in every table with a subject
  column;
- a table, with an optional time range (`start` inclusive, `end` exclusive) of its time
  column: it keeps those rows of that table.

Only active (not released) holds keep anything. Callers record every change in the audit log
(the CLI and the admin API do); this module only reads and writes the store.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Table,
    and_,
    false,
    insert,
    not_,
    or_,
    select,
    true,
    update,
)

from charter.privacy import inventory
from charter.retention.models import OWNER_MAX, REASON_MAX, SUBJECT_MAX, legal_holds


class HoldError(ValueError):
    """A hold that cannot be created or released; `code` is stable, the message is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Hold:
    id: str
    subject_key: str | None
    table: str | None
    start: datetime | None
    end: datetime | None
    reason: str
    owner: str
    created_by: str
    created_at: datetime
    released_by: str | None
    released_at: datetime | None

    @property
    def active(self) -> bool:
        return self.released_at is None

    @property
    def scope(self) -> str:
        """A one-line description of what the hold covers (ids and times only)."""
        if self.subject_key is not None:
            return f"subject {self.subject_key}"
        text = f"table {self.table}"
        if self.start is not None or self.end is not None:
            start = self.start.isoformat() if self.start else "..."
            end = self.end.isoformat() if self.end else "..."
            text += f" from {start} to {end}"
        return text

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "subject_key": self.subject_key, "table": self.table,
            "start": _iso(self.start), "end": _iso(self.end), "reason": self.reason,
            "owner": self.owner, "created_by": self.created_by,
            "created_at": _iso(self.created_at), "released_by": self.released_by,
            "released_at": _iso(self.released_at), "active": self.active,
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    # SQLite hands back naive datetimes; they were written in UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _hold(row: Any) -> Hold:
    created = _aware(row["created_at"])
    assert created is not None
    return Hold(
        id=row["id"], subject_key=row["subject_key"], table=row["table_name"],
        start=_aware(row["range_start"]), end=_aware(row["range_end"]), reason=row["reason"],
        owner=row["owner"], created_by=row["created_by"], created_at=created,
        released_by=row["released_by"], released_at=_aware(row["released_at"]))


def new_hold_id() -> str:
    return "hold_" + secrets.token_hex(12)


def create_hold(
    engine: Engine, *, reason: str, owner: str, created_by: str, now: datetime,
    subject_key: str | None = None, table: str | None = None,
    start: datetime | None = None, end: datetime | None = None,
) -> Hold:
    """Record a new active hold. Raises `HoldError` for a scope that is not exactly one of
    a subject or a table, an unknown table or one retention never ages, a naive or empty
    time range, or a missing reason or owner."""
    reason, owner = reason.strip(), owner.strip()
    if not reason or len(reason) > REASON_MAX:
        raise HoldError("invalid_reason", f"a hold needs a reason of 1 to {REASON_MAX} "
                        "characters (a case reference, not personal details)")
    if not owner or len(owner) > OWNER_MAX:
        raise HoldError("invalid_owner", f"a hold needs an owner of 1 to {OWNER_MAX} characters")
    if (subject_key is None) == (table is None):
        raise HoldError("invalid_scope", "a hold covers either a subject or a table")
    if subject_key is not None:
        subject_key = subject_key.strip()
        if not subject_key or len(subject_key) > SUBJECT_MAX:
            raise HoldError("invalid_scope", f"a subject key has 1 to {SUBJECT_MAX} characters")
        if start is not None or end is not None:
            raise HoldError("invalid_scope", "a time range goes with a table, not a subject")
    if table is not None:
        known = {record.table: record for record in inventory.records()}
        record = known.get(table)
        if record is None:
            raise HoldError("unknown_table", f"no table {table!r} in the privacy inventory")
        if record.time_column is None and (start is not None or end is not None):
            raise HoldError("invalid_scope", f"{table} has no time column; hold it whole")
    for value in (start, end):
        if value is not None and value.tzinfo is None:
            raise HoldError("invalid_scope", "times need a time zone")
    if start is not None and end is not None and start >= end:
        raise HoldError("invalid_scope", "the range must end after it starts")
    hold = Hold(id=new_hold_id(), subject_key=subject_key, table=table,
                start=_aware(start), end=_aware(end), reason=reason, owner=owner,
                created_by=created_by, created_at=now.astimezone(UTC), released_by=None,
                released_at=None)
    with engine.begin() as connection:
        connection.execute(insert(legal_holds).values(
            id=hold.id, subject_key=hold.subject_key, table_name=hold.table,
            range_start=hold.start, range_end=hold.end, reason=hold.reason, owner=hold.owner,
            created_by=hold.created_by, created_at=hold.created_at))
    return hold


def list_holds(engine: Engine, *, include_released: bool = False) -> list[Hold]:
    """Holds, oldest first; only the active ones unless `include_released`."""
    statement = select(legal_holds).order_by(legal_holds.c.created_at, legal_holds.c.id)
    if not include_released:
        statement = statement.where(legal_holds.c.released_at.is_(None))
    with engine.connect() as connection:
        return [_hold(row) for row in connection.execute(statement).mappings()]


def get_hold(engine: Engine, hold_id: str) -> Hold | None:
    with engine.connect() as connection:
        row = connection.execute(
            select(legal_holds).where(legal_holds.c.id == hold_id)).mappings().first()
    return _hold(row) if row is not None else None


def release_hold(engine: Engine, hold_id: str, *, released_by: str, now: datetime) -> Hold:
    """Release an active hold. Raises `HoldError` (`not_found`, `already_released`)."""
    with engine.begin() as connection:
        changed = connection.execute(
            update(legal_holds)
            .where(legal_holds.c.id == hold_id, legal_holds.c.released_at.is_(None))
            .values(released_at=now.astimezone(UTC), released_by=released_by)).rowcount
    hold = get_hold(engine, hold_id)
    if hold is None:
        raise HoldError("not_found", f"there is no hold {hold_id}")
    if changed != 1:
        raise HoldError("already_released", f"hold {hold_id} was already released")
    return hold


# -- what holds keep ------------------------------------------------------------------------

def not_held(table: Table, record: inventory.RecordType,
             holds: Sequence[Hold]) -> ColumnElement[bool]:
    """A condition true for the rows of `table` that none of the active `holds` keeps.

    Written so that it is never NULL: a row whose subject or time value is NULL is not kept
    by a subject or range hold (there is nothing for the hold to match).
    """
    free: list[ColumnElement[bool]] = []
    subjects = sorted({h.subject_key for h in holds if h.active and h.subject_key is not None})
    if subjects and record.subject_column is not None:
        column = table.c[record.subject_column]
        free.append(or_(column.is_(None), column.not_in(subjects)))
    for hold in holds:
        if not hold.active or hold.table != record.table:
            continue
        if record.time_column is None or (hold.start is None and hold.end is None):
            return false()  # the whole table is held
        column = table.c[record.time_column]
        outside: list[ColumnElement[bool]] = [column.is_(None)]
        if hold.start is not None:
            outside.append(column < bound_for(column, hold.start))
        if hold.end is not None:
            outside.append(column >= bound_for(column, hold.end))
        free.append(or_(*outside))
    return and_(true(), *free)


def held(table: Table, record: inventory.RecordType,
         holds: Sequence[Hold]) -> ColumnElement[bool]:
    """The rows of `table` that some active hold keeps (the complement of `not_held`)."""
    return not_(not_held(table, record, holds))


def bound_for(column: Any, value: datetime) -> datetime | date:
    """A bound for `column`: dates compare with the date of `value`."""
    python_type: type | None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = None
    if python_type is date:
        return value.astimezone(UTC).date()
    return value


def covering(holds: Iterable[Hold], record: inventory.RecordType) -> list[Hold]:
    """The active holds that may keep rows of `record`'s table."""
    return [h for h in holds if h.active and (
        h.table == record.table
        or (h.subject_key is not None and record.subject_column is not None))]
