"""Engines for the store: a SQLite file by default, PostgreSQL past one machine.

`make_engine` is the only place engines are created, so every connection gets the same
settings: on SQLite, WAL journaling, a busy timeout and enforced foreign keys, with real
(SQLAlchemy-controlled) transactions; on PostgreSQL, the psycopg 3 driver and pre-ping.
Statement parameters are never put into error messages or logs (they can hold personal data).
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url

Dialect = Literal["sqlite", "postgresql"]

_SQLITE_BUSY_TIMEOUT_MS = 5000
_SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout={_SQLITE_BUSY_TIMEOUT_MS}",  # first, so the others wait for locks
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
)
# Execution option read by the SQLite BEGIN hook; see `write_transaction`.
_BEGIN_OPTION = "charter_sqlite_begin"
_BEGIN_STATEMENTS = {"deferred": "BEGIN", "immediate": "BEGIN IMMEDIATE"}
_PG_CONNECT_TIMEOUT = 10


def resolve_url(url: str) -> URL:
    """Parse a store URL and pick the driver Charter uses for it.

    `sqlite:///path` stays as it is; `postgresql://...` becomes `postgresql+psycopg://...`.
    Raises `ValueError` for anything else.
    """
    parsed = make_url(url)
    backend, _, driver = parsed.drivername.partition("+")
    if backend == "sqlite" and driver in {"", "pysqlite"}:
        return parsed
    if backend == "postgresql" and driver in {"", "psycopg"}:
        return parsed.set(drivername="postgresql+psycopg")
    raise ValueError(
        f"unsupported store URL scheme {parsed.drivername!r}: use sqlite:// or postgresql://"
    )


def dialect_name(target: str | URL | Engine | Connection) -> Dialect:
    """`"sqlite"` or `"postgresql"` for a store URL, an engine or a connection."""
    if isinstance(target, Engine | Connection):
        name = target.dialect.name
    else:
        name = (resolve_url(target) if isinstance(target, str) else target).get_backend_name()
    if name not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported database dialect {name!r}")
    return "sqlite" if name == "sqlite" else "postgresql"


def make_engine(url: str) -> Engine:
    """An engine for a store URL (see `resolve_url`). The caller disposes of it."""
    resolved = resolve_url(url)
    if resolved.get_backend_name() == "sqlite":
        return _sqlite_engine(resolved)
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in resolved.query:
        # Without it an unreachable server can hold a writer thread for minutes.
        connect_args["connect_timeout"] = _PG_CONNECT_TIMEOUT
    return create_engine(
        resolved, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
    )


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # sqlite3's legacy mode opens transactions lazily and never around DDL; turn it off
        # and let the "begin" hook below emit BEGIN, so transactions mean what they say.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in _SQLITE_PRAGMAS:
                cursor.execute(pragma)
            _use_wal(cursor)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "deferred")
        connection.exec_driver_sql(_BEGIN_STATEMENTS[mode])

    return engine


def _use_wal(cursor: Any) -> None:
    # WAL mode is stored in the file, so usually there is nothing to do. Switching needs an
    # exclusive lock, and SQLite reports "locked" at once, without waiting for the busy
    # timeout, when another connection is opening the same new file; so retry for as long.
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] in {"wal", "memory"}:
        return
    deadline = time.monotonic() + _SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL").fetchone()
            return
        except sqlite3.OperationalError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


@contextmanager
def write_transaction(engine: Engine, *, lock: str | None = None) -> Iterator[Connection]:
    """A transaction that intends to write after reading (read-modify-write).

    On SQLite it starts with `BEGIN IMMEDIATE`, taking the database's write lock up front
    (waiting up to the busy timeout) so that two writers queue instead of one failing when it
    upgrades a read snapshot that has gone stale. On PostgreSQL it is an ordinary transaction;
    with `lock` (any name) it first takes a transaction-scoped advisory lock derived from that
    name, so transactions naming the same lock run one at a time there too. Commits on
    success, rolls back on error.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.execution_options(**{_BEGIN_OPTION: "immediate"})
        with connection.begin():
            if lock is not None and not sqlite:
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": advisory_key(lock)}
                )
            yield connection


def advisory_key(name: str) -> int:
    """A stable signed 64-bit PostgreSQL advisory-lock key for a name."""
    digest = hashlib.sha256(f"charter:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)
