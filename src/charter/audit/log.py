"""`AuditLog`: append an event durably to the hash chain, read events back.

The interface is deliberately small — `record` (async), `record_sync` (for the CLI and other
synchronous callers) and `query` — so that callers know nothing of the chain
(`charter.audit.append`), the checkpoints (`charter.audit.checkpoints`) or the sealed display
fields. `record` returns only after the row is durably committed: an action that must be
audited is not reported done before its event is in the store.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, get_args

from sqlalchemy import Engine, Select, or_, select

from charter.audit.append import GroupCommit, append_rows
from charter.audit.models import (
    ACTION_MAX,
    ACTOR_MAX,
    DISPLAY_MAX,
    REASON_MAX,
    REQUEST_ID_MAX,
    TARGET_MAX,
    audit_events,
)
from charter.logs import redact_secrets
from charter.shredding.keys import SubjectKeyError, SubjectKeys

Outcome = Literal["success", "failure", "denied"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)
DetailValue = str | int | float | bool | None

# Target components are ids. Anything else — free text in the path of a refused request, or a
# credential pasted where an id belongs (clause DATA-3) — is replaced, so no arbitrary input
# reaches the log.
_SAFE = re.compile(r"^[A-Za-z0-9_.:@+-]{1,64}$")
UNSAFE = "<invalid>"
MAX_QUERY_LIMIT = 500
# Purposes the display fields are sealed for: a ciphertext opens only as the field it was.
ACTOR_DISPLAY = "audit.actor"
TARGET_DISPLAY = "audit.target"
UNREADABLE = "[unreadable]"


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

    `actor_display` and `target_display` are names a person reads (an operator's username),
    kept only sealed under the data key of `subject_key` — so only when a `subject_key` is
    given — and readable until that subject is erased; then they read `[erased]`. The
    `subject_key` is the actor's, or the target's when the actor is not a person (`system`
    locking an operator out).
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
    actor_display: str | None = None
    target_display: str | None = None

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
            if isinstance(value, float) and not math.isfinite(value):
                raise ValueError(f"audit detail {key!r} must be a finite number")

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
    """An event as read back, with its position in the chain: `hash` covers the record and
    `prev_hash`, the hash of the one before (see `charter.audit.chain`)."""

    seq: int
    event: AuditEvent
    hash: str = ""
    prev_hash: str = ""


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
    """The audit log on a store engine. Safe to share between tasks and threads; concurrent
    records through one instance share transactions, so share one per process where you can.

    `subject_keys` seals display fields on the way in and opens them on the way out; without
    it, display fields are not kept (never in clear) and read as None.
    """

    def __init__(self, engine: Engine, subject_keys: SubjectKeys | None = None) -> None:
        self._engine = engine
        self._keys = subject_keys
        self._commits = GroupCommit(lambda rows: append_rows(engine, rows))

    @property
    def subject_keys(self) -> SubjectKeys | None:
        """The data keys display fields are sealed with; erase through these to have this
        log read `[erased]` at once (another instance notices within its cache time)."""
        return self._keys

    async def record(self, event: AuditEvent) -> int:
        """Append `event`; returns its seq once it is durably committed. Raises if the store
        refuses it."""
        return await asyncio.to_thread(self.record_sync, event)

    def record_sync(self, event: AuditEvent) -> int:
        """`record` for synchronous callers; blocks until the row is durably committed."""
        row = event.row()
        row["actor_display_sealed"] = self._seal(event, event.actor_display, ACTOR_DISPLAY)
        row["target_display_sealed"] = self._seal(event, event.target_display, TARGET_DISPLAY)
        return self._commits.submit(row)

    def query(self, query: AuditQuery) -> list[StoredEvent]:
        """Events matching `query`, newest first, at most `query.limit` (capped at 500)."""
        with self._engine.connect() as connection:
            rows = connection.execute(_select(query)).mappings().all()
        return [StoredEvent(seq=int(row["seq"]), event=self._event(row), hash=row["hash"],
                            prev_hash=row["prev_hash"]) for row in rows]

    def _seal(self, event: AuditEvent, text: str | None, purpose: str) -> str | None:
        if not text or event.subject_key is None or self._keys is None:
            return None
        try:
            return self._keys.seal(event.subject_key, text[:DISPLAY_MAX], purpose)
        except SubjectKeyError:  # the subject was erased: nothing new is kept about them
            return None

    def _open(self, subject_key: str | None, sealed: str | None, purpose: str) -> str | None:
        if sealed is None or subject_key is None or self._keys is None:
            return None
        try:
            return self._keys.open(subject_key, sealed, purpose)
        except SubjectKeyError:
            return UNREADABLE

    def _event(self, row: Any) -> AuditEvent:
        ts: datetime = row["ts"]
        if ts.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
            ts = ts.replace(tzinfo=UTC)
        subject_key = row["subject_key"]
        return AuditEvent(
            actor=row["actor"], action=row["action"], outcome=row["outcome"],
            target=row["target"], reason=row["reason"], request_id=row["request_id"],
            subject_key=subject_key, details=row["details"] or {}, ts=ts,
            actor_display=self._open(subject_key, row["actor_display_sealed"], ACTOR_DISPLAY),
            target_display=self._open(subject_key, row["target_display_sealed"],
                                      TARGET_DISPLAY),
        )


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

