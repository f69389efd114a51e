"""A migrated store, a keyring, and a way to run requests through the capture stage."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, insert

from charter.capture.keys import KeyKeeper, keeper_for
from charter.capture.models import captures
from charter.config.models import CharterConfig
from charter.dataplane.context import RequestContext
from charter.dataplane.services import Services
from charter.metrics import WorkerMetrics
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.store.engine import make_engine
from charter.store.migrate import upgrade


class ListSink:
    """A record sink that keeps rows in a list (what the batching writer would insert)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def put(self, row: dict[str, Any]) -> bool:
        self.rows.append(row)
        return True


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    """A migrated store, once on SQLite and once on PostgreSQL."""
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


@pytest.fixture
def keyring() -> Keyring:
    return Keyring.generate()


def services(config: CharterConfig, keyring: Keyring, engine: Engine | None,
             sink: ListSink) -> Services:
    return Services(config=config, keyring=keyring, pseudonymizer=Pseudonymizer(keyring),
                    access_log=ListSink(), sinks={"captures": sink}, metrics=WorkerMetrics(),
                    engine=engine)


def ready_keeper(engine: Engine, keyring: Keyring) -> KeyKeeper:
    keeper = keeper_for(engine, keyring)
    assert keeper.refresh()
    return keeper


def context(request_id: str = "req-1", **headers: str) -> RequestContext:
    ctx = RequestContext(
        "POST", "/orders", "/orders", "",
        [(name.replace("_", "-").encode(), value.encode()) for name, value in headers.items()],
        request_id=request_id, client_ip="203.0.113.7", peer_ip="203.0.113.7", scheme="http",
        host="api.example", http_version="1.1", started=time.perf_counter())
    ctx.client_id = "cli_1"
    ctx.subject_key = "sk_1"
    return ctx


def store_rows(engine: Engine, rows: list[dict[str, Any]]) -> None:
    with engine.begin() as connection:
        connection.execute(insert(captures), rows)


# The admin app on a migrated SQLite store, for the admin endpoint tests.
from tests.admin.conftest import admin, store  # noqa: E402, F401
