"""A migrated store (SQLite and PostgreSQL) and rows of any age for the retention tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select

from charter.accesslog.models import access_log
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


def access_rows(engine: Engine, count: int, age: timedelta, *, subject: str | None = None,
                route: str = "orders") -> None:
    """`count` access-log rows written `age` before NOW."""
    ts = NOW - age
    rows: list[dict[str, Any]] = [{
        "ts": ts, "request_id": f"r{i}", "route_id": route, "method": "GET",
        "path": "/orders", "status": 200, "latency_ms": 1.0, "bytes_in": 0, "bytes_out": 10,
        "client_id": "cli_1", "subject_key": subject, "client_ip": "203.0.113.0",
        "user_agent": "test"} for i in range(count)]
    with engine.begin() as connection:
        for start in range(0, len(rows), 5000):
            connection.execute(insert(access_log), rows[start:start + 5000])


def count_rows(engine: Engine, *conditions: Any) -> int:
    with engine.connect() as connection:
        return int(connection.execute(
            select(func.count()).select_from(access_log).where(*conditions)).scalar_one())


# The admin app on a migrated SQLite store, for the hold endpoints.
from tests.admin.conftest import admin, store  # noqa: E402, F401
