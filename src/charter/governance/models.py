"""The disclosure tables (clauses SCOPE-7, SHARE-3, SHARE-4, SHARE-5).

`disclosure_counts` is what the gateway's `disclosure` stage counts: requests forwarded to an
upstream that discloses to a recipient, one row per request and data category, summed per
recipient, category and day when read. `disclosure_records` are disclosures entered by hand,
typically to an authority, with the legal reference and reason that justified them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, DateTime, Integer, String, Table, Text

from charter.privacy import inventory
from charter.store.base import Base

RECIPIENT_MAX = 64
REFERENCE_MAX = 200
REASON_MAX = 500

disclosure_counts = Table(
    "disclosure_counts",
    Base.metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("day", DateTime(timezone=True), nullable=False, index=True),  # midnight UTC
    Column("recipient", String(RECIPIENT_MAX), nullable=False),
    Column("route_id", String(64), nullable=True),
    Column("category", String(128), nullable=False),  # a data category key, or `kind:<scanner>`
    Column("count", Integer, nullable=False),
)

DISCLOSURE_COUNTS = inventory.register(
    disclosure_counts,
    description="How many requests the gateway forwarded to each recipient, per route, data "
                "category and day. Counts only: no request, client or person is recorded.",
    categories=("system.operations",),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column=None,
    erasure="delete",
    time_column="day",
)

disclosure_records = Table(
    "disclosure_records",
    Base.metadata,
    Column("id", String(32), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("recipient", String(RECIPIENT_MAX), nullable=False),
    Column("legal_reference", String(REFERENCE_MAX), nullable=False),
    Column("reason", String(REASON_MAX), nullable=True),
    Column("categories", JSON, nullable=False),
    Column("subject_key", String(40), nullable=True, index=True),  # pseudonymous
    Column("entered_by", String(64), nullable=False),
    Column("notes", Text, nullable=True),
)

DISCLOSURE_RECORDS = inventory.register(
    disclosure_records,
    description="Disclosures entered by a privacy officer, typically to an auditor, regulator, "
                "court or law enforcement: when, to whom, under which legal reference and for "
                "what reason, which data categories, and the pseudonymous key of the person "
                "concerned when there is one.",
    categories=("system.operations", "user.unique_id.pseudonymous"),
    purposes=("service_delivery",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("api_end_user", "data_subject"),
    erasure="none",
    time_column="at",
)


def to_day(row: dict[str, Any]) -> dict[str, Any]:
    """Writer transform: the stage's float epoch `ts` becomes `day`, midnight UTC."""
    moment = datetime.fromtimestamp(row["ts"], UTC)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return {"day": day, "recipient": row["recipient"], "route_id": row["route_id"],
            "category": row["category"], "count": row["count"]}
