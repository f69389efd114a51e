"""Admin plane: audit_events, admin_sessions, operator_login_failures.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=True),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=True),
        sa.Column("action", sa.String(128), nullable=False),
        sa.Column("target", sa.String(256), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(64), nullable=True),
        sa.Column("request_id", sa.String(64), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
    )
    op.create_index(op.f("ix_audit_events_ts"), "audit_events", ["ts"])
    op.create_index(op.f("ix_audit_events_actor"), "audit_events", ["actor"])
    op.create_index(op.f("ix_audit_events_subject_key"), "audit_events", ["subject_key"])
    op.create_index(op.f("ix_audit_events_action"), "audit_events", ["action"])

    op.create_table(
        "admin_sessions",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("account_id", sa.String(32), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("totp_step", sa.BigInteger(), nullable=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name=op.f("fk_admin_sessions_account_id_accounts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_admin_sessions_token_hash")),
    )
    op.create_index(op.f("ix_admin_sessions_account_id"), "admin_sessions", ["account_id"])
    op.create_index(op.f("ix_admin_sessions_subject_key"), "admin_sessions", ["subject_key"])
    op.create_index(op.f("ix_admin_sessions_created"), "admin_sessions", ["created"])

    op.create_table(
        "operator_login_failures",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=True),
        sa.Column("account_id", sa.String(32), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name=op.f("fk_operator_login_failures_account_id_accounts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operator_login_failures")),
    )
    op.create_index(op.f("ix_operator_login_failures_account_id"), "operator_login_failures",
                    ["account_id"])
    op.create_index(op.f("ix_operator_login_failures_subject_key"), "operator_login_failures",
                    ["subject_key"])


def downgrade() -> None:
    op.drop_index(op.f("ix_operator_login_failures_subject_key"),
                  table_name="operator_login_failures")
    op.drop_index(op.f("ix_operator_login_failures_account_id"),
                  table_name="operator_login_failures")
    op.drop_table("operator_login_failures")
    op.drop_index(op.f("ix_admin_sessions_created"), table_name="admin_sessions")
    op.drop_index(op.f("ix_admin_sessions_subject_key"), table_name="admin_sessions")
    op.drop_index(op.f("ix_admin_sessions_account_id"), table_name="admin_sessions")
    op.drop_table("admin_sessions")
    op.drop_index(op.f("ix_audit_events_action"), table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_subject_key"), table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_actor"), table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_ts"), table_name="audit_events")
    op.drop_table("audit_events")
