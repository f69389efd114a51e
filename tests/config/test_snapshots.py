from __future__ import annotations

import hashlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
from sqlalchemy import Engine, func, select

from charter.config.snapshots import (
    config_snapshots,
    latest_snapshot,
    latest_version,
    save_snapshot,
)
from charter.store import migrate
from charter.store.engine import make_engine


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    migrate.upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


def test_empty_store(engine: Engine) -> None:
    assert latest_snapshot(engine) is None
    assert latest_version(engine) == 0


def test_versions_count_up_and_read_back(engine: Engine) -> None:
    first = save_snapshot(engine, "version: 1\n", "/etc/charter/charter.yaml", "alice")
    second = save_snapshot(engine, "version: 1\nroutes: []\n", "/etc/charter/charter.yaml")
    assert (first.version, second.version) == (1, 2)
    assert first.sha256 == hashlib.sha256(b"version: 1\n").hexdigest()
    assert first.created.tzinfo is not None
    assert latest_version(engine) == 2
    assert latest_snapshot(engine) == second


def test_the_same_text_is_not_saved_twice(engine: Engine) -> None:
    first = save_snapshot(engine, "a: 1\n", "charter.yaml")
    again = save_snapshot(engine, "a: 1\n", "elsewhere.yaml", "bob")
    assert again == first  # returned unchanged, including its source
    assert latest_version(engine) == 1
    # Going back to an earlier text is a new version: the history records the change.
    save_snapshot(engine, "a: 2\n", "charter.yaml")
    assert save_snapshot(engine, "a: 1\n", "charter.yaml").version == 3


def test_racing_savers_get_distinct_versions(engine: Engine) -> None:
    texts = [f"n: {i}\n" for i in range(6)] + ["same\n"] * 4
    barrier = Barrier(len(texts))

    def save(text: str) -> int:
        barrier.wait()
        return save_snapshot(engine, text, "charter.yaml").version

    with ThreadPoolExecutor(max_workers=len(texts)) as pool:
        versions = list(pool.map(save, texts))
    with engine.connect() as connection:
        rows = connection.execute(
            select(config_snapshots.c.version, config_snapshots.c.text)
            .order_by(config_snapshots.c.version)
        ).all()
        count = connection.scalar(select(func.count()).select_from(config_snapshots))
    assert [row.version for row in rows] == list(range(1, len(rows) + 1))  # no gaps
    assert count == len(rows) == latest_version(engine)
    for text, version in zip(texts, versions, strict=True):
        assert (version, text) in {(row.version, row.text) for row in rows}


def test_too_long_source_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="source"):
        save_snapshot(engine, "x", "/" + "a" * 600)
    assert latest_version(engine) == 0


def test_a_superseded_digest_is_recognised(sqlite_url: str) -> None:
    from charter.config.snapshots import superseded
    from charter.store.engine import make_engine
    from charter.store.migrate import upgrade

    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    try:
        save_snapshot(engine, "old text", "a.yaml", digest="d-old")
        assert not superseded(engine, "d-old")  # still the newest
        save_snapshot(engine, "new text", "a.yaml", digest="d-new")
        assert superseded(engine, "d-old")
        assert not superseded(engine, "d-new")
        assert not superseded(engine, "d-never-seen")
        # Same digest, other text (say, other listeners): no new version.
        assert save_snapshot(engine, "new text, other ports", "b.yaml",
                             digest="d-new").version == 2
    finally:
        engine.dispose()
