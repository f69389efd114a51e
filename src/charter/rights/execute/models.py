"""Tables of executed rights requests: subject flags, upstream deliveries, access bundles.

`subject_flags` holds restrictions (GDPR Art. 18) and objections (Art. 21) by pseudonymous
subject key; the gateway keeps the active ones in memory. `rights_deliveries` records each
attempt to pass a request on to an upstream: status codes and times, never content.
`rights_bundles` holds access and export bundles, encrypted, until they expire.
`recipient_notices` are the changes recipients are told about after the request itself (GDPR
Art. 19: a restriction being lifted), each tried until its upstream confirms it.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    DateTime,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Table,
)

from charter.privacy import inventory
from charter.store.base import Base

RESTRICTED: Final = "restricted"
OBJECTED: Final = "objected"
FLAGS: Final = (RESTRICTED, OBJECTED)
REQUEST_ID_MAX: Final = 64
NOTICE_ID_MAX: Final = 32

subject_flags = Table(
    "subject_flags",
    Base.metadata,
    Column("id", String(24), primary_key=True),  # "flg_" + 20 hex characters
    Column("subject_key", String(40), nullable=False, index=True),
    Column("flag", String(16), nullable=False),
    # Restricted: the purposes restricted, null for all processing. Objected: the purposes
    # objected to (and not overridden).
    Column("purposes", JSON, nullable=True),
    Column("request_id", String(REQUEST_ID_MAX), nullable=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
    Column("lifted_at", DateTime(timezone=True), nullable=True, index=True),
    Column("lifted_by", String(REQUEST_ID_MAX), nullable=True),  # a request id or `operator:...`
    CheckConstraint("flag IN ('restricted', 'objected')", name="flag"),
)

SUBJECT_FLAGS = inventory.register(
    subject_flags,
    description="Restrictions of processing and objections to it, by pseudonymous subject key: "
                "the flag, the purposes it covers, the request that set it, when it was set "
                "and lifted. The gateway refuses restricted subjects and stops recording "
                "telemetry about objecting ones from these rows.",
    categories=("user.unique_id.pseudonymous",),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("api_end_user", "operator", "client_developer"),
    # Kept while in force, erasure included: an erased person's objection still holds.
    erasure="none",
    time_column="lifted_at",
)

rights_deliveries = Table(
    "rights_deliveries",
    Base.metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("request_id", String(REQUEST_ID_MAX), nullable=False, index=True),
    Column("upstream", String(64), nullable=False),
    Column("attempt", SmallInteger, nullable=False),
    # `completed`, `partial`, `not_found`, `denied`, `accepted`, or why the attempt failed:
    # `unreachable`, `timeout`, `http_503`, `invalid_answer`, `not_configured`...
    Column("status", String(32), nullable=False),
    Column("http_status", SmallInteger, nullable=True),
    Column("at", DateTime(timezone=True), nullable=False),
    # The recipient notice this attempt delivered (`recipient_notices`); null: the request.
    Column("notice_id", String(NOTICE_ID_MAX), nullable=True),
)

RIGHTS_DELIVERIES = inventory.register(
    rights_deliveries,
    description="Each attempt to pass a rights request, or a notice about it, on to an "
                "upstream that holds personal data: request id, upstream, attempt number, "
                "status, time and the notice's id. Never the request's identifiers or the "
                "upstream's answer.",
    categories=("system.operations",),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column=None,
    erasure="none",
    time_column="at",
)

rights_bundles = Table(
    "rights_bundles",
    Base.metadata,
    Column("id", String(32), primary_key=True),  # "bnd_" + 24 hex characters
    Column("request_id", String(REQUEST_ID_MAX), nullable=False, index=True),
    Column("subject_key", String(40), nullable=False, index=True),
    Column("kind", String(8), nullable=False),  # "access" or "export"
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
    # The bundle's own random key, wrapped under the keyring (domain `subject-key-wrap`).
    Column("kid", String(32), nullable=False),
    Column("key_nonce", LargeBinary(12), nullable=False),
    Column("wrapped_key", LargeBinary(64), nullable=False),
    Column("nonce", LargeBinary(12), nullable=False),
    Column("blob", LargeBinary, nullable=False),  # the ZIP, AES-256-GCM
    Column("size", Integer, nullable=False),  # of the ZIP before encryption
    CheckConstraint("kind IN ('access', 'export')", name="kind"),
)

RIGHTS_BUNDLES = inventory.register(
    rights_bundles,
    description="Access and export bundles prepared for data subjects: a ZIP of everything "
                "held about them, encrypted under a random key that is itself wrapped under "
                "the keyring, with the request id, the subject key and the expiry. Deleted "
                "when they expire (`rights.execution.bundle_days`) or the subject is erased.",
    categories=("user",),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="operational",
    subject_column="subject_key",
    subjects=("api_end_user", "operator", "client_developer"),
    erasure="delete",
    time_column="created_at",
)

recipient_notices = Table(
    "recipient_notices",
    Base.metadata,
    Column("id", String(NOTICE_ID_MAX), primary_key=True),  # "rn_" + 24 hex characters
    Column("request_id", String(REQUEST_ID_MAX), nullable=False, index=True),
    Column("event", String(32), nullable=False),  # `restriction_lifted`
    Column("upstream", String(64), nullable=False),
    # `pending` until the upstream confirms (`done`) or the rounds run out (`abandoned`).
    Column("state", String(16), nullable=False),
    Column("status", String(32), nullable=True),  # the last answer, as in rights_deliveries
    Column("rounds", SmallInteger, nullable=False),  # delivery rounds so far
    # When a pending notice is tried next; pushed ahead while a round runs, so that one
    # process at a time delivers it.
    Column("next_at", DateTime(timezone=True), nullable=True, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("done_at", DateTime(timezone=True), nullable=True),
    CheckConstraint("state IN ('pending', 'done', 'abandoned')", name="state"),
)

RECIPIENT_NOTICES = inventory.register(
    recipient_notices,
    description="Notices to the upstreams that hold personal data about a change after a "
                "rights request was carried out (a restriction being lifted, GDPR Art. 19): "
                "the request id, the event, the upstream, whether it confirmed, how often it "
                "was tried and when it is tried next. Ids and codes only.",
    categories=("system.operations",),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column=None,
    erasure="none",
    time_column="created_at",
)
