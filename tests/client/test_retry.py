"""Retries against real little HTTP servers: what is retried, how often, after how long."""

from __future__ import annotations

import logging
import socket
import time
from email.utils import formatdate

import pytest

from charter.client import Client, ProblemError, RetryPolicy, TransportError
from charter.client.retry import parse_retry_after
from tests.client.conftest import ScriptedFactory

pytestmark = pytest.mark.usefixtures("no_credentials")


class Sleeps:
    """A `sleep` that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.clause("SCOPE-4")
def test_retry_after_is_honoured_for_real(scripted: ScriptedFactory) -> None:
    server = scripted([(429, [("retry-after", "1")], b""), (200, [], b"done")])
    started = time.monotonic()
    response = Client(server.url).get("/orders")
    assert response.body == b"done"
    assert time.monotonic() - started >= 1.0
    assert len(server.seen) == 2


def test_idempotent_requests_are_retried_on_gateway_errors(scripted: ScriptedFactory,
                                                           caplog: pytest.LogCaptureFixture
                                                           ) -> None:
    sleeps = Sleeps()
    server = scripted([(503, [], b""), (502, [], b""), (200, [], b"ok")])
    client = Client(server.url, retry=RetryPolicy(attempts=3, backoff=0.5, sleep=sleeps))
    with caplog.at_level(logging.WARNING, logger="charter.client"):
        assert client.put("/orders/1", json={"n": 1}).body == b"ok"
    assert len(server.seen) == 3
    assert len(sleeps.waits) == 2
    assert 0.25 <= sleeps.waits[0] <= 0.5 and 0.5 <= sleeps.waits[1] <= 1.0  # doubling
    assert "attempt 2 of 3" in caplog.text and "attempt 3 of 3" in caplog.text


def test_attempts_are_bounded(scripted: ScriptedFactory) -> None:
    sleeps = Sleeps()
    server = scripted([(504, [], b"")])
    client = Client(server.url, retry=RetryPolicy(attempts=4, sleep=sleeps))
    with pytest.raises(ProblemError) as failed:
        client.get("/")
    assert failed.value.status == 504
    assert len(server.seen) == 4 and len(sleeps.waits) == 3


def test_a_post_is_not_sent_twice_once_it_reached_the_server(
        scripted: ScriptedFactory) -> None:
    sleeps = Sleeps()
    server = scripted([(503, [], b""), (200, [], b"ok")])
    client = Client(server.url, retry=RetryPolicy(sleep=sleeps))
    with pytest.raises(ProblemError):
        client.post("/orders", json={"sku": "BK-042"})
    assert len(server.seen) == 1 and not sleeps.waits
    dropped = scripted([(0, [], b""), (200, [], b"ok")])  # the connection drops, no answer
    with pytest.raises(TransportError) as lost:
        Client(dropped.url, retry=RetryPolicy(sleep=sleeps)).post("/orders", json={})
    assert lost.value.sent
    assert len(dropped.seen) == 1
    # The same failure on a GET is retried.
    again = scripted([(0, [], b""), (200, [], b"ok")])
    assert Client(again.url, retry=RetryPolicy(sleep=sleeps)).get("/").body == b"ok"
    assert len(again.seen) == 2


def test_a_post_is_retried_when_nothing_was_sent() -> None:
    sleeps = Sleeps()
    client = Client(f"http://127.0.0.1:{_closed_port()}", retry=RetryPolicy(sleep=sleeps))
    with pytest.raises(TransportError) as refused:
        client.post("/orders", json={})
    assert not refused.value.sent
    assert len(sleeps.waits) == 2  # three attempts in all


def test_a_retry_after_longer_than_the_limit_is_reported_not_waited(
        scripted: ScriptedFactory) -> None:
    sleeps = Sleeps()
    server = scripted([(429, [("retry-after", "3600"), ("content-type",
                                                         "application/problem+json")],
                        b'{"type":"urn:charter:problem:rate_limited","title":"Too many '
                        b'requests","status":429,"code":"rate_limited"}')])
    client = Client(server.url, retry=RetryPolicy(max_retry_after=30, sleep=sleeps))
    with pytest.raises(ProblemError) as limited:
        client.get("/")
    assert (limited.value.status, limited.value.code) == (429, "rate_limited")
    assert len(server.seen) == 1 and not sleeps.waits


def test_retry_after_values() -> None:
    assert parse_retry_after("120") == 120.0
    now = time.time()
    assert 29 <= (parse_retry_after(formatdate(now + 30, usegmt=True), now) or 0) <= 31
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now) == 0.0
    assert parse_retry_after("soon") is None
    assert RetryPolicy().wait(1, "7") == 7.0
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)
