"""Policy publishing: policy_versions, policy_subscribers, policy_notifications.

Revision ID: 0013_policy
Revises: 0012_governance
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013_policy"
down_revision: str | None = "0012_governance"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "policy_versions",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approver", sa.String(200), nullable=True),
        sa.Column("material", sa.Boolean(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("markdown", sa.Text(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_policy_versions")),
    )
    op.create_table(
        "policy_subscribers",
        sa.Column("client_id", sa.String(32), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("kid", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_policy_subscribers")),
    )
    op.create_table(
        "policy_notifications",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(32), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_http_status", sa.SmallInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_notifications")),
    )
    op.create_index(op.f("ix_policy_notifications_version"), "policy_notifications",
                    ["version"])
    op.create_index(op.f("ix_policy_notifications_status"), "policy_notifications",
                    ["status"])


def downgrade() -> None:
    op.drop_index(op.f("ix_policy_notifications_status"), table_name="policy_notifications")
    op.drop_index(op.f("ix_policy_notifications_version"), table_name="policy_notifications")
    op.drop_table("policy_notifications")
    op.drop_table("policy_subscribers")
    op.drop_table("policy_versions")
