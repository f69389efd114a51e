"""A migrated store (SQLite and PostgreSQL), a keyring, a second sink, and ways to tamper."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from charter.audit.checkpoints import run_checkpoint
from charter.audit.log import AuditEvent, AuditLog
from charter.audit.verify import Report, verify_log
from charter.config.models import AuditSettings
from charter.privacy.keyring import Keyring
from charter.shredding.keys import SubjectKeys
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@dataclass
class Chain:
    engine: Engine
    keyring: Keyring
    keys: SubjectKeys
    log: AuditLog
    sink: Path

    def append(self, count: int, **fields: object) -> list[int]:
        return [self.log.record_sync(event(n, **fields)) for n in range(count)]

    def checkpoint(self, **settings: object) -> dict[str, int]:
        return run_checkpoint(self.engine, self.keyring, self.sink,
                              AuditSettings(**settings))  # type: ignore[arg-type]

    def verify(self) -> Report:
        return verify_log(self.engine, self.keyring, self.sink)


def event(n: int, **fields: object) -> AuditEvent:
    values: dict[str, object] = {"actor": "acc_a", "action": "PATCH /admin/things",
                                 "outcome": "success", "target": f"thing_id=t{n}",
                                 "details": {"n": n, "ratio": n / 7, "flag": n % 2 == 0},
                                 "ts": T0 + timedelta(seconds=n)}
    values.update(fields)
    return AuditEvent(**values)  # type: ignore[arg-type]


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def chain(store: Engine, tmp_path: Path) -> Chain:
    keyring = Keyring.generate()
    keys = SubjectKeys(store, keyring)
    return Chain(store, keyring, keys, AuditLog(store, keys), tmp_path / "sink")
