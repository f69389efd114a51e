"""What one rate-limit decision costs, apart from the gateway. `bench/run.py` runs it pinned to
the server's core, in the same run as rows d-local and d-redis, to put their difference with
row d next to the cost of the decisions themselves.

    python bench/decisions.py [--redis redis://127.0.0.1:6379/0] [--seconds 2]

The decisions are the ones the `rate_limit` stage asks for in those rows: one limit of a
million requests a second (it never refuses), keyed by client, on the limiters the gateway
builds (`charter.ratelimit`). Prints one JSON object:

  local_us          wall time of one `LocalLimiter.decide` (CPU only, no I/O)
  redis_us          wall time of one `RedisLimiter.decide`, one at a time: the round trip a
                    request waits for (client + network + Redis running the script)
  redis_client_us   CPU time this process spends per Redis decision, 16 in flight (what a
                    gateway process pays for each when it is busy)
  redis_server_us   CPU time Redis spends per decision in that same run (from `INFO cpu`)
  redis_error       why the Redis figures are null (Redis not reachable), else null
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import time
from typing import Any

from charter.ratelimit.gcra import Rate
from charter.ratelimit.local import LocalLimiter

CONCURRENCY = 16
RATE = Rate.per(1_000_000, 1)  # the benchmark's limit: never refuses


def _keys() -> list[str]:
    # The shape of the stage's keys: route id / limit name / who.
    return [f"bench/per_second/c:cli_{secrets.token_hex(8)}"]


def measure_local(seconds: float) -> float:
    limiter = LocalLimiter()
    keys, rates = _keys(), [RATE]
    decide = limiter.decide
    count = 0
    started = time.perf_counter()
    deadline = started + seconds
    while True:
        for _ in range(1000):
            decision = decide(keys, rates)
        count += 1000
        if not decision.allowed:
            raise RuntimeError("the benchmark limit refused a decision")
        now = time.perf_counter()
        if now >= deadline:
            return (now - started) * 1e6 / count


async def measure_redis(url: str, seconds: float) -> dict[str, float]:
    import redis.asyncio as aioredis

    from charter.ratelimit.redis import RedisLimiter

    probe = aioredis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
    limiter = RedisLimiter(url, secret=secrets.token_bytes(32), connect_timeout=1.0,
                           timeout=1.0)
    keys, rates = _keys(), [RATE]
    try:
        await probe.ping()
        await limiter.decide(keys, rates)  # loads the script, opens a connection
        count = 0
        started = time.perf_counter()
        deadline = started + seconds / 2
        while time.perf_counter() < deadline:
            await limiter.decide(keys, rates)
            count += 1
        sequential = (time.perf_counter() - started) * 1e6 / count

        server_before = await _redis_cpu(probe)
        cpu_before = time.process_time()
        done = 0
        deadline = time.perf_counter() + seconds / 2

        async def worker() -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                await limiter.decide(keys, rates)
                done += 1

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        client = (time.process_time() - cpu_before) * 1e6 / done
        server = (await _redis_cpu(probe) - server_before) * 1e6 / done
        await probe.delete(*(limiter.redis_key(key) for key in keys))
        return {"redis_us": sequential, "redis_client_us": client, "redis_server_us": server}
    finally:
        await limiter.close()
        await probe.aclose()


async def _redis_cpu(client: Any) -> float:
    info = await client.info("cpu")
    return float(info["used_cpu_sys"]) + float(info["used_cpu_user"])


def main() -> int:
    parser = argparse.ArgumentParser(description="Cost of one rate-limit decision.")
    parser.add_argument("--redis", default=os.environ.get("CHARTER_BENCH_REDIS",
                                                          "redis://127.0.0.1:6379/0"))
    parser.add_argument("--seconds", type=float, default=2.0,
                        help="measuring time per back end")
    args = parser.parse_args()
    result: dict[str, Any] = {"local_us": measure_local(args.seconds), "redis_us": None,
                              "redis_client_us": None, "redis_server_us": None,
                              "redis_error": None}
    try:
        import uvloop
    except ImportError:
        run = asyncio.run
    else:
        run = uvloop.run
    try:
        result.update(run(measure_redis(args.redis, args.seconds)))
    except ImportError:
        result["redis_error"] = "the Redis client is not installed (pip install -e '.[redis]')"
    except Exception as exc:
        result["redis_error"] = f"Redis is not reachable ({type(exc).__name__})"
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
