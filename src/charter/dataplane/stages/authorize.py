"""authorize: least privilege for an authenticated caller.

Checked in this order, each refusal a 403 problem that never says more than it must:
1. a client restricted to some routes (`allowed_routes`) may only use those;
2. a `private` route is only for machine clients, and only of `organizations` when listed;
3. `scopes`: all of them (`match: all`, the default) or at least one (`match: any`);
4. `tenant`: a path parameter bound to the caller's organization, so that a client of one
   tenant can never reach another tenant's objects by changing an id in the URL (broken
   object level authorization). A path that does not fit the pattern is refused too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.services import Services

_PARAM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class TenantBinding(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    path: str = Field(description="a path template such as /api/orgs/{org}/")
    param: str = Field("org", description="the parameter that names the organization")

    @field_validator("path")
    @classmethod
    def _template(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError("the tenant path must start with /")
        return value

    def pattern(self) -> re.Pattern[str]:
        names = _PARAM.findall(self.path)
        if self.param not in names:
            raise ValueError(f"the tenant path has no {{{self.param}}} parameter")
        regex, last = "", 0
        for match in _PARAM.finditer(self.path):
            regex += re.escape(self.path[last:match.start()])
            regex += f"(?P<{match.group(1)}>[^/]+)"
            last = match.end()
        regex += re.escape(self.path[last:])
        return re.compile(regex)


class AuthorizeOptions(StageOptions):
    scopes: list[str] = Field(default_factory=list)
    match: Literal["all", "any"] = "all"
    organizations: list[str] | None = Field(None, min_length=1,
                                            description="only clients of these orgs")
    tenant: TenantBinding | None = None

    @field_validator("enabled")
    @classmethod
    def _always_on(cls, value: bool) -> bool:
        if not value:
            raise ValueError("authorization cannot be disabled; it checks nothing on a public "
                             "route that asks for nothing")
        return value

    @field_validator("tenant")
    @classmethod
    def _compiles(cls, value: TenantBinding | None) -> TenantBinding | None:
        if value is not None:
            value.pattern()
        return value


class AuthorizeStage(Stage):
    name: ClassVar[str] = "authorize"
    Options: ClassVar[type[StageOptions]] = AuthorizeOptions
    default_enabled: ClassVar[bool] = True
    off_options: ClassVar[dict[str, Any]] = {}  # nothing to ask: left out on a public route

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        assert isinstance(options, AuthorizeOptions)
        self._scopes = frozenset(options.scopes)
        self._orgs = frozenset(options.organizations) if options.organizations else None
        self._tenant = options.tenant.pattern() if options.tenant else None
        self._param = options.tenant.param if options.tenant else ""
        self._private = self.route.visibility == "private"
        self._any = options.match == "any"
        self._needs_principal = bool(self._scopes or self._orgs or self._tenant or self._private)

    def active(self) -> bool:
        # Nothing to check on a public route that asks for nothing.
        authenticate = self.route.stages.get("authenticate") or {}
        public = authenticate.get("methods") == ["none"]
        return self._needs_principal or not public

    def on_request(self, ctx: RequestContext) -> Reply | None:
        principal = ctx.state.get("principal")
        if principal is None:
            return _forbidden(ctx) if self._needs_principal else None
        if principal.allowed_routes is not None and self.route.id not in principal.allowed_routes:
            return _forbidden(ctx)
        if self._private and (principal.client_id is None or principal.subject is not None):
            # Machine clients only: a credential that names a person is not one, whatever
            # client it was issued through.
            return _forbidden(ctx)
        if self._orgs is not None and ctx.organization not in self._orgs:
            return _forbidden(ctx)
        scopes = self._scopes
        if scopes:
            granted = ctx.scopes
            if not (granted & scopes if self._any else scopes <= granted):
                return _forbidden(ctx, insufficient_scope=True)
        if self._tenant is not None:
            found = self._tenant.match(ctx.path)
            if found is None or found.group(self._param) != ctx.organization:
                return _forbidden(ctx)
        return None


def _forbidden(ctx: RequestContext, *, insufficient_scope: bool = False) -> Reply:
    ctx.error = "forbidden"
    headers = []
    if insufficient_scope:
        headers.append((b"www-authenticate",
                        b'Bearer realm="charter", error="insufficient_scope"'))
    return problem(403, "forbidden", "Not allowed",
                   "the credential does not carry the scopes this route needs"
                   if insufficient_scope else None,
                   request_id=ctx.request_id, headers=headers)
