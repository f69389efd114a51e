"""The rights tables and `RightsRequest`, the request as the execution side receives it.

`rights_requests` is pseudonymous: it keeps the subject's pseudonymous keys in the clear and
everything that names the person (their identifiers, the e-mail address to answer, the
request's details, an organization's attestation) sealed under the subject's own data key
(`charter.shredding.keys.SubjectKeys`), so that erasing the subject makes those fields
unreadable while the record that a request was made and answered stays. `rights_events` is
the request's history (one row per transition: who, when, why), `rights_codes` the keyed
hashes of one-time codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
)

from charter.privacy import inventory
from charter.store.base import Base

ID_LENGTH = 32  # "rr_" + 22 base62
REASON_MAX = 500
CLAIMANT_MAX = 128  # host name, process id and a random part

# States of the workflow (see `charter.rights.workflow` for the transitions).
RECEIVED, VERIFYING, VERIFIED = "received", "verifying", "verified"
IN_PROGRESS, EXTENDED = "in_progress", "extended"
COMPLETED, DENIED = "completed", "denied"
STATES = (RECEIVED, VERIFYING, VERIFIED, IN_PROGRESS, EXTENDED, COMPLETED, DENIED)
OPEN_STATES = (RECEIVED, VERIFYING, VERIFIED, IN_PROGRESS, EXTENDED)
CLOSED_STATES = (COMPLETED, DENIED)

# How the requester's identity was (or is to be) confirmed.
VERIFICATIONS = ("code", "credential", "on_behalf", "operator")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


rights_requests = Table(
    "rights_requests",
    Base.metadata,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("type", String(24), nullable=False),
    Column("state", String(16), nullable=False, index=True),
    Column("jurisdiction", String(32), nullable=False),
    Column("subject_key", String(40), nullable=False, index=True),  # the primary identifier's
    Column("subject_keys", JSON, nullable=False),  # every identifier's key, the primary first
    # Whose data key seals the fields below: `subject_key`, or a key of the request's own when
    # the subject was erased before (nothing new is kept under an erased person's key).
    Column("sealed_by", String(40), nullable=False),
    Column("identifiers", Text, nullable=False),  # sealed JSON [[kind, value], ...]
    Column("contact", Text, nullable=True),  # sealed e-mail address to answer
    Column("details", Text, nullable=True),  # sealed JSON object
    Column("attestation", Text, nullable=True),  # sealed: how an organization verified its user
    Column("verification", String(16), nullable=True),  # one of VERIFICATIONS
    Column("channel", String(16), nullable=False),  # web, api, admin, cli
    Column("filed_by", String(64), nullable=True),  # a client id or an operator's account id
    Column("received_at", DateTime(timezone=True), nullable=False, index=True),
    Column("verified_at", DateTime(timezone=True), nullable=True),
    Column("expires_at", DateTime(timezone=True), nullable=True),  # while unverified
    Column("due_at", DateTime(timezone=True), nullable=True, index=True),
    Column("extended_at", DateTime(timezone=True), nullable=True),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    Column("reason", String(REASON_MAX), nullable=True),  # of a denial or an extension
    Column("result", JSON, nullable=True),  # the execution's outcome and counts, never content
    Column("alerted", String(16), nullable=True),  # the last deadline alert sent: due_soon, ...
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Carrying the request out (`charter.rights.claims`): runs so far by the scheduler, when
    # it may run again (null: not scheduled), and who is running it until when. A claim is
    # taken in one conditional UPDATE, so one process at a time carries a request out.
    Column("run_attempts", SmallInteger, nullable=False, server_default="0"),
    Column("run_after", DateTime(timezone=True), nullable=True, index=True),
    Column("claimed_by", String(CLAIMANT_MAX), nullable=True),
    Column("claimed_until", DateTime(timezone=True), nullable=True),
    CheckConstraint(_one_of("state", STATES), name="state"),
)

RIGHTS_REQUESTS = inventory.register(
    rights_requests,
    description="Requests people make to exercise their data protection rights (access, "
                "export, rectification, erasure, restriction, objection, withdrawal of "
                "consent): the type, state, jurisdiction and deadlines, the pseudonymous keys "
                "of the person, and, sealed under the person's own data key, their identifiers, "
                "the e-mail address to answer, the request's details and an organization's "
                "attestation. Erasing the person makes the sealed fields unreadable; the record "
                "that the request was answered stays.",
    categories=("user.unique_id.pseudonymous", "user.contact.email", "user.content",
                "system.operations"),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("api_end_user", "client_developer", "data_subject"),
    erasure="crypto_shred",
    time_column="received_at",
)

rights_events = Table(
    "rights_events",
    Base.metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("request_id", String(ID_LENGTH), ForeignKey("rights_requests.id"), nullable=False,
           index=True),
    Column("subject_key", String(40), nullable=False, index=True),  # the request's
    Column("ts", DateTime(timezone=True), nullable=False),
    Column("from_state", String(16), nullable=True),
    Column("to_state", String(16), nullable=False),
    Column("actor", String(64), nullable=False),  # an operator, a client, `requester`, `system`
    Column("reason", String(REASON_MAX), nullable=True),
    Column("details", JSON, nullable=True),  # ids, counts and codes only
)

RIGHTS_EVENTS = inventory.register(
    rights_events,
    description="The history of each rights request: every change of state with its time, "
                "who made it (an operator's account id, a client id, `requester` or `system`) "
                "and why. Ids, counts and codes only.",
    categories=("system.operations", "user.unique_id.pseudonymous"),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("api_end_user", "client_developer", "data_subject"),
    erasure="none",
    time_column="ts",
)

rights_codes = Table(
    "rights_codes",
    Base.metadata,
    Column("request_id", String(ID_LENGTH), ForeignKey("rights_requests.id"),
           primary_key=True),
    Column("code_hash", String(64), nullable=False),  # HMAC-SHA256, keyring domain `otp`
    Column("kid", String(32), nullable=False),
    Column("attempts", SmallInteger, nullable=False),  # wrong codes so far
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True), nullable=True),
)

RIGHTS_CODES = inventory.register(
    rights_codes,
    description="The one-time code sent to confirm a requester's e-mail address, as a keyed "
                "hash, with its expiry and the number of wrong attempts. Never the code.",
    categories=("system.authentication",),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="operational",
    subject_column=None,
    erasure="delete",
    time_column="created_at",
)

# Not a table: the messages the file outbox (`charter.rights.outbox.FileOutbox`) queues, one
# JSON file each, until a mail relay takes them or retention deletes them.
OUTBOX_MESSAGES = inventory.register_files(
    "outbox_messages",
    description="Messages to requesters queued by the file outbox (`rights.outbox.kind: "
                "file`), one JSON file each in `rights.outbox.directory`: the e-mail address, "
                "the subject and the text (a one-time code, or what became of a request), "
                "and when it was written. Deleted by the mail relay that sends them, when the "
                "requester is erased, or by retention once older than their class.",
    categories=("user.contact.email", "system.authentication", "user.content"),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="operational",
    subject_field="to",
    subjects=("api_end_user", "client_developer", "data_subject"),
    erasure="delete",
    time_field="created",
)


@dataclass(frozen=True)
class RightsRequest:
    """A request as the execution side (`charter.rights.execute.run`) receives it.

    `subject_identifiers` are (kind, value) pairs: `("account", "acc_...")`, `("email",
    "ada@example.com")`, `("client", "cli_...")`, `("sub", "<issuer>:<sub>")`.
    `subject_keys` are their pseudonymous keys (`Pseudonymizer.subject_key(kind, value)`), in
    the same order. `details` depends on the type: `fields` to rectify, a `scope` to
    restrict, `purposes` objected to, a free-text `message`.
    """

    id: str
    type: str
    state: str
    jurisdiction: str
    subject_identifiers: list[tuple[str, str]]
    subject_keys: list[str]
    details: dict[str, Any]
    received_at: datetime
    due_at: datetime | None
    verification: str | None = None
    verified_at: datetime | None = None
    extended_at: datetime | None = None
    closed_at: datetime | None = None
    reason: str | None = None
    channel: str = "api"
    filed_by: str | None = None
    result: dict[str, Any] | None = None
    expires_at: datetime | None = None
    subject_key: str = field(default="")
    run_attempts: int = 0
    run_after: datetime | None = None

    def __post_init__(self) -> None:
        if not self.subject_key and self.subject_keys:
            object.__setattr__(self, "subject_key", self.subject_keys[0])


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were written in UTC."""
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
