"""A migrated store on SQLite and PostgreSQL, the services over it, and the admin app served
on a real socket."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, insert

from charter.accesslog.models import access_log
from charter.demo.upstream import EmbeddedServer
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.store.engine import make_engine
from charter.store.migrate import upgrade
from charter.support.service import SupportService
from tests.admin.conftest import Admin, Enrolled

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def keyring() -> Keyring:
    return Keyring.generate()


@pytest.fixture
def support(engine: Engine, keyring: Keyring) -> SupportService:
    return SupportService(engine, keyring, clock=lambda: NOW)


def subject_key(keyring: Keyring, kind: str, value: str) -> str:
    return Pseudonymizer(keyring).subject_key(kind, value)


def log_rows(engine: Engine, *, subject_key: str | None = None, client_id: str | None = None,
             count: int = 1, at: datetime | None = None, route_id: str = "orders",
             status: int = 200, prefix: str = "r") -> list[str]:
    """Access-log rows as the gateway writes them (already minimised); their request ids."""
    when = at or datetime.now(UTC)
    rows = [{"ts": when - timedelta(minutes=i), "request_id": f"{prefix}{i}",
             "route_id": route_id, "method": "GET", "path": "/orders?page=[redacted]",
             "status": status, "latency_ms": 3.0, "bytes_in": 0, "bytes_out": 120,
             "client_id": client_id, "subject_key": subject_key, "client_ip": "203.0.113.0",
             "user_agent": "shop-app/2.1", "error": None, "findings": None}
            for i in range(count)]
    with engine.begin() as connection:
        connection.execute(insert(access_log), rows)
    return [str(row["request_id"]) for row in rows]


@dataclass
class Live:
    """The admin app on a real socket, and a signed-in operator's headers."""

    admin: Admin
    base_url: str

    def client(self, who: Enrolled | None = None) -> httpx.Client:
        token = self.admin.bootstrap if who is None else self.admin.login(who)
        return httpx.Client(base_url=self.base_url,
                            headers={"authorization": f"Bearer {token}"}, timeout=10)


@contextmanager
def served(app: Any) -> Iterator[str]:
    """`app` on 127.0.0.1, served from a thread of its own; yields the base URL."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    server = EmbeddedServer(app)
    try:
        port = asyncio.run_coroutine_threadsafe(server.start(), loop).result(10)
        yield f"http://127.0.0.1:{port}"
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


@pytest.fixture
def live(admin: Admin) -> Iterator[Live]:
    with served(admin.app) as base_url:
        yield Live(admin, base_url)
