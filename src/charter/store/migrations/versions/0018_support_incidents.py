"""Support tickets and incidents: support_tickets, incidents, incident_notes.

Revision ID: 0018_support_incidents
Revises: 0017_governance_followups
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0018_support_incidents"
down_revision: str | None = "0017_governance_followups"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("severity", sa.String(8), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("personal_data", sa.Boolean(), nullable=False),
        sa.Column("data_categories", sa.JSON(), nullable=False),
        sa.Column("people_affected", sa.Integer(), nullable=True),
        sa.Column("sealed_by", sa.String(40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("authority_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("authority_notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("authority_reference", sa.String(200), nullable=True),
        sa.Column("subjects_notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_by", sa.String(64), nullable=False),
        sa.Column("contained_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(_one_of("severity", ("low", "medium", "high", "critical")),
                           name=op.f("ck_incidents_severity")),
        sa.CheckConstraint(_one_of("status", ("open", "contained", "resolved")),
                           name=op.f("ck_incidents_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index(op.f("ix_incidents_status"), "incidents", ["status"])
    op.create_index(op.f("ix_incidents_opened_at"), "incidents", ["opened_at"])
    op.create_index(op.f("ix_incidents_resolved_at"), "incidents", ["resolved_at"])

    op.create_table(
        "incident_notes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  autoincrement=True, nullable=False),
        sa.Column("incident_id", sa.String(24), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.CheckConstraint(_one_of("kind", (
            "opened", "note", "status", "changed", "authority_notified", "subjects_notified",
            "ticket_linked")), name=op.f("ck_incident_notes_kind")),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE",
                                name=op.f("fk_incident_notes_incident_id_incidents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_notes")),
    )
    op.create_index(op.f("ix_incident_notes_incident_id"), "incident_notes", ["incident_id"])

    op.create_table(
        "support_tickets",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("requester", sa.String(8), nullable=False),
        sa.Column("subject_key", sa.String(40), nullable=True),
        sa.Column("client_id", sa.String(32), nullable=True),
        sa.Column("sealed_by", sa.String(40), nullable=False),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("provided_by", sa.String(16), nullable=False),
        sa.Column("special_categories", sa.JSON(), nullable=False),
        sa.Column("redactions", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.String(24), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_by", sa.String(64), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(64), nullable=True),
        sa.CheckConstraint(_one_of("status", ("open", "closed")),
                           name=op.f("ck_support_tickets_status")),
        sa.CheckConstraint(_one_of("requester", ("person", "client")),
                           name=op.f("ck_support_tickets_requester")),
        sa.CheckConstraint(_one_of("provided_by", ("requester", "operator")),
                           name=op.f("ck_support_tickets_provided_by")),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="SET NULL",
                                name=op.f("fk_support_tickets_incident_id_incidents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_tickets")),
    )
    op.create_index(op.f("ix_support_tickets_status"), "support_tickets", ["status"])
    op.create_index(op.f("ix_support_tickets_subject_key"), "support_tickets",
                    ["subject_key"])
    op.create_index(op.f("ix_support_tickets_client_id"), "support_tickets", ["client_id"])
    op.create_index(op.f("ix_support_tickets_incident_id"), "support_tickets",
                    ["incident_id"])
    op.create_index(op.f("ix_support_tickets_closed_at"), "support_tickets", ["closed_at"])


def downgrade() -> None:
    op.drop_table("support_tickets")
    op.drop_table("incident_notes")
    op.drop_table("incidents")
