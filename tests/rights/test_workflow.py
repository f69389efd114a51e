"""The workflow: transitions, reasons, audit, deadlines, holds and the execution side."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, select

from charter.retention.holds import create_hold
from charter.rights import service as service_module
from charter.rights.models import RightsRequest, rights_events, rights_requests
from charter.rights.service import RightsService
from charter.rights.workflow import TRANSITIONS, RightsError
from tests.rights.conftest import Clock, audit_rows


@dataclass
class Result:
    outcome: str
    summary: dict[str, int | str] = field(default_factory=dict)
    artifact_id: str | None = None
    reason: str | None = None


class FakeExecution:
    def __init__(self, result: Result | Exception) -> None:
        self.result = result
        self.calls: list[RightsRequest] = []

    def __call__(self, engine: Engine, keyring: Any, config: Any,
                 request: RightsRequest) -> Result:
        self.calls.append(request)
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def _use(monkeypatch: pytest.MonkeyPatch, execution: Any) -> None:
    monkeypatch.setattr(service_module, "executor", lambda: execution)


def _verified(rights: RightsService, request_type: str = "access", **kwargs: Any) -> str:
    request = rights.create(request_type, [("email", "Ada@Example.com"),
                                           ("account", "acc_7f3k")],
                            actor="acc_officer", channel="admin", contact="ada@example.com",
                            verification="operator", reason="passport checked", **kwargs)
    return request.id


@pytest.mark.clause("RIGHTS-1")
def test_a_verified_request_runs_through_the_execution_side(
        rights: RightsService, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    execution = FakeExecution(Result("completed", {"access_log.rows": 12},
                                     artifact_id="bnd_1"))
    _use(monkeypatch, execution)
    request_id = _verified(rights)
    done = rights.advance(request_id, actor="acc_officer", reason=None, config=None)
    assert done.state == "completed"
    assert done.result == {"outcome": "completed", "summary": {"access_log.rows": 12},
                           "artifact_id": "bnd_1"}
    (given,) = execution.calls
    assert given.id == request_id and given.type == "access"
    assert given.subject_identifiers == [("email", "ada@example.com"), ("account", "acc_7f3k")]
    keys = [rights.pseudonymizer.subject_key("email", "ada@example.com"),
            rights.pseudonymizer.subject_key("account", "acc_7f3k")]
    assert given.subject_keys == keys and given.state == "in_progress"
    assert given.received_at.tzinfo is not None and given.due_at is not None
    states = [(e["from_state"], e["to_state"], e["actor"]) for e in rights.events(request_id)]
    assert states == [(None, "received", "acc_officer"), ("received", "verified", "acc_officer"),
                      ("verified", "in_progress", "acc_officer"),
                      ("in_progress", "completed", "system")]
    actions = [(row["action"], row["actor"], row["reason"]) for row in audit_rows(engine)]
    assert actions == [("rights.create", "acc_officer", "received"),
                       ("rights.advance", "acc_officer", "in_progress"),
                       ("rights.execute", "system", "completed")]


def test_the_store_keeps_keys_not_identifiers(rights: RightsService, engine: Engine) -> None:
    request_id = _verified(rights, "rectify", details={"fields": {"name": "Ada King"}})
    with engine.connect() as connection:
        row = connection.execute(select(rights_requests).where(
            rights_requests.c.id == request_id)).mappings().one()
    stored = " ".join(str(value) for value in row.values())
    for secret in ("ada@example.com", "acc_7f3k", "Ada King"):
        assert secret not in stored
    assert row["subject_key"].startswith("sk_")
    assert rights.contact(request_id) == "ada@example.com"
    assert rights.get(request_id).details == {"fields": {"name": "Ada King"}}


@pytest.mark.clause("RIGHTS-3")
def test_erasing_the_subject_shreds_the_contact(rights: RightsService) -> None:
    request_id = _verified(rights, "erase")
    request = rights.get(request_id)
    rights.sealer.erase(request.subject_key)
    assert rights.contact(request_id) is None
    assert rights.get(request_id).subject_identifiers == []
    # A new request from the erased person is still taken, under a key of its own.
    again = rights.create("access", [("email", "ada@example.com")], actor="requester",
                          channel="api", contact="ada@example.com")
    assert rights.contact(again.id) == "ada@example.com"


@pytest.mark.clause("RIGHTS-3")
def test_a_legal_hold_blocks_erasure_and_says_so(
        rights: RightsService, engine: Engine, clock: Clock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    execution = FakeExecution(Result("completed"))
    _use(monkeypatch, execution)
    request_id = _verified(rights, "erase")
    key = rights.get(request_id).subject_keys[1]
    create_hold(engine, reason="case 2026-17", owner="legal", created_by="acc_officer",
                now=clock(), subject_key=key)
    with pytest.raises(RightsError) as refused:
        rights.advance(request_id, actor="acc_officer", reason=None, config=None)
    assert (refused.value.status, refused.value.code) == (409, "legal_hold")
    assert refused.value.extra["holds"] == 1 and "legal hold" in refused.value.message
    assert execution.calls == []
    assert rights.get(request_id).state == "verified"
    assert rights.events(request_id)[-1]["reason"] == "legal_hold"
    denied = rights.deny(request_id, actor="acc_officer", reason="legal hold: case 2026-17")
    assert denied.state == "denied" and denied.reason == "legal hold: case 2026-17"


def test_without_the_execution_side_nothing_changes(
        rights: RightsService, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_module.importlib, "import_module",
                        lambda name: (_ for _ in ()).throw(
                            ModuleNotFoundError(name=name)))
    request_id = _verified(rights)
    with pytest.raises(RightsError) as refused:
        rights.advance(request_id, actor="acc_officer", reason=None, config=None)
    assert (refused.value.status, refused.value.code) == (503, "execution_unavailable")
    assert rights.get(request_id).state == "verified"


def test_a_partial_run_stays_in_progress_and_a_failure_is_recorded(
        rights: RightsService, monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = _verified(rights, "erase")
    _use(monkeypatch, FakeExecution(Result("partial", {"upstream.shop": "failed"})))
    partial = rights.advance(request_id, actor="acc_officer", reason=None, config=None)
    assert partial.state == "in_progress"
    assert partial.result is not None and partial.result["outcome"] == "partial"
    _use(monkeypatch, FakeExecution(RuntimeError("boom")))
    with pytest.raises(RightsError) as failed:
        rights.advance(request_id, actor="acc_officer", reason="retry", config=None)
    assert failed.value.code == "execution_failed"
    assert rights.events(request_id)[-1]["details"] == {"error": "RuntimeError"}
    _use(monkeypatch, FakeExecution(Result("denied", reason="no_data_held")))
    denied = rights.advance(request_id, actor="acc_officer", reason="retry", config=None)
    assert denied.state == "denied" and denied.reason == "no_data_held"


@pytest.mark.clause("RIGHTS-2")
def test_invalid_transitions_are_refused_clearly(rights: RightsService) -> None:
    request = rights.create("rectify", [("email", "bo@example.org")], actor="requester",
                            channel="api", contact="bo@example.org",
                            details={"message": "my name is misspelt"})
    assert request.state == "received" and request.due_at is None  # GDPR: from verification
    with pytest.raises(RightsError) as refused:
        rights.complete(request.id, actor="acc_officer", reason=None)
    assert refused.value.code == "invalid_transition"
    assert "received cannot become completed" in refused.value.message
    with pytest.raises(RightsError) as no_reason:
        rights.deny(request.id, actor="acc_officer", reason="  ")
    assert no_reason.value.code == "reason_required"
    rights.deny(request.id, actor="acc_officer", reason="duplicate of an earlier request")
    with pytest.raises(RightsError, match="final"):
        rights.verify(request.id, actor="acc_officer", reason="late")


def test_every_state_is_in_the_transition_table() -> None:
    from charter.rights.models import STATES

    assert set(TRANSITIONS) == set(STATES)
    for targets in TRANSITIONS.values():
        assert targets <= set(STATES)


@pytest.mark.clause("RIGHTS-7")
def test_extension_once_and_only_within_the_first_period(
        rights: RightsService, clock: Clock, engine: Engine) -> None:
    request_id = _verified(rights)  # verified 31 January 2026
    assert rights.get(request_id).due_at == datetime(2026, 2, 28, 23, 59, 59, tzinfo=UTC)
    with pytest.raises(RightsError, match="reason"):
        rights.extend(request_id, actor="acc_officer", reason=None)
    extended = rights.extend(request_id, actor="acc_officer", reason="many systems to search")
    assert extended.state == "extended"
    assert extended.due_at == datetime(2026, 4, 30, 23, 59, 59, tzinfo=UTC)
    with pytest.raises(RightsError) as again:
        rights.extend(request_id, actor="acc_officer", reason="more")
    assert again.value.code == "invalid_transition"

    late = _verified(rights)
    clock.advance(days=29)  # 1 March: the first month is over
    with pytest.raises(RightsError) as too_late:
        rights.extend(late, actor="acc_officer", reason="complex")
    assert too_late.value.code == "not_extendable"
    with engine.connect() as connection:
        reasons = connection.execute(select(rights_events.c.reason).where(
            rights_events.c.request_id == request_id,
            rights_events.c.to_state == "extended")).scalars().all()
    assert reasons == ["many systems to search"]


@pytest.mark.clause("RIGHTS-7")
def test_ccpa_clock_runs_from_receipt(rights: RightsService) -> None:
    request = rights.create("erase", [("email", "cy@example.com")], actor="requester",
                            channel="api", contact="cy@example.com", jurisdiction="ccpa")
    assert request.due_at == datetime(2026, 3, 17, 23, 59, 59, tzinfo=UTC)  # 31 Jan + 45


def test_unverified_requests_expire(rights: RightsService, clock: Clock) -> None:
    request = rights.create("access", [("email", "dee@example.com")], actor="requester",
                            channel="api", contact="dee@example.com")
    clock.advance(days=6)
    assert rights.expire_unverified() == 0
    clock.advance(days=2)
    assert rights.expire_unverified() == 1
    expired = rights.get(request.id)
    assert expired.state == "denied" and expired.reason == "identity not verified in time"


@pytest.mark.clause("RIGHTS-4")
def test_bad_input_is_refused_without_echo(rights: RightsService) -> None:
    cases: list[tuple[str, list[tuple[str, str]], dict[str, Any]]] = [
        ("sell", [("email", "a@example.com")], {}),
        ("access", [("phone", "+44 20 7946 0000")], {}),
        ("access", [("email", "not-an-address")], {}),
        ("rectify", [("email", "a@example.com")], {"details": {}}),
        ("restrict", [("email", "a@example.com")], {"details": {"scope": "all"}}),
        ("access", [("email", "a@example.com")], {"jurisdiction": "mars"}),
    ]
    for request_type, identifiers, extra in cases:
        with pytest.raises(RightsError) as refused:
            rights.create(request_type, identifiers, actor="requester", channel="api", **extra)
        assert refused.value.status == 422
        for value in ("+44 20 7946 0000", "not-an-address", "mars", "a@example.com"):
            assert value not in refused.value.message
