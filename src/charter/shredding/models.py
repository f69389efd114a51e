"""`subject_keys` (one random data key per person, wrapped) and `erasures` (who was erased).

Personal fields that must outlive a row's other data, or that sit in records Charter cannot
delete (the audit log, backups), are encrypted under their subject's data key. Erasing the
subject deletes that key: every copy of those fields, wherever it is, becomes unreadable.
The `erasures` ledger keeps only the pseudonymous key of each erased subject, so that a
restored backup can be made to forget them again.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, LargeBinary, String, Table

from charter.privacy import inventory
from charter.store.base import Base

subject_keys = Table(
    "subject_keys",
    Base.metadata,
    Column("subject_key", String(40), primary_key=True),
    Column("kid", String(32), nullable=False),  # the master key that wraps it
    Column("nonce", LargeBinary(12), nullable=False),
    Column("wrapped", LargeBinary(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

SUBJECT_KEYS = inventory.register(
    subject_keys,
    description="One random data key per person whose personal fields are kept encrypted "
                "(operators' display names in the audit log, for instance), wrapped under a "
                "keyring key and found by the person's pseudonymous subject key. Deleting a "
                "person's key is how they are erased from records that cannot be deleted.",
    categories=("user.unique_id.pseudonymous", "system.operations"),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("operator", "api_end_user", "developer"),
    erasure="crypto_shred",
    time_column=None,
)

erasures = Table(
    "erasures",
    Base.metadata,
    Column("subject_key", String(40), primary_key=True),
    Column("erased_at", DateTime(timezone=True), nullable=False),
    Column("reference", String(64), nullable=True),  # the rights request, or `cli`
)

ERASURES = inventory.register(
    erasures,
    description="The pseudonymous key of every erased person, the time and the request that "
                "erased them: after a backup is restored, these people are erased again. Holds "
                "no other data about them.",
    categories=("user.unique_id.pseudonymous",),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="configuration",
    subject_column="subject_key",
    subjects=("operator", "api_end_user", "developer"),
    erasure="none",
    time_column="erased_at",
)
