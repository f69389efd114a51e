"""Admin endpoints for signing in and for managing operators.

`POST /admin/login` is the only endpoint reachable without a session. Every refused login
gets the same 401 `login_failed`, whatever went wrong; the audit event records the real
reason. Secrets in responses (a session token, a generated password, a TOTP enrolment URI)
appear once, in the response to the call that made them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from charter.admin import roles
from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.admin.operators import IDLE_TIMEOUT, LoginRefused, OperatorError
from charter.audit.log import target_of
from charter.identity.models import Account

T = TypeVar("T")
RoleName = Literal["owner", "admin", "security", "privacy_officer", "support", "auditor"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginBody(_Body):
    username: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=1, max_length=1024)
    totp: str = Field(default="", max_length=16, description="the 6-digit code, if enrolled")


class OperatorSummary(BaseModel):
    account_id: str
    username: str
    role: str


class LoginResult(BaseModel):
    token: str = Field(description="send as 'Authorization: Bearer <token>'; shown once")
    session_id: str
    expires: datetime = Field(description="absolute end of the session")
    idle_timeout_seconds: int
    operator: OperatorSummary


class Me(BaseModel):
    account_id: str
    username: str
    role: str
    session_id: str | None
    permissions: list[str]


class PasswordChange(_Body):
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)


class OperatorView(BaseModel):
    account_id: str
    username: str
    email: str | None
    role: str | None
    status: str
    created: datetime
    last_login: datetime | None
    locked_until: datetime | None
    failed_logins: int
    totp_enrolled: bool


class OperatorList(BaseModel):
    operators: list[OperatorView]


class NewOperator(_Body):
    username: str = Field(min_length=2, max_length=128)
    role: RoleName
    email: str | None = Field(default=None, max_length=320)


class OperatorChange(_Body):
    role: RoleName | None = None
    status: Literal["active", "disabled"] | None = None


class Credentials(BaseModel):
    operator: OperatorView
    password: str = Field(description="a generated one-time password; shown once")
    totp_uri: str = Field(description="otpauth:// URI to enrol an authenticator; shown once")


class Revoked(BaseModel):
    revoked: int


def view(account: Account) -> OperatorView:
    return OperatorView(
        account_id=account.id, username=account.username, email=account.email,
        role=account.role, status=account.status, created=account.created,
        last_login=account.last_login, locked_until=account.locked_until,
        failed_logins=account.failed_logins, totp_enrolled=account.has_totp)


async def login(ctx: AdminContext, body: LoginBody) -> LoginResult:
    try:
        session = await ctx.run(ctx.services.operators.login, body.username, body.password,
                                body.totp)
    except LoginRefused as refused:
        ctx.annotate(reason=refused.reason, subject_key=refused.subject_key,
                     target=(target_of({"account_id": refused.account_id})
                             if refused.account_id else None))
        raise AdminError(401, "login_failed", "Login failed",
                         "The username, password or code is wrong, or this account cannot "
                         "log in now.") from None
    operator = session.operator
    ctx.annotate(actor=operator.account_id, subject_key=operator.subject_key,
                 target=target_of({"account_id": operator.account_id}),
                 session=operator.session_id)
    return LoginResult(
        token=session.token, session_id=operator.session_id or "", expires=session.expires,
        idle_timeout_seconds=int(IDLE_TIMEOUT.total_seconds()),
        operator=OperatorSummary(account_id=operator.account_id, username=operator.username,
                                 role=operator.role))


async def logout(ctx: AdminContext, body: None) -> None:
    if ctx.operator.session_id is not None:  # the bootstrap token has no session to end
        await ctx.run(ctx.services.operators.logout, ctx.operator.session_id)


async def me(ctx: AdminContext, body: None) -> Me:
    operator = ctx.operator
    held = roles.role(operator.role).permissions
    return Me(account_id=operator.account_id, username=operator.username, role=operator.role,
              session_id=operator.session_id,
              permissions=[p.name for p in roles.PERMISSIONS if p.name in held])


async def change_password(ctx: AdminContext, body: PasswordChange) -> None:
    if ctx.operator.session_id is None:
        raise AdminError(409, "no_account", "Not an operator account",
                         "The bootstrap token has no password to change.")
    await _call(ctx, ctx.services.operators.change_password, ctx.operator, body.current_password,
                body.new_password)


async def list_operators(ctx: AdminContext, body: None) -> OperatorList:
    accounts = await ctx.run(ctx.services.operators.all)
    return OperatorList(operators=[view(a) for a in accounts])


async def get_operator(ctx: AdminContext, body: None, account_id: str) -> OperatorView:
    return view(await _call(ctx, ctx.services.operators.get, account_id))


async def create_operator(ctx: AdminContext, body: NewOperator) -> Credentials:
    _require_privileged(ctx, body.role)
    enrolment = await _call(ctx, ctx.services.operators.create, body.username, body.role,
                            email=body.email)
    ctx.annotate(target=target_of({"account_id": enrolment.account.id}), role=body.role)
    assert enrolment.password is not None
    return Credentials(operator=view(enrolment.account), password=enrolment.password,
                       totp_uri=enrolment.totp_uri)


async def change_operator(ctx: AdminContext, body: OperatorChange,
                          account_id: str) -> OperatorView:
    current = await _call(ctx, ctx.services.operators.get, account_id)
    _require_privileged(ctx, current.role, body.role)
    account = await _call(ctx, ctx.services.operators.update, account_id, role=body.role,
                          status=body.status)
    ctx.annotate(role=body.role, status=body.status)
    return view(account)


async def reset_operator(ctx: AdminContext, body: None, account_id: str) -> Credentials:
    current = await _call(ctx, ctx.services.operators.get, account_id)
    _require_privileged(ctx, current.role)
    enrolment = await _call(ctx, ctx.services.operators.reset, account_id)
    assert enrolment.password is not None
    return Credentials(operator=view(enrolment.account), password=enrolment.password,
                       totp_uri=enrolment.totp_uri)


async def unlock_operator(ctx: AdminContext, body: None, account_id: str) -> OperatorView:
    return view(await _call(ctx, ctx.services.operators.unlock, account_id))


async def revoke_sessions(ctx: AdminContext, body: None, account_id: str) -> Revoked:
    count = await _call(ctx, ctx.services.operators.revoke_sessions, account_id)
    ctx.annotate(revoked=count)
    return Revoked(revoked=count)


def _require_privileged(ctx: AdminContext, *role_names: str | None) -> None:
    """Operators with the owner or admin role are managed only with `operators.privileged`."""
    if any(name in roles.PRIVILEGED_ROLES for name in role_names) and not roles.allowed(
            ctx.operator.role, "operators.privileged"):
        raise AdminError(403, "forbidden", "Forbidden",
                         "Managing owners and admins needs the permission "
                         "'operators.privileged'.")


_STATUS = {"not_found": 404, "conflict": 409, "invalid": 422}
_TITLES = {"not_found": "Not found", "conflict": "Conflict", "invalid": "Invalid request"}


async def _call(ctx: AdminContext, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`func` in a thread, with the service's expected failures as problems."""
    try:
        return await ctx.run(functools.partial(func, *args, **kwargs))
    except OperatorError as exc:
        raise AdminError(_STATUS[exc.code], exc.code, _TITLES[exc.code], exc.message) from None


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("POST", "/admin/login", login, roles.PUBLIC,
                 "Log in with username, password and TOTP code; returns a session token",
                 body=LoginBody, response=LoginResult),
        Endpoint("POST", "/admin/logout", logout, roles.SESSION, "End this session",
                 status=204),
        Endpoint("GET", "/admin/me", me, roles.SESSION,
                 "The operator signed in, their role and permissions", response=Me),
        Endpoint("POST", "/admin/me/password", change_password, roles.SESSION,
                 "Change one's own password; one's other sessions end", body=PasswordChange,
                 status=204),
        Endpoint("GET", "/admin/operators", list_operators, "operators.read",
                 "All operator accounts", response=OperatorList),
        Endpoint("POST", "/admin/operators", create_operator, "operators.write",
                 "Create an operator; returns a one-time password and TOTP enrolment URI",
                 body=NewOperator, response=Credentials, status=201),
        Endpoint("GET", "/admin/operators/{account_id}", get_operator, "operators.read",
                 "One operator account", response=OperatorView),
        Endpoint("PATCH", "/admin/operators/{account_id}", change_operator, "operators.write",
                 "Change an operator's role or status", body=OperatorChange,
                 response=OperatorView),
        Endpoint("POST", "/admin/operators/{account_id}/reset", reset_operator,
                 "operators.write",
                 "New one-time password and TOTP secret; ends the operator's sessions",
                 response=Credentials),
        Endpoint("POST", "/admin/operators/{account_id}/unlock", unlock_operator,
                 "operators.unlock", "Lift a login lockout", response=OperatorView),
        Endpoint("DELETE", "/admin/operators/{account_id}/sessions", revoke_sessions,
                 "sessions.revoke", "End every session of an operator", response=Revoked),
    ]
