"""Initial tables: access_log and config_snapshots.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "access_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=True),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("route_id", sa.String(64), nullable=True),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("path", sa.String(2048), nullable=False),
        sa.Column("status", sa.SmallInteger(), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("bytes_in", sa.BigInteger(), nullable=False),
        sa.Column("bytes_out", sa.BigInteger(), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=True),
        sa.Column("subject_key", sa.String(40), nullable=True),
        sa.Column("client_ip", sa.String(45), nullable=False),
        sa.Column("user_agent", sa.String(256), nullable=False),
        sa.Column("error", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    op.create_index(op.f("ix_access_log_ts"), "access_log", ["ts"])
    op.create_index(op.f("ix_access_log_subject_key"), "access_log", ["subject_key"])

    op.create_table(
        "config_snapshots",
        sa.Column("version", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.String(512), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("applied_by", sa.String(128), nullable=True),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_config_snapshots")),
    )


def downgrade() -> None:
    op.drop_table("config_snapshots")
    op.drop_index(op.f("ix_access_log_subject_key"), table_name="access_log")
    op.drop_index(op.f("ix_access_log_ts"), table_name="access_log")
    op.drop_table("access_log")
