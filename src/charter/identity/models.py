"""The identity tables: organizations, accounts (people), clients (integrations), API keys.

Each table is declared in the privacy inventory right below it. No table here has a column
for a secret in the clear: API keys and client secrets are kept as keyed hashes (clause
DATA-3), passwords as argon2id hashes, TOTP secrets encrypted by the admin plane.

Below the tables are the frozen records the service hands out. Timestamps are aware UTC
datetimes on the way in; SQLite hands them back naive, so readers go through `aware`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    false,
    text,
)

from charter.privacy import inventory
from charter.store.base import Base

ID_LENGTH = 32  # room for a prefix and the random part, e.g. "org_" + 16 base62
KEY_ID_LENGTH = 16  # "key_" + 12 base62
HASH_LENGTH = 64  # hex HMAC-SHA256
KID_LENGTH = 32  # a keyring key id

ACTIVE, DISABLED = "active", "disabled"
STATUSES = (ACTIVE, DISABLED)
OPERATOR, DEVELOPER = "operator", "developer"
ACCOUNT_KINDS = (OPERATOR, DEVELOPER)
OPERATOR_ROLES = ("owner", "admin", "security", "privacy_officer", "support", "auditor")
KEY_ENVS = ("live", "test")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


organizations = Table(
    "organizations",
    Base.metadata,
    Column("id", String(ID_LENGTH), primary_key=True),  # "org_..."
    Column("name", String(200), nullable=False),
    Column("slug", String(64), nullable=False, unique=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),
    CheckConstraint(_one_of("status", STATUSES), name="status"),
)

ORGANIZATIONS = inventory.register(
    organizations,
    description="Tenants: each customer organization whose clients use the gateway, with its "
                "name, a unique slug, status and creation time.",
    # The name is the workplace of the organization's developer accounts.
    categories=("system.operations", "user.professional_information.workplace"),
    purposes=("service_delivery", "security"),
    legal_basis="contract",
    retention="security",
    subject_column=None,
    erasure="delete",
    time_column=None,  # live state: kept while the organization exists
)


accounts = Table(
    "accounts",
    Base.metadata,
    Column("id", String(ID_LENGTH), primary_key=True),  # "acc_..."
    Column("org_id", String(ID_LENGTH), ForeignKey("organizations.id"), nullable=True,
           index=True),  # null for operators
    Column("username", String(128), nullable=False, unique=True),  # stored lower-case
    Column("email", String(320), nullable=True),
    Column("kind", String(16), nullable=False),
    Column("role", String(32), nullable=True),
    Column("password_hash", String(256), nullable=True),  # argon2id, written by the admin plane
    Column("totp_secret", String(512), nullable=True),  # encrypted by the admin plane
    Column("failed_logins", Integer, nullable=False, server_default=text("0")),
    Column("locked_until", DateTime(timezone=True), nullable=True),
    Column("last_login", DateTime(timezone=True), nullable=True),
    Column("status", String(16), nullable=False),
    Column("is_minor", Boolean, nullable=False, server_default=false()),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("subject_key", String(40), nullable=False, index=True),  # Pseudonymizer("account", id)
    # The subject key of the sign-in the person uses at the gateway (an external issuer's
    # `sub`, as `sub:ISSUER:SUB`): the key their requests carry, so that `is_minor` reaches
    # the `children` stage. Null when not known.
    Column("gateway_subject_key", String(40), nullable=True, index=True),
    CheckConstraint(_one_of("status", STATUSES), name="status"),
    CheckConstraint(_one_of("kind", ACCOUNT_KINDS), name="kind"),
)

ACCOUNTS = inventory.register(
    accounts,
    description="People who sign in: operators of this Charter and developers of client "
                "organizations. Username, optional e-mail, role, password hash and encrypted "
                "second factor, sign-in counters, a minor flag, and a pseudonymous subject key.",
    categories=(
        "user.account.username",
        "user.contact.email",
        "user.authorization.credentials",
        "user.demographic.age_range",  # only the is_minor flag, never a birth date
        "user.unique_id",
        "system.authentication",
    ),
    purposes=("service_delivery", "security"),
    legal_basis="contract",
    retention="security",
    subject_column="subject_key",
    subjects=("operator", "client_developer"),
    erasure="delete",
    time_column=None,  # live state: kept while the account exists
)


clients = Table(
    "clients",
    Base.metadata,
    Column("id", String(ID_LENGTH), primary_key=True),  # "cli_..."
    Column("org_id", String(ID_LENGTH), ForeignKey("organizations.id"), nullable=False,
           index=True),
    Column("name", String(200), nullable=False),
    Column("scopes", JSON, nullable=False),  # list of scope strings
    Column("allowed_routes", JSON, nullable=True),  # list of route ids; null: any route
    Column("secret_hash", String(HASH_LENGTH), nullable=True),  # HMAC, "client-secret-hash"
    Column("secret_kid", String(KID_LENGTH), nullable=True),
    Column("status", String(16), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    CheckConstraint(_one_of("status", STATUSES), name="status"),
)

CLIENTS = inventory.register(
    clients,
    description="Machine-to-machine integrations of an organization: name, scopes, the routes "
                "each may use, status, and a keyed hash of its OAuth2 client secret.",
    categories=("system.authentication",),
    purposes=("service_delivery", "security"),
    legal_basis="contract",
    retention="security",
    subject_column=None,
    erasure="delete",
    time_column=None,  # live state: kept while the client exists
)


api_keys = Table(
    "api_keys",
    Base.metadata,
    Column("id", String(KEY_ID_LENGTH), primary_key=True),  # the public key id, "key_..."
    Column("client_id", String(ID_LENGTH), ForeignKey("clients.id"), nullable=False,
           index=True),
    Column("env", String(8), nullable=False),
    Column("secret_hash", String(HASH_LENGTH), nullable=False),  # HMAC, "api-key-hash"
    Column("hash_kid", String(KID_LENGTH), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("expires", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("last_used", DateTime(timezone=True), nullable=True),  # to the hour, no finer
    # Not a foreign key: the key it replaced may be purged before this one.
    Column("rotated_from", String(KEY_ID_LENGTH), nullable=True),
    Column("description", String(200), nullable=False, server_default=""),
    CheckConstraint(_one_of("env", KEY_ENVS), name="env"),
)

API_KEYS = inventory.register(
    api_keys,
    description="API keys of clients: the public key id, a keyed hash of the key (never the "
                "key), environment, creation, expiry, revocation, rotation and last use to the "
                "hour.",
    categories=("system.authentication",),
    purposes=("security", "service_delivery"),
    legal_basis="contract",
    retention="security",
    subject_column=None,
    erasure="delete",
    time_column="revoked_at",  # revoked keys age out; live keys are kept while they exist
)


# --- rows as records ---------------------------------------------------------------------------
# What the service hands out. None of them carries a hash or a secret, except `KeyRecord`,
# which the gateway needs to verify a presented key (its repr leaves the hash out).

KeyStatus = Literal["valid", "revoked", "expired", "client_disabled", "org_disabled"]


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    slug: str
    status: str
    created: datetime

    @classmethod
    def from_row(cls, row: Any) -> Organization:
        return cls(id=row.id, name=row.name, slug=row.slug, status=row.status,
                   created=_aware(row.created))


@dataclass(frozen=True)
class Account:
    id: str
    org_id: str | None
    username: str
    email: str | None
    kind: str
    role: str | None
    status: str
    is_minor: bool
    created: datetime
    last_login: datetime | None
    locked_until: datetime | None
    failed_logins: int
    has_password: bool
    has_totp: bool
    subject_key: str
    gateway_subject_key: str | None = None

    @classmethod
    def from_row(cls, row: Any) -> Account:
        return cls(
            id=row.id, org_id=row.org_id, username=row.username, email=row.email,
            kind=row.kind, role=row.role, status=row.status, is_minor=bool(row.is_minor),
            created=_aware(row.created), last_login=aware(row.last_login),
            locked_until=aware(row.locked_until), failed_logins=int(row.failed_logins),
            has_password=row.password_hash is not None, has_totp=row.totp_secret is not None,
            subject_key=row.subject_key, gateway_subject_key=row.gateway_subject_key,
        )


@dataclass(frozen=True)
class Client:
    id: str
    org_id: str
    name: str
    scopes: tuple[str, ...]
    allowed_routes: tuple[str, ...] | None  # None: any route its scopes allow
    status: str
    created: datetime
    has_secret: bool

    @classmethod
    def from_row(cls, row: Any) -> Client:
        return cls(
            id=row.id, org_id=row.org_id, name=row.name, scopes=tuple(row.scopes),
            allowed_routes=_routes(row.allowed_routes), status=row.status,
            created=_aware(row.created), has_secret=row.secret_hash is not None,
        )


@dataclass(frozen=True)
class ApiKey:
    """An API key as operators see it: never the key, never its hash."""

    id: str
    client_id: str
    env: str
    created: datetime
    expires: datetime | None
    revoked_at: datetime | None
    last_used: datetime | None
    rotated_from: str | None
    description: str

    @classmethod
    def from_row(cls, row: Any) -> ApiKey:
        return cls(
            id=row.id, client_id=row.client_id, env=row.env, created=_aware(row.created),
            expires=aware(row.expires), revoked_at=aware(row.revoked_at),
            last_used=aware(row.last_used), rotated_from=row.rotated_from,
            description=row.description,
        )

    def state(self, now: datetime) -> Literal["active", "revoked", "expired"]:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires is not None and now >= self.expires:
            return "expired"
        return "active"


@dataclass(frozen=True)
class KeyRecord:
    """Everything the gateway needs to accept or refuse an API key, from one read."""

    key_id: str
    client_id: str
    org_id: str
    org_status: str
    client_status: str
    scopes: tuple[str, ...]
    allowed_routes: tuple[str, ...] | None
    env: str
    secret_hash: str = field(repr=False)
    hash_kid: str
    expires: datetime | None
    revoked_at: datetime | None
    last_used: datetime | None

    def status(self, now: datetime) -> KeyStatus:
        """Whether the key may be used at `now` (aware), and if not, why (for logs and audit,
        never for the caller: a refused key gets one answer whatever the reason)."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires is not None and now >= self.expires:
            return "expired"
        if self.client_status != ACTIVE:
            return "client_disabled"
        if self.org_status != ACTIVE:
            return "org_disabled"
        return "valid"

    def usable(self, now: datetime | float) -> bool:
        """`status(now) == "valid"`; `now` is an aware datetime or epoch seconds."""
        if not isinstance(now, datetime):
            now = datetime.fromtimestamp(now, tz=UTC)
        return self.status(now) == "valid"


@dataclass(frozen=True)
class ClientRecord:
    """An authenticated client (OAuth2 client credentials)."""

    client_id: str
    org_id: str
    name: str
    scopes: tuple[str, ...]
    allowed_routes: tuple[str, ...] | None

    @property
    def active(self) -> bool:
        """Always true: authentication refuses a disabled client or organization outright."""
        return True


def aware(value: datetime | None) -> datetime | None:
    """`value` as an aware UTC datetime (SQLite returns the stored UTC time naive)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _routes(value: Any) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)
