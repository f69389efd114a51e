"""Rights requests carried out by the scheduler: rights_requests.run_attempts, run_after,
claimed_by, claimed_until.

Revision ID: 0015_rights_lift
Revises: 0014_consent
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0015_rights_lift"
down_revision: str | None = "0014_consent"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    with op.batch_alter_table("rights_requests") as batch:
        batch.add_column(sa.Column("run_attempts", sa.SmallInteger(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("run_after", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("claimed_by", sa.String(128), nullable=True))
        batch.add_column(sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True))
    op.create_index(op.f("ix_rights_requests_run_after"), "rights_requests", ["run_after"])


def downgrade() -> None:
    op.drop_index(op.f("ix_rights_requests_run_after"), "rights_requests")
    with op.batch_alter_table("rights_requests") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
        batch.drop_column("run_after")
        batch.drop_column("run_attempts")
