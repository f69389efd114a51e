"""Rights requests: rights_requests, rights_events, rights_codes.

Revision ID: 0010_rights
Revises: 0009_retention
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010_rights"
down_revision: str | None = "0009_retention"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

_STATES = ("received", "verifying", "verified", "in_progress", "extended", "completed",
           "denied")


def upgrade() -> None:
    op.create_table(
        "rights_requests",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("type", sa.String(24), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("jurisdiction", sa.String(32), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("subject_keys", sa.JSON(), nullable=False),
        sa.Column("sealed_by", sa.String(40), nullable=False),
        sa.Column("identifiers", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("attestation", sa.Text(), nullable=True),
        sa.Column("verification", sa.String(16), nullable=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("filed_by", sa.String(64), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("extended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("alerted", sa.String(16), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("state IN (" + ", ".join(repr(s) for s in _STATES) + ")",
                           name=op.f("ck_rights_requests_state")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_requests")),
    )
    for column in ("state", "subject_key", "received_at", "due_at"):
        op.create_index(op.f(f"ix_rights_requests_{column}"), "rights_requests", [column])
    op.create_table(
        "rights_events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(32), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("from_state", sa.String(16), nullable=True),
        sa.Column("to_state", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["rights_requests.id"],
                                name=op.f("fk_rights_events_request_id_rights_requests")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_rights_events")),
    )
    op.create_index(op.f("ix_rights_events_request_id"), "rights_events", ["request_id"])
    op.create_index(op.f("ix_rights_events_subject_key"), "rights_events", ["subject_key"])
    op.create_table(
        "rights_codes",
        sa.Column("request_id", sa.String(32), nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("kid", sa.String(32), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["rights_requests.id"],
                                name=op.f("fk_rights_codes_request_id_rights_requests")),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_rights_codes")),
    )


def downgrade() -> None:
    op.drop_table("rights_codes")
    op.drop_index(op.f("ix_rights_events_subject_key"), table_name="rights_events")
    op.drop_index(op.f("ix_rights_events_request_id"), table_name="rights_events")
    op.drop_table("rights_events")
    for column in ("due_at", "received_at", "subject_key", "state"):
        op.drop_index(op.f(f"ix_rights_requests_{column}"), table_name="rights_requests")
    op.drop_table("rights_requests")
