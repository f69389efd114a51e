"""Fixtures for the identity tests: a migrated store, a keyring, and a statement counter."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event

from charter.identity import service
from charter.identity.models import Client
from charter.privacy.keyring import Keyring
from charter.store import migrate
from charter.store.engine import make_engine

_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@pytest.fixture
def keyring() -> Keyring:
    return Keyring.generate()


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    """A migrated store, once on SQLite and once on PostgreSQL."""
    migrate.upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    migrate.upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


class Statements:
    """The SQL statements an engine runs while attached, transaction control left out."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.lstrip().upper().startswith(_TRANSACTION_CONTROL):
            self.seen.append(statement)


@pytest.fixture
def statements(engine: Engine) -> Iterator[Statements]:
    """Counts statements on `engine` (after one warm-up connection, so that a driver's
    first-connect queries are not counted)."""
    with engine.connect():
        pass
    counter = Statements()
    event.listen(engine, "before_cursor_execute", counter)
    yield counter
    event.remove(engine, "before_cursor_execute", counter)


@pytest.fixture
def client(engine: Engine) -> Client:
    """An active client of an active organization."""
    org = service.create_organization(engine, "Acme Corp")
    return service.create_client(engine, org.id, "billing", ["orders:read", "orders:write"],
                                 ["orders"])
