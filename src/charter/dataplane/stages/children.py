"""children: a minor's data is not processed without a guardian's authorization (CHILD-1).

A person is a minor when they are marked in the `minors` table (`charter minors mark`, or the
admin API), or when a claim of their token configured in `children.claims` says so (a flag,
an age, a birth date: see `charter.consent.minor_claims`). Either way they are refused with
`403 guardian_authorization_required` until the reference of their guardian's authorization
is recorded. People are recognised by `ctx.subject_key`, set by `authenticate` from a token's
subject; the claims come with the principal it admitted. Marks and authorizations come from
the worker's in-memory `ConsentView`. Without claim rules, the stage is left out of every
pipeline while no marked person awaits an authorization (each worker rebuilds its pipelines
when the first one is marked or the last one authorized).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from charter.consent.minor_claims import MinorClaims
from charter.consent.view import existing_view
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions
from charter.identity.principal import Principal

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.services import Services


class ChildrenOptions(StageOptions):
    pass


class ChildrenStage(Stage):
    name: ClassVar[str] = "children"
    Options: ClassVar[type[StageOptions]] = ChildrenOptions
    default_enabled: ClassVar[bool] = True

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        self._view = existing_view(services.engine)
        self._claims = MinorClaims(services.config.children)

    def active(self) -> bool:
        return bool(self._claims) or (self._view is not None
                                      and self._view.has_unauthorized_minors)

    def on_request(self, ctx: RequestContext) -> Reply | None:
        subject = ctx.subject_key
        if subject is None:
            return None
        view = self._view
        if view is not None and view.unauthorized_minor(subject):
            return self._refuse(ctx)
        principal = ctx.state.get("principal")
        if (self._claims and isinstance(principal, Principal)
                and self._claims.minor(principal.issuer, principal.claims)
                and not (view is not None and view.guardian_authorized(subject))):
            return self._refuse(ctx)
        return None

    @staticmethod
    def _refuse(ctx: RequestContext) -> Reply:
        ctx.error = "guardian_authorization_required"
        return problem(403, "guardian_authorization_required",
                       "Guardian authorization required",
                       "the person this credential identifies is a minor, and no"
                       " authorization of their guardian is recorded",
                       request_id=ctx.request_id)
