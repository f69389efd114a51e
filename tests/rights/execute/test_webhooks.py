"""Upstream fan-out (SHARE-4): signed webhooks to upstreams that hold personal data, checked
by the demo upstream, retried with backoff, every attempt recorded without content."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select

from charter.config.models import CharterConfig, Upstream
from charter.demo.upstream import DemoUpstream
from charter.privacy.keyring import Keyring
from charter.rights.execute import run
from charter.rights.execute.models import rights_deliveries
from charter.rights.execute.settings import ExecutionSettings, RightsUpstream, rights_upstream
from charter.rights.execute.webhooks import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    Deliverer,
    payload,
    signature,
    verify,
)

from .conftest import bundle_files, request

SECRET = "demo-rights-secret-0123456789"
ENV = "SHOP_RIGHTS_SECRET"
ADA_EMAIL = ("email", "ada@example.com")  # a customer of the demo's invented orders


class RightsAwareUpstream(Upstream):
    """An upstream with the rights fields `config.models.Upstream` is to get."""

    stores_personal_data: bool = False
    rights_webhook: str | None = None
    rights_secret_env: str | None = None
    rights_identifiers: tuple[str, ...] = ()


def config_for(url: str, **rights: Any) -> CharterConfig:
    fields = {"stores_personal_data": True, "rights_webhook": "/privacy/rights",
              "rights_secret_env": ENV, "rights_identifiers": ["email"], **rights}
    return CharterConfig(
        upstreams=[RightsAwareUpstream(name="shop", targets=[url], **fields)],
        routes=[{"id": "orders", "upstream": "shop"}])  # type: ignore[list-item]


@pytest.fixture
def demo() -> Iterator[str]:
    """The demo upstream, with its rights webhook on, served from a thread of its own."""
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


@pytest.fixture(autouse=True)
def secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, SECRET)


def deliveries(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(
            rights_deliveries.c.upstream, rights_deliveries.c.attempt,
            rights_deliveries.c.status, rights_deliveries.c.http_status,
        ).order_by(rights_deliveries.c.id))]


@pytest.mark.clause("SHARE-4")
@pytest.mark.clause("RIGHTS-1")
def test_the_upstreams_answer_is_folded_into_the_bundle(
        engine: Engine, keyring: Keyring, demo: str) -> None:
    result = run(engine, keyring, config_for(demo), request(keyring, "access", [ADA_EMAIL]))
    assert result.outcome == "completed" and result.summary["upstream.shop"] == "completed"
    files = bundle_files(engine, keyring, result.artifact_id)
    answer = json.loads(files["upstreams/shop.json"])
    assert [order["id"] for order in answer["data"]["orders"]] == ["ord_1001"]
    assert json.loads(files["summary.json"])["upstreams"] == {"shop": "completed"}
    assert deliveries(engine) == [("shop", 1, "completed", 200)]


@pytest.mark.clause("SHARE-4")
@pytest.mark.clause("RIGHTS-3")
def test_an_erasure_reaches_the_upstream_once_however_often_it_is_sent(
        engine: Engine, keyring: Keyring, demo: str) -> None:
    config = config_for(demo)
    erase = request(keyring, "erase", [ADA_EMAIL], request_id="rr_erase")
    first = run(engine, keyring, config, erase)
    again = run(engine, keyring, config, erase)  # same request id: the same answer
    assert first.summary["upstream.shop.orders"] == again.summary["upstream.shop.orders"] == 1
    assert httpx.get(f"{demo}/orders/ord_1001").status_code == 404
    fresh = run(engine, keyring, config, request(keyring, "access", [ADA_EMAIL], request_id="a"))
    assert fresh.summary["upstream.shop"] == "not_found"


@pytest.mark.clause("SHARE-4")
@pytest.mark.clause("RIGHTS-2")
def test_a_rectification_is_propagated(engine: Engine, keyring: Keyring, demo: str) -> None:
    result = run(engine, keyring, config_for(demo), request(
        keyring, "rectify", [ADA_EMAIL], {"fields": {"name": "Ada Lovelace-Example"}}))
    assert result.outcome == "completed" and result.summary["upstream.shop"] == "completed"
    assert httpx.get(f"{demo}/orders/ord_1001").json()["customer"]["name"] == (
        "Ada Lovelace-Example")


@pytest.mark.clause("SHARE-4")
def test_the_demo_checks_the_signature_the_time_and_replays(demo: str) -> None:
    body = json.dumps({"request_id": "rr_1", "type": "access",
                       "subject": {"keys": [], "identifiers": []}}).encode()
    now = int(time.time())

    def post(stamp: int, key: str = SECRET, sig: str | None = None) -> httpx.Response:
        return httpx.post(f"{demo}/privacy/rights", content=body, headers={
            TIMESTAMP_HEADER: str(stamp), IDEMPOTENCY_HEADER: "rr_1",
            SIGNATURE_HEADER: sig or signature(key.encode(), stamp, body)})

    assert post(now).status_code == 200
    assert post(now).status_code == 409  # the very same signature again: a replay
    assert post(now - 301).status_code == 401  # outside the five-minute window
    assert post(now + 1, key="not-the-secret").status_code == 401
    assert post(now + 2, sig="v1=" + "0" * 64).status_code == 401
    assert post(now + 3).json()["status"] == "not_found"  # fresh signature, same answer


@pytest.mark.clause("SHARE-4")
def test_a_wrong_secret_is_refused_and_not_retried(
        engine: Engine, keyring: Keyring, demo: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "a-different-secret")
    result = run(engine, keyring, config_for(demo), request(keyring, "erase", [ADA_EMAIL]))
    assert (result.outcome, result.reason) == ("partial", "upstream_unconfirmed")
    assert result.summary["upstream.shop"] == "http_401"
    assert deliveries(engine) == [("shop", 1, "http_401", 401)]


class FlakyUpstream:
    """A real HTTP server that fails `failures` times with 503, then answers `completed`;
    it checks each signature and records what it received."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.received: list[dict[str, Any]] = []
        self.valid: list[bool] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                outer.valid.append(verify(SECRET.encode(), self.headers[TIMESTAMP_HEADER],
                                          self.headers[SIGNATURE_HEADER], body))
                outer.received.append(json.loads(body))
                failing = len(outer.received) <= outer.failures
                answer = b'{"error":"busy"}' if failing else b'{"status":"completed"}'
                self.send_response(503 if failing else 200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def flaky() -> Iterator[Callable[[int], FlakyUpstream]]:
    servers: list[FlakyUpstream] = []

    def start(failures: int) -> FlakyUpstream:
        servers.append(FlakyUpstream(failures))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _deliverer(engine: Engine, waits: list[float]) -> Deliverer:
    return Deliverer(engine, ExecutionSettings(), sleep=waits.append, environ={ENV: SECRET})


@pytest.mark.clause("SHARE-4")
def test_failures_are_retried_with_backoff_and_every_attempt_recorded(
        engine: Engine, flaky: Callable[[int], FlakyUpstream]) -> None:
    server = flaky(2)
    upstream = config_for(server.url).upstreams[0]
    waits: list[float] = []
    body = {"request_id": "rr_1", "type": "erase"}
    answer = _deliverer(engine, waits).deliver(upstream, "rr_1", body)
    assert (answer.status, answer.attempts) == ("completed", 3)
    assert waits == [0.5, 1.0]
    assert server.valid == [True] * 3
    assert [{k: v for k, v in got.items() if k != "delivery_id"} for got in server.received] == (
        [body] * 3)
    assert len({got["delivery_id"] for got in server.received}) == 3
    assert deliveries(engine) == [("shop", 1, "http_503", 503), ("shop", 2, "http_503", 503),
                                  ("shop", 3, "completed", 200)]


@pytest.mark.clause("SHARE-4")
def test_retries_are_bounded(engine: Engine, flaky: Callable[[int], FlakyUpstream]) -> None:
    server = flaky(100)
    waits: list[float] = []
    answer = _deliverer(engine, waits).deliver(config_for(server.url).upstreams[0], "rr_1", {})
    assert (answer.status, answer.attempts) == ("http_503", 4)
    assert waits == [0.5, 1.0, 2.0]
    gone = config_for("http://127.0.0.1:9").upstreams[0]  # nothing listens on port 9
    assert _deliverer(engine, []).deliver(gone, "rr_2", {}).status == "unreachable"


@pytest.mark.clause("SHARE-4")
def test_an_upstream_gets_only_the_identifiers_it_asked_for() -> None:
    settings = RightsUpstream(stores_personal_data=True, rights_webhook="/r",
                              rights_secret_env=ENV, rights_identifiers=("email",))
    body = payload("rr_1", "erase", ["sk_1", "sk_2"],
                   [("email", "ada@example.com"), ("account", "acc_1"), ("sub", "people:a")],
                   {}, settings, None, None)
    assert body["subject"] == {"keys": ["sk_1", "sk_2"], "identifiers": [
        {"kind": "email", "value": "ada@example.com"}]}


def test_upstreams_without_the_rights_fields_hold_no_personal_data(
        engine: Engine, keyring: Keyring) -> None:
    plain = CharterConfig.model_validate({"upstreams": [{"name": "shop",
                                                        "targets": ["http://127.0.0.1:9"]}]})
    assert rights_upstream(plain.upstreams[0]) == RightsUpstream()
    result = run(engine, keyring, plain, request(keyring, "erase", [ADA_EMAIL]))
    assert result.outcome == "completed" and deliveries(engine) == []
    with pytest.raises(ValueError, match="needs rights_webhook"):
        RightsUpstream(stores_personal_data=True)


def test_a_missing_secret_is_recorded_and_reported(
        engine: Engine, keyring: Keyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV)
    result = run(engine, keyring, config_for("http://127.0.0.1:9"),
                 request(keyring, "erase", [ADA_EMAIL]))
    assert result.outcome == "partial" and result.summary["upstream.shop"] == "not_configured"
    assert deliveries(engine) == [("shop", 0, "not_configured", None)]
