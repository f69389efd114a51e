"""The audit tables: `audit_events` (the chained records), `audit_head` (the chain's end) and
`audit_checkpoints` (signed statements about the head).

Rows name the acting operator by account id (and the operator's pseudonymous subject key, so
a rights request finds them) and the object acted on by its ids; `details` holds ids, counts
and machine codes only. A display name (an operator's username) is kept only sealed under the
subject's own data key (`*_display_sealed`), so erasing the subject makes it unreadable while
the chain, which hashes the ciphertext, still verifies. E-mail addresses, passwords, tokens and
request bodies have no column here and must never be put into `details` (DATA-3, DATA-5).
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, DateTime, Integer, String, Table, Text

from charter.privacy import inventory
from charter.store.base import Base

ACTOR_MAX = 64
ACTION_MAX = 128
TARGET_MAX = 256
REASON_MAX = 64
REQUEST_ID_MAX = 64
DISPLAY_MAX = 128  # of the plain text; the sealed form is longer
HASH_LENGTH = 64  # lowercase hex SHA-256

audit_events = Table(
    "audit_events",
    Base.metadata,
    # The order of events is the order of `seq`; SQLite autoincrements only an INTEGER key.
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("ts", DateTime(timezone=True), nullable=False, index=True),
    Column("actor", String(ACTOR_MAX), nullable=False, index=True),
    Column("subject_key", String(40), nullable=True, index=True),  # the actor's, pseudonymous
    Column("action", String(ACTION_MAX), nullable=False, index=True),
    Column("target", String(TARGET_MAX), nullable=True),
    Column("outcome", String(16), nullable=False),
    Column("reason", String(REASON_MAX), nullable=True),
    Column("request_id", String(REQUEST_ID_MAX), nullable=True),
    Column("details", JSON, nullable=True),
    Column("actor_display_sealed", Text, nullable=True),  # sealed under subject_key's data key
    Column("target_display_sealed", Text, nullable=True),  # likewise
    Column("prev_hash", String(HASH_LENGTH), nullable=False),
    Column("hash", String(HASH_LENGTH), nullable=False),
)

AUDIT_EVENTS = inventory.register(
    audit_events,
    description="One record per administrative action, login and logout, refused attempts "
                "included: time, acting operator (account id and pseudonymous subject key), "
                "action, target ids, outcome, reason code and request id, chained by hashes. "
                "An operator's username is kept only encrypted under their own data key. No "
                "contact details, credentials or request bodies. Kept under legal obligation, "
                "so a rights request reports these records but does not erase them; erasing the "
                "person destroys their key, which leaves the names unreadable and the chain "
                "verifiable.",
    categories=("system.operations", "user.unique_id.pseudonymous"),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column="subject_key",
    subjects=("operator",),
    erasure="none",
    time_column="ts",
)

audit_head = Table(
    "audit_head",
    Base.metadata,
    # One row (id 1): the last record's seq and hash. Appends lock it, so that every process
    # and node extends the same linear chain.
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(HASH_LENGTH), nullable=False),
    # Records up to this seq were chained when the chain was introduced; their seqs may have
    # gaps from before (a rolled-back insert), the links between them may not.
    Column("legacy_seq", BigInteger, nullable=False),
    # Records up to base_seq were removed at the end of their retention period; the first
    # kept record chains to base_hash, which a signed checkpoint vouches for.
    Column("base_seq", BigInteger, nullable=False),
    Column("base_hash", String(HASH_LENGTH), nullable=False),
)

AUDIT_HEAD = inventory.register(
    audit_head,
    description="The sequence number and hash of the newest audit record: what the next one "
                "chains to. Nothing about any person.",
    categories=("system.operations",),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column=None,
    erasure="none",
    time_column=None,
)

audit_checkpoints = Table(
    "audit_checkpoints",
    Base.metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=False),
    Column("head_hash", String(HASH_LENGTH), nullable=False),
    Column("ts", DateTime(timezone=True), nullable=False),
    Column("kid", String(32), nullable=False),  # the keyring master key it was derived from
    Column("key_id", String(16), nullable=False),  # names the Ed25519 public key
    Column("signature", String(128), nullable=False),  # base64url, unpadded
)

AUDIT_CHECKPOINTS = inventory.register(
    audit_checkpoints,
    description="Signed checkpoints of the audit log: a sequence number, the hash of the "
                "chain up to it, a time and the signing key's id. Also written as files to "
                "a second place. Nothing about any person.",
    categories=("system.operations",),
    purposes=("security",),
    legal_basis="legal_obligation",
    retention="security",
    subject_column=None,
    erasure="none",
    time_column="ts",
)
