"""Admin API for consents and minors (clauses BASIS-1, CHILD-1).

`GET /admin/consents`, `POST /admin/consents`, `POST /admin/consents/{consent_id}/withdraw`,
`GET /admin/minors`, `POST /admin/minors`, `POST /admin/minors/{subject_key}/authorize`.
Reading needs `consents.read`, changing `consents.write`. A person is named by subject key
(`sk_...`) or by the identifier it is derived from (`subject: KIND:VALUE`, turned into the
key here and never stored or audited). The framework audits every change; the event names the
consent by id, or the minor by subject key, and never carries an identifier.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import Engine

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.consent import minors as minor_records
from charter.consent import records
from charter.consent.models import REF_MAX, SUBJECT_MAX, VERSION_MAX
from charter.consent.notify import Publisher, served_redis_url
from charter.privacy.pseudonym import Pseudonymizer

READ: Final = "consents.read"
WRITE: Final = "consents.write"
T = TypeVar("T")


class Person(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_key: str | None = Field(default=None, min_length=1, max_length=SUBJECT_MAX)
    subject: str | None = Field(default=None, min_length=3, max_length=512,
                                description="KIND:VALUE, e.g. sub:people:ada-7f3")

    @model_validator(mode="after")
    def _one(self) -> Person:
        if (self.subject_key is None) == (self.subject is None):
            raise ValueError("give exactly one of subject_key and subject")
        return self


def subject_key_of(pseudonymizer: Pseudonymizer, subject_key: str | None,
                   subject: str | None) -> str:
    """The key given, or derived from `KIND:VALUE`; ValueError when malformed."""
    if subject_key is not None:
        return subject_key
    return pseudonymizer.subject_key_of(subject or "")


class NewConsent(Person):
    purpose: str = Field(min_length=1, max_length=64)
    policy_version: str | None = Field(default=None, min_length=1, max_length=VERSION_MAX)
    source: str = Field(default="admin", pattern=r"^(api|admin|import)$")


class ConsentFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_key: str | None = Field(default=None, min_length=1, max_length=SUBJECT_MAX)
    purpose: str | None = Field(default=None, min_length=1, max_length=64)
    current: bool = Field(default=False, description="only consents not withdrawn")


class ConsentOut(BaseModel):
    id: str
    subject_key: str
    purpose: str
    policy_version: str | None
    given_at: Any
    source: str
    withdrawn_at: Any
    withdrawal_source: str | None
    current: bool


class ConsentList(BaseModel):
    consents: list[ConsentOut]


class NewMinor(Person):
    pass


class Authorization(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reference: str = Field(min_length=1, max_length=REF_MAX,
                           description="where the guardian's authorization is kept: a "
                                       "document or ticket reference, no personal data")


class MinorFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_key: str | None = Field(default=None, min_length=1, max_length=SUBJECT_MAX)
    account_id: str | None = Field(default=None, min_length=1, max_length=32,
                                   description="only the marks this account's flag made")


class MinorOut(BaseModel):
    subject_key: str
    marked_by: str
    marked_at: Any
    guardian_authorization: str | None
    authorized_by: str | None
    authorized_at: Any
    authorized: bool
    account_id: str | None = Field(description="the account whose `is_minor` flag made the "
                                               "mark; null for a mark made by hand")
    marked: bool = Field(description="false once that account's flag was cleared")
    unmarked_at: Any
    unmarked_by: str | None


class MinorList(BaseModel):
    minors: list[MinorOut]


def consent_purposes(engine: Engine) -> frozenset[str] | None:
    """Purposes of the served configuration whose basis is consent (None: none served)."""
    from charter.config.loader import ConfigError, parse_config
    from charter.config.snapshots import latest_snapshot

    snapshot = latest_snapshot(engine)
    if snapshot is None:
        return None
    try:
        config = parse_config(snapshot.text, snapshot.source)
    except ConfigError:
        return None
    return frozenset(p.name for p in config.purposes if p.legal_basis == "consent")


def _notifying(engine: Engine, change: Callable[[Publisher], T]) -> T:
    """Run `change` with a publisher for the Redis the gateways listen on."""
    publisher = Publisher(served_redis_url(engine))
    try:
        return change(publisher)
    finally:
        publisher.close()


def _key(ctx: AdminContext, person: Person) -> str:
    try:
        return subject_key_of(ctx.services.pseudonymizer, person.subject_key, person.subject)
    except ValueError as exc:
        raise AdminError(422, "invalid_subject", "Invalid subject", str(exc)) from None


def _refused(exc: records.ConsentError) -> AdminError:
    if exc.code == "not_found":
        return AdminError(404, "not_found", "Not Found", str(exc))
    if exc.code in {"already_withdrawn", "already_authorized"}:
        return AdminError(409, exc.code, "Conflict", str(exc))
    return AdminError(422, exc.code, "Invalid request", str(exc))


async def list_consents(ctx: AdminContext, body: None) -> ConsentList:
    q = ctx.query
    assert isinstance(q, ConsentFilters)
    found = await ctx.run(lambda: records.list_consents(
        ctx.services.engine, subject_key=q.subject_key, purpose=q.purpose,
        include_withdrawn=not q.current))
    return ConsentList(consents=[ConsentOut.model_validate(c.as_dict()) for c in found])


async def give(ctx: AdminContext, body: NewConsent) -> ConsentOut:
    subject_key = _key(ctx, body)
    engine = ctx.services.engine

    def run() -> tuple[records.Consent, bool]:
        purposes = consent_purposes(engine)
        return _notifying(engine, lambda notify: records.give(
            engine, subject_key, body.purpose, source=body.source,
            policy_version=body.policy_version,
            purposes=purposes if purposes is not None else None, notify=notify))

    try:
        consent, created = await ctx.run(run)
    except records.ConsentError as exc:
        raise _refused(exc) from None
    ctx.annotate(target=f"consent_id={consent.id}", purpose=consent.purpose, created=created)
    return ConsentOut.model_validate(consent.as_dict())


async def withdraw(ctx: AdminContext, body: None, consent_id: str) -> ConsentOut:
    engine = ctx.services.engine
    try:
        consent = await ctx.run(lambda: _notifying(engine, lambda notify: records.withdraw(
            engine, consent_id, source="admin", notify=notify)))
    except records.ConsentError as exc:
        raise _refused(exc) from None
    ctx.annotate(purpose=consent.purpose)
    return ConsentOut.model_validate(consent.as_dict())


async def list_minors(ctx: AdminContext, body: None) -> MinorList:
    q = ctx.query
    assert isinstance(q, MinorFilters)
    found = await ctx.run(lambda: minor_records.list_minors(
        ctx.services.engine, subject_key=q.subject_key, account_id=q.account_id))
    return MinorList(minors=[MinorOut.model_validate(m.as_dict()) for m in found])


async def mark(ctx: AdminContext, body: NewMinor) -> MinorOut:
    subject_key = _key(ctx, body)
    engine = ctx.services.engine
    try:
        minor, created = await ctx.run(lambda: _notifying(engine, lambda notify: (
            minor_records.mark(engine, subject_key, marked_by=ctx.operator.account_id,
                               notify=notify))))
    except records.ConsentError as exc:
        raise _refused(exc) from None
    ctx.annotate(target=f"subject_key={subject_key}", created=created)
    return MinorOut.model_validate(minor.as_dict())


async def authorize(ctx: AdminContext, body: Authorization, subject_key: str) -> MinorOut:
    engine = ctx.services.engine
    try:
        minor = await ctx.run(lambda: _notifying(engine, lambda notify: (
            minor_records.authorize(engine, subject_key, reference=body.reference,
                                    authorized_by=ctx.operator.account_id, notify=notify))))
    except records.ConsentError as exc:
        raise _refused(exc) from None
    return MinorOut.model_validate(minor.as_dict())


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/consents", list_consents, READ,
                 "Consents, newest first, by subject and purpose", response=ConsentList,
                 query=ConsentFilters),
        Endpoint("POST", "/admin/consents", give, WRITE,
                 "Record a person's consent for a purpose whose basis is consent",
                 body=NewConsent, response=ConsentOut, status=201),
        Endpoint("POST", "/admin/consents/{consent_id}/withdraw", withdraw, WRITE,
                 "Withdraw a consent: every gateway refuses within a second",
                 response=ConsentOut),
        Endpoint("GET", "/admin/minors", list_minors, READ,
                 "People marked as minors, and their guardian authorizations",
                 response=MinorList, query=MinorFilters),
        Endpoint("POST", "/admin/minors", mark, WRITE,
                 "Mark a person as a minor: refused until a guardian authorization is recorded",
                 body=NewMinor, response=MinorOut, status=201),
        Endpoint("POST", "/admin/minors/{subject_key}/authorize", authorize, WRITE,
                 "Record the guardian authorization of a minor", body=Authorization,
                 response=MinorOut),
    ]
