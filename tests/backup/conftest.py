"""A populated store (SQLite and PostgreSQL), an empty one to restore into, and helpers."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, insert, select

from charter.accesslog.models import access_log
from charter.audit.log import AuditEvent, AuditLog
from charter.backup.archive import read_chunks, read_header, unwrap_data_key
from charter.backup.contents import plaintext
from charter.capture.keys import ensure_day_key
from charter.capture.models import capture_keys, captures
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.shredding.keys import SubjectKeys
from charter.store.engine import dialect_name, make_engine
from charter.store.migrate import upgrade
from charter.store.models import metadata

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@dataclass
class Live:
    """The store being backed up, with what was put in it."""

    url: str
    engine: Engine
    keyring: Keyring
    sealed: str  # a field sealed for subject `sk_ada`
    capture_key: bytes  # the wrapped day key, which no backup may contain
    capture_body: bytes  # a capture's ciphertext, which no backup may contain either


@pytest.fixture
def keyring() -> Keyring:
    return Keyring.generate()


@pytest.fixture
def config() -> CharterConfig:
    return CharterConfig()


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def live(store_url: str, keyring: Keyring) -> Iterator[Live]:
    upgrade(store_url)
    engine = make_engine(store_url)
    keys = SubjectKeys(engine, keyring)
    sealed = keys.seal("sk_ada", "Ada Example", "audit.actor")
    keys.seal("sk_bo", "Bo Example", "audit.actor")
    keys.erase("sk_cy", reference="dsr_0")
    body = secrets.token_bytes(48)
    with engine.begin() as connection:
        connection.execute(insert(access_log), [access_row(i) for i in range(50)])
    ensure_day_key(engine, keyring, NOW.date())
    with engine.begin() as connection:
        connection.execute(insert(captures), [{
            "id": "cap_" + "0" * 24, "ts": NOW, "day": NOW.date(), "request_id": "r1",
            "route_id": "orders", "client_id": None, "subject_key": "sk_ada",
            "direction": "request", "status": None, "content_type": "application/json",
            "size": 5, "truncated": False, "nonce": b"\0" * 12, "ciphertext": body,
            "retention": "operational", "approval_id": None, "readers": None}])
        wrapped: bytes = connection.execute(select(capture_keys.c.wrapped)).scalar_one()
    AuditLog(engine).record_sync(AuditEvent(actor="cli", action="test.setup", outcome="success"))
    yield Live(store_url, engine, keyring, sealed, wrapped, body)
    engine.dispose()


@pytest.fixture
def new_target(store_url: str, tmp_path: Path,
               request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """Makes new, empty stores of the same kind as `store_url` (dropped afterwards)."""
    with ExitStack() as stack:
        def make() -> str:
            if dialect_name(store_url) == "sqlite":
                return f"sqlite:///{tmp_path / secrets.token_hex(4) / 'charter.db'}"
            server: str = request.getfixturevalue("pg_server_url")
            return stack.enter_context(fresh_database(server))

        yield make


@pytest.fixture
def target_url(new_target: Callable[[], str]) -> str:
    return new_target()


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    name = "charter_r_" + secrets.token_hex(6)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server_url.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def access_row(index: int) -> dict[str, Any]:
    return {
        "ts": NOW - timedelta(seconds=index), "request_id": f"req-{index:08d}",
        "route_id": "orders", "method": "GET", "path": f"/orders/{index}?q=[redacted]",
        "status": 200, "latency_ms": 1.5, "bytes_in": 0, "bytes_out": 512,
        "client_id": "cl_1", "subject_key": f"sk_{index % 97:04d}",
        "client_ip": "203.0.113.0", "user_agent": "curl/8", "error": None, "findings": None,
    }


def rows(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in primary-key order.

    The audit log's events come without those the backup commands recorded themselves (after
    the snapshot, or in the restored store), and its other tables (the chain's head and the
    like, which those events move) are left out.
    """
    found: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as connection:
        for table in metadata.sorted_tables:
            if table.name.startswith("audit_") and table.name != "audit_events":
                continue
            query = select(table).order_by(*table.primary_key.columns)
            found[table.name] = [dict(row) for row in connection.execute(query).mappings()]
    found["audit_events"] = [row for row in found.get("audit_events", [])
                             if not str(row["action"]).startswith("backup.")]
    return found


def snapshot_of(path: Path, keyring: Keyring) -> bytes:
    """The decrypted snapshot inside a backup (what a restore would load)."""
    with path.open("rb") as source:
        header, digest = read_header(source)
        key = unwrap_data_key(keyring, header)
        return b"".join(plaintext(read_chunks(source, header, digest, key), header.compression))
