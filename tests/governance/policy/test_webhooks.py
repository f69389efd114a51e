"""Material changes reach subscribed clients as signed webhooks, retried until delivered."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from charter.governance.policy import service, webhooks
from charter.privacy.keyring import Keyring
from tests.governance.policy.conftest import ConfigFactory, Receiver

pytestmark = pytest.mark.clause("UPDATE-1")
LONGER = "retention_classes: {operational: 30d, security: 3y, configuration: 10y, backup: 30d}\n"


def test_signed_and_retried(engine: Engine, make_config: ConfigFactory,
                            receiver: Receiver) -> None:
    keyring = Keyring.generate()
    secret = webhooks.subscribe(engine, keyring, "cli_partner", receiver.url)
    service.publish(engine, make_config())  # the first version announces nothing
    assert webhooks.notifications(engine) == []

    editorial = service.publish(engine, make_config(replace={"Privacy Team": "Privacy Office"}))
    assert editorial.created and editorial.notifications == 0

    result = service.publish(engine, make_config(LONGER), approver="Dana")
    assert result.notifications == 1
    receiver.answers = [503]
    now = datetime.now(UTC)
    first = webhooks.deliver_due(engine, keyring, now=now)
    assert (first.delivered, first.retrying) == (0, 1)
    # Not due again before its back-off.
    assert webhooks.deliver_due(engine, keyring, now=now + timedelta(seconds=1)) == \
        webhooks.DeliveryReport()
    later = now + timedelta(seconds=webhooks.BACKOFF_SECONDS + 1)
    second = webhooks.deliver_due(engine, keyring, now=later)
    assert second.delivered == 1

    assert len(receiver.received) == 2
    headers, body = receiver.received[-1]
    assert webhooks.verify(secret, headers[webhooks.TIMESTAMP_HEADER],
                           headers[webhooks.SIGNATURE_HEADER], body, now=later.timestamp())
    assert not webhooks.verify(secret, headers[webhooks.TIMESTAMP_HEADER],
                               headers[webhooks.SIGNATURE_HEADER], body + b" ",
                               now=later.timestamp())
    assert not webhooks.verify(b"another secret", headers[webhooks.TIMESTAMP_HEADER],
                               headers[webhooks.SIGNATURE_HEADER], body, now=later.timestamp())
    document = json.loads(body)
    assert document["version"] == 3 and document["event"] == "policy.changed"
    assert any("7 days -> 30 days" in c["summary"] for c in document["changes"])
    (row,) = webhooks.notifications(engine)
    assert (row["status"], row["attempts"], row["last_http_status"]) == ("delivered", 2, 200)


def test_a_client_error_fails_at_once_and_attempts_are_bounded(
        engine: Engine, make_config: ConfigFactory, receiver: Receiver) -> None:
    keyring = Keyring.generate()
    webhooks.subscribe(engine, keyring, "cli_a", receiver.url)
    service.publish(engine, make_config())
    service.publish(engine, make_config(LONGER), approver="Dana")
    receiver.answers = [410]
    assert webhooks.deliver_due(engine, keyring).failed == 1

    webhooks.subscribe(engine, keyring, "cli_b", "http://127.0.0.1:9/unreachable")
    service.publish(engine, make_config(LONGER, {"safeguard: scc": "safeguard: derogation"}),
                    approver="Dana")
    when = datetime.now(UTC)
    for _ in range(webhooks.MAX_ATTEMPTS):
        webhooks.deliver_due(engine, keyring, now=when)
        when += timedelta(days=1)
    statuses = {r["client_id"]: (r["status"], r["attempts"])
                for r in webhooks.notifications(engine, version=3)}
    assert statuses["cli_b"] == ("failed", webhooks.MAX_ATTEMPTS)


def test_subscriptions_need_a_safe_url(engine: Engine) -> None:
    keyring = Keyring.generate()
    with pytest.raises(webhooks.WebhookError, match="https"):
        webhooks.subscribe(engine, keyring, "cli_a", "http://partner.example/hook")
    with pytest.raises(webhooks.WebhookError, match="credentials"):
        webhooks.subscribe(engine, keyring, "cli_a", "https://u:p@partner.example/hook")
    assert webhooks.subscribers(engine) == []
