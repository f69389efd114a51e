"""The `job_leases` table: which node runs which background job, until when.

One row per job name while a node holds it. A lease whose `expires_at` has passed may be
taken over by any node (see `charter.scheduler.lease`).
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, String, Table

from charter.privacy import inventory
from charter.store.base import Base

NAME_MAX = 64
HOLDER_MAX = 128

job_leases = Table(
    "job_leases",
    Base.metadata,
    Column("name", String(NAME_MAX), primary_key=True),
    Column("holder", String(HOLDER_MAX), nullable=False),  # host name, process id, random id
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

JOB_LEASES = inventory.register(
    job_leases,
    description="Leases of the scheduler's background jobs: the job's name, the node process "
                "holding it (host name, process id and a random id) and when the lease "
                "expires. Nothing about people.",
    categories=("system.operations",),
    purposes=("operations",),
    legal_basis="legitimate_interests",
    retention="operational",
    subject_column=None,
    erasure="delete",
    time_column="expires_at",
)
