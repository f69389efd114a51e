"""Governance: disclosure_counts, disclosure_records.

Revision ID: 0012_governance
Revises: 0011_rights_execution
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012_governance"
down_revision: str | None = "0011_rights_execution"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "disclosure_counts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  autoincrement=True, nullable=False),
        sa.Column("day", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipient", sa.String(64), nullable=False),
        sa.Column("route_id", sa.String(64), nullable=True),
        sa.Column("category", sa.String(128), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_counts")),
    )
    op.create_index(op.f("ix_disclosure_counts_day"), "disclosure_counts", ["day"])

    op.create_table(
        "disclosure_records",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipient", sa.String(64), nullable=False),
        sa.Column("legal_reference", sa.String(200), nullable=False),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=True),
        sa.Column("entered_by", sa.String(64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_records")),
    )
    op.create_index(op.f("ix_disclosure_records_at"), "disclosure_records", ["at"])
    op.create_index(op.f("ix_disclosure_records_subject_key"), "disclosure_records",
                    ["subject_key"])


def downgrade() -> None:
    op.drop_table("disclosure_records")
    op.drop_table("disclosure_counts")
