"""Reading captures through the admin API: by role, decrypted, audited (DATA-2)."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import Any

import pytest
from sqlalchemy import delete

from charter.capture.crypto import body_aad, seal
from charter.capture.keys import ensure_day_key
from charter.capture.models import capture_keys
from tests.admin.conftest import Admin
from tests.capture.conftest import store_rows

pytestmark = pytest.mark.clause("DATA-2")

BODY = '{"order":42,"note":"leave at the door","email":"[redacted:email]"}'


def _capture(admin: Admin, *, readers: str | None = None, approval_id: str | None = None,
             request_id: str = "gw-1") -> str:
    now = dt.datetime.now(dt.UTC)
    key = ensure_day_key(admin.engine, admin.keyring, now.date())
    capture_id = "cap_" + secrets.token_hex(12)
    nonce, ciphertext = seal(key, BODY.encode(), body_aad(capture_id, request_id, "request"))
    store_rows(admin.engine, [{
        "id": capture_id, "ts": now, "day": now.date(), "request_id": request_id,
        "route_id": "orders", "client_id": "cli_1", "subject_key": "sk_1",
        "direction": "request", "status": None, "content_type": "application/json",
        "size": len(BODY), "truncated": False, "nonce": nonce, "ciphertext": ciphertext,
        "retention": "short" if approval_id else "operational", "approval_id": approval_id,
        "readers": readers}])
    return capture_id


def _events(admin: Admin) -> list[Any]:
    return [e.event for e in admin.events() if "/admin/captures" in e.event.action]


def test_an_operator_reads_a_capture_and_the_read_is_audited_without_content(
        admin: Admin) -> None:
    capture_id = _capture(admin)
    operator = admin.enrol("admin")
    token = admin.login(operator)

    listed = admin.request("GET", "/admin/captures", token, params={"route_id": "orders"})
    assert listed.status_code == 200
    (item,) = listed.json()["captures"]
    assert item["id"] == capture_id and item["request_id"] == "gw-1"
    assert "body" not in item and "ciphertext" not in item and "leave at the door" not in \
        listed.text

    read = admin.request("GET", f"/admin/captures/{capture_id}", token,
                         headers={"x-request-id": "read-1"})
    assert read.status_code == 200, read.text
    assert read.json()["body"] == BODY and read.json()["body_base64"] is None

    events = _events(admin)
    assert [(e.action, e.outcome, e.actor) for e in events] == [
        ("GET /admin/captures", "success", operator.account_id),
        ("GET /admin/captures/{capture_id}", "success", operator.account_id)]
    assert events[1].target == f"capture_id={capture_id}" and events[1].request_id == "read-1"
    assert events[0].details["count"] == 1
    for event in events:
        assert "leave at the door" not in json.dumps(event.row(), default=str)


@pytest.mark.parametrize("role", ["support", "auditor", "security"])
def test_other_roles_are_refused_and_the_refusal_is_audited(admin: Admin, role: str) -> None:
    capture_id = _capture(admin)
    token = admin.login(admin.enrol(role))
    response = admin.request("GET", f"/admin/captures/{capture_id}", token)
    assert response.status_code == 403
    assert BODY not in response.text
    (event,) = _events(admin)
    assert (event.outcome, event.action) == ("denied", "GET /admin/captures/{capture_id}")
    # The list shows them nothing (or refuses them outright).
    listed = admin.request("GET", "/admin/captures", token)
    assert listed.status_code == 403 or listed.json()["captures"] == []


def test_a_capture_under_an_approval_is_read_only_by_its_roles(admin: Admin) -> None:
    restricted = _capture(admin, readers="privacy_officer", approval_id="health-1")
    open_one = _capture(admin, request_id="gw-2")
    admin_token = admin.login(admin.enrol("admin"))
    assert admin.request("GET", f"/admin/captures/{restricted}",
                         admin_token).status_code == 403
    listed = admin.request("GET", "/admin/captures", admin_token).json()["captures"]
    assert [c["id"] for c in listed] == [open_one]
    officer = admin.login(admin.enrol("privacy_officer"))
    read = admin.request("GET", f"/admin/captures/{restricted}", officer)
    assert read.status_code == 200 and read.json()["approval_id"] == "health-1"
    assert {c["id"] for c in admin.request("GET", "/admin/captures", officer).json()[
        "captures"]} == {restricted, open_one}
    # The owner is not among the approval's roles either.
    assert admin.request("GET", f"/admin/captures/{restricted}",
                         admin.bootstrap).status_code == 403


def test_filters_unknown_ids_and_destroyed_keys(admin: Admin) -> None:
    first = _capture(admin)
    _capture(admin, request_id="gw-2")
    token = admin.bootstrap
    by_request = admin.request("GET", "/admin/captures", token, params={"request_id": "gw-2"})
    assert [c["request_id"] for c in by_request.json()["captures"]] == ["gw-2"]
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    assert admin.request("GET", "/admin/captures", token,
                         params={"since": later}).json()["captures"] == []
    assert admin.request("GET", "/admin/captures/cap_000000000000000000000000",
                         token).status_code == 404
    with admin.engine.begin() as connection:
        connection.execute(delete(capture_keys))
    gone = admin.request("GET", f"/admin/captures/{first}", token)
    assert gone.status_code == 410 and gone.json()["code"] == "capture_expired"
