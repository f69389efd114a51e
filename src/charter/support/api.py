"""Admin API for support tickets and support access to logs (clauses SCOPE-5, DATA-6, USE-5).

`GET /admin/support/tickets`, `GET /admin/support/tickets/{ticket_id}` (needs `support.read`;
reading one ticket opens its sealed contact and description, and is audited),
`POST /admin/support/tickets`, `POST /admin/support/tickets/{ticket_id}/close` (needs
`support.write`; audited by the framework), and `GET /admin/support/tickets/{ticket_id}/logs`
(needs `support.logs.read`): the requester's access-log rows, only while the ticket is open; every
read is audited with the ticket, the filters and the number of rows, and so is a refusal
because the ticket is closed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.audit.log import AuditEvent, DetailValue, Outcome
from charter.support.logs import ROWS_MAX, LogQuery, read_access_log
from charter.support.models import CLIENT_MAX, SUBJECT_MAX
from charter.support.service import (
    CONTACT_MAX,
    DESCRIPTION_MAX,
    SupportError,
    SupportService,
    Ticket,
)

READ: Final = "support.read"
WRITE: Final = "support.write"
LOGS: Final = "support.logs.read"
_ID = r"^[A-Za-z0-9_.:-]{1,64}$"


class NewTicket(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_key: str | None = Field(default=None, min_length=1, max_length=SUBJECT_MAX,
                                    description="the person the ticket is for")
    subject: str | None = Field(default=None, min_length=3, max_length=512,
                                description="or the person as KIND:VALUE (turned into the "
                                            "subject key here, never kept)")
    client_id: str | None = Field(default=None, min_length=1, max_length=CLIENT_MAX,
                                  description="the API client the ticket is for, or the one "
                                              "the person uses")
    contact: str | None = Field(default=None, min_length=1, max_length=CONTACT_MAX,
                                description="where to answer the requester (kept sealed)")
    description: str = Field(min_length=1, max_length=DESCRIPTION_MAX,
                             description="the problem, in the requester's words (kept "
                                         "sealed; credentials are redacted)")
    provided_by: Literal["requester", "operator"] = Field(
        default="requester", description="who provided the description: the requester, or "
                                         "the operator from what they saw")

    @model_validator(mode="after")
    def _someone(self) -> NewTicket:
        if self.subject_key is not None and self.subject is not None:
            raise ValueError("give at most one of subject_key and subject")
        if self.subject_key is None and self.subject is None and self.client_id is None:
            raise ValueError("name the person (subject_key or subject) or the client_id")
        return self


class TicketFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["open", "closed"] | None = None
    subject_key: str | None = Field(default=None, min_length=1, max_length=SUBJECT_MAX)
    client_id: str | None = Field(default=None, min_length=1, max_length=CLIENT_MAX)
    limit: int = Field(default=100, ge=1, le=500)


class TicketOut(BaseModel):
    id: str
    status: str
    requester: str
    subject_key: str | None
    client_id: str | None
    provided_by: str
    purpose: str
    retention: str
    special_categories: list[str]
    redactions: int
    incident_id: str | None
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str | None
    contact: str | None = Field(default=None, description="only when one ticket is read")
    description: str | None = Field(default=None, description="only when one ticket is read")


class OpenedTicket(TicketOut):
    warnings: list[str] = Field(description="`special_category:<kind>` for each special "
                                            "category found in the description, "
                                            "`credential_redacted` when credentials were "
                                            "replaced")


class TicketList(BaseModel):
    tickets: list[TicketOut]


class LogFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    since: AwareDatetime | None = Field(default=None, description="default: a day before "
                                                                  "`until`")
    until: AwareDatetime | None = Field(default=None, description="default: now")
    route_id: str | None = Field(default=None, pattern=_ID)
    status: int | None = Field(default=None, ge=100, le=599)
    request_id: str | None = Field(default=None, pattern=_ID,
                                   description="a request id the requester quotes: that "
                                               "request's rows, whoever made it")
    limit: int = Field(default=100, ge=1, le=ROWS_MAX)


class LogRows(BaseModel):
    ticket_id: str
    scope: str = Field(description="what narrowed the rows: subject_key, client_id or "
                                   "request_id")
    since: datetime
    until: datetime
    rows: list[dict[str, Any]]


def _service(ctx: AdminContext) -> SupportService:
    return SupportService(ctx.services.engine, ctx.services.keyring)


def refused(exc: SupportError) -> AdminError:
    title = {404: "Not Found", 409: "Conflict"}.get(exc.status, "Invalid request")
    return AdminError(exc.status, exc.code, title, str(exc))


async def record_read(ctx: AdminContext, action: str, target: str,
                      details: dict[str, DetailValue], *, outcome: Outcome = "success",
                      reason: str | None = None) -> None:
    """Audit a read the framework does not (it audits changes and 403s only)."""
    operator = ctx.operator
    extra = dict(details)
    if operator.session_id is not None:
        extra["session"] = operator.session_id
    await ctx.services.audit.record(AuditEvent(
        actor=operator.account_id, subject_key=operator.subject_key, action=action,
        target=target, outcome=outcome, reason=reason, request_id=ctx.request_id,
        details=extra))


def _out(ticket: Ticket) -> TicketOut:
    return TicketOut.model_validate(ticket.as_dict())


async def list_tickets(ctx: AdminContext, body: None) -> TicketList:
    q = ctx.query
    assert isinstance(q, TicketFilters)
    found = await ctx.run(lambda: _service(ctx).find(
        status=q.status, subject_key=q.subject_key, client_id=q.client_id, limit=q.limit))
    return TicketList(tickets=[_out(t) for t in found])


async def open_ticket(ctx: AdminContext, body: NewTicket) -> OpenedTicket:
    subject_key = body.subject_key
    if body.subject is not None:
        try:
            subject_key = ctx.services.pseudonymizer.subject_key_of(body.subject)
        except ValueError as exc:
            raise AdminError(422, "invalid_subject", "Invalid subject", str(exc)) from None
    try:
        ticket, screened = await ctx.run(lambda: _service(ctx).open(
            description=body.description, opened_by=ctx.operator.account_id,
            subject_key=subject_key, client_id=body.client_id, contact=body.contact,
            provided_by=body.provided_by))
    except SupportError as exc:
        raise refused(exc) from None
    ctx.annotate(target=f"ticket_id={ticket.id}", provided_by=ticket.provided_by,
                 special_categories=",".join(ticket.special_categories) or None,
                 redactions=ticket.redactions)
    return OpenedTicket.model_validate({**ticket.as_dict(), "warnings": screened.warnings()})


async def show_ticket(ctx: AdminContext, body: None, ticket_id: str) -> TicketOut:
    try:
        ticket = await ctx.run(lambda: _service(ctx).get(ticket_id, unseal=True))
    except SupportError as exc:
        raise refused(exc) from None
    # On record before the sealed fields are shown; if the event cannot be written, nothing is.
    await record_read(ctx, "GET /admin/support/tickets/{ticket_id}", f"ticket_id={ticket.id}",
                      {})
    return _out(ticket)


async def close_ticket(ctx: AdminContext, body: None, ticket_id: str) -> TicketOut:
    try:
        ticket = await ctx.run(lambda: _service(ctx).close(
            ticket_id, closed_by=ctx.operator.account_id))
    except SupportError as exc:
        raise refused(exc) from None
    return _out(ticket)


async def ticket_logs(ctx: AdminContext, body: None, ticket_id: str) -> LogRows:
    q = ctx.query
    assert isinstance(q, LogFilters)
    action = "GET /admin/support/tickets/{ticket_id}/logs"
    query = LogQuery(since=q.since, until=q.until, route_id=q.route_id, status=q.status,
                     request_id=q.request_id, limit=q.limit)
    service = _service(ctx)

    def read() -> tuple[Ticket, Any]:
        ticket = service.require_open(ticket_id)
        return ticket, read_access_log(service.engine, ticket, query, datetime.now(UTC))

    try:
        ticket, found = await ctx.run(read)
    except SupportError as exc:
        if exc.code == "ticket_closed":
            # A look at the logs of a closed ticket is on record too: who tried, and where.
            # (An unknown ticket id is a 404 like any other, as reads of other objects are.)
            await record_read(ctx, action, f"ticket_id={ticket_id}", {}, outcome="denied",
                              reason=exc.code)
        raise refused(exc) from None
    await record_read(ctx, action, f"ticket_id={ticket.id}", found.audit_details(query))
    return LogRows(ticket_id=ticket.id, scope=found.scope, since=found.since,
                   until=found.until, rows=found.rows)


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/support/tickets", list_tickets, READ,
                 "Support tickets, newest first, without their sealed fields",
                 response=TicketList, query=TicketFilters),
        Endpoint("POST", "/admin/support/tickets", open_ticket, WRITE,
                 "Open a ticket for a person or a client: the description is screened, "
                 "credentials redacted, special categories named", body=NewTicket,
                 response=OpenedTicket, status=201),
        Endpoint("GET", "/admin/support/tickets/{ticket_id}", show_ticket, READ,
                 "One ticket with its contact and description; the read is audited",
                 response=TicketOut),
        Endpoint("POST", "/admin/support/tickets/{ticket_id}/close", close_ticket, WRITE,
                 "Close a ticket: its retention period starts", response=TicketOut),
        Endpoint("GET", "/admin/support/tickets/{ticket_id}/logs", ticket_logs, LOGS,
                 "The requester's access-log rows, while the ticket is open; every read is "
                 "audited", response=LogRows, query=LogFilters),
    ]
