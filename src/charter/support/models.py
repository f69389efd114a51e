"""The `support_tickets` table: help asked for on behalf of a person or an API client.

A ticket keeps the requester's contact and the description sealed under a data key: the
person's own (`charter.shredding.keys.SubjectKeys`, found by their pseudonymous subject key),
so that erasing the person makes both unreadable, or the ticket's own when no person is
concerned. In the clear it keeps only ids, times, codes and the special-category kinds the
scanner found in the description (never what it found). Closed tickets are purged after the
`support` retention class.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)

from charter.incidents.models import ID_LENGTH as INCIDENT_ID_LENGTH
from charter.incidents.models import one_of
from charter.privacy import inventory
from charter.store.base import Base

ID_LENGTH: Final = 24  # "tkt_" + 20 hex characters
ACTOR_MAX: Final = 64
CLIENT_MAX: Final = 32
SUBJECT_MAX: Final = 40

OPEN, CLOSED = "open", "closed"
STATUSES: Final = (OPEN, CLOSED)
# Who the ticket is for: a person (by subject key) or an API client (by client id).
REQUESTERS: Final = ("person", "client")
# DATA-6: who provided what the ticket holds. `requester`: the person or client asked for help
# and gave it; `operator`: an operator wrote it down from what they saw themselves.
PROVIDERS: Final = ("requester", "operator")

support_tickets = Table(
    "support_tickets",
    Base.metadata,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("status", String(8), nullable=False, index=True),
    Column("requester", String(8), nullable=False),
    Column("subject_key", String(SUBJECT_MAX), nullable=True, index=True),  # pseudonymous
    Column("client_id", String(CLIENT_MAX), nullable=True, index=True),
    # Whose data key seals `contact` and `description`: `subject_key`, or the ticket's own.
    Column("sealed_by", String(SUBJECT_MAX), nullable=False),
    Column("contact", Text, nullable=True),  # sealed: where to answer the requester
    Column("description", Text, nullable=False),  # sealed, credentials already redacted
    Column("provided_by", String(16), nullable=False),
    Column("special_categories", JSON, nullable=False),  # kinds the scanner found, no values
    Column("redactions", Integer, nullable=False),  # credentials replaced before sealing
    Column("incident_id", String(INCIDENT_ID_LENGTH),
           ForeignKey("incidents.id", ondelete="SET NULL"), nullable=True, index=True),
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("opened_by", String(ACTOR_MAX), nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=True, index=True),
    Column("closed_by", String(ACTOR_MAX), nullable=True),
    CheckConstraint(one_of("status", STATUSES), name="status"),
    CheckConstraint(one_of("requester", REQUESTERS), name="requester"),
    CheckConstraint(one_of("provided_by", PROVIDERS), name="provided_by"),
)

SUPPORT_TICKETS = inventory.register(
    support_tickets,
    description="Support tickets opened by operators for a person or an API client: the "
                "person's pseudonymous subject key or the client id, and, sealed under the "
                "person's own data key (the ticket's when no person is concerned), the contact "
                "to answer and the description of the problem, with credentials redacted. In "
                "the clear: whether the requester or an operator provided it, the "
                "special-category kinds found in it (never the data), the status, the "
                "operators who opened and closed it (account ids) and when, and a linked "
                "incident. Deleted after the support class once closed.",
    categories=("user.unique_id.pseudonymous", "user.contact", "user.content",
                "system.operations"),
    purposes=("operations",),
    legal_basis="legitimate_interests",
    retention="support",
    subject_column="subject_key",
    subjects=("api_end_user", "client_developer", "data_subject"),
    erasure="delete",
    time_column="closed_at",
)
