"""An admin app on a real, migrated SQLite store, with a clock the test controls."""

from __future__ import annotations

import asyncio
import base64
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from sqlalchemy import Engine, select
from starlette.applications import Starlette

from charter.admin import totp
from charter.admin.api import AdminServices
from charter.admin.app import AdminState, build_admin
from charter.admin.auth import bootstrap_token
from charter.admin.reload import ReloadOutcome
from charter.audit.log import AuditQuery, StoredEvent
from charter.audit.models import audit_events
from charter.metrics import MetricsHub
from charter.privacy.keyring import Keyring
from charter.store.engine import make_engine
from charter.store.migrate import upgrade


@dataclass
class Clock:
    """Now, as the operator service sees it; tests move it forward."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass(frozen=True)
class Enrolled:
    """An operator and the secrets only a test (or the operator) knows."""

    account_id: str
    username: str
    role: str
    password: str
    secret: bytes


@dataclass
class Admin:
    app: Starlette
    services: AdminServices
    engine: Engine
    keyring: Keyring
    clock: Clock
    reloads: int = 0
    _names: Iterator[int] = field(default_factory=itertools.count)

    # -- HTTP ---------------------------------------------------------------------------------

    def request(self, method: str, path: str, token: str | None = None,
                **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if token is not None:
            headers["authorization"] = f"Bearer {token}"

        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://admin") as http:
                return await http.request(method, path, headers=headers, **kwargs)

        return asyncio.run(call())

    @property
    def bootstrap(self) -> str:
        return bootstrap_token(self.keyring)

    # -- operators ------------------------------------------------------------------------------

    def enrol(self, role: str, username: str | None = None) -> Enrolled:
        name = username or f"{role.replace('_', '-')}-{next(self._names)}"
        enrolment = self.services.operators.create(name, role)
        assert enrolment.password is not None
        return Enrolled(enrolment.account.id, enrolment.account.username, role,
                        enrolment.password, secret_of(enrolment.totp_uri))

    def code(self, who: Enrolled, steps: int = 0) -> str:
        return totp.code_at(who.secret, totp.step_at(self.clock()) + steps)

    def login_response(self, who: Enrolled, *, password: str | None = None,
                       code: str | None = None, **kwargs: Any) -> httpx.Response:
        body = {"username": who.username,
                "password": who.password if password is None else password,
                "totp": self.code(who) if code is None else code}
        return self.request("POST", "/admin/login", json=body, **kwargs)

    def login(self, who: Enrolled) -> str:
        response = self.login_response(who)
        assert response.status_code == 200, response.text
        token: str = response.json()["token"]
        return token

    # -- the audit log ----------------------------------------------------------------------------

    def events(self, **filters: Any) -> list[StoredEvent]:
        """Audit events matching `filters` (see AuditQuery), oldest first."""
        found = self.services.audit.query(AuditQuery(limit=500, **filters))
        return list(reversed(found))

    def events_for(self, request_id: str) -> list[StoredEvent]:
        """The audit events of one request, oldest first."""
        with self.engine.connect() as c:
            seqs: set[int] = set(c.execute(select(audit_events.c.seq).where(
                audit_events.c.request_id == request_id)).scalars())
        return [e for e in self.events() if e.seq in seqs] if seqs else []

    def event_count(self) -> int:
        with self.engine.connect() as c:
            return len(c.execute(select(audit_events.c.seq)).all())


def secret_of(uri: str) -> bytes:
    encoded = parse_qs(urlparse(uri).query)["secret"][0]
    return base64.b32decode(encoded + "=" * (-len(encoded) % 8))


def migrated(url: str) -> Iterator[Engine]:
    upgrade(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite store. A module can override this with `store_on_both` below."""
    yield from migrated(f"sqlite:///{tmp_path / 'charter.db'}")


def store_on_both(store_url: str) -> Iterator[Engine]:
    """The body of a `store` fixture running a module on SQLite and on PostgreSQL."""
    yield from migrated(store_url)


@pytest.fixture
def admin(store: Engine) -> Admin:
    keyring = Keyring.generate()
    clock = Clock()
    holder: list[Admin] = []

    async def reload() -> ReloadOutcome:
        holder[0].reloads += 1
        return ReloadOutcome(ok=True, version=2, changed=True)

    app = build_admin(AdminState(
        keyring=keyring, metrics=MetricsHub(), ready=lambda: True,
        config_info=lambda: {"version": 1, "routes": ["orders"]}, reload=reload,
        engine=store))
    services: AdminServices = app.state.services
    services.operators.clock = clock
    harness = Admin(app=app, services=services, engine=store, keyring=keyring, clock=clock)
    holder.append(harness)
    return harness
