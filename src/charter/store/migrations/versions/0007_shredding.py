"""Crypto-shredding: subject_keys, erasures.

Revision ID: 0007_shredding
Revises: 0006_access_log_findings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007_shredding"
down_revision: str | None = "0006_access_log_findings"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "subject_keys",
        sa.Column("subject_key", sa.String(40), primary_key=True),
        sa.Column("kid", sa.String(32), nullable=False),
        sa.Column("nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "erasures",
        sa.Column("subject_key", sa.String(40), primary_key=True),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reference", sa.String(64), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("erasures")
    op.drop_table("subject_keys")
