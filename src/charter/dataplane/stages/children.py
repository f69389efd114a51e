"""children: a minor's data is not processed without a guardian's authorization (CHILD-1).

People marked as minors (`charter minors mark`, or the admin API) are refused with
`403 guardian_authorization_required` until the reference of their guardian's authorization
is recorded. People are recognised by `ctx.subject_key`, set by `authenticate` from a token's
subject. The marks come from the worker's in-memory `ConsentView`; while no marked person
awaits an authorization the stage is left out of every pipeline (each worker rebuilds its
pipelines when the first one is marked or the last one authorized).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from charter.consent.view import existing_view
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage, StageOptions

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

    def active(self) -> bool:
        return self._view is not None and self._view.has_unauthorized_minors

    def on_request(self, ctx: RequestContext) -> Reply | None:
        assert self._view is not None
        subject = ctx.subject_key
        if subject is not None and self._view.unauthorized_minor(subject):
            ctx.error = "guardian_authorization_required"
            return problem(403, "guardian_authorization_required",
                           "Guardian authorization required",
                           "the person this credential identifies is a minor, and no"
                           " authorization of their guardian is recorded",
                           request_id=ctx.request_id)
        return None
