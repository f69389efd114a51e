"""The limiters a gateway process decides with, built once and shared by every route."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from charter.ratelimit.local import DEFAULT_MAX_KEYS, LocalLimiter
from charter.ratelimit.shared import CONNECT_TIMEOUT, TIMEOUT

if TYPE_CHECKING:
    from charter.ratelimit.redis import RedisLimiter


class Limiters:
    """The process's local limiter, and the Redis limiter when a Redis URL is configured.

    The local limiter serves routes with `backend: local` and is the fallback of Redis routes
    with `failure_mode: open`. Keys carry the route id, so routes never share state.
    """

    def __init__(self, local: LocalLimiter | None = None,
                 redis: RedisLimiter | None = None) -> None:
        self.local = local if local is not None else LocalLimiter()
        self.redis = redis

    @classmethod
    def build(cls, redis_url: str | None, *, secret: bytes,
              connect_timeout: float = CONNECT_TIMEOUT, timeout: float = TIMEOUT,
              max_keys: int = DEFAULT_MAX_KEYS) -> Limiters:
        """Limiters for this process. `secret` keys the hash of limit keys in Redis: processes
        that share limits must share it. Connects to nothing until the first decision."""
        remote = None
        if redis_url:
            # Imported here: the Redis client is an optional dependency.
            from charter.ratelimit.redis import RedisLimiter

            remote = RedisLimiter(redis_url, secret=secret, connect_timeout=connect_timeout,
                                  timeout=timeout)
        return cls(LocalLimiter(max_keys), remote)

    def on_transition(self, callback: Callable[[str, bool, str | None], None]) -> None:
        """Call `callback(backend, up, error)` once each time a shared back end becomes
        unreachable (`up` False, `error` the exception's class name) or reachable again, in
        this process. Not per request: a back end known to be down is not tried."""
        if self.redis is not None:
            self.redis.health.on_change = lambda up, error: callback("redis", up, error)

    def stats(self) -> dict[str, int]:
        """Running totals for the metrics: Redis down/up transitions, local evictions."""
        stats = {"rate_limit_local_evictions": self.local.evicted}
        if self.redis is not None:
            stats["rate_limit_redis_down"] = self.redis.health.downs
            stats["rate_limit_redis_up"] = self.redis.health.ups
        return stats

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.close()
