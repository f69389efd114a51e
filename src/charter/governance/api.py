"""Admin API for governance: the record of processing, transfers, the disclosure log.

`GET /admin/governance/ropa`, `GET /admin/governance/transfers` and
`GET /admin/governance/disclosures` need `governance.read`; entering a disclosure
(`POST /admin/governance/disclosures`, clause SHARE-3) needs `governance.write`. The framework
audits the entry; the event names the disclosure by id and its recipient, never its subject.
The published privacy policy's endpoints (`/admin/policy/...`) come with these, from
`charter.governance.policy.api` and `charter.governance.policy.subscriptions_api`.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any, Final

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.governance.disclosures import (
    DisclosureError,
    day_counts,
    entered,
    record_disclosure,
)
from charter.governance.models import REASON_MAX, RECIPIENT_MAX, REFERENCE_MAX
from charter.governance.policy import api as policy_api
from charter.governance.policy import subscriptions_api
from charter.governance.ropa import build_ropa
from charter.governance.transfers import transfers

READ: Final = "governance.read"
WRITE: Final = "governance.write"


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid")

    since: AwareDatetime | None = Field(default=None, description="from this time (default:"
                                        " a year before `until`)")
    until: AwareDatetime | None = Field(default=None, description="before this time"
                                        " (default: tomorrow)")


class NewDisclosure(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recipient: str = Field(min_length=1, max_length=RECIPIENT_MAX,
                           description="who received the data: an authority, auditor, court")
    legal_reference: str = Field(min_length=1, max_length=REFERENCE_MAX,
                                 description="the legal basis or order, e.g. a case number")
    categories: list[str] = Field(min_length=1, description="data category keys disclosed")
    reason: str | None = Field(default=None, max_length=REASON_MAX)
    subject_key: str | None = Field(default=None, min_length=1, max_length=40,
                                    description="the pseudonymous key of the person concerned")


def _config(ctx: AdminContext) -> Any:
    from charter.rights.api import served_config

    return served_config(ctx.services.engine)


async def ropa(ctx: AdminContext, body: None) -> dict[str, Any]:
    config = await ctx.run(_config, ctx)
    return build_ropa(config, ctx.services.inventory())


async def transfer_report(ctx: AdminContext, body: None) -> dict[str, Any]:
    config = await ctx.run(_config, ctx)
    return {"home": list(config.transfers.home),
            "without_safeguard": config.transfers.without_safeguard,
            "transfers": [t.as_dict() for t in transfers(config)]}


async def disclosures(ctx: AdminContext, body: None) -> dict[str, Any]:
    period = ctx.query
    assert isinstance(period, Period)
    engine = ctx.services.engine
    counts = await ctx.run(day_counts, engine, period.since, period.until)
    records = await ctx.run(entered, engine, period.since, period.until)
    return {"counts": [asdict(c) for c in counts],
            "disclosures": [r.as_dict() for r in records]}


async def disclose(ctx: AdminContext, body: NewDisclosure) -> dict[str, Any]:
    def make() -> Any:
        return record_disclosure(ctx.services.engine, recipient=body.recipient,
                                 legal_reference=body.legal_reference,
                                 categories=body.categories, reason=body.reason,
                                 subject_key=body.subject_key,
                                 entered_by=ctx.operator.account_id, now=datetime.now(UTC))

    try:
        found = await ctx.run(make)
    except DisclosureError as exc:
        raise AdminError(422, "invalid_disclosure", "Invalid disclosure", str(exc)) from None
    ctx.annotate(target=f"disclosure_id={found.id}", recipient=found.recipient,
                 categories=len(found.categories))
    doc: dict[str, Any] = found.as_dict()
    return doc


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/governance/ropa", ropa, READ,
                 "The record of processing activities (GDPR Art. 30), from the served"
                 " configuration and the privacy inventory"),
        Endpoint("GET", "/admin/governance/transfers", transfer_report, READ,
                 "Each upstream, recipient and location: country, home or not, safeguard"),
        Endpoint("GET", "/admin/governance/disclosures", disclosures, READ,
                 "The disclosure log for a period: counts per day, recipient and category,"
                 " and disclosures entered by hand", query=Period),
        Endpoint("POST", "/admin/governance/disclosures", disclose, WRITE,
                 "Record a disclosure to an authority, with its legal reference",
                 body=NewDisclosure, status=201),
        *policy_api.endpoints(),
        *subscriptions_api.endpoints(),
    ]
