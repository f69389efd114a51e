"""Deadlines, watched: gauges for `/metrics`, a signed webhook, and the periodic sweep.

The webhook (`rights.notify.url`) gets a JSON document per event: `rights.received` for a new
request, `rights.due_soon` and `rights.overdue` for deadlines (each sent once per request and
level; an extension resets it). Bodies carry the request id, type, state, jurisdiction and due
time, never anything about the person. Each is signed: `X-Charter-Signature: t=<unix time>,
v1=<hex HMAC-SHA256 of "<t>.<body>">` with the secret in the environment variable
`rights.notify.secret_env`, and retried with exponential backoff. Without the secret nothing
is sent (an unsigned alert could be forged by anyone; a warning says so).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select, update

from charter.rights.models import OPEN_STATES, RECEIVED, VERIFYING, aware, rights_requests
from charter.rights.settings import NotifySettings, RightsSettings

log = logging.getLogger("charter.rights")

SIGNATURE_HEADER = "X-Charter-Signature"
DUE_SOON, OVERDUE = "due_soon", "overdue"

Sender = Callable[[str, bytes, Mapping[str, str], float], int]


def gauges(engine: Engine, settings: RightsSettings,
           now: datetime | None = None) -> dict[str, float]:
    """`rights_requests_open`, `_unverified`, `_due_soon` and `_overdue`, for `/metrics`."""
    now = now or datetime.now(UTC)
    table = rights_requests
    soon = now + timedelta(seconds=settings.near_deadline)
    is_open = table.c.state.in_(OPEN_STATES)
    with engine.connect() as connection:
        row = connection.execute(select(
            func.count().filter(is_open),
            func.count().filter(table.c.state.in_((RECEIVED, VERIFYING))),
            func.count().filter(and_(is_open, table.c.due_at >= now, table.c.due_at < soon)),
            func.count().filter(and_(is_open, table.c.due_at < now)),
        ).select_from(table)).one()
    return {"rights_requests_open": float(row[0]), "rights_requests_unverified": float(row[1]),
            "rights_requests_due_soon": float(row[2]), "rights_requests_overdue": float(row[3])}


def sign(secret: bytes, body: bytes, at: int) -> str:
    digest = hmac.new(secret, f"{at}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={at},v1={digest}"


def _post(url: str, body: bytes, headers: Mapping[str, str], timeout: float) -> int:
    request = urllib.request.Request(url, data=body, method="POST",  # noqa: S310 (http(s) only)
                                     headers=dict(headers))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


@dataclass
class Notifier:
    """Sends signed webhook events; blocking (run it in a worker thread)."""

    settings: NotifySettings
    env: Mapping[str, str] | None = None
    sender: Sender = _post
    sleep: Callable[[float], None] = time.sleep

    @property
    def enabled(self) -> bool:
        return self.settings.url is not None

    def send(self, event: str, payload: Mapping[str, Any]) -> bool:
        """True once the webhook answered 2xx; False after the last attempt failed."""
        url = self.settings.url
        if url is None:
            return False
        secret = (self.env if self.env is not None else os.environ).get(self.settings.secret_env)
        if not secret:
            log.warning("rights webhook not sent: its secret is not in the environment",
                        extra={"variable": self.settings.secret_env})
            return False
        body = json.dumps({"event": event, **payload}, separators=(",", ":"),
                          default=str).encode()
        delay = self.settings.backoff
        for attempt in range(1, self.settings.attempts + 1):
            headers = {"content-type": "application/json",
                       SIGNATURE_HEADER: sign(secret.encode(), body, int(time.time()))}
            try:
                status = self.sender(url, body, headers, self.settings.timeout)
            except OSError as exc:
                status = 0
                log.warning("rights webhook failed", extra={"attempt": attempt,
                                                            "error": type(exc).__name__})
            if 200 <= status < 300:
                return True
            if status:
                log.warning("rights webhook refused", extra={"attempt": attempt,
                                                             "status": status})
            if attempt < self.settings.attempts:
                self.sleep(delay)
                delay *= 2
        return False


def request_payload(row: Any) -> dict[str, Any]:
    due = aware(row.get("due_at"))
    return {"request_id": row["id"], "type": row["type"], "state": row["state"],
            "jurisdiction": row["jurisdiction"], "due_at": due.isoformat() if due else None}


def deadline_alerts(engine: Engine, settings: RightsSettings, notifier: Notifier,
                    now: datetime | None = None) -> int:
    """Tell the webhook about requests that became due soon or overdue since the last time;
    returns how many alerts were delivered. A failed delivery is tried again next sweep."""
    if not notifier.enabled:
        return 0
    now = now or datetime.now(UTC)
    soon = now + timedelta(seconds=settings.near_deadline)
    table = rights_requests
    with engine.connect() as connection:
        rows = connection.execute(select(table).where(
            table.c.state.in_(OPEN_STATES), table.c.due_at < soon,
            or_(table.c.alerted.is_(None), and_(table.c.alerted == DUE_SOON,
                                                 table.c.due_at < now)),
        ).order_by(table.c.due_at)).mappings().all()
    sent = 0
    for row in rows:
        due = aware(row["due_at"])
        level = OVERDUE if due is not None and due < now else DUE_SOON
        if not notifier.send(f"rights.{level}", request_payload(row)):
            continue
        with engine.begin() as connection:
            connection.execute(update(table).where(table.c.id == row["id"]).values(
                alerted=level))
        sent += 1
    return sent


def sweep(engine: Engine, keyring: Any, settings: RightsSettings,
          notifier: Notifier | None = None) -> dict[str, int]:
    """The periodic job: close unverified requests that expired, then send deadline alerts.
    Returns counts (`expired`, `alerts`)."""
    from charter.rights.service import RightsService

    expired = RightsService(engine, keyring, settings).expire_unverified()
    alerts = deadline_alerts(engine, settings, notifier or Notifier(settings.notify))
    return {"expired": expired, "alerts": alerts}
