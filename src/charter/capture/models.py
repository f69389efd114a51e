"""The `captures` table (encrypted bodies) and `capture_keys` (one wrapped data key per day).

A capture row holds no body in the clear: `ciphertext` is AES-256-GCM under the key of its
`day`, with the row's id, request id and direction as associated data. Deleting a day's row
from `capture_keys` makes every capture of that day unreadable, wherever a copy of it is.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Table,
)

from charter.privacy import inventory
from charter.store.base import Base

ID_LENGTH = 28  # "cap_" + 24 hex characters
READERS_LENGTH = 256

captures = Table(
    "captures",
    Base.metadata,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("ts", DateTime(timezone=True), nullable=False, index=True),
    Column("day", Date, nullable=False, index=True),  # whose key encrypted it (UTC)
    Column("request_id", String(64), nullable=False, index=True),
    Column("route_id", String(64), nullable=False, index=True),
    Column("client_id", String(64), nullable=True),
    Column("subject_key", String(40), nullable=True, index=True),  # pseudonymous
    Column("direction", String(8), nullable=False),  # "request" or "response"
    Column("status", SmallInteger, nullable=True),  # of a response
    Column("content_type", String(128), nullable=False),
    Column("size", Integer, nullable=False),  # of the body before it was cut to max_bytes
    Column("truncated", Boolean, nullable=False),
    Column("nonce", LargeBinary(12), nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
    Column("retention", String(64), nullable=False),  # the class this row is kept for
    Column("approval_id", String(64), nullable=True),  # the approval it was captured under
    Column("readers", String(READERS_LENGTH), nullable=True),  # roles, comma-separated
)

capture_keys = Table(
    "capture_keys",
    Base.metadata,
    Column("day", Date, primary_key=True),  # one key per UTC day: the primary key agrees
    Column("kid", String(64), nullable=False),  # the master key the wrapping key came from
    Column("nonce", LargeBinary(12), nullable=False),
    Column("wrapped", LargeBinary(64), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
)

CAPTURES = inventory.register(
    captures,
    description="Request and response bodies of routes that enable short-term capture, for "
                "troubleshooting: after the privacy guard's redaction, cut to the route's "
                "limit, encrypted under a key for the day that purging destroys. With them "
                "the time, route, request id, client, pseudonymous subject key, direction, "
                "status, content type and size.",
    categories=(
        "system.operations",
        "user.content",
        "user.unique_id.pseudonymous",
    ),
    purposes=("operations",),
    legal_basis="legitimate_interests",
    retention="operational",
    subject_column="subject_key",
    subjects=("api_end_user",),
    erasure="delete",
    time_column="ts",
)

CAPTURE_KEYS = inventory.register(
    capture_keys,
    description="One random data key per UTC day for the captures of that day, stored "
                "encrypted under a key derived from the keyring. Destroyed when the day's "
                "captures may no longer be kept, which makes every copy of them unreadable.",
    categories=("system.operations",),
    purposes=("operations",),
    legal_basis="legitimate_interests",
    retention="operational",
    subject_column=None,
    erasure="delete",
    time_column="day",
)
