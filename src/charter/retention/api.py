"""Admin API for legal holds: `GET /admin/holds`, `POST /admin/holds`,
`POST /admin/holds/{hold_id}/release` (clause USE-6).

Reading needs `holds.read`, creating and releasing `holds.write`. The framework audits every
create and release (and every refusal); the event names the hold by id and the kind of its
scope, never its reason or the subject it covers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.retention.holds import HoldError, create_hold, list_holds, release_hold
from charter.retention.models import OWNER_MAX, REASON_MAX, SUBJECT_MAX

READ: Final = "holds.read"
WRITE: Final = "holds.write"


class HoldFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    all: bool = Field(default=False, description="include released holds")


class NewHold(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=REASON_MAX,
                        description="a case or ticket reference; no personal data")
    owner: str | None = Field(default=None, min_length=1, max_length=OWNER_MAX,
                              description="who answers for the hold; default: the caller's"
                              " account id")
    subject_key: str | None = Field(default=None, min_length=1, max_length=SUBJECT_MAX)
    table: str | None = Field(default=None, min_length=1, max_length=64)
    start: AwareDatetime | None = None
    end: AwareDatetime | None = None


class HoldOut(BaseModel):
    id: str
    subject_key: str | None
    table: str | None
    start: datetime | None
    end: datetime | None
    reason: str
    owner: str
    created_by: str
    created_at: datetime
    released_by: str | None
    released_at: datetime | None
    active: bool


class HoldList(BaseModel):
    holds: list[HoldOut]


def _out(hold: Any) -> HoldOut:
    return HoldOut.model_validate(hold.as_dict())


async def list_all(ctx: AdminContext, body: None) -> HoldList:
    filters = ctx.query
    assert isinstance(filters, HoldFilters)
    holds = await ctx.run(lambda: list_holds(ctx.services.engine,
                                             include_released=filters.all))
    return HoldList(holds=[_out(h) for h in holds])


async def create(ctx: AdminContext, body: NewHold) -> HoldOut:
    operator = ctx.operator

    def make() -> Any:
        return create_hold(ctx.services.engine, reason=body.reason,
                           owner=body.owner or operator.account_id,
                           created_by=operator.account_id, now=datetime.now(UTC),
                           subject_key=body.subject_key, table=body.table, start=body.start,
                           end=body.end)

    try:
        hold = await ctx.run(make)
    except HoldError as exc:
        raise AdminError(422, exc.code, "Invalid hold", str(exc)) from None
    ctx.annotate(target=f"hold_id={hold.id}", scope="subject" if hold.subject_key else "table",
                 table=hold.table)
    return _out(hold)


async def release(ctx: AdminContext, body: None, hold_id: str) -> HoldOut:
    try:
        hold = await ctx.run(lambda: release_hold(ctx.services.engine, hold_id,
                                                  released_by=ctx.operator.account_id,
                                                  now=datetime.now(UTC)))
    except HoldError as exc:
        if exc.code == "not_found":
            raise AdminError(404, "not_found", "Not Found", "There is no such hold.") from None
        raise AdminError(409, "conflict", "Conflict", str(exc)) from None
    ctx.annotate(scope="subject" if hold.subject_key else "table", table=hold.table)
    return _out(hold)


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/holds", list_all, READ,
                 "Legal holds, oldest first (active ones unless all=true)",
                 response=HoldList, query=HoldFilters),
        Endpoint("POST", "/admin/holds", create, WRITE,
                 "Place a legal hold on a subject, or on a table and time range",
                 body=NewHold, response=HoldOut, status=201),
        Endpoint("POST", "/admin/holds/{hold_id}/release", release, WRITE,
                 "Release a legal hold: purges resume for what it kept", response=HoldOut),
    ]
