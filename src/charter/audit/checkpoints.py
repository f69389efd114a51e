"""Signed checkpoints over the chain's head, in the store and in the second sink.

`run_checkpoint` is what the scheduler calls, as often as it likes: it signs a checkpoint
when one is due — `checkpoint_every` new records, or `checkpoint_interval` seconds since the
last checkpoint while there are new records — and never more often. Before signing, it checks
the records added since the last checkpoint (the chain links up and the hashes match), so a
checkpoint never vouches for a log that was already broken. The checkpoint is committed to
`audit_checkpoints` first and then written to the second sink; a checkpoint that did not reach
the sink (a crash in between) is written there by the next run.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from charter.audit.append import HEAD_ID
from charter.audit.chain import GENESIS, timestamp
from charter.audit.models import audit_checkpoints, audit_head
from charter.audit.signing import b64, private_key, public_bytes, sign
from charter.audit.sink import Checkpoint, sink_seqs, stored_checkpoints, write_file
from charter.audit.verify import walk
from charter.config.models import AuditSettings
from charter.privacy.keyring import Keyring
from charter.settings import Settings

log = logging.getLogger("charter.audit")

SINK_NAME = "audit-checkpoints"


def sink_directory(settings: Settings, audit: AuditSettings) -> Path:
    """The second sink: `audit.checkpoint_dir` (relative to the configuration file's
    directory), or `<var>/audit-checkpoints`."""
    if audit.checkpoint_dir is None:
        return settings.var_dir / SINK_NAME
    path = Path(audit.checkpoint_dir).expanduser()
    if path.is_absolute():
        return path
    base = settings.config_path.parent if settings.config_path is not None else Path.cwd()
    return base / path


def run_checkpoint(engine: Engine, keyring: Keyring, sink_dir: Path, settings: AuditSettings,
                   *, now: datetime | None = None) -> dict[str, int]:
    """Sign and store a checkpoint if one is due (see the module docstring).

    Returns counts: `written` (0 or 1 checkpoints signed now), `events` (records the new
    checkpoint covers that the last did not), `repaired` (checkpoints copied to the sink
    that were missing there), `refused` (1 when the records since the last checkpoint do
    not verify: nothing is signed, and `charter audit verify` says why), `seq` (the head).
    """
    now = now or datetime.now(UTC)
    counts = {"written": 0, "events": 0, "repaired": 0, "refused": 0, "seq": 0}
    counts["repaired"] = _repair_sink(engine, keyring, sink_dir)
    with engine.connect() as connection:
        head = connection.execute(select(audit_head).where(audit_head.c.id == HEAD_ID)).first()
        last = connection.execute(select(audit_checkpoints)
                                  .order_by(audit_checkpoints.c.seq.desc()).limit(1)).first()
        if head is None:
            return counts
        seq, head_hash = int(head.seq), str(head.hash)
        counts["seq"] = seq
        last_seq = int(last.seq) if last is not None else 0
        new = seq - last_seq
        if new <= 0:
            return counts
        if last is not None and new < settings.checkpoint_every:
            since = now - _aware(last.ts)
            if since.total_seconds() < settings.checkpoint_interval:
                return counts
        if not _sound(connection, last_seq, str(last.head_hash) if last else GENESIS, seq,
                      head_hash, int(head.legacy_seq)):
            log.error("audit checkpoint refused: the records after seq %d do not verify; "
                      "run `charter audit verify`", last_seq)
            counts["refused"] = 1
            return counts
    statement, signature = sign(keyring, seq, head_hash, timestamp(now))
    checkpoint = Checkpoint(statement, signature)
    try:
        with engine.begin() as connection:
            connection.execute(insert(audit_checkpoints), [checkpoint.row(now)])
    except IntegrityError:
        return counts  # another node signed this head meanwhile; its run writes the file
    write_file(sink_dir, checkpoint, _public_key(keyring, statement.kid))
    counts["written"], counts["events"] = 1, new
    return counts


def _sound(connection: Connection, after: int, prev_hash: str, head_seq: int, head_hash: str,
           legacy_seq: int) -> bool:
    """The records in (after, head_seq] chain from `prev_hash` without gaps and end at
    `head_hash`."""
    last_hash = prev_hash
    for link in walk(connection, after=after, prev_hash=prev_hash, legacy_seq=legacy_seq):
        if link.seq > head_seq:
            break
        if link.problem is not None or link.gap_from is not None:
            return False
        last_hash = link.hash
    return last_hash == head_hash


def _repair_sink(engine: Engine, keyring: Keyring, sink_dir: Path) -> int:
    """Copy to the sink the store's checkpoints newer than its newest file."""
    present = sink_seqs(sink_dir)
    with engine.connect() as connection:
        missing = stored_checkpoints(connection, after=present[-1] if present else 0)
    for checkpoint in missing:
        write_file(sink_dir, checkpoint, _public_key(keyring, checkpoint.statement.kid))
    return len(missing)


def _public_key(keyring: Keyring, kid: str) -> str | None:
    try:
        return b64(public_bytes(private_key(keyring, kid).public_key()))
    except KeyError:  # a retired or unknown master key
        return None


def _aware(ts: datetime) -> datetime:
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts
