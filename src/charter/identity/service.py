"""Organizations, accounts, clients and API keys: the operations on the identity tables.

Every function is synchronous and takes the store `Engine`; async callers run them in a
thread. Changes run in `write_transaction`s (on SQLite that takes the write lock before the
checks a change depends on). Input is validated here, whoever the caller is, and every
expected failure raises `IdentityError` with a stable `code`: `not_found`, `conflict` (the
state does not allow it: a duplicate, a disabled parent, a revoked key) or `invalid` (bad
input). Messages name what was wrong, never a secret, and repeat only well-formed ids.

Secrets (API keys, client secrets) leave this module once, in the return value of the call
that made them; only their keyed hashes are written (clause DATA-3).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Row, Table, exists, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from charter.consent.minors import LOCK as MINORS_LOCK
from charter.consent.minors import Minor, publish_changes, sync_account
from charter.consent.records import ConsentError, Notify
from charter.identity import keys
from charter.identity.models import (
    ACCOUNT_KINDS,
    ACTIVE,
    DISABLED,
    OPERATOR,
    OPERATOR_ROLES,
    STATUSES,
    Account,
    ApiKey,
    Client,
    ClientRecord,
    KeyRecord,
    Organization,
    accounts,
    api_keys,
    aware,
    clients,
    organizations,
)
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.store.engine import write_transaction

_ID_RANDOM = 16
_ID_SHAPE = re.compile(r"(org|acc|cli)_[0-9A-Za-z]{16}")
_SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
_SCOPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}")  # a subset of RFC 6749 scope-token
_ROUTE_ID = re.compile(r"[a-z][a-z0-9_.-]{0,62}")  # as in the configuration's route ids
_USERNAME = re.compile(r"[a-z0-9][a-z0-9_.@+-]{1,127}")
_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]+\.[^@\s]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SUBJECT_KEY = re.compile(r"sk_[a-z2-7]{26}")
_MAX_SCOPES = 100
_MAX_ROUTES = 200
MAX_OVERLAP = timedelta(days=90)
_TOUCH_CHUNK = 500
# Hashed in place of a missing or malformed client secret, so every attempt costs the same.
_DUMMY_SECRET = keys.SECRET_PREFIX + "0" * keys.CLIENT_SECRET_CHARS
_DUMMY_HASH = "0" * 64


class IdentityError(Exception):
    """An expected failure: `code` is one of `not_found`, `conflict`, `invalid`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def new_id(prefix: str) -> str:
    return f"{prefix}_{keys.random_base62(_ID_RANDOM)}"


def looks_like_id(value: str) -> bool:
    """True when `value` has the shape of an organization, account, client or key id."""
    return _ID_SHAPE.fullmatch(value) is not None or keys.is_key_id(value)


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("`now` must be an aware datetime")
    return now


# --- organizations --------------------------------------------------------------------------

def create_organization(
    engine: Engine, name: str, slug: str | None = None, *, now: datetime | None = None
) -> Organization:
    """A new active organization. `slug` defaults to one made from `name`; it must be unique."""
    name = _name(name)
    slug = _slug(slug if slug is not None else _slugify(name))
    org = Organization(id=new_id("org"), name=name, slug=slug, status=ACTIVE,
                       created=_now(now))
    conflict = f"an organization with slug {slug!r} already exists"
    with _conflicts(conflict), write_transaction(engine) as c:
        c.execute(insert(organizations).values(
            id=org.id, name=org.name, slug=org.slug, status=org.status, created=org.created))
    return org


def list_organizations(engine: Engine, *, status: str | None = None) -> list[Organization]:
    query = select(organizations).order_by(organizations.c.created, organizations.c.id)
    if status is not None:
        query = query.where(organizations.c.status == _status(status))
    with engine.connect() as c:
        return [Organization.from_row(row) for row in c.execute(query)]


def get_organization(engine: Engine, org_id: str) -> Organization:
    with engine.connect() as c:
        return _organization(c, org_id)


def disable_organization(engine: Engine, org_id: str) -> Organization:
    """Disable the organization: none of its clients' keys or secrets are accepted from now on,
    and it gets no new clients, keys or accounts. Nothing is deleted. Idempotent."""
    with write_transaction(engine) as c:
        _organization(c, org_id)
        c.execute(update(organizations).where(organizations.c.id == org_id)
                  .values(status=DISABLED))
        return _organization(c, org_id)


def _organization(c: Connection, org_id: str) -> Organization:
    return Organization.from_row(_one(c, organizations, "organization", org_id,
                                      _ID_SHAPE.fullmatch(org_id) is not None))


# --- accounts ---------------------------------------------------------------------------------

def create_account(
    engine: Engine,
    keyring: Keyring,
    *,
    username: str,
    kind: str,
    org_id: str | None = None,
    email: str | None = None,
    role: str | None = None,
    is_minor: bool = False,
    gateway_subject_key: str | None = None,
    password_hash: str | None = None,
    actor: str = "system",
    notify: Notify | None = None,
    now: datetime | None = None,
) -> Account:
    """A new active account for a person.

    Developers belong to an organization and have no role; operators belong to none and have
    one of `OPERATOR_ROLES`. The username is compared and stored lower-case, so look-alike
    accounts differing only in case cannot exist. `password_hash` must already be a hash
    (the admin plane makes it with argon2id); this module never sees a password.

    `gateway_subject_key` is the key of the sign-in the person uses at the gateway (see
    `gateway_key`). An account created as a minor is marked in `minors` by `actor`, in the
    same transaction, under its own key and that one (`charter.consent.minors.sync_account`);
    `notify` is then told of each mark, for the gateway processes.
    """
    username = username.strip().lower()
    if not _USERNAME.fullmatch(username):
        raise IdentityError("invalid", "a username has 2 to 128 characters: letters, digits"
                                       " and _ . @ + -, starting with a letter or digit")
    if kind not in ACCOUNT_KINDS:
        raise IdentityError("invalid", f"kind must be one of {', '.join(ACCOUNT_KINDS)}")
    if email is not None:
        email = email.strip()
        if len(email) > 320 or not _EMAIL.fullmatch(email):
            raise IdentityError("invalid", "that is not an e-mail address")
    if kind == OPERATOR:
        if org_id is not None:
            raise IdentityError("invalid", "an operator account belongs to no organization")
        if role not in OPERATOR_ROLES:
            raise IdentityError("invalid", f"role must be one of {', '.join(OPERATOR_ROLES)}")
    else:
        if org_id is None:
            raise IdentityError("invalid", "a developer account needs an organization")
        if role is not None:
            raise IdentityError("invalid", "a developer account has no operator role")
    if password_hash is not None and not password_hash.startswith("$"):
        # A PHC string ("$argon2id$..."); anything else is most likely a password by mistake.
        raise IdentityError("invalid", "password_hash must be a PHC-format hash")
    if gateway_subject_key is not None:
        gateway_subject_key = _subject_key(gateway_subject_key)
    account_id = new_id("acc")
    subject_key = Pseudonymizer(keyring).subject_key("account", account_id)
    created = _now(now)
    lock = MINORS_LOCK if is_minor else None
    with (_conflicts(f"the username {username!r} is taken"),
          write_transaction(engine, lock=lock) as c):
        if org_id is not None:
            _active_organization(c, org_id)
        c.execute(insert(accounts).values(
            id=account_id, org_id=org_id, username=username, email=email, kind=kind,
            role=role, password_hash=password_hash, failed_logins=0, status=ACTIVE,
            is_minor=is_minor, created=created, subject_key=subject_key,
            gateway_subject_key=gateway_subject_key,
        ))
        account = _account(c, account_id)
        marks = _sync_minor(c, account, actor, created) if is_minor else []
    publish_changes(notify, marks)
    return account


_UNCHANGED: Any = object()


def update_account(
    engine: Engine,
    account_id: str,
    *,
    is_minor: bool | None = None,
    gateway_subject_key: str | None = _UNCHANGED,
    actor: str = "system",
    notify: Notify | None = None,
    now: datetime | None = None,
) -> tuple[Account, list[Minor]]:
    """Change whether the account's person is a minor, and which gateway sign-in is theirs
    (None forgets it). Returns the account and the marks in `minors` that changed with it:
    set, the flag marks the account's keys; cleared, it unmarks the marks the account made;
    a new sign-in moves its mark (see `charter.consent.minors.sync_account`). The marks change
    in the same transaction as the account, and `notify` is told of each after the commit."""
    if gateway_subject_key is not _UNCHANGED and gateway_subject_key is not None:
        gateway_subject_key = _subject_key(gateway_subject_key)
    changed_at = _now(now)
    with write_transaction(engine, lock=MINORS_LOCK) as c:
        before = _account(c, account_id)
        values: dict[str, Any] = {}
        if is_minor is not None and is_minor != before.is_minor:
            values["is_minor"] = is_minor
        if (gateway_subject_key is not _UNCHANGED
                and gateway_subject_key != before.gateway_subject_key):
            values["gateway_subject_key"] = gateway_subject_key
        if values:
            c.execute(update(accounts).where(accounts.c.id == account_id).values(**values))
        account = _account(c, account_id)
        marks = _sync_minor(c, account, actor, changed_at)
    publish_changes(notify, marks)
    return account, marks


def gateway_key(pseudonymizer: Pseudonymizer, subject: str) -> str:
    """The subject key a person's requests carry at the gateway, from `sub:ISSUER:SUB` (the
    `sub` claim of a token of the external issuer named ISSUER in `issuers`)."""
    kind, _, rest = subject.partition(":")
    issuer, _, sub = rest.partition(":")
    if kind != "sub" or not issuer or not sub:
        raise IdentityError("invalid", "a gateway sign-in is written sub:ISSUER:SUB (the issuer's"
                                       " name in `issuers`, then the token's subject)")
    return pseudonymizer.subject_key("sub", rest)


def _subject_key(value: str) -> str:
    if not _SUBJECT_KEY.fullmatch(value):
        raise IdentityError("invalid", "a subject key is sk_ followed by 26 characters")
    return value


def _sync_minor(c: Connection, account: Account, actor: str, now: datetime) -> list[Minor]:
    keys = [account.subject_key, *([account.gateway_subject_key]
                                   if account.gateway_subject_key else [])]
    try:
        return sync_account(c, account.id, keys, account.is_minor, actor=actor, now=now)
    except ConsentError as exc:
        raise IdentityError("invalid", str(exc)) from None


def list_accounts(
    engine: Engine, *, kind: str | None = None, org_id: str | None = None
) -> list[Account]:
    query = select(accounts).order_by(accounts.c.created, accounts.c.id)
    if kind is not None:
        if kind not in ACCOUNT_KINDS:
            raise IdentityError("invalid", f"kind must be one of {', '.join(ACCOUNT_KINDS)}")
        query = query.where(accounts.c.kind == kind)
    if org_id is not None:
        query = query.where(accounts.c.org_id == org_id)
    with engine.connect() as c:
        return [Account.from_row(row) for row in c.execute(query)]


def get_account(engine: Engine, account_id: str) -> Account:
    with engine.connect() as c:
        return _account(c, account_id)


def _account(c: Connection, account_id: str) -> Account:
    return Account.from_row(_one(c, accounts, "account", account_id,
                                 _ID_SHAPE.fullmatch(account_id) is not None))


# --- clients ----------------------------------------------------------------------------------

def create_client(
    engine: Engine,
    org_id: str,
    name: str,
    scopes: Iterable[str],
    allowed_routes: Iterable[str] | None = None,
    *,
    now: datetime | None = None,
) -> Client:
    """A new active client of an active organization, without a secret (see
    `reset_client_secret`). `allowed_routes` None means any route its scopes allow; route ids
    are checked for shape only, as the store does not know the configuration."""
    name = _name(name)
    scope_list = _scopes(scopes)
    routes = None if allowed_routes is None else _route_ids(allowed_routes)
    client = Client(id=new_id("cli"), org_id=org_id, name=name, scopes=tuple(scope_list),
                    allowed_routes=None if routes is None else tuple(routes), status=ACTIVE,
                    created=_now(now), has_secret=False)
    with write_transaction(engine) as c:
        _active_organization(c, org_id)
        c.execute(insert(clients).values(
            id=client.id, org_id=org_id, name=name, scopes=scope_list, allowed_routes=routes,
            status=ACTIVE, created=client.created,
        ))
    return client


def list_clients(engine: Engine, *, org_id: str | None = None) -> list[Client]:
    query = select(clients).order_by(clients.c.created, clients.c.id)
    if org_id is not None:
        query = query.where(clients.c.org_id == org_id)
    with engine.connect() as c:
        return [Client.from_row(row) for row in c.execute(query)]


def get_client(engine: Engine, client_id: str) -> Client:
    with engine.connect() as c:
        return _client(c, client_id)


def disable_client(engine: Engine, client_id: str) -> Client:
    """Disable the client: its keys and secret are refused from now on. Idempotent."""
    with write_transaction(engine) as c:
        _client(c, client_id)
        c.execute(update(clients).where(clients.c.id == client_id).values(status=DISABLED))
        return _client(c, client_id)


def reset_client_secret(engine: Engine, keyring: Keyring, client_id: str) -> tuple[Client, str]:
    """Give the client a new secret, replacing any old one at once; returns the secret, which
    is not stored and cannot be shown again."""
    secret = keys.generate_client_secret()
    kid = keyring.active_kid
    digest = keys.hash_client_secret(keyring, secret, kid)
    with write_transaction(engine) as c:
        if _client(c, client_id).status != ACTIVE:
            raise IdentityError("conflict", f"client {client_id} is disabled")
        c.execute(update(clients).where(clients.c.id == client_id)
                  .values(secret_hash=digest, secret_kid=kid))
        return _client(c, client_id), secret


def authenticate_client_secret(
    engine: Engine, keyring: Keyring, client_id: str, secret: str
) -> ClientRecord | None:
    """The client, if `secret` is its current secret and it and its organization are active.

    One read. The same HMAC and constant-time comparison run whether or not the client
    exists, has a secret, or the secret is malformed, so timing tells nothing about which.
    """
    row = None
    if _ID_SHAPE.fullmatch(client_id):
        with engine.connect() as c:
            row = c.execute(
                select(clients.c.id, clients.c.org_id, clients.c.name, clients.c.scopes,
                       clients.c.allowed_routes, clients.c.status, clients.c.secret_hash,
                       clients.c.secret_kid, organizations.c.status.label("org_status"))
                .join(organizations, organizations.c.id == clients.c.org_id)
                .where(clients.c.id == client_id)
            ).one_or_none()
    well_formed = keys.looks_like_client_secret(secret)
    stored_hash, kid = _DUMMY_HASH, keyring.active_kid
    if row is not None and row.secret_hash is not None and row.secret_kid is not None:
        stored_hash, kid = row.secret_hash, row.secret_kid
    matched = keys.verify_client_secret(
        keyring, secret if well_formed else _DUMMY_SECRET, stored_hash, kid
    )
    # The dummy hash is no HMAC output, so it never matches; `well_formed` covers the dummy
    # secret matching a real hash, which would need the HMAC key.
    if row is None or not (matched and well_formed):
        return None
    if row.status != ACTIVE or row.org_status != ACTIVE:
        return None
    return ClientRecord(client_id=row.id, org_id=row.org_id, name=row.name,
                        scopes=tuple(row.scopes), allowed_routes=_opt_tuple(row.allowed_routes))


def _client(c: Connection, client_id: str) -> Client:
    return Client.from_row(_one(c, clients, "client", client_id,
                                _ID_SHAPE.fullmatch(client_id) is not None))


# --- API keys ---------------------------------------------------------------------------------

def create_api_key(
    engine: Engine,
    keyring: Keyring,
    client_id: str,
    *,
    env: str = "live",
    expires_in: timedelta | None = None,
    description: str = "",
    now: datetime | None = None,
) -> tuple[ApiKey, str]:
    """A new key for an active client of an active organization. Returns the key's record and
    the key itself, which is not stored and cannot be shown again."""
    now = _now(now)
    expires = None if expires_in is None else now + _positive(expires_in, "expiry")
    description = _description(description)
    with write_transaction(engine) as c:
        _usable_client(c, client_id)
        return _insert_key(c, keyring, client_id, _env(env), now, expires, description, None)


def list_api_keys(engine: Engine, client_id: str) -> list[ApiKey]:
    """The client's keys, newest first, revoked and expired ones included."""
    with engine.connect() as c:
        _client(c, client_id)
        rows = c.execute(select(api_keys).where(api_keys.c.client_id == client_id)
                         .order_by(api_keys.c.created.desc(), api_keys.c.id))
        return [ApiKey.from_row(row) for row in rows]


def get_api_key(engine: Engine, key_id: str) -> ApiKey:
    with engine.connect() as c:
        return _api_key(c, key_id)


def revoke_api_key(engine: Engine, key_id: str, *, now: datetime | None = None) -> ApiKey:
    """Refuse the key from now on. Idempotent: revoking again keeps the first time."""
    now = _now(now)
    with write_transaction(engine) as c:
        _api_key(c, key_id)
        c.execute(update(api_keys)
                  .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                  .values(revoked_at=now))
        return _api_key(c, key_id)


def rotate_api_key(
    engine: Engine,
    keyring: Keyring,
    key_id: str,
    *,
    overlap: timedelta = timedelta(days=7),
    now: datetime | None = None,
) -> tuple[ApiKey, str]:
    """Replace a key: a new key for the same client and env, valid now, while the old one keeps
    working for `overlap` (at most `MAX_OVERLAP`; zero ends it at once) so deployments can
    switch over. The new key gets the old one's lifetime, if it had one. A key can be rotated
    once; revoked or expired keys cannot. Returns the new key's record and the new key."""
    now = _now(now)
    if overlap < timedelta(0) or overlap > MAX_OVERLAP:
        raise IdentityError("invalid", f"the overlap must be between 0 and {MAX_OVERLAP.days}d")
    with write_transaction(engine, lock=f"identity:rotate:{key_id}") as c:
        old = _api_key(c, key_id)
        if old.state(now) != "active":
            raise IdentityError("conflict", f"key {key_id} is {old.state(now)}")
        successor = c.scalar(select(exists().where(api_keys.c.rotated_from == key_id)))
        if successor:
            raise IdentityError("conflict", f"key {key_id} has already been rotated")
        _usable_client(c, old.client_id)
        lifetime = None if old.expires is None else old.expires - old.created
        expires = None if lifetime is None else now + lifetime
        new = _insert_key(c, keyring, old.client_id, old.env, now, expires, old.description,
                          key_id)
        ends = now + overlap
        if old.expires is None or ends < old.expires:
            c.execute(update(api_keys).where(api_keys.c.id == key_id).values(expires=ends))
        return new


def lookup_key(engine: Engine, key_id: str) -> KeyRecord | None:
    """The key with public id `key_id`, with its client and organization, in one indexed read
    (primary keys all the way); None if there is no such key. Says nothing about validity:
    see `KeyRecord.status`."""
    if not keys.is_key_id(key_id):
        return None
    k, cl, o = api_keys.c, clients.c, organizations.c
    query = (
        select(k.id, k.client_id, k.env, k.secret_hash, k.hash_kid, k.expires, k.revoked_at,
               k.last_used, cl.org_id, cl.status.label("client_status"), cl.scopes,
               cl.allowed_routes, o.status.label("org_status"))
        .select_from(api_keys.join(clients, cl.id == k.client_id)
                     .join(organizations, o.id == cl.org_id))
        .where(k.id == key_id)
    )
    with engine.connect() as c:
        row = c.execute(query).one_or_none()
    if row is None:
        return None
    return KeyRecord(
        key_id=row.id, client_id=row.client_id, org_id=row.org_id, org_status=row.org_status,
        client_status=row.client_status, scopes=tuple(row.scopes),
        allowed_routes=_opt_tuple(row.allowed_routes), env=row.env,
        secret_hash=row.secret_hash, hash_kid=row.hash_kid, expires=aware(row.expires),
        revoked_at=aware(row.revoked_at), last_used=aware(row.last_used),
    )


def authenticate_api_key(
    engine: Engine, keyring: Keyring, presented: str | bytes, *, now: datetime | None = None
) -> KeyRecord | None:
    """The key's record if `presented` is a well-formed, known, matching and usable key.

    A look-alike (bad shape or checksum) is refused before the store is asked. Callers that
    cache `lookup_key` results use `keys.parse_key`, `keys.verify` and `KeyRecord.status`
    themselves, in that order.
    """
    parsed = keys.parse_key(presented)
    if parsed is None:
        return None
    record = lookup_key(engine, parsed.key_id)
    if record is None or record.env != parsed.env:
        return None
    if not keys.verify(keyring, parsed.key, record.secret_hash, record.hash_kid):
        return None
    return record if record.status(_now(now)) == "valid" else None


def touch_keys(engine: Engine, key_ids: Sequence[str], now: datetime) -> int:
    """Record that the keys were used at `now`, to the hour: `last_used` is set to the start
    of the hour, and only where it is older, so each key is written at most once an hour and
    the store never learns finer usage times. One statement per 500 ids, in one transaction.
    Returns the number of keys updated."""
    hour = _now(now).astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    ids = sorted({key_id for key_id in key_ids if keys.is_key_id(key_id)})
    updated = 0
    if not ids:
        return 0
    with write_transaction(engine) as c:
        for start in range(0, len(ids), _TOUCH_CHUNK):
            result = c.execute(
                update(api_keys)
                .where(api_keys.c.id.in_(ids[start:start + _TOUCH_CHUNK]),
                       or_(api_keys.c.last_used.is_(None), api_keys.c.last_used < hour))
                .values(last_used=hour)
            )
            updated += result.rowcount
    return updated


def _insert_key(
    c: Connection, keyring: Keyring, client_id: str, env: str, now: datetime,
    expires: datetime | None, description: str, rotated_from: str | None,
) -> tuple[ApiKey, str]:
    new = keys.generate_key("live" if env == "live" else "test")
    kid = keyring.active_kid
    c.execute(insert(api_keys).values(
        id=new.key_id, client_id=client_id, env=env,
        secret_hash=keys.hash_secret(keyring, new.key, kid), hash_kid=kid, created=now,
        expires=expires, rotated_from=rotated_from, description=description,
    ))
    record = ApiKey(id=new.key_id, client_id=client_id, env=env, created=now, expires=expires,
                    revoked_at=None, last_used=None, rotated_from=rotated_from,
                    description=description)
    return record, new.key


def _api_key(c: Connection, key_id: str) -> ApiKey:
    return ApiKey.from_row(_one(c, api_keys, "API key", key_id, keys.is_key_id(key_id)))


def _one(c: Connection, table: Table, what: str, row_id: str, well_formed: bool) -> Row[Any]:
    """The row with primary key `row_id`, or IdentityError; a malformed id is not looked up."""
    row = None
    if well_formed:
        row = c.execute(select(table).where(table.c.id == row_id)).one_or_none()
    if row is None:
        raise _missing(what, row_id, well_formed)
    return row


# --- shared checks ----------------------------------------------------------------------------

def _active_organization(c: Connection, org_id: str) -> Organization:
    org = _organization(c, org_id)
    if org.status != ACTIVE:
        raise IdentityError("conflict", f"organization {org_id} is disabled")
    return org


def _usable_client(c: Connection, client_id: str) -> Client:
    client = _client(c, client_id)
    if client.status != ACTIVE:
        raise IdentityError("conflict", f"client {client_id} is disabled")
    _active_organization(c, client.org_id)
    return client


@contextmanager
def _conflicts(message: str) -> Iterator[None]:
    """Turns a unique-constraint violation into `IdentityError("conflict", message)`."""
    try:
        yield
    except IntegrityError:
        raise IdentityError("conflict", message) from None


def _missing(what: str, value: str, well_formed: bool) -> IdentityError:
    # Only an id of the right shape is repeated: whatever else was given (a pasted key,
    # say) must not travel on into error messages and logs.
    named = value if well_formed else "with that id"
    return IdentityError("not_found", f"no {what} {named}")


def _excerpt(value: object) -> str:
    text = repr(value) if isinstance(value, str) else type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _name(value: str) -> str:
    value = value.strip()
    if not 1 <= len(value) <= 200 or _CONTROL.search(value):
        raise IdentityError("invalid", "a name has 1 to 200 characters, no control characters")
    return value


def _description(value: str) -> str:
    value = value.strip()
    if len(value) > 200 or _CONTROL.search(value):
        raise IdentityError("invalid", "a description has at most 200 characters, no control"
                                       " characters")
    return value


def _slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64].strip("-")


def _slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise IdentityError("invalid", "a slug has 1 to 64 characters: lower-case letters,"
                                       " digits and inner hyphens")
    return value


def _status(value: str) -> str:
    if value not in STATUSES:
        raise IdentityError("invalid", f"status must be one of {', '.join(STATUSES)}")
    return value


def _env(value: str) -> str:
    if value not in keys.ENVS:
        raise IdentityError("invalid", f"env must be one of {', '.join(keys.ENVS)}")
    return value


def _scopes(values: Iterable[str]) -> list[str]:
    if isinstance(values, str):
        raise IdentityError("invalid", "scopes must be a list of strings")
    unique = list(dict.fromkeys(values))
    if len(unique) > _MAX_SCOPES:
        raise IdentityError("invalid", f"a client has at most {_MAX_SCOPES} scopes")
    for scope in unique:
        if not isinstance(scope, str) or not _SCOPE.fullmatch(scope):
            raise IdentityError("invalid", f"{_excerpt(scope)} is not a valid scope (letters,"
                                           " digits and _ . : / -, at most 128 characters)")
    return unique


def _route_ids(values: Iterable[str]) -> list[str]:
    if isinstance(values, str):
        raise IdentityError("invalid", "allowed_routes must be a list of route ids")
    unique = list(dict.fromkeys(values))
    if len(unique) > _MAX_ROUTES:
        raise IdentityError("invalid", f"a client lists at most {_MAX_ROUTES} routes")
    for route in unique:
        if not isinstance(route, str) or not _ROUTE_ID.fullmatch(route):
            raise IdentityError("invalid", f"{_excerpt(route)} is not a valid route id")
    return unique


def _positive(value: timedelta, what: str) -> timedelta:
    if value <= timedelta(0):
        raise IdentityError("invalid", f"the {what} must be in the future")
    return value


def _opt_tuple(value: Any) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)
