"""Every admin endpoint and every role, through the real app on a real store (SEC-2, SEC-5).

The expectation for each pair comes from `charter.admin.roles`, the matrix `docs/admin.md`
renders; so the code, the documentation and the behaviour are checked against one another.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from starlette.routing import Mount

from charter.admin import roles
from charter.admin.api import Endpoint
from charter.admin.dispatch import AdminRouter
from tests.admin.conftest import Admin

DOCS = Path(__file__).resolve().parents[2] / "docs"
PLACEHOLDER = "zzz_0000000000000000"  # id-shaped, names nothing


def registered(admin: Admin) -> list[Endpoint]:
    (mount,) = [route for route in admin.app.routes if isinstance(route, Mount)]
    assert isinstance(mount.app, AdminRouter)
    return list(mount.app.endpoints)


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", PLACEHOLDER, path)


def call(admin: Admin, endpoint: Endpoint, token: str | None, request_id: str) -> int:
    kwargs: dict[str, Any] = {} if endpoint.method == "GET" else {"json": {}}
    response = admin.request(endpoint.method, concrete(endpoint.path), token,
                             headers={"x-request-id": request_id}, **kwargs)
    assert response.headers["x-request-id"] == request_id
    if response.status_code in (401, 403):
        assert response.headers["content-type"] == "application/problem+json"
    return response.status_code


def logout_last(endpoints: list[Endpoint]) -> list[Endpoint]:
    # Logging out ends the session the rest of the walk uses.
    return sorted(endpoints, key=lambda e: e.path == "/admin/logout")


@pytest.mark.clause("SEC-2")
@pytest.mark.clause("SEC-5")
@pytest.mark.clause("SCOPE-2")
def test_every_endpoint_for_every_role_follows_the_matrix(admin: Admin) -> None:
    endpoints = logout_last(registered(admin))
    assert len(endpoints) >= 15
    mismatches = []
    for role in roles.ROLE_NAMES:
        operator = admin.enrol(role)
        token = admin.login(operator)
        for index, endpoint in enumerate(endpoints):
            request_id = f"m-{role}-{index}"
            status = call(admin, endpoint, token, request_id)
            allowed = (endpoint.permission == roles.PUBLIC
                       or roles.allowed(role, endpoint.permission))
            if allowed == (status in (401, 403)):
                mismatches.append(f"{role} {endpoint.action}: {status}")
            events = admin.events_for(request_id)
            if not allowed:
                # Refused, and the refusal is on record (SEC-4, SCOPE-2).
                assert [(e.event.outcome, e.event.reason, e.event.action) for e in events] == [
                    ("denied", "forbidden", endpoint.action)], endpoint.action
                assert events[0].event.actor in (operator.account_id, "anonymous")
            elif endpoint.mutating:
                assert len(events) == 1, (role, endpoint.action)
                assert events[0].event.action == endpoint.action
            else:
                assert events == [], (role, endpoint.action)
    assert not mismatches, "\n".join(mismatches)


@pytest.mark.clause("SEC-5")
@pytest.mark.clause("SCOPE-2")
def test_without_a_session_everything_but_the_login_is_401_and_changes_are_audited(
        admin: Admin) -> None:
    for index, endpoint in enumerate(registered(admin)):
        request_id = f"anon-{index}"
        status = call(admin, endpoint, None, request_id)
        events = [e.event for e in admin.events_for(request_id)]
        if endpoint.permission == roles.PUBLIC:
            assert status == 422  # reached the handler's validation
            continue
        assert status == 401, endpoint.action
        if endpoint.mutating:
            assert [(e.actor, e.outcome, e.reason) for e in events] == [
                ("anonymous", "denied", "unauthenticated")], endpoint.action
        else:
            assert events == []
    assert call(admin, registered(admin)[0], "cha_s_not-a-session", "forged") == 401
    assert call(admin, registered(admin)[0], admin.bootstrap + "x", "forged-2") == 401


@pytest.mark.clause("SEC-5")
def test_the_bootstrap_token_acts_as_owner_and_is_audited_as_bootstrap(admin: Admin) -> None:
    for index, endpoint in enumerate(registered(admin)):
        if endpoint.path == "/admin/logout":
            continue
        assert call(admin, endpoint, admin.bootstrap, f"boot-{index}") not in (401, 403)
    changes = [e.event for e in admin.events()
               if (e.event.request_id or "").startswith("boot-")
               and e.event.action != "POST /admin/login"]  # the login has no caller yet
    assert changes and {e.actor for e in changes} == {"bootstrap"}


@pytest.mark.clause("SEC-2")
def test_every_endpoint_names_a_permission_of_the_matrix(admin: Admin) -> None:
    for endpoint in registered(admin):
        assert endpoint.permission == roles.PUBLIC or roles.is_permission(endpoint.permission)
    public = [e.action for e in registered(admin) if e.permission == roles.PUBLIC]
    assert public == ["POST /admin/login"]


@pytest.mark.clause("SEC-2")
def test_least_privilege_in_the_matrix() -> None:
    # The promises the documentation makes about the roles, checked on the code.
    support = roles.role("support")
    assert "clients.read" in support.permissions
    assert not any(p.startswith("keys.") and p != "keys.read" for p in support.permissions)
    assert not support.writes
    assert roles.role("auditor").permissions == {roles.SESSION, "config.read", "audit.read",
                                                 "governance.read"}
    assert not roles.role("auditor").writes
    holders = [r.name for r in roles.ROLES if "operators.privileged" in r.permissions]
    assert holders == ["owner"]
    assert "audit.read" not in roles.role("admin").permissions
    assert roles.role("owner").permissions == {p.name for p in roles.PERMISSIONS}
    for role in roles.ROLES:
        assert role.requires_totp or not role.writes, role.name
    assert [r.name for r in roles.ROLES if not r.requires_totp] == ["auditor"]
    assert not roles.allowed("nobody", roles.SESSION)


@pytest.mark.clause("SEC-2")
def test_the_documented_matrix_is_the_enforced_one() -> None:
    text = (DOCS / "admin.md").read_text(encoding="utf-8")
    start, end = text.find(roles.MATRIX_BEGIN), text.find(roles.MATRIX_END)
    assert 0 <= start < end, "docs/admin.md needs the permission matrix markers"
    assert text[start:end + len(roles.MATRIX_END)] == roles.matrix_markdown(), (
        "the matrix in docs/admin.md is out of date; replace it with "
        "charter.admin.roles.matrix_markdown()")


def test_every_endpoint_is_documented_with_its_permission(admin: Admin) -> None:
    text = (DOCS / "admin.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([A-Z]+ /admin/[^`]*)` \| (`[a-z_.]+`|none) \|", text, re.M))
    for endpoint in registered(admin):
        expected = "none" if endpoint.permission == roles.PUBLIC else f"`{endpoint.permission}`"
        assert rows.get(endpoint.action) == expected, (
            f"{endpoint.action} needs a row in the endpoint table of docs/admin.md "
            f"naming {expected}")
    stale = set(rows) - {e.action for e in registered(admin)}
    assert not stale, f"docs/admin.md lists endpoints that do not exist: {sorted(stale)}"
