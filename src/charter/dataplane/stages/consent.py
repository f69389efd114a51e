"""consent: processing on the basis of consent needs a current consent (clause BASIS-1).

Acts only on routes whose `purpose` has `legal_basis: consent`; elsewhere it is left out of
the pipeline. There, the person the request speaks for (`ctx.subject_key`, set by
`authenticate` from a token's subject) must have a current consent for that purpose, or the
request is refused with `403 consent_required`. A request that identifies no person (an API
key, a client's own token) cannot carry anyone's consent: `403 consent_subject_unknown`.

Consents come from the worker's in-memory `ConsentView`; no request waits for the store.
Without a view (no store), nothing is known to be consented, so everything is refused.
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


class ConsentOptions(StageOptions):
    pass


class ConsentStage(Stage):
    name: ClassVar[str] = "consent"
    Options: ClassVar[type[StageOptions]] = ConsentOptions
    default_enabled: ClassVar[bool] = True

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        self._view = existing_view(services.engine)
        purposes = {p.name: p for p in services.config.purposes}
        purpose = purposes.get(route.purpose) if route.purpose is not None else None
        self._purpose = (purpose.name if purpose is not None
                         and purpose.legal_basis == "consent" else None)

    def active(self) -> bool:
        return self._purpose is not None

    def on_request(self, ctx: RequestContext) -> Reply | None:
        assert self._purpose is not None
        subject = ctx.subject_key
        if subject is None:
            ctx.error = "consent_subject_unknown"
            return problem(403, "consent_subject_unknown", "Consent cannot be checked",
                           "this route processes data on the basis of consent, and the"
                           " credential identifies no person", request_id=ctx.request_id)
        if self._view is None or not self._view.consented(subject, self._purpose):
            ctx.error = "consent_required"
            return problem(403, "consent_required", "Consent required",
                           "the person this credential identifies has not given, or has"
                           " withdrawn, consent for this purpose", request_id=ctx.request_id,
                           purpose=self._purpose)
        return None
