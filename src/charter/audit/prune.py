"""Removing audit records past their retention period without breaking verification (RET-3).

The audit log is kept for the long `security` class: years, not forever. Records are removed
from the start of the chain only, and only up to a signed checkpoint: the newest checkpoint
signed before the cut-off becomes the chain's base (`audit_head.base_seq`, `base_hash`), the
records up to it and the older checkpoints are deleted, and the first record kept still
chains to the base. `charter audit verify` then checks that a valid checkpoint — in the store
and in the second sink — vouches for the base, so removing records is as evident as any other
change: only a prefix that a signature covers can go.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, delete, select, update

from charter.audit.append import HEAD_ID
from charter.audit.models import audit_checkpoints, audit_events, audit_head
from charter.store.engine import write_transaction

BATCH = 5000


def prune_audit(engine: Engine, cutoff: datetime) -> dict[str, int]:
    """Remove the records covered by the newest checkpoint signed before `cutoff`.

    Returns counts: `events` and `checkpoints` removed, `base_seq` (where the chain now
    starts from). Deletes in batches, each its own short transaction, so appends wait at most
    one batch; the base moves first, so a run cut short leaves a log that still verifies.
    """
    cutoff = cutoff.astimezone(UTC)
    counts = {"events": 0, "checkpoints": 0, "base_seq": 0}
    with write_transaction(engine, lock="audit-prune") as connection:
        head = connection.execute(select(audit_head).where(audit_head.c.id == HEAD_ID)
                                  .with_for_update()).first()
        if head is None:
            return counts
        counts["base_seq"] = base = int(head.base_seq)
        anchor = connection.execute(
            select(audit_checkpoints.c.seq, audit_checkpoints.c.head_hash)
            .where(audit_checkpoints.c.ts < cutoff)
            .order_by(audit_checkpoints.c.seq.desc()).limit(1)).first()
        if anchor is None or int(anchor.seq) <= base:
            return counts
        base = int(anchor.seq)
        connection.execute(update(audit_head).where(audit_head.c.id == HEAD_ID)
                           .values(base_seq=base, base_hash=anchor.head_hash))
        counts["base_seq"] = base
    while True:
        with write_transaction(engine) as connection:
            low = connection.execute(select(audit_events.c.seq).where(audit_events.c.seq <= base)
                                     .order_by(audit_events.c.seq).offset(BATCH - 1)
                                     .limit(1)).scalar()
            upper = base if low is None else int(low)
            removed = connection.execute(delete(audit_events)
                                         .where(audit_events.c.seq <= upper)).rowcount
            counts["events"] += int(removed or 0)
        if upper == base:
            break
    with write_transaction(engine) as connection:
        counts["checkpoints"] = int(connection.execute(
            delete(audit_checkpoints).where(audit_checkpoints.c.seq < base)).rowcount or 0)
    return counts
