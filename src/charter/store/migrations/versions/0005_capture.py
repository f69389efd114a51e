"""Short-term payload capture: captures, capture_keys.

Revision ID: 0005_capture
Revises: 0004_minimisation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005_capture"
down_revision: str | None = "0004_minimisation"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "captures",
        sa.Column("id", sa.String(28), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("route_id", sa.String(64), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=True),
        sa.Column("subject_key", sa.String(40), nullable=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("status", sa.SmallInteger(), nullable=True),
        sa.Column("content_type", sa.String(128), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("truncated", sa.Boolean(), nullable=False),
        sa.Column("nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("retention", sa.String(64), nullable=False),
        sa.Column("approval_id", sa.String(64), nullable=True),
        sa.Column("readers", sa.String(256), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_captures")),
    )
    op.create_index(op.f("ix_captures_ts"), "captures", ["ts"])
    op.create_index(op.f("ix_captures_day"), "captures", ["day"])
    op.create_index(op.f("ix_captures_request_id"), "captures", ["request_id"])
    op.create_index(op.f("ix_captures_route_id"), "captures", ["route_id"])
    op.create_index(op.f("ix_captures_subject_key"), "captures", ["subject_key"])

    op.create_table(
        "capture_keys",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kid", sa.String(64), nullable=False),
        sa.Column("nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(64), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_capture_keys")),
    )


def downgrade() -> None:
    op.drop_table("capture_keys")
    op.drop_index(op.f("ix_captures_subject_key"), table_name="captures")
    op.drop_index(op.f("ix_captures_route_id"), table_name="captures")
    op.drop_index(op.f("ix_captures_request_id"), table_name="captures")
    op.drop_index(op.f("ix_captures_day"), table_name="captures")
    op.drop_index(op.f("ix_captures_ts"), table_name="captures")
    op.drop_table("captures")
