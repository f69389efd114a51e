"""Operator login: password + TOTP, replay, lockout, sessions, logout (SEC-5)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from charter.admin import operators, passwords
from tests.admin.conftest import Admin, Enrolled, store_on_both

LOGIN = "POST /admin/login"


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    """These tests run on SQLite and on PostgreSQL."""
    yield from store_on_both(store_url)


def refusal(response: httpx.Response) -> dict[str, Any]:
    """The one answer every refused login gets, without its request id."""
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["code"] == "login_failed"
    body.pop("request_id")
    return body


def last_login_event(admin: Admin) -> tuple[str, str, str | None, str | None]:
    event = admin.events(action=LOGIN)[-1].event
    return event.actor, event.outcome, event.reason, event.target


@pytest.fixture
def owner(admin: Admin) -> Enrolled:
    return admin.enrol("owner", "alice")


@pytest.mark.clause("SEC-5")
def test_password_and_code_open_a_session(admin: Admin, owner: Enrolled) -> None:
    response = admin.login_response(owner)
    assert response.status_code == 200
    body = response.json()
    assert body["token"].startswith("cha_s_") and len(body["token"]) > 40
    assert body["operator"] == {"account_id": owner.account_id, "username": "alice",
                                "role": "owner"}
    assert body["idle_timeout_seconds"] == 1800
    assert response.headers["cache-control"] == "no-store"
    me = admin.request("GET", "/admin/me", body["token"]).json()
    assert me["account_id"] == owner.account_id and me["session_id"] == body["session_id"]
    assert "operators.privileged" in me["permissions"]
    assert last_login_event(admin) == (owner.account_id, "success", None,
                                       f"account_id={owner.account_id}")


@pytest.mark.clause("SEC-5")
@pytest.mark.parametrize(("change", "reason"), [
    ({"password": "wrong-password-123"}, "bad_password"),
    ({"code": "000000"}, "bad_totp"),
    ({"code": ""}, "bad_totp"),
])
def test_a_wrong_password_or_code_is_refused(
        admin: Admin, owner: Enrolled, change: dict[str, str], reason: str) -> None:
    if change.get("code") == "000000" and admin.code(owner) == "000000":
        change = {"code": "111111"}
    refusal(admin.login_response(owner, **change))
    assert last_login_event(admin) == ("anonymous", "failure", reason,
                                       f"account_id={owner.account_id}")


@pytest.mark.clause("SEC-5")
def test_codes_of_the_neighbouring_steps_work_and_no_further(admin: Admin) -> None:
    for steps, accepted in ((-1, True), (1, True), (-2, False), (2, False)):
        who = admin.enrol("support")
        response = admin.login_response(who, code=admin.code(who, steps))
        assert (response.status_code == 200) is accepted, steps


@pytest.mark.clause("SEC-5")
def test_a_code_works_once(admin: Admin, owner: Enrolled) -> None:
    code = admin.code(owner)
    token = admin.login(owner)
    assert admin.request("POST", "/admin/logout", token).status_code == 204
    refusal(admin.login_response(owner, code=code))
    assert last_login_event(admin)[2] == "totp_replayed"
    # An earlier step's code is refused too, once a later one was used.
    admin.clock.advance(seconds=30)
    assert admin.login_response(owner).status_code == 200
    refusal(admin.login_response(owner, code=admin.code(owner, -1)))
    assert last_login_event(admin)[2] == "totp_replayed"


@pytest.mark.clause("SEC-5")
def test_five_failures_lock_the_account_for_fifteen_minutes(
        admin: Admin, owner: Enrolled) -> None:
    for _ in range(operators.LOCKOUT_THRESHOLD):
        refusal(admin.login_response(owner, password="not-the-password"))
    (lockout,) = [e.event for e in admin.events(action="operator.lockout")]
    assert (lockout.actor, lockout.outcome, lockout.reason, lockout.target) == (
        "system", "success", "too_many_failures", f"account_id={owner.account_id}")
    assert lockout.details == {"failures": 5, "locked_seconds": 900}

    # Locked: even the right password and code are refused, with the same answer.
    refusal(admin.login_response(owner))
    assert last_login_event(admin)[1:3] == ("failure", "locked")
    admin.clock.advance(minutes=14, seconds=50)
    refusal(admin.login_response(owner))
    admin.clock.advance(seconds=15)
    assert admin.login_response(owner).status_code == 200


@pytest.mark.clause("SEC-5")
def test_failures_spread_over_more_than_fifteen_minutes_do_not_lock(
        admin: Admin, owner: Enrolled) -> None:
    for _ in range(operators.LOCKOUT_THRESHOLD - 1):
        refusal(admin.login_response(owner, password="not-the-password"))
    admin.clock.advance(minutes=16)
    refusal(admin.login_response(owner, password="not-the-password"))
    assert admin.login_response(owner).status_code == 200
    assert admin.events(action="operator.lockout") == []


@pytest.mark.clause("SEC-5")
def test_a_success_clears_the_failures(admin: Admin, owner: Enrolled) -> None:
    for _ in range(operators.LOCKOUT_THRESHOLD - 1):
        refusal(admin.login_response(owner, password="not-the-password"))
    admin.login(owner)
    admin.clock.advance(seconds=30)
    for _ in range(operators.LOCKOUT_THRESHOLD - 1):
        refusal(admin.login_response(owner, password="not-the-password"))
    assert admin.login_response(owner).status_code == 200


@pytest.mark.clause("SEC-5")
def test_an_unlock_lifts_the_lockout(admin: Admin, owner: Enrolled) -> None:
    security = admin.enrol("security")
    token = admin.login(security)
    for _ in range(operators.LOCKOUT_THRESHOLD):
        refusal(admin.login_response(owner, password="not-the-password"))
    locked = admin.request("GET", f"/admin/operators/{owner.account_id}", token).json()
    assert locked["locked_until"] is not None and locked["failed_logins"] == 5
    unlocked = admin.request("POST", f"/admin/operators/{owner.account_id}/unlock", token)
    assert unlocked.status_code == 200 and unlocked.json()["locked_until"] is None
    assert admin.login_response(owner).status_code == 200


@pytest.mark.clause("SEC-5")
def test_sessions_end_after_thirty_idle_minutes(admin: Admin, owner: Enrolled) -> None:
    token = admin.login(owner)
    admin.clock.advance(minutes=29)
    assert admin.request("GET", "/admin/me", token).status_code == 200
    admin.clock.advance(minutes=29)  # 29 minutes after the last call: still open
    assert admin.request("GET", "/admin/me", token).status_code == 200
    admin.clock.advance(minutes=30)
    assert admin.request("GET", "/admin/me", token).status_code == 401


@pytest.mark.clause("SEC-5")
def test_sessions_end_twelve_hours_after_login_however_busy(
        admin: Admin, owner: Enrolled) -> None:
    token = admin.login(owner)
    for _ in range(12 * 3 - 1):
        admin.clock.advance(minutes=20)
        assert admin.request("GET", "/admin/me", token).status_code == 200
    admin.clock.advance(minutes=20)
    assert admin.request("GET", "/admin/me", token).status_code == 401


@pytest.mark.clause("SEC-5")
@pytest.mark.clause("SCOPE-2")
def test_logout_ends_the_session_and_is_audited(admin: Admin, owner: Enrolled) -> None:
    token = admin.login(owner)
    other = admin.request("POST", "/admin/logout", token)
    assert other.status_code == 204
    assert admin.request("GET", "/admin/me", token).status_code == 401
    (logout,) = [e.event for e in admin.events(action="POST /admin/logout")]
    assert (logout.actor, logout.outcome) == (owner.account_id, "success")
    assert str(logout.details["session"]).startswith("ses_")


@pytest.mark.clause("SEC-5")
def test_a_disabled_operator_is_refused_and_loses_its_sessions(admin: Admin) -> None:
    owner = admin.enrol("owner")
    support = admin.enrol("support")
    owner_token, support_token = admin.login(owner), admin.login(support)
    response = admin.request("PATCH", f"/admin/operators/{support.account_id}", owner_token,
                             json={"status": "disabled"})
    assert response.status_code == 200
    assert admin.request("GET", "/admin/me", support_token).status_code == 401
    admin.clock.advance(seconds=30)
    refusal(admin.login_response(support))
    assert last_login_event(admin)[2] == "disabled"


@pytest.mark.clause("SEC-5")
def test_changing_ones_password_ends_ones_other_sessions(admin: Admin, owner: Enrolled) -> None:
    first = admin.login(owner)
    admin.clock.advance(seconds=30)
    second = admin.login(owner)
    wrong = admin.request("POST", "/admin/me/password", second,
                          json={"current_password": "nope", "new_password": "x" * 20})
    assert wrong.status_code == 422
    short = admin.request("POST", "/admin/me/password", second,
                          json={"current_password": owner.password, "new_password": "short"})
    assert short.status_code == 422
    assert "short" not in short.text
    new = "a much longer pass phrase"
    done = admin.request("POST", "/admin/me/password", second,
                         json={"current_password": owner.password, "new_password": new})
    assert done.status_code == 204
    assert admin.request("GET", "/admin/me", first).status_code == 401
    assert admin.request("GET", "/admin/me", second).status_code == 200
    admin.clock.advance(seconds=30)
    refusal(admin.login_response(owner))
    admin.clock.advance(seconds=30)
    assert admin.login_response(owner, password=new).status_code == 200


@pytest.mark.clause("SEC-5")
def test_no_user_enumeration(admin: Admin, owner: Enrolled) -> None:
    """Unknown user, wrong password, wrong code, locked account: one answer, equal work."""
    verifications: list[str] = []
    real = admin.services.operators.passwords

    class Counting(passwords.Passwords):
        def verify(self, stored: str, password: str) -> bool:
            verifications.append("verify")
            return real.verify(stored, password)

    admin.services.operators.passwords = Counting()
    ghost = Enrolled("acc_none", "nobody-here", "owner", "whatever-password", owner.secret)
    answers = []
    for who, change in ((ghost, {}), (owner, {"password": "wrong-password-1"}),
                        (owner, {"code": admin.code(owner, 3)})):
        verifications.clear()
        answers.append(refusal(admin.login_response(who, **change)))
        assert verifications == ["verify"], who.username  # one argon2 verification each
    for _ in range(3):
        refusal(admin.login_response(owner, password="wrong-password-2"))
    verifications.clear()
    answers.append(refusal(admin.login_response(owner)))  # locked now
    assert verifications == ["verify"]
    assert all(answer == answers[0] for answer in answers)
    unknown = admin.events(action=LOGIN)[0].event
    assert (unknown.actor, unknown.reason, unknown.target) == ("anonymous", "unknown_user", None)


@pytest.mark.clause("SEC-5")
def test_the_auditor_may_log_in_without_a_code_only_when_it_has_no_second_factor(
        admin: Admin) -> None:
    auditor = admin.enrol("auditor")
    refusal(admin.login_response(auditor, code=""))  # enrolled, so the code is required
    from sqlalchemy import update

    from charter.identity.models import accounts

    with admin.engine.begin() as c:
        c.execute(update(accounts).where(accounts.c.id == auditor.account_id)
                  .values(totp_secret=None))
    assert admin.login_response(auditor, code="").status_code == 200
    support = admin.enrol("support")
    with admin.engine.begin() as c:
        c.execute(update(accounts).where(accounts.c.id == support.account_id)
                  .values(totp_secret=None))
    refusal(admin.login_response(support, code=""))
    assert last_login_event(admin)[2] == "no_totp"
