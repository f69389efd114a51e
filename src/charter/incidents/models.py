"""The incident tables: `incidents` and their append-only timeline, `incident_notes`.

An incident names no person in the clear: its description and the text of its notes are
sealed under a data key of the incident's own (`charter.shredding.keys.SubjectKeys`), its
title is checked for personal data before it is kept. Notes go with their incident
(`ON DELETE CASCADE`), so the retention engine purges both when the incident's record ends.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)

from charter.privacy import inventory
from charter.store.base import Base

ID_LENGTH: Final = 24  # "inc_" + 20 hex characters
TITLE_MAX: Final = 200
REFERENCE_MAX: Final = 200
ACTOR_MAX: Final = 64

Severity = Literal["low", "medium", "high", "critical"]
Status = Literal["open", "contained", "resolved"]
SEVERITIES: Final[tuple[str, ...]] = get_args(Severity)
STATUSES: Final[tuple[str, ...]] = get_args(Status)
OPEN, CONTAINED, RESOLVED = STATUSES
# Timeline entries: written by Charter on each change, or a note an operator adds.
NOTE_KINDS: Final = ("opened", "note", "status", "changed", "authority_notified",
                     "subjects_notified", "ticket_linked")


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


incidents = Table(
    "incidents",
    Base.metadata,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("title", String(TITLE_MAX), nullable=False),  # checked: no personal data
    Column("severity", String(8), nullable=False),
    Column("status", String(12), nullable=False, index=True),
    Column("personal_data", Boolean, nullable=False),
    Column("data_categories", JSON, nullable=False),  # data category keys
    Column("people_affected", Integer, nullable=True),  # an estimate
    # The incident's own key: the description and the notes are sealed under it.
    Column("sealed_by", String(40), nullable=False),
    Column("description", Text, nullable=False),
    Column("detected_at", DateTime(timezone=True), nullable=False),
    # When personal data is involved: detection plus 72 hours (GDPR Art. 33(1)).
    Column("authority_due_at", DateTime(timezone=True), nullable=True),
    Column("authority_notified_at", DateTime(timezone=True), nullable=True),
    Column("authority_reference", String(REFERENCE_MAX), nullable=True),
    Column("subjects_notified_at", DateTime(timezone=True), nullable=True),
    Column("opened_at", DateTime(timezone=True), nullable=False, index=True),
    Column("opened_by", String(ACTOR_MAX), nullable=False),
    Column("contained_at", DateTime(timezone=True), nullable=True),
    Column("resolved_at", DateTime(timezone=True), nullable=True, index=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    CheckConstraint(one_of("severity", SEVERITIES), name="severity"),
    CheckConstraint(one_of("status", STATUSES), name="status"),
)

INCIDENTS = inventory.register(
    incidents,
    description="Security incidents and personal data breaches: title (checked to hold no "
                "personal data), severity, status, when detected, contained and resolved, "
                "whether personal data is concerned, which data categories and about how many "
                "people, the 72-hour deadline to tell the supervisory authority and when the "
                "authority and the people were told, and who recorded it (an operator's account "
                "id). The description is sealed under the incident's own data key. Kept for "
                "the security class after the incident is resolved.",
    categories=("system.operations", "user.content"),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column=None,
    erasure="delete",
    time_column="resolved_at",
)

incident_notes = Table(
    "incident_notes",
    Base.metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("incident_id", String(ID_LENGTH), ForeignKey("incidents.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("author", String(ACTOR_MAX), nullable=False),  # an operator's account id, or `cli`
    Column("kind", String(24), nullable=False),
    Column("text", Text, nullable=True),  # sealed under the incident's key
    Column("details", JSON, nullable=True),  # ids, codes and counts only
    CheckConstraint(one_of("kind", NOTE_KINDS), name="kind"),
)

INCIDENT_NOTES = inventory.register(
    incident_notes,
    description="The timeline of each incident, append-only: every change Charter recorded "
                "(opened, status, notifications, linked tickets, with ids and codes) and the "
                "notes operators added, sealed under the incident's data key, with their time "
                "and author (an operator's account id). Deleted with their incident.",
    categories=("system.operations", "user.content"),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column=None,
    erasure="delete",
    time_column=None,
)
