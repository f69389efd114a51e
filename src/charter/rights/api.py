"""Admin API for rights requests (`rights.read`, `rights.write`).

- `GET /admin/rights`: requests, newest first, filtered by state, type, overdue or due soon;
  no identifier or contact detail in the list;
- `GET /admin/rights/{request_id}`: one request with its identifiers, contact address and
  history; every such read is audited before the answer is sent;
- `POST /admin/rights`: file a request for someone (by letter, by phone), verified at once when
  the operator confirmed the person's identity (`verified: true` with a `reason`);
- `POST /admin/rights/{request_id}/verify|advance|deny|extend|complete`: the transitions of
  `charter.rights.workflow`, each with a reason (required to verify, deny and extend); the
  requester is told of a refusal or an extension (`charter.rights.notices`), and of what an
  advance carried out (`charter.rights.completion`, with an access bundle's link);
- `POST /admin/rights/{request_id}/lift`: lift the restriction a restrict request set, once
  the person was told through the rights outbox (`charter.rights.lifting`), then tell the
  upstreams that hold personal data (`charter.rights.recipients`); reason required.

Invalid transitions answer 409 `invalid_transition`, an erasure under a legal hold 409
`legal_hold`, a missing execution side 503 `execution_unavailable`, a request another run is
carrying out 409 `request_running`.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.audit.log import AuditEvent
from charter.config.loader import parse_config
from charter.config.models import CharterConfig
from charter.config.snapshots import latest_snapshot
from charter.rights.alerts import gauges
from charter.rights.completion import announce, prepare
from charter.rights.execute.bundles import signed_link
from charter.rights.execute.flags import active_flags
from charter.rights.holds import active_holds
from charter.rights.lifting import lift
from charter.rights.models import OPEN_STATES, REASON_MAX, STATES, RightsRequest
from charter.rights.notices import tell
from charter.rights.outbox import build_outbox
from charter.rights.service import MAX_VALUE, RightsService
from charter.rights.settings import RequestType, RightsSettings, rights_settings
from charter.rights.workflow import RightsError

READ: Final = "rights.read"
WRITE: Final = "rights.write"
# Transitions after which the requester is told of a refusal or an extension, with the reason,
# through the rights outbox. After an advance they are told what the run did
# (`charter.rights.completion`): a refusal by the execution side, or what was carried out.
TOLD: Final = frozenset({"deny", "extend"})
State = Literal["received", "verifying", "verified", "in_progress", "extended", "completed",
                "denied"]
assert set(State.__args__) == set(STATES)  # type: ignore[attr-defined]


class RightsFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    state: State | None = None
    type: RequestType | None = None
    overdue: bool | None = Field(None, description="open and past its deadline")
    due_soon: bool | None = Field(None, description="open and due within rights.near_deadline")
    limit: int = Field(100, ge=1, le=500)


class Identifier(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["account", "email", "client", "sub"]
    value: str = Field(min_length=1, max_length=MAX_VALUE)


class NewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: RequestType
    identifiers: list[Identifier] = Field(min_length=1, max_length=8)
    contact: str | None = Field(None, max_length=320, description="e-mail address to answer")
    jurisdiction: str | None = Field(None, max_length=32)
    details: dict[str, Any] | None = None
    verified: bool = Field(False, description="the operator confirmed the person's identity")
    reason: str | None = Field(None, max_length=REASON_MAX,
                               description="how the identity was confirmed; no personal data")


class Transition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(None, max_length=REASON_MAX,
                               description="why; recorded in the request's history")


class RightsSummary(BaseModel):
    id: str
    type: str
    state: str
    jurisdiction: str
    verification: str | None
    channel: str
    filed_by: str | None
    received_at: datetime
    verified_at: datetime | None
    due_at: datetime | None
    extended_at: datetime | None
    closed_at: datetime | None
    expires_at: datetime | None
    overdue: bool
    due_soon: bool
    reason: str | None
    result: dict[str, Any] | None
    run_attempts: int = Field(description="automatic runs so far (rights.auto_run)")
    run_after: datetime | None = Field(description="when the next automatic run is due")


class RightsList(BaseModel):
    requests: list[RightsSummary]


class Event(BaseModel):
    ts: datetime
    from_state: str | None
    to_state: str
    actor: str
    reason: str | None
    details: dict[str, Any]


class Flag(BaseModel):
    flag: str
    purposes: list[str] | None


class Bundle(BaseModel):
    path: str = Field(description="the signed download link, on the gateway listener")


class RightsDetail(RightsSummary):
    subject_keys: list[str]
    identifiers: list[Identifier]
    contact: str | None
    details: dict[str, Any]
    has_attestation: bool
    legal_holds: int
    flags: list[Flag] = Field(description="restrictions and objections in force for the person")
    bundle: Bundle | None = Field(description="an access or export bundle still kept")
    events: list[Event]


def summary(request: RightsRequest, near_deadline: float, now: datetime) -> dict[str, Any]:
    """The listing's view of a request: no identifier, no contact."""
    due = request.due_at
    is_open = request.state in OPEN_STATES
    return {
        "id": request.id, "type": request.type, "state": request.state,
        "jurisdiction": request.jurisdiction, "verification": request.verification,
        "channel": request.channel, "filed_by": request.filed_by,
        "received_at": request.received_at, "verified_at": request.verified_at,
        "due_at": due, "extended_at": request.extended_at, "closed_at": request.closed_at,
        "expires_at": request.expires_at,
        "overdue": bool(is_open and due is not None and due < now),
        "due_soon": bool(is_open and due is not None and now <= due
                         and (due - now).total_seconds() < near_deadline),
        "reason": request.reason, "result": request.result,
        "run_attempts": request.run_attempts, "run_after": request.run_after,
    }


def served_config(engine: Engine) -> CharterConfig:
    """The configuration being served (the newest snapshot), or the defaults."""
    snapshot = latest_snapshot(engine)
    if snapshot is None:
        return CharterConfig()
    return parse_config(snapshot.text, snapshot.source)


def _service(ctx: AdminContext, config: CharterConfig) -> RightsService:
    services = ctx.services
    return RightsService(services.engine, services.keyring, rights_settings(config),
                         audit=services.audit)


def _failure(exc: RightsError) -> AdminError:
    extra: dict[str, Any] = {k: v for k, v in exc.extra.items() if k != "headers"}
    title = exc.code.replace("_", " ").capitalize()
    return AdminError(exc.status, exc.code, title, exc.message, **extra)


async def list_requests(ctx: AdminContext, body: None) -> RightsList:
    filters = ctx.query
    assert isinstance(filters, RightsFilters)
    config = await ctx.run(served_config, ctx.services.engine)
    service = _service(ctx, config)
    found = await ctx.run(lambda: service.list(
        state=filters.state, request_type=filters.type, overdue=filters.overdue,
        due_soon=filters.due_soon, limit=filters.limit))
    now, near = service.clock(), service.settings.near_deadline
    return RightsList(requests=[RightsSummary.model_validate(summary(r, near, now))
                                for r in found])


def detail_of(service: RightsService, request_id: str) -> dict[str, Any]:
    """Everything about one request, the person's identifiers and contact included."""
    request = service.get(request_id)
    return {
        **summary(request, service.settings.near_deadline, service.clock()),
        "subject_keys": request.subject_keys,
        "identifiers": [{"kind": k, "value": v} for k, v in request.subject_identifiers],
        "contact": service.contact(request_id), "details": request.details,
        "has_attestation": service.has_attestation(request_id),
        "legal_holds": active_holds(service.engine, request.subject_keys),
        "flags": _flags(service, request.subject_keys), "bundle": _bundle(service, request),
        "events": service.events(request_id),
    }


def _flags(service: RightsService, keys: list[str]) -> list[dict[str, Any]]:
    found = {(f["flag"], tuple(f["purposes"]) if f["purposes"] is not None else None)
             for f in active_flags(service.engine, keys)} if keys else set()
    return [{"flag": flag, "purposes": list(purposes) if purposes is not None else None}
            for flag, purposes in sorted(found, key=lambda item: (item[0], item[1] or ()))]


def _bundle(service: RightsService, request: RightsRequest) -> dict[str, str] | None:
    """The link to give the requester, while their bundle is kept (whoever holds the link can
    fetch it, so it goes to the confirmed requester only)."""
    artifact = (request.result or {}).get("artifact_id")
    if not artifact:
        return None
    path = signed_link(service.engine, service.keyring, str(artifact))
    return {"path": path} if path else None


async def show_request(ctx: AdminContext, body: None, request_id: str) -> RightsDetail:
    config = await ctx.run(served_config, ctx.services.engine)
    service = _service(ctx, config)
    try:
        detail = await ctx.run(detail_of, service, request_id)
    except RightsError as exc:
        raise _failure(exc) from None
    # On record before anything about the person is shown.
    operator = ctx.operator
    extra: dict[str, str | int | None] = {"type": detail["type"]}
    if operator.session_id is not None:
        extra["session"] = operator.session_id
    await ctx.services.audit.record(AuditEvent(
        actor=operator.account_id, subject_key=detail["subject_keys"][0]
        if detail["subject_keys"] else None, action="GET /admin/rights/{request_id}",
        target=f"request_id={request_id}", outcome="success", request_id=ctx.request_id,
        details=extra))
    return RightsDetail.model_validate(detail)


async def create_request(ctx: AdminContext, body: NewRequest | None) -> RightsDetail:
    assert body is not None
    config = await ctx.run(served_config, ctx.services.engine)
    service = _service(ctx, config)
    operator = ctx.operator

    def create() -> dict[str, Any]:
        request = service.create(
            body.type, [(i.kind, i.value) for i in body.identifiers], actor=operator.account_id,
            channel="admin", contact=body.contact, details=body.details,
            jurisdiction=body.jurisdiction, verification="operator" if body.verified else None,
            filed_by=operator.account_id, reason=body.reason)
        return detail_of(service, request.id)

    if body.verified and not (body.reason or "").strip():
        raise AdminError(422, "reason_required", "Reason required", "Say how the person's "
                         "identity was confirmed (verified: true needs a reason).")
    try:
        detail = await ctx.run(create)
    except RightsError as exc:
        raise _failure(exc) from None
    ctx.annotate(target=f"request_id={detail['id']}", type=detail["type"])
    return RightsDetail.model_validate(detail)


def _transition(name: str) -> Any:
    async def handler(ctx: AdminContext, body: Transition | None,
                      request_id: str) -> RightsDetail:
        reason = body.reason if body is not None else None
        config = await ctx.run(served_config, ctx.services.engine)
        service = _service(ctx, config)
        actor = ctx.operator.account_id

        def move() -> dict[str, Any]:
            outbox = build_outbox(service.settings.outbox, ctx.services.keyring.path)
            if name == "advance":
                prepared = prepare(service, request_id)
                done = service.advance(request_id, actor=actor, reason=reason, config=config)
                announce(service, outbox, prepared, done, actor=actor,
                         service_name=config.service.name)
            else:
                getattr(service, name)(request_id, actor=actor, reason=reason)
                if name in TOLD:
                    tell(service, outbox, request_id, actor=actor,
                         service_name=config.service.name)
            return detail_of(service, request_id)

        try:
            detail = await ctx.run(move)
        except RightsError as exc:
            ctx.annotate(reason=exc.code)
            raise _failure(exc) from None
        ctx.annotate(to_state=detail["state"])
        return RightsDetail.model_validate(detail)

    return handler


async def lift_request(ctx: AdminContext, body: Transition | None,
                       request_id: str) -> RightsDetail:
    """Tell the person, then lift the restriction the request set (see `lifting.lift`)."""
    reason = body.reason if body is not None else None
    config = await ctx.run(served_config, ctx.services.engine)
    service = _service(ctx, config)
    # The outbox the gateway's intake uses: same settings, same default directory (next to
    # the keyring).
    outbox = build_outbox(service.settings.outbox, ctx.services.keyring.path)

    def go() -> dict[str, Any]:
        lift(service, outbox, request_id, actor=ctx.operator.account_id, reason=reason,
             service_name=config.service.name, config=config)
        return detail_of(service, request_id)

    try:
        detail = await ctx.run(go)
    except RightsError as exc:
        ctx.annotate(reason=exc.code)
        raise _failure(exc) from None
    ctx.annotate(subject_key=detail["subject_keys"][0] if detail["subject_keys"] else None,
                 restriction="lifted")
    return RightsDetail.model_validate(detail)


_CACHE: dict[int, tuple[float, RightsSettings]] = {}


def metrics_gauges(engine: Engine) -> dict[str, float]:
    """The rights gauges for `/metrics` (settings re-read at most once a minute)."""
    key = id(engine)
    cached = _CACHE.get(key)
    if cached is None or time.monotonic() - cached[0] > 60:
        cached = (time.monotonic(), rights_settings(served_config(engine)))
        _CACHE.clear()
        _CACHE[key] = cached
    return gauges(engine, cached[1])


_HELP = {
    "verify": "Confirm the requester's identity (checked some other way); needs a reason",
    "advance": "Start carrying the request out: runs the execution side (erasure is refused "
               "under a legal hold)",
    "deny": "Refuse the request; needs a reason, which the requester is told",
    "extend": "Extend the deadline once, by the jurisdiction's extension, before it passes; "
              "needs a reason, which the requester is told with the new date",
    "complete": "Close the request as answered",
}


def endpoints() -> list[Endpoint]:
    found = [
        Endpoint("GET", "/admin/rights", list_requests, READ,
                 "Rights requests, newest first: filter by state, type, overdue, due soon",
                 response=RightsList, query=RightsFilters),
        Endpoint("GET", "/admin/rights/{request_id}", show_request, READ,
                 "One rights request with its identifiers, contact and history; audited",
                 response=RightsDetail),
        Endpoint("POST", "/admin/rights", create_request, WRITE,
                 "File a rights request for someone", body=NewRequest, response=RightsDetail,
                 status=201),
    ]
    for name, text in _HELP.items():
        found.append(Endpoint("POST", f"/admin/rights/{{request_id}}/{name}", _transition(name),
                              WRITE, text, body=Transition, response=RightsDetail))
    found.append(Endpoint("POST", "/admin/rights/{request_id}/lift", lift_request, WRITE,
                          "Lift the restriction a restrict request set: the person is told "
                          "first, through the rights outbox; needs a reason",
                          body=Transition, response=RightsDetail))
    return found

