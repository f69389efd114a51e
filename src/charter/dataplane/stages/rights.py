"""rights: enforce restrictions (GDPR Art. 18) and objections (Art. 21) at the gateway.

A person whose processing is restricted is refused with `403 subject_restricted`, except on
routes that serve storage or legal claims (`allow_restricted`, with a `reason`). For a person
who objected, the purposes they objected to go into `ctx.state["rights"]["objected"]`, and
stages that process for those purposes (the access log's telemetry) leave them out.

People are recognised by `ctx.subject_key` (set by `authenticate` for a person identified by
a token) and machine clients by the pseudonymous key of their client id. The flags come from
the worker's in-memory `FlagView`, refreshed from the store every two seconds; no request
waits for the store. With no flags at all the stage is left out of every pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field, model_validator

from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions
from charter.rights.execute.flags import existing_view

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.services import Services

_CLIENT_KEYS_MAX = 4096


class RightsOptions(StageOptions):
    allow_restricted: bool = Field(False, description="serve people whose processing is"
                                   " restricted: for routes that only store their data or"
                                   " serve legal claims")
    reason: str | None = Field(None, description="why restricted people may use the route")

    @model_validator(mode="after")
    def _reason_given(self) -> RightsOptions:
        if self.allow_restricted and not (self.reason or "").strip():
            raise ValueError("allow_restricted: true needs a reason")
        return self


class RightsStage(Stage):
    name: ClassVar[str] = "rights"
    Options: ClassVar[type[StageOptions]] = RightsOptions
    default_enabled: ClassVar[bool] = True

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        assert isinstance(options, RightsOptions)
        self._view = existing_view(services.engine)
        self._allow = options.allow_restricted
        self._purpose = route.purpose
        self._client_keys: dict[str, str] = {}

    def active(self) -> bool:
        return self._view is not None and not self._view.snapshot.empty

    def on_request(self, ctx: RequestContext) -> Reply | None:
        assert self._view is not None
        flags = self._view.snapshot
        for key in self._keys(ctx):
            if key in flags.restricted and not self._allow:
                scope = flags.restricted[key]
                if scope is None or (self._purpose is not None and self._purpose in scope):
                    ctx.error = "subject_restricted"
                    return problem(403, "subject_restricted", "Processing is restricted",
                                   "the person this credential identifies has restricted the"
                                   " processing of their data", request_id=ctx.request_id)
            objected = flags.objected.get(key)
            if objected:
                state = ctx.state.setdefault("rights", {"objected": frozenset()})
                state["objected"] = state["objected"] | objected
        return None

    def _keys(self, ctx: RequestContext) -> tuple[str, ...]:
        client = ctx.client_id
        if client is None:
            return (ctx.subject_key,) if ctx.subject_key else ()
        key = self._client_keys.get(client)
        if key is None:
            if len(self._client_keys) >= _CLIENT_KEYS_MAX:
                self._client_keys.clear()
            key = self._client_keys[client] = self.services.pseudonymizer.subject_key(
                "client", client)
        return (ctx.subject_key, key) if ctx.subject_key else (key,)
