"""Who is carrying a rights request out: a claim on the request's row, taken in one statement.

A request is carried out once at a time, whoever starts it: two operators advancing it at
once, an operator and the scheduler, or the schedulers of two nodes when the `rights` job's
lease changed hands in the middle of a run. Every run first claims the request with one
conditional `UPDATE ... WHERE` nobody else holds an unexpired claim; SQLite and PostgreSQL both
run it atomically (of two racing updates, the second re-checks the row after the first has
committed and no longer matches), so exactly one claimant wins. A claim expires by itself
after `CLAIM_SECONDS`, so a process that dies in the middle of a run does not block the
request for ever; the run is made to finish well within it.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, or_, update
from sqlalchemy.exc import SQLAlchemyError

from charter.rights.models import CLAIMANT_MAX, rights_requests

log = logging.getLogger("charter.rights")

# Longer than any run takes: the webhooks to the upstreams are the slowest part, at most
# `webhook_attempts` times `webhook_timeout` plus the backoff (under a minute by default).
CLAIM_SECONDS = 900.0


def new_claimant() -> str:
    """An id for one run: host name, process id and a random part."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{secrets.token_hex(6)}"[:CLAIMANT_MAX]


def claim(engine: Engine, request_id: str, claimant: str, now: datetime, *,
          states: Iterable[str] | None = None, attempts: int | None = None,
          seconds: float = CLAIM_SECONDS, **values: Any) -> bool:
    """Take the claim on `request_id` for `claimant`; True when it is ours.

    It is ours when nobody holds it, the holder's claim has expired, or `claimant` already
    holds it (taking it again extends it). With `states`, the request must be in one of them;
    with `attempts`, its `run_attempts` must still be that number (a caller that read the row
    earlier then knows nobody ran it meanwhile). `values` are written with the claim.
    """
    table = rights_requests
    conditions = [
        table.c.id == request_id,
        or_(table.c.claimed_until.is_(None), table.c.claimed_until < now,
            table.c.claimed_by == claimant),
    ]
    if states is not None:
        conditions.append(table.c.state.in_(list(states)))
    if attempts is not None:
        conditions.append(table.c.run_attempts == attempts)
    with engine.begin() as connection:
        taken = connection.execute(update(table).where(*conditions).values(
            claimed_by=claimant, claimed_until=now + timedelta(seconds=seconds), **values))
    return taken.rowcount == 1


def release(engine: Engine, request_id: str, claimant: str, **values: Any) -> bool:
    """Give the claim up, writing `values` with it; a no-op (False) when it is not ours.

    A failing store is logged, not raised: the claim then simply expires."""
    table = rights_requests
    try:
        with engine.begin() as connection:
            done = connection.execute(update(table).where(
                table.c.id == request_id, table.c.claimed_by == claimant).values(
                claimed_by=None, claimed_until=None, **values))
    except SQLAlchemyError as exc:
        log.warning("rights: a claim could not be released; it expires by itself",
                    extra={"request_id": request_id, "error": type(exc).__name__})
        return False
    return done.rowcount == 1
