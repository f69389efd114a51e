"""Telling the recipients of a person's data about a change after their request (GDPR Art. 19).

Art. 19 has the controller tell each recipient of a rectification, an erasure or a restriction.
Those are the requests themselves: carrying out a `rectify`, `erase` or `restrict` request
passes it on to every upstream that holds personal data (the rights webhook, with the
request's type). What happens afterwards is a notice of its own: `restriction_lifted`, sent
when an officer lifts the restriction a request set (`charter.rights.lifting`), so that the
upstreams stop holding the person's data back too.

A notice is written to `recipient_notices`, one row per upstream, before it is sent, so that
none is lost. The first round runs at once: the webhook's own attempts with backoff, each in
`rights_deliveries`. A notice its upstream did not confirm (`completed` or `not_found`) is sent
again by the scheduler's `rights` job (`deliver_due`) after 1, 2, 4 and 8 minutes, up to
`MAX_ROUNDS` rounds, and is then abandoned for an operator to follow up. Each outcome is in
the request's history and the audit log (`rights.recipient_notice`, reason `delivered`,
`retry_planned` or `abandoned`, with the upstream and its answer). A round holds its notice
(`next_at` pushed ahead) so that one process at a time sends it.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import SQLAlchemyError

from charter.privacy.keyring import Keyring
from charter.rights.execute import webhooks
from charter.rights.execute.models import recipient_notices
from charter.rights.execute.settings import execution_settings, rights_upstream
from charter.rights.models import RightsRequest
from charter.rights.service import RightsService
from charter.rights.settings import rights_settings
from charter.rights.workflow import RightsError
from charter.store.times import as_utc

log = logging.getLogger("charter.rights")

RESTRICTION_LIFTED = "restriction_lifted"
EVENTS = (RESTRICTION_LIFTED,)
PENDING, DONE, ABANDONED = "pending", "done", "abandoned"
ACTOR = "system"
MAX_ROUNDS = 5
FIRST_BACKOFF = 60.0
MAX_BACKOFF = 3600.0
# Longer than a round takes (the webhook's attempts and timeouts): a notice held this long by
# a process that died is tried again.
HOLD_SECONDS = 900.0
BATCH = 100

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def backoff(rounds: int) -> float:
    """Seconds between round `rounds` of a notice and the next one."""
    return float(min(MAX_BACKOFF, FIRST_BACKOFF * 2.0 ** max(0, rounds - 1)))


@dataclass(frozen=True)
class Told:
    """Where one notice stands after a round: `status` is its upstream's answer."""

    upstream: str
    status: str
    state: str


def holders(config: Any) -> list[str]:
    """The upstreams that hold personal data, by name."""
    return [u.name for u in getattr(config, "upstreams", [])
            if rights_upstream(u).stores_personal_data]


def tell_recipients(service: RightsService, config: Any, request_id: str, event: str, *,
                    actor: str, deliverer: webhooks.Deliverer | None = None) -> dict[str, Told]:
    """Write a notice of `event` about `request_id` for every upstream that holds personal
    data and send it at once; returns where each stands, by upstream (nothing without such
    upstreams). One not confirmed is left for `deliver_due`; this never raises for an
    upstream's failure."""
    if event not in EVENTS:
        raise ValueError(f"unknown recipient notice {event!r}")
    names = holders(config)
    if not names:
        return {}
    now = service.clock()
    rows: list[dict[str, Any]] = [
        {"id": "rn_" + secrets.token_hex(12), "request_id": request_id, "event": event,
         "upstream": name, "state": PENDING, "status": None, "rounds": 0,
         # Held by this call for its first round.
         "next_at": now + timedelta(seconds=HOLD_SECONDS), "created_at": now, "done_at": None}
        for name in names]
    with service.engine.begin() as connection:
        connection.execute(insert(recipient_notices), rows)
    sender = deliverer or webhooks.Deliverer(service.engine, execution_settings(config))
    told: dict[str, Told] = {}
    for row in rows:
        told[row["upstream"]] = _round(service, config, row, actor, sender)
    return told


def deliver_due(engine: Engine, keyring: Keyring, config: Any, *,
                keep_going: Callable[[], bool] = lambda: True, clock: Clock = _utcnow,
                deliverer: webhooks.Deliverer | None = None) -> dict[str, int]:
    """Send again the pending notices whose time has come (for the scheduler); returns
    counts: `notices_delivered`, `notices_retrying`, `notices_abandoned`."""
    now = clock()
    with engine.connect() as connection:
        due = connection.execute(select(recipient_notices).where(
            recipient_notices.c.state == PENDING, recipient_notices.c.next_at <= now)
            .order_by(recipient_notices.c.next_at).limit(BATCH)).mappings().all()
    if not due:
        return {}
    service = RightsService(engine, keyring, rights_settings(config), clock=clock)
    sender = deliverer or webhooks.Deliverer(engine, execution_settings(config))
    counts: dict[str, int] = {}
    for row in due:
        if not keep_going():
            break
        if not _hold(engine, row, now):
            continue  # another process took it meanwhile
        told = _round(service, config, dict(row), ACTOR, sender)
        key = {DONE: "notices_delivered", ABANDONED: "notices_abandoned"}.get(
            told.state, "notices_retrying")
        counts[key] = counts.get(key, 0) + 1
    return counts


def _hold(engine: Engine, row: RowMapping, now: datetime) -> bool:
    with engine.begin() as connection:
        taken = connection.execute(update(recipient_notices).where(
            recipient_notices.c.id == row["id"], recipient_notices.c.state == PENDING,
            recipient_notices.c.next_at <= now).values(
            next_at=now + timedelta(seconds=HOLD_SECONDS)))
    return taken.rowcount == 1


def _round(service: RightsService, config: Any, row: dict[str, Any], actor: str,
           sender: webhooks.Deliverer) -> Told:
    """One round of one notice: send it, then record where it stands."""
    name = row["upstream"]
    upstream = next((u for u in getattr(config, "upstreams", []) if u.name == name), None)
    try:
        request = service.get(row["request_id"])
    except RightsError:
        request = None
    if upstream is None or request is None or not rights_upstream(upstream).stores_personal_data:
        # Nobody to tell any more (the upstream left the configuration), or nothing to say.
        return _settle(service, row, actor, "not_configured", done=False, final=True)
    body = _body(service, row, request, upstream)
    try:
        answer = sender.deliver(upstream, request.id, body, notice_id=row["id"])
    except (OSError, SQLAlchemyError) as exc:
        log.warning("rights: a recipient notice could not be sent",
                    extra={"request_id": request.id, "error": type(exc).__name__})
        answer = webhooks.Answer(name, "failed", 0)
    rounds = int(row["rounds"]) + 1
    return _settle(service, {**row, "rounds": rounds}, actor, answer.status, done=answer.done,
                   final=rounds >= MAX_ROUNDS)


def _body(service: RightsService, row: dict[str, Any], request: RightsRequest,
          upstream: Any) -> dict[str, Any]:
    keys = service.subject_keys(request)
    scope = request.details.get("scope") or request.details.get("purposes")
    created = as_utc(row["created_at"])
    body = webhooks.payload(request.id, row["event"], keys, request.subject_identifiers,
                            {"purposes": sorted(scope) if isinstance(scope, list) and scope
                             else None, "lifted_at": created.isoformat()},
                            rights_upstream(upstream), request.received_at, request.due_at)
    body["notice_id"] = row["id"]
    return body


def _settle(service: RightsService, row: dict[str, Any], actor: str, status: str, *,
            done: bool, final: bool) -> Told:
    now = service.clock()
    rounds = int(row["rounds"])
    if done:
        state, code, values = DONE, "delivered", {"done_at": now, "next_at": None}
    elif final:
        state, code, values = ABANDONED, "abandoned", {"done_at": now, "next_at": None}
    else:
        state, code = PENDING, "retry_planned"
        values = {"next_at": now + timedelta(seconds=backoff(rounds))}
    with service.engine.begin() as connection:
        connection.execute(update(recipient_notices).where(
            recipient_notices.c.id == row["id"]).values(
            state=state, status=status[:32], rounds=rounds, **values))
    name, event = row["upstream"], row["event"]
    text = {DONE: f"{name} was told: {event} ({status})",
            ABANDONED: f"{name} could not be told: {event} ({status}); tell it another way",
            PENDING: f"{name} did not confirm {event} ({status}); it is tried again"}[state]
    details: dict[str, Any] = {"code": code, "event": event, "upstream": name,
                               "status": status, "notice": row["id"], "round": rounds}
    retry_at = values.get("next_at")
    if retry_at is not None:
        details["retry_at"] = retry_at.isoformat()
    try:
        service.note(row["request_id"], actor=actor, reason=text,
                     action="rights.recipient_notice", details=details,
                     outcome="success" if state == DONE else "failure")
    except RightsError:
        pass  # the request is gone: the notice row says it all
    return Told(name, status, state)

