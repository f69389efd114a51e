"""The `legal_holds` table: what must be kept past its retention class, why, and for whom.

A hold covers either one subject (the value of a table's subject column, usually a
pseudonymous key `sk_...`) in every table that has a subject column, or one table, optionally
within a time range of its time column. Holds are released, never deleted: a released hold
is the record that the data it kept could be purged again.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, String, Table

from charter.privacy import inventory
from charter.store.base import Base

ID_LENGTH = 32  # "hold_" + 24 hex characters
SUBJECT_MAX = 64
REASON_MAX = 500
OWNER_MAX = 64
ACTOR_MAX = 64

legal_holds = Table(
    "legal_holds",
    Base.metadata,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("subject_key", String(SUBJECT_MAX), nullable=True, index=True),
    Column("table_name", String(64), nullable=True),
    Column("range_start", DateTime(timezone=True), nullable=True),  # inclusive
    Column("range_end", DateTime(timezone=True), nullable=True),  # exclusive
    Column("reason", String(REASON_MAX), nullable=False),
    Column("owner", String(OWNER_MAX), nullable=False),
    Column("created_by", String(ACTOR_MAX), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("released_by", String(ACTOR_MAX), nullable=True),
    Column("released_at", DateTime(timezone=True), nullable=True, index=True),
)

LEGAL_HOLDS = inventory.register(
    legal_holds,
    description="Legal holds that keep records past their retention class: the subject "
                "(pseudonymous key) or the table and time range covered, a short reason such "
                "as a case reference, the owner answering for it, who created and released it "
                "(operator account ids) and when. Kept under legal obligation, so neither "
                "purged nor erased by a rights request.",
    categories=("system.operations", "user.unique_id.pseudonymous"),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("api_end_user", "operator", "developer"),
    erasure="none",
    time_column="released_at",
)
