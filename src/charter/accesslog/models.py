"""The `access_log` table: one minimised row per request through the gateway.

Rows come from the data plane's `access_log` stage through a `store.writer.BatchingWriter`.
What is kept is decided there (clause DATA-4); this table has no column for a full IP address,
header values (other than a cut user agent) or bodies, so it cannot hold them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Float,
    Integer,
    SmallInteger,
    String,
    Table,
)

from charter.privacy import inventory
from charter.store.base import Base

access_log = Table(
    "access_log",
    Base.metadata,
    # SQLite only autoincrements an INTEGER PRIMARY KEY (the rowid), not a BIGINT one.
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("ts", DateTime(timezone=True), nullable=False, index=True),
    Column("request_id", String(64), nullable=False),
    Column("route_id", String(64), nullable=True),
    Column("method", String(16), nullable=False),
    Column("path", String(2048), nullable=False),  # query values already redacted
    Column("status", SmallInteger, nullable=False),
    Column("latency_ms", Float, nullable=False),
    Column("bytes_in", BigInteger, nullable=False),
    Column("bytes_out", BigInteger, nullable=False),
    Column("client_id", String(64), nullable=True),
    Column("subject_key", String(40), nullable=True, index=True),  # pseudonymous
    Column("client_ip", String(45), nullable=False),  # truncated to /24 or /48 before it gets here
    Column("user_agent", String(256), nullable=False),
    Column("error", String(64), nullable=True),  # a machine code, never a message
    # What the privacy guard found, as counts by kind ("email:2,health:1"); never values.
    Column("findings", String(256), nullable=True),
)

ACCESS_LOG = inventory.register(
    access_log,
    description="One record per API request: time, route, method, path with query values "
                "redacted, status, latency, sizes, client, pseudonymous subject key, truncated "
                "client IP and user agent, and counts of sensitive data found by kind. No bodies, "
                "credentials or other header values.",
    categories=(
        "system.operations",
        "user.device.ip_address",
        "user.device.device_id",
        "user.unique_id.pseudonymous",
    ),
    purposes=("operations", "security"),
    legal_basis="legitimate_interests",
    retention="operational",
    subject_column="subject_key",
    subjects=("api_end_user",),
    erasure="delete",
    time_column="ts",
)


def ts_to_datetime(row: dict[str, Any]) -> dict[str, Any]:
    """Writer transform: the stage's float epoch `ts` becomes an aware UTC datetime.

    Returns a new dict (the queued row is kept as it was, so a retried batch converts again);
    a `ts` that is already a datetime passes through.
    """
    ts = row["ts"]
    if isinstance(ts, datetime):
        return row
    return {**row, "ts": datetime.fromtimestamp(ts, tz=UTC)}
