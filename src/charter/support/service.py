"""Support tickets: open, read, list, close (clauses SCOPE-5, DATA-6).

Only this module writes `support_tickets`. A ticket is opened for a person (by pseudonymous
subject key) or an API client (by client id); the description is screened first
(`charter.support.intake`), then it and the contact are sealed under the person's data key,
or the ticket's own. Callers record each change in the audit log: the admin framework does
for the API, the CLI does itself.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Engine, insert, select, update

from charter.privacy import inventory
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.privacy.scanner import Scanner
from charter.shredding.keys import SubjectKeyError, SubjectKeys
from charter.store.engine import write_transaction
from charter.store.times import as_utc
from charter.support.intake import Screened, screen
from charter.support.models import (
    CLIENT_MAX,
    CLOSED,
    OPEN,
    PROVIDERS,
    SUBJECT_MAX,
    support_tickets,
)

DESCRIPTION_MAX: Final = 8000
CONTACT_MAX: Final = 320
LIST_MAX: Final = 500
# The purpose labels the sealed fields are bound to (`SubjectKeys.seal`); the rights engine
# opens them under the same `<table>.<column>` names.
CONTACT_LABEL: Final = "support_tickets.contact"
DESCRIPTION_LABEL: Final = "support_tickets.description"
_OWN_KEY_KIND: Final = "support_ticket"


class SupportError(ValueError):
    """A refused operation: `code` is stable, `status` the HTTP status it maps to."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class Ticket:
    """A ticket as read back. `contact` and `description` are None unless opened."""

    id: str
    status: str
    requester: str
    subject_key: str | None
    client_id: str | None
    provided_by: str
    special_categories: list[str]
    redactions: int
    incident_id: str | None
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str | None
    contact: str | None = None
    description: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The ticket with its purpose and retention class, as the inventory declares them."""
        record = inventory.get(support_tickets.name)
        return {**asdict(self), "purpose": record.purposes[0], "retention": record.retention}


def _ticket(row: Any) -> Ticket:
    return Ticket(id=row.id, status=row.status, requester=row.requester,
                  subject_key=row.subject_key, client_id=row.client_id,
                  provided_by=row.provided_by, special_categories=list(row.special_categories),
                  redactions=int(row.redactions), incident_id=row.incident_id,
                  opened_at=as_utc(row.opened_at), opened_by=row.opened_by,
                  closed_at=as_utc(row.closed_at), closed_by=row.closed_by)


def not_found() -> SupportError:
    return SupportError(404, "not_found", "there is no such ticket")


class SupportService:
    """Tickets in `engine`, sealed with data keys wrapped by `keyring`."""

    def __init__(self, engine: Engine, keyring: Keyring, *, scanner: Scanner | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.engine = engine
        self.keys = SubjectKeys(engine, keyring)
        self.pseudonymizer = Pseudonymizer(keyring)
        self.scanner = scanner
        self.clock = clock or (lambda: datetime.now(UTC))

    def open(self, *, description: str, opened_by: str, subject_key: str | None = None,
             client_id: str | None = None, contact: str | None = None,
             provided_by: str = "requester") -> tuple[Ticket, Screened]:
        """Open a ticket for a person (`subject_key`) or, failing that, a client
        (`client_id`). Returns it with what screening the description found."""
        _check(description, subject_key, client_id, contact, provided_by)
        screened = screen(description, self.scanner)
        ticket_id = "tkt_" + secrets.token_hex(10)
        sealed_by, sealed = self._seal(ticket_id, subject_key, contact, screened.text)
        now = self.clock()
        ticket = Ticket(id=ticket_id, status=OPEN,
                        requester="person" if subject_key else "client",
                        subject_key=subject_key, client_id=client_id, provided_by=provided_by,
                        special_categories=list(screened.special_categories),
                        redactions=screened.redactions, incident_id=None, opened_at=now,
                        opened_by=opened_by, closed_at=None, closed_by=None)
        row = {k: v for k, v in asdict(ticket).items() if k not in {"contact", "description"}}
        with write_transaction(self.engine) as connection:
            connection.execute(insert(support_tickets).values(
                **row, sealed_by=sealed_by, **sealed))
        return ticket, screened

    def _seal(self, ticket_id: str, subject_key: str | None, contact: str | None,
              description: str) -> tuple[str, dict[str, str | None]]:
        """Seal under the person's key; under the ticket's own when there is no person, or
        when the person was erased (nothing new is kept under an erased person's key)."""
        owners = [subject_key] if subject_key else []
        owners.append(self.pseudonymizer.subject_key(_OWN_KEY_KIND, ticket_id))
        for owner in owners:
            try:
                return owner, {
                    "contact": (self.keys.seal(owner, contact, CONTACT_LABEL)
                                if contact else None),
                    "description": self.keys.seal(owner, description, DESCRIPTION_LABEL)}
            except SubjectKeyError:
                continue
        raise SupportError(409, "subject_erased", "the ticket's key cannot be created")

    def get(self, ticket_id: str, *, unseal: bool = False) -> Ticket:
        """One ticket; with `unseal`, its contact and description opened (`[erased]` once the
        person was erased). Raises `SupportError` 404."""
        with self.engine.connect() as connection:
            row = connection.execute(select(support_tickets).where(
                support_tickets.c.id == ticket_id)).first()
        if row is None:
            raise not_found()
        ticket = _ticket(row)
        if not unseal:
            return ticket
        contact = (self.keys.open(row.sealed_by, row.contact, CONTACT_LABEL)
                   if row.contact else None)
        description = self.keys.open(row.sealed_by, row.description, DESCRIPTION_LABEL)
        return replace(ticket, contact=contact, description=description)

    def require_open(self, ticket_id: str) -> Ticket:
        """The ticket, if it is open: `SupportError` 404, or 409 `ticket_closed`."""
        ticket = self.get(ticket_id)
        if ticket.status != OPEN:
            raise SupportError(409, "ticket_closed", "the ticket is closed")
        return ticket

    def find(self, *, status: str | None = None, subject_key: str | None = None,
             client_id: str | None = None, limit: int = 100) -> list[Ticket]:
        """Tickets, newest first, without their sealed fields."""
        t = support_tickets
        query = select(t).order_by(t.c.opened_at.desc(), t.c.id).limit(min(limit, LIST_MAX))
        if status is not None:
            query = query.where(t.c.status == status)
        if subject_key is not None:
            query = query.where(t.c.subject_key == subject_key)
        if client_id is not None:
            query = query.where(t.c.client_id == client_id)
        with self.engine.connect() as connection:
            return [_ticket(row) for row in connection.execute(query)]

    def close(self, ticket_id: str, *, closed_by: str) -> Ticket:
        """Close an open ticket; its retention period starts now. `SupportError` 404, or
        409 `ticket_closed`."""
        now = self.clock()
        t = support_tickets
        with write_transaction(self.engine) as connection:
            row = connection.execute(select(t).where(t.c.id == ticket_id)).first()
            if row is None:
                raise not_found()
            if row.status != OPEN:
                raise SupportError(409, "ticket_closed", "the ticket is already closed")
            connection.execute(update(t).where(t.c.id == ticket_id).values(
                status=CLOSED, closed_at=now, closed_by=closed_by))
        return replace(_ticket(row), status=CLOSED, closed_at=now, closed_by=closed_by)

    def link_incident(self, ticket_id: str, incident_id: str) -> Ticket:
        """Attach the ticket to an incident (the caller checks that the incident exists)."""
        t = support_tickets
        with write_transaction(self.engine) as connection:
            row = connection.execute(select(t).where(t.c.id == ticket_id)).first()
            if row is None:
                raise not_found()
            connection.execute(update(t).where(t.c.id == ticket_id).values(
                incident_id=incident_id))
        return replace(_ticket(row), incident_id=incident_id)

    def linked(self, incident_id: str) -> list[Ticket]:
        """The tickets linked to an incident, oldest first."""
        t = support_tickets
        query = select(t).where(t.c.incident_id == incident_id).order_by(t.c.opened_at, t.c.id)
        with self.engine.connect() as connection:
            return [_ticket(row) for row in connection.execute(query)]


def _check(description: str, subject_key: str | None, client_id: str | None,
           contact: str | None, provided_by: str) -> None:
    if not description.strip() or len(description) > DESCRIPTION_MAX:
        raise SupportError(422, "invalid_description",
                           f"the description must hold 1 to {DESCRIPTION_MAX} characters")
    if subject_key is None and client_id is None:
        raise SupportError(422, "no_requester", "name the person or the client the ticket is for")
    if subject_key is not None and not 0 < len(subject_key) <= SUBJECT_MAX:
        raise SupportError(422, "invalid_subject", "the subject key is missing or too long")
    if client_id is not None and not 0 < len(client_id) <= CLIENT_MAX:
        raise SupportError(422, "invalid_client", "the client id is missing or too long")
    if contact is not None and not 0 < len(contact) <= CONTACT_MAX:
        raise SupportError(422, "invalid_contact",
                           f"the contact must hold 1 to {CONTACT_MAX} characters")
    if provided_by not in PROVIDERS:
        raise SupportError(422, "invalid_provided_by",
                           f"provided_by is one of {', '.join(PROVIDERS)}")
