"""Telling subscribed clients about a material policy change: a signed webhook, via an outbox.

Publishing a material change writes one `policy_notifications` row per subscriber in the same
transaction as the new version, so no announcement is lost and none is sent for a version
that was not stored. `deliver_due` then sends what is due:

    POST <subscriber url>
    content-type: application/json
    charter-policy-timestamp: 1767225600
    charter-policy-signature: v1=<hex HMAC-SHA256(secret, "<timestamp>." + body)>
    idempotency-key: <notification id>

The body is `{"event": "policy.changed", "version": N, "material": true, "changes": [...],
"policy_url": "/.well-known/privacy/policy", "notification_id": ...}`. A `2xx` answer
delivers it; a connection failure, a timeout, `429` or `5xx` is retried after
`BACKOFF_SECONDS`, doubling, up to `MAX_ATTEMPTS`; any other answer fails it at once.

Each subscriber's secret is HMAC-SHA256 under the keyring's `policy-webhook` key over its
client id (`subscriber_secret`); `charter policy subscribe` prints it once, nothing stores it.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import secrets
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, delete, insert, select, update

from charter.governance.policy.facts import POLICY_PATH
from charter.governance.policy.models import policy_notifications, policy_subscribers
from charter.privacy.keyring import Keyring
from charter.store.engine import write_transaction

TIMESTAMP_HEADER = "charter-policy-timestamp"
SIGNATURE_HEADER = "charter-policy-signature"
MAX_ATTEMPTS = 6
BACKOFF_SECONDS = 30.0
TIMEOUT_SECONDS = 10.0
KEY_DOMAIN = "policy-webhook"


class WebhookError(Exception):
    """A subscription that cannot be made (the text says why)."""


def signature(secret: bytes, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret, str(timestamp).encode() + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def verify(secret: bytes, timestamp: str | None, sig: str | None, body: bytes,
           now: float | None = None, window: int = 300) -> bool:
    """For receivers: the signature matches and the timestamp is within `window` seconds."""
    if not timestamp or not sig or not timestamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > window:
        return False
    return hmac.compare_digest(signature(secret, int(timestamp), body), sig)


def subscriber_secret(keyring: Keyring, client_id: str, kid: str) -> bytes:
    key = keyring.derive(KEY_DOMAIN, kid)
    return hmac.new(key, client_id.encode(), hashlib.sha256).digest()


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WebhookError("the webhook URL must be an http:// or https:// URL with a host")
    if parts.username or parts.password:
        raise WebhookError("the webhook URL must not contain credentials")
    loopback = parts.hostname in ("localhost", "::1") or parts.hostname.startswith("127.")
    if parts.scheme == "http" and not loopback:
        raise WebhookError("the webhook URL must use https:// (http:// only to loopback)")


def subscribe(engine: Engine, keyring: Keyring, client_id: str, url: str,
              now: datetime | None = None) -> bytes:
    """Add or replace `client_id`'s subscription; returns its signing secret."""
    _check_url(url)
    kid = keyring.oldest.kid  # pinned, like pseudonyms: a rotation must not break receivers
    with write_transaction(engine, lock="policy-subscribers") as connection:
        connection.execute(delete(policy_subscribers)
                           .where(policy_subscribers.c.client_id == client_id))
        connection.execute(insert(policy_subscribers).values(
            client_id=client_id, url=url, kid=kid, created_at=now or datetime.now(UTC)))
    return subscriber_secret(keyring, client_id, kid)


def unsubscribe(engine: Engine, client_id: str) -> bool:
    """Remove `client_id`'s subscription (False: it had none). Its notifications not yet
    delivered are cancelled in the same transaction: a client that unsubscribed hears no more."""
    with write_transaction(engine, lock="policy-subscribers") as connection:
        result = connection.execute(delete(policy_subscribers)
                                    .where(policy_subscribers.c.client_id == client_id))
        if result.rowcount:
            connection.execute(update(policy_notifications).where(
                policy_notifications.c.client_id == client_id,
                policy_notifications.c.status == "pending").values(status="cancelled"))
    return bool(result.rowcount)


def subscribed(engine: Engine, client_id: str) -> bool:
    with engine.connect() as connection:
        return connection.execute(select(policy_subscribers.c.client_id).where(
            policy_subscribers.c.client_id == client_id)).first() is not None


def subscribers(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(
            select(policy_subscribers).order_by(policy_subscribers.c.client_id)).mappings()]


def enqueue(connection: Connection, version: int, changes: list[dict[str, str]],
            now: datetime) -> int:
    """Queue one notification per subscriber, inside the caller's transaction."""
    rows = []
    for sub in connection.execute(select(policy_subscribers)).mappings():
        notification_id = "pn_" + secrets.token_hex(12)
        body = json.dumps({"event": "policy.changed", "version": version, "material": True,
                           "changes": changes, "policy_url": POLICY_PATH,
                           "notification_id": notification_id},
                          sort_keys=True, separators=(",", ":"))
        rows.append({"id": notification_id, "version": version, "client_id": sub["client_id"],
                     "url": sub["url"], "body": body, "status": "pending", "attempts": 0,
                     "next_attempt_at": now, "last_http_status": None, "created_at": now,
                     "delivered_at": None})
    if rows:
        connection.execute(insert(policy_notifications), rows)
    return len(rows)


@dataclass(frozen=True)
class DeliveryReport:
    delivered: int = 0
    retrying: int = 0
    failed: int = 0


def _post(url: str, headers: dict[str, str], body: bytes) -> int:
    """POST and return the status; raises OSError (and http.client errors) on failure."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(host, parts.port, timeout=TIMEOUT_SECONDS,
                                                 context=ssl.create_default_context())
    else:
        connection = http.client.HTTPConnection(host, parts.port, timeout=TIMEOUT_SECONDS)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(65536)
        return response.status
    finally:
        connection.close()


def deliver_due(engine: Engine, keyring: Keyring, now: datetime | None = None,
                limit: int = 100) -> DeliveryReport:
    """Send every pending notification whose time has come, once each; record the outcome."""
    now = now or datetime.now(UTC)
    with engine.connect() as connection:
        due = [dict(row) for row in connection.execute(
            select(policy_notifications, policy_subscribers.c.kid)
            .join(policy_subscribers,
                  policy_subscribers.c.client_id == policy_notifications.c.client_id,
                  isouter=True)
            .where(policy_notifications.c.status == "pending",
                   policy_notifications.c.next_attempt_at <= now)
            .order_by(policy_notifications.c.created_at).limit(limit)).mappings()]
    delivered = retrying = failed = 0
    for row in due:
        kid = row["kid"] or keyring.oldest.kid
        body = row["body"].encode()
        stamp = int(now.timestamp())
        headers = {"content-type": "application/json",
                   TIMESTAMP_HEADER: str(stamp),
                   SIGNATURE_HEADER: signature(subscriber_secret(keyring, row["client_id"], kid),
                                               stamp, body),
                   "idempotency-key": row["id"], "user-agent": "charter-policy-webhook"}
        try:
            status: int | None = _post(row["url"], headers, body)
        except (OSError, http.client.HTTPException):
            status = None
        attempts = row["attempts"] + 1
        values: dict[str, Any] = {"attempts": attempts, "last_http_status": status}
        if status is not None and 200 <= status < 300:
            values.update(status="delivered", delivered_at=now)
            delivered += 1
        elif (status is None or status == 429 or status >= 500) and attempts < MAX_ATTEMPTS:
            wait = BACKOFF_SECONDS * 2 ** (attempts - 1)
            values["next_attempt_at"] = now + timedelta(seconds=wait)
            retrying += 1
        else:
            values["status"] = "failed"
            failed += 1
        with write_transaction(engine) as connection:
            connection.execute(update(policy_notifications)
                               .where(policy_notifications.c.id == row["id"]).values(**values))
    return DeliveryReport(delivered, retrying, failed)


def notifications(engine: Engine, version: int | None = None) -> list[dict[str, Any]]:
    query = select(policy_notifications).order_by(policy_notifications.c.created_at)
    if version is not None:
        query = query.where(policy_notifications.c.version == version)
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]
