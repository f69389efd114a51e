from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, inspect

from charter.privacy.inventory import InventoryError
from charter.store import migrate
from charter.store.engine import make_engine
from charter.store.models import metadata


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


def _diff(engine: Engine, target: MetaData) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, target))


def test_upgrade_reaches_head_and_is_idempotent(store_url: str, engine: Engine) -> None:
    assert migrate.current_revision(store_url) is None
    head = migrate.head_revision()
    assert migrate.upgrade(store_url) == head
    tables = set(inspect(engine).get_table_names())
    assert migrate.upgrade(store_url) == head
    assert migrate.current_revision(store_url) == head
    assert set(inspect(engine).get_table_names()) == tables


def test_migrations_create_exactly_the_metadata(store_url: str, engine: Engine) -> None:
    migrate.upgrade(store_url)
    assert _diff(engine, metadata) == []
    inspector = inspect(engine)
    assert set(inspector.get_table_names()) == {*metadata.tables, "alembic_version"}
    for name, table in metadata.tables.items():
        columns = {c["name"]: c["nullable"] for c in inspector.get_columns(name)}
        assert columns == {c.name: c.nullable for c in table.columns}, name


def test_the_comparison_notices_drift(store_url: str, engine: Engine) -> None:
    # Guards the test above against passing vacuously.
    migrate.upgrade(store_url)
    drifted = MetaData()
    for table in metadata.tables.values():
        table.to_metadata(drifted)
    Table("access_log", drifted, Column("extra", String(10)), extend_existing=True)
    assert _diff(engine, drifted) != []


def test_concurrent_upgrades_agree(store_url: str) -> None:
    # Several processes starting at once on a new store must not trip over each other.
    starters = 4
    barrier = Barrier(starters)

    def start() -> str:
        barrier.wait()
        return migrate.upgrade(store_url)

    with ThreadPoolExecutor(max_workers=starters) as pool:
        revisions = [future.result() for future in [pool.submit(start) for _ in range(starters)]]
    assert revisions == [migrate.head_revision()] * starters


@pytest.fixture
def undeclared_table() -> Iterator[Table]:
    table = Table("undeclared_things", metadata, Column("id", Integer, primary_key=True))
    try:
        yield table
    finally:
        metadata.remove(table)


@pytest.mark.clause("RET-1")
def test_an_undeclared_table_is_refused(
    store_url: str, engine: Engine, undeclared_table: Table
) -> None:
    with pytest.raises(InventoryError, match="undeclared_things"):
        migrate.upgrade(store_url)
    assert inspect(engine).get_table_names() == []
