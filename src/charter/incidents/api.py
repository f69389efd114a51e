"""Admin API for incidents (clause USE-5; GDPR Art. 33 and 34).

`GET /admin/incidents` and `GET /admin/incidents/{incident_id}` need `incidents.read`
(reading one incident opens its description and timeline, and is audited); opening, changing,
noting, recording notifications and linking tickets need `incidents.write`, and the framework
audits each with the operator as actor. Problems carry stable codes; no value sent is echoed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.incidents.models import REFERENCE_MAX, TITLE_MAX, Severity, Status
from charter.incidents.service import (
    DESCRIPTION_MAX,
    NOTE_MAX,
    Changes,
    Incident,
    IncidentError,
    IncidentService,
)
from charter.support.api import TicketOut, record_read
from charter.support.api import refused as ticket_refused
from charter.support.models import ID_LENGTH as TICKET_ID_LENGTH
from charter.support.service import SupportError, SupportService

READ: Final = "incidents.read"
WRITE: Final = "incidents.write"


class NewIncident(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=TITLE_MAX,
                       description="a short title naming nobody (checked)")
    severity: Severity
    description: str = Field(min_length=1, max_length=DESCRIPTION_MAX,
                             description="what happened (kept sealed; credentials redacted)")
    personal_data: bool = Field(description="whether personal data is concerned: starts the "
                                            "72-hour clock to tell the supervisory authority")
    detected_at: AwareDatetime | None = Field(default=None, description="default: now")
    data_categories: list[str] = Field(default_factory=list,
                                       description="data category keys concerned")
    people_affected: int | None = Field(default=None, ge=0, description="an estimate")


class IncidentChanges(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status | None = Field(default=None, description="forward only: open, contained, "
                                                            "resolved")
    severity: Severity | None = None
    personal_data: bool | None = None
    data_categories: list[str] | None = None
    people_affected: int | None = Field(default=None, ge=0)


class NewNote(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=NOTE_MAX)


class Notification(BaseModel):
    model_config = ConfigDict(extra="forbid")

    audience: Literal["authority", "subjects"] = Field(
        description="the supervisory authority, or the people concerned")
    at: AwareDatetime | None = Field(default=None, description="when they were told (default:"
                                                               " now)")
    reference: str | None = Field(default=None, min_length=1, max_length=REFERENCE_MAX,
                                  description="the authority's case reference")


class TicketLink(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ticket_id: str = Field(min_length=1, max_length=TICKET_ID_LENGTH)


class IncidentFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status | None = None
    limit: int = Field(default=100, ge=1, le=500)


class NoteOut(BaseModel):
    at: datetime
    author: str
    kind: str
    text: str | None
    details: dict[str, Any] | None


class IncidentOut(BaseModel):
    id: str
    title: str
    severity: str
    status: str
    personal_data: bool
    data_categories: list[str]
    people_affected: int | None
    detected_at: datetime
    authority_due_at: datetime | None
    authority_overdue: bool
    authority_notified_at: datetime | None
    authority_reference: str | None
    subjects_notified_at: datetime | None
    opened_at: datetime
    opened_by: str
    contained_at: datetime | None
    resolved_at: datetime | None
    updated_at: datetime
    description: str | None = Field(default=None, description="only when one is read")
    timeline: list[NoteOut] = Field(default_factory=list,
                                    description="only when one is read")
    tickets: list[TicketOut] = Field(default_factory=list,
                                     description="linked tickets, when one is read")


class IncidentList(BaseModel):
    incidents: list[IncidentOut]


def _service(ctx: AdminContext) -> IncidentService:
    return IncidentService(ctx.services.engine, ctx.services.keyring)


def _refused(exc: IncidentError) -> AdminError:
    title = {404: "Not Found", 409: "Conflict"}.get(exc.status, "Invalid request")
    return AdminError(exc.status, exc.code, title, str(exc), **exc.extra)


def _out(incident: Incident, tickets: list[Any] | None = None) -> IncidentOut:
    doc = incident.as_dict(datetime.now(UTC))
    doc["tickets"] = [t.as_dict() for t in tickets or []]
    return IncidentOut.model_validate(doc)


async def list_incidents(ctx: AdminContext, body: None) -> IncidentList:
    q = ctx.query
    assert isinstance(q, IncidentFilters)
    found = await ctx.run(lambda: _service(ctx).find(status=q.status, limit=q.limit))
    return IncidentList(incidents=[_out(i) for i in found])


async def open_incident(ctx: AdminContext, body: NewIncident) -> IncidentOut:
    try:
        incident = await ctx.run(lambda: _service(ctx).open(
            title=body.title, severity=body.severity, description=body.description,
            personal_data=body.personal_data, opened_by=ctx.operator.account_id,
            detected_at=body.detected_at, data_categories=body.data_categories,
            people_affected=body.people_affected))
    except IncidentError as exc:
        raise _refused(exc) from None
    ctx.annotate(target=f"incident_id={incident.id}", severity=incident.severity,
                 personal_data=incident.personal_data)
    return _out(incident)


async def show_incident(ctx: AdminContext, body: None, incident_id: str) -> IncidentOut:
    def read() -> tuple[Incident, list[Any]]:
        incident = _service(ctx).get(incident_id, unseal=True)
        support = SupportService(ctx.services.engine, ctx.services.keyring)
        return incident, support.linked(incident.id)

    try:
        incident, tickets = await ctx.run(read)
    except IncidentError as exc:
        raise _refused(exc) from None
    await record_read(ctx, "GET /admin/incidents/{incident_id}",
                      f"incident_id={incident.id}", {})
    return _out(incident, tickets)


async def change_incident(ctx: AdminContext, body: IncidentChanges,
                          incident_id: str) -> IncidentOut:
    changes = Changes(status=body.status, severity=body.severity,
                      personal_data=body.personal_data, data_categories=body.data_categories,
                      people_affected=body.people_affected)
    try:
        incident = await ctx.run(lambda: _service(ctx).update(
            incident_id, changes, actor=ctx.operator.account_id))
    except IncidentError as exc:
        raise _refused(exc) from None
    ctx.annotate(status=incident.status)
    return _out(incident)


async def add_note(ctx: AdminContext, body: NewNote, incident_id: str) -> NoteOut:
    try:
        note = await ctx.run(lambda: _service(ctx).add_note(
            incident_id, body.text, author=ctx.operator.account_id))
    except IncidentError as exc:
        raise _refused(exc) from None
    return NoteOut.model_validate(note, from_attributes=True)


async def notify(ctx: AdminContext, body: Notification, incident_id: str) -> IncidentOut:
    try:
        incident = await ctx.run(lambda: _service(ctx).notify(
            incident_id, body.audience, actor=ctx.operator.account_id, at=body.at,
            reference=body.reference))
    except IncidentError as exc:
        raise _refused(exc) from None
    ctx.annotate(audience=body.audience)
    return _out(incident)


async def link_ticket(ctx: AdminContext, body: TicketLink, incident_id: str) -> TicketOut:
    incidents = _service(ctx)
    support = SupportService(ctx.services.engine, ctx.services.keyring)

    def link() -> Any:
        incidents.get(incident_id)  # 404 before anything changes
        ticket = support.link_incident(body.ticket_id, incident_id)
        incidents.note_link(incident_id, ticket.id, actor=ctx.operator.account_id)
        return ticket

    try:
        ticket = await ctx.run(link)
    except IncidentError as exc:
        raise _refused(exc) from None
    except SupportError as exc:
        raise ticket_refused(exc) from None
    ctx.annotate(ticket_id=ticket.id)
    return TicketOut.model_validate(ticket.as_dict())


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/incidents", list_incidents, READ,
                 "Incidents, newest first, with their deadlines; no description",
                 response=IncidentList, query=IncidentFilters),
        Endpoint("POST", "/admin/incidents", open_incident, WRITE,
                 "Record an incident; with personal data, the 72-hour deadline to tell the "
                 "supervisory authority starts at detection", body=NewIncident,
                 response=IncidentOut, status=201),
        Endpoint("GET", "/admin/incidents/{incident_id}", show_incident, READ,
                 "One incident with its description, timeline and linked tickets; the read "
                 "is audited", response=IncidentOut),
        Endpoint("PATCH", "/admin/incidents/{incident_id}", change_incident, WRITE,
                 "Change the status (forward only), severity, or what is known of the "
                 "people and data concerned", body=IncidentChanges, response=IncidentOut),
        Endpoint("POST", "/admin/incidents/{incident_id}/notes", add_note, WRITE,
                 "Add a note to the incident's append-only timeline", body=NewNote,
                 response=NoteOut, status=201),
        Endpoint("POST", "/admin/incidents/{incident_id}/notifications", notify, WRITE,
                 "Record that the supervisory authority or the people concerned were told",
                 body=Notification, response=IncidentOut),
        Endpoint("POST", "/admin/incidents/{incident_id}/tickets", link_ticket, WRITE,
                 "Link a support ticket to the incident", body=TicketLink,
                 response=TicketOut),
    ]
