from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from charter.store.engine import dialect_name, make_engine, resolve_url, write_transaction


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'nested' / 'dir' / 'charter.db'}")
    yield engine
    engine.dispose()


def test_sqlite_creates_the_parent_directory(tmp_path: Path, sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    assert (tmp_path / "nested" / "dir" / "charter.db").is_file()


def test_sqlite_pragmas_on_every_connection(sqlite_engine: Engine) -> None:
    connections = [sqlite_engine.connect() for _ in range(2)]  # two distinct pool connections
    try:
        for connection in connections:
            assert _pragma(connection, "journal_mode") == "wal"
            assert _pragma(connection, "synchronous") == 1  # NORMAL
            assert _pragma(connection, "busy_timeout") == 5000
            assert _pragma(connection, "foreign_keys") == 1
    finally:
        for connection in connections:
            connection.close()


def _pragma(connection: Connection, name: str) -> object:
    return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_sqlite_transactions_cover_ddl_and_roll_back(sqlite_engine: Engine) -> None:
    # sqlite3's legacy mode would have committed the CREATE TABLE on its own.
    with pytest.raises(RuntimeError), sqlite_engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError("abort")
    with sqlite_engine.connect() as connection:
        tables: list[str] = list(connection.scalars(text("SELECT name FROM sqlite_master")))
    assert "t" not in tables


def test_write_transaction_commits(sqlite_engine: Engine) -> None:
    with write_transaction(sqlite_engine) as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    with sqlite_engine.connect() as connection:
        assert connection.execute(text("SELECT x FROM t")).scalar() == 1


def test_postgresql_url_uses_psycopg_with_pre_ping(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        assert engine.url.drivername == "postgresql+psycopg"
        assert engine.pool._pre_ping
        with write_transaction(engine) as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()


def test_urls_and_dialects() -> None:
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("sqlite:///x.db").drivername == "sqlite"
    assert dialect_name("sqlite:///x.db") == "sqlite"
    assert dialect_name("postgresql://u@h/db") == "postgresql"
    for unsupported in ("mysql://u@h/db", "postgresql+psycopg2://u@h/db"):
        with pytest.raises(ValueError, match="unsupported"):
            resolve_url(unsupported)


def test_dialect_of_an_engine(sqlite_engine: Engine) -> None:
    assert dialect_name(sqlite_engine) == "sqlite"
