"""The admin API for rights requests: create on behalf, list, show, transitions, metrics."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from starlette.applications import Starlette

from charter.admin import roles
from charter.admin.app import AdminState, build_admin
from charter.admin.auth import bootstrap_token
from charter.admin.reload import ReloadOutcome
from charter.metrics import MetricsHub
from charter.privacy.keyring import Keyring
from charter.store.engine import make_engine
from charter.store.migrate import upgrade
from tests.rights.conftest import audit_rows


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'charter.db'}"
    upgrade(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture
def app(store: Engine, tmp_path: Path) -> tuple[Starlette, str]:
    keyring = Keyring.generate()
    keyring.save(tmp_path / "charter.keyring")  # notices go to <var>/outbox next to it

    async def reload() -> ReloadOutcome:
        return ReloadOutcome(ok=True, version=1, changed=False)

    built = build_admin(AdminState(keyring=keyring, metrics=MetricsHub(), ready=lambda: True,
                                   config_info=lambda: {}, reload=reload, engine=store))
    return built, bootstrap_token(keyring)


def call(app: tuple[Starlette, str], method: str, path: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app[0])
        async with httpx.AsyncClient(transport=transport, base_url="http://admin") as http:
            return await http.request(method, path, headers={
                "authorization": f"Bearer {app[1]}"}, **kwargs)

    return asyncio.run(go())


def test_least_privilege() -> None:
    for role in ("owner", "admin", "privacy_officer"):
        assert roles.allowed(role, "rights.read") and roles.allowed(role, "rights.write")
    for role in ("security", "support", "auditor"):
        assert not roles.allowed(role, "rights.read")
        assert not roles.allowed(role, "rights.write")


@pytest.mark.clause("RIGHTS-2")
def test_officer_files_verifies_and_moves_a_request(app: tuple[Starlette, str],
                                                    store: Engine, tmp_path: Path) -> None:
    created = call(app, "POST", "/admin/rights", json={
        "type": "rectify", "identifiers": [{"kind": "email", "value": "ada@example.com"}],
        "details": {"fields": {"name": "Ada King"}}, "contact": "ada@example.com"})
    assert created.status_code == 201, created.text
    request = created.json()
    assert request["state"] == "received" and request["contact"] == "ada@example.com"
    path = f"/admin/rights/{request['id']}"

    refused = call(app, "POST", f"{path}/verify", json={})
    assert refused.status_code == 422 and refused.json()["code"] == "reason_required"
    wrong = call(app, "POST", f"{path}/complete", json={})
    assert wrong.status_code == 409 and wrong.json()["code"] == "invalid_transition"
    assert "cannot become completed" in wrong.json()["detail"]

    verified = call(app, "POST", f"{path}/verify", json={"reason": "called back on file"})
    assert verified.status_code == 200 and verified.json()["state"] == "verified"
    assert verified.json()["due_at"] is not None
    extended = call(app, "POST", f"{path}/extend", json={"reason": "three systems"})
    assert extended.json()["state"] == "extended"
    (told,) = [json.loads(p.read_text()) for p in (tmp_path / "var" / "outbox").glob("*.json")]
    assert told["to"] == "ada@example.com" and "three systems" in told["text"]
    assert extended.json()["due_at"][:10] in told["text"]
    assert extended.json()["events"][-1]["details"] == {
        "code": "sent", "state": "extended", "message_id": told["id"]}
    done = call(app, "POST", f"{path}/complete", json={"reason": "corrected by hand"})
    assert done.json()["state"] == "completed"

    shown = call(app, "GET", path).json()
    assert [e["to_state"] for e in shown["events"]] == [
        "received", "verified", "extended", "extended", "completed"]
    assert shown["identifiers"] == [{"kind": "email", "value": "ada@example.com"}]
    listed = call(app, "GET", "/admin/rights", params={"state": "completed"}).json()
    assert [r["id"] for r in listed["requests"]] == [request["id"]]
    assert "contact" not in listed["requests"][0]
    assert call(app, "GET", "/admin/rights", params={"state": "nope"}).status_code == 422

    actions = [row["action"] for row in audit_rows(store, "")]
    assert "POST /admin/rights/{request_id}/verify" in actions
    assert "GET /admin/rights/{request_id}" in actions  # the read of personal data
    assert "rights.extend" in actions


def test_metrics_carry_the_rights_gauges(app: tuple[Starlette, str]) -> None:
    call(app, "POST", "/admin/rights", json={
        "type": "access", "identifiers": [{"kind": "account", "value": "acc_1"}],
        "verified": True, "reason": "signed letter"})

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app[0])
        async with httpx.AsyncClient(transport=transport, base_url="http://admin") as http:
            return await http.get("/metrics")

    text = asyncio.run(go()).text
    assert "charter_rights_requests_open 1" in text
    assert "charter_rights_requests_overdue 0" in text
