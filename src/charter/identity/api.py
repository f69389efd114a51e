"""Admin API endpoints for organizations, clients, API keys and developer accounts.

Mounted by the admin app from `endpoints()`; the framework (`charter.admin.api`) checks the
operator's permission, validates bodies, and audits every call that changes something. New
objects are named as the audit target once they exist.

Responses never carry a hash. A secret (an API key, a client secret) appears once, in the
response of the call that made it, and the framework marks every admin response
`Cache-Control: no-store`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.audit.log import AuditEvent, target_of
from charter.config.units import parse_duration
from charter.consent.minors import Minor, list_minors
from charter.consent.notify import Publisher, served_redis_url
from charter.identity import service
from charter.identity.models import Account, ApiKey, Client, Organization
from charter.identity.service import IdentityError

_STATUS = {"not_found": 404, "conflict": 409, "invalid": 422}
_TITLE = {"not_found": "Not found", "conflict": "Conflict", "invalid": "Invalid request"}

# A duration as seconds, or text such as "90d" or "12h".
Seconds = Annotated[float, BeforeValidator(parse_duration)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- bodies and queries -----------------------------------------------------------------------

class OrganizationCreate(_In):
    name: str = Field(max_length=200)
    slug: str | None = Field(None, max_length=64)


class OrganizationQuery(_In):
    status: Literal["active", "disabled"] | None = None


class ClientCreate(_In):
    org_id: str = Field(max_length=64)
    name: str = Field(max_length=200)
    scopes: list[str] = Field(default_factory=list, max_length=100)
    allowed_routes: list[str] | None = Field(None, max_length=200)


class ClientQuery(_In):
    org_id: str | None = Field(None, max_length=64)


class KeyCreate(_In):
    env: Literal["live", "test"] = "live"
    expires_in: Seconds | None = Field(None, gt=0, le=10 * 365 * 86400)
    description: str = Field("", max_length=200)


class KeyRotate(_In):
    overlap: Seconds = Field(7 * 86400, ge=0, le=service.MAX_OVERLAP.total_seconds())


class _SignIn(_In):
    gateway_subject: str | None = Field(
        None, max_length=512, description="the sign-in the person uses at the gateway, as "
                                          "sub:ISSUER:SUB (stored only as its subject key)")
    gateway_subject_key: str | None = Field(None, max_length=40,
                                            description="the same, as a subject key")

    @model_validator(mode="after")
    def _at_most_one(self) -> _SignIn:
        if self.gateway_subject is not None and self.gateway_subject_key is not None:
            raise ValueError("give gateway_subject or gateway_subject_key, not both")
        return self


class AccountCreate(_SignIn):
    username: str = Field(max_length=128)
    org_id: str = Field(max_length=64)
    email: str | None = Field(None, max_length=320)
    is_minor: bool = False


class AccountUpdate(_SignIn):
    is_minor: bool | None = Field(None, description="whether the person is a minor: set, "
                                  "their keys are marked in `minors`; cleared, unmarked")


class AccountQuery(_In):
    org_id: str | None = Field(None, max_length=64)


# --- responses --------------------------------------------------------------------------------

class OrganizationOut(BaseModel):
    id: str
    name: str
    slug: str
    status: str
    created: datetime


class ClientOut(BaseModel):
    id: str
    org_id: str
    name: str
    scopes: list[str]
    allowed_routes: list[str] | None
    status: str
    created: datetime
    has_secret: bool


class ClientSecretOut(BaseModel):
    client_id: str
    client_secret: str = Field(description="shown once; only a keyed hash is kept")


class ApiKeyOut(BaseModel):
    id: str
    client_id: str
    env: str
    state: Literal["active", "revoked", "expired"]
    created: datetime
    expires: datetime | None
    revoked_at: datetime | None
    last_used: datetime | None = Field(description="to the hour")
    rotated_from: str | None
    description: str


class NewApiKeyOut(BaseModel):
    api_key: str = Field(description="shown once; only a keyed hash is kept")
    key: ApiKeyOut


class AccountOut(BaseModel):
    id: str
    org_id: str | None
    username: str
    email: str | None
    kind: str
    status: str
    is_minor: bool
    gateway_subject_key: str | None
    created: datetime
    last_login: datetime | None


# --- handlers ---------------------------------------------------------------------------------

async def list_organizations(ctx: AdminContext, body: None) -> list[OrganizationOut]:
    status = ctx.query.status if isinstance(ctx.query, OrganizationQuery) else None
    orgs = await _call(ctx, service.list_organizations, ctx.services.engine, status=status)
    return [_org(org) for org in orgs]


async def create_organization(ctx: AdminContext, body: OrganizationCreate) -> OrganizationOut:
    org = await _call(ctx, service.create_organization, ctx.services.engine, body.name,
                      body.slug)
    ctx.annotate(target=target_of({"org_id": org.id}))
    return _org(org)


async def get_organization(ctx: AdminContext, body: None, org_id: str) -> OrganizationOut:
    _name_target(ctx, org_id=org_id)
    return _org(await _call(ctx, service.get_organization, ctx.services.engine, org_id))


async def disable_organization(ctx: AdminContext, body: None, org_id: str) -> OrganizationOut:
    _name_target(ctx, org_id=org_id)
    return _org(await _call(ctx, service.disable_organization, ctx.services.engine, org_id))


async def list_clients(ctx: AdminContext, body: None) -> list[ClientOut]:
    org_id = ctx.query.org_id if isinstance(ctx.query, ClientQuery) else None
    found = await _call(ctx, service.list_clients, ctx.services.engine, org_id=org_id)
    return [_client(client) for client in found]


async def create_client(ctx: AdminContext, body: ClientCreate) -> ClientOut:
    client = await _call(ctx, service.create_client, ctx.services.engine, body.org_id,
                         body.name, body.scopes, body.allowed_routes)
    ctx.annotate(target=target_of({"org_id": client.org_id, "client_id": client.id}))
    return _client(client)


async def get_client(ctx: AdminContext, body: None, client_id: str) -> ClientOut:
    _name_target(ctx, client_id=client_id)
    return _client(await _call(ctx, service.get_client, ctx.services.engine, client_id))


async def disable_client(ctx: AdminContext, body: None, client_id: str) -> ClientOut:
    _name_target(ctx, client_id=client_id)
    return _client(await _call(ctx, service.disable_client, ctx.services.engine, client_id))


async def reset_client_secret(ctx: AdminContext, body: None, client_id: str) -> ClientSecretOut:
    _name_target(ctx, client_id=client_id)
    client, secret = await _call(ctx, service.reset_client_secret, ctx.services.engine,
                                 ctx.services.keyring, client_id)
    return ClientSecretOut(client_id=client.id, client_secret=secret)


async def list_keys(ctx: AdminContext, body: None, client_id: str) -> list[ApiKeyOut]:
    _name_target(ctx, client_id=client_id)
    found = await _call(ctx, service.list_api_keys, ctx.services.engine, client_id)
    now = datetime.now(UTC)
    return [_key(key, now) for key in found]


async def create_key(ctx: AdminContext, body: KeyCreate, client_id: str) -> NewApiKeyOut:
    _name_target(ctx, client_id=client_id)
    expires_in = None if body.expires_in is None else timedelta(seconds=body.expires_in)
    record, key = await _call(ctx, _create_key, ctx, client_id, body.env, expires_in,
                              body.description)
    ctx.annotate(target=target_of({"client_id": client_id, "key_id": record.id}),
                 env=record.env)
    return NewApiKeyOut(api_key=key, key=_key(record, record.created))


async def revoke_key(ctx: AdminContext, body: None, key_id: str) -> ApiKeyOut:
    _name_target(ctx, key_id=key_id)
    record = await _call(ctx, service.revoke_api_key, ctx.services.engine, key_id)
    ctx.annotate(client_id=record.client_id)
    return _key(record, datetime.now(UTC))


async def rotate_key(ctx: AdminContext, body: KeyRotate, key_id: str) -> NewApiKeyOut:
    _name_target(ctx, key_id=key_id)
    overlap = timedelta(seconds=body.overlap)
    record, key = await _call(ctx, _rotate_key, ctx, key_id, overlap)
    ctx.annotate(client_id=record.client_id, new_key_id=record.id)
    return NewApiKeyOut(api_key=key, key=_key(record, record.created))


async def list_accounts(ctx: AdminContext, body: None) -> list[AccountOut]:
    org_id = ctx.query.org_id if isinstance(ctx.query, AccountQuery) else None
    found = await _call(ctx, service.list_accounts, ctx.services.engine, kind="developer",
                        org_id=org_id)
    return [_account(account) for account in found]


async def create_account(ctx: AdminContext, body: AccountCreate) -> AccountOut:
    account, marks = await _call(ctx, _create_developer, ctx, body)
    ctx.annotate(target=target_of({"org_id": body.org_id, "account_id": account.id}),
                 is_minor=account.is_minor, linked=account.gateway_subject_key is not None)
    await _audit_marks(ctx, account, marks)
    return _account(account)


async def get_account(ctx: AdminContext, body: None, account_id: str) -> AccountOut:
    _name_target(ctx, account_id=account_id)
    account = await _call(ctx, service.get_account, ctx.services.engine, account_id)
    if account.kind != "developer":
        raise AdminError(404, "not_found", "Not found", f"no developer account {account_id}")
    return _account(account)


async def update_account(ctx: AdminContext, body: AccountUpdate, account_id: str) -> AccountOut:
    _name_target(ctx, account_id=account_id)
    account, marks = await _call(ctx, _update_developer, ctx, account_id, body)
    ctx.annotate(is_minor=account.is_minor, linked=account.gateway_subject_key is not None,
                 minors_changed=len(marks))
    await _audit_marks(ctx, account, marks)
    return _account(account)


def endpoints() -> list[Endpoint]:
    """The identity slice of the admin API."""
    orgs, one_org = "/admin/organizations", "/admin/organizations/{org_id}"
    clients, one_client = "/admin/clients", "/admin/clients/{client_id}"
    return [
        Endpoint("GET", orgs, list_organizations, "orgs.read", "List organizations",
                 query=OrganizationQuery),
        Endpoint("POST", orgs, create_organization, "orgs.write", "Create an organization",
                 body=OrganizationCreate, response=OrganizationOut, status=201),
        Endpoint("GET", one_org, get_organization, "orgs.read", "Read an organization",
                 response=OrganizationOut),
        Endpoint("POST", f"{one_org}/disable", disable_organization, "orgs.write",
                 "Disable an organization: its clients' keys and secrets stop working",
                 response=OrganizationOut),
        Endpoint("GET", clients, list_clients, "clients.read", "List clients",
                 query=ClientQuery),
        Endpoint("POST", clients, create_client, "clients.write", "Create a client",
                 body=ClientCreate, response=ClientOut, status=201),
        Endpoint("GET", one_client, get_client, "clients.read", "Read a client",
                 response=ClientOut),
        Endpoint("POST", f"{one_client}/disable", disable_client, "clients.write",
                 "Disable a client: its keys and secret stop working", response=ClientOut),
        Endpoint("POST", f"{one_client}/secret", reset_client_secret, "clients.write",
                 "Issue a new client secret, shown once; the previous one stops working",
                 response=ClientSecretOut),
        Endpoint("GET", f"{one_client}/keys", list_keys, "keys.read",
                 "List a client's API keys (never the keys or their hashes)"),
        Endpoint("POST", f"{one_client}/keys", create_key, "keys.write",
                 "Create an API key, shown once", body=KeyCreate, response=NewApiKeyOut,
                 status=201),
        Endpoint("POST", "/admin/keys/{key_id}/revoke", revoke_key, "keys.revoke",
                 "Revoke an API key at once", response=ApiKeyOut),
        Endpoint("POST", "/admin/keys/{key_id}/rotate", rotate_key, "keys.write",
                 "Replace an API key; the old one keeps working for the overlap",
                 body=KeyRotate, response=NewApiKeyOut, status=201),
        Endpoint("GET", "/admin/accounts", list_accounts, "accounts.read",
                 "List developer accounts", query=AccountQuery),
        Endpoint("POST", "/admin/accounts", create_account, "accounts.write",
                 "Create a developer account", body=AccountCreate, response=AccountOut,
                 status=201),
        Endpoint("GET", "/admin/accounts/{account_id}", get_account, "accounts.read",
                 "Read a developer account", response=AccountOut),
        Endpoint("PATCH", "/admin/accounts/{account_id}", update_account, "accounts.write",
                 "Change whether a developer account's person is a minor, and their gateway"
                 " sign-in", body=AccountUpdate, response=AccountOut),
    ]


# --- helpers ----------------------------------------------------------------------------------

def _name_target(ctx: AdminContext, **params: str) -> None:
    # The audit target names the object by its path parameters. Only ids of the right shape
    # are recorded: an operator may paste a key where its id belongs, and it must not end up
    # in the audit log (clause DATA-3).
    ctx.annotate(target=target_of({
        name: value if service.looks_like_id(value) else "<invalid>"
        for name, value in params.items()
    }))


async def _call(ctx: AdminContext, func: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a blocking service call in a thread; `IdentityError` becomes an `AdminError`."""
    try:
        return await ctx.run(lambda: func(*args, **kwargs))
    except IdentityError as exc:
        raise AdminError(_STATUS.get(exc.code, 422), exc.code, _TITLE.get(exc.code, "Error"),
                         exc.message) from None


def _create_key(ctx: AdminContext, client_id: str, env: str, expires_in: timedelta | None,
                description: str) -> tuple[ApiKey, str]:
    return service.create_api_key(ctx.services.engine, ctx.services.keyring, client_id,
                                  env=env, expires_in=expires_in, description=description)


def _rotate_key(ctx: AdminContext, key_id: str, overlap: timedelta) -> tuple[ApiKey, str]:
    return service.rotate_api_key(ctx.services.engine, ctx.services.keyring, key_id,
                                  overlap=overlap)


def _gateway_key(ctx: AdminContext, body: _SignIn) -> str | None:
    if body.gateway_subject is not None:
        return service.gateway_key(ctx.services.pseudonymizer, body.gateway_subject)
    return body.gateway_subject_key


def _create_developer(ctx: AdminContext, body: AccountCreate) -> tuple[Account, list[Minor]]:
    engine = ctx.services.engine
    publisher = Publisher(served_redis_url(engine))
    try:
        account = service.create_account(
            engine, ctx.services.keyring, username=body.username, kind="developer",
            org_id=body.org_id, email=body.email, is_minor=body.is_minor,
            gateway_subject_key=_gateway_key(ctx, body), actor=ctx.operator.account_id,
            notify=publisher)
    finally:
        publisher.close()
    marks = list_minors(engine, account_id=account.id) if account.is_minor else []
    return account, marks


def _update_developer(ctx: AdminContext, account_id: str,
                      body: AccountUpdate) -> tuple[Account, list[Minor]]:
    engine = ctx.services.engine
    if service.get_account(engine, account_id).kind != "developer":
        raise IdentityError("not_found", f"no developer account {account_id}")
    fields = body.model_fields_set
    changes: dict[str, Any] = {}
    if "is_minor" in fields and body.is_minor is not None:
        changes["is_minor"] = body.is_minor
    if fields & {"gateway_subject", "gateway_subject_key"}:
        changes["gateway_subject_key"] = _gateway_key(ctx, body)
    publisher = Publisher(served_redis_url(engine))
    try:
        return service.update_account(engine, account_id, actor=ctx.operator.account_id,
                                      notify=publisher, **changes)
    finally:
        publisher.close()


async def _audit_marks(ctx: AdminContext, account: Account, marks: list[Minor]) -> None:
    """One event per mark the account's flag set or cleared, naming the person by key."""
    for mark in marks:
        await ctx.services.audit.record(AuditEvent(
            actor=ctx.operator.account_id,
            action="minor.marked" if mark.marked else "minor.unmarked", outcome="success",
            target=f"subject_key={mark.subject_key}", request_id=ctx.request_id,
            details={"account_id": account.id}))


def _org(org: Organization) -> OrganizationOut:
    return OrganizationOut(id=org.id, name=org.name, slug=org.slug, status=org.status,
                           created=org.created)


def _client(client: Client) -> ClientOut:
    routes = None if client.allowed_routes is None else list(client.allowed_routes)
    return ClientOut(id=client.id, org_id=client.org_id, name=client.name,
                     scopes=list(client.scopes), allowed_routes=routes, status=client.status,
                     created=client.created, has_secret=client.has_secret)


def _key(key: ApiKey, now: datetime) -> ApiKeyOut:
    return ApiKeyOut(id=key.id, client_id=key.client_id, env=key.env, state=key.state(now),
                     created=key.created, expires=key.expires, revoked_at=key.revoked_at,
                     last_used=key.last_used, rotated_from=key.rotated_from,
                     description=key.description)


def _account(account: Account) -> AccountOut:
    return AccountOut(id=account.id, org_id=account.org_id, username=account.username,
                      email=account.email, kind=account.kind, status=account.status,
                      is_minor=account.is_minor,
                      gateway_subject_key=account.gateway_subject_key,
                      created=account.created, last_login=account.last_login)
