"""The tables the data plane writes rows to, each through its own batching writer.

A stage that records something (a log line, a warning, a capture) puts a row into
`services.sinks[<table name>]`: an enqueue, never a write. Each table listed here gets one
`store.writer.BatchingWriter` per gateway worker. Adding a table means one line here (and its
model, migration and inventory entry, like every stored table).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from charter.accesslog.models import access_log, ts_to_datetime
from charter.capture.models import captures
from charter.governance.models import disclosure_counts, to_day
from charter.privacy.minimisation import minimisation_warnings

Transform = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class RecordTable:
    table: Table
    transform: Transform | None = None
    max_queue: int = 10_000


def record_tables() -> list[RecordTable]:
    """Every table the data plane writes to; imported late so each model registers once."""
    return [
        RecordTable(access_log, ts_to_datetime),
        RecordTable(captures, max_queue=1_000),
        RecordTable(minimisation_warnings, ts_to_datetime),
        RecordTable(disclosure_counts, to_day),
    ]
