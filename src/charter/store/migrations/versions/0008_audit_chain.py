"""The audit hash chain: prev_hash, hash and sealed display fields on audit_events;
audit_head; audit_checkpoints. Existing records are chained in seq order.

Revision ID: 0008_audit_chain
Revises: 0007_shredding
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from charter.audit.chain import GENESIS, event_hash

revision: str = "0008_audit_chain"
down_revision: str | None = "0007_shredding"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

_CHUNK = 1000

# The columns as this revision knows them (the hash covers all but prev_hash and hash).
_events = sa.table(
    "audit_events",
    sa.column("seq", sa.BigInteger()),
    sa.column("ts", sa.DateTime(timezone=True)),
    sa.column("actor", sa.String()),
    sa.column("subject_key", sa.String()),
    sa.column("action", sa.String()),
    sa.column("target", sa.String()),
    sa.column("outcome", sa.String()),
    sa.column("reason", sa.String()),
    sa.column("request_id", sa.String()),
    sa.column("details", sa.JSON()),
    sa.column("actor_display_sealed", sa.Text()),
    sa.column("target_display_sealed", sa.Text()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("actor_display_sealed", sa.Text(), nullable=True))
        batch.add_column(sa.Column("target_display_sealed", sa.Text(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=True))
    last_seq, last_hash = _chain_existing(op.get_bind())
    with op.batch_alter_table("audit_events") as batch:
        batch.alter_column("prev_hash", existing_type=sa.String(64), nullable=False)
        batch.alter_column("hash", existing_type=sa.String(64), nullable=False)

    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("legacy_seq", sa.BigInteger(), nullable=False),
        sa.Column("base_seq", sa.BigInteger(), nullable=False),
        sa.Column("base_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    assert head is not None
    op.bulk_insert(head, [{"id": 1, "seq": last_seq, "hash": last_hash,
                           "legacy_seq": last_seq, "base_seq": 0, "base_hash": GENESIS}])

    op.create_table(
        "audit_checkpoints",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kid", sa.String(32), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_checkpoints")),
    )


def _chain_existing(connection: sa.Connection) -> tuple[int, str]:
    """Hash the records written before the chain existed, oldest first; the last seq and
    hash (0 and the genesis hash for an empty log)."""
    seq, prev = 0, GENESIS
    update = (sa.update(_events).where(_events.c.seq == sa.bindparam("b_seq"))
              .values(prev_hash=sa.bindparam("b_prev"), hash=sa.bindparam("b_hash")))
    while True:
        rows = connection.execute(
            sa.select(_events).where(_events.c.seq > seq).order_by(_events.c.seq)
            .limit(_CHUNK)).mappings().all()
        if not rows:
            return seq, prev
        changes = []
        for row in rows:
            digest = event_hash(row, prev)
            changes.append({"b_seq": row["seq"], "b_prev": prev, "b_hash": digest})
            seq, prev = int(row["seq"]), digest
        connection.execute(update, changes)


def downgrade() -> None:
    op.drop_table("audit_checkpoints")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("target_display_sealed")
        batch.drop_column("actor_display_sealed")
