"""Support tickets and support access to logs through the admin API, on a real socket:
permissions, audit of every read and every refusal, problem documents (SCOPE-5, USE-5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from charter.privacy.pseudonym import Pseudonymizer
from tests.admin.conftest import admin as admin  # the fixtures
from tests.admin.conftest import store as store

from .conftest import Live, log_rows

ADA = "sub:people:ada-7f3"
KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
LOGS = "GET /admin/support/tickets/{ticket_id}/logs"


def _open(live: Live, **fields: object) -> dict[str, object]:
    body = {"subject": ADA, "contact": "ada@example.com",
            "description": f"My orders fail with 403, key {KEY}", **fields}
    with live.client(live.admin.enrol("admin")) as http:
        made = http.post("/admin/support/tickets", json=body)
    assert made.status_code == 201, made.text
    doc: dict[str, object] = made.json()
    return doc


@pytest.mark.clause("SCOPE-5")
@pytest.mark.clause("DATA-6")
@pytest.mark.clause("USE-5")
def test_a_ticket_is_opened_its_requesters_logs_read_and_it_is_closed(live: Live) -> None:
    admin = live.admin
    ada = Pseudonymizer(admin.keyring).subject_key_of(ADA)
    now = datetime.now(UTC)
    log_rows(admin.engine, subject_key=ada, count=3, at=now, prefix="ada-")
    log_rows(admin.engine, subject_key="sk_someoneelse0000000000000", count=2, at=now,
             prefix="bo-")
    operator, helper = admin.enrol("admin"), admin.enrol("support")
    with live.client(operator) as http, live.client(helper) as support:
        made = http.post("/admin/support/tickets", json={
            "subject": ADA, "contact": "ada@example.com",
            "description": f"My orders fail with 403 since my HIV test upload, key {KEY}"})
        assert made.status_code == 201, made.text
        ticket = made.json()
        assert ticket["subject_key"] == ada and ticket["provided_by"] == "requester"
        assert (ticket["purpose"], ticket["retention"]) == ("operations", "support")
        assert ticket["special_categories"] == ["health"]
        assert ticket["warnings"] == ["special_category:health", "credential_redacted"]
        assert ticket["description"] is None and KEY not in made.text
        ticket_id = ticket["id"]

        listed = http.get("/admin/support/tickets", params={"status": "open"}).json()
        assert [t["id"] for t in listed["tickets"]] == [ticket_id]
        shown = support.get(f"/admin/support/tickets/{ticket_id}").json()
        assert shown["contact"] == "ada@example.com" and "HIV" in shown["description"]
        assert KEY not in shown["description"]

        logs = support.get(f"/admin/support/tickets/{ticket_id}/logs",
                           params={"since": (now - timedelta(hours=1)).isoformat()})
        assert logs.status_code == 200, logs.text
        found = logs.json()
        assert found["scope"] == "subject_key" and len(found["rows"]) == 3
        assert {row["subject_key"] for row in found["rows"]} == {ada}
        assert {row["client_ip"] for row in found["rows"]} == {"203.0.113.0"}
        quoted = support.get(f"/admin/support/tickets/{ticket_id}/logs",
                             params={"request_id": "bo-1"}).json()
        assert quoted["scope"] == "request_id" and len(quoted["rows"]) == 1

        closed = http.post(f"/admin/support/tickets/{ticket_id}/close")
        assert closed.status_code == 200 and closed.json()["closed_by"] == operator.account_id
        refused = support.get(f"/admin/support/tickets/{ticket_id}/logs")
        assert refused.status_code == 409
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["code"] == "ticket_closed"
        again = http.post(f"/admin/support/tickets/{ticket_id}/close")
        assert again.status_code == 409 and again.json()["code"] == "ticket_closed"
        missing = support.get("/admin/support/tickets/tkt_00000000000000000000/logs")
        read_only = support.post("/admin/support/tickets", json={"client_id": "cli_a",
                                                                 "description": "x"})
        assert read_only.status_code == 403
        assert missing.status_code == 404 and missing.json()["code"] == "not_found"

    events = [(e.event.action, e.event.outcome, e.event.reason, e.event.target,
               e.event.actor) for e in admin.events() if "/support/" in e.event.action]
    target = f"ticket_id={ticket_id}"
    me, they = operator.account_id, helper.account_id
    assert events == [
        ("POST /admin/support/tickets", "success", None, target, me),
        ("GET /admin/support/tickets/{ticket_id}", "success", None, target, they),
        (LOGS, "success", None, target, they),
        (LOGS, "success", None, target, they),
        ("POST /admin/support/tickets/{ticket_id}/close", "success", None, target, me),
        (LOGS, "denied", "ticket_closed", target, they),
        ("POST /admin/support/tickets/{ticket_id}/close", "failure", "ticket_closed", target,
         me),
        ("POST /admin/support/tickets", "denied", "forbidden", None, they),
    ]  # an unknown ticket is a 404, unaudited like any read of nothing
    reads = [e.event.details for e in admin.events(action=LOGS) if e.event.outcome == "success"]
    assert sorted((d["scope"], d["rows"]) for d in reads) == [("request_id", 1),
                                                               ("subject_key", 3)]
    opened = admin.events(action="POST /admin/support/tickets")[0].event.details
    assert (opened["special_categories"], opened["redactions"]) == ("health", 1)
    everything = " ".join(str(e.event) for e in admin.events())
    assert "ada@example.com" not in everything and KEY not in everything
    assert "HIV" not in everything


@pytest.mark.clause("SCOPE-5")
def test_only_the_roles_that_hold_the_permissions_get_in(live: Live) -> None:
    ticket = _open(live, client_id="cli_shop")
    path = f"/admin/support/tickets/{ticket['id']}"
    for role, read, logs in (("auditor", 403, 403), ("security", 200, 403),
                             ("privacy_officer", 200, 403), ("admin", 200, 403),
                             ("support", 200, 200), ("owner", 200, 200)):
        with live.client(live.admin.enrol(role)) as http:
            assert http.get(path).status_code == read, role
            response = http.get(f"{path}/logs")
            assert response.status_code == logs, role
            if logs == 403:
                assert response.json()["code"] == "forbidden"


def test_bad_input_is_a_problem_that_echoes_nothing(live: Live) -> None:
    with live.client(live.admin.enrol("owner")) as http:
        nobody = http.post("/admin/support/tickets", json={"description": f"key {KEY}"})
        assert nobody.status_code == 422 and nobody.json()["code"] == "invalid_body"
        assert KEY not in nobody.text
        bad_subject = http.post("/admin/support/tickets",
                                json={"subject": "no-colon-here", "description": "help"})
        assert bad_subject.status_code == 422
        assert bad_subject.json()["code"] == "invalid_subject"
        assert "no-colon-here" not in bad_subject.text
        extra = http.post("/admin/support/tickets",
                          json={"client_id": "cli_a", "description": "x", "secret": KEY})
        assert extra.status_code == 422 and KEY not in extra.text
        window = http.get("/admin/support/tickets/tkt_00000000000000000000/logs",
                          params={"limit": "100000"})
        assert window.status_code == 422 and window.json()["code"] == "invalid_query"
        for response in (nobody, bad_subject, extra, window):
            assert response.headers["content-type"] == "application/problem+json"
            assert "Traceback" not in response.text


def test_a_window_longer_than_a_month_is_refused(live: Live) -> None:
    ticket = _open(live, client_id="cli_shop")
    now = datetime.now(UTC)
    with live.client(live.admin.enrol("support")) as http:
        response = http.get(f"/admin/support/tickets/{ticket['id']}/logs", params={
            "since": (now - timedelta(days=60)).isoformat(), "until": now.isoformat()})
    assert response.status_code == 422 and response.json()["code"] == "invalid_window"
