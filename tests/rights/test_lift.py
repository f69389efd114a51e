"""Lifting a restriction (GDPR Art. 18(3)) through its request: the person is told first,
through the rights outbox, or nothing is lifted; the operator and the reason are on record."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from charter.admin.app import AdminState, build_admin
from charter.admin.auth import bootstrap_token
from charter.admin.reload import ReloadOutcome
from charter.cli import main
from charter.config.models import CharterConfig
from charter.metrics import MetricsHub
from charter.privacy.keyring import Keyring
from charter.rights import api as rights_api
from charter.rights.execute.flags import active_flags
from charter.rights.lifting import NOTICE_SUBJECT, lift
from charter.rights.outbox import FileOutbox
from charter.rights.service import RightsService
from charter.rights.workflow import RightsError
from tests.rights.conftest import audit_rows

pytestmark = pytest.mark.clause("RIGHTS-4")

ADA = [("email", "ada@example.com"), ("sub", "people:ada-7f3")]


def _restricted(rights: RightsService, contact: str | None = "ada@example.com",
                request_type: str = "restrict") -> str:
    request = rights.create(request_type, ADA, actor="acc_officer", channel="admin",
                            contact=contact, verification="operator", reason="passport seen")
    done = rights.advance(request.id, actor="acc_officer", reason=None, config=CharterConfig())
    assert done.state == "completed", done.result
    return request.id


def _messages(directory: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted(directory.glob("*.json"))]


def _split(messages: list[dict[str, Any]]) -> tuple[list[dict[str, Any]],
                                                    list[dict[str, Any]]]:
    """(the notices that a request was carried out, the notices of a lifting)."""
    lifting = [m for m in messages if m["subject"] == NOTICE_SUBJECT]
    return [m for m in messages if m not in lifting], lifting


def _restrictions(rights: RightsService, request_id: str) -> list[dict[str, Any]]:
    keys = rights.get(request_id).subject_keys
    return [f for f in active_flags(rights.engine, keys) if f["flag"] == "restricted"]


def test_the_person_is_told_then_the_restriction_is_lifted_and_recorded(
        rights: RightsService, engine: Engine, tmp_path: Path) -> None:
    request_id = _restricted(rights)
    assert len(_restrictions(rights, request_id)) == 2  # one flag per identifier
    outbox = tmp_path / "outbox"
    done = lift(rights, FileOutbox(outbox), request_id, actor="acc_officer",
                reason="the accuracy check is over: the data was right", service_name="Shop")
    assert done.flags == 2 and _restrictions(rights, request_id) == []
    (message,) = _messages(outbox)
    assert message["id"] == done.message_id and message["to"] == "ada@example.com"
    assert request_id in message["text"] and "Shop" in message["text"]
    assert "the accuracy check is over" in message["text"]

    last = rights.events(request_id)[-1]
    assert (last["from_state"], last["to_state"]) == ("completed", "completed")
    assert last["actor"] == "acc_officer"
    assert last["reason"] == "the accuracy check is over: the data was right"
    assert last["details"] == {"restriction": "lifted", "flags": 2, "notice": done.message_id}
    assert rights.get(request_id).state == "completed"

    steps = [(r["action"], r["actor"], r["target"]) for r in audit_rows(engine)
             if str(r["action"]).startswith("rights.restriction.")]
    assert steps == [("rights.restriction.lift_notice", "acc_officer",
                      f"request_id={request_id}"),
                     ("rights.restriction.lifted", "acc_officer", f"request_id={request_id}")]
    address = " ".join(str(v) for r in audit_rows(engine, "") for v in r.values())
    assert "ada@example.com" not in address

    with pytest.raises(RightsError) as again:
        lift(rights, FileOutbox(outbox), request_id, actor="acc_officer", reason="again",
             service_name="Shop")
    assert (again.value.status, again.value.code) == (409, "not_restricted")
    assert len(_messages(outbox)) == 1  # nobody is told of a lifting that does not happen


def test_nothing_is_lifted_when_the_person_cannot_be_told(
        rights: RightsService, engine: Engine, tmp_path: Path) -> None:
    silent = _restricted(rights, contact=None)
    with pytest.raises(RightsError) as no_contact:
        lift(rights, FileOutbox(tmp_path / "outbox"), silent, actor="acc_officer",
             reason="check done", service_name="Shop")
    assert (no_contact.value.status, no_contact.value.code) == (409, "no_contact")
    assert len(_restrictions(rights, silent)) == 2

    request_id = _restricted(rights)
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")  # the outbox directory cannot be created under a file
    with pytest.raises(RightsError) as down:
        lift(rights, FileOutbox(blocked / "outbox"), request_id, actor="acc_officer",
             reason="check done", service_name="Shop")
    assert (down.value.status, down.value.code) == (503, "outbox_unavailable")
    assert len(_restrictions(rights, request_id)) == 2
    failed = [r for r in audit_rows(engine)
              if str(r["action"]).startswith("rights.restriction.")]
    assert [(r["action"], r["outcome"], r["reason"]) for r in failed] == [
        ("rights.restriction.lift_notice", "failure", "outbox_unavailable")]
    assert rights.events(request_id)[-1]["reason"] == ("the person could not be told; the "
                                                       "restriction stays")


def test_only_a_restriction_with_a_reason_is_lifted(rights: RightsService,
                                                   tmp_path: Path) -> None:
    outbox = FileOutbox(tmp_path / "outbox")
    request_id = _restricted(rights)
    with pytest.raises(RightsError) as no_reason:
        lift(rights, outbox, request_id, actor="acc_officer", reason="  ", service_name="S")
    assert (no_reason.value.status, no_reason.value.code) == (422, "reason_required")
    access = _restricted(rights, request_type="access")
    with pytest.raises(RightsError) as wrong_type:
        lift(rights, outbox, access, actor="acc_officer", reason="done", service_name="S")
    assert (wrong_type.value.status, wrong_type.value.code) == (409, "not_a_restriction")
    with pytest.raises(RightsError) as missing:
        lift(rights, outbox, "rr_missing", actor="acc_officer", reason="done",
             service_name="S")
    assert missing.value.code == "unknown_request"
    assert len(_restrictions(rights, request_id)) == 2
    assert not outbox.directory.exists()  # nobody was told anything


# -- through the admin API and the CLI ------------------------------------------------------

def _admin(engine: Engine, keyring: Keyring) -> Any:
    async def reload() -> ReloadOutcome:
        return ReloadOutcome(ok=True, version=1, changed=False)

    return build_admin(AdminState(keyring=keyring, metrics=MetricsHub(), ready=lambda: True,
                                  config_info=lambda: {}, reload=reload, engine=engine))


def _call(app: Any, keyring: Keyring, method: str, path: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://admin") as http:
            return await http.request(method, path, headers={
                "authorization": f"Bearer {bootstrap_token(keyring)}"}, **kwargs)

    return asyncio.run(go())


def test_an_officer_lifts_it_through_the_admin_api(
        engine: Engine, keyring: Keyring, tmp_path: Path) -> None:
    keyring.save(tmp_path / "charter.keyring")  # the outbox is <var>/outbox next to it
    app = _admin(engine, keyring)
    created = _call(app, keyring, "POST", "/admin/rights", json={
        "type": "restrict", "identifiers": [{"kind": "sub", "value": "people:ada-7f3"}],
        "contact": "ada@example.com", "verified": True, "reason": "passport seen"})
    assert created.status_code == 201, created.text
    path = f"/admin/rights/{created.json()['id']}"
    advanced = _call(app, keyring, "POST", f"{path}/advance", json={})
    assert advanced.json()["state"] == "completed"
    assert advanced.json()["flags"] == [{"flag": "restricted", "purposes": None}]

    refused = _call(app, keyring, "POST", f"{path}/lift", json={})
    assert refused.status_code == 422 and refused.json()["code"] == "reason_required"
    assert refused.headers["content-type"] == "application/problem+json"
    lifted = _call(app, keyring, "POST", f"{path}/lift", json={"reason": "accuracy confirmed"})
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["flags"] == [] and lifted.json()["state"] == "completed"
    # The advance told the person the restriction is in force; the lifting tells them it ends.
    done, (message,) = _split(_messages(tmp_path / "var" / "outbox"))
    assert [m["subject"].endswith("was carried out") for m in done] == [True]
    assert message["to"] == "ada@example.com" and created.json()["id"] in message["text"]
    again = _call(app, keyring, "POST", f"{path}/lift", json={"reason": "again"})
    assert again.status_code == 409 and again.json()["code"] == "not_restricted"

    rows = [(r["action"], r["actor"], r["outcome"]) for r in audit_rows(engine, "")
            if "lift" in str(r["action"]) or str(r["action"]).startswith("rights.restriction")]
    assert rows == [
        ("POST /admin/rights/{request_id}/lift", "bootstrap", "failure"),
        ("rights.restriction.lift_notice", "bootstrap", "success"),
        ("rights.restriction.lifted", "bootstrap", "success"),
        ("POST /admin/rights/{request_id}/lift", "bootstrap", "success"),
        ("POST /admin/rights/{request_id}/lift", "bootstrap", "failure"),
    ]
    (endpoint,) = [e for e in rights_api.endpoints() if e.path.endswith("/lift")]
    assert endpoint.permission == "rights.write"  # privacy officers, admins, owners


def test_the_cli_lifts_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "charter.yaml"
    config.write_text('store: {url: "sqlite:///var/charter.db"}\n')
    Keyring.generate().save(tmp_path / "charter.keyring")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--config", str(config)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, out, err = run("rights", "create", "restrict", "--email", "ada@example.com",
                         "--verified", "--reason", "signed letter")
    assert code == 0, err
    request_id = out.strip()
    assert run("rights", "advance", request_id)[0] == 0
    code, out, _ = run("rights", "show", request_id)
    assert "flag: restricted (all)" in out
    code, _, err = run("rights", "lift", request_id)
    assert code == 2 and "reason_required" in err
    code, out, err = run("rights", "lift", request_id, "--reason", "accuracy confirmed")
    assert code == 0, err
    assert out.strip() == f"{request_id}: restriction lifted (1 flag)" and "told" in err
    done, (message,) = _split(_messages(tmp_path / "var" / "outbox"))
    assert len(done) == 1
    assert message["to"] == "ada@example.com"
    code, out, _ = run("rights", "show", request_id)
    assert "flag:" not in out and "completed by cli (accuracy confirmed)" in out
    code, _, err = run("rights", "lift", request_id, "--reason", "again")
    assert code == 1 and "not_restricted" in err
