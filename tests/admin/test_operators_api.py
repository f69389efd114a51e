"""Managing operators: who may grant which role, resets, the last owner (SEC-2, SEC-5)."""

from __future__ import annotations

import pytest

from tests.admin.conftest import Admin, secret_of


@pytest.mark.clause("SEC-2")
def test_only_an_owner_makes_owners_and_admins(admin: Admin) -> None:
    owner_token = admin.login(admin.enrol("owner"))
    admin_token = admin.login(admin.enrol("admin"))
    for role in ("owner", "admin"):
        refused = admin.request("POST", "/admin/operators", admin_token,
                                json={"username": f"new-{role}", "role": role})
        assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
        assert "operators.privileged" in refused.json()["detail"]
    made = admin.request("POST", "/admin/operators", admin_token,
                         json={"username": "helper", "role": "support"})
    assert made.status_code == 201
    assert admin.request("POST", "/admin/operators", owner_token,
                         json={"username": "second-admin", "role": "admin"}).status_code == 201
    denied = admin.events(action="POST /admin/operators", outcome="denied")
    assert [e.event.reason for e in denied] == ["forbidden", "forbidden"]


@pytest.mark.clause("SEC-2")
def test_an_admin_cannot_promote_anyone_or_touch_an_admin(admin: Admin) -> None:
    admin_token = admin.login(admin.enrol("admin"))
    support = admin.enrol("support")
    peer = admin.enrol("admin")
    path = f"/admin/operators/{support.account_id}"
    assert admin.request("PATCH", path, admin_token, json={"role": "admin"}).status_code == 403
    assert admin.request("PATCH", path, admin_token, json={"role": "security"}).json()[
        "role"] == "security"
    peer_path = f"/admin/operators/{peer.account_id}"
    assert admin.request("PATCH", peer_path, admin_token,
                         json={"status": "disabled"}).status_code == 403
    assert admin.request("POST", f"{peer_path}/reset", admin_token).status_code == 403


@pytest.mark.clause("SEC-5")
def test_a_new_operator_gets_a_one_time_password_and_totp_and_can_log_in(admin: Admin) -> None:
    owner_token = admin.login(admin.enrol("owner"))
    response = admin.request("POST", "/admin/operators", owner_token,
                             json={"username": "Carol", "role": "privacy_officer"})
    assert response.status_code == 201
    body = response.json()
    assert body["operator"]["username"] == "carol" and body["operator"]["totp_enrolled"]
    assert body["totp_uri"].startswith("otpauth://totp/Charter:carol?")
    assert len(body["password"]) >= 20
    login = admin.request("POST", "/admin/login", json={
        "username": "carol", "password": body["password"],
        "totp": _code(admin, body["totp_uri"])})
    assert login.status_code == 200 and login.json()["operator"]["role"] == "privacy_officer"
    (created,) = admin.events(action="POST /admin/operators")
    assert created.event.target == f"account_id={body['operator']['account_id']}"
    assert body["password"] not in str(created.event) and "carol" not in str(created.event)


def test_a_taken_username_is_a_conflict(admin: Admin) -> None:
    owner = admin.enrol("owner", "dana")
    token = admin.login(owner)
    response = admin.request("POST", "/admin/operators", token,
                             json={"username": "DANA", "role": "support"})
    assert response.status_code == 409 and response.json()["code"] == "conflict"


@pytest.mark.clause("SEC-5")
def test_a_reset_replaces_both_factors_and_ends_sessions(admin: Admin) -> None:
    owner_token = admin.login(admin.enrol("owner"))
    support = admin.enrol("support")
    support_token = admin.login(support)
    response = admin.request("POST", f"/admin/operators/{support.account_id}/reset",
                             owner_token)
    assert response.status_code == 200
    body = response.json()
    assert admin.request("GET", "/admin/me", support_token).status_code == 401
    admin.clock.advance(seconds=30)
    assert admin.login_response(support).status_code == 401  # the old factors are gone
    admin.clock.advance(seconds=30)
    login = admin.request("POST", "/admin/login", json={
        "username": support.username, "password": body["password"],
        "totp": _code(admin, body["totp_uri"])})
    assert login.status_code == 200


def test_the_last_owner_stays(admin: Admin) -> None:
    owner = admin.enrol("owner")
    token = admin.login(owner)
    path = f"/admin/operators/{owner.account_id}"
    for change in ({"role": "admin"}, {"status": "disabled"}):
        response = admin.request("PATCH", path, token, json=change)
        assert response.status_code == 409, change
    second = admin.enrol("owner")
    assert admin.request("PATCH", path, token, json={"role": "admin"}).status_code == 200
    second_token = admin.login(second)
    last = admin.request("PATCH", f"/admin/operators/{second.account_id}", second_token,
                         json={"status": "disabled"})
    assert last.status_code == 409


@pytest.mark.clause("SEC-5")
def test_security_ends_another_operators_sessions(admin: Admin) -> None:
    security_token = admin.login(admin.enrol("security"))
    admin_operator = admin.enrol("admin")
    admin_token = admin.login(admin_operator)
    response = admin.request("DELETE", f"/admin/operators/{admin_operator.account_id}/sessions",
                             security_token)
    assert response.json() == {"revoked": 1}
    assert admin.request("GET", "/admin/me", admin_token).status_code == 401


def test_operator_listings_never_carry_hashes_or_secrets(admin: Admin) -> None:
    owner = admin.enrol("owner")
    token = admin.login(owner)
    listing = admin.request("GET", "/admin/operators", token)
    (entry,) = listing.json()["operators"]
    assert set(entry) == {"account_id", "username", "email", "role", "status", "created",
                          "last_login", "locked_until", "failed_logins", "totp_enrolled"}
    assert "argon2" not in listing.text
    assert admin.request("GET", "/admin/operators/acc_nope0000000000000", token
                         ).status_code == 404


def _code(admin: Admin, uri: str) -> str:
    from charter.admin import totp

    return totp.code_at(secret_of(uri), totp.step_at(admin.clock()))
