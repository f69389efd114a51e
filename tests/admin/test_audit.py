"""The audit log: durable records, the read API, and audit on every change (SCOPE-2, SEC-4)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from charter.audit.log import AuditEvent, AuditLog, AuditQuery, target_of
from charter.store.engine import make_engine
from tests.admin.conftest import Admin, store_on_both

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    """These tests run on SQLite and on PostgreSQL."""
    yield from store_on_both(store_url)


def event(n: int, **fields: object) -> AuditEvent:
    values: dict[str, object] = {"actor": "acc_a", "action": "POST /admin/things",
                                 "outcome": "success", "ts": T0 + timedelta(minutes=n)}
    values.update(fields)
    return AuditEvent(**values)  # type: ignore[arg-type]


@pytest.mark.clause("SCOPE-2")
def test_record_returns_once_the_event_is_committed(store: Engine) -> None:
    log = AuditLog(store)
    asyncio.run(log.record(event(0, target="org_id=o1", request_id="r1",
                                 details={"count": 2, "role": "support"})))
    # Another engine, as another process would: the row is there already.
    other = make_engine(store.url.render_as_string(hide_password=False))
    try:
        (found,) = AuditLog(other).query(AuditQuery())
    finally:
        other.dispose()
    assert found.event == event(0, target="org_id=o1", request_id="r1",
                                details={"count": 2, "role": "support"})
    assert found.seq >= 1


def test_queries_filter_and_page(store: Engine) -> None:
    log = AuditLog(store)
    for n in range(10):
        log.record_sync(event(n, actor="acc_a" if n % 2 else "acc_b",
                              target=target_of({"org_id": f"o{n % 3}", "client_id": f"c{n}"}),
                              outcome="denied" if n == 7 else "success"))
    log.record_sync(event(11, action="operator.lockout", target="account_id=acc_x"))

    def seqs(**filters: object) -> list[int]:
        return [e.seq for e in log.query(AuditQuery(**filters))]  # type: ignore[arg-type]

    assert seqs() == list(range(11, 0, -1))
    assert seqs(limit=3) == [11, 10, 9]
    assert seqs(limit=3, before=9) == [8, 7, 6]
    assert seqs(actor="acc_b") == [9, 7, 5, 3, 1]
    assert seqs(outcome="denied") == [8]
    assert seqs(action="operator.lockout") == [11]
    assert seqs(since=T0 + timedelta(minutes=8)) == [11, 10, 9]
    assert seqs(until=T0 + timedelta(minutes=2)) == [2, 1]
    assert seqs(target="org_id=o1") == [8, 5, 2]  # one component of the target
    assert seqs(target="client_id=c4") == [5]
    assert seqs(target="account_id=acc_x") == [11]  # the whole target
    assert seqs(target="o1") == []  # components match whole, not in part
    assert seqs(target="org_id=o%") == []  # LIKE wildcards are literal
    assert len(seqs(limit=10_000)) == 11  # capped at 500, not refused


def test_events_hold_only_plain_values() -> None:
    with pytest.raises(ValueError, match="plain value"):
        event(0, details={"nested": {"a": 1}})
    with pytest.raises(ValueError, match="timezone"):
        event(0, ts=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="outcome"):
        event(0, outcome="maybe")
    assert target_of({"org_id": "o 1", "key_id": "key_abc"}) == "org_id=<invalid>/key_id=key_abc"
    assert target_of({}) is None


@pytest.mark.clause("SCOPE-2")
@pytest.mark.clause("SEC-5")
def test_every_change_is_audited_with_actor_action_target_and_request_id(admin: Admin) -> None:
    owner = admin.enrol("owner")
    token = admin.login(owner)
    support = admin.enrol("support")
    calls = [
        ("POST", "/admin/config/reload", None, 200),
        ("POST", f"/admin/operators/{support.account_id}/unlock", None, 200),
        ("PATCH", f"/admin/operators/{support.account_id}", {"role": "auditor"}, 200),
        ("PATCH", "/admin/operators/acc_missing000000000", {"role": "auditor"}, 404),
        ("DELETE", f"/admin/operators/{support.account_id}/sessions", None, 200),
        ("POST", "/admin/operators", {"username": "x", "role": "nope"}, 422),
    ]
    for index, (method, path, body, status) in enumerate(calls):
        response = admin.request(method, path, token, json=body,
                                 headers={"x-request-id": f"change-{index}"})
        assert response.status_code == status, (path, response.text)
        (record,) = admin.events_for(f"change-{index}")
        found = record.event
        assert found.actor == owner.account_id
        assert found.subject_key is not None and found.subject_key.startswith("sk_")
        assert found.outcome == ("success" if status < 400 else "failure")
        assert found.details["session"] is not None
        if "{account_id}" in found.action and status == 200:
            assert found.target == f"account_id={support.account_id}"
    reasons = [e.event.reason for e in admin.events(outcome="failure")]
    assert reasons == ["not_found", "invalid_body"]
    # Reading is not audited; refusals are (see test_matrix).
    before = admin.event_count()
    admin.request("GET", "/admin/operators", token)
    assert admin.event_count() == before


@pytest.mark.clause("SCOPE-2")
def test_a_change_whose_audit_record_cannot_be_written_fails(admin: Admin) -> None:
    async def broken(event: AuditEvent) -> None:
        raise RuntimeError("the store is gone")

    token = admin.bootstrap
    admin.services.audit.record = broken  # type: ignore[method-assign]
    response = admin.request("POST", "/admin/config/reload", token)
    assert response.status_code == 500 and response.json()["code"] == "internal_error"
    assert admin.reloads == 1  # applied, but not reported done without its record


@pytest.mark.clause("SEC-4")
def test_the_audit_api_filters_and_pages(admin: Admin) -> None:
    auditor = admin.enrol("auditor")
    token = admin.login(auditor)
    for _ in range(3):
        admin.request("POST", "/admin/config/reload", admin.bootstrap)
    page = admin.request("GET", "/admin/audit", token,
                         params={"action": "POST /admin/config/reload", "limit": 2}).json()
    assert [e["actor"] for e in page["events"]] == ["bootstrap", "bootstrap"]
    assert page["next_before"] == page["events"][-1]["seq"]
    rest = admin.request("GET", "/admin/audit", token, params={
        "action": "POST /admin/config/reload", "limit": 2,
        "before": page["next_before"]}).json()
    assert len(rest["events"]) == 1 and rest["next_before"] is None
    logins = admin.request("GET", "/admin/audit", token, params={
        "actor": auditor.account_id, "since": (admin.clock() - timedelta(hours=1)).isoformat(),
    }).json()["events"]
    assert [(e["action"], e["outcome"]) for e in logins] == [("POST /admin/login", "success")]
    assert "subject_key" not in logins[0]
    for bad in ({"limit": "0"}, {"since": "2026-01-01T00:00:00"}, {"outcome": "won"},
                {"colour": "blue"}):
        refused = admin.request("GET", "/admin/audit", token, params=bad)
        assert refused.status_code == 422 and refused.json()["code"] == "invalid_query", bad


@pytest.mark.clause("SEC-4")
@pytest.mark.clause("RIGHTS-3")
def test_the_audit_api_shows_the_chain_and_sealed_names_until_erasure(admin: Admin) -> None:
    from charter.audit.verify import verify_log

    auditor = admin.enrol("auditor")
    token = admin.login(auditor)
    owner = admin.enrol("owner")
    admin.request("POST", "/admin/config/reload", admin.login(owner))
    events = admin.request("GET", "/admin/audit", token).json()["events"]
    reload, login = events[0], events[1]
    assert reload["actor"] == owner.account_id and reload["actor_display"] == owner.username
    assert login["actor_display"] is None  # the login names the account, not the caller
    assert reload["prev_hash"] == login["hash"] and len(reload["hash"]) == 64
    assert [e["seq"] for e in events] == list(range(events[0]["seq"], 0, -1))

    # Erasing the owner's data key: the name reads [erased], the chain still verifies.
    keys = admin.services.audit.subject_keys
    subject_key = admin.events(actor=owner.account_id)[-1].event.subject_key
    assert keys is not None and subject_key is not None
    keys.erase(subject_key)
    again = admin.request("GET", "/admin/audit", token).json()["events"]
    assert again[0]["actor_display"] == "[erased]" and again[0]["hash"] == reload["hash"]
    assert verify_log(admin.engine, admin.keyring, None).ok


def test_a_lockout_names_the_operator_sealed(admin: Admin) -> None:
    support = admin.enrol("support")
    for _ in range(5):
        admin.login_response(support, password="wrong")
    (lockout,) = admin.events(action="operator.lockout")
    assert lockout.event.actor == "system"
    assert lockout.event.target_display == support.username
