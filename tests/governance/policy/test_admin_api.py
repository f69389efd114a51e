"""The published policy on the admin API: versions, the draft, the diff, and publishing with the
operator as approver, announced to subscribed clients; on a real store, every change audited."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from sqlalchemy import Engine

from charter.config.snapshots import save_snapshot
from charter.governance.policy import service, webhooks
from tests.admin.conftest import Admin
from tests.admin.conftest import admin as admin  # the fixtures
from tests.admin.conftest import store as store
from tests.governance.policy.conftest import BASE, Receiver

pytestmark = pytest.mark.clause("UPDATE-1")
NEW_RECIPIENT = BASE.replace("upstreams:", """\
  - {name: mailer, role: processor, country: IE, agreement: DPA-2, agreement_date: 2026-01-01,
     purposes: [service_delivery], categories: [user.contact.email]}
upstreams:""")


def _publication(admin: Admin, request_id: str) -> tuple[str, str, str | None, dict[str, Any]]:
    [event] = [e.event for e in admin.events_for(request_id)]
    return event.action, event.outcome, event.target, dict(event.details)


def test_an_officer_reviews_and_publishes_the_policy(admin: Admin, store: Engine,
                                                     receiver: Receiver) -> None:
    dana = admin.enrol("privacy_officer", "dana")
    token = admin.login(dana)

    def call(method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        response = admin.request(method, path, token, **kwargs)
        return response.status_code, response.json()

    status, answer = call("GET", "/admin/policy/draft")
    assert (status, answer["code"]) == (409, "no_configuration")
    save_snapshot(store, BASE, "charter.yaml")
    assert call("GET", "/admin/policy/versions") == (200, {"versions": []})
    status, draft = call("GET", "/admin/policy/draft")
    assert status == 200
    assert (draft["published"], draft["unchanged"], draft["format"]) == (None, False, "md")
    assert str(draft["text"]).startswith("# Privacy policy: Example API")
    status, page = call("GET", "/admin/policy/draft", params={"format": "html"})
    assert status == 200 and str(page["text"]).startswith("<!doctype html>")
    assert page["digest"] == draft["digest"]
    status, answer = call("GET", "/admin/policy/draft", params={"format": "pdf"})
    assert (status, answer["code"]) == (422, "invalid_query")
    status, answer = call("GET", "/admin/policy/diff")
    assert (status, answer["code"]) == (409, "policy_not_published")

    response = admin.request("POST", "/admin/policy/publish", token, json={},
                             headers={"x-request-id": "publish-1"})
    assert response.status_code == 200, response.text
    first = response.json()
    assert first["created"] and first["changes"] == [] and first["notifications"] == 0
    assert (first["version"]["version"], first["version"]["approver"],
            first["version"]["material"]) == (1, "dana", False)
    action, outcome, target, details = _publication(admin, "publish-1")
    assert (action, outcome, target) == ("POST /admin/policy/publish", "success",
                                         "policy_version:1")
    assert details.items() >= {"version": 1, "created": True, "material": False,
                               "notifications": 0}.items()
    assert [e.event.actor for e in admin.events_for("publish-1")] == [dana.account_id]

    status, shown = call("GET", "/admin/policy/versions/1")
    assert status == 200 and shown["markdown"] == draft["text"]
    assert shown["facts"] == service.get(store, 1).facts
    for missing in ("2", "0", "abc"):
        status, answer = call("GET", f"/admin/policy/versions/{missing}")
        assert (status, answer["code"]) == (404, "not_found"), missing
    status, draft = call("GET", "/admin/policy/draft")
    assert draft["unchanged"] is True and draft["published"]["version"] == 1
    status, unchanged = call("POST", "/admin/policy/publish", json={})
    assert status == 200 and unchanged["created"] is False
    assert unchanged["version"]["version"] == 1

    # A material change, announced to a subscribed client.
    secret = webhooks.subscribe(store, admin.keyring, "cli_partner", receiver.url)
    reviewed = str(draft["digest"])
    save_snapshot(store, NEW_RECIPIENT, "charter.yaml")
    status, diff = call("GET", "/admin/policy/diff")
    assert status == 200 and diff["material"] is True
    assert {"kind": "material", "what": "recipient",
            "summary": "new recipient: mailer (processor, IE)"} in diff["changes"]
    assert call("GET", "/admin/policy/diff", params={"base": "1", "target": "draft"})[1] == diff \
        | {"base": "1"}
    status, back = call("GET", "/admin/policy/diff", params={"base": "draft", "target": "1"})
    assert back["material"] is False
    status, answer = call("GET", "/admin/policy/diff", params={"base": "7"})
    assert (status, answer["code"]) == (404, "not_found")
    status, answer = call("GET", "/admin/policy/diff", params={"base": "latest"})
    assert (status, answer["code"]) == (422, "invalid_query")

    # The digest of a draft reviewed before the configuration changed is refused.
    response = admin.request("POST", "/admin/policy/publish", token, json={"digest": reviewed},
                             headers={"x-request-id": "publish-stale"})
    assert (response.status_code, response.json()["code"]) == (409, "policy_draft_changed")
    assert _publication(admin, "publish-stale")[:2] == ("POST /admin/policy/publish", "failure")
    assert [v.version for v in service.versions(store)] == [1]

    current = call("GET", "/admin/policy/draft")[1]["digest"]
    status, second = call("POST", "/admin/policy/publish", json={"digest": current})
    assert status == 200 and second["created"] and second["notifications"] == 1
    assert (second["version"]["version"], second["version"]["material"],
            second["version"]["approver"]) == (2, True, "dana")
    deadline = time.monotonic() + 60  # delivered in the background: slow on a busy machine
    while not receiver.received and time.monotonic() < deadline:
        time.sleep(0.05)
    [(headers, body)] = receiver.received
    assert webhooks.verify(secret, headers[webhooks.TIMESTAMP_HEADER],
                           headers[webhooks.SIGNATURE_HEADER], body)
    assert json.loads(body)["version"] == 2
    versions = call("GET", "/admin/policy/versions")[1]["versions"]
    assert [(v["version"], v["material"]) for v in versions] == [
        (1, False), (2, True)]


def test_only_owners_and_privacy_officers_publish(admin: Admin, store: Engine) -> None:
    save_snapshot(store, BASE, "charter.yaml")
    for role in ("admin", "security", "support", "auditor"):
        token = admin.login(admin.enrol(role))
        response = admin.request("POST", "/admin/policy/publish", token, json={},
                                 headers={"x-request-id": f"denied-{role}"})
        assert (response.status_code, response.json()["code"]) == (403, "forbidden"), role
        [event] = [e.event for e in admin.events_for(f"denied-{role}")]
        assert (event.outcome, event.reason) == ("denied", "forbidden")
    assert service.versions(store) == []
    auditor = admin.login(admin.enrol("auditor"))
    assert admin.request("GET", "/admin/policy/diff", auditor,
                         params={"base": "draft"}).status_code == 200
    support = admin.login(admin.enrol("support"))
    assert admin.request("GET", "/admin/policy/versions", support).status_code == 403
    published = admin.request("POST", "/admin/policy/publish", admin.bootstrap, json={})
    assert published.status_code == 200
    assert published.json()["version"]["approver"] == "bootstrap"
