"""`/.well-known/privacy/requests`: rights requests filed on the gateway listener.

- `GET` serves the HTML form (`charter.rights.page`).
- `POST` files a request, as JSON (`application/json`) or from the form
  (`application/x-www-form-urlencoded`, answered with HTML pages). Who is asking decides how
  their identity is confirmed:
  - with the gateway's own credentials (an API key, or a bearer token from Charter or a
    configured issuer), the request is about that client, or about the person a token names,
    and is verified at once;
  - a client holding the `rights.on_behalf_scope` scope may file for one of its users,
    named by `on_behalf_of: {issuer, sub}`, with an `attestation` of how it verified them;
  - anyone else gives an e-mail address and gets a one-time code there.
  An e-mail address sent with credentials is only where to answer, never an identifier.
- `POST /.well-known/privacy/requests/verify` takes `{id, code}`.

Errors are problem documents (HTML pages for the form) with stable codes; none repeats a
value that was sent, and credentials and codes are never logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from charter.dataplane.builtins import Builtin
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.services import IdentityResolver
from charter.identity.principal import Principal
from charter.privacy.keyring import Keyring
from charter.ratelimit.gcra import Decision, Rate
from charter.ratelimit.limiters import Limiters
from charter.ratelimit.local import LocalLimiter
from charter.ratelimit.shared import LimiterUnavailable
from charter.rights import page
from charter.rights.alerts import Notifier, request_payload
from charter.rights.models import RightsRequest
from charter.rights.outbox import Message, Outbox, OutboxError, build_outbox
from charter.rights.service import MAX_ATTESTATION, RightsService, normalise_email
from charter.rights.settings import RequestType, RightsSettings, rights_settings
from charter.rights.workflow import RightsError

log = logging.getLogger("charter.rights")

MAX_INTAKE_BYTES = 16 * 1024
MAX_VERIFY_BYTES = 1024
# Filing creates records and sends mail, and a code can be guessed: both are limited per
# client address (the endpoints do not run a route's stages), with the gateway's limiters: in
# Redis, shared by every process and node, when one is configured; in this process otherwise.
INTAKE_RATE = Rate.per(10, 60.0)
VERIFY_RATE = Rate.per(10, 60.0)
JSON_TYPE = b"application/json"
FORM_TYPE = b"application/x-www-form-urlencoded"
_FORM_FIELDS = frozenset({"type", "email", "jurisdiction", "message"})
_CHALLENGE = (b"www-authenticate", b'Bearer realm="charter"')
T = TypeVar("T")


class OnBehalf(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    issuer: str = Field(min_length=1, max_length=64)
    sub: str = Field(min_length=1, max_length=256)


class IntakeBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    type: RequestType
    email: str | None = Field(None, max_length=320)
    jurisdiction: str | None = Field(None, max_length=32)
    details: dict[str, Any] | None = None
    message: str | None = Field(None, max_length=4000)
    on_behalf_of: OnBehalf | None = None
    attestation: str | None = Field(None, max_length=MAX_ATTESTATION)


class VerifyBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    id: str = Field(min_length=1, max_length=64)
    code: str = Field(min_length=1, max_length=16)


class _Refused(Exception):
    def __init__(self, reply: Reply) -> None:
        super().__init__("refused")
        self.reply = reply


def _problems(exc: ValidationError, model: type[BaseModel]) -> list[dict[str, str]]:
    """Where and why, never the values; a field that is not ours is not named either."""
    found = []
    for error in exc.errors(include_url=False, include_input=False, include_context=False):
        parts = [str(p) for p in error["loc"]]
        known = bool(parts) and parts[0] in model.model_fields
        found.append({"field": ".".join(parts) if known else "(unknown field)",
                      "code": error["type"]})
    return found


def _media_type(ctx: RequestContext) -> bytes:
    return (ctx.header(b"content-type") or b"").split(b";", 1)[0].strip().lower()


def _form(body: bytes, allowed: frozenset[str]) -> dict[str, str]:
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=False, strict_parsing=False,
                          max_num_fields=20, errors="strict")
    except (UnicodeError, ValueError):
        raise _Refused(page.message_page("Request not understood", "The form could not be "
                                         "read; please try again.", 400)) from None
    form: dict[str, str] = {}
    for name, value in pairs:
        if name in allowed and name not in form:
            form[name] = value
    return form


def _credential(ctx: RequestContext) -> tuple[str, str] | None:
    """(kind, credential) as the authenticate stage reads it; `("", "")` for an ambiguous or
    malformed one, None for none at all."""
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


class Intake:
    """The two endpoints, over one service, outbox and notifier."""

    def __init__(self, service: RightsService, outbox: Outbox, notifier: Notifier,
                 resolver: IdentityResolver | None, issuers: list[str],
                 service_name: str, limiters: Limiters | None = None) -> None:
        self.service = service
        self.settings: RightsSettings = service.settings
        self.outbox = outbox
        self.notifier = notifier
        self.resolver = resolver
        self.issuers = issuers
        self.service_name = service_name
        # The gateway process's limiters: Redis (shared by every process and node) when it is
        # configured, with the process's local limiter as the `open` fallback.
        self._limiters = limiters or Limiters(LocalLimiter(max_keys=10_000))
        self._closed = self.settings.rate_limit_failure_mode == "closed"

    def builtins(self) -> dict[str, Builtin]:
        return {
            page.INTAKE_PATH: Builtin(frozenset({"GET", "HEAD", "POST"}), self.intake,
                                      max_body=MAX_INTAKE_BYTES),
            page.VERIFY_PATH: Builtin(frozenset({"POST"}), self.verify,
                                      max_body=MAX_VERIFY_BYTES),
        }

    # -- filing ------------------------------------------------------------------------------
    def intake(self, ctx: RequestContext, body: bytes) -> Reply | Awaitable[Reply]:
        if ctx.method in ("GET", "HEAD"):
            return page.form_page(self.settings, self.service_name)
        return self._after_limit(ctx, page.INTAKE_PATH, INTAKE_RATE, self._file, body)

    async def _after_limit(self, ctx: RequestContext, endpoint: str, rate: Rate,
                           then: Callable[[RequestContext, bytes], Awaitable[Reply]],
                           body: bytes) -> Reply:
        refused = await self._limited(ctx, endpoint, rate)
        return refused if refused is not None else await then(ctx, body)

    async def _limited(self, ctx: RequestContext, endpoint: str, rate: Rate) -> Reply | None:
        """A refusal when this client address is over `rate` at `endpoint`, else None.

        Keys start with the endpoint's path, which no route id can, so they never meet a
        route's limits in the shared back end."""
        keys = [f"{endpoint}|{ctx.client_ip}"]
        redis = self._limiters.redis
        if redis is not None and redis.health.up:
            try:
                return self._verdict(ctx, await redis.decide(keys, [rate]))
            except LimiterUnavailable:
                pass
        if redis is not None and self._closed:
            ctx.error = "rate_limiter_unavailable"
            return problem(503, "rate_limiter_unavailable", "Rate limiting is unavailable",
                           "try again shortly", request_id=ctx.request_id,
                           headers=[(b"retry-after", b"1")])
        # No Redis, or Redis down with `open`: this process's own count.
        return self._verdict(ctx, self._limiters.local.decide(keys, [rate]))

    @staticmethod
    def _verdict(ctx: RequestContext, decision: Decision) -> Reply | None:
        if decision.allowed:
            return None
        ctx.error = "rate_limited"
        seconds = max(1, -(-decision.retry_after // 1_000_000))
        return problem(429, "rate_limited", "Too many requests from this address",
                       f"try again in {seconds} s", request_id=ctx.request_id,
                       headers=[(b"retry-after", str(seconds).encode())])

    async def _file(self, ctx: RequestContext, body: bytes) -> Reply:
        media = _media_type(ctx)
        html = media == FORM_TYPE
        try:
            if html:
                fields: dict[str, Any] = _form(body, _FORM_FIELDS)
                if fields.get("type") not in page.TYPE_LABELS:
                    fields.pop("type", None)
            elif media == JSON_TYPE:
                fields = self._json(ctx, body)
            else:
                return problem(415, "unsupported_media_type", "Unsupported media type",
                               "send application/json or a form "
                               "(application/x-www-form-urlencoded)",
                               request_id=ctx.request_id)
            try:
                parsed = IntakeBody.model_validate(fields)
            except ValidationError as exc:
                if html:
                    return page.form_page(self.settings, self.service_name, status=422,
                                          error="Please choose a request type and give a "
                                                "valid e-mail address.")
                return problem(422, "invalid_request", "Invalid request",
                               "some fields are missing or invalid; see 'problems'",
                               request_id=ctx.request_id,
                               problems=_problems(exc, IntakeBody))
            principal = await self._principal(ctx)
            return await self._create(ctx, parsed, principal, html)
        except _Refused as refused:
            return refused.reply
        except RightsError as exc:
            return self._error(ctx, exc, html)
        except SQLAlchemyError as exc:
            log.error("rights intake: the store failed", extra={"error": type(exc).__name__})
            return self._error(ctx, RightsError(503, "rights_unavailable", "requests cannot be "
                                                "taken right now; try again later"), html)

    def _json(self, ctx: RequestContext, body: bytes) -> dict[str, Any]:
        try:
            document = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            document = None
        if not isinstance(document, dict):
            raise _Refused(problem(400, "invalid_json", "Malformed JSON",
                                   "the body must be a JSON object",
                                   request_id=ctx.request_id))
        return document

    async def _principal(self, ctx: RequestContext) -> Principal | None:
        found = _credential(ctx)
        if found is None:
            return None
        kind, credential = found
        outcome: Principal | Awaitable[Principal | None] | None = None
        if kind and self.resolver is not None:
            if kind == "api_key":
                outcome = self.resolver.api_key(credential)
            else:
                outcome = self.resolver.bearer(credential, self.issuers)
        if outcome is not None and not isinstance(outcome, Principal):
            outcome = await outcome
        if outcome is None:
            ctx.error = "unauthenticated"
            raise _Refused(problem(401, "unauthenticated", "Authentication required",
                                   "the credential sent is not accepted; send a valid one, or "
                                   "none to confirm by e-mail", request_id=ctx.request_id,
                                   headers=[_CHALLENGE]))
        return outcome

    async def _create(self, ctx: RequestContext, body: IntakeBody,
                      principal: Principal | None, html: bool) -> Reply:
        details = dict(body.details or {})
        if body.message:
            details["message"] = body.message
        common: dict[str, Any] = {"contact": body.email, "details": details,
                                  "jurisdiction": body.jurisdiction,
                                  "channel": "web" if html else "api"}
        if body.on_behalf_of is not None:
            if principal is None or principal.client_id is None:
                return self._forbidden(ctx, "only an authenticated client may file on behalf "
                                       "of its users")
            if self.settings.on_behalf_scope not in principal.scopes:
                return self._forbidden(ctx, "filing on behalf of a user needs the scope "
                                       f"{self.settings.on_behalf_scope}")
            if body.on_behalf_of.issuer not in self.issuers:
                raise RightsError(422, "invalid_request", "on_behalf_of.issuer is not an "
                                  "issuer this gateway trusts", field="on_behalf_of.issuer")
            subject = f"{body.on_behalf_of.issuer}:{body.on_behalf_of.sub}"
            request = await _run(self.service.create, body.type, [("sub", subject)],
                                 actor=principal.client_id, verification="on_behalf",
                                 attestation=body.attestation, filed_by=principal.client_id,
                                 **common)
        elif principal is not None:
            if principal.subject is not None:
                identifier = ("sub", f"{principal.issuer}:{principal.subject}")
            elif principal.client_id is not None:
                identifier = ("client", principal.client_id)
            else:
                return self._forbidden(ctx, "this credential names nobody to act for")
            request = await _run(self.service.create, body.type, [identifier],
                                 actor=principal.client_id or "requester",
                                 verification="credential", filed_by=principal.client_id,
                                 **common)
        else:
            if not body.email:
                raise RightsError(422, "invalid_request", "give an e-mail address to confirm "
                                  "the request by, or send the gateway's credentials",
                                  field="email")
            request = await _run(self.service.create, body.type, [("email", body.email)],
                                 actor="requester", **common)
            await self._send_code(request, normalise_email(body.email))
            request = await _run(self.service.get, request.id)
            self._notify("rights.received", request)
            if html:
                return page.code_page(request.id)
            return _json_reply(202, self._document(request, code_sent=True))
        # A request of a `rights.auto_run` type is carried out by the scheduler, not here.
        self._notify("rights.received", request)
        return _json_reply(202, self._document(request))

    async def _send_code(self, request: RightsRequest, email: str) -> None:
        issued = await _run(self.service.issue_code, request.id)
        message = Message(to=email, subject="Your code to confirm your privacy request",
                          text=(f"Your code is {issued.code}\n\nEnter it to confirm your privacy"
                                f" request {request.id}. It is valid for ten minutes. If you "
                                f"did not ask for this, ignore this message.\n"))
        try:
            await _run(self.outbox.send, message)
        except OutboxError as exc:
            log.error("rights intake: the code could not be sent",
                      extra={"request_id": request.id, "problem": str(exc)})
            raise RightsError(503, "outbox_unavailable", "the confirmation code could not be "
                              "sent; try again later") from None

    def _document(self, request: RightsRequest, *, code_sent: bool = False) -> dict[str, Any]:
        document: dict[str, Any] = {
            "id": request.id, "type": request.type, "state": request.state,
            "jurisdiction": request.jurisdiction,
            "received_at": request.received_at.isoformat(),
            "due_at": request.due_at.isoformat() if request.due_at else None,
        }
        if code_sent:
            document["verification"] = {"method": "code", "verify": page.VERIFY_PATH,
                                        "expires_in": 600}
        return document

    def _forbidden(self, ctx: RequestContext, detail: str) -> Reply:
        ctx.error = "forbidden"
        return problem(403, "forbidden", "Forbidden", detail, request_id=ctx.request_id)

    # -- the code ----------------------------------------------------------------------------
    def verify(self, ctx: RequestContext, body: bytes) -> Reply | Awaitable[Reply]:
        return self._after_limit(ctx, page.VERIFY_PATH, VERIFY_RATE, self._verify, body)

    async def _verify(self, ctx: RequestContext, body: bytes) -> Reply:
        media = _media_type(ctx)
        html = media == FORM_TYPE
        try:
            if html:
                fields: dict[str, Any] = _form(body, frozenset({"id", "code"}))
            elif media == JSON_TYPE:
                fields = self._json(ctx, body)
            else:
                return problem(415, "unsupported_media_type", "Unsupported media type",
                               "send application/json or a form", request_id=ctx.request_id)
            try:
                parsed = VerifyBody.model_validate(fields)
            except ValidationError as exc:
                if html:
                    return page.message_page("Request not understood", "Enter the code you "
                                             "received.", 422)
                return problem(422, "invalid_request", "Invalid request",
                               "id and code are required", request_id=ctx.request_id,
                               problems=_problems(exc, VerifyBody))
            request = await _run(self.service.check_code, parsed.id, parsed.code.strip())
        except _Refused as refused:
            return refused.reply
        except RightsError as exc:
            if html and exc.code == "code_invalid":
                return page.code_page(fields.get("id", ""), status=422,
                                      error=f"That code is not right. Attempts left: "
                                            f"{exc.extra.get('attempts_left', 0)}.")
            return self._error(ctx, exc, html)
        except SQLAlchemyError as exc:
            log.error("rights verify: the store failed", extra={"error": type(exc).__name__})
            return self._error(ctx, RightsError(503, "rights_unavailable", "try again later"),
                               html)
        if html:
            return page.done_page(request.id, request.due_at.date().isoformat()
                                  if request.due_at else None)
        return _json_reply(200, self._document(request))

    # -- shared ------------------------------------------------------------------------------
    def _error(self, ctx: RequestContext, exc: RightsError, html: bool) -> Reply:
        ctx.error = exc.code
        if html:
            return page.message_page("Request not accepted", exc.message, exc.status)
        extra: dict[str, Any] = {k: v for k, v in exc.extra.items()
                                 if isinstance(v, int | str) and k not in ("headers", "close")}
        return problem(exc.status, exc.code, _TITLES.get(exc.code, "Request not accepted"),
                       exc.message, request_id=ctx.request_id, **extra)

    def _notify(self, event: str, request: RightsRequest) -> None:
        if not self.notifier.enabled:
            return
        payload = request_payload({"id": request.id, "type": request.type,
                                   "state": request.state, "jurisdiction": request.jurisdiction,
                                   "due_at": request.due_at})
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(None, self.notifier.send, event, payload)
        future.add_done_callback(_log_failure)


_TITLES = {
    "invalid_request": "Invalid request", "attestation_required": "Attestation required",
    "too_many_requests": "Too many requests", "unknown_request": "Unknown request",
    "not_verifiable": "Not waiting for a code", "code_expired": "Code expired",
    "code_invalid": "Wrong code", "code_locked": "Too many wrong codes",
    "outbox_unavailable": "Code not sent", "rights_unavailable": "Service unavailable",
}

# Every problem code the endpoints answer, with its status (the docs list them all).
PROBLEM_CODES: dict[str, int] = {
    "invalid_json": 400, "unauthenticated": 401, "forbidden": 403, "unknown_request": 404,
    "not_verifiable": 409, "code_expired": 410, "unsupported_media_type": 415,
    "invalid_request": 422, "attestation_required": 422, "code_invalid": 422,
    "too_many_requests": 429, "code_locked": 429, "rate_limited": 429,
    "outbox_unavailable": 503, "rate_limiter_unavailable": 503,
    "rights_unavailable": 503,
}


def _log_failure(future: asyncio.Future[bool]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.warning("rights webhook failed",
                    extra={"error": type(future.exception()).__name__})


async def _run(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))


def _json_reply(status: int, document: dict[str, Any]) -> Reply:
    return Reply(status=status, body=json.dumps(document, separators=(",", ":")).encode(),
                 headers=[(b"cache-control", b"no-store")], content_type=JSON_TYPE)


def rights_builtins(config: Any, engine: Engine, keyring: Keyring,
                    resolver: IdentityResolver | None, *,
                    keyring_path: str | None = None,
                    limiters: Limiters | None = None) -> dict[str, Builtin]:
    """The intake endpoints for a gateway serving `config` (see the module docstring), rate
    limited with the gateway process's `limiters` (a local limiter of their own without)."""
    settings = rights_settings(config)
    issuers = ["charter", *(issuer.name for issuer in getattr(config, "issuers", []))]
    intake = Intake(RightsService(engine, keyring, settings),
                    build_outbox(settings.outbox, keyring_path), Notifier(settings.notify),
                    resolver, issuers, config.service.name, limiters)
    return intake.builtins()

