"""Recipients told of a lifted restriction: recipient_notices, rights_deliveries.notice_id.

Revision ID: 0016_rights_followups
Revises: 0015_rights_lift
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0016_rights_followups"
down_revision: str | None = "0015_rights_lift"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "recipient_notices",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("upstream", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("status", sa.String(32), nullable=True),
        sa.Column("rounds", sa.SmallInteger(), nullable=False),
        sa.Column("next_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("state IN ('pending', 'done', 'abandoned')",
                           name=op.f("ck_recipient_notices_state")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_notices")),
    )
    op.create_index(op.f("ix_recipient_notices_request_id"), "recipient_notices",
                    ["request_id"])
    op.create_index(op.f("ix_recipient_notices_next_at"), "recipient_notices", ["next_at"])
    with op.batch_alter_table("rights_deliveries") as batch:
        batch.add_column(sa.Column("notice_id", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rights_deliveries") as batch:
        batch.drop_column("notice_id")
    op.drop_index(op.f("ix_recipient_notices_next_at"), "recipient_notices")
    op.drop_index(op.f("ix_recipient_notices_request_id"), "recipient_notices")
    op.drop_table("recipient_notices")
