"""Job leases: one holder at a time, on SQLite and PostgreSQL, across processes."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from charter.scheduler.lease import Lease
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_one_holder_until_it_releases_or_expires(engine: Engine) -> None:
    clock = Clock()
    a = Lease(engine, "retention", "node-a", ttl=60, clock=clock)
    b = Lease(engine, "retention", "node-b", ttl=60, clock=clock)
    other_job = Lease(engine, "backup", "node-b", ttl=60, clock=clock)

    assert a.acquire()
    assert not b.acquire()
    assert other_job.acquire()  # leases are per job
    assert a.acquire()  # re-entrant for its holder
    assert not b.renew() and a.renew()

    clock.now += timedelta(seconds=59)
    assert not b.acquire()
    clock.now += timedelta(seconds=2)
    assert b.acquire()  # expired: taken over
    assert not a.renew()  # and the old holder learns it lost it
    a.release()  # a no-op: not a's any more
    assert not a.acquire()

    b.release()
    assert a.acquire()


def test_renewing_pushes_the_expiry(engine: Engine) -> None:
    clock = Clock()
    a = Lease(engine, "j", "node-a", ttl=10, clock=clock)
    b = Lease(engine, "j", "node-b", ttl=10, clock=clock)
    assert a.acquire()
    for _ in range(5):
        clock.now += timedelta(seconds=8)
        assert a.renew()
        assert not b.acquire()


def test_two_processes_never_hold_the_same_lease_at_once(store_url: str,
                                                          tmp_path: Path) -> None:
    upgrade(store_url)
    outs = [tmp_path / f"contender{i}.txt" for i in range(2)]
    processes = [subprocess.Popen(
        [sys.executable, "-m", "tests.scheduler.contender", store_url, "shared-job", str(out),
         "60"], cwd=ROOT) for out in outs]
    for out in outs:
        Path(str(out) + ".go").touch()
    for process in processes:
        assert process.wait(120) == 0
    spans = [[tuple(map(int, line.split())) for line in out.read_text().splitlines()]
             for out in outs]
    assert all(spans), "each process should have held the lease at least once"
    timeline = sorted(span for own in spans for span in own)
    for (_, end), (start, _) in itertools.pairwise(timeline):
        assert end <= start, "two processes held the lease at the same time"
