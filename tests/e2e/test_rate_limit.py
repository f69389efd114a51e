"""Rate limits through running gateways: exact across processes with Redis, and the failure
modes when Redis goes away and comes back (counted, logged and audited)."""

from __future__ import annotations

import json
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import redis

from charter.identity import service
from charter.ratelimit.redis import RedisLimiter
from charter.store.engine import make_engine
from tests.e2e.conftest import Charter, CharterFactory, Upstream, wait_until
from tests.ratelimit.servers import RedisServer

pytestmark = [pytest.mark.e2e, pytest.mark.clause("USE-3")]

LIMIT = 20
CLIENTS = 100


def _config(upstream: str, redis_url: str, timeout: str = "250ms") -> str:
    return f"""\
        redis: {{url: "{redis_url}", connect_timeout: {timeout}, timeout: {timeout}}}
        upstreams:
          - name: demo
            targets: ["{upstream}"]
        routes:
          - id: orders
            match: {{path_prefix: /api/orders}}
            upstream: demo
            strip_prefix: /api
            stages:
              rate_limit:
                limits:
                  # An hour keeps the test exact however slow the machine: the next request
                  # would only be allowed 3 minutes after the burst.
                  - {{name: per_hour, rate: {LIMIT}, per: 1h, key: client}}
                  - {{name: per_day, rate: 1000, per: 1d, key: organization}}
          - id: open
            match: {{path_prefix: /open/orders}}
            upstream: demo
            strip_prefix: /open
            stages:
              authenticate: {{methods: [none], reason: test route}}
              rate_limit:
                failure_mode: open
                limits: [{{name: per_hour, rate: 3, per: 1h, key: ip}}]
          - id: closed
            match: {{path_prefix: /closed/orders}}
            upstream: demo
            strip_prefix: /closed
            stages:
              authenticate: {{methods: [none], reason: test route}}
              rate_limit:
                failure_mode: closed
                limits: [{{name: per_second, rate: 100, per: 1s, key: ip}}]
        """


def _api_key(server: Charter) -> tuple[str, str, str]:
    """A client with an API key in the server's store: (key, client id, organization id)."""
    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org = service.create_organization(engine, "Tenant", "tenant").id
        client = service.create_client(engine, org, "app", []).id
        _, key = service.create_api_key(engine, server.keyring, client)
    finally:
        engine.dispose()
    return key, client, org


def _forget_keys(server: Charter, redis_url: str, keys: list[str]) -> None:
    """Delete exactly this test's keys from the shared Redis (they would expire anyway)."""
    secret = server.keyring.derive("pseudonym", server.keyring.oldest.kid)
    names = [RedisLimiter(redis_url, secret=secret).redis_key(key) for key in keys]
    client = redis.Redis.from_url(redis_url)
    try:
        client.delete(*names)
    finally:
        client.close()


def test_concurrent_clients_get_exactly_the_limit_across_two_processes(
        charter: CharterFactory, demo_upstream: Upstream, redis_url: str) -> None:
    # Generous timeouts: a busy test machine must not turn this into a failure-mode test.
    server = charter(_config(demo_upstream.url, redis_url, timeout="2s"), workers=2)
    key, client, org = _api_key(server)
    barrier = threading.Barrier(CLIENTS)

    def call(_: int) -> httpx.Response:
        barrier.wait()  # all requests leave together
        return httpx.get(f"{server.gateway}/api/orders", headers={"x-api-key": key},
                         timeout=30)

    try:
        with ThreadPoolExecutor(CLIENTS) as pool:
            responses = list(pool.map(call, range(CLIENTS)))
    finally:
        _forget_keys(server, redis_url, [f"orders/per_hour/c:{client}",
                                         f"orders/per_day/o:{org}"])
    statuses = Counter(response.status_code for response in responses)
    assert statuses == {200: LIMIT, 429: CLIENTS - LIMIT}
    # Both worker processes answered (request ids start with a per-process prefix).
    assert len({r.headers["x-request-id"][:8] for r in responses}) == 2
    for response in responses:
        assert response.headers["ratelimit-policy"] == (
            '"per_hour";q=20;w=3600, "per_day";q=1000;w=86400')
        if response.status_code == 429:
            assert response.headers["content-type"] == "application/problem+json"
            assert response.json()["code"] == "rate_limited"
            assert 170 <= int(response.headers["retry-after"]) <= 180
            assert response.headers["ratelimit"].startswith('"per_hour";r=0;')
    remaining = sorted(int(r.headers["ratelimit"].split(";r=")[2].split(";")[0])
                       for r in responses if r.status_code == 200)
    assert remaining == list(range(1000 - LIMIT, 1000))  # the day quota was charged 20 times


def test_redis_going_away_follows_the_failure_mode_and_recovers(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    own = RedisServer()
    own.start()
    try:
        server = charter(_config(demo_upstream.url, own.url))

        def get(prefix: str) -> httpx.Response:
            return httpx.get(f"{server.gateway}/{prefix}/orders", timeout=10)

        assert get("closed").status_code == 200
        assert get("open").status_code == 200
        own.stop()
        # closed: refused while Redis is away, however many requests come.
        for _ in range(10):
            response = get("closed")
            assert response.status_code == 503
            assert response.json()["code"] == "rate_limiter_unavailable"
            assert response.headers["retry-after"] == "1"
        # open: this process's own limiter takes over, with the same limit.
        assert [get("open").status_code for _ in range(4)] == [200, 200, 200, 429]
        assert server.log().count("is unreachable") == 1
        own.start()
        wait_until(lambda: get("closed").status_code == 200, timeout=20,
                   what="rate limiting to recover when Redis is back")
        assert get("open").status_code == 200  # Redis decides again (it restarted empty)
        wait_until(lambda: server.log().count("reachable again") == 1, timeout=5,
                   what="the recovery to be logged")

        def counted() -> bool:
            text = httpx.get(f"{server.admin}/metrics").text
            return ("charter_rate_limit_redis_down_total 1" in text
                    and "charter_rate_limit_redis_up_total 1" in text)

        wait_until(counted, timeout=10, what="the transitions in the metrics")
        assert server.log().count("is unreachable") == 1
    finally:
        own.stop()


def _audit_events(server: Charter, action: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{server.admin}/admin/audit", params={"action": action},
                         headers=server.admin_headers, timeout=10)
    assert response.status_code == 200, response.text
    events: list[dict[str, Any]] = response.json()["events"]
    return events


@pytest.mark.clause("SEC-4")
def test_redis_outages_and_recoveries_are_audited_once_each(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    own = RedisServer()
    own.start()
    try:
        server = charter(_config(demo_upstream.url, own.url))

        def get(prefix: str) -> httpx.Response:
            return httpx.get(f"{server.gateway}/{prefix}/orders", timeout=10)

        assert get("closed").status_code == 200
        own.stop()
        # Many requests into the outage, on both failure modes: one transition, one event.
        assert {get("closed").status_code for _ in range(10)} == {503}
        assert {get("open").status_code for _ in range(3)} == {200}
        wait_until(lambda: len(_audit_events(server, "ratelimit.backend_down")) == 1,
                   what="the outage to be audited")
        assert _audit_events(server, "ratelimit.backend_up") == []
        own.start()
        wait_until(lambda: get("closed").status_code == 200, timeout=20,
                   what="rate limiting to recover when Redis is back")
        wait_until(lambda: len(_audit_events(server, "ratelimit.backend_up")) == 1,
                   what="the recovery to be audited")
        for _ in range(5):
            assert get("closed").status_code == 200
        (down,) = _audit_events(server, "ratelimit.backend_down")
        (up,) = _audit_events(server, "ratelimit.backend_up")
        assert up["seq"] > down["seq"]
        assert down["actor"] == up["actor"] == "system"
        assert down["target"] == up["target"] == "backend=redis"
        assert (down["outcome"], down["reason"]) == ("failure", "unreachable")
        assert up["outcome"] == "success"
        # Both failure modes are in use: one route open, one closed (the `orders` route has
        # the default, open).
        for event in (down, up):
            details = event["details"]
            assert details["backend"] == "redis"
            assert details["failure_mode"] == "mixed"
            assert (details["routes_open"], details["routes_closed"]) == (2, 1)
            assert details["worker"] == 0 and details["pid"] > 0
        assert down["details"]["error"] in {"ConnectionError", "TimeoutError"}
        assert up["details"]["down_seconds"] > 0
        # Where Redis is, and how to log in to it, is not the audit log's business.
        text = json.dumps([down, up])
        assert "redis://" not in text and str(own.port) not in text
        # A second outage is a second pair of events.
        own.stop()
        assert get("closed").status_code == 503
        wait_until(lambda: len(_audit_events(server, "ratelimit.backend_down")) == 2,
                   what="the second outage to be audited")
    finally:
        own.stop()
