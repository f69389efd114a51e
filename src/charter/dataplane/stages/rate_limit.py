"""rate_limit: several limits per route, each on its own key, decided by GCRA.

Each limit allows `rate` requests `per` period, with bursts of up to `burst` (default: `rate`)
and no fixed windows, so no double burst at a window's edge. A limit counts per `key`:
- `client`: the authenticated client (the client address when the request has none);
- `organization`: the client's organization (the client address when there is none);
- `route`: everyone together;
- `ip`: the client address.
A request is allowed only if every limit of the route allows it, and only then is it counted
against all of them. A refused request gets `429 rate_limited` with `Retry-After`.

Back ends: `local` (this process's memory) or `redis` (shared by every process and node, one
round trip per decision). Left unset, `redis` is chosen when the process has a Redis URL
(`redis.url` or `CHARTER_REDIS_URL`), `local` otherwise: a deployment that runs Redis wants
its limits shared, and one that does not still gets per-process limits. When Redis cannot
answer, `failure_mode: open` decides with the local limiter instead (limits then hold per
process) and `closed` answers `503 rate_limiter_unavailable`.

Every response of a decided request carries the `RateLimit-Policy` and `RateLimit` fields of
the IETF httpapi draft (draft-ietf-httpapi-ratelimit-headers), one item per limit:
`RateLimit-Policy: "per_second";q=10;w=1` and `RateLimit: "per_second";r=7;t=1`, where `r`
is what remains and `t` the seconds until more becomes available.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from charter.config.units import parse_duration
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions
from charter.ratelimit.gcra import MICROS, Decision, Rate
from charter.ratelimit.shared import LimiterUnavailable

if TYPE_CHECKING:
    from charter.config.models import CharterConfig, Route
    from charter.dataplane.services import Services
    from charter.ratelimit.local import LocalLimiter
    from charter.ratelimit.redis import RedisLimiter

KeyKind = Literal["client", "organization", "route", "ip"]
_STATE = "rate_limit"


class Limit(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,31}$",
                      description="names the limit in the RateLimit headers")
    rate: int = Field(ge=1, description="requests allowed per period")
    per: int = Field(description="the period: 1s, 1m, 1h, 1d or any whole number of seconds")
    burst: int | None = Field(None, ge=1, description="requests allowed at once; default rate")
    key: KeyKind = "client"

    @field_validator("per", mode="before")
    @classmethod
    def _period(cls, value: Any) -> int:
        seconds = parse_duration(value)
        # The RateLimit-Policy field states the window in whole seconds.
        if seconds < 1 or seconds != int(seconds):
            raise ValueError("per must be a whole number of seconds, at least 1s")
        return int(seconds)


class RateLimitOptions(StageOptions):
    limits: list[Limit] = Field(default_factory=list)
    backend: Literal["local", "redis"] | None = Field(
        None, description="default: redis when a Redis URL is configured, else local")
    failure_mode: Literal["open", "closed"] = "open"

    @field_validator("limits")
    @classmethod
    def _unique(cls, value: list[Limit]) -> list[Limit]:
        names = [limit.name for limit in value]
        if len(set(names)) != len(names):
            raise ValueError("limit names must be unique within a route")
        return value


class RateLimitStage(Stage):
    name: ClassVar[str] = "rate_limit"
    Options: ClassVar[type[StageOptions]] = RateLimitOptions

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        assert isinstance(options, RateLimitOptions)
        limiters = services.limiters
        backend = options.backend or ("redis" if limiters.redis is not None else "local")
        if backend == "redis" and limiters.redis is None:
            raise ValueError(f"route {route.id}: rate_limit backend redis needs a Redis URL "
                             "(redis.url or CHARTER_REDIS_URL)")
        self._local: LocalLimiter = limiters.local
        self._redis: RedisLimiter | None = limiters.redis if backend == "redis" else None
        self._closed = options.failure_mode == "closed"
        self._limits = options.limits
        self._rates = [Rate.per(limit.rate, limit.per, limit.burst) for limit in options.limits]
        self._prefixes = [f"{route.id}/{limit.name}/" for limit in options.limits]
        self._kinds = [limit.key for limit in options.limits]
        self._names = [b'"%s"' % limit.name.encode() for limit in options.limits]
        self._policy = b", ".join(b'"%s";q=%d;w=%d' % (limit.name.encode(), limit.rate, limit.per)
                                  for limit in options.limits)

    def active(self) -> bool:
        return bool(self._limits)

    def on_request(self, ctx: RequestContext) -> Reply | Awaitable[Reply | None] | None:
        keys = self._keys(ctx)
        if self._redis is None:
            return self._verdict(ctx, self._local.decide(keys, self._rates))
        if not self._redis.health.up:
            return self._unavailable(ctx, keys)
        return self._remote(ctx, self._redis, keys)

    async def _remote(self, ctx: RequestContext, redis: RedisLimiter,
                      keys: list[str]) -> Reply | None:
        try:
            decision = await redis.decide(keys, self._rates)
        except LimiterUnavailable:
            return self._unavailable(ctx, keys)
        return self._verdict(ctx, decision)

    def _keys(self, ctx: RequestContext) -> list[str]:
        keys = []
        for prefix, kind in zip(self._prefixes, self._kinds, strict=True):
            if kind == "client":
                value = f"c:{ctx.client_id}" if ctx.client_id else f"i:{ctx.client_ip}"
            elif kind == "organization":
                value = f"o:{ctx.organization}" if ctx.organization else f"i:{ctx.client_ip}"
            elif kind == "ip":
                value = f"i:{ctx.client_ip}"
            else:
                value = "r"
            keys.append(prefix + value)
        return keys

    def _unavailable(self, ctx: RequestContext, keys: list[str]) -> Reply | None:
        if not self._closed:
            # Open: limits hold per process until Redis is back.
            return self._verdict(ctx, self._local.decide(keys, self._rates))
        ctx.error = "rate_limiter_unavailable"
        return problem(503, "rate_limiter_unavailable", "Rate limiting is unavailable",
                       "try again shortly", request_id=ctx.request_id,
                       headers=[(b"retry-after", b"1")])

    def _verdict(self, ctx: RequestContext, decision: Decision) -> Reply | None:
        ctx.state[_STATE] = decision
        if decision.allowed:
            return None
        ctx.error = "rate_limited"
        retry = b"%d" % max(1, math.ceil(decision.retry_after / MICROS))
        return problem(429, "rate_limited", "Too many requests",
                       "a rate limit of this route is exhausted; see Retry-After",
                       request_id=ctx.request_id, headers=[(b"retry-after", retry)])

    def on_response(self, ctx: RequestContext, status: int) -> None:
        decision = ctx.state.get(_STATE)
        if decision is None:
            return  # the request never reached this stage, or no limiter decided
        items = [b"%s;r=%d;t=%d" % (name, outcome.remaining,
                                     math.ceil(outcome.refill_after / MICROS))
                 for name, outcome in zip(self._names, decision.outcomes, strict=True)]
        ctx.response_headers.append((b"ratelimit-policy", self._policy))
        ctx.response_headers.append((b"ratelimit", b", ".join(items)))


def redis_failure_modes(config: CharterConfig, *, has_redis: bool) -> dict[str, int]:
    """How many routes of `config` decide their limits with Redis, by `failure_mode`: what a
    Redis outage does to the traffic (`open`: per-process limits, `closed`: 503)."""
    counts = {"open": 0, "closed": 0}
    for route in config.routes:
        raw = route.stages.get(RateLimitStage.name)
        if raw is None:
            continue  # the stage is off unless a route configures it
        options = RateLimitOptions.model_validate(raw)
        backend = options.backend or ("redis" if has_redis else "local")
        if options.enabled and options.limits and backend == "redis":
            counts[options.failure_mode] += 1
    return counts
