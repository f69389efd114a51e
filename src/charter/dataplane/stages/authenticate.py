"""authenticate: every request proves who it is, unless the route says it is public.

Accepted credentials, as a route allows them:
- `api_key`: `X-Api-Key: chk_...` or `Authorization: Bearer chk_...`;
- `bearer`: `Authorization: Bearer <JWT>`, from Charter's own token endpoint (`charter`) or
  from external issuers named in the route's `issuers`.
`methods: [none]` turns authentication off for a route and needs a written `reason`
(`charter check` lists such routes). Failures answer 401 with `WWW-Authenticate` and never
say what was wrong with the credential, nor echo it.

On success the caller's identity goes to the upstream in `X-Charter-*` headers, signed (see
`identity.upstream_headers`); the credential itself is removed unless the route forwards it.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions
from charter.identity.principal import Principal
from charter.identity.upstream_headers import signature_line

Method = Literal["api_key", "bearer", "none"]
_DEFAULT_METHODS: tuple[Method, ...] = ("api_key", "bearer")
_CHALLENGE = b'Bearer realm="charter"'
_CHALLENGE_INVALID = b'Bearer realm="charter", error="invalid_token"'


class AuthenticateOptions(StageOptions):
    methods: list[Method] = Field(default_factory=lambda: list(_DEFAULT_METHODS), min_length=1)
    issuers: list[str] = Field(default_factory=lambda: ["charter"],
                               description="who may issue bearer tokens for this route")
    reason: str | None = Field(None, description="why the route needs no authentication")
    forward_credentials: bool = Field(False, description="pass the client's credential on")

    @model_validator(mode="after")
    def _none_is_explicit(self) -> AuthenticateOptions:
        if not self.enabled:
            raise ValueError("authentication cannot be disabled; use methods: [none] with a "
                             "reason for a public route")
        if "none" in self.methods:
            if len(self.methods) != 1:
                raise ValueError("methods: [none] cannot be combined with other methods")
            if not (self.reason or "").strip():
                raise ValueError("methods: [none] needs a reason")
        return self

    @property
    def public(self) -> bool:
        return self.methods == ["none"]


class AuthenticateStage(Stage):
    name: ClassVar[str] = "authenticate"
    Options: ClassVar[type[StageOptions]] = AuthenticateOptions
    default_enabled: ClassVar[bool] = True  # a route is authenticated unless it says otherwise
    off_options: ClassVar[dict[str, Any]] = {"methods": ["none"],
                                             "reason": "no authentication on this route"}

    def active(self) -> bool:
        options = self.options
        assert isinstance(options, AuthenticateOptions)
        return not options.public
    def on_request(self, ctx: RequestContext) -> Reply | Awaitable[Reply | None] | None:
        options = self.options
        assert isinstance(options, AuthenticateOptions)
        credential, kind, header = _credential(ctx.headers)
        resolver = self.services.identity
        if credential is None or resolver is None:
            return _unauthorized(ctx, invalid=False)
        # The public key id part of an API key (never its secret), for per-key lockouts.
        key_id = f"key_{credential[9:21]}" if kind == "api_key" else None
        lockouts = self.services.lockouts
        if lockouts is not None:
            wait = lockouts.locked(ctx.client_ip, key_id)
            if wait:
                return _locked_out(ctx, wait)
        if kind == "api_key":
            if "api_key" not in options.methods:
                return self._refuse(ctx, key_id)
            outcome = resolver.api_key(credential)
        else:
            if "bearer" not in options.methods:
                return self._refuse(ctx, key_id)
            outcome = resolver.bearer(credential, options.issuers)
        if outcome is None or isinstance(outcome, Principal):
            return self._admit(ctx, outcome, header, key_id)
        return self._admit_later(ctx, outcome, header, key_id)

    async def _admit_later(self, ctx: RequestContext, pending: Awaitable[Principal | None],
                           header: bytes, key_id: str | None) -> Reply | None:
        return self._admit(ctx, await pending, header, key_id)

    def _refuse(self, ctx: RequestContext, key_id: str | None) -> Reply:
        """A credential that was presented and is not good: counted towards a lockout."""
        if self.services.lockouts is not None:
            self.services.lockouts.failed(ctx.client_ip, key_id)
        return _unauthorized(ctx, invalid=True)

    def _admit(self, ctx: RequestContext, principal: Principal | None,
               header: bytes, key_id: str | None) -> Reply | None:
        if principal is None:
            return self._refuse(ctx, key_id)
        options = self.options
        assert isinstance(options, AuthenticateOptions)
        ctx.client_id = principal.client_id
        ctx.organization = principal.organization
        ctx.scopes = principal.scopes
        ctx.subject_key = principal.subject_key
        ctx.state["principal"] = principal
        if not options.forward_credentials:
            ctx.withhold = header
        # Client-sent copies of these never reach the upstream (the proxy filters them).
        ctx.upstream_lines = [principal.header_lines, signature_line(
            self.services.identity_key, ctx.request_id, principal.signed_part)]
        return None


def _credential(headers: list[tuple[bytes, bytes]]) -> tuple[str | None, str, bytes]:
    """The credential, its kind and the header it came in. Ambiguity is no credential."""
    found: list[tuple[str, str, bytes]] = []
    for name, value in headers:
        if name == b"x-api-key":
            found.append((value.strip().decode("latin-1"), "api_key", name))
        elif name == b"authorization":
            scheme, _, token = value.strip().partition(b" ")
            if scheme.lower() != b"bearer" or not token.strip():
                return None, "", b""
            text = token.strip().decode("latin-1")
            found.append((text, "api_key" if text.startswith("chk_") else "bearer", name))
    if len(found) != 1:
        return None, "", b""
    return found[0]


def _locked_out(ctx: RequestContext, wait: float) -> Reply:
    ctx.error = "locked_out"
    return problem(429, "too_many_failures", "Too many failed attempts",
                   "try again later", request_id=ctx.request_id,
                   headers=[(b"retry-after", b"%d" % max(1, round(wait)))])


def _unauthorized(ctx: RequestContext, *, invalid: bool) -> Reply:
    ctx.error = "unauthenticated"
    return problem(
        401, "unauthenticated", "Authentication required",
        "send a valid API key or bearer token" if not invalid else None,
        request_id=ctx.request_id,
        headers=[(b"www-authenticate", _CHALLENGE_INVALID if invalid else _CHALLENGE)],
    )
