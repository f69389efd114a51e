"""Operator accounts: enrolment, login, sessions, lockout.

Operators are rows of `accounts` with kind `operator` (the identity slice owns the table);
this module owns their credentials:

- **Password**: argon2id (`charter.admin.passwords`), never stored or logged in the clear.
- **TOTP**: enrolled for every operator at creation and required at login whenever the
  account has one or its role can change anything (`roles.requires_totp`); a code is
  accepted once (`charter.admin.totp`).
- **Login** (`login`): username + password + code gives a session token `cha_s_<random>`,
  stored only as its SHA-256. Every refusal looks the same to the caller (`LoginRefused`
  carries the real reason for the audit log only), and an unknown username costs the same
  argon2 work as a known one, so the answer does not tell which usernames exist.
- **Sessions** expire after 30 minutes unused and 12 hours after login, whichever is first;
  logout, a password change, a credential reset or disabling the account ends them.
- **Lockout**: 5 failed logins within 15 minutes lock the account for 15 minutes (audited as
  `operator.lockout`). While locked, even the right password is refused, with the same answer.

All methods are synchronous (store I/O and hashing); the admin API calls them in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from charter.admin import passwords as pw
from charter.admin import roles, totp
from charter.admin.api import Operator
from charter.admin.auth import SESSION_PREFIX
from charter.admin.models import admin_sessions, operator_login_failures
from charter.audit.log import AuditEvent, AuditLog, target_of
from charter.identity import service as identity
from charter.identity.models import ACTIVE, DISABLED, OPERATOR, Account, accounts, aware
from charter.privacy.keyring import Keyring
from charter.store.engine import write_transaction

LOCKOUT_THRESHOLD: Final = 5
LOCKOUT_WINDOW: Final = timedelta(minutes=15)
LOCKOUT_DURATION: Final = timedelta(minutes=15)
IDLE_TIMEOUT: Final = timedelta(minutes=30)
ABSOLUTE_TIMEOUT: Final = timedelta(hours=12)
# `last_seen` is written at most this often: a busy operator does not write on every call.
_TOUCH_EVERY: Final = timedelta(seconds=60)

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class OperatorError(Exception):
    """An expected failure: `code` is `not_found`, `conflict` or `invalid`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class LoginRefused(Exception):
    """A login failed. Callers answer every refusal alike; `reason` is for the audit log:
    `unknown_user`, `disabled`, `locked`, `bad_password`, `bad_totp`, `totp_replayed`,
    `no_password`, `no_totp`, `unreadable_totp`."""

    def __init__(self, reason: str, account_id: str | None = None,
                 subject_key: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.account_id = account_id
        self.subject_key = subject_key


@dataclass(frozen=True)
class Session:
    """A new session. `token` is shown to the operator once and never stored."""

    token: str = field(repr=False)
    operator: Operator
    expires: datetime
    idle_timeout: timedelta = IDLE_TIMEOUT


@dataclass(frozen=True)
class Enrolment:
    """Credentials for a new or reset operator, to show once: never stored in the clear.

    `password` is None when the caller chose it (and so already knows it).
    """

    account: Account
    password: str | None = field(repr=False)
    totp_uri: str = field(repr=False)


class OperatorService:
    """Operator credentials on one store. Thread-safe; share one per process."""

    def __init__(self, engine: Engine, keyring: Keyring, audit: AuditLog, *,
                 passwords: pw.Passwords | None = None, clock: Clock = _utcnow) -> None:
        self.engine = engine
        self.keyring = keyring
        self.audit = audit
        self.passwords = passwords or pw.Passwords()
        self.clock = clock

    # -- enrolment ------------------------------------------------------------------------

    def create(self, username: str, role: str, *, email: str | None = None,
               password: str | None = None) -> Enrolment:
        """A new operator with a password (generated unless given) and a TOTP secret."""
        if role not in roles.ROLE_NAMES:
            raise OperatorError("invalid", f"role must be one of {', '.join(roles.ROLE_NAMES)}")
        chosen = password is not None
        password = password if password is not None else pw.generate()
        password_hash = self._hash(password)
        try:
            account = identity.create_account(
                self.engine, self.keyring, username=username, kind=OPERATOR, role=role,
                email=email, password_hash=password_hash, now=self.clock())
        except identity.IdentityError as exc:
            raise OperatorError(exc.code, exc.message) from None
        uri = self._enrol_totp(account)
        return Enrolment(account=self.get(account.id), password=None if chosen else password,
                         totp_uri=uri)

    def reset(self, account_id: str) -> Enrolment:
        """New password and TOTP secret; ends the operator's sessions and lifts a lockout."""
        account = self.get(account_id)
        password = pw.generate()
        password_hash = self._hash(password)
        with write_transaction(self.engine, lock=_lock(account_id)) as c:
            c.execute(update(accounts).where(accounts.c.id == account_id).values(
                password_hash=password_hash, failed_logins=0, locked_until=None))
            c.execute(delete(operator_login_failures)
                      .where(operator_login_failures.c.account_id == account_id))
            self._revoke(c, account_id)
        uri = self._enrol_totp(account)
        return Enrolment(account=self.get(account_id), password=password, totp_uri=uri)

    def _enrol_totp(self, account: Account) -> str:
        secret = totp.new_secret()
        with self.engine.begin() as c:
            c.execute(update(accounts).where(accounts.c.id == account.id).values(
                totp_secret=totp.seal(self.keyring, account.id, secret)))
        return totp.provisioning_uri(secret, account.username)

    def _hash(self, password: str) -> str:
        try:
            return self.passwords.hash(password)
        except pw.PasswordPolicyError as exc:
            raise OperatorError("invalid", str(exc)) from None

    # -- reading ----------------------------------------------------------------------------

    def get(self, account_id: str) -> Account:
        try:
            account = identity.get_account(self.engine, account_id)
        except identity.IdentityError:
            account = None
        if account is None or account.kind != OPERATOR:
            raise OperatorError("not_found", f"no operator {account_id!r}")
        return account

    def all(self) -> list[Account]:
        return identity.list_accounts(self.engine, kind=OPERATOR)

    def owner_exists(self) -> bool:
        query = select(func.count()).select_from(accounts).where(
            accounts.c.kind == OPERATOR, accounts.c.role == "owner",
            accounts.c.status == ACTIVE)
        with self.engine.connect() as c:
            return bool(c.execute(query).scalar_one())

    # -- changes ----------------------------------------------------------------------------

    def update(self, account_id: str, *, role: str | None = None,
               status: str | None = None) -> Account:
        """Change an operator's role or status. The last active owner cannot be demoted or
        disabled; disabling ends the operator's sessions."""
        if role is not None and role not in roles.ROLE_NAMES:
            raise OperatorError("invalid", f"role must be one of {', '.join(roles.ROLE_NAMES)}")
        if status is not None and status not in (ACTIVE, DISABLED):
            raise OperatorError("invalid", "status must be active or disabled")
        account = self.get(account_id)
        values: dict[str, Any] = {}
        if role is not None:
            values["role"] = role
        if status is not None:
            values["status"] = status
        if not values:
            return account
        # One lock for every change of roles, so two demotions cannot both pass the check.
        with write_transaction(self.engine, lock="operator-roles") as c:
            stays_owner = (values.get("role", account.role) == "owner"
                           and values.get("status", account.status) == ACTIVE)
            if account.role == "owner" and account.status == ACTIVE and not stays_owner:
                owners = c.execute(select(func.count()).select_from(accounts).where(
                    accounts.c.kind == OPERATOR, accounts.c.role == "owner",
                    accounts.c.status == ACTIVE)).scalar_one()
                if owners <= 1:
                    raise OperatorError("conflict", "the last active owner cannot be demoted "
                                                    "or disabled; make another owner first")
            c.execute(update(accounts).where(accounts.c.id == account_id).values(**values))
            if values.get("status") == DISABLED:
                self._revoke(c, account_id)
        return self.get(account_id)

    def unlock(self, account_id: str) -> Account:
        self.get(account_id)
        with write_transaction(self.engine, lock=_lock(account_id)) as c:
            c.execute(update(accounts).where(accounts.c.id == account_id)
                      .values(failed_logins=0, locked_until=None))
            c.execute(delete(operator_login_failures)
                      .where(operator_login_failures.c.account_id == account_id))
        return self.get(account_id)

    def change_password(self, operator: Operator, current: str, new: str) -> None:
        """The operator's own password; other sessions of theirs end."""
        row = self._row_by_id(operator.account_id)
        if row is None or row.password_hash is None or not self.passwords.verify(
                row.password_hash, current):
            raise OperatorError("invalid", "the current password is not right")
        password_hash = self._hash(new)
        with write_transaction(self.engine, lock=_lock(operator.account_id)) as c:
            c.execute(update(accounts).where(accounts.c.id == operator.account_id)
                      .values(password_hash=password_hash))
            self._revoke(c, operator.account_id, keep=operator.session_id)

    def revoke_sessions(self, account_id: str) -> int:
        """End every open session of an operator; returns how many there were."""
        self.get(account_id)
        with self.engine.begin() as c:
            return self._revoke(c, account_id)

    def logout(self, session_id: str) -> None:
        with self.engine.begin() as c:
            c.execute(update(admin_sessions).where(
                admin_sessions.c.id == session_id, admin_sessions.c.revoked.is_(None),
            ).values(revoked=self.clock()))

    def _revoke(self, c: Connection, account_id: str, keep: str | None = None) -> int:
        query = update(admin_sessions).where(
            admin_sessions.c.account_id == account_id, admin_sessions.c.revoked.is_(None))
        if keep is not None:
            query = query.where(admin_sessions.c.id != keep)
        return c.execute(query.values(revoked=self.clock())).rowcount

    # -- login ------------------------------------------------------------------------------

    def login(self, username: str, password: str, code: str) -> Session:
        """Open a session, or raise `LoginRefused`. See the module docstring."""
        now = self.clock()
        row = self._row_by_username(username)
        if row is None:
            self.passwords.burn()
            raise LoginRefused("unknown_user")
        account_id, subject_key = row.id, row.subject_key
        if row.status != ACTIVE or row.password_hash is None:
            self.passwords.burn()
            raise LoginRefused("disabled" if row.status != ACTIVE else "no_password",
                               account_id, subject_key)
        locked_until = aware(row.locked_until)
        if locked_until is not None and locked_until > now:
            self.passwords.burn()
            raise LoginRefused("locked", account_id, subject_key)
        password_ok = self.passwords.verify(row.password_hash, password)
        step, code_problem = self._check_code(row, code, now)
        if not password_ok or code_problem is not None:
            self._failed(row, now)
            raise LoginRefused("bad_password" if not password_ok else str(code_problem),
                               account_id, subject_key)
        session = self._open(row, step, now, password)
        if session is None:
            self._failed(row, now)
            raise LoginRefused("totp_replayed", account_id, subject_key)
        return session

    def _check_code(self, row: Any, code: str, now: datetime) -> tuple[int | None, str | None]:
        if row.totp_secret is None:
            return None, ("no_totp" if roles.requires_totp(row.role) else None)
        try:
            secret = totp.unseal(self.keyring, row.id, row.totp_secret)
        except totp.TotpSecretError:
            return None, "unreadable_totp"
        step = totp.matching_step(secret, code, now)
        return step, (None if step is not None else "bad_totp")

    def _open(self, row: Any, step: int | None, now: datetime, password: str) -> Session | None:
        token = SESSION_PREFIX + secrets.token_urlsafe(32)
        session_id = "ses_" + secrets.token_hex(10)
        expires = now + ABSOLUTE_TIMEOUT
        values: dict[str, Any] = {"failed_logins": 0, "locked_until": None, "last_login": now}
        # Upgrades that need the secret in hand happen here, at the one moment we have it.
        if self.passwords.needs_rehash(row.password_hash):
            with contextlib.suppress(pw.PasswordPolicyError):  # an older, shorter password
                values["password_hash"] = self.passwords.hash(password)
        if row.totp_secret is not None and totp.needs_reseal(self.keyring, row.totp_secret):
            secret = totp.unseal(self.keyring, row.id, row.totp_secret)
            values["totp_secret"] = totp.seal(self.keyring, row.id, secret)
        with write_transaction(self.engine, lock=_lock(row.id)) as c:
            if step is not None:
                last: int | None = c.execute(select(func.max(admin_sessions.c.totp_step))
                                 .where(admin_sessions.c.account_id == row.id)).scalar_one()
                if last is not None and step <= last:
                    return None
            c.execute(insert(admin_sessions).values(
                id=session_id, token_hash=_digest(token), account_id=row.id,
                subject_key=row.subject_key, totp_step=step, created=now, last_seen=now,
                expires=expires))
            c.execute(update(accounts).where(accounts.c.id == row.id).values(**values))
            c.execute(delete(operator_login_failures)
                      .where(operator_login_failures.c.account_id == row.id))
            # Sessions past their absolute limit are of no use any more.
            c.execute(delete(admin_sessions).where(admin_sessions.c.account_id == row.id,
                                                   admin_sessions.c.expires < now))
        operator = Operator(account_id=row.id, username=row.username, role=row.role,
                            session_id=session_id, subject_key=row.subject_key)
        return Session(token=token, operator=operator, expires=expires)

    def _failed(self, row: Any, now: datetime) -> None:
        failures = operator_login_failures
        with write_transaction(self.engine, lock=_lock(row.id)) as c:
            c.execute(delete(failures).where(failures.c.account_id == row.id,
                                             failures.c.ts < now - LOCKOUT_WINDOW))
            c.execute(insert(failures).values(account_id=row.id, subject_key=row.subject_key,
                                              ts=now))
            count = c.execute(select(func.count()).select_from(failures)
                              .where(failures.c.account_id == row.id)).scalar_one()
            values: dict[str, Any] = {"failed_logins": count}
            locked = count >= LOCKOUT_THRESHOLD
            if locked:
                values["locked_until"] = now + LOCKOUT_DURATION
                # The next window starts when the lock ends.
                c.execute(delete(failures).where(failures.c.account_id == row.id))
            c.execute(update(accounts).where(accounts.c.id == row.id).values(**values))
        if locked:
            self.audit.record_sync(AuditEvent(
                actor="system", action="operator.lockout", outcome="success",
                target=target_of({"account_id": row.id}), reason="too_many_failures",
                subject_key=row.subject_key, target_display=row.username,
                details={"failures": count,
                         "locked_seconds": int(LOCKOUT_DURATION.total_seconds())},
                ts=now))

    # -- sessions ---------------------------------------------------------------------------

    async def authenticate(self, token: str) -> Operator | None:
        """The operator a session token belongs to, if the session is still open."""
        return await asyncio.to_thread(self.session_operator, token)

    def session_operator(self, token: str) -> Operator | None:
        now = self.clock()
        s, a = admin_sessions, accounts
        query = (select(s.c.id, s.c.last_seen, s.c.expires, s.c.revoked, a.c.id.label("account"),
                        a.c.username, a.c.role, a.c.status, a.c.kind, a.c.subject_key)
                 .join(a, a.c.id == s.c.account_id).where(s.c.token_hash == _digest(token)))
        with self.engine.connect() as c:
            row = c.execute(query).one_or_none()
        if row is None or row.revoked is not None:
            return None
        last_seen, expires = aware(row.last_seen), aware(row.expires)
        assert last_seen is not None and expires is not None
        if now >= expires or now >= last_seen + IDLE_TIMEOUT:
            return None
        if row.status != ACTIVE or row.kind != OPERATOR or row.role not in roles.ROLE_NAMES:
            return None
        if now - last_seen >= _TOUCH_EVERY:
            with self.engine.begin() as c:
                c.execute(update(s).where(s.c.id == row.id).values(last_seen=now))
        return Operator(account_id=row.account, username=row.username, role=row.role,
                        session_id=row.id, subject_key=row.subject_key)

    # -- rows -------------------------------------------------------------------------------

    def _row_by_username(self, username: str) -> Any:
        name = username.strip().lower()
        if not name or len(name) > 128:
            return None
        with self.engine.connect() as c:
            return c.execute(select(accounts).where(
                accounts.c.username == name, accounts.c.kind == OPERATOR)).one_or_none()

    def _row_by_id(self, account_id: str) -> Any:
        with self.engine.connect() as c:
            return c.execute(select(accounts).where(
                accounts.c.id == account_id, accounts.c.kind == OPERATOR)).one_or_none()


def _digest(token: str) -> str:
    # The token has 256 random bits, so a plain hash is enough: nothing to brute-force.
    return hashlib.sha256(token.encode()).hexdigest()


def _lock(account_id: str) -> str:
    return f"operator:{account_id}"
