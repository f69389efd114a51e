"""A limiter shared by every process and node through Redis: one round trip per decision.

A Lua script runs GCRA for all the limits of a request atomically: it reads the clock with
`TIME` (the server's clock, so nodes whose clocks disagree still agree on every limit),
charges every limit only if all of them allow the request, and stores each TAT with an
expiry at its horizon, so idle keys vanish on their own. The script is called by its SHA
(`EVALSHA`) and sent in full (`EVAL`) only when the server does not know it yet.

Keys are `<prefix><keyed hash of the limit key>`: limit keys name clients and addresses,
and what goes to a shared store should not.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import NoScriptError, RedisError

from charter.ratelimit.gcra import Decision, Rate, decide
from charter.ratelimit.health import Health
from charter.ratelimit.shared import (
    CONNECT_TIMEOUT,
    MAX_CONNECTIONS,
    PREFIX,
    TIMEOUT,
    LimiterUnavailable,
)

# KEYS[i]: the key of limit i. ARGV[2i-1], ARGV[2i]: its interval and tolerance, in µs.
# Returns {allowed, now, tat_1, ..., tat_n}, the TATs as they were before this request.
SCRIPT = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local tats = {}
local allowed = 1
for i = 1, #KEYS do
  local tat = tonumber(redis.call('GET', KEYS[i])) or 0
  if tat < now then tat = now end
  tats[i] = tat
  if tat + tonumber(ARGV[2 * i - 1]) - tonumber(ARGV[2 * i]) > now then allowed = 0 end
end
if allowed == 1 then
  for i = 1, #KEYS do
    local charged = tats[i] + tonumber(ARGV[2 * i - 1])
    redis.call('SET', KEYS[i], string.format('%.0f', charged),
               'PX', math.ceil((charged - now) / 1000))
  end
end
local reply = {allowed, now}
for i = 1, #KEYS do reply[i + 2] = tats[i] end
return reply
"""
SCRIPT_SHA = hashlib.sha1(SCRIPT.encode(), usedforsecurity=False).hexdigest()


class RedisLimiter:
    """Decisions from Redis, through a pool of connections with short timeouts.

    `decide` raises LimiterUnavailable when Redis gives no answer, and without trying at all
    while `health` says Redis is down (it recovers on its own, see `health.Health`).
    """

    def __init__(self, url: str, *, secret: bytes, prefix: str = PREFIX,
                 connect_timeout: float = CONNECT_TIMEOUT, timeout: float = TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS) -> None:
        pool = aioredis.BlockingConnectionPool.from_url(
            url, max_connections=max_connections, timeout=timeout,
            socket_connect_timeout=connect_timeout, socket_timeout=timeout,
            retry=Retry(NoBackoff(), 0),  # a retry would only double the wait of a request
        )
        self._pool = pool
        self._client = aioredis.Redis(connection_pool=pool, retry=Retry(NoBackoff(), 0))
        self._prefix = prefix
        # A key of its own, one-way from the secret: limit keys hashed here cannot be matched
        # with anything else derived from the same secret.
        self._hash_key = hmac.new(secret, b"charter rate-limit keys", hashlib.sha256).digest()
        self.health = Health("Redis (rate limits)", self._client.ping)

    def redis_key(self, key: str) -> str:
        digest = hashlib.blake2b(key.encode(), key=self._hash_key, digest_size=16).hexdigest()
        return self._prefix + digest

    async def decide(self, keys: Sequence[str], rates: Sequence[Rate]) -> Decision:
        """One decision over several limits, charged to all of them only if all allow it."""
        if not self.health.up:
            raise LimiterUnavailable("Redis is down")
        names = [self.redis_key(key) for key in keys]
        args: list[str] = []
        for rate in rates:
            args += (str(rate.interval), str(rate.tolerance))
        try:
            reply = await self._run(names, args)
        except (RedisError, OSError, TimeoutError) as exc:
            self.health.failed(exc)
            raise LimiterUnavailable("Redis gave no decision") from exc
        now, tats = int(reply[1]), [int(tat) for tat in reply[2:]]
        decision, _ = decide(rates, tats, now)
        return decision

    async def _run(self, names: list[str], args: list[str]) -> list[Any]:
        client = self._client
        try:
            reply = await client.evalsha(  # type: ignore[misc]  # typed for sync and async alike
                SCRIPT_SHA, len(names), *names, *args)
        except NoScriptError:
            # A restarted or flushed server has forgotten the script.
            reply = await client.eval(  # type: ignore[misc]
                SCRIPT, len(names), *names, *args)
        return list(reply)

    async def close(self) -> None:
        await self.health.close()
        await self._client.aclose()
        await self._pool.aclose()  # a pool handed to a client is not closed with it
