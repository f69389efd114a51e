"""Fixtures for executing rights requests: a migrated store, a keyring, requests, rows."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, insert

from charter.accesslog.models import access_log
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.rights.execute.bundles import load_bundle
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Request:
    """What the workflow hands over, shaped like `charter.rights.models.RightsRequest`."""

    id: str
    type: str
    subject_identifiers: list[tuple[str, str]]
    subject_keys: list[str]
    details: dict[str, Any] = field(default_factory=dict)
    jurisdiction: str = "eu"
    received_at: datetime = NOW
    due_at: datetime | None = NOW + timedelta(days=30)


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
def config() -> CharterConfig:
    return CharterConfig.model_validate({
        "upstreams": [{"name": "shop", "targets": ["http://127.0.0.1:9"]}],
        "routes": [{"id": "orders", "upstream": "shop", "purpose": "service_delivery"}],
    })


def request(keyring: Keyring, kind: str, identifiers: Sequence[tuple[str, str]],
            details: dict[str, Any] | None = None, request_id: str = "rr_test1") -> Request:
    pseudonyms = Pseudonymizer(keyring)
    return Request(request_id, kind, list(identifiers),
                   [pseudonyms.subject_key(k, v) for k, v in identifiers], details or {})


def subject_key(keyring: Keyring, kind: str, value: str) -> str:
    return Pseudonymizer(keyring).subject_key(kind, value)


def log_requests(engine: Engine, key: str | None, count: int, *, user_agent: str = "test/1",
                 path: str = "/orders", client_id: str | None = None) -> None:
    rows = [{"ts": NOW - timedelta(minutes=i), "request_id": f"r{i}", "route_id": "orders",
             "method": "GET", "path": path, "status": 200, "latency_ms": 1.0, "bytes_in": 0,
             "bytes_out": 10, "client_id": client_id, "subject_key": key,
             "client_ip": "203.0.113.0", "user_agent": user_agent, "error": None,
             "findings": None} for i in range(count)]
    with engine.begin() as connection:
        connection.execute(insert(access_log), rows)


def bundle_files(engine: Engine, keyring: Keyring, bundle_id: str | None) -> dict[str, bytes]:
    assert bundle_id is not None
    bundle = load_bundle(engine, keyring, bundle_id)
    assert bundle is not None
    with zipfile.ZipFile(io.BytesIO(bundle.data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
