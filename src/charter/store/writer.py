"""A bounded queue of rows for one table, written in batches off the event loop.

The gateway's hot path calls `put`, which only appends to a deque. A background coroutine
(`run`, started by the owner as an asyncio task) drains the queue in batches: one executemany
INSERT per batch, executed in a single worker thread the writer owns, so the event loop never
does database I/O.

Nothing here raises into the hot path or loses rows silently:
- a full queue drops the new row and counts it (`dropped`);
- a database error (unreachable, table missing) keeps the batch, backs off and retries; rows
  waiting for retry still count against `max_queue` (`failed_batches` counts the attempts);
- a row the database refuses (bad value, constraint) or that `transform` cannot convert is
  set aside on its own and counted (`rejected`), so one bad row cannot block the rest.
Logs never contain row content.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Table
from sqlalchemy.exc import DataError, DBAPIError, DisconnectionError, IntegrityError
from sqlalchemy.exc import TimeoutError as SATimeoutError

log = logging.getLogger(__name__)

Row = dict[str, Any]
Transform = Callable[[Row], Row]


@dataclass
class _Outcome:
    """What the worker thread did with one batch (counters are updated on the loop)."""

    written: int = 0
    rejected: int = 0
    retry: list[Row] = field(default_factory=list)  # rows to keep for the next attempt
    error: BaseException | None = None


class BatchingWriter:
    """Batches rows for `table` into INSERTs on `engine`.

    `put` must be called from the event loop's thread. `run` is started once by the owner;
    `close` stops it, writes what is left (within `timeout`) and releases the worker thread.
    """

    def __init__(
        self,
        engine: Engine,
        table: Table,
        *,
        max_queue: int = 10_000,
        batch_size: int = 500,
        interval: float = 0.2,
        transform: Transform | None = None,
        max_backoff: float = 30.0,
    ) -> None:
        if max_queue < 1 or batch_size < 1 or interval <= 0 or max_backoff <= 0:
            raise ValueError("max_queue, batch_size, interval and max_backoff must be positive")
        self._engine = engine
        self._table = table
        self._insert = table.insert()
        self._max_queue = max_queue
        self._batch_size = batch_size
        self._interval = interval
        self._transform = transform
        self._max_backoff = max_backoff
        self._queue: deque[Row] = deque()
        self._inflight = 0  # rows handed to the worker thread, still within the bound
        self._wake = asyncio.Event()  # a full batch is waiting, or the writer is closing
        self._stop = asyncio.Event()  # the writer is closing (cuts a backoff short)
        self._lock = asyncio.Lock()  # one drain at a time: keeps batches in order
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=f"charter-writer-{table.name}"
        )
        self._closing = False
        self._closed = False
        self._written = 0
        self._dropped = 0
        self._rejected = 0
        self._failed_batches = 0

    # -- hot path -------------------------------------------------------------------------

    def put(self, row: Row) -> bool:
        """Enqueue a row. Never blocks, never raises; False (and counted) when it is dropped."""
        try:
            if self._closing or len(self._queue) + self._inflight >= self._max_queue:
                self._dropped += 1
                return False
            self._queue.append(row)
            # Wake the drain once when a batch fills up, not on every row.
            if len(self._queue) >= self._batch_size and not self._wake.is_set():
                self._wake.set()
            return True
        except Exception:
            self._dropped += 1
            return False

    # -- counters ---------------------------------------------------------------------------

    @property
    def queued(self) -> int:
        """Rows waiting to be written, including a batch being written now."""
        return len(self._queue) + self._inflight

    @property
    def written(self) -> int:
        return self._written

    @property
    def dropped(self) -> int:
        """Rows lost: refused by a full queue, or still unwritten when `close` gave up."""
        return self._dropped

    @property
    def rejected(self) -> int:
        """Rows the database or the transform refused; they are not retried."""
        return self._rejected

    @property
    def failed_batches(self) -> int:
        """Write attempts that failed on a database error and were kept for retry."""
        return self._failed_batches

    def stats(self) -> dict[str, int]:
        return {
            "queued": self.queued, "written": self._written, "dropped": self._dropped,
            "rejected": self._rejected, "failed_batches": self._failed_batches,
        }

    # -- background -------------------------------------------------------------------------

    async def run(self) -> None:
        """Write batches until `close`: every `interval`, or as soon as a batch is full.

        After a failed write it waits (doubling from `interval` up to `max_backoff`) before
        trying again; rows keep queueing meanwhile, up to `max_queue`.
        """
        backoff = self._interval
        while not self._closing:
            await _wait(self._wake, self._interval)
            self._wake.clear()
            if self._closing:
                break
            async with self._lock:
                if self._closing:
                    break
                ok = await self._drain(len(self._queue))
            if ok:
                backoff = self._interval
            else:
                await _wait(self._stop, backoff)
                backoff = min(backoff * 2, self._max_backoff)

    async def flush(self) -> bool:
        """Write the rows queued now. True when they were written (or rejected), False when a
        database error kept some of them queued for a later attempt."""
        async with self._lock:
            return await self._drain(len(self._queue))

    async def close(self, timeout: float = 10.0) -> None:
        """Stop `run`, write everything still queued, and shut the worker thread down.

        Retries failed writes until `timeout` seconds have passed; rows still unwritten then
        are counted as dropped. Later calls to `put` drop their rows. Never raises on a
        database error.
        """
        if self._closed:
            return
        self._closing = True
        self._wake.set()
        self._stop.set()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            async with asyncio.timeout(timeout):
                async with self._lock:
                    backoff = self._interval
                    while not await self._drain(len(self._queue)):
                        await asyncio.sleep(min(backoff, max(0.0, deadline - loop.time())))
                        backoff = min(backoff * 2, self._max_backoff)
        except TimeoutError:
            self._dropped += len(self._queue)
            self._queue.clear()
            log.error("%s writer closed after %.1fs with rows unwritten; %d dropped in all",
                      self._table.name, timeout, self._dropped)
        finally:
            self._closed = True
            self._executor.shutdown(wait=False, cancel_futures=True)

    async def _drain(self, count: int) -> bool:
        """Write up to `count` queued rows in batches; False when a database error stopped it."""
        loop = asyncio.get_running_loop()
        while count > 0 and self._queue:
            size = min(count, self._batch_size, len(self._queue))
            batch = [self._queue.popleft() for _ in range(size)]
            count -= size
            self._inflight = size
            try:
                outcome = await loop.run_in_executor(self._executor, self._write, batch)
            except asyncio.CancelledError:
                # Abandoned mid-write (close timed out, or the task was cancelled): whether
                # the thread still writes the batch is unknown, so count it as lost.
                self._dropped += size
                raise
            finally:
                self._inflight = 0
            self._written += outcome.written
            self._rejected += outcome.rejected
            if outcome.rejected:
                log.warning("%s writer rejected %d rows", self._table.name, outcome.rejected)
            if outcome.error is not None:
                self._failed_batches += 1
                # Back to the front, in order; the bound already counted them while in flight.
                self._queue.extendleft(reversed(outcome.retry))
                log.warning("%s writer: %s; %d rows kept for retry",
                            self._table.name, _describe(outcome.error), len(outcome.retry))
                return False
        return True

    # -- worker thread ----------------------------------------------------------------------

    def _write(self, batch: list[Row]) -> _Outcome:
        outcome = _Outcome()
        prepared: list[tuple[Row, Row]] = []  # (as queued, as inserted)
        for row in batch:
            try:
                prepared.append((row, self._transform(row) if self._transform else row))
            except Exception:
                outcome.rejected += 1
        if not prepared:
            return outcome
        try:
            with self._engine.begin() as connection:
                connection.execute(self._insert, [values for _, values in prepared])
            outcome.written = len(prepared)
        except Exception as exc:
            if not _is_row_problem(exc):
                outcome.retry = [row for row, _ in prepared]
                outcome.error = exc
                return outcome
            self._write_one_by_one(prepared, outcome)
        return outcome

    def _write_one_by_one(self, prepared: list[tuple[Row, Row]], outcome: _Outcome) -> None:
        # Some row in the batch is unacceptable; find it by writing rows separately.
        for index, (_, values) in enumerate(prepared):
            try:
                with self._engine.begin() as connection:
                    connection.execute(self._insert, values)
                outcome.written += 1
            except Exception as exc:
                if _is_row_problem(exc):
                    outcome.rejected += 1
                    continue
                outcome.retry = [row for row, _ in prepared[index:]]
                outcome.error = exc
                return


def _is_row_problem(exc: Exception) -> bool:
    """True when the data is at fault (retrying cannot help), False for database trouble."""
    if isinstance(exc, DataError | IntegrityError):
        return True
    # Other driver errors (connection lost, table missing, locked) and pool trouble pass.
    if isinstance(exc, DBAPIError | SATimeoutError | DisconnectionError):
        return False
    # Anything else failed before reaching the database: a value a column type cannot bind,
    # a key that is not a column.
    return True


def _describe(error: BaseException) -> str:
    # The class and SQLSTATE say what went wrong; messages may quote values, so they stay out.
    orig = getattr(error, "orig", None)
    if orig is None:
        return type(error).__name__
    # psycopg gives a SQLSTATE, sqlite3 an error name such as SQLITE_BUSY.
    code = getattr(orig, "sqlstate", None) or getattr(orig, "sqlite_errorname", None)
    name = f"{type(error).__name__} ({type(orig).__name__}"
    return f"{name}, {code})" if code else f"{name})"


async def _wait(event: asyncio.Event, timeout: float) -> None:
    """Wait until `event` is set or `timeout` seconds pass, whichever is first."""
    if event.is_set():
        return
    try:
        async with asyncio.timeout(timeout):
            await event.wait()
    except TimeoutError:
        pass
