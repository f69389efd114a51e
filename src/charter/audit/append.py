"""Appending to the chain: one durable transaction per batch, serialised in the store.

Every process (the supervisor's admin API, gateway workers, the CLI) and every node appends
to the same chain. An append locks the one row of `audit_head` — `BEGIN IMMEDIATE` on SQLite
(the database's write lock), `SELECT ... FOR UPDATE` on PostgreSQL — reads the last seq and
hash there, inserts the new records with the next seqs, each hashed over the one before, and
moves the head, all in one transaction. So the chain stays linear and gapless whoever writes.

Durability: on SQLite the transaction runs with `synchronous=FULL`, so the commit has reached
the disk before it returns; on PostgreSQL the commit does that. Within a process, concurrent
appenders share transactions (`GroupCommit`): whoever finds no commit in flight writes
everything queued so far, the others wait for it, so one fsync acknowledges many records.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from charter.audit.chain import GENESIS, event_hash
from charter.audit.models import audit_events, audit_head
from charter.store.engine import _BEGIN_OPTION

HEAD_ID = 1
_SQLITE_DEFAULT_SYNC = "NORMAL"  # what `make_engine` sets on every connection


def append_rows(engine: Engine, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Chain and insert `rows` (audit_events values without seq and hashes) in one durable
    transaction; returns their seqs. Raises if the store refuses, and then nothing is kept."""
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            with connection.begin():
                return _chain(connection, rows)
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous=FULL")
        try:
            connection.execution_options(**{_BEGIN_OPTION: "immediate"})
            with connection.begin():
                return _chain(connection, rows)
        finally:
            with contextlib.suppress(Exception):  # a broken connection is discarded anyway
                raw.execute(f"PRAGMA synchronous={_SQLITE_DEFAULT_SYNC}")


def _chain(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    head = connection.execute(
        select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == HEAD_ID)
        .with_for_update()).first()
    if head is None:
        # A store made from the metadata rather than the migrations: start the chain.
        connection.execute(insert(audit_head).values(id=HEAD_ID, seq=0, hash=GENESIS,
                                                     legacy_seq=0, base_seq=0,
                                                     base_hash=GENESIS))
        seq, prev = 0, GENESIS
    else:
        seq, prev = int(head.seq), str(head.hash)
    chained: list[dict[str, Any]] = []
    for row in rows:
        seq += 1
        values = {**row, "seq": seq, "prev_hash": prev}
        prev = values["hash"] = event_hash(values, prev)
        chained.append(values)
    connection.execute(insert(audit_events), chained)
    connection.execute(update(audit_head).where(audit_head.c.id == HEAD_ID)
                       .values(seq=seq, hash=prev))
    return [values["seq"] for values in chained]


class _Pending:
    __slots__ = ("done", "error", "row", "seq")

    def __init__(self, row: Mapping[str, Any]) -> None:
        self.row = row
        self.done = False
        self.seq = 0
        self.error: BaseException | None = None


class GroupCommit:
    """Concurrent `submit` calls share one `write(rows)` call (one transaction).

    No thread of its own: the first caller to find no write in flight becomes the writer for
    everything queued, the others wait on it and return with its outcome. Thread-safe.
    """

    def __init__(self, write: Callable[[list[Mapping[str, Any]]], list[int]]) -> None:
        self._write = write
        self._changed = threading.Condition()
        self._queue: list[_Pending] = []
        self._writing = False

    def submit(self, row: Mapping[str, Any]) -> int:
        """Write `row` (with whatever else is queued); its seq once durable. Raises what the
        write raised when the batch it was in failed."""
        pending = _Pending(row)
        batch: list[_Pending] = []
        with self._changed:
            self._queue.append(pending)
            while self._writing and not pending.done:
                self._changed.wait()
            if not pending.done:
                # Not yet written and nobody writing: write the whole queue, this one in it.
                self._writing = True
                batch, self._queue = self._queue, []
        if batch:
            self._write_batch(batch)
        if pending.error is not None:
            raise pending.error
        return pending.seq

    def _write_batch(self, batch: list[_Pending]) -> None:
        try:
            seqs = self._write([p.row for p in batch])
        except BaseException as exc:
            for p in batch:
                p.error = exc
        else:
            for p, seq in zip(batch, seqs, strict=True):
                p.seq = seq
        finally:
            with self._changed:
                for p in batch:
                    p.done = True
                self._writing = False
                self._changed.notify_all()
