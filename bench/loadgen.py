"""Fallback HTTP/1.1 load generator, used by `bench/run.py` only when `wrk` is not installed.

    python bench/loadgen.py --url http://127.0.0.1:PORT/path --duration 10 [--body-file F]

It keeps `--connections` keep-alive connections busy (asyncio streams over raw sockets, one
request in flight per connection) until `--duration` seconds have passed, then prints one JSON
object: requests, seconds, rps, p50_ms, p99_ms, non_2xx, errors. Each request has a 2 s
timeout and the whole run a hard limit of duration + 10 s.

Its figures are NOT comparable to wrk's: a Python client spends far more CPU per request than
wrk, so on a shared core it becomes the bottleneck much sooner.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REQUEST_TIMEOUT = 2.0


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    non_2xx: int = 0
    errors: int = 0


def build_request(host: str, port: int, target: str, body: bytes | None,
                  header: str = "") -> bytes:
    method = "POST" if body is not None else "GET"
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}:{port}", "User-Agent: charter-bench"]
    lines += [header] if header else []
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one response; returns (status, server wants to close)."""
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, _, header_block = head.partition(b"\r\n")
    status = int(status_line.split()[1])
    length, chunked, close = 0, False, False
    for line in header_block.split(b"\r\n"):
        name, _, value = line.partition(b":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value
        elif name == b"connection":
            close = value == b"close"
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status, close


async def one_connection(host: str, port: int, request: bytes, deadline: float,
                         stats: Stats) -> None:
    """One client connection, reopened after an error or a `Connection: close`."""
    while time.perf_counter() < deadline:
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(host, port), REQUEST_TIMEOUT)
        except (OSError, TimeoutError):
            stats.errors += 1
            await asyncio.sleep(0.05)
            continue
        try:
            await keep_alive(reader, writer, request, deadline, stats)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError):
            stats.errors += 1
        finally:
            writer.close()


async def keep_alive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes,
                     deadline: float, stats: Stats) -> None:
    """Requests one after the other until the deadline or until the server closes."""
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        writer.write(request)
        status, close = await asyncio.wait_for(read_response(reader), REQUEST_TIMEOUT)
        stats.latencies.append(time.perf_counter() - started)
        if not 200 <= status < 400:
            stats.non_2xx += 1
        if close:
            return


def percentile_ms(sorted_seconds: list[float], fraction: float) -> float:
    if not sorted_seconds:
        return 0.0
    index = min(len(sorted_seconds) - 1, int(fraction * len(sorted_seconds)))
    return sorted_seconds[index] * 1000.0


async def run(url: str, duration: float, connections: int, body: bytes | None,
              header: str = "") -> dict[str, float]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    request = build_request(host, port, target or "/", body, header)
    stats = Stats()
    started = time.perf_counter()
    deadline = started + duration
    tasks = [one_connection(host, port, request, deadline, stats) for _ in range(connections)]
    await asyncio.wait_for(asyncio.gather(*tasks), duration + 10)
    seconds = time.perf_counter() - started
    latencies = sorted(stats.latencies)
    return {
        "requests": len(latencies), "seconds": seconds, "rps": len(latencies) / seconds,
        "p50_ms": percentile_ms(latencies, 0.50), "p99_ms": percentile_ms(latencies, 0.99),
        "non_2xx": stats.non_2xx, "errors": stats.errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--duration", type=float, required=True)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--body-file", type=Path, help="POST this file as application/json")
    parser.add_argument("--header", default="", help="one extra header, 'name: value'")
    args = parser.parse_args()
    body = args.body_file.read_bytes() if args.body_file else None
    try:
        import uvloop
    except ImportError:
        result = asyncio.run(run(args.url, args.duration, args.connections, body, args.header))
    else:
        result = uvloop.run(run(args.url, args.duration, args.connections, body, args.header))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
