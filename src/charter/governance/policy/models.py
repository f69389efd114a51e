"""Tables of policy publishing: published versions, webhook subscribers, and the outbox.

- `policy_versions`: each published policy, numbered from 1: when, who approved it, its
  digest, the Markdown text and the canonical JSON model of the facts it was written from.
  Rows are never changed: a new publication is a new row.
- `policy_subscribers`: clients that asked to be told about material changes, and where
  (`charter policy subscribe`). The signing secret is derived from the keyring, never stored.
- `policy_notifications`: the outbox of those webhooks, one row per subscriber and version,
  with its delivery attempts.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
)

from charter.privacy import inventory
from charter.store.base import Base

APPROVER_MAX = 200
URL_MAX = 2000

policy_versions = Table(
    "policy_versions",
    Base.metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("approver", String(APPROVER_MAX), nullable=True),
    Column("material", Boolean, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("markdown", Text, nullable=False),
    Column("facts", Text, nullable=False),  # canonical JSON: sorted keys, no spaces
)

policy_subscribers = Table(
    "policy_subscribers",
    Base.metadata,
    Column("client_id", String(32), primary_key=True),
    Column("url", String(URL_MAX), nullable=False),
    Column("kid", String(32), nullable=False),  # the master key the signing secret comes from
    Column("created_at", DateTime(timezone=True), nullable=False),
)

policy_notifications = Table(
    "policy_notifications",
    Base.metadata,
    Column("id", String(32), primary_key=True),  # "pn_" + 24 hex characters
    Column("version", Integer, nullable=False, index=True),
    Column("client_id", String(32), nullable=False),
    Column("url", String(URL_MAX), nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(16), nullable=False, index=True),  # pending, delivered, failed,
    # or cancelled (the client unsubscribed first)
    Column("attempts", SmallInteger, nullable=False),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("last_http_status", SmallInteger, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delivered_at", DateTime(timezone=True), nullable=True),
)

POLICY_VERSIONS = inventory.register(
    policy_versions,
    description="Every published version of the privacy policy: its number, when it was "
                "published, the name of the person who approved a material change, its "
                "digest, its text and the facts it was generated from. Kept as the record of "
                "what was promised when.",
    categories=("system.operations",),
    purposes=("operations",),
    legal_basis="legal_obligation",
    retention="configuration",
    subject_column=None,
    erasure="none",
    time_column="published_at",
)

POLICY_SUBSCRIBERS = inventory.register(
    policy_subscribers,
    description="Clients that receive a signed webhook when the policy changes materially: "
                "the client id and the URL. Kept while the subscription exists.",
    categories=("system.operations",),
    purposes=("service_delivery",),
    legal_basis="contract",
    retention="security",
    subject_column=None,
    erasure="delete",
    time_column=None,
)

POLICY_NOTIFICATIONS = inventory.register(
    policy_notifications,
    description="The outbox of policy-change webhooks: version, client, URL, the body sent "
                "(the version and a summary of the changes, no personal data), attempts and "
                "the last HTTP status.",
    categories=("system.operations",),
    purposes=("service_delivery",),
    legal_basis="contract",
    retention="operational",
    subject_column=None,
    erasure="delete",
    time_column="created_at",
)
