from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from charter.accesslog.models import access_log, ts_to_datetime
from charter.store import migrate
from charter.store.engine import make_engine
from charter.store.writer import BatchingWriter

T0 = 1_700_000_000.123456


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    migrate.upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


def _row(i: int, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "ts": T0 + i, "request_id": f"req-{i:05d}", "route_id": "orders", "method": "GET",
        "path": "/orders?id=[redacted]", "status": 200, "latency_ms": 1.5, "bytes_in": 0,
        "bytes_out": 512, "client_id": "client-1", "subject_key": "k" * 40,
        "client_ip": "203.0.113.0", "user_agent": "test/1.0", "error": None,
    }
    row.update(changes)
    return row


def _writer(engine: Engine, **options: Any) -> BatchingWriter:
    options.setdefault("transform", ts_to_datetime)
    return BatchingWriter(engine, access_log, **options)


def _stored(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(
            select(access_log.c.request_id).order_by(access_log.c.id)
        ))


async def _until(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Poll instead of sleeping a fixed time; the deadline only guards against hanging."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        assert loop.time() < deadline, "condition not reached before the deadline"
        await asyncio.sleep(0.01)


def test_rows_land_in_the_table(engine: Engine) -> None:
    async def scenario() -> BatchingWriter:
        writer = _writer(engine, batch_size=100, interval=0.05)
        task = asyncio.create_task(writer.run())
        for i in range(250):
            assert writer.put(_row(i))
        await _until(lambda: writer.written == 250)
        await writer.close(timeout=30)
        await task
        return writer

    writer = asyncio.run(scenario())
    assert writer.stats() == {
        "queued": 0, "written": 250, "dropped": 0, "rejected": 0, "failed_batches": 0,
    }
    assert _stored(engine) == [f"req-{i:05d}" for i in range(250)]
    with engine.connect() as connection:
        first = connection.execute(select(access_log).order_by(access_log.c.id)).first()
    assert first is not None
    stored_ts = first.ts if first.ts.tzinfo else first.ts.replace(tzinfo=UTC)  # SQLite: naive
    assert stored_ts == datetime.fromtimestamp(T0, tz=UTC)
    assert first.client_ip == "203.0.113.0"


def test_a_full_batch_wakes_the_writer_before_the_interval(engine: Engine) -> None:
    async def scenario() -> None:
        writer = _writer(engine, batch_size=10, interval=3600)
        task = asyncio.create_task(writer.run())
        for i in range(10):
            writer.put(_row(i))
        await _until(lambda: writer.written == 10)
        await writer.close(timeout=30)
        await task

    asyncio.run(scenario())
    assert len(_stored(engine)) == 10


def test_a_full_queue_drops_and_counts_without_blocking(engine: Engine) -> None:
    assert not inspect.iscoroutinefunction(BatchingWriter.put)

    async def scenario() -> tuple[list[bool], BatchingWriter]:
        writer = _writer(engine, max_queue=10, batch_size=4)
        accepted = [writer.put(_row(i)) for i in range(15)]  # no writer task: nothing drains
        assert (writer.queued, writer.dropped) == (10, 5)
        await writer.close(timeout=30)
        accepted.append(writer.put(_row(99)))  # after close
        return accepted, writer

    accepted, writer = asyncio.run(scenario())
    assert accepted == [True] * 10 + [False] * 6
    assert (writer.written, writer.dropped, writer.queued) == (10, 6, 0)
    assert _stored(engine) == [f"req-{i:05d}" for i in range(10)]


def test_close_flushes_what_is_queued(engine: Engine) -> None:
    async def scenario() -> BatchingWriter:
        writer = _writer(engine, batch_size=1000, interval=3600)
        task = asyncio.create_task(writer.run())
        for i in range(30):
            writer.put(_row(i))
        await asyncio.sleep(0)  # let the writer task start waiting
        await writer.close(timeout=30)
        await task  # close ends run
        return writer

    writer = asyncio.run(scenario())
    assert (writer.written, writer.queued) == (30, 0)
    assert len(_stored(engine)) == 30


def test_flush_writes_what_is_queued_now(engine: Engine) -> None:
    async def scenario() -> None:
        writer = _writer(engine, batch_size=3)
        for i in range(7):
            writer.put(_row(i))
        assert await writer.flush()
        assert (writer.written, writer.queued) == (7, 0)
        await writer.close(timeout=30)

    asyncio.run(scenario())
    assert len(_stored(engine)) == 7


def test_bad_rows_are_set_aside_and_the_rest_land(engine: Engine) -> None:
    async def scenario() -> BatchingWriter:
        writer = _writer(engine, batch_size=10)
        for i in range(8):
            writer.put(_row(i))
        writer.put(_row(8, method=None))  # violates NOT NULL
        writer.put(_row(9, ts="not a time"))  # the transform cannot convert it
        assert await writer.flush()
        await writer.close(timeout=30)
        return writer

    writer = asyncio.run(scenario())
    assert (writer.written, writer.rejected, writer.failed_batches) == (8, 2, 0)
    assert _stored(engine) == [f"req-{i:05d}" for i in range(8)]


def _move_table(engine: Engine, source: str, target: str) -> None:
    with engine.begin() as connection:
        connection.execute(text(f"ALTER TABLE {source} RENAME TO {target}"))


def test_rows_survive_a_database_outage_within_the_bound(engine: Engine) -> None:
    async def scenario() -> tuple[list[bool], BatchingWriter]:
        writer = _writer(engine, max_queue=50, batch_size=10, interval=0.02, max_backoff=0.1)
        task = asyncio.create_task(writer.run())
        _move_table(engine, "access_log", "access_log_away")  # every insert now fails
        accepted = [writer.put(_row(i)) for i in range(60)]
        await _until(lambda: writer.failed_batches >= 2)
        assert (writer.written, writer.queued) == (0, 50)
        _move_table(engine, "access_log_away", "access_log")
        await _until(lambda: writer.written == 50)
        await writer.close(timeout=30)
        await task
        return accepted, writer

    accepted, writer = asyncio.run(scenario())
    assert accepted == [True] * 50 + [False] * 10
    assert (writer.written, writer.dropped, writer.queued) == (50, 10, 0)
    assert _stored(engine) == [f"req-{i:05d}" for i in range(50)]  # in order, none twice


def test_close_counts_what_it_could_not_write(engine: Engine) -> None:
    _move_table(engine, "access_log", "access_log_away")

    async def scenario() -> BatchingWriter:
        writer = _writer(engine, interval=0.02, max_backoff=0.05)
        for i in range(5):
            writer.put(_row(i))
        await writer.close(timeout=0.3)
        return writer

    writer = asyncio.run(scenario())
    assert (writer.written, writer.queued, writer.dropped) == (0, 0, 5)
    assert writer.failed_batches >= 1
