"""`GET /admin/audit`: read the audit log, filtered and paged (permission `audit.read`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from charter.admin.api import AdminContext, Endpoint
from charter.audit.log import MAX_QUERY_LIMIT, AuditQuery, StoredEvent


class AuditFilters(BaseModel):
    """Query parameters; all optional, all must match."""

    model_config = ConfigDict(extra="forbid")

    since: AwareDatetime | None = Field(default=None, description="events at or after (ISO 8601)")
    until: AwareDatetime | None = Field(default=None, description="events before (ISO 8601)")
    actor: str | None = Field(default=None, max_length=64,
                              description="account id, bootstrap, anonymous, system or cli")
    action: str | None = Field(default=None, max_length=128,
                               description="e.g. 'POST /admin/operators' or 'operator.lockout'")
    target: str | None = Field(default=None, max_length=256,
                               description="a whole target or one 'name=value' part of it")
    outcome: Literal["success", "failure", "denied"] | None = None
    before: int | None = Field(default=None, ge=1, description="continue below this seq")
    limit: int = Field(default=100, ge=1, le=MAX_QUERY_LIMIT)


class AuditEventView(BaseModel):
    seq: int
    ts: datetime
    actor: str
    actor_display: str | None = Field(description="the actor's name where one was recorded; "
                                                  "'[erased]' once the person was erased")
    action: str
    target: str | None
    outcome: str
    reason: str | None
    request_id: str | None
    details: dict[str, Any]
    target_display: str | None = Field(description="the target's name where one was "
                                                   "recorded; '[erased]' once erased")
    prev_hash: str = Field(description="the hash of the record before this one")
    hash: str = Field(description="SHA-256 over this record and prev_hash (see `charter "
                                  "audit export` for the encoding)")


class AuditPage(BaseModel):
    events: list[AuditEventView]
    next_before: int | None = Field(description="pass as 'before' for the next page; null "
                                                "when this is the last")


def event_view(stored: StoredEvent) -> AuditEventView:
    event = stored.event
    return AuditEventView(seq=stored.seq, ts=event.ts, actor=event.actor,
                          actor_display=event.actor_display, action=event.action,
                          target=event.target, outcome=event.outcome, reason=event.reason,
                          request_id=event.request_id, details=dict(event.details),
                          target_display=event.target_display, prev_hash=stored.prev_hash,
                          hash=stored.hash)


async def read_audit(ctx: AdminContext, body: None) -> AuditPage:
    filters = ctx.query
    assert isinstance(filters, AuditFilters)
    query = AuditQuery(since=filters.since, until=filters.until, actor=filters.actor,
                       action=filters.action, target=filters.target, outcome=filters.outcome,
                       before=filters.before, limit=filters.limit)
    found = await ctx.run(ctx.services.audit.query, query)
    full = len(found) == filters.limit
    return AuditPage(events=[event_view(e) for e in found],
                     next_before=found[-1].seq if full and found else None)


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/audit", read_audit, "audit.read",
                 "Audit events, newest first, filtered by time, actor, action, target and "
                 "outcome", response=AuditPage, query=AuditFilters),
    ]
