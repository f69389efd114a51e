"""Incidents through the admin API on a real socket: each action audited with the operator
as actor, the deadline shown, problems with stable codes (clause USE-5)."""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from tests.admin.conftest import admin as admin  # the fixtures
from tests.admin.conftest import store as store
from tests.support.conftest import Live

DETECTED = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=80)
LEAK = "The nightly export with ada@example.com and 1,199 other addresses was public"


@pytest.mark.clause("USE-5")
def test_an_incident_is_recorded_worked_and_notified_by_operators(live: Live) -> None:
    admin = live.admin
    security, officer = admin.enrol("security"), admin.enrol("privacy_officer")
    privacy = live.client(officer)  # one login: a TOTP code is good once
    ticket = privacy.post("/admin/support/tickets", json={
        "client_id": "cli_shop", "description": "Customers got others' e-mails"}).json()
    with live.client(security) as http:
        made = http.post("/admin/incidents", json={
            "title": "Public export bucket", "severity": "high", "description": LEAK,
            "personal_data": True, "detected_at": DETECTED.isoformat(),
            "data_categories": ["user.contact.email"], "people_affected": 1200})
        assert made.status_code == 201, made.text
        incident = made.json()
        incident_id = incident["id"]
        due = datetime.fromisoformat(incident["authority_due_at"])
        assert due == DETECTED + timedelta(hours=72)
        assert incident["authority_overdue"] is True and incident["description"] is None
        listed = http.get("/admin/incidents", params={"status": "open"}).json()["incidents"]
        assert [(i["id"], i["authority_overdue"]) for i in listed] == [(incident_id, True)]
        assert http.post(f"/admin/incidents/{incident_id}/notes",
                         json={"text": "Bucket closed at 09:12"}).status_code == 201
        contained = http.patch(f"/admin/incidents/{incident_id}", json={"status": "contained"})
        assert contained.json()["status"] == "contained"
        linked = http.post(f"/admin/incidents/{incident_id}/tickets",
                           json={"ticket_id": ticket["id"]})
        assert linked.status_code == 200 and linked.json()["incident_id"] == incident_id
    with closing(privacy) as http:
        told = http.post(f"/admin/incidents/{incident_id}/notifications",
                         json={"audience": "authority", "reference": "DPA-2026-0042"})
        assert told.status_code == 200, told.text
        assert told.json()["authority_overdue"] is False
        again = http.post(f"/admin/incidents/{incident_id}/notifications",
                          json={"audience": "authority"})
        assert again.status_code == 409 and again.json()["code"] == "already_notified"
        shown = http.get(f"/admin/incidents/{incident_id}").json()
    assert shown["description"] == LEAK
    assert [n["kind"] for n in shown["timeline"]] == [
        "opened", "note", "status", "ticket_linked", "authority_notified"]
    assert shown["timeline"][1]["text"] == "Bucket closed at 09:12"
    assert shown["timeline"][4]["details"]["late"] is True
    assert [t["id"] for t in shown["tickets"]] == [ticket["id"]]

    events = [(e.event.action, e.event.actor, e.event.outcome) for e in admin.events()
              if "/incidents" in e.event.action]
    assert events == [
        ("POST /admin/incidents", security.account_id, "success"),
        ("POST /admin/incidents/{incident_id}/notes", security.account_id, "success"),
        ("PATCH /admin/incidents/{incident_id}", security.account_id, "success"),
        ("POST /admin/incidents/{incident_id}/tickets", security.account_id, "success"),
        ("POST /admin/incidents/{incident_id}/notifications", officer.account_id, "success"),
        ("POST /admin/incidents/{incident_id}/notifications", officer.account_id, "failure"),
        ("GET /admin/incidents/{incident_id}", officer.account_id, "success"),
    ]
    assert all(e.event.target == f"incident_id={incident_id}" for e in admin.events()
               if "/incidents" in e.event.action)
    everything = " ".join(str(e.event) for e in admin.events())
    assert "ada@example.com" not in everything and "09:12" not in everything


@pytest.mark.clause("USE-5")
def test_incidents_are_for_the_roles_that_handle_them(live: Live) -> None:
    body = {"title": "Lost laptop", "severity": "low", "description": "Encrypted disk",
            "personal_data": False}
    for role, read, write in (("support", 403, 403), ("auditor", 403, 403),
                              ("admin", 200, 403), ("security", 200, 201),
                              ("privacy_officer", 200, 201)):
        with live.client(live.admin.enrol(role)) as http:
            assert http.get("/admin/incidents").status_code == read, role
            assert http.post("/admin/incidents", json=body).status_code == write, role


def test_refusals_are_problems_with_codes(live: Live) -> None:
    with live.client(live.admin.enrol("security")) as http:
        named = http.post("/admin/incidents", json={
            "title": "Mail to ada@example.com bounced", "severity": "low",
            "description": "x", "personal_data": False})
        assert named.status_code == 422 and named.json()["code"] == "personal_data_in_title"
        assert named.json()["kinds"] == ["email"] and "ada@example.com" not in named.text
        wrong = http.post("/admin/incidents", json={
            "title": "Outage", "severity": "urgent", "description": "x",
            "personal_data": False})
        assert wrong.status_code == 422 and wrong.json()["code"] == "invalid_body"
        category = http.post("/admin/incidents", json={
            "title": "Outage", "severity": "low", "description": "x", "personal_data": False,
            "data_categories": ["user.nonsense"]})
        assert category.json()["code"] == "invalid_data_category"
        made = http.post("/admin/incidents", json={
            "title": "Outage", "severity": "low", "description": "x",
            "personal_data": False}).json()
        assert http.patch(f"/admin/incidents/{made['id']}",
                          json={"status": "resolved"}).status_code == 200
        back = http.patch(f"/admin/incidents/{made['id']}", json={"status": "open"})
        assert back.status_code == 409 and back.json()["code"] == "invalid_transition"
        assert back.json()["current"] == "resolved"
        missing = http.post(f"/admin/incidents/{made['id']}/tickets",
                            json={"ticket_id": "tkt_00000000000000000000"})
        assert missing.status_code == 404 and missing.json()["code"] == "not_found"
        unknown = http.get("/admin/incidents/inc_00000000000000000000")
        assert unknown.status_code == 404
        for response in (named, wrong, category, back, missing, unknown):
            assert response.headers["content-type"] == "application/problem+json"
