"""access_log.findings: counts of sensitive data found in the exchange, by kind.

Revision ID: 0006_access_log_findings
Revises: 0005_capture
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006_access_log_findings"
down_revision: str | None = "0005_capture"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    with op.batch_alter_table("access_log") as batch:
        batch.add_column(sa.Column("findings", sa.String(256), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("access_log") as batch:
        batch.drop_column("findings")
