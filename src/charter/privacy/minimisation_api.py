"""`GET /admin/privacy/minimisation`: minimisation warnings summed per client, route, field
and kind over a time window (permission `inventory.read`).

Operators use it to tell a client which fields it fills with personal data the API does not
ask for (clause CLIENT-2). The answer holds ids, paths, kinds and counts, never data.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from charter.admin.api import AdminContext, Endpoint
from charter.privacy.minimisation import summarise

PERMISSION: Final = "inventory.read"
DEFAULT_WINDOW: Final = timedelta(days=7)
MAX_LIMIT: Final = 1000


class MinimisationFilters(BaseModel):
    """Query parameters; all optional."""

    model_config = ConfigDict(extra="forbid")

    since: AwareDatetime | None = Field(default=None, description="warnings at or after (ISO "
                                        "8601); default: seven days ago")
    until: AwareDatetime | None = Field(default=None, description="warnings before (ISO 8601)")
    client_id: str | None = Field(default=None, max_length=64)
    route_id: str | None = Field(default=None, max_length=64)
    kind: str | None = Field(default=None, max_length=32, description="a scanner kind")
    limit: int = Field(default=100, ge=1, le=MAX_LIMIT)


class MinimisationWarning(BaseModel):
    client_id: str | None = Field(description="null for anonymous callers")
    route_id: str
    path: str = Field(description="the field, array indices written [*]")
    kind: str
    count: int
    first_seen: datetime
    last_seen: datetime


class MinimisationReport(BaseModel):
    since: datetime
    until: datetime | None
    warnings: list[MinimisationWarning]


async def read_minimisation(ctx: AdminContext, body: None) -> MinimisationReport:
    filters = ctx.query
    assert isinstance(filters, MinimisationFilters)
    since = filters.since or datetime.now(UTC) - DEFAULT_WINDOW
    found = await ctx.run(
        lambda: summarise(ctx.services.engine, since=since, until=filters.until,
                          client_id=filters.client_id, route_id=filters.route_id,
                          kind=filters.kind, limit=filters.limit))
    return MinimisationReport(
        since=since, until=filters.until,
        warnings=[MinimisationWarning(client_id=w.client_id, route_id=w.route_id, path=w.path,
                                      kind=w.kind, count=w.count, first_seen=w.first_seen,
                                      last_seen=w.last_seen) for w in found])


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/privacy/minimisation", read_minimisation, PERMISSION,
                 "Personal data clients sent in fields not declared for it, summed per client, "
                 "route, field and kind", response=MinimisationReport,
                 query=MinimisationFilters),
    ]
