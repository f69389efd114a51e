"""The `audit_events` table: one row per audited action, appended and never updated.

Rows name the acting operator by account id (and the operator's pseudonymous subject key, so
a rights request finds them) and the object acted on by its ids; `details` holds ids, counts
and machine codes only. Usernames, e-mail addresses, passwords, tokens and request bodies have
no column here and must never be put into `details` (clauses DATA-3, DATA-5).
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, DateTime, Integer, String, Table

from charter.privacy import inventory
from charter.store.base import Base

ACTOR_MAX = 64
ACTION_MAX = 128
TARGET_MAX = 256
REASON_MAX = 64
REQUEST_ID_MAX = 64

audit_events = Table(
    "audit_events",
    Base.metadata,
    # The order of events is the order of `seq`; SQLite autoincrements only an INTEGER key.
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("ts", DateTime(timezone=True), nullable=False, index=True),
    Column("actor", String(ACTOR_MAX), nullable=False, index=True),
    Column("subject_key", String(40), nullable=True, index=True),  # the actor's, pseudonymous
    Column("action", String(ACTION_MAX), nullable=False, index=True),
    Column("target", String(TARGET_MAX), nullable=True),
    Column("outcome", String(16), nullable=False),
    Column("reason", String(REASON_MAX), nullable=True),
    Column("request_id", String(REQUEST_ID_MAX), nullable=True),
    Column("details", JSON, nullable=True),
)

AUDIT_EVENTS = inventory.register(
    audit_events,
    description="One record per administrative action, login and logout, refused attempts "
                "included: time, acting operator (account id and pseudonymous subject key), "
                "action, target ids, outcome, reason code and request id. No names, contact "
                "details, credentials or request bodies. Kept under legal obligation, so a "
                "rights request reports these records but does not erase them.",
    categories=("system.operations", "user.unique_id.pseudonymous"),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("operator",),
    erasure="none",
    time_column="ts",
)
