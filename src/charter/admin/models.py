"""Tables of the operator sign-in: sessions and recent login failures.

Operator accounts themselves live in `accounts` (the identity slice); these tables hang off it
and go with it (ON DELETE CASCADE). A session is stored as the SHA-256 of its token, never the
token (clause DATA-3). Both tables carry the operator's pseudonymous subject key, so a rights
request finds their rows.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
)

from charter.identity.models import ID_LENGTH
from charter.privacy import inventory
from charter.store.base import Base

SESSION_ID_LENGTH = 24

admin_sessions = Table(
    "admin_sessions",
    Base.metadata,
    Column("id", String(SESSION_ID_LENGTH), primary_key=True),  # "ses_..." (safe to log)
    Column("token_hash", String(64), nullable=False, unique=True),  # hex SHA-256 of the token
    Column("account_id", String(ID_LENGTH), ForeignKey("accounts.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("subject_key", String(40), nullable=False, index=True),
    # The TOTP time step the session was opened with: a code is accepted once.
    Column("totp_step", BigInteger, nullable=True),
    Column("created", DateTime(timezone=True), nullable=False, index=True),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("expires", DateTime(timezone=True), nullable=False),  # the absolute limit
    Column("revoked", DateTime(timezone=True), nullable=True),
)

ADMIN_SESSIONS = inventory.register(
    admin_sessions,
    description="Operator sessions on the admin API: a hash of the session token (never the "
                "token), the operator's account id and pseudonymous subject key, when it was "
                "opened, last used, when it expires or was ended, and the TOTP time step used "
                "to open it. No addresses or user agents.",
    categories=("system.authentication", "user.unique_id.pseudonymous"),
    purposes=("security",),
    legal_basis="legitimate_interests",
    retention="operational",
    subject_column="subject_key",
    subjects=("operator",),
    erasure="delete",
    time_column="created",
)

operator_login_failures = Table(
    "operator_login_failures",
    Base.metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("account_id", String(ID_LENGTH), ForeignKey("accounts.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("subject_key", String(40), nullable=False, index=True),
    Column("ts", DateTime(timezone=True), nullable=False),
)

OPERATOR_LOGIN_FAILURES = inventory.register(
    operator_login_failures,
    description="Failed operator logins of the last minutes, one row each (account id, "
                "pseudonymous subject key, time), counted for the lockout and cleared by a "
                "successful login.",
    categories=("system.authentication", "user.unique_id.pseudonymous"),
    purposes=("security",),
    legal_basis="legitimate_interests",
    retention="operational",
    subject_column="subject_key",
    subjects=("operator",),
    erasure="delete",
    time_column="ts",
)
