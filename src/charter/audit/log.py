"""`AuditLog`: append an event durably, read events back.

The interface is deliberately small — `record` (async), `record_sync` (for the CLI and other
synchronous callers) and `query` — so that the storage can change (a hash chain, a signed
checkpoint) without touching the callers. `record` returns only after the row is committed:
an action that must be audited is not reported done before its event is in the store.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, get_args

from sqlalchemy import Engine, Select, insert, or_, select

from charter.audit.models import (
    ACTION_MAX,
    ACTOR_MAX,
    REASON_MAX,
    REQUEST_ID_MAX,
    TARGET_MAX,
    audit_events,
)
from charter.logs import redact_secrets

Outcome = Literal["success", "failure", "denied"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)
DetailValue = str | int | float | bool | None

# Target components are ids. Anything else — free text in the path of a refused request, or a
# credential pasted where an id belongs (clause DATA-3) — is replaced, so no arbitrary input
# reaches the log.
_SAFE = re.compile(r"^[A-Za-z0-9_.:@+-]{1,64}$")
UNSAFE = "<invalid>"
MAX_QUERY_LIMIT = 500


def safe_value(value: str) -> str:
    """`value` if it looks like an id and not like a secret, else a fixed placeholder."""
    return value if _SAFE.match(value) and redact_secrets(value) == value else UNSAFE


def target_of(params: Mapping[str, Any]) -> str | None:
    """The audit target for an object named by path parameters: `org_id=o1/client_id=c2`."""
    if not params:
        return None
    text = "/".join(f"{name}={safe_value(str(value))}" for name, value in params.items())
    return text[:TARGET_MAX]


@dataclass(frozen=True)
class AuditEvent:
    """One audited action.

    `actor` is an operator's account id, `bootstrap` for the break-glass token, `anonymous`
    before authentication, or `cli` for a command run on the host. `action` is a stable name
    (for API calls, the method and path template: `POST /admin/operators`). `target` names the
    object by ids (see `target_of`). `reason` is a machine code (`forbidden`, `locked`, ...).
    `details` holds ids, counts and codes only — never personal data or secrets.
    """

    actor: str
    action: str
    outcome: Outcome
    target: str | None = None
    reason: str | None = None
    request_id: str | None = None
    subject_key: str | None = None
    details: Mapping[str, DetailValue] = field(default_factory=dict)
    ts: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"unknown audit outcome {self.outcome!r}")
        if not self.actor or len(self.actor) > ACTOR_MAX:
            raise ValueError("audit actor must be 1 to 64 characters")
        if not self.action or len(self.action) > ACTION_MAX:
            raise ValueError("audit action must be 1 to 128 characters")
        if self.ts.tzinfo is None:
            raise ValueError("audit time must be timezone-aware")
        for key, value in self.details.items():
            if not isinstance(value, str | int | float | bool | type(None)):
                raise ValueError(f"audit detail {key!r} must be a plain value")

    def row(self) -> dict[str, Any]:
        return {
            "ts": self.ts.astimezone(UTC),
            "actor": self.actor,
            "subject_key": self.subject_key,
            "action": self.action,
            "target": self.target[:TARGET_MAX] if self.target else None,
            "outcome": self.outcome,
            "reason": self.reason[:REASON_MAX] if self.reason else None,
            "request_id": self.request_id[:REQUEST_ID_MAX] if self.request_id else None,
            "details": dict(self.details) or None,
        }


@dataclass(frozen=True)
class StoredEvent:
    """An event as read back, with its position in the log."""

    seq: int
    event: AuditEvent


@dataclass(frozen=True)
class AuditQuery:
    """Filters for `AuditLog.query`; every filter given must match.

    `target` matches the whole target or any one `name=value` component of it. Results come
    newest first; `before` (a `seq`) continues a previous page.
    """

    since: datetime | None = None
    until: datetime | None = None
    actor: str | None = None
    action: str | None = None
    target: str | None = None
    outcome: Outcome | None = None
    before: int | None = None
    limit: int = 100


class AuditLog:
    """The audit log on a store engine. Safe to share between tasks and threads."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    async def record(self, event: AuditEvent) -> None:
        """Append `event`; returns once it is committed. Raises if the store refuses it."""
        await asyncio.to_thread(self.record_sync, event)

    def record_sync(self, event: AuditEvent) -> None:
        """`record` for synchronous callers; blocks until the row is committed."""
        with self._engine.begin() as connection:
            connection.execute(insert(audit_events), [event.row()])

    def query(self, query: AuditQuery) -> list[StoredEvent]:
        """Events matching `query`, newest first, at most `query.limit` (capped at 500)."""
        with self._engine.connect() as connection:
            rows = connection.execute(_select(query)).mappings().all()
        return [StoredEvent(seq=int(row["seq"]), event=_event(row)) for row in rows]


def _select(query: AuditQuery) -> Select[Any]:
    table = audit_events
    statement = select(table)
    if query.since is not None:
        statement = statement.where(table.c.ts >= query.since.astimezone(UTC))
    if query.until is not None:
        statement = statement.where(table.c.ts < query.until.astimezone(UTC))
    if query.actor is not None:
        statement = statement.where(table.c.actor == query.actor)
    if query.action is not None:
        statement = statement.where(table.c.action == query.action)
    if query.outcome is not None:
        statement = statement.where(table.c.outcome == query.outcome)
    if query.target is not None:
        wanted = _escape_like(query.target)
        statement = statement.where(or_(
            table.c.target == query.target,
            table.c.target.like(f"{wanted}/%", escape="\\"),
            table.c.target.like(f"%/{wanted}", escape="\\"),
            table.c.target.like(f"%/{wanted}/%", escape="\\"),
        ))
    if query.before is not None:
        statement = statement.where(table.c.seq < query.before)
    limit = max(1, min(query.limit, MAX_QUERY_LIMIT))
    return statement.order_by(table.c.seq.desc()).limit(limit)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _event(row: Any) -> AuditEvent:
    ts: datetime = row["ts"]
    if ts.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
        ts = ts.replace(tzinfo=UTC)
    return AuditEvent(
        actor=row["actor"], action=row["action"], outcome=row["outcome"], target=row["target"],
        reason=row["reason"], request_id=row["request_id"], subject_key=row["subject_key"],
        details=row["details"] or {}, ts=ts,
    )
