"""disclosure: counts what each request discloses to a recipient (clauses SCOPE-7, SHARE-4).

Active only on routes whose upstream names a `recipient`. When the request was forwarded to
that upstream, `on_complete` enqueues one row per data category into the `disclosure_counts`
sink (an enqueue, never a write): the categories of the route's purpose, and what the privacy
guard found in the request, as data category keys. Counts are summed per recipient,
category and day when read (`charter governance disclosures`).

The request's findings are taken once its body has passed the guard (this stage comes later in
the registry), before the response adds its own: what comes back from the recipient is not
disclosed to it. They are counted even where the guard redacted them before they left, so the
counts are an upper bound on what was disclosed, never an undercount.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar, Final

from charter.dataplane.context import RequestContext
from charter.dataplane.services import RecordSink
from charter.dataplane.stage import Stage, StageOptions

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.body import Body
    from charter.dataplane.services import Services

TABLE: Final = "disclosure_counts"

# Scanner kinds as fideslang data categories.
KIND_CATEGORY: Final[dict[str, str]] = {
    "health": "user.health_and_medical",
    "genetic": "user.health_and_medical.genetic",
    "biometric": "user.biometric",
    "racial_ethnic_origin": "user.demographic.race_ethnicity",
    "political_opinion": "user.demographic.political_opinion",
    "religious_belief": "user.demographic.religious_belief",
    "trade_union": "user.demographic",
    "sex_life_orientation": "user.demographic.sexual_orientation",
    "criminal_record": "user.criminal_history",
    "payment_card": "user.financial.credit_card",
    "bank_account": "user.financial.bank_account",
    "national_id": "user.government_id.national_identification_number",
    "passport": "user.government_id.passport_number",
    "credential": "user.authorization.credentials",
    "precise_location": "user.location.precise",
    "email": "user.contact.email",
    "phone": "user.contact.phone_number",
    "ip_address": "user.device.ip_address",
    "date_of_birth": "user.demographic.date_of_birth",
    "postal_address": "user.contact.address",
    "person_name": "user.name",
}
# A request to a recipient whose purpose declares no categories still discloses something.
UNDECLARED: Final = "unspecified"


class DisclosureStage(Stage):
    name: ClassVar[str] = "disclosure"
    Options: ClassVar[type[StageOptions]] = StageOptions
    default_enabled: ClassVar[bool] = True

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        config = services.config
        recipient: str | None = None
        for upstream in config.upstreams:
            if upstream.name == route.upstream:
                recipient = upstream.recipient
        categories: tuple[str, ...] = ()
        for purpose in config.purposes:
            if purpose.name == route.purpose:
                categories = tuple(purpose.categories)
        self._recipient = recipient
        self._categories = categories
        self._sink: RecordSink | None = services.sinks.get(TABLE)

    def active(self) -> bool:
        return self._recipient is not None and self._sink is not None

    def reads_request_body(self) -> bool:
        # Only to read what the guard found; without the guard there is nothing to read.
        guard = self.route.stages.get("privacy_guard") or {}
        return guard.get("enabled", True) is not False

    def on_request_body(self, ctx: RequestContext, body: Body) -> None:
        found = ctx.state.get("privacy_guard")
        if found:
            ctx.state[self.name] = tuple(found)

    def on_complete(self, ctx: RequestContext) -> None:
        sink = self._sink
        if sink is None or ctx.upstream_target is None:
            return  # nothing left the gateway
        categories = set(self._categories)
        found = ctx.state.get(self.name)
        if found:
            categories.update(KIND_CATEGORY.get(kind, f"kind:{kind}") for kind in found)
        now = time.time()
        for category in sorted(categories) or (UNDECLARED,):
            sink.put({"ts": now, "recipient": self._recipient, "route_id": ctx.route_id,
                      "category": category, "count": 1})
