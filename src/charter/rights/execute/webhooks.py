"""Rights webhooks (clause SHARE-4): passing a request on to the upstreams that hold personal
data, and checking such a webhook on the receiving side.

A webhook is `POST <target><rights_webhook>` with a JSON body (`payload`) and these headers:

    charter-rights-timestamp: 1767225600
    charter-rights-signature: v1=<hex HMAC-SHA256(secret, "<timestamp>." + body)>
    idempotency-key: <the rights request id>

The receiver checks the signature, refuses a timestamp more than `REPLAY_WINDOW` seconds away
from its clock and a signature it has already seen (a replay), and answers the same request id
(the idempotency key) the same way however often it arrives. A notice sent after the request
(`restriction_lifted`, see `charter.rights.recipients`) has `notice_id` in its body and as its
idempotency key. Each attempt carries a fresh `delivery_id` in its body, so no two genuine
attempts share a signature. The answer is JSON:
`status` (`completed`, `partial`, `not_found`, `denied` or `accepted`), `counts` (names to
numbers) and, for access and export, `data` and/or an `https://` `download_url`.

Charter tries each upstream up to `webhook_attempts` times, waiting `webhook_backoff` seconds
and doubling, on connection failures, timeouts, `429` and `5xx`; other answers are final.
Every attempt is recorded in `rights_deliveries` (status and time, never content).
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import os
import secrets
import ssl
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert

from charter.config.models import Target, Upstream
from charter.rights.execute.models import rights_deliveries
from charter.rights.execute.settings import ExecutionSettings, RightsUpstream, rights_upstream

TIMESTAMP_HEADER = "charter-rights-timestamp"
SIGNATURE_HEADER = "charter-rights-signature"
IDEMPOTENCY_HEADER = "idempotency-key"
REPLAY_WINDOW = 300
FINAL_STATUSES = frozenset({"completed", "partial", "not_found", "denied", "accepted"})
DONE_STATUSES = frozenset({"completed", "not_found"})


# -- signing ----------------------------------------------------------------------------------

def signature(secret: bytes, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret, str(timestamp).encode() + b"." + body, hashlib.sha256)
    return "v1=" + digest.hexdigest()


def verify(secret: bytes, timestamp: str | None, sig: str | None, body: bytes,
           now: float | None = None, window: int = REPLAY_WINDOW) -> bool:
    """For receivers: whether the signature is right and the timestamp within the window."""
    if not timestamp or not sig:
        return False
    try:
        stamp = int(timestamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - stamp) > window:
        return False
    return hmac.compare_digest(signature(secret, stamp, body), sig)


class ReplayGuard:
    """For receivers: remembers the signatures seen within the window; thread-safe."""

    def __init__(self, window: int = REPLAY_WINDOW) -> None:
        self._window = window
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def first_time(self, sig: str, now: float | None = None) -> bool:
        """True the first time `sig` is seen within the window, False for a replay."""
        now = time.time() if now is None else now
        with self._lock:
            for old in [s for s, at in self._seen.items() if now - at > 2 * self._window]:
                del self._seen[old]
            if sig in self._seen:
                return False
            self._seen[sig] = now
            return True


# -- delivering -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    """An upstream's final answer (or the last failure): its status and, for access and
    export, the data or link it gave."""

    upstream: str
    status: str
    attempts: int
    data: Any = None
    download_url: str | None = None
    counts: Mapping[str, int] | None = None

    @property
    def done(self) -> bool:
        return self.status in DONE_STATUSES


def payload(request_id: str, request_type: str, subject_keys: Sequence[str],
            identifiers: Sequence[tuple[str, str]], details: Mapping[str, Any],
            settings: RightsUpstream, received_at: datetime | None,
            due_at: datetime | None) -> dict[str, Any]:
    """The body for one upstream: only the identifier kinds it asked for."""
    wanted = set(settings.rights_identifiers)
    return {
        "request_id": request_id,
        "type": request_type,
        "subject": {
            "keys": list(subject_keys),
            "identifiers": [{"kind": kind, "value": value} for kind, value in identifiers
                            if kind in wanted],
        },
        "details": dict(details),
        "received_at": received_at.isoformat() if received_at else None,
        "due_at": due_at.isoformat() if due_at else None,
    }


class Deliverer:
    """Sends one request's webhooks and records every attempt."""

    def __init__(self, engine: Engine, settings: ExecutionSettings, *,
                 sleep: Callable[[float], None] = time.sleep,
                 environ: Mapping[str, str] | None = None) -> None:
        self._engine = engine
        self._settings = settings
        self._sleep = sleep
        self._environ = os.environ if environ is None else environ

    def deliver(self, upstream: Upstream, request_id: str, body: Mapping[str, Any], *,
                notice_id: str | None = None) -> Answer:
        """Send `body` to `upstream`, retrying, and record every attempt under `request_id`.
        A recipient notice about the request (`notice_id`) is its own idempotency key, so
        that an upstream does not take it for a repetition of the request."""
        rights = rights_upstream(upstream)
        secret = self._environ.get(rights.rights_secret_env or "", "")
        if not rights.rights_webhook or not secret:
            self._record(request_id, upstream.name, 0, "not_configured", None, notice_id)
            return Answer(upstream.name, "not_configured", 0)
        targets = upstream.parsed_targets
        delay = self._settings.webhook_backoff
        last = Answer(upstream.name, "unreachable", 0)
        for attempt in range(1, self._settings.webhook_attempts + 1):
            target = targets[(attempt - 1) % len(targets)]
            # A fresh delivery id per attempt: two attempts in the same second must not carry
            # the same signature, or the second would be refused as a replay.
            data = json.dumps({**body, "delivery_id": secrets.token_hex(8)},
                              separators=(",", ":"), sort_keys=True).encode()
            status, http_status, answer = self._attempt(upstream, target, rights.rights_webhook,
                                                        secret.encode(), notice_id or request_id,
                                                        data)
            self._record(request_id, upstream.name, attempt, status, http_status, notice_id)
            last = _answer(upstream.name, status, attempt, answer)
            if not _retryable(status, http_status):
                return last
            if attempt < self._settings.webhook_attempts:
                self._sleep(delay)
                delay *= 2
        return last

    def _attempt(self, upstream: Upstream, target: Target, path: str, secret: bytes,
                 idempotency_key: str, data: bytes) -> tuple[str, int | None, Any]:
        stamp = int(time.time())
        headers = {
            "content-type": "application/json", "accept": "application/json",
            TIMESTAMP_HEADER: str(stamp), SIGNATURE_HEADER: signature(secret, stamp, data),
            IDEMPOTENCY_HEADER: idempotency_key, "user-agent": "charter-rights/1",
        }
        timeout = self._settings.webhook_timeout
        connection: http.client.HTTPConnection
        if target.scheme == "https":
            connection = http.client.HTTPSConnection(target.host, target.port, timeout=timeout,
                                                     context=_tls_context(upstream))
        else:
            connection = http.client.HTTPConnection(target.host, target.port, timeout=timeout)
        try:
            connection.request("POST", path, body=data, headers=headers)
            response = connection.getresponse()
            raw = response.read(self._settings.max_upstream_bytes + 1)
        except TimeoutError:
            return "timeout", None, None
        except (OSError, http.client.HTTPException):
            return "unreachable", None, None
        finally:
            connection.close()
        if len(raw) > self._settings.max_upstream_bytes:
            return "too_large", response.status, None
        if response.status >= 300:
            return f"http_{response.status}", response.status, None
        try:
            answer = json.loads(raw)
        except ValueError:
            return "invalid_answer", response.status, None
        status = answer.get("status") if isinstance(answer, dict) else None
        if status not in FINAL_STATUSES:
            return "invalid_answer", response.status, None
        return str(status), response.status, answer

    def _record(self, request_id: str, upstream: str, attempt: int, status: str,
                http_status: int | None, notice_id: str | None) -> None:
        with self._engine.begin() as connection:
            connection.execute(insert(rights_deliveries), [{
                "request_id": request_id[:64], "upstream": upstream, "attempt": attempt,
                "status": status[:32], "http_status": http_status, "at": datetime.now(UTC),
                "notice_id": notice_id}])


def _answer(name: str, status: str, attempt: int, answer: Any) -> Answer:
    if not isinstance(answer, dict):
        return Answer(name, status, attempt)
    url = answer.get("download_url")
    counts = answer.get("counts")
    return Answer(
        name, status, attempt, data=answer.get("data"),
        download_url=url if isinstance(url, str) and url.startswith("https://") else None,
        counts={str(k): int(v) for k, v in counts.items() if isinstance(v, int)}
        if isinstance(counts, dict) else None)


def _retryable(status: str, http_status: int | None) -> bool:
    if status in ("timeout", "unreachable"):
        return True
    return http_status is not None and (http_status == 429 or http_status >= 500)


def _tls_context(upstream: Upstream) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=upstream.ca_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if not upstream.tls_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    if upstream.client_cert_file and upstream.client_key_file:
        context.load_cert_chain(upstream.client_cert_file, upstream.client_key_file)
    return context
