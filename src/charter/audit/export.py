"""Exporting part of the audit log so that someone without access to Charter can verify it.

The export is JSON lines. The first line (`"type": "header"`) describes the encoding of
records and checkpoints (`charter.audit.chain.ENCODING`, `CHECKPOINT_ENCODING`) and carries
the checkpoint public keys; then one line per record (`"type": "event"`), in seq order, with
every hashed field as stored — display fields as ciphertexts, never decrypted — and its
`prev_hash` and `hash`; then the signed checkpoints (`"type": "checkpoint"`) that fall within
the exported seqs, from the store and the second sink.

A time range selects records by their `ts`, and the export then holds every record between
the first and the last selected seq, so that the chain in it has no gap even where records of
several processes interleave in time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Engine, func, select

from charter.audit.chain import ENCODING, record_of, timestamp
from charter.audit.models import audit_events
from charter.audit.signing import MESSAGE_PREFIX, b64, key_id, public_bytes, public_keys
from charter.audit.sink import Checkpoint, SinkError, read_sink, stored_checkpoints
from charter.privacy.keyring import Keyring

FORMAT = "charter-audit-export/1"
CHECKPOINT_ENCODING = {
    "message": "the bytes " + json.dumps(MESSAGE_PREFIX.decode()) + " followed by the "
               "canonical JSON (as for records) of {seq, head_hash, ts, kid, key_id}",
    "signature": "Ed25519 over the message, base64url without padding",
    "public_key": "raw 32-byte Ed25519 public key, base64url without padding; key_id is the "
                  "first 16 hex digits of its SHA-256",
    "meaning": "the record with this seq has hash head_hash, and so do all records before it "
               "as they chain to it",
}


def export_log(engine: Engine, keyring: Keyring, sink_dir: Path | None, start: datetime,
               end: datetime, out: TextIO) -> int:
    """Write the records with `start <= ts < end` (and those between them) to `out`; returns
    how many records were written."""
    with engine.connect() as connection:
        events = audit_events.c
        bounds = connection.execute(
            select(func.min(events.seq), func.max(events.seq))
            .where(events.ts >= start.astimezone(UTC), events.ts < end.astimezone(UTC))).one()
        first: int | None = bounds[0]
        last: int | None = bounds[1]
        first_seq, last_seq = (int(first), int(last)) if first is not None \
            and last is not None else (0, -1)
        checkpoints = _checkpoints(stored_checkpoints(connection), sink_dir, first_seq,
                                   last_seq)
        keys = public_keys(keyring)
        header = {
            "type": "header", "format": FORMAT, "from": start.isoformat(),
            "to": end.isoformat(), "first_seq": first_seq if first is not None else None,
            "last_seq": last_seq if last is not None else None,
            "exported_at": timestamp(datetime.now(UTC)),
            "encoding": ENCODING, "checkpoint_encoding": CHECKPOINT_ENCODING,
            "public_keys": [{"algorithm": "Ed25519", "kid": kid, "key_id": key_id(key),
                             "public_key": b64(public_bytes(key))}
                            for kid, key in keys.items()],
        }
        _line(out, header)
        count = 0
        for row in _rows(connection, first_seq, last_seq):
            _line(out, {"type": "event", **record_of(row, row["prev_hash"]),
                        "hash": row["hash"]})
            count += 1
    for checkpoint in checkpoints:
        _line(out, {"type": "checkpoint", **checkpoint.as_json()})
    return count


def _rows(connection: Any, first: int, last: int) -> Iterator[Any]:
    after = first - 1
    while after < last:
        rows = connection.execute(
            select(audit_events).where(audit_events.c.seq > after, audit_events.c.seq <= last)
            .order_by(audit_events.c.seq).limit(2000)).mappings().all()
        if not rows:
            return
        yield from rows
        after = int(rows[-1]["seq"])


def _checkpoints(stored: list[Checkpoint], sink_dir: Path | None, first: int,
                 last: int) -> list[Checkpoint]:
    found = {(c.seq, c.statement.head_hash, c.signature): c for c in stored}
    if sink_dir is not None:
        for _, checkpoint in read_sink(sink_dir):
            if not isinstance(checkpoint, SinkError):
                found[(checkpoint.seq, checkpoint.statement.head_hash,
                       checkpoint.signature)] = checkpoint
    return [found[k] for k in sorted(found) if first <= k[0] <= last]


def _line(out: TextIO, value: dict[str, Any]) -> None:
    out.write(json.dumps(value, sort_keys=True, ensure_ascii=True) + "\n")
