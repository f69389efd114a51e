"""Recipients told of a lifted restriction (GDPR Art. 19, clauses RIGHTS-4 and SHARE-4): a
signed `restriction_lifted` notice to every upstream that holds personal data, recorded,
retried by the scheduler's job until it is confirmed, abandoned after five rounds."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select

from charter.config.models import CharterConfig
from charter.demo.upstream import DemoUpstream
from charter.privacy.keyring import Keyring
from charter.rights import autorun, recipients
from charter.rights.execute.models import recipient_notices, rights_deliveries
from charter.rights.execute.webhooks import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    verify,
)
from charter.rights.lifting import lift
from charter.rights.outbox import FileOutbox
from charter.rights.service import RightsService
from tests.rights.conftest import Clock, audit_rows

pytestmark = [pytest.mark.clause("RIGHTS-4"), pytest.mark.clause("SHARE-4")]

SECRET = "recipients-test-secret-7Qm2Vx"
ENV = "SHOP_RIGHTS_SECRET"
ADA = [("email", "ada@example.com")]  # a customer of the demo upstream's invented orders


def _config(*urls: str) -> CharterConfig:
    return CharterConfig.model_validate({
        "upstreams": [{"name": f"shop{i}" if i else "shop", "targets": [url],
                       "stores_personal_data": True, "rights_webhook": "/privacy/rights",
                       "rights_secret_env": ENV, "rights_identifiers": ["email"]}
                      for i, url in enumerate(urls)],
        "routes": [{"id": "orders", "upstream": "shop"}],
        "rights": {"execution": {"webhook_attempts": 1}},
    })


@pytest.fixture(autouse=True)
def _secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, SECRET)


@pytest.fixture
def demo() -> Iterator[str]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    upstream = DemoUpstream(rights_secret=SECRET)
    port = asyncio.run_coroutine_threadsafe(upstream.start(), loop).result(10)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        asyncio.run_coroutine_threadsafe(upstream.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


class Recorder:
    """A real HTTP upstream that answers 503 while `down`, `completed` otherwise, checking
    each signature and keeping each body with its idempotency key."""

    def __init__(self) -> None:
        self.down = True
        self.received: list[tuple[str, dict[str, Any], bool]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                signed = verify(SECRET.encode(), self.headers[TIMESTAMP_HEADER],
                                self.headers[SIGNATURE_HEADER], body)
                outer.received.append((self.headers[IDEMPOTENCY_HEADER], json.loads(body),
                                       signed))
                answer = b'{"error":"busy"}' if outer.down else b'{"status":"completed"}'
                self.send_response(503 if outer.down else 200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    yield server
    server.server.shutdown()
    server.server.server_close()


def _restricted(rights: RightsService, config: CharterConfig) -> str:
    request = rights.create("restrict", ADA, actor="acc_officer", channel="admin",
                            contact="ada@example.com", verification="operator",
                            reason="passport seen")
    rights.advance(request.id, actor="acc_officer", reason=None, config=config)
    return request.id


def _notices(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return [dict(r) for r in connection.execute(select(recipient_notices).order_by(
            recipient_notices.c.upstream)).mappings()]


def _deliveries(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(select(
            rights_deliveries.c.request_id, rights_deliveries.c.upstream,
            rights_deliveries.c.status, rights_deliveries.c.notice_id).order_by(
            rights_deliveries.c.id))]


def test_the_upstream_is_told_when_a_restriction_is_lifted(
        rights: RightsService, engine: Engine, demo: str, tmp_path: Path) -> None:
    config = _config(demo)
    request_id = _restricted(rights, config)
    assert httpx.get(f"{demo}/orders/ord_1001").json()["processing_restricted"] is True

    done = lift(rights, FileOutbox(tmp_path), request_id, actor="acc_officer",
                reason="the accuracy check is over", service_name="Shop", config=config)
    assert done.recipients == {"shop": recipients.Told("shop", "completed", "done")}
    assert "processing_restricted" not in httpx.get(f"{demo}/orders/ord_1001").json()
    (notice,) = _notices(engine)
    assert (notice["event"], notice["state"], notice["status"], notice["rounds"]) == (
        "restriction_lifted", "done", "completed", 1)
    assert _deliveries(engine) == [(request_id, "shop", "completed", None),
                                   (request_id, "shop", "completed", notice["id"])]
    told = rights.events(request_id)[-1]
    assert told["actor"] == "acc_officer" and told["details"]["code"] == "delivered"
    assert told["details"]["upstream"] == "shop"
    steps = [r["action"] for r in audit_rows(engine) if r["action"].startswith(
        ("rights.restriction.", "rights.recipient_notice"))]
    assert steps == ["rights.restriction.lift_notice", "rights.restriction.lifted",
                     "rights.recipient_notice"]


def test_a_notice_not_confirmed_is_retried_by_the_scheduler_until_it_is(
        rights: RightsService, engine: Engine, keyring: Keyring, clock: Clock,
        recorder: Recorder, demo: str, tmp_path: Path) -> None:
    config = _config(demo, recorder.url)
    request_id = _restricted(rights, config)
    restrict_key = recorder.received[-1][0]
    done = lift(rights, FileOutbox(tmp_path), request_id, actor="acc_officer",
                reason="the accuracy check is over", service_name="Shop", config=config)
    assert {name: told.state for name, told in done.recipients.items()} == {
        "shop": "done", "shop1": "pending"}
    key, body, signed = recorder.received[-1]
    assert signed and body["type"] == "restriction_lifted" and body["request_id"] == request_id
    assert key == body["notice_id"] != restrict_key  # not a repetition of the request
    assert body["subject"]["identifiers"] == [{"kind": "email", "value": "ada@example.com"}]
    assert body["details"]["purposes"] is None and body["details"]["lifted_at"]
    pending = next(n for n in _notices(engine) if n["upstream"] == "shop1")
    assert pending["next_at"].replace(tzinfo=None) == (
        clock.now.replace(tzinfo=None) + timedelta(seconds=recipients.backoff(1)))

    runs = len(recorder.received)
    assert autorun.run_due(engine, keyring, config, claimant="node-a", clock=clock) == {}
    assert len(recorder.received) == runs  # not yet due
    clock.advance(seconds=61)
    recorder.down = False
    counts = autorun.run_due(engine, keyring, config, claimant="node-a", clock=clock)
    assert counts == {"notices_delivered": 1}
    retried = recorder.received[-1]
    assert retried[0] == key and retried[2] and retried[1]["delivery_id"] != body["delivery_id"]
    assert {n["upstream"]: (n["state"], n["rounds"]) for n in _notices(engine)} == {
        "shop": ("done", 1), "shop1": ("done", 2)}
    codes = [e["details"].get("code") for e in rights.events(request_id)
             if e["details"].get("event") == "restriction_lifted"]
    assert codes == ["delivered", "retry_planned", "delivered"]
    audited = [(r["actor"], r["reason"], r["outcome"]) for r in audit_rows(engine)
               if r["action"] == "rights.recipient_notice"]
    assert audited == [("acc_officer", "delivered", "success"),
                       ("acc_officer", "retry_planned", "failure"),
                       ("system", "delivered", "success")]


def test_a_notice_is_abandoned_after_five_rounds(
        rights: RightsService, engine: Engine, keyring: Keyring, clock: Clock,
        recorder: Recorder, tmp_path: Path) -> None:
    config = _config(recorder.url)
    request_id = _restricted(rights, config)
    lift(rights, FileOutbox(tmp_path), request_id, actor="acc_officer",
         reason="the accuracy check is over", service_name="Shop", config=config)
    waits = [recipients.backoff(n) for n in range(1, recipients.MAX_ROUNDS)]
    assert waits == [60.0, 120.0, 240.0, 480.0]
    for wait in waits:
        clock.advance(seconds=wait)
        recipients.deliver_due(engine, keyring, config, clock=clock)
    (notice,) = _notices(engine)
    assert (notice["state"], notice["rounds"], notice["status"]) == ("abandoned", 5, "http_503")
    clock.advance(hours=2)
    assert recipients.deliver_due(engine, keyring, config, clock=clock) == {}
    last = rights.events(request_id)[-1]
    assert last["details"]["code"] == "abandoned" and "tell it another way" in last["reason"]


def test_no_upstream_with_personal_data_no_notice(rights: RightsService, engine: Engine,
                                                  tmp_path: Path) -> None:
    request_id = _restricted(rights, CharterConfig())
    done = lift(rights, FileOutbox(tmp_path), request_id, actor="acc_officer",
                reason="the accuracy check is over", service_name="Shop",
                config=CharterConfig())
    assert done.recipients == {} and _notices(engine) == []
