"""The Redis limiter against a real Redis: exact, atomic, namespaced, self-expiring, and
recovering on its own from an outage."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Iterator

import pytest
import redis

from charter.ratelimit.gcra import MICROS, Rate
from charter.ratelimit.limiters import Limiters
from charter.ratelimit.redis import RedisLimiter
from charter.ratelimit.shared import LimiterUnavailable
from tests.ratelimit.servers import RedisServer

pytestmark = [pytest.mark.clause("USE-3"), pytest.mark.redis]


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    """A namespace of this test's own, emptied afterwards (nothing else is touched)."""
    namespace = f"charter:rl:test:{secrets.token_hex(6)}:"
    yield namespace
    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(match=namespace + "*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def limiter_for(url: str, prefix: str = "charter:rl:test:x:", timeout: float = 0.25,
                connect_timeout: float = 0.05) -> RedisLimiter:
    return RedisLimiter(url, secret=b"test secret", prefix=prefix, timeout=timeout,
                        connect_timeout=connect_timeout)


def test_a_burst_then_refusals_with_the_wait(redis_url: str, prefix: str) -> None:
    async def scenario() -> list[tuple[bool, int, int]]:
        limiter = limiter_for(redis_url, prefix)
        try:
            rate = [Rate.per(5, 60)]
            seen = []
            for _ in range(7):
                decision = await limiter.decide(["route/per_minute/c:cli_1"], rate)
                seen.append((decision.allowed, decision.outcomes[0].remaining,
                             decision.retry_after))
            return seen
        finally:
            await limiter.close()

    seen = asyncio.run(scenario())
    assert [allowed for allowed, _, _ in seen] == [True] * 5 + [False] * 2
    assert [remaining for _, remaining, _ in seen[:5]] == [4, 3, 2, 1, 0]
    # The next request is allowed 12 s after the first (60 s / 5), less the time spent.
    assert 11 * MICROS < seen[5][2] <= 12 * MICROS


def test_keys_are_namespaced_hashed_and_expire(redis_url: str, prefix: str) -> None:
    async def scenario() -> None:
        limiter = limiter_for(redis_url, prefix)
        try:
            await limiter.decide(["orders/per_day/i:203.0.113.9"], [Rate.per(100, 86400)])
        finally:
            await limiter.close()

    asyncio.run(scenario())
    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(match=prefix + "*"))
        assert len(keys) == 1
        assert b"203.0.113.9" not in keys[0]  # addresses are not written to Redis
        ttl = client.pttl(keys[0])
        assert 0 < ttl <= 864_000 + 1  # the TAT horizon: one interval (864 s)
    finally:
        client.close()


def test_several_limits_are_charged_together_or_not_at_all(redis_url: str,
                                                           prefix: str) -> None:
    async def scenario() -> list[bool]:
        limiter = limiter_for(redis_url, prefix)
        try:
            rates = [Rate.per(3, 1), Rate.per(2, 3600)]
            results = [(await limiter.decide(["r/s/x", "r/h/x"], rates)).allowed
                       for _ in range(4)]
            # The per-second limit was charged twice only.
            alone = await limiter.decide(["r/s/x"], rates[:1])
            assert alone.outcomes[0].remaining == 0
            return results
        finally:
            await limiter.close()

    assert asyncio.run(scenario()) == [True, True, False, False]


def test_concurrent_decisions_allow_exactly_the_limit(redis_url: str, prefix: str) -> None:
    async def scenario() -> int:
        # Three "processes", each opening its pool at once: generous timeouts, so that a busy
        # test machine does not turn this into a test of the failure mode.
        limiters = [limiter_for(redis_url, prefix, timeout=2, connect_timeout=2)
                    for _ in range(3)]
        try:
            rate = [Rate.per(50, 3600)]
            tasks = [limiters[i % 3].decide(["r/h/shared"], rate) for i in range(300)]
            return sum(d.allowed for d in await asyncio.gather(*tasks))
        finally:
            for limiter in limiters:
                await limiter.close()

    assert asyncio.run(scenario()) == 50


def test_a_forgotten_script_is_sent_again(own_redis: RedisServer) -> None:
    async def scenario() -> None:
        limiter = limiter_for(own_redis.url)
        try:
            rate = [Rate.per(10, 1)]
            assert (await limiter.decide(["a"], rate)).allowed
            client = redis.Redis(port=own_redis.port)
            client.script_flush()
            client.close()
            assert (await limiter.decide(["a"], rate)).allowed
            assert limiter.health.up
        finally:
            await limiter.close()

    asyncio.run(scenario())


def test_an_outage_is_noticed_once_and_recovered_from(own_redis: RedisServer,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> None:
        limiter = limiter_for(own_redis.url)
        try:
            rate = [Rate.per(100, 1)]
            assert (await limiter.decide(["k"], rate)).allowed
            own_redis.stop()
            for _ in range(20):
                with pytest.raises(LimiterUnavailable):
                    await limiter.decide(["k"], rate)
            assert not limiter.health.up and limiter.health.downs == 1
            # While down, a decision does not even try Redis.
            started = time.perf_counter()
            with pytest.raises(LimiterUnavailable):
                await limiter.decide(["k"], rate)
            assert time.perf_counter() - started < 0.01
            own_redis.start()
            deadline = time.monotonic() + 15
            while not limiter.health.up:
                assert time.monotonic() < deadline, "the limiter did not recover"
                await asyncio.sleep(0.05)
            assert limiter.health.ups == 1
            assert (await limiter.decide(["k"], rate)).allowed
        finally:
            await limiter.close()

    with caplog.at_level("INFO", logger="charter.ratelimit"):
        asyncio.run(scenario())
    messages = [r.getMessage() for r in caplog.records if r.name == "charter.ratelimit"]
    assert len(messages) == 2  # one line per transition, not one per request
    assert "unreachable" in messages[0] and "reachable again" in messages[1]


@pytest.mark.clause("SEC-4")
def test_each_transition_is_reported_once(own_redis: RedisServer) -> None:
    """What the gateway audits: one call when Redis goes, one when it is back, whatever the
    number of requests in between, and a failing listener never reaches the request."""
    seen: list[tuple[str, bool, str | None]] = []

    def listener(backend: str, up: bool, error: str | None) -> None:
        seen.append((backend, up, error))
        raise RuntimeError("a listener that fails")

    async def scenario() -> None:
        limiters = Limiters(redis=limiter_for(own_redis.url))
        limiters.on_transition(listener)
        assert limiters.redis is not None
        try:
            rate = [Rate.per(100, 1)]
            assert (await limiters.redis.decide(["k"], rate)).allowed
            own_redis.stop()
            for _ in range(20):
                with pytest.raises(LimiterUnavailable):
                    await limiters.redis.decide(["k"], rate)
            assert seen == [("redis", False, "ConnectionError")]
            own_redis.start()
            deadline = time.monotonic() + 15
            while len(seen) < 2:
                assert time.monotonic() < deadline, "the recovery was not reported"
                await asyncio.sleep(0.05)
            for _ in range(5):
                assert (await limiters.redis.decide(["k"], rate)).allowed
            assert seen == [("redis", False, "ConnectionError"), ("redis", True, None)]
            assert limiters.redis.health.down_since is not None
        finally:
            await limiters.close()

    asyncio.run(scenario())


def test_an_unreachable_redis_fails_fast(own_redis: RedisServer) -> None:
    own_redis.stop()

    async def scenario() -> float:
        limiter = limiter_for(own_redis.url)
        try:
            started = time.perf_counter()
            with pytest.raises(LimiterUnavailable):
                await limiter.decide(["k"], [Rate.per(1, 1)])
            return time.perf_counter() - started
        finally:
            await limiter.close()

    assert asyncio.run(scenario()) < 0.3
