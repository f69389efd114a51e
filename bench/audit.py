"""How fast the audit log appends durably and verifies, on a SQLite file (or another store).

    python bench/audit.py [--url sqlite:///PATH] [--seconds 3] [--callers 64]

Three figures, printed as one JSON object:

  group_commit_per_s   records acknowledged per second with `callers` threads calling
                       `record_sync` on one `AuditLog` at once: concurrent records share a
                       transaction, so one fsync acknowledges a batch (the admin API, a busy
                       gateway process)
  single_per_s         records per second from one caller, one record per transaction (the
                       CLI; a quiet process): the cost of one durable commit
  verify_per_s         records per second `verify_log` checks (hash recomputed, links, head)
  mean_batch           records per transaction in the group-commit run

Every acknowledged record is durable (`synchronous=FULL` for the audit transaction on
SQLite). Without `--url` a SQLite file in a temporary directory is used and removed after.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from charter.audit import append
from charter.audit.log import AuditEvent, AuditLog
from charter.audit.verify import verify_log
from charter.store.engine import make_engine
from charter.store.migrate import upgrade


def _event(n: int) -> AuditEvent:
    return AuditEvent(actor="acc_bench0000000000", action="PATCH /admin/operators/{account_id}",
                      outcome="success", target="account_id=acc_target000000000",
                      request_id=f"adm_{n:016x}", details={"session": "ses_bench", "n": n})


def _counting(engine: Engine, batches: list[int]) -> Callable[[list[Mapping[str, Any]]],
                                                               list[int]]:
    def write(rows: list[Mapping[str, Any]]) -> list[int]:
        batches.append(len(rows))
        return append.append_rows(engine, rows)
    return write


def group_commit(engine: Engine, callers: int, seconds: float) -> tuple[float, float]:
    log = AuditLog(engine)
    batches: list[int] = []
    log._commits = append.GroupCommit(_counting(engine, batches))  # to count the batches
    stop = time.monotonic() + seconds
    counts = [0] * callers

    def call(index: int) -> None:
        n = 0
        while time.monotonic() < stop:
            log.record_sync(_event(n))
            n += 1
        counts[index] = n

    started = time.monotonic()
    threads = [threading.Thread(target=call, args=(i,)) for i in range(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return sum(counts) / elapsed, sum(batches) / max(1, len(batches))


def single(engine: Engine, seconds: float) -> float:
    log = AuditLog(engine)
    stop = time.monotonic() + seconds
    n = 0
    started = time.monotonic()
    while time.monotonic() < stop:
        log.record_sync(_event(n))
        n += 1
    return n / (time.monotonic() - started)


def verification(engine: Engine) -> tuple[float, int]:
    started = time.monotonic()
    report = verify_log(engine, None, None)
    elapsed = time.monotonic() - started
    assert report.ok, report.problems
    return report.events / elapsed, report.events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="store URL (default: a temporary SQLite file)")
    parser.add_argument("--seconds", type=float, default=3.0, help="per run (default 3)")
    parser.add_argument("--callers", type=int, default=64,
                        help="concurrent callers in the group-commit run (default 64)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        url = args.url or f"sqlite:///{Path(scratch) / 'bench.db'}"
        upgrade(url)
        engine = make_engine(url)
        try:
            grouped, mean_batch = group_commit(engine, args.callers, args.seconds)
            one = single(engine, args.seconds)
            verified, events = verification(engine)
        finally:
            engine.dispose()
    print(json.dumps({
        "store": url.split(":", 1)[0], "callers": args.callers,
        "group_commit_per_s": round(grouped), "mean_batch": round(mean_batch, 1),
        "single_per_s": round(one), "verify_per_s": round(verified),
        "verified_records": events,
    }))


if __name__ == "__main__":
    main()
