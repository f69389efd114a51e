"""Database leases: at most one holder per job name at a time, across processes and nodes.

`acquire` is one statement, `INSERT ... ON CONFLICT (name) DO UPDATE ... WHERE` the existing
lease has expired or is already ours `RETURNING` the row, which SQLite (3.35+) and PostgreSQL
both run atomically:
of two processes racing for a free or expired lease, exactly one row update wins. A holder
renews its lease well before it expires while the job runs and releases it at the end; a
holder that dies simply lets it expire. Times are the caller's clock, in UTC: nodes must keep
their clocks in sync to well within the lease's length.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, update
from sqlalchemy.dialects import postgresql, sqlite

from charter.scheduler.models import HOLDER_MAX, job_leases
from charter.store.engine import dialect_name

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def holder_id() -> str:
    """An id for this process: host name, process id and a random part (unique per call)."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{secrets.token_hex(4)}"[:HOLDER_MAX]


class Lease:
    """A named lease on a store, held by `holder` for `ttl` seconds at a time."""

    def __init__(self, engine: Engine, name: str, holder: str, ttl: float,
                 clock: Clock = _utcnow) -> None:
        if ttl <= 0:
            raise ValueError("a lease needs a positive ttl")
        self.engine = engine
        self.name = name
        self.holder = holder
        self.ttl = ttl
        self.clock = clock

    def acquire(self) -> bool:
        """Take the lease if it is free, expired or already ours; True when we hold it."""
        now = self.clock()
        values = {"name": self.name, "holder": self.holder,
                  "expires_at": now + timedelta(seconds=self.ttl)}
        table = job_leases
        taken_over = (table.c.expires_at <= now) | (table.c.holder == self.holder)
        statement: Any
        if dialect_name(self.engine) == "postgresql":
            pg = postgresql.insert(table).values(values)
            statement = pg.on_conflict_do_update(
                index_elements=[table.c.name],
                set_={"holder": pg.excluded.holder, "expires_at": pg.excluded.expires_at},
                where=taken_over)
        else:
            lite = sqlite.insert(table).values(values)
            statement = lite.on_conflict_do_update(
                index_elements=[table.c.name],
                set_={"holder": lite.excluded.holder, "expires_at": lite.excluded.expires_at},
                where=taken_over)
        with self.engine.begin() as connection:
            # RETURNING yields the row only when it was inserted or taken over.
            taken = connection.execute(statement.returning(table.c.holder)).first()
        return taken is not None

    def renew(self) -> bool:
        """Extend the lease by `ttl` from now; False when it is no longer ours (it expired
        and another holder took it over, or it was released)."""
        now = self.clock()
        with self.engine.begin() as connection:
            changed = connection.execute(
                update(job_leases)
                .where(job_leases.c.name == self.name, job_leases.c.holder == self.holder)
                .values(expires_at=now + timedelta(seconds=self.ttl))).rowcount
        return changed == 1

    def release(self) -> None:
        """Give the lease up (a no-op when it is not ours any more)."""
        with self.engine.begin() as connection:
            connection.execute(delete(job_leases).where(
                job_leases.c.name == self.name, job_leases.c.holder == self.holder))
