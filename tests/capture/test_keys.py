"""One data key per UTC day, the same for every worker and node (DATA-2)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from threading import Barrier

import pytest
from sqlalchemy import Engine, func, select

from charter.capture.keys import KeyKeeper, ensure_day_key, load_day_key
from charter.capture.models import capture_keys
from charter.privacy.keyring import Keyring
from charter.store.engine import make_engine

pytestmark = pytest.mark.clause("DATA-2")

DAY = date(2026, 3, 14)


def test_workers_on_separate_connections_agree_on_one_key_per_day(
        store_url: str, engine: Engine, keyring: Keyring) -> None:
    workers = 4
    engines = [make_engine(store_url) for _ in range(workers)]
    barrier = Barrier(workers)

    def worker(index: int) -> bytes:
        barrier.wait()
        return ensure_day_key(engines[index], keyring, DAY)

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            keys = list(pool.map(worker, range(workers)))
    finally:
        for each in engines:
            each.dispose()
    assert len(set(keys)) == 1 and len(keys[0]) == 32
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(capture_keys)).scalar() == 1
        stored: bytes = connection.execute(select(capture_keys.c.wrapped)).scalar_one()
    assert keys[0] not in bytes(stored)  # only ever stored wrapped
    assert load_day_key(engine, keyring, DAY) == keys[0]
    assert ensure_day_key(engine, keyring, DAY + timedelta(days=1)) != keys[0]


def test_the_keeper_has_today_and_tomorrow_ready_and_forgets_old_days(
        engine: Engine, keyring: Keyring) -> None:
    keeper = KeyKeeper(engine, keyring)
    now = datetime(2026, 3, 14, 23, 59, tzinfo=UTC)
    assert keeper.key_for(DAY) is None
    assert keeper.refresh(now)
    today, tomorrow = keeper.key_for(DAY), keeper.key_for(DAY + timedelta(days=1))
    assert today and tomorrow and today != tomorrow
    # Another worker finds the same keys.
    other = KeyKeeper(engine, keyring)
    assert other.refresh(now)
    assert other.key_for(DAY) == today
    # Past midnight, yesterday's "tomorrow" is today's key; two days on, DAY is dropped.
    assert keeper.refresh(now + timedelta(minutes=2))
    assert keeper.key_for(DAY + timedelta(days=1)) == tomorrow
    assert keeper.refresh(now + timedelta(days=2))
    assert keeper.key_for(DAY) is None


def test_without_a_usable_store_no_key_is_ready(keyring: Keyring, sqlite_url: str) -> None:
    unmigrated = make_engine(sqlite_url)  # no capture_keys table: every query fails
    try:
        keeper = KeyKeeper(unmigrated, keyring)
        assert not keeper.refresh(datetime(2026, 3, 14, tzinfo=UTC))
        assert keeper.key_for(DAY) is None
    finally:
        unmigrated.dispose()
