"""The `minimisation_warnings` table: personal data clients send where the API asks for none.

The `validate` stage adds one row per request, field and kind (clause CLIENT-2): when, which
route, which client, the field's path with array indices written `[*]`, the kind of data the
scanner found there and how many times. Never the data itself: the table has no column for a
value. Operators read it summed per client, route, field and kind
(`GET /admin/privacy/minimisation`), to tell a client what it sends without need.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Engine,
    Integer,
    String,
    Table,
    func,
    select,
)

from charter.privacy import inventory
from charter.store.base import Base

TABLE: Final = "minimisation_warnings"
MAX_PATH: Final = 512

minimisation_warnings = Table(
    TABLE,
    Base.metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("ts", DateTime(timezone=True), nullable=False, index=True),
    Column("route_id", String(64), nullable=False),
    Column("client_id", String(64), nullable=True, index=True),  # null: an anonymous caller
    Column("path", String(MAX_PATH), nullable=False),  # `$.contact.note`, `$.items[*].comment`
    Column("kind", String(32), nullable=False),  # a scanner kind: `email`, `health`...
    Column("count", Integer, nullable=False),
)

MINIMISATION_WARNINGS = inventory.register(
    minimisation_warnings,
    description="Personal data found in request fields the route's schema does not declare "
                "for it: time, route, client id, field path, kind of data and a count. Never "
                "the values.",
    categories=("system.operations",),
    purposes=("operations",),
    legal_basis="legitimate_interests",
    retention="operational",
    subject_column="client_id",
    subjects=("api_client",),
    erasure="delete",
    time_column="ts",
)


@dataclass(frozen=True)
class WarningSummary:
    """The warnings for one client, route, field and kind, summed over a time window."""

    client_id: str | None
    route_id: str
    path: str
    kind: str
    count: int
    first_seen: datetime
    last_seen: datetime


def summarise(engine: Engine, *, since: datetime, until: datetime | None = None,
              client_id: str | None = None, route_id: str | None = None,
              kind: str | None = None, limit: int = 100) -> list[WarningSummary]:
    """Warnings recorded at or after `since` (and before `until`), summed per client, route,
    path and kind, the most frequent first."""
    table = minimisation_warnings
    total = func.sum(table.c.count).label("total")
    query = (select(table.c.client_id, table.c.route_id, table.c.path, table.c.kind, total,
                    func.min(table.c.ts), func.max(table.c.ts))
             .where(table.c.ts >= since)
             .group_by(table.c.client_id, table.c.route_id, table.c.path, table.c.kind)
             .order_by(total.desc(), table.c.client_id, table.c.route_id, table.c.path,
                       table.c.kind)
             .limit(limit))
    if until is not None:
        query = query.where(table.c.ts < until)
    if client_id is not None:
        query = query.where(table.c.client_id == client_id)
    if route_id is not None:
        query = query.where(table.c.route_id == route_id)
    if kind is not None:
        query = query.where(table.c.kind == kind)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [WarningSummary(client_id=row[0], route_id=row[1], path=row[2], kind=row[3],
                           count=int(row[4]), first_seen=_aware(row[5]),
                           last_seen=_aware(row[6]))
            for row in rows]


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes for what was stored as UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
