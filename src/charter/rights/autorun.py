"""Carrying out verified requests of the `rights.auto_run` types, from the scheduler.

A gateway worker that verifies a request only answers the requester: carrying a request out
(reading or erasing every table, calling every upstream) is not done in a process that serves
traffic. The scheduler's `rights` job runs `run_due` on one node at a time (under its lease)
every few seconds; `run_due` picks up

- verified requests of the `rights.auto_run` types that were never run, and
- requests whose earlier automatic run asked to be retried (`run_after` has come),

claims each one (`charter.rights.claims`: one conditional UPDATE, so that even two sweeps
running at once never carry a request out twice), counts the attempt and sets the time of the
next one before it starts, and advances it through the workflow (`verified` -> `in_progress`
-> `completed`, `denied`, or `in_progress` when partly done), with the actor `system`.

A run that failed, or that an upstream did not confirm (`partial`), is tried again after
`backoff(attempt)`: 1, 2, 4, 8 minutes, up to `MAX_ATTEMPTS` runs in all; then it stays for an
operator. A run that needs an operator (a rectification given only as a message) or that was
refused before it started (a legal hold on an erasure) is not retried. Every retry planned
and every stop is written to the request's history and the audit log (`rights.auto_run`).

The same job sends again the notices to recipients (a restriction lifted) that their upstream
has not confirmed yet (`charter.rights.recipients.deliver_due`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, or_, select
from sqlalchemy.exc import SQLAlchemyError

from charter.privacy.keyring import Keyring
from charter.rights import claims, recipients
from charter.rights.completion import Prepared, announce, prepare
from charter.rights.models import (
    CLOSED_STATES,
    IN_PROGRESS,
    VERIFIED,
    RightsRequest,
    rights_requests,
)
from charter.rights.outbox import Outbox
from charter.rights.service import RightsService
from charter.rights.settings import rights_settings
from charter.rights.workflow import RightsError

log = logging.getLogger("charter.rights")

ACTOR = "system"
MAX_ATTEMPTS = 5
FIRST_BACKOFF = 60.0
MAX_BACKOFF = 3600.0
BATCH = 100
# Refusals that another run would meet again, or that mean the request moved on without us.
_FINAL = frozenset({"legal_hold", "invalid_transition", "conflict", "request_running",
                    "unknown_request"})

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def backoff(attempt: int) -> float:
    """Seconds between the `attempt`-th automatic run and the next one."""
    return float(min(MAX_BACKOFF, FIRST_BACKOFF * 2.0 ** max(0, attempt - 1)))


def due(engine: Engine, types: list[str], now: datetime, limit: int = BATCH
        ) -> list[tuple[str, int]]:
    """(request id, runs so far) of the requests to run now, oldest first."""
    if not types:
        return []
    table = rights_requests
    fresh = and_(table.c.state == VERIFIED, table.c.run_attempts == 0)
    again = and_(table.c.state.in_((VERIFIED, IN_PROGRESS)), table.c.run_after.is_not(None),
                 table.c.run_after <= now)
    free = or_(table.c.claimed_until.is_(None), table.c.claimed_until < now)
    with engine.connect() as connection:
        rows = connection.execute(
            select(table.c.id, table.c.run_attempts)
            .where(table.c.type.in_(types), free, or_(fresh, again))
            .order_by(table.c.received_at, table.c.id).limit(limit)).all()
    return [(row.id, int(row.run_attempts)) for row in rows]


def run_due(engine: Engine, keyring: Keyring, config: Any, *, claimant: str,
            outbox: Outbox | None = None, keep_going: Callable[[], bool] = lambda: True,
            clock: Clock = _utcnow) -> dict[str, int]:
    """Carry out what is due now (see the module docstring); returns counts by outcome:
    `completed`, `denied`, `partial`, `failed`, `stopped`, `busy` (claimed by another run).
    With an `outbox`, the requester is told what a run did (`charter.rights.completion`): why
    the execution side refused, or what was carried out.
    Notices to recipients that are due again (`charter.rights.recipients`) are sent too,
    counted as `notices_delivered`, `notices_retrying` and `notices_abandoned`."""
    found = due(engine, list(rights_settings(config).auto_run), clock())
    counts = run_listed(engine, keyring, config, found, claimant=claimant, outbox=outbox,
                        keep_going=keep_going, clock=clock)
    if keep_going():
        counts.update(recipients.deliver_due(engine, keyring, config, keep_going=keep_going,
                                             clock=clock))
    return counts


def run_listed(engine: Engine, keyring: Keyring, config: Any, found: list[tuple[str, int]],
               *, claimant: str, outbox: Outbox | None = None,
               keep_going: Callable[[], bool] = lambda: True,
               clock: Clock = _utcnow) -> dict[str, int]:
    """Carry out the requests `due` listed, each only if its claim can be had: one that
    another run claimed meanwhile, or that was run since the list was read, is `busy`."""
    if not found:
        return {}
    service = RightsService(engine, keyring, rights_settings(config), clock=clock)
    counts: Counter[str] = Counter()
    name = getattr(getattr(config, "service", None), "name", "Charter")
    for request_id, attempts in found:
        if not keep_going():
            break
        # Read before the run: an erasure makes the address unreadable.
        prepared = prepare(service, request_id) if outbox is not None else None
        outcome, left = _run_one(service, config, request_id, attempts, claimant)
        counts[outcome] += 1
        if prepared is not None and outbox is not None and left is not None:
            _announce(service, outbox, prepared, left, name)
    done = dict(counts)
    if set(done) - {"busy"}:
        log.info("rights: automatic runs", extra={"counts": done})
    return done


def _announce(service: RightsService, outbox: Outbox, prepared: Prepared,
              done: RightsRequest, service_name: str) -> None:
    try:
        announce(service, outbox, prepared, done, actor=ACTOR, service_name=service_name)
    except (SQLAlchemyError, RightsError) as exc:
        log.warning("rights: the requester could not be told about an automatic run",
                    extra={"request_id": done.id, "error": type(exc).__name__})


def _run_one(service: RightsService, config: Any, request_id: str, attempts: int,
             claimant: str) -> tuple[str, RightsRequest | None]:
    """The run's outcome, and the request as the run left it (None when it did not run to
    the end: busy, refused, failed)."""
    engine = service.engine
    now = service.clock()
    attempt = attempts + 1
    retry_at = now + timedelta(seconds=backoff(attempt))
    # The attempt is counted, and the next one planned, before the run starts: a process
    # that dies in the middle leaves the request to be retried once its claim expires.
    if not claims.claim(engine, request_id, claimant, now, states=(VERIFIED, IN_PROGRESS),
                        attempts=attempts, run_attempts=attempt, run_after=retry_at):
        return "busy", None
    code: str | None = None
    done: RightsRequest | None = None
    try:
        done = service.advance(request_id, actor=ACTOR, config=config, claimant=claimant,
                               reason=f"carried out automatically (rights.auto_run), run "
                                      f"{attempt}")
    except RightsError as exc:
        outcome, code = ("stopped" if exc.code in _FINAL else "failed"), exc.code
    except SQLAlchemyError as exc:
        outcome, code = "failed", "store_failed"
        log.warning("rights: an automatic run failed",
                    extra={"request_id": request_id, "error": type(exc).__name__})
    else:
        if done.state in CLOSED_STATES:
            outcome = done.state
        else:
            outcome = "partial"
            code = str((done.result or {}).get("reason") or "partial")
            if code == "needs_operator":
                outcome = "stopped"
    retry = outcome in ("failed", "partial")
    if retry and attempt >= MAX_ATTEMPTS:
        retry, outcome, code = False, "stopped", "attempts_exhausted"
    claims.release(engine, request_id, claimant, run_after=retry_at if retry else None)
    if code in ("invalid_transition", "conflict", "request_running", "unknown_request"):
        return outcome, None  # the request moved on (an operator acted): nothing to record
    try:
        _record(service, request_id, attempt, retry_at if retry else None, outcome, code)
    except (SQLAlchemyError, RightsError) as exc:
        log.warning("rights: an automatic run could not be recorded",
                    extra={"request_id": request_id, "error": type(exc).__name__})
    return outcome, done


def _record(service: RightsService, request_id: str, attempt: int,
            retry_at: datetime | None, outcome: str, code: str | None) -> None:
    if retry_at is not None:
        service.note(request_id, actor=ACTOR, action="rights.auto_run",
                     reason=f"run {attempt} did not finish ({code}); next run "
                            f"{retry_at.isoformat(timespec='seconds')}",
                     details={"code": "retry_planned", "attempt": attempt,
                              "error": code, "retry_at": retry_at.isoformat()},
                     outcome="failure")
    elif outcome == "stopped":
        service.note(request_id, actor=ACTOR, action="rights.auto_run",
                     reason=f"not run automatically any more ({code}); an operator takes "
                            f"it from here",
                     details={"code": "stopped", "attempt": attempt, "error": code},
                     outcome="failure")
