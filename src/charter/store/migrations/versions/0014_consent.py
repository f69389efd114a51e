"""Consent records and minors: consents, minors.

Revision ID: 0014_consent
Revises: 0013_policy
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0014_consent"
down_revision: str | None = "0013_policy"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("purpose", sa.String(64), nullable=False),
        sa.Column("policy_version", sa.String(64), nullable=True),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawal_source", sa.String(32), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index(op.f("ix_consents_subject_key"), "consents", ["subject_key"])
    op.create_index(op.f("ix_consents_changed_at"), "consents", ["changed_at"])

    op.create_table(
        "minors",
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("marked_by", sa.String(64), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("guardian_authorization", sa.String(128), nullable=True),
        sa.Column("authorized_by", sa.String(64), nullable=True),
        sa.Column("authorized_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("subject_key", name=op.f("pk_minors")),
    )
    op.create_index(op.f("ix_minors_changed_at"), "minors", ["changed_at"])


def downgrade() -> None:
    op.drop_table("minors")
    op.drop_table("consents")
