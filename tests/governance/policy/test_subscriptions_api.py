"""Subscribing clients to policy-change webhooks on the admin API: only the roles that govern,
every change audited, and the signing secret handed over once, never listed or recorded."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from charter.audit.models import audit_events
from charter.cli import main
from charter.governance.policy import service, webhooks
from charter.identity import service as identity
from tests.admin.conftest import Admin
from tests.admin.conftest import admin as admin  # the fixtures
from tests.admin.conftest import store as store
from tests.governance.policy.conftest import BASE, Receiver

pytestmark = pytest.mark.clause("UPDATE-1")
PATH = "/admin/policy/subscriptions"
LONGER = BASE + "retention_classes: {operational: 30d, security: 3y, configuration: 10y," \
                " backup: 30d}\n"


def _client(store: Engine, name: str = "partner-app") -> str:
    org = identity.create_organization(store, f"Org of {name}")
    return identity.create_client(store, org.id, name, []).id


def _audit_text(store: Engine) -> str:
    with store.connect() as connection:
        rows = connection.execute(select(audit_events)).mappings().all()
    return json.dumps([dict(row) for row in rows], default=str)


def test_an_officer_subscribes_lists_and_removes_a_client(
        admin: Admin, store: Engine, receiver: Receiver) -> None:
    token = admin.login(admin.enrol("privacy_officer", "dana"))
    client_id = _client(store)
    url = receiver.url + "?receiver_token=tok-91f2"

    def call(method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        response = admin.request(method, path, token, **kwargs)
        return response.status_code, response.json() if response.content else None

    assert call("GET", PATH) == (200, {"subscriptions": []})
    status, added = call("POST", PATH, json={"client_id": client_id, "url": url},
                         headers={"x-request-id": "subscribe-1"})
    assert status == 201, added
    assert (added["client_id"], added["replaced"]) == (client_id, False)
    assert added["url"] == receiver.url + "?..."
    secret = bytes.fromhex(added["secret"])
    assert datetime.fromisoformat(added["created_at"]).tzinfo is not None

    # Listed without the secret and without the URL's query string.
    status, listed = call("GET", PATH)
    assert listed == {"subscriptions": [{"client_id": client_id, "url": receiver.url + "?...",
                                         "created_at": added["created_at"]}]}

    # The secret handed over verifies the webhook of the next material change.
    service.publish(store, _config(BASE))
    service.publish(store, _config(LONGER), approver="Dana")
    report = webhooks.deliver_due(store, admin.keyring)
    assert report.delivered == 1
    [(headers, body)] = receiver.received
    assert webhooks.verify(secret, headers[webhooks.TIMESTAMP_HEADER],
                           headers[webhooks.SIGNATURE_HEADER], body)

    # Moving it to another URL keeps one subscription, with the same secret.
    status, moved = call("POST", PATH, json={"client_id": client_id, "url": receiver.url})
    assert status == 201 and moved["replaced"] is True and moved["secret"] == added["secret"]
    assert [s["url"] for s in call("GET", PATH)[1]["subscriptions"]] == [receiver.url]

    status, _ = call("DELETE", f"{PATH}/{client_id}", headers={"x-request-id": "unsubscribe-1"})
    assert status == 204
    assert call("GET", PATH) == (200, {"subscriptions": []})
    status, missing = call("DELETE", f"{PATH}/{client_id}")
    assert (status, missing["code"]) == (404, "not_found")

    [event] = [e.event for e in admin.events_for("subscribe-1")]
    assert (event.action, event.outcome, event.target) == (
        f"POST {PATH}", "success", f"client_id={client_id}")
    assert dict(event.details)["host"] == "127.0.0.1"
    [event] = [e.event for e in admin.events_for("unsubscribe-1")]
    assert (event.action, event.outcome, event.target) == (
        "DELETE /admin/policy/subscriptions/{client_id}", "success", f"client_id={client_id}")
    # The secret, and the receiver's token in the URL, are recorded nowhere.
    stored = _audit_text(store)
    assert added["secret"] not in stored and "tok-91f2" not in stored


def _config(text: str) -> Any:
    from charter.config.loader import parse_config

    return parse_config(text, "charter.yaml")


def test_bad_requests_are_refused_and_audited(admin: Admin, store: Engine) -> None:
    token = admin.login(admin.enrol("privacy_officer"))
    client_id = _client(store)
    cases = [
        ({"client_id": "cli_0000000000000000", "url": "https://hooks.example.com/p"},
         422, "unknown_client"),
        ({"client_id": client_id, "url": "http://hooks.example.com/p"}, 422, "invalid_url"),
        ({"client_id": client_id, "url": "https://user:pw-7a1c@hooks.example.com/p"},
         422, "invalid_url"),
        ({"client_id": client_id, "url": "ftp://hooks.example.com/p"}, 422, "invalid_url"),
        ({"client_id": client_id}, 422, "invalid_body"),
    ]
    for index, (body, status, code) in enumerate(cases):
        response = admin.request("POST", PATH, token, json=body,
                                 headers={"x-request-id": f"bad-{index}"})
        assert (response.status_code, response.json()["code"]) == (status, code), body
        assert "pw-7a1c" not in response.text
        [event] = [e.event for e in admin.events_for(f"bad-{index}")]
        assert (event.outcome, event.reason) == ("failure", code)
    assert webhooks.subscribers(store) == []
    assert "pw-7a1c" not in _audit_text(store)


def test_only_the_governing_roles_change_subscriptions(admin: Admin, store: Engine) -> None:
    client_id = _client(store)
    body = {"client_id": client_id, "url": "https://hooks.example.com/policy"}
    for role in ("admin", "security", "support", "auditor"):
        token = admin.login(admin.enrol(role))
        response = admin.request("POST", PATH, token, json=body,
                                 headers={"x-request-id": f"denied-{role}"})
        assert (response.status_code, response.json()["code"]) == (403, "forbidden"), role
        [event] = [e.event for e in admin.events_for(f"denied-{role}")]
        assert (event.outcome, event.reason) == ("denied", "forbidden")
        removal = admin.request("DELETE", f"{PATH}/{client_id}", token)
        assert removal.status_code == 403, role
    assert webhooks.subscribers(store) == []
    auditor = admin.login(admin.enrol("auditor"))
    assert admin.request("GET", PATH, auditor).status_code == 200
    support = admin.login(admin.enrol("support"))
    assert admin.request("GET", PATH, support).status_code == 403
    owner = admin.request("POST", PATH, admin.bootstrap, json=body)
    assert owner.status_code == 201


def test_unsubscribing_cancels_the_webhooks_not_yet_delivered(
        store: Engine, receiver: Receiver) -> None:
    from charter.privacy.keyring import Keyring

    keyring = Keyring.generate()
    client_id = _client(store)
    webhooks.subscribe(store, keyring, client_id, receiver.url)
    service.publish(store, _config(BASE))
    assert service.publish(store, _config(LONGER), approver="Dana").notifications == 1
    assert webhooks.unsubscribe(store, client_id) is True
    [row] = webhooks.notifications(store)
    assert row["status"] == "cancelled"
    assert webhooks.deliver_due(store, keyring, now=datetime.now(UTC)) == \
        webhooks.DeliveryReport()
    assert receiver.received == []


def test_the_commands_are_audited_without_the_secret_or_the_url(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "charter.yaml"
    config.write_text(BASE + f'store: {{url: "sqlite:///{tmp_path / "c.db"}"}}\n')
    from charter.privacy.keyring import Keyring

    Keyring.generate().save(tmp_path / "charter.keyring")
    assert main(["migrate", "--config", str(config)]) == 0
    url = "https://hooks.example.com/policy?receiver_token=tok-55e1"
    assert main(["policy", "subscribe", "--config", str(config), "--client",
                 "cli_0000000000000001", "--url", url]) == 0
    secret = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["policy", "unsubscribe", "--config", str(config), "--client",
                 "cli_0000000000000001"]) == 0
    from charter.store.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(
                audit_events.c.actor, audit_events.c.action, audit_events.c.target,
                audit_events.c.details).order_by(audit_events.c.seq)).all()
        stored = _audit_text(engine)
    finally:
        engine.dispose()
    assert [(r.actor, r.action, r.target) for r in rows] == [
        ("cli", "charter policy subscribe", "client_id=cli_0000000000000001"),
        ("cli", "charter policy unsubscribe", "client_id=cli_0000000000000001")]
    assert secret not in stored and "tok-55e1" not in stored
    assert "hooks.example.com" in stored
