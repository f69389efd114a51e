"""Tables of consent: `consents` (given and withdrawn, per subject and purpose) and `minors`
(people marked as children, and the guardian authorization that lets their data be processed).

Both are keyed by pseudonymous subject key. A consent is given, then maybe withdrawn, never
given again (a new consent is a new row); a minor is marked, then maybe authorized, and a mark
made by an account's `is_minor` flag is unmarked when the flag is cleared. `changed_at` is set
on every write so that gateway workers can read what changed since their last look.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Column, DateTime, String, Table

from charter.privacy import inventory
from charter.store.base import Base

SUBJECT_MAX: Final = 40
SOURCE_MAX: Final = 32
VERSION_MAX: Final = 64
REF_MAX: Final = 128
ACTOR_MAX: Final = 64
ACCOUNT_MAX: Final = 32

consents = Table(
    "consents",
    Base.metadata,
    Column("id", String(24), primary_key=True),  # "cns_" + 20 hex characters
    Column("subject_key", String(SUBJECT_MAX), nullable=False, index=True),
    Column("purpose", String(64), nullable=False),
    Column("policy_version", String(VERSION_MAX), nullable=True),
    Column("given_at", DateTime(timezone=True), nullable=False),
    Column("source", String(SOURCE_MAX), nullable=False),  # api, admin, cli, import, self_service
    Column("withdrawn_at", DateTime(timezone=True), nullable=True),
    Column("withdrawal_source", String(SOURCE_MAX), nullable=True),
    Column("changed_at", DateTime(timezone=True), nullable=False, index=True),
)

CONSENTS = inventory.register(
    consents,
    description="Consents given by people for purposes whose legal basis is consent, by "
                "pseudonymous subject key: the purpose, the policy version shown, when and "
                "through which channel the consent was given and withdrawn. Kept as proof of "
                "consent; the gateway refuses consent-based routes without a current one.",
    categories=("user.unique_id.pseudonymous",),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("api_end_user",),
    # Proof of consent (and of its withdrawal) outlives an erasure request.
    erasure="none",
    time_column="changed_at",
)

minors = Table(
    "minors",
    Base.metadata,
    Column("subject_key", String(SUBJECT_MAX), primary_key=True),
    Column("marked_by", String(ACTOR_MAX), nullable=False),
    Column("marked_at", DateTime(timezone=True), nullable=False),
    # A reference to the guardian's authorization kept elsewhere (a ticket, a document id).
    Column("guardian_authorization", String(REF_MAX), nullable=True),
    Column("authorized_by", String(ACTOR_MAX), nullable=True),
    Column("authorized_at", DateTime(timezone=True), nullable=True),
    Column("changed_at", DateTime(timezone=True), nullable=False, index=True),
    # Set when the mark comes from an account's `is_minor` flag, which may clear it again.
    Column("account_id", String(ACCOUNT_MAX), nullable=True, index=True),
    Column("unmarked_at", DateTime(timezone=True), nullable=True),
    Column("unmarked_by", String(ACTOR_MAX), nullable=True),
)

MINORS = inventory.register(
    minors,
    description="People marked as minors, by pseudonymous subject key: who marked them and "
                "when, and the reference of the guardian authorization that allows their data "
                "to be processed. The gateway refuses a minor's requests until it is recorded.",
    categories=("user.unique_id.pseudonymous",),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("api_end_user",),
    erasure="none",
    time_column="changed_at",
)
