"""Admin API for the published privacy policy (clause UPDATE-1).

- `GET /admin/policy/versions`, `GET /admin/policy/versions/{version}`: what was published;
- `GET /admin/policy/draft`: the policy the served configuration gives now, not published;
- `GET /admin/policy/diff`: the changes between two of those (`published`, `draft` or a
  version number), each material or editorial, and the verdict;
- `POST /admin/policy/publish`: publish the draft, approved by the operator who sends it.

Reading needs `governance.read`; publishing needs `policy.publish` (roles owner and
privacy officer). The framework audits the publication (and every refused call); the event
names the version, whether it was material and how many clients were queued a webhook. A
publication may name the `digest` of the draft the operator reviewed: when the served
configuration has changed since, it is refused rather than publishing something unseen.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.governance.policy import service, webhooks
from charter.governance.policy.diff import diff_policies, is_material
from charter.governance.policy.render import render_html
from charter.privacy.keyring import Keyring

log = logging.getLogger("charter.policy")

READ: Final = "governance.read"
PUBLISH: Final = "policy.publish"
# Deliveries started after a publication: kept so that they are not collected mid-way.
_DELIVERIES: set[asyncio.Task[Any]] = set()

Side = str  # "published", "draft" or a version number


class DraftQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["md", "html"] = Field(default="md", description="the text as Markdown, or "
                                          "as a standalone HTML page")


class DiffQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base: str = Field(default="published", pattern=r"^(published|draft|[1-9][0-9]{0,8})$",
                      description="`published` (the latest version), `draft` or a version")
    target: str = Field(default="draft", pattern=r"^(published|draft|[1-9][0-9]{0,8})$",
                        description="the same; default `draft`")


class PublishRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    digest: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$",
                               description="the digest of the draft that was reviewed; "
                                           "refused with 409 when the draft differs")


class VersionSummary(BaseModel):
    version: int
    published_at: str
    approver: str | None
    material: bool
    digest: str


class VersionList(BaseModel):
    versions: list[VersionSummary]


class VersionOut(VersionSummary):
    markdown: str
    facts: dict[str, Any]


class ChangeOut(BaseModel):
    kind: Literal["material", "editorial"]
    what: str
    summary: str


class DraftOut(BaseModel):
    digest: str
    format: str
    text: str
    facts: dict[str, Any]
    published: VersionSummary | None
    unchanged: bool = Field(description="the latest published version says exactly this")


class DiffOut(BaseModel):
    base: str
    target: str
    material: bool
    changes: list[ChangeOut]


class PublishOut(BaseModel):
    created: bool = Field(description="false: the policy had not changed, nothing was stored")
    version: VersionSummary
    changes: list[ChangeOut]
    notifications: int = Field(description="webhooks queued for subscribed clients")


def _served_config(engine: Engine) -> Any:
    """The configuration the gateway serves (the newest snapshot in the store)."""
    from charter.config.loader import ConfigError, parse_config
    from charter.config.snapshots import latest_snapshot

    snapshot = latest_snapshot(engine)
    if snapshot is None:
        raise AdminError(409, "no_configuration", "No configuration served",
                         "the store holds no configuration yet; start `charter serve` first")
    try:
        return parse_config(snapshot.text, snapshot.source)
    except ConfigError:
        raise AdminError(409, "no_configuration", "No configuration served",
                         "the served configuration cannot be read by this version") from None


def _latest(engine: Engine) -> service.PolicyVersion:
    found = service.latest(engine)
    if found is None:
        raise AdminError(409, "policy_not_published", "No policy published",
                         "no privacy policy has been published yet")
    return found


def _facts(engine: Engine, side: Side) -> dict[str, Any]:
    if side == "draft":
        return service.draft(_served_config(engine)).facts
    if side == "published":
        return _latest(engine).facts
    try:
        return service.get(engine, int(side)).facts
    except service.PolicyError:
        raise AdminError(404, "not_found", "Not Found",
                         f"there is no published version {side}") from None


async def list_versions(ctx: AdminContext, body: None) -> VersionList:
    found = await ctx.run(service.versions, ctx.services.engine)
    return VersionList(versions=[VersionSummary(**v.summary()) for v in found])


async def show_version(ctx: AdminContext, body: None, version: str) -> VersionOut:
    if not version.isdigit() or len(version) > 9:
        raise AdminError(404, "not_found", "Not Found", "versions are numbered from 1")
    try:
        found = await ctx.run(service.get, ctx.services.engine, int(version))
    except service.PolicyError:
        raise AdminError(404, "not_found", "Not Found",
                         f"there is no published version {version}") from None
    return VersionOut(**found.summary(), markdown=found.markdown, facts=found.facts)


async def draft(ctx: AdminContext, body: None) -> DraftOut:
    query = ctx.query
    assert isinstance(query, DraftQuery)
    engine = ctx.services.engine

    def build() -> tuple[service.Draft, service.PolicyVersion | None]:
        return service.draft(_served_config(engine)), service.latest(engine)

    rendered, latest = await ctx.run(build)
    text = render_html(rendered.facts) if query.format == "html" else rendered.markdown
    return DraftOut(digest=rendered.digest, format=query.format, text=text,
                    facts=rendered.facts,
                    published=VersionSummary(**latest.summary()) if latest else None,
                    unchanged=latest is not None and latest.digest == rendered.digest)


async def diff(ctx: AdminContext, body: None) -> DiffOut:
    query = ctx.query
    assert isinstance(query, DiffQuery)
    engine = ctx.services.engine

    def compare() -> list[Any]:
        return diff_policies(_facts(engine, query.base), _facts(engine, query.target))

    changes = await ctx.run(compare)
    return DiffOut(base=query.base, target=query.target, material=is_material(changes),
                   changes=[ChangeOut(**c.as_dict()) for c in changes])


async def publish(ctx: AdminContext, body: PublishRequest) -> PublishOut:
    engine = ctx.services.engine
    approver = ctx.operator.username

    def run() -> service.PublishResult:
        config = _served_config(engine)
        if body.digest is not None and service.draft(config).digest != body.digest:
            raise AdminError(409, "policy_draft_changed", "The draft has changed",
                             "the served configuration changed since that draft was "
                             "rendered; review the new draft and publish it")
        return service.publish(engine, config, approver=approver)

    try:
        result = await ctx.run(run)
    except service.PolicyError as exc:
        raise AdminError(422, "invalid_publication", "Cannot publish", str(exc)) from None
    version = result.version
    ctx.annotate(target=f"policy_version:{version.version}", version=version.version,
                 created=result.created, material=version.material,
                 notifications=result.notifications)
    if result.notifications:
        _deliver_soon(engine, ctx.services.keyring)
    return PublishOut(created=result.created, version=VersionSummary(**version.summary()),
                      changes=[ChangeOut(**c.as_dict()) for c in result.changes],
                      notifications=result.notifications)


def _deliver_soon(engine: Engine, keyring: Keyring) -> None:
    """Send the queued webhooks now, in the background; the scheduler retries failures."""
    async def deliver() -> None:
        try:
            await asyncio.to_thread(webhooks.deliver_due, engine, keyring)
        except Exception as exc:
            log.warning("sending policy webhooks failed", extra={"error": type(exc).__name__})

    task = asyncio.get_running_loop().create_task(deliver())
    _DELIVERIES.add(task)
    task.add_done_callback(_DELIVERIES.discard)


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/policy/versions", list_versions, READ,
                 "The published versions of the privacy policy, oldest first",
                 response=VersionList),
        Endpoint("GET", "/admin/policy/versions/{version}", show_version, READ,
                 "One published version: its text and the facts it was written from",
                 response=VersionOut),
        Endpoint("GET", "/admin/policy/draft", draft, READ,
                 "The policy the served configuration gives now, not yet published",
                 response=DraftOut, query=DraftQuery),
        Endpoint("GET", "/admin/policy/diff", diff, READ,
                 "The changes between two policies, each material or editorial",
                 response=DiffOut, query=DiffQuery),
        Endpoint("POST", "/admin/policy/publish", publish, PUBLISH,
                 "Publish the draft as a new version, approved by the calling operator",
                 body=PublishRequest, response=PublishOut),
    ]
