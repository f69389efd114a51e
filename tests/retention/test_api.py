"""The legal-hold endpoints of the admin API, with roles and audit (USE-6, SEC-2, SEC-5)."""

from __future__ import annotations

import pytest

from charter.retention.holds import list_holds
from tests.admin.conftest import Admin

HELD = "sk_heldsubject00000000000000"


@pytest.mark.clause("USE-6")
def test_a_privacy_officer_places_lists_and_releases_holds(admin: Admin) -> None:
    officer = admin.login(admin.enrol("privacy_officer"))
    created = admin.request("POST", "/admin/holds", officer, json={
        "reason": "case 2026-114", "subject_key": HELD}, headers={"x-request-id": "h-1"})
    assert created.status_code == 201, created.text
    hold = created.json()
    assert hold["active"] and hold["owner"] == hold["created_by"]
    (event,) = admin.events_for("h-1")
    assert (event.event.action, event.event.outcome) == ("POST /admin/holds", "success")
    assert event.event.target == f"hold_id={hold['id']}"
    assert event.event.details["scope"] == "subject"
    assert HELD not in repr(event.event) and "2026-114" not in repr(event.event)

    listed = admin.request("GET", "/admin/holds", officer).json()["holds"]
    assert [h["id"] for h in listed] == [hold["id"]]

    released = admin.request("POST", f"/admin/holds/{hold['id']}/release", officer,
                             headers={"x-request-id": "h-2"})
    assert released.status_code == 200 and released.json()["active"] is False
    (event,) = admin.events_for("h-2")
    assert event.event.target == f"hold_id={hold['id']}"
    assert list_holds(admin.engine) == []
    assert len(admin.request("GET", "/admin/holds?all=true", officer).json()["holds"]) == 1

    again = admin.request("POST", f"/admin/holds/{hold['id']}/release", officer)
    assert (again.status_code, again.json()["code"]) == (409, "conflict")
    missing = admin.request("POST", "/admin/holds/hold_nope/release", officer)
    assert missing.status_code == 404


@pytest.mark.clause("USE-6")
def test_a_table_hold_with_a_range(admin: Admin) -> None:
    response = admin.request("POST", "/admin/holds", admin.bootstrap, json={
        "reason": "regulator request 9", "owner": "legal", "table": "access_log",
        "start": "2026-11-01T00:00:00Z", "end": "2026-11-08T00:00:00Z"})
    assert response.status_code == 201
    assert response.json()["table"] == "access_log" and response.json()["owner"] == "legal"


@pytest.mark.parametrize("body", [
    {"reason": "x"},
    {"reason": "x", "subject_key": HELD, "table": "access_log"},
    {"reason": "x", "table": "nope"},
    {"reason": "x", "table": "access_log", "start": "2026-11-01T00:00:00"},
    {"subject_key": HELD},
])
def test_bad_holds_are_refused_with_422(admin: Admin, body: dict[str, str]) -> None:
    response = admin.request("POST", "/admin/holds", admin.bootstrap, json=body)
    assert response.status_code == 422
    assert list_holds(admin.engine) == []


@pytest.mark.clause("SEC-2")
def test_roles_without_the_permission_are_refused(admin: Admin) -> None:
    support = admin.login(admin.enrol("support"))
    assert admin.request("GET", "/admin/holds", support).status_code == 403
    refused = admin.request("POST", "/admin/holds", support,
                            json={"reason": "x", "subject_key": HELD})
    assert refused.status_code == 403
    assert list_holds(admin.engine) == []
