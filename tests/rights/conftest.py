"""A migrated store (SQLite and PostgreSQL), a keyring and a rights service on a test clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from charter.audit.models import audit_events
from charter.privacy.keyring import Keyring
from charter.rights.service import RightsService
from charter.rights.settings import RightsSettings
from charter.store.engine import make_engine
from charter.store.migrate import upgrade


@dataclass
class Clock:
    now: datetime = field(default_factory=lambda: datetime(2026, 1, 31, 9, 30, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


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
def clock() -> Clock:
    return Clock()


@pytest.fixture
def rights(engine: Engine, keyring: Keyring, clock: Clock) -> RightsService:
    return RightsService(engine, keyring, RightsSettings(), clock=clock)


def audit_rows(engine: Engine, action_prefix: str = "rights.") -> list[dict[str, object]]:
    with engine.connect() as connection:
        rows = connection.execute(select(audit_events).where(
            audit_events.c.action.like(f"{action_prefix}%")).order_by(
            audit_events.c.seq)).mappings().all()
    return [dict(row) for row in rows]
