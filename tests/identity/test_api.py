"""The identity endpoints of the admin API, through the real admin app (SEC-2, SEC-6, DATA-3)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select

from charter.admin import roles
from charter.admin.app import AdminState, build_admin
from charter.admin.auth import bootstrap_token
from charter.admin.reload import ReloadOutcome
from charter.audit.models import audit_events
from charter.identity import api, keys, service
from charter.metrics import MetricsHub
from charter.privacy.keyring import Keyring
from charter.store.engine import make_engine
from charter.store.models import metadata


async def _reload() -> ReloadOutcome:
    return ReloadOutcome(ok=True, version=1, changed=False)


@dataclass
class Admin:
    """The admin app on a SQLite store, called in process with the bootstrap token."""

    engine: Engine
    keyring: Keyring

    def __post_init__(self) -> None:
        self.app = build_admin(AdminState(
            keyring=self.keyring, metrics=MetricsHub(), ready=lambda: True,
            config_info=dict, reload=_reload, engine=self.engine,
        ))
        self.token = bootstrap_token(self.keyring)

    def call(self, method: str, path: str, status: int, json: Any = None) -> Any:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://admin") as http:
                return await http.request(method, path, json=json,
                                          headers={"authorization": f"Bearer {self.token}"})

        response = asyncio.run(go())
        assert response.status_code == status, response.text
        return response.json()

    def audit(self) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(audit_events).order_by(audit_events.c.seq))
            return [dict(row._mapping) for row in rows]


@pytest.fixture
def admin(tmp_path: Path, keyring: Keyring) -> Iterator[Admin]:
    engine = make_engine(f"sqlite:///{tmp_path / 'admin.db'}")
    metadata.create_all(engine)
    yield Admin(engine, keyring)
    engine.dispose()


def test_every_endpoint_names_a_permission_of_the_matrix() -> None:
    found = {(e.method, e.path): e.permission for e in api.endpoints()}
    assert len(found) == len(api.endpoints()) == 17
    for permission in found.values():
        assert roles.is_permission(permission), permission
    assert found[("POST", "/admin/keys/{key_id}/revoke")] == "keys.revoke"
    assert found[("GET", "/admin/clients/{client_id}/keys")] == "keys.read"
    assert found[("POST", "/admin/clients/{client_id}/keys")] == "keys.write"
    assert found[("POST", "/admin/accounts")] == "accounts.write"
    assert found[("PATCH", "/admin/accounts/{account_id}")] == "accounts.write"
    assert not roles.allowed("auditor", found[("POST", "/admin/organizations")])
    assert not roles.allowed("support", found[("POST", "/admin/clients/{client_id}/keys")])


@pytest.mark.clause("SEC-6")
def test_organizations_clients_and_keys(admin: Admin) -> None:
    org = admin.call("POST", "/admin/organizations", 201, {"name": "Acme Corp"})
    assert org["slug"] == "acme-corp" and org["status"] == "active"
    assert admin.call("GET", "/admin/organizations", 200) == [org]
    assert admin.call("GET", f"/admin/organizations/{org['id']}", 200) == org
    problem = admin.call("POST", "/admin/organizations", 409, {"name": "Acme Corp"})
    assert problem["code"] == "conflict"

    client = admin.call("POST", "/admin/clients", 201, {
        "org_id": org["id"], "name": "billing", "scopes": ["orders:read"],
        "allowed_routes": ["orders"]})
    assert client["has_secret"] is False and client["allowed_routes"] == ["orders"]
    assert admin.call("GET", f"/admin/clients?org_id={org['id']}", 200) == [client]
    problem = admin.call("POST", "/admin/clients", 422, {
        "org_id": org["id"], "name": "bad", "scopes": ["has space"]})
    assert problem["code"] == "invalid" and "has space" in problem["detail"]

    created = admin.call("POST", f"/admin/clients/{client['id']}/keys", 201,
                         {"env": "test", "expires_in": "90d", "description": "ci"})
    parsed = keys.parse_key(created["api_key"])
    assert parsed is not None and parsed.key_id == created["key"]["id"]
    assert created["key"]["state"] == "active" and created["key"]["expires"] is not None

    listed = admin.call("GET", f"/admin/clients/{client['id']}/keys", 200)
    assert [k["id"] for k in listed] == [parsed.key_id]
    assert "api_key" not in listed[0] and "secret_hash" not in listed[0]

    rotated = admin.call("POST", f"/admin/keys/{parsed.key_id}/rotate", 201, {"overlap": "1h"})
    assert rotated["key"]["rotated_from"] == parsed.key_id
    revoked = admin.call("POST", f"/admin/keys/{rotated['key']['id']}/revoke", 200)
    assert revoked["state"] == "revoked"
    assert admin.call("POST", f"/admin/keys/{parsed.key_id}/rotate", 409)["code"] == "conflict"

    secret = admin.call("POST", f"/admin/clients/{client['id']}/secret", 200)
    assert keys.looks_like_client_secret(secret["client_secret"])
    assert service.authenticate_client_secret(admin.engine, admin.keyring, client["id"],
                                              secret["client_secret"]) is not None
    assert admin.call("GET", f"/admin/clients/{client['id']}", 200)["has_secret"] is True

    assert admin.call("POST", f"/admin/clients/{client['id']}/disable", 200)["status"] == \
        "disabled"
    assert admin.call("POST", f"/admin/organizations/{org['id']}/disable", 200)["status"] == \
        "disabled"

    # Every change is audited, by ids; no key or secret reaches the audit log.
    events = admin.audit()
    actions = [(e["action"], e["outcome"]) for e in events]
    assert ("POST /admin/clients/{client_id}/keys", "success") in actions
    assert ("POST /admin/organizations", "failure") in actions
    created_event = next(e for e in events if e["action"] == "POST /admin/clients/{client_id}/keys")
    assert created_event["target"] == f"client_id={client['id']}/key_id={parsed.key_id}"
    text = repr(events)
    for value in (created["api_key"], rotated["api_key"], secret["client_secret"]):
        assert value not in text


@pytest.mark.clause("DATA-3")
def test_a_key_pasted_where_its_id_belongs_is_not_echoed_or_audited(admin: Admin) -> None:
    key = keys.generate_key().key
    problem = admin.call("POST", f"/admin/keys/{key}/revoke", 404)
    assert problem["code"] == "not_found" and key not in repr(problem)
    assert key not in repr(admin.audit())
    assert admin.audit()[-1]["target"] == "key_id=<invalid>"


@pytest.mark.clause("DATA-1")
def test_developer_accounts(admin: Admin) -> None:
    org = admin.call("POST", "/admin/organizations", 201, {"name": "Acme"})
    account = admin.call("POST", "/admin/accounts", 201, {
        "username": "Ada", "org_id": org["id"], "email": "ada@acme.example"})
    assert account["kind"] == "developer" and account["username"] == "ada"
    assert "password_hash" not in account and "subject_key" not in account
    assert admin.call("GET", "/admin/accounts", 200) == [account]
    problem = admin.call("POST", "/admin/accounts", 422, {"username": "x", "org_id": org["id"]})
    assert problem["code"] == "invalid"
    assert admin.call("POST", "/admin/accounts", 422,
                      {"username": "bob", "org_id": org["id"], "role": "owner"})["code"] == \
        "invalid_body"
