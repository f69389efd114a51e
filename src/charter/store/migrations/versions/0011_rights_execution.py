"""Executing rights requests: subject_flags, rights_deliveries, rights_bundles.

Revision ID: 0011_rights_execution
Revises: 0010_rights
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011_rights_execution"
down_revision: str | None = "0010_rights"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "subject_flags",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("flag", sa.String(16), nullable=False),
        sa.Column("purposes", sa.JSON(), nullable=True),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lifted_by", sa.String(64), nullable=True),
        sa.CheckConstraint("flag IN ('restricted', 'objected')",
                           name=op.f("ck_subject_flags_flag")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_flags")),
    )
    op.create_index(op.f("ix_subject_flags_subject_key"), "subject_flags", ["subject_key"])
    op.create_index(op.f("ix_subject_flags_lifted_at"), "subject_flags", ["lifted_at"])

    op.create_table(
        "rights_deliveries",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("upstream", sa.String(64), nullable=False),
        sa.Column("attempt", sa.SmallInteger(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("http_status", sa.SmallInteger(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_deliveries")),
    )
    op.create_index(op.f("ix_rights_deliveries_request_id"), "rights_deliveries",
                    ["request_id"])

    op.create_table(
        "rights_bundles",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kid", sa.String(32), nullable=False),
        sa.Column("key_nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(64), nullable=False),
        sa.Column("nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('access', 'export')", name=op.f("ck_rights_bundles_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_bundles")),
    )
    op.create_index(op.f("ix_rights_bundles_request_id"), "rights_bundles", ["request_id"])
    op.create_index(op.f("ix_rights_bundles_subject_key"), "rights_bundles", ["subject_key"])
    op.create_index(op.f("ix_rights_bundles_expires_at"), "rights_bundles", ["expires_at"])


def downgrade() -> None:
    op.drop_table("rights_bundles")
    op.drop_table("rights_deliveries")
    op.drop_table("subject_flags")
