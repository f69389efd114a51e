"""`/.well-known/privacy/consent`: people see, give and withdraw their own consents (BASIS-1).

On the gateway listener, for a person signed in with a token of an external issuer
(`Authorization: Bearer <JWT>` carrying `sub`):

- `GET` lists the purposes that rest on consent, whether the person consents to each, and
  every consent record about them (given and withdrawn);
- `POST` with `{"purpose": P}` gives consent for P (`"action": "give"`, the default), or
  withdraws it with `"action": "withdraw"`; `"policy_version"`, when sent, must be the
  published version the person was shown;
- `DELETE ?purpose=P` withdraws it too.

A consent is recorded under the person's pseudonymous subject key (never the `sub` itself),
with the purpose, the version of the privacy policy published at that moment, the time, and
the source `self_service`; nobody can consent before a policy is published. A withdrawal is
the same write as any other (`records.withdraw`): it is published to the gateway processes
(Redis, when configured) and read from the store by those that missed it, so the `consent`
stage refuses within a second everywhere, and at once in the process that took it. Every
change, and every refused change, is written to the audit log before the answer, naming the
consent by id and the person by subject key. Credentials and claims are never logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Final, Literal, TypeVar
from urllib.parse import parse_qs

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from charter.audit.log import AuditEvent, AuditLog, Outcome
from charter.consent import records
from charter.consent.notify import Publisher
from charter.consent.records import Consent
from charter.consent.view import existing_view
from charter.dataplane.builtins import Builtin
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.services import IdentityResolver
from charter.governance.policy import service as policy_service
from charter.governance.policy.facts import POLICY_PATH
from charter.identity.principal import Principal
from charter.ratelimit.gcra import Rate
from charter.ratelimit.local import LocalLimiter

log = logging.getLogger("charter.consent")

PATH: Final = "/.well-known/privacy/consent"
SOURCE: Final = "self_service"
ACTOR: Final = "data_subject"
MAX_BODY: Final = 4096
# Each write is a row and an audit event: limited per client address, in each process.
RATE: Final = Rate.per(60, 60.0)
_JSON = b"application/json"
_CHALLENGE = (b"www-authenticate", b'Bearer realm="charter"')
T = TypeVar("T")


class ConsentChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    purpose: str = Field(min_length=1, max_length=64)
    action: Literal["give", "withdraw"] = "give"
    policy_version: int | None = Field(default=None, ge=1)


class _Refused(Exception):
    def __init__(self, reply: Reply, reason: str | None = None) -> None:
        super().__init__(reason or "refused")
        self.reply = reply
        self.reason = reason


def consent_document(consent: Consent) -> dict[str, Any]:
    """A consent as the person sees it: no subject key (it is theirs)."""
    return {"id": consent.id, "purpose": consent.purpose,
            "policy_version": consent.policy_version, "given_at": consent.given_at.isoformat(),
            "source": consent.source,
            "withdrawn_at": consent.withdrawn_at.isoformat() if consent.withdrawn_at else None,
            "withdrawal_source": consent.withdrawal_source, "current": consent.current}


def _credential(ctx: RequestContext) -> tuple[str, str] | None:
    """(kind, credential) as `authenticate` reads them; ("", "") when malformed or more than
    one; None when there is none."""
    found: list[tuple[str, str]] = []
    for name, value in ctx.headers:
        if name == b"x-api-key":
            found.append(("api_key", value.strip().decode("latin-1")))
        elif name == b"authorization":
            scheme, _, token = value.strip().partition(b" ")
            if scheme.lower() != b"bearer" or not token.strip():
                return "", ""
            text = token.strip().decode("latin-1")
            found.append(("api_key" if text.startswith("chk_") else "bearer", text))
    if not found:
        return None
    return found[0] if len(found) == 1 else ("", "")


def _reply(status: int, document: dict[str, Any]) -> Reply:
    return Reply(status=status, body=json.dumps(document, separators=(",", ":")).encode(),
                 headers=[(b"cache-control", b"no-store")], content_type=_JSON)


class SelfService:
    """The endpoint for one configuration: its purposes, the store, and who may sign in."""

    def __init__(self, config: Any, engine: Engine, resolver: IdentityResolver | None, *,
                 redis_url: str | None) -> None:
        self.engine = engine
        self.resolver = resolver
        self.redis_url = redis_url
        # Charter's own tokens are recognised, to be refused as naming no person.
        self.issuers = ["charter", *(issuer.name for issuer in config.issuers)]
        self.purposes: dict[str, Any] = {p.name: p for p in config.purposes}
        self.on_consent = frozenset(name for name, p in self.purposes.items()
                                    if p.legal_basis == "consent")
        self.audit = AuditLog(engine)
        self._limiter = LocalLimiter(max_keys=10_000)

    def builtins(self) -> dict[str, Builtin]:
        return {PATH: Builtin(frozenset({"GET", "POST", "DELETE"}), self.handle,
                              max_body=MAX_BODY)}

    def handle(self, ctx: RequestContext, body: bytes) -> Reply | Awaitable[Reply]:
        decision = self._limiter.decide([ctx.client_ip], [RATE])
        if not decision.allowed:
            seconds = max(1, -(-decision.retry_after // 1_000_000))
            return problem(429, "rate_limited", "Too many requests from this address",
                           f"try again in {seconds} s", request_id=ctx.request_id,
                           headers=[(b"retry-after", str(seconds).encode())])
        return self._handle(ctx, body)

    async def _handle(self, ctx: RequestContext, body: bytes) -> Reply:
        try:
            principal = await self._person(ctx)
            if ctx.method == "GET":
                return await self._list(principal)
            change = self._change(ctx, body)
            return await self._apply(ctx, principal, change)
        except _Refused as refused:
            return refused.reply
        except SQLAlchemyError as exc:
            log.error("self-service consent: the store failed",
                      extra={"error": type(exc).__name__})
            ctx.error = "consent_unavailable"
            return problem(503, "consent_unavailable", "Consents are unavailable",
                           "consents cannot be read or changed right now; try again later",
                           request_id=ctx.request_id)

    # -- who is asking -----------------------------------------------------------------------

    async def _person(self, ctx: RequestContext) -> Principal:
        found = _credential(ctx)
        outcome: Principal | None = None
        if found is not None and found[0] and self.resolver is not None:
            kind, credential = found
            answer = (self.resolver.api_key(credential) if kind == "api_key"
                      else self.resolver.bearer(credential, self.issuers))
            outcome = answer if answer is None or isinstance(answer, Principal) else await answer
        if outcome is None:
            ctx.error = "unauthenticated"
            raise _Refused(problem(401, "unauthenticated", "Authentication required",
                                   "sign in: send the token of a person as "
                                   "'Authorization: Bearer <token>'",
                                   request_id=ctx.request_id, headers=[_CHALLENGE]))
        if outcome.subject_key is None:
            ctx.error = "consent_subject_unknown"
            raise _Refused(problem(403, "consent_subject_unknown", "No person to consent",
                                   "this credential identifies a client, not a person; only "
                                   "people give and withdraw their consent",
                                   request_id=ctx.request_id))
        return outcome

    # -- what they ask -------------------------------------------------------------------------

    def _change(self, ctx: RequestContext, body: bytes) -> ConsentChange:
        if ctx.method == "DELETE":
            values = parse_qs(ctx.query, max_num_fields=10).get("purpose", [])
            fields: Any = {"purpose": values[0] if len(values) == 1 else "",
                           "action": "withdraw"}
        else:
            media = (ctx.header(b"content-type") or b"").split(b";", 1)[0].strip().lower()
            if media != _JSON:
                raise _Refused(problem(415, "unsupported_media_type", "Unsupported media type",
                                       "send application/json", request_id=ctx.request_id))
            try:
                fields = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                fields = None
            if not isinstance(fields, dict):
                raise _Refused(problem(400, "invalid_json", "Malformed JSON",
                                       "the body must be a JSON object",
                                       request_id=ctx.request_id))
        try:
            return ConsentChange.model_validate(fields)
        except ValidationError as exc:
            problems = [{"field": ".".join(str(p) for p in e["loc"])
                         if e["loc"] and e["loc"][0] in ConsentChange.model_fields
                         else "(unknown field)", "code": e["type"]} for e in exc.errors()]
            raise _Refused(problem(422, "invalid_request", "Invalid request",
                                   "some fields are missing or invalid; see 'problems'",
                                   request_id=ctx.request_id, problems=problems)) from None

    def _purpose_problem(self, ctx: RequestContext, purpose: str) -> _Refused:
        found = self.purposes.get(purpose)
        if found is None:
            return _Refused(problem(422, "unknown_purpose", "Unknown purpose",
                                    "no purpose of this name is configured; GET this endpoint "
                                    "for those that take consent", request_id=ctx.request_id),
                            "unknown_purpose")
        return _Refused(problem(422, "purpose_not_consent_based", "Consent does not apply",
                                "this purpose does not rest on consent, so there is no consent"
                                " to give or withdraw", request_id=ctx.request_id,
                                purpose=purpose, legal_basis=found.legal_basis),
                        "purpose_not_consent_based")

    # -- answering -----------------------------------------------------------------------------

    async def _list(self, principal: Principal) -> Reply:
        assert principal.subject_key is not None
        key = principal.subject_key

        def read() -> tuple[list[Consent], tuple[int, str] | None]:
            return (records.list_consents(self.engine, subject_key=key),
                    policy_service.latest_marker(self.engine))

        found, marker = await _run(read)
        current = {c.purpose: c for c in found if c.current}
        purposes = [{"purpose": name, "description": self.purposes[name].description,
                     "consented": name in current,
                     "consent_id": current[name].id if name in current else None}
                    for name in sorted(self.on_consent)]
        return _reply(200, {"purposes": purposes,
                            "consents": [consent_document(c) for c in found],
                            "policy_version": marker[0] if marker else None,
                            "policy_url": POLICY_PATH})

    async def _apply(self, ctx: RequestContext, principal: Principal,
                     change: ConsentChange) -> Reply:
        key = principal.subject_key
        assert key is not None
        action = "consent.given" if change.action == "give" else "consent.withdrawn"
        try:
            if change.action == "give":
                if change.purpose not in self.on_consent:
                    raise self._purpose_problem(ctx, change.purpose)
                consent, created = await _run(self._give, ctx, key, change)
                self._apply_locally([consent])
                await _run(self._audit, ctx, key, action, "success", None,
                           f"consent_id={consent.id}",
                           {"purpose": consent.purpose, "created": created,
                            "policy_version": consent.policy_version, "source": SOURCE})
                return _reply(201 if created else 200, consent_document(consent))
            done = await _run(self._withdraw, key, change.purpose)
            if not done:
                if change.purpose not in self.on_consent:
                    raise self._purpose_problem(ctx, change.purpose)
                raise _Refused(problem(409, "no_current_consent", "Nothing to withdraw",
                                       "there is no current consent for this purpose",
                                       request_id=ctx.request_id, purpose=change.purpose),
                               "no_current_consent")
            self._apply_locally(done)
            for consent in done:
                await _run(self._audit, ctx, key, action, "success", None,
                           f"consent_id={consent.id}",
                           {"purpose": consent.purpose, "source": SOURCE})
            return _reply(200, {"withdrawn": [consent_document(c) for c in done]})
        except _Refused as refused:
            ctx.error = refused.reason or ctx.error
            # A name nobody configured is what the person typed: not kept.
            named = change.purpose if change.purpose in self.purposes else "(unknown)"
            await _run(self._audit, ctx, key, action, "failure", refused.reason, None,
                       {"purpose": named, "source": SOURCE})
            raise

    def _give(self, ctx: RequestContext, key: str,
              change: ConsentChange) -> tuple[Consent, bool]:
        marker = policy_service.latest_marker(self.engine)
        if marker is None:
            raise _Refused(problem(409, "policy_not_published", "No policy published",
                                   "consent can be given once a privacy policy is published",
                                   request_id=ctx.request_id), "policy_not_published")
        version = marker[0]
        if change.policy_version is not None and change.policy_version != version:
            raise _Refused(problem(409, "policy_version_outdated", "The policy has changed",
                                   "the privacy policy was published in a newer version; "
                                   "read it before consenting", request_id=ctx.request_id,
                                   policy_version=version, policy_url=POLICY_PATH),
                           "policy_version_outdated")
        return self._notifying(lambda notify: records.give(
            self.engine, key, change.purpose, source=SOURCE, policy_version=str(version),
            purposes=self.on_consent, notify=notify))

    def _withdraw(self, key: str, purpose: str) -> list[Consent]:
        return self._notifying(lambda notify: records.withdraw_purpose(
            self.engine, key, purpose, source=SOURCE, notify=notify))

    def _notifying(self, change: Callable[[Publisher], T]) -> T:
        publisher = Publisher(self.redis_url)
        try:
            return change(publisher)
        finally:
            publisher.close()

    def _apply_locally(self, changed: list[Consent]) -> None:
        """This process need not wait for the message or the next read of the store."""
        view = existing_view(self.engine)
        if view is not None:
            for consent in changed:
                view.apply_message(records.change_message(consent))

    def _audit(self, ctx: RequestContext, key: str, action: str, outcome: Outcome,
               reason: str | None, target: str | None,
               details: dict[str, str | int | bool | None]) -> None:
        self.audit.record_sync(AuditEvent(
            actor=ACTOR, action=action, outcome=outcome, target=target, reason=reason,
            request_id=ctx.request_id, subject_key=key, details=details))


async def _run(func: Callable[..., T], *args: Any) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, func, *args)


def consent_builtins(config: Any, engine: Engine, resolver: IdentityResolver | None, *,
                     redis_url: str | None) -> dict[str, Builtin]:
    """The self-service consent endpoint for a gateway serving `config`."""
    return SelfService(config, engine, resolver, redis_url=redis_url).builtins()
