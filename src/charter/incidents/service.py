"""Incident records: open, read, list, change, note, notify (clause USE-5; GDPR Art. 33-34).

Only this module writes `incidents` and `incident_notes`. Every change appends a timeline
entry in the same transaction, so the timeline is the incident's history; notes are never
changed or removed. When personal data is concerned, the supervisory authority is due to be
told within 72 hours of detection (`authority_due_at`), and the record says when it was, and
when the people were. Callers record each change in the audit log.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import Connection, Engine, insert, select, update

from charter.governance import taxonomy
from charter.incidents.models import (
    CONTAINED,
    OPEN,
    REFERENCE_MAX,
    RESOLVED,
    SEVERITIES,
    TITLE_MAX,
    incident_notes,
    incidents,
)
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.privacy.scanner import Scanner
from charter.shredding.keys import SubjectKeys
from charter.store.engine import write_transaction
from charter.store.times import as_utc
from charter.support.intake import kinds_in, screen

AUTHORITY_DEADLINE: Final = timedelta(hours=72)  # GDPR Art. 33(1)
DESCRIPTION_MAX: Final = 8000
NOTE_MAX: Final = 4000
LIST_MAX: Final = 500
DESCRIPTION_LABEL: Final = "incidents.description"
NOTE_LABEL: Final = "incident_notes.text"
_OWN_KEY_KIND: Final = "incident"
# Status changes allowed: forward only; a resolved incident stays resolved.
_NEXT: Final = {OPEN: (CONTAINED, RESOLVED), CONTAINED: (RESOLVED,), RESOLVED: ()}
AUDIENCES: Final = ("authority", "subjects")


class IncidentError(ValueError):
    """A refused operation: `code` is stable, `status` the HTTP status it maps to."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.extra = extra


@dataclass(frozen=True)
class Note:
    at: datetime
    author: str
    kind: str
    text: str | None
    details: dict[str, Any] | None


@dataclass(frozen=True)
class Incident:
    """An incident as read back; `description` and `timeline` only when opened."""

    id: str
    title: str
    severity: str
    status: str
    personal_data: bool
    data_categories: list[str]
    people_affected: int | None
    detected_at: datetime
    authority_due_at: datetime | None
    authority_notified_at: datetime | None
    authority_reference: str | None
    subjects_notified_at: datetime | None
    opened_at: datetime
    opened_by: str
    contained_at: datetime | None
    resolved_at: datetime | None
    updated_at: datetime
    description: str | None = None
    timeline: list[Note] = field(default_factory=list)

    def authority_overdue(self, now: datetime) -> bool:
        """Personal data is concerned, the authority was not told, and the 72 hours are up."""
        return (self.authority_due_at is not None and self.authority_notified_at is None
                and now > self.authority_due_at)

    def as_dict(self, now: datetime) -> dict[str, Any]:
        return {**asdict(self), "authority_overdue": self.authority_overdue(now)}


@dataclass(frozen=True)
class Changes:
    """What `update` may change; None leaves a field as it is."""

    status: str | None = None
    severity: str | None = None
    personal_data: bool | None = None
    data_categories: list[str] | None = None
    people_affected: int | None = None


def _incident(row: Any) -> Incident:
    return Incident(
        id=row.id, title=row.title, severity=row.severity, status=row.status,
        personal_data=bool(row.personal_data), data_categories=list(row.data_categories),
        people_affected=row.people_affected, detected_at=as_utc(row.detected_at),
        authority_due_at=as_utc(row.authority_due_at),
        authority_notified_at=as_utc(row.authority_notified_at),
        authority_reference=row.authority_reference,
        subjects_notified_at=as_utc(row.subjects_notified_at), opened_at=as_utc(row.opened_at),
        opened_by=row.opened_by, contained_at=as_utc(row.contained_at),
        resolved_at=as_utc(row.resolved_at), updated_at=as_utc(row.updated_at))


def not_found() -> IncidentError:
    return IncidentError(404, "not_found", "there is no such incident")


class IncidentService:
    """Incidents in `engine`; texts sealed with data keys wrapped by `keyring`."""

    def __init__(self, engine: Engine, keyring: Keyring, *, scanner: Scanner | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.engine = engine
        self.keys = SubjectKeys(engine, keyring)
        self.pseudonymizer = Pseudonymizer(keyring)
        self.scanner = scanner
        self.clock = clock or (lambda: datetime.now(UTC))

    # -- writing --------------------------------------------------------------------------------
    def open(self, *, title: str, severity: str, description: str, personal_data: bool,
             opened_by: str, detected_at: datetime | None = None,
             data_categories: list[str] | None = None,
             people_affected: int | None = None) -> Incident:
        """Record an incident. Raises `IncidentError` 422 for a field that does not fit."""
        now = self.clock()
        detected = (detected_at or now).astimezone(UTC)
        title = self._title(title)
        _check_severity(severity)
        categories = _categories(data_categories or [])
        _check_people(people_affected)
        if detected > now:
            raise IncidentError(422, "invalid_detected_at", "detected_at is in the future")
        text = _text(description, DESCRIPTION_MAX, "invalid_description", self.scanner)
        incident_id = "inc_" + secrets.token_hex(10)
        sealed_by = self.pseudonymizer.subject_key(_OWN_KEY_KIND, incident_id)
        incident = Incident(
            id=incident_id, title=title, severity=severity, status=OPEN,
            personal_data=personal_data, data_categories=categories,
            people_affected=people_affected, detected_at=detected,
            authority_due_at=detected + AUTHORITY_DEADLINE if personal_data else None,
            authority_notified_at=None, authority_reference=None, subjects_notified_at=None,
            opened_at=now, opened_by=opened_by, contained_at=None, resolved_at=None,
            updated_at=now)
        row = {k: v for k, v in asdict(incident).items() if k not in {"description", "timeline"}}
        # Sealing may create the key, in a transaction of its own: before ours takes the lock.
        sealed = self.keys.seal(sealed_by, text, DESCRIPTION_LABEL)
        with write_transaction(self.engine) as connection:
            connection.execute(insert(incidents).values(**row, sealed_by=sealed_by,
                                                        description=sealed))
            self._append(connection, incident_id, now, opened_by, "opened",
                         details={"severity": severity, "personal_data": personal_data})
        return incident

    def update(self, incident_id: str, changes: Changes, *, actor: str) -> Incident:
        """Change the status (forward only) and what is known of the incident's scope.
        Raises `IncidentError` 404, 409 `invalid_transition`, or 422."""
        if changes.severity is not None:
            _check_severity(changes.severity)
        categories = (_categories(changes.data_categories)
                      if changes.data_categories is not None else None)
        _check_people(changes.people_affected)
        now = self.clock()
        with write_transaction(self.engine, lock="incidents") as connection:
            current = self._row(connection, incident_id)
            values: dict[str, Any] = {}
            if changes.status is not None and changes.status != current.status:
                if changes.status not in _NEXT[current.status]:
                    raise IncidentError(409, "invalid_transition",
                                        f"an incident {current.status} cannot become"
                                        f" {changes.status}", current=current.status)
                values["status"] = changes.status
                values[f"{changes.status}_at"] = now
                self._append(connection, incident_id, now, actor, "status",
                             details={"from": current.status, "to": changes.status})
            scope = {"severity": changes.severity, "personal_data": changes.personal_data,
                     "data_categories": categories, "people_affected": changes.people_affected}
            changed = {k: v for k, v in scope.items()
                       if v is not None and v != getattr(current, k)}
            if "personal_data" in changed:
                values["authority_due_at"] = (current.detected_at + AUTHORITY_DEADLINE
                                              if changed["personal_data"] else None)
            if changed:
                values.update(changed)
                self._append(connection, incident_id, now, actor, "changed",
                             details={"fields": ",".join(sorted(changed))})
            if values:
                values["updated_at"] = now
                connection.execute(update(incidents).where(incidents.c.id == incident_id)
                                   .values(**values))
        return replace(current, **values)

    def add_note(self, incident_id: str, text: str, *, author: str) -> Note:
        """Append a note to the timeline; credentials in it are redacted first."""
        cleaned = _text(text, NOTE_MAX, "invalid_note", self.scanner)
        with self.engine.connect() as connection:
            sealed_by = self._raw(connection, incident_id).sealed_by
        sealed = self.keys.seal(sealed_by, cleaned, NOTE_LABEL)
        now = self.clock()
        with write_transaction(self.engine, lock="incidents") as connection:
            self._raw(connection, incident_id)  # still there
            self._append(connection, incident_id, now, author, "note", text=sealed)
            connection.execute(update(incidents).where(incidents.c.id == incident_id)
                               .values(updated_at=now))
        return Note(at=now, author=author, kind="note", text=cleaned, details=None)

    def notify(self, incident_id: str, audience: str, *, actor: str, at: datetime | None = None,
               reference: str | None = None) -> Incident:
        """Record that the authority or the people concerned were told. 409
        `already_notified` when that is on record already; 422 for an unknown audience."""
        if audience not in AUDIENCES:
            raise IncidentError(422, "invalid_audience",
                                f"the audience is one of {', '.join(AUDIENCES)}")
        if reference is not None and not 0 < len(reference) <= REFERENCE_MAX:
            raise IncidentError(422, "invalid_reference",
                                f"the reference must hold 1 to {REFERENCE_MAX} characters")
        now = self.clock()
        when = (at or now).astimezone(UTC)
        if when > now:
            raise IncidentError(422, "invalid_time", "a notification cannot be in the future")
        column = f"{audience}_notified_at"
        with write_transaction(self.engine, lock="incidents") as connection:
            current = self._row(connection, incident_id)
            if getattr(current, column) is not None:
                raise IncidentError(409, "already_notified",
                                    f"telling the {audience} is on record already")
            values: dict[str, Any] = {column: when, "updated_at": now}
            if audience == "authority":
                values["authority_reference"] = reference
            connection.execute(update(incidents).where(incidents.c.id == incident_id)
                               .values(**values))
            details: dict[str, Any] = {"at": when.isoformat()}
            if current.authority_due_at is not None and audience == "authority":
                details["late"] = when > current.authority_due_at
            self._append(connection, incident_id, now, actor, f"{audience}_notified",
                         details=details)
        return replace(current, **values)

    def note_link(self, incident_id: str, ticket_id: str, *, actor: str) -> None:
        """Put a linked ticket on the incident's timeline (404 for an unknown incident)."""
        now = self.clock()
        with write_transaction(self.engine, lock="incidents") as connection:
            self._raw(connection, incident_id)
            self._append(connection, incident_id, now, actor, "ticket_linked",
                         details={"ticket_id": ticket_id})

    # -- reading --------------------------------------------------------------------------------
    def get(self, incident_id: str, *, unseal: bool = False) -> Incident:
        """One incident; with `unseal`, its description and timeline opened."""
        with self.engine.connect() as connection:
            row = self._raw(connection, incident_id)
            if not unseal:
                return _incident(row)
            notes = connection.execute(select(incident_notes).where(
                incident_notes.c.incident_id == incident_id).order_by(incident_notes.c.id)).all()
        description = self.keys.open(row.sealed_by, row.description, DESCRIPTION_LABEL)
        timeline = [Note(at=as_utc(n.at), author=n.author, kind=n.kind,
                         text=(self.keys.open(row.sealed_by, n.text, NOTE_LABEL)
                               if n.text else None),
                         details=n.details) for n in notes]
        return replace(_incident(row), description=description, timeline=timeline)

    def find(self, *, status: str | None = None, limit: int = 100) -> list[Incident]:
        """Incidents, newest first, without description or timeline."""
        query = (select(incidents).order_by(incidents.c.opened_at.desc(), incidents.c.id)
                 .limit(min(limit, LIST_MAX)))
        if status is not None:
            query = query.where(incidents.c.status == status)
        with self.engine.connect() as connection:
            return [_incident(row) for row in connection.execute(query)]

    # -- helpers --------------------------------------------------------------------------------
    def _title(self, title: str) -> str:
        title = title.strip()
        if not title or len(title) > TITLE_MAX:
            raise IncidentError(422, "invalid_title",
                                f"the title must hold 1 to {TITLE_MAX} characters")
        # The title is kept in the clear and listed: it must not name anyone.
        found = sorted(kinds_in(title, self.scanner))
        if found:
            raise IncidentError(422, "personal_data_in_title",
                                "the title holds personal data; put it in the description",
                                kinds=found)
        return title

    @staticmethod
    def _raw(connection: Connection, incident_id: str) -> Any:
        row = connection.execute(select(incidents).where(incidents.c.id == incident_id)).first()
        if row is None:
            raise not_found()
        return row

    def _row(self, connection: Connection, incident_id: str) -> Incident:
        return _incident(self._raw(connection, incident_id))

    @staticmethod
    def _append(connection: Connection, incident_id: str, at: datetime, author: str,
                kind: str, *, text: str | None = None,
                details: Mapping[str, Any] | None = None) -> None:
        connection.execute(insert(incident_notes).values(
            incident_id=incident_id, at=at, author=author, kind=kind, text=text,
            details=dict(details) if details else None))


def _check_severity(severity: str) -> None:
    if severity not in SEVERITIES:
        raise IncidentError(422, "invalid_severity",
                            f"the severity is one of {', '.join(SEVERITIES)}")


def _check_people(people: int | None) -> None:
    if people is not None and people < 0:
        raise IncidentError(422, "invalid_people_affected", "people_affected is at least 0")


def _categories(categories: list[str]) -> list[str]:
    for category in categories:
        try:
            taxonomy.check("data_categories", category)
        except ValueError as exc:
            raise IncidentError(422, "invalid_data_category", str(exc)) from None
    return sorted(set(categories))


def _text(text: str, limit: int, code: str, scanner: Scanner | None) -> str:
    if not text.strip() or len(text) > limit:
        raise IncidentError(422, code, f"the text must hold 1 to {limit} characters")
    return screen(text, scanner).text
