"""How long a rights request takes over a large store.

    .venv/bin/python bench/rights.py [--rows 1000000] [--subjects 10000]
                                     [--store-url postgresql://.../empty_db]

Fills a new store (a SQLite file in a temporary directory unless `--store-url` names an empty
database) with `--rows` access-log rows spread over `--subjects` people, plus their audit
events, then times, for one of them: an access request (every inventory table searched, the
bundle built, encrypted and stored) and an erasure (every table by its method, keys shredded,
on SQLite the write-ahead log truncated). Prints one JSON object; the budgets are 2 s for the
access request and 5 s for the erasure, and `within_budget` says whether both were met.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select

from charter.accesslog.models import access_log
from charter.audit.log import AuditEvent, AuditLog
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.rights.execute import run
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

ACCESS_BUDGET, ERASE_BUDGET = 2.0, 5.0
BATCH = 20_000


@dataclass(frozen=True)
class Request:
    id: str
    type: str
    subject_identifiers: list[tuple[str, str]]
    subject_keys: list[str]
    details: dict[str, Any] = field(default_factory=dict)
    jurisdiction: str = "gdpr"
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    due_at: datetime | None = None


def fill(engine: Engine, keys: list[str], rows: int, seed: int = 7) -> None:
    chooser = random.Random(seed)
    start = datetime.now(UTC) - timedelta(days=6)
    with engine.begin() as connection:
        for first in range(0, rows, BATCH):
            batch = [{
                "ts": start + timedelta(milliseconds=n * 500), "request_id": f"b{n:010x}",
                "route_id": "orders", "method": "GET", "path": "/api/orders?page=[redacted]",
                "status": 200, "latency_ms": 3.2, "bytes_in": 0, "bytes_out": 512,
                "client_id": None, "subject_key": chooser.choice(keys),
                "client_ip": "203.0.113.0", "user_agent": "bench-client/1.0", "error": None,
                "findings": None,
            } for n in range(first, min(first + BATCH, rows))]
            connection.execute(insert(access_log), batch)
            print(f"  {first + len(batch):>9} rows", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    audit = AuditLog(engine)
    for key in keys[:50]:
        audit.record_sync(AuditEvent(actor="system", action="bench.event", outcome="success",
                                     subject_key=key))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--subjects", type=int, default=10_000)
    parser.add_argument("--store-url", help="an empty database (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="charter-bench-rights-") as directory:
        url = args.store_url or f"sqlite:///{Path(directory) / 'charter.db'}"
        upgrade(url)
        engine = make_engine(url)
        try:
            print(json.dumps(measure(engine, args.rows, args.subjects), indent=2))
        finally:
            engine.dispose()


def measure(engine: Engine, rows: int, subjects: int) -> dict[str, Any]:
    keyring = Keyring.generate()
    pseudonyms = Pseudonymizer(keyring)
    people = [("sub", f"people:user-{n}") for n in range(subjects)]
    keys = [pseudonyms.subject_key(kind, value) for kind, value in people]
    began = time.perf_counter()
    fill(engine, keys, rows)
    filled = time.perf_counter() - began
    config = CharterConfig()
    person, key = people[0], keys[0]
    with engine.connect() as connection:
        theirs = connection.execute(select(func.count()).select_from(access_log).where(
            access_log.c.subject_key == key)).scalar_one()

    began = time.perf_counter()
    access = run(engine, keyring, config, Request("rr_bench_a", "access", [person], [key]))
    access_s = time.perf_counter() - began
    began = time.perf_counter()
    erase = run(engine, keyring, config, Request("rr_bench_e", "erase", [person], [key]))
    erase_s = time.perf_counter() - began
    assert access.summary["access_log.rows"] == theirs
    assert erase.summary["access_log.deleted"] == theirs
    return {
        "store": engine.dialect.name,
        "access_log_rows": rows,
        "subjects": subjects,
        "rows_of_the_subject": theirs,
        "fill_seconds": round(filled, 1),
        "access_seconds": round(access_s, 3),
        "access_bundle_bytes": access.summary["bundle_bytes"],
        "erase_seconds": round(erase_s, 3),
        "within_budget": access_s < ACCESS_BUDGET and erase_s < ERASE_BUDGET,
    }


if __name__ == "__main__":
    main()
