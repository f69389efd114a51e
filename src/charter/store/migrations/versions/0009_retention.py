"""Retention: legal_holds, job_leases.

Revision ID: 0009_retention
Revises: 0008_audit_chain
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009_retention"
down_revision: str | None = "0008_audit_chain"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "legal_holds",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("subject_key", sa.String(64), nullable=True),
        sa.Column("table_name", sa.String(64), nullable=True),
        sa.Column("range_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("range_end", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("released_by", sa.String(64), nullable=True),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_legal_holds_subject_key", "legal_holds", ["subject_key"])
    op.create_index("ix_legal_holds_released_at", "legal_holds", ["released_at"])
    op.create_table(
        "job_leases",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("holder", sa.String(128), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("job_leases")
    op.drop_index("ix_legal_holds_released_at", table_name="legal_holds")
    op.drop_index("ix_legal_holds_subject_key", table_name="legal_holds")
    op.drop_table("legal_holds")
