"""Minimisation warnings: minimisation_warnings.

Revision ID: 0004_minimisation
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004_minimisation"
down_revision: str | None = "0003"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "minimisation_warnings",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=True),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("route_id", sa.String(64), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=True),
        sa.Column("path", sa.String(512), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minimisation_warnings")),
    )
    op.create_index(op.f("ix_minimisation_warnings_ts"), "minimisation_warnings", ["ts"])
    op.create_index(op.f("ix_minimisation_warnings_client_id"), "minimisation_warnings",
                    ["client_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_minimisation_warnings_client_id"),
                  table_name="minimisation_warnings")
    op.drop_index(op.f("ix_minimisation_warnings_ts"), table_name="minimisation_warnings")
    op.drop_table("minimisation_warnings")
