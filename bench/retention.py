"""How fast the retention engine purges, and what a large purge does to the gateway's p99.

Run it from the repository root:

    .venv/bin/python bench/retention.py                   # 2,000,000 rows
    .venv/bin/python bench/retention.py --rows 500000 --no-gateway

Part 1, purge rate: a fresh store (SQLite; PostgreSQL too when `--pg URL` answers) gets
`--rows` access-log rows 30 days old, and `run_retention` deletes them in batches of 1,000;
rows per second is what it reports. Part 2, the gateway under a purge: a real `charter serve`
(one worker, the `access_log` stage on, the scheduler off, pinned to cpu1) in front of the demo
upstream (cpu0), its SQLite access log filled with `--rows` old rows. wrk (cpu0, 64
connections) measures p99 with no purge, then again while `charter retention run` (pinned to
cpu1, like the scheduler inside the supervisor) deletes them: that run starts when the purge
has committed its first batch and lasts about 80% of the purge's expected length (from part 1,
at most `--duration`), so that it measures the purge and nothing else; the idle run lasts as
long. The target is a p99 during the purge under twice the idle p99.

Every process it starts is stopped by its PID; the work directory is removed at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from run import (
    CHARTER_BIN,
    DEMO_GET_PATH,
    LOAD_CPU,
    SERVER_CPU,
    Load,
    LoadGenerator,
    charter_config,
    free_port,
    has,
    start,
    start_demo_upstream,
    stop,
    taskset,
)

from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.retention.purge import run_retention
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

INSERT = ("INSERT INTO access_log (ts, request_id, route_id, method, path, status, latency_ms,"
          " bytes_in, bytes_out, client_id, subject_key, client_ip, user_agent)"
          " VALUES (?, ?, 'bench', 'GET', '/health', 200, 1.0, 0, 64, NULL, NULL,"
          " '203.0.113.0', 'bench-old')")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def old_rows(count: int) -> list[tuple[str, str]]:
    ts = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S.%f")
    return [(ts, f"old-{i}") for i in range(count)]


def fill_sqlite(path: Path, count: int) -> None:
    with sqlite3.connect(path, timeout=30) as conn:
        conn.execute("PRAGMA busy_timeout=30000")
        rows = old_rows(count)
        for start_at in range(0, count, 50_000):
            conn.executemany(INSERT, rows[start_at:start_at + 50_000])
            conn.commit()


def fill_postgres(url: str, count: int) -> None:
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cur:
        with cur.copy("COPY access_log (ts, request_id, route_id, method, path, status,"
                      " latency_ms, bytes_in, bytes_out, client_ip, user_agent) FROM STDIN"
                      ) as copy:
            ts = datetime.now(UTC) - timedelta(days=30)
            for i in range(count):
                copy.write_row((ts, f"old-{i}", "bench", "GET", "/health", 200, 1.0, 0, 64,
                                "203.0.113.0", "bench-old"))


def purge_rate(url: str, count: int) -> dict[str, Any]:
    """Fill a fresh store with `count` old rows and time one purge of them."""
    upgrade(url)
    if url.startswith("sqlite"):
        fill_sqlite(Path(url.removeprefix("sqlite:///")), count)
    else:
        fill_postgres(url, count)
    engine = make_engine(url)
    try:
        started = time.perf_counter()
        run = run_retention(engine, CharterConfig(), datetime.now(UTC), only=["access_log"])
        seconds = time.perf_counter() - started
    finally:
        engine.dispose()
    (table,) = run.tables
    return {"rows": table.rows, "batches": table.batches, "seconds": seconds,
            "rows_per_second": table.rows / seconds if seconds else 0.0}


def fresh_pg(admin_url: str) -> tuple[str, str] | None:
    try:
        import psycopg

        name = f"charter_bench_{os.getpid()}"
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:
        log(f"PostgreSQL not measured ({type(exc).__name__})")
        return None
    return admin_url.rsplit("/", 1)[0] + f"/{name}", name


def drop_pg(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def remaining(db: Path) -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        found: int = conn.execute(
            "SELECT count(*) FROM access_log WHERE user_agent = 'bench-old'").fetchone()[0]
    return found


def gateway_p99(workdir: Path, count: int, window: float, loadgen: LoadGenerator
                ) -> dict[str, Any]:
    """p99 idle and during a purge, each over `window` seconds; the second window starts
    once the purge has committed its first batch, and should end before the purge does."""
    upstream = start_demo_upstream(workdir)
    home = workdir / "charter"
    home.mkdir()
    port, admin_port = free_port(), free_port()
    config = charter_config(port, admin_port, upstream.port, home / "charter.db", {
        "access_log": {}, "authenticate": {"methods": ["none"], "reason": "benchmark"}})
    config["scheduler"] = {"enabled": False}  # the purge below is started by hand
    config_path = home / "charter.yaml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False))
    keyring = home / "charter.keyring"
    Keyring.generate().save(keyring)
    env = {k: v for k, v in os.environ.items()
           if k not in ("CHARTER_STORE_URL", "CHARTER_REDIS_URL")}
    server = start("charter", [str(CHARTER_BIN), "serve", "--config", str(config_path),
                               "--keyring", str(keyring)], SERVER_CPU, workdir, port,
                   [(port, "/readyz"), (admin_port, "/readyz")], env=env)
    try:
        log(f"filling the access log with {count} old rows")
        fill_sqlite(home / "charter.db", count)
        loadgen.run(port, DEMO_GET_PATH, False, 2)  # warm-up
        log(f"measuring the idle p99 ({window:.1f} s)")
        idle = loadgen.run(port, DEMO_GET_PATH, False, window)
        log("measuring the p99 during `charter retention run`")
        purge_log = (workdir / "purge.log").open("wb")
        started = time.monotonic()
        purge = subprocess.Popen(taskset(SERVER_CPU, [
            str(CHARTER_BIN), "retention", "run", "--config", str(config_path),
            "--table", "access_log"]), stdout=purge_log, stderr=subprocess.STDOUT, env=env)
        try:
            while remaining(home / "charter.db") == count and purge.poll() is None:
                time.sleep(0.01)
            began = time.monotonic()
            during = loadgen.run(port, DEMO_GET_PATH, False, window)
            load_end = time.monotonic()
            overlapped = purge.poll() is None
            code = purge.wait(600)
        finally:
            if purge.poll() is None:
                purge.kill()
                purge.wait(10)
            purge_log.close()
        purge_seconds = time.monotonic() - began
        process_seconds = time.monotonic() - started
        if code != 0:
            raise RuntimeError("charter retention run failed:\n"
                               + (workdir / "purge.log").read_text())
        left = remaining(home / "charter.db")
    finally:
        stop(server)
        stop(upstream)
    return {"idle": idle, "during": during, "purge_seconds": purge_seconds, "left": left,
            "process_seconds": process_seconds, "overlapped": overlapped,
            "load_seconds": load_end - began}


def load_line(name: str, load: Load) -> str:
    errors = f" ({load.errors})" if load.errors else ""
    return (f"| {name} | {load.rps:,.0f} | {load.p50_ms:.2f} | {load.p99_ms:.2f} |{errors}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=2_000_000, help="old rows to purge")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per load run")
    parser.add_argument("--pg", default=os.environ.get(
        "CHARTER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test"),
        help="a PostgreSQL server to create a scratch database on")
    parser.add_argument("--no-gateway", action="store_true", help="measure the purge rate only")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="charter-retention-bench-"))
    try:
        log(f"purging {args.rows} rows from SQLite")
        results = {"sqlite": purge_rate(f"sqlite:///{workdir / 'rate.db'}", args.rows)}
        pg = fresh_pg(args.pg)
        if pg is not None:
            log(f"purging {args.rows} rows from PostgreSQL")
            try:
                results["postgresql"] = purge_rate(pg[0], args.rows)
            finally:
                drop_pg(args.pg, pg[1])
        print("| store | rows | batches | seconds | rows/s |")
        print("|---|---|---|---|---|")
        for store, r in results.items():
            print(f"| {store} | {r['rows']:,} | {r['batches']:,} | {r['seconds']:.1f} | "
                  f"{r['rows_per_second']:,.0f} |")
        if not args.no_gateway:
            loadgen = LoadGenerator("wrk" if has("wrk") else "python", workdir)
            if loadgen.kind != "wrk":
                log("wrk is not installed: using bench/loadgen.py (figures not comparable)")
            # The load run under the purge must fit inside it: ~80% of the purge's expected
            # length at the rate measured above, at most --duration.
            expected = args.rows / max(results["sqlite"]["rows_per_second"], 1.0)
            window = float(max(1, min(int(args.duration), int(0.8 * expected))))  # wrk: whole s
            figures = gateway_p99(workdir, args.rows, window, loadgen)
            idle, during = figures["idle"], figures["during"]
            print()
            print(f"gateway ({loadgen.kind}, 64 connections, {window:g} s per run; "
                  f"load on cpu{LOAD_CPU}, charter and the purge on cpu{SERVER_CPU}):")
            print("| run | req/s | p50 ms | p99 ms |")
            print("|---|---|---|---|")
            print(load_line("idle", idle))
            print(load_line(f"during the purge of {args.rows:,} rows", during))
            ratio = during.p99_ms / idle.p99_ms if idle.p99_ms else float("inf")
            print(f"\np99 during / idle: {ratio:.2f} (target < 2). The purge ran "
                  f"{figures['purge_seconds']:.1f} s from its first batch (the process "
                  f"{figures['process_seconds']:.1f} s with start-up); the load run under it "
                  f"{'ended before' if figures['overlapped'] else 'outlasted'} it; "
                  f"{figures['left']} old rows left")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
