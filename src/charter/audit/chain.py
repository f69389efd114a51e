"""The hash chain: how one audit record is encoded and hashed, and how it links to the last.

Every record's `hash` is SHA-256 over `PREFIX` followed by the canonical encoding of the
record: a JSON object holding `HASHED_FIELDS` (the sealed display fields as stored, that is
the ciphertexts, never the plain text) and `prev_hash`, the hash of the record before it
(`GENESIS` for the first). Canonical JSON here means: keys sorted, no whitespace (`,` and
`:` as separators), every non-ASCII character escaped as `\\uXXXX`, no NaN or infinities;
`ts` as `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC; integers as integers, other numbers in their
shortest round-trip form. That is exactly
`json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
allow_nan=False)` in Python, which is what a third party needs to recompute a hash.

The encoding is part of the log's format: changing it breaks every existing chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

PREFIX = b"charter-audit-v1\n"
GENESIS = "0" * 64
HASHED_FIELDS = (
    "seq", "ts", "actor", "subject_key", "action", "target", "outcome", "reason",
    "request_id", "details", "actor_display_sealed", "target_display_sealed",
)
ENCODING = {
    "hash": "lowercase hex SHA-256 of the bytes 'charter-audit-v1\\n' followed by the "
            "canonical JSON of the record",
    "record": [*HASHED_FIELDS, "prev_hash"],
    "canonical_json": "keys sorted, separators ',' and ':' without spaces, non-ASCII "
                      "characters escaped as \\uXXXX, no NaN or Infinity; as Python's "
                      "json.dumps(record, sort_keys=True, separators=(',', ':'), "
                      "ensure_ascii=True, allow_nan=False)",
    "ts": "UTC, 'YYYY-MM-DDTHH:MM:SS.ffffffZ'",
    "first_prev_hash": GENESIS,
    "link": "each record's prev_hash is the hash of the record with the previous seq; seq "
            "has no gaps",
}


def canonical(value: Mapping[str, Any]) -> bytes:
    """The canonical JSON encoding of `value` (see the module docstring)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False).encode("ascii")


def timestamp(ts: datetime) -> str:
    """`ts` as hashed: UTC with microseconds. A naive time is taken to be UTC already
    (SQLite hands back what was written in UTC without its zone)."""
    naive = ts if ts.tzinfo is None else ts.astimezone(UTC).replace(tzinfo=None)
    return naive.isoformat(sep="T", timespec="microseconds") + "Z"


def record_of(row: Mapping[Any, Any], prev_hash: str) -> dict[str, Any]:
    """The hashed record for a stored (or about to be stored) row of `audit_events`."""
    record = {name: row.get(name) for name in HASHED_FIELDS}
    record["seq"] = int(row["seq"])
    record["ts"] = timestamp(row["ts"])
    record["details"] = dict(row["details"]) if row.get("details") else None
    record["prev_hash"] = prev_hash
    return record


def event_hash(row: Mapping[Any, Any], prev_hash: str) -> str:
    """The hash of `row` chained after a record whose hash is `prev_hash`."""
    return hashlib.sha256(PREFIX + canonical(record_of(row, prev_hash))).hexdigest()
