"""The rate_limit stage in a pipeline: options, keys, replies, headers, failure modes."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from pydantic import ValidationError

from charter.config.models import CharterConfig, Route
from charter.dataplane import registry
from charter.dataplane.context import RequestContext
from charter.dataplane.pipeline import Pipeline
from charter.dataplane.reply import Reply
from charter.dataplane.services import Services
from charter.dataplane.stages.rate_limit import RateLimitOptions
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.ratelimit import Limiters
from charter.ratelimit.redis import RedisLimiter

pytestmark = pytest.mark.clause("USE-3")


class _Rows:
    def put(self, row: dict[str, Any]) -> bool:
        return True


def services(limiters: Limiters) -> Services:
    keyring = Keyring.generate()
    return Services(config=CharterConfig(), keyring=keyring,
                    pseudonymizer=Pseudonymizer(keyring), access_log=_Rows(), limiters=limiters)


def pipeline(options: dict[str, Any], limiters: Limiters | None = None,
             route_id: str = "orders") -> Pipeline:
    route = Route(id=route_id, upstream="demo", stages={
        "authenticate": {"methods": ["none"], "reason": "test"}, "rate_limit": options})
    return Pipeline.build(route, services(limiters or Limiters()))


def request(pipe: Pipeline, *, client: str | None = None, org: str | None = None,
            ip: str = "203.0.113.7") -> tuple[Reply | None, dict[str, str]]:
    return asyncio.run(arequest(pipe, client=client, org=org, ip=ip))


async def arequest(pipe: Pipeline, *, client: str | None = None, org: str | None = None,
                   ip: str = "203.0.113.7") -> tuple[Reply | None, dict[str, str]]:
    """One request through the pipeline, as the gateway runs it (in one event loop)."""
    ctx = RequestContext("GET", "/", "/", "", [], request_id="r1", client_ip=ip, peer_ip=ip,
                         scheme="http", host="api", http_version="1.1",
                         started=time.perf_counter())
    ctx.client_id, ctx.organization = client, org
    outcome = pipe.run_request(ctx)
    if outcome is not None and not isinstance(outcome, Reply):
        outcome = await _settle(outcome)
    status = outcome.status if isinstance(outcome, Reply) else 200
    if isinstance(outcome, Reply):
        ctx.response_headers = list(outcome.headers)
    pipe.run_response(ctx, status)
    headers = {k.decode(): v.decode() for k, v in ctx.response_headers}
    return outcome, headers


async def _settle(pending: Any) -> Reply | None:
    result: Reply | None = await pending
    return result


def test_options_are_validated() -> None:
    options = RateLimitOptions.model_validate({"limits": [
        {"name": "per_minute", "rate": 10, "per": "1m"},
        {"name": "per_day", "rate": 1000, "per": "1d", "burst": 50, "key": "organization"}]})
    assert isinstance(options, RateLimitOptions)
    assert [limit.per for limit in options.limits] == [60, 86400]
    assert options.backend is None and options.failure_mode == "open"
    bad = [
        {"limits": [{"name": "a", "rate": 1, "per": "250ms"}]},
        {"limits": [{"name": "a", "rate": 1, "per": "1s"}, {"name": "a", "rate": 2, "per": "1m"}]},
        {"limits": [{"name": "a", "rate": 0, "per": "1s"}]},
        {"limits": [{"name": "a", "rate": 1, "per": "1s", "key": "header"}]},
        {"limits": [{"name": "Bad Name", "rate": 1, "per": "1s"}]},
        {"backend": "memcached"},
        {"failure_mode": "maybe"},
    ]
    for raw in bad:
        with pytest.raises(ValidationError):
            registry.validate_stage_options("rate_limit", raw)


def test_the_stage_runs_after_authorization() -> None:
    names = registry.stage_names()
    assert names.index("authorize") < names.index("rate_limit") < names.index("proxy")


def test_a_route_without_limits_pays_nothing() -> None:
    assert "rate_limit" not in [stage.name for stage in pipeline({}).stages]


def test_allowed_responses_carry_the_headers_and_a_refusal_is_a_429() -> None:
    pipe = pipeline({"limits": [{"name": "per_second", "rate": 3, "per": "1s"},
                                {"name": "per_day", "rate": 1000, "per": "1d"}]})
    outcome, headers = request(pipe, client="cli_a")
    assert outcome is None
    assert headers["ratelimit-policy"] == '"per_second";q=3;w=1, "per_day";q=1000;w=86400'
    assert headers["ratelimit"] == '"per_second";r=2;t=1, "per_day";r=999;t=87'
    request(pipe, client="cli_a")
    request(pipe, client="cli_a")
    refused, headers = request(pipe, client="cli_a")
    assert refused is not None and refused.status == 429
    assert refused.content_type == b"application/problem+json"
    body = json.loads(refused.body)
    assert body["code"] == "rate_limited" and body["status"] == 429
    assert headers["retry-after"] == "1"
    assert headers["ratelimit"].startswith('"per_second";r=0;t=1, "per_day";r=997;')


def test_keys_select_who_shares_a_limit() -> None:
    def allowed(options_key: str, **who: Any) -> bool:
        return request(pipes[options_key], **who)[0] is None

    kinds = ("client", "organization", "route", "ip")
    pipes = {key: pipeline({"limits": [{"name": "l", "rate": 1, "per": "1h", "key": key}]},
                           route_id=f"r-{key}") for key in kinds}
    # client: per client id; without one, per address.
    assert allowed("client", client="a", ip="10.0.0.1")
    assert not allowed("client", client="a", ip="10.0.0.2")
    assert allowed("client", client="b", ip="10.0.0.1")
    assert allowed("client", ip="10.0.0.1")
    assert not allowed("client", ip="10.0.0.1")
    # organization: two clients of one organization share.
    assert allowed("organization", client="a", org="o1")
    assert not allowed("organization", client="b", org="o1")
    assert allowed("organization", client="c", org="o2")
    # route: everyone shares.
    assert allowed("route", client="a")
    assert not allowed("route", client="b", ip="10.9.9.9")
    # ip: per address, whoever the client.
    assert allowed("ip", client="a", ip="10.0.0.1")
    assert not allowed("ip", client="b", ip="10.0.0.1")


def test_routes_never_share_counts() -> None:
    limiters = Limiters()
    options = {"limits": [{"name": "l", "rate": 1, "per": "1h", "key": "route"}]}
    first, second = pipeline(options, limiters, "one"), pipeline(options, limiters, "two")
    assert request(first)[0] is None and request(second)[0] is None
    assert request(first)[0] is not None


def test_redis_is_required_when_named() -> None:
    with pytest.raises(ValueError, match="Redis URL"):
        pipeline({"backend": "redis", "limits": [{"name": "l", "rate": 1, "per": "1s"}]})


def unreachable() -> Limiters:
    # Nothing listens on port 1: the first decision fails at once and Redis is marked down.
    return Limiters.build("redis://127.0.0.1:1/0", secret=b"s")


@pytest.mark.parametrize("mode", ["open", "closed"])
def test_failure_modes_when_redis_is_down(mode: str) -> None:
    async def scenario() -> tuple[list[tuple[Reply | None, dict[str, str]]], dict[str, int]]:
        limiters = unreachable()
        try:
            pipe = pipeline({"failure_mode": mode,
                             "limits": [{"name": "l", "rate": 2, "per": "1h"}]}, limiters)
            return [await arequest(pipe, client="a") for _ in range(3)], limiters.stats()
        finally:
            await limiters.close()

    outcomes, stats = asyncio.run(scenario())
    if mode == "open":
        # The local limiter decides instead, with the same limits.
        assert [o is None for o, _ in outcomes] == [True, True, False]
        assert outcomes[2][0] is not None and outcomes[2][0].status == 429
        assert outcomes[0][1]["ratelimit"] == '"l";r=1;t=1800'
    else:
        for outcome, headers in outcomes:
            assert outcome is not None and outcome.status == 503
            assert json.loads(outcome.body)["code"] == "rate_limiter_unavailable"
            assert headers["retry-after"] == "1"
            assert "ratelimit" not in headers
    assert stats["rate_limit_redis_down"] == 1  # once, not per request


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    prefix = f"charter:rl:test:{secrets.token_hex(6)}:"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(match=prefix + "*"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.mark.redis
def test_redis_is_the_default_back_end_when_configured(redis_url: str, prefix: str) -> None:
    async def scenario() -> list[tuple[Reply | None, dict[str, str]]]:
        limiters = Limiters(redis=RedisLimiter(redis_url, secret=b"s", prefix=prefix))
        try:
            pipe = pipeline({"limits": [{"name": "per_minute", "rate": 2, "per": "1m"}]},
                            limiters)
            seen = [await arequest(pipe, client="a") for _ in range(3)]
            assert len(limiters.local) == 0  # the local limiter was not asked
            return seen
        finally:
            await limiters.close()

    seen = asyncio.run(scenario())
    assert [outcome is None for outcome, _ in seen] == [True, True, False]
    assert seen[0][1]["ratelimit"] == '"per_minute";r=1;t=30'
    refused = seen[2][0]
    assert refused is not None and refused.status == 429
    assert 29 <= int(seen[2][1]["retry-after"]) <= 30
