"""Minors known by their account: accounts.gateway_subject_key; minors.account_id,
unmarked_at, unmarked_by.

Revision ID: 0017_governance_followups
Revises: 0016_rights_followups
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0017_governance_followups"
down_revision: str | None = "0016_rights_followups"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("gateway_subject_key", sa.String(40), nullable=True))
    op.create_index(op.f("ix_accounts_gateway_subject_key"), "accounts",
                    ["gateway_subject_key"])
    with op.batch_alter_table("minors") as batch:
        batch.add_column(sa.Column("account_id", sa.String(32), nullable=True))
        batch.add_column(sa.Column("unmarked_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("unmarked_by", sa.String(64), nullable=True))
    op.create_index(op.f("ix_minors_account_id"), "minors", ["account_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_minors_account_id"), "minors")
    with op.batch_alter_table("minors") as batch:
        batch.drop_column("unmarked_by")
        batch.drop_column("unmarked_at")
        batch.drop_column("account_id")
    op.drop_index(op.f("ix_accounts_gateway_subject_key"), "accounts")
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("gateway_subject_key")
