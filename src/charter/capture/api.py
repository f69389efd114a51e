"""`GET /admin/captures` (metadata) and `GET /admin/captures/{capture_id}` (the body).

Both need `inventory.read`, and then a role that may read the capture: the approval's roles
for a capture made under an approval, `policy.DEFAULT_READERS` otherwise. The list shows only
captures the caller may read, and never a body. Every read that returns a capture is audited
before the answer is sent (the event names capture ids, never content); a refused read is
audited by the framework (403).
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any, Final

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, Engine, literal, or_, select

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.audit.log import AuditEvent, safe_value
from charter.capture.crypto import CaptureCryptoError, body_aad, open_sealed
from charter.capture.keys import load_day_key
from charter.capture.models import captures
from charter.capture.policy import DEFAULT_READERS
from charter.privacy.keyring import Keyring

PERMISSION: Final = "inventory.read"
MAX_LIMIT: Final = 500
_METADATA = (
    captures.c.id, captures.c.ts, captures.c.day, captures.c.request_id, captures.c.route_id,
    captures.c.client_id, captures.c.direction, captures.c.status, captures.c.content_type,
    captures.c.size, captures.c.truncated, captures.c.retention, captures.c.approval_id,
    captures.c.readers,
)


class CaptureFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    route_id: str | None = Field(default=None, max_length=64)
    request_id: str | None = Field(default=None, max_length=64)
    since: AwareDatetime | None = Field(default=None, description="captured at or after"
                                        " (ISO 8601)")
    limit: int = Field(default=100, ge=1, le=MAX_LIMIT)


class CaptureInfo(BaseModel):
    id: str
    ts: datetime
    day: date
    request_id: str
    route_id: str
    client_id: str | None
    direction: str
    status: int | None
    content_type: str
    size: int = Field(description="bytes of the body before it was cut to max_bytes")
    truncated: bool
    retention: str
    approval_id: str | None


class CaptureList(BaseModel):
    captures: list[CaptureInfo]


class Capture(CaptureInfo):
    body: str | None = Field(description="the captured bytes as UTF-8 text; null when they"
                             " are not valid UTF-8 (see body_base64)")
    body_base64: str | None = None


def readers_of(readers: str | None) -> tuple[str, ...]:
    return DEFAULT_READERS if readers is None else tuple(readers.split(","))


def _readable_by(role: str) -> ColumnElement[bool]:
    listed = (literal(",") + captures.c.readers + literal(",")).like(f"%,{role},%")
    if role in DEFAULT_READERS:
        return or_(captures.c.readers.is_(None), listed)
    return listed


def _info(row: Any) -> CaptureInfo:
    return CaptureInfo.model_validate({name: row[name] for name in CaptureInfo.model_fields})


def _list(engine: Engine, role: str, filters: CaptureFilters) -> list[CaptureInfo]:
    statement = select(*_METADATA).where(_readable_by(role))
    if filters.route_id is not None:
        statement = statement.where(captures.c.route_id == filters.route_id)
    if filters.request_id is not None:
        statement = statement.where(captures.c.request_id == filters.request_id)
    if filters.since is not None:
        statement = statement.where(captures.c.ts >= filters.since)
    statement = statement.order_by(captures.c.ts.desc(), captures.c.id).limit(filters.limit)
    with engine.connect() as connection:
        return [_info(row) for row in connection.execute(statement).mappings()]


def _fetch(engine: Engine, capture_id: str) -> Any:
    with engine.connect() as connection:
        return connection.execute(
            select(captures).where(captures.c.id == capture_id)).mappings().first()


def _decrypt(engine: Engine, keyring: Keyring, row: Any) -> bytes | None:
    """The body, or None when its day's key is gone (purged)."""
    key = load_day_key(engine, keyring, row["day"])
    if key is None:
        return None
    return open_sealed(key, bytes(row["nonce"]), bytes(row["ciphertext"]),
                       body_aad(row["id"], row["request_id"], row["direction"]))


async def list_captures(ctx: AdminContext, body: None) -> CaptureList:
    filters = ctx.query
    assert isinstance(filters, CaptureFilters)
    found = await ctx.run(_list, ctx.services.engine, ctx.operator.role, filters)
    if found:
        details: dict[str, str | int | None] = {"count": len(found)}
        if filters.route_id is not None:
            details["route_id"] = safe_value(filters.route_id)
        if filters.request_id is not None:
            details["request_id"] = safe_value(filters.request_id)
        await _audit(ctx, "GET /admin/captures", None, details)
    return CaptureList(captures=found)


async def read_capture(ctx: AdminContext, body: None, capture_id: str) -> Capture:
    services = ctx.services
    row = await ctx.run(_fetch, services.engine, capture_id)
    if row is None:
        raise AdminError(404, "not_found", "Not Found", "There is no such capture.")
    if ctx.operator.role not in readers_of(row["readers"]):
        ctx.annotate(reason="capture_restricted")
        raise AdminError(403, "forbidden", "Forbidden",
                         f"Captures of route '{row['route_id']}' may not be read by the role"
                         f" '{ctx.operator.role}'.")
    try:
        data = await ctx.run(_decrypt, services.engine, services.keyring, row)
    except CaptureCryptoError:
        raise AdminError(409, "capture_unreadable", "Capture unreadable",
                         "The capture does not decrypt with the stored key.") from None
    if data is None:
        raise AdminError(410, "capture_expired", "Capture expired",
                         "The key of the capture's day has been destroyed.")
    # On record before anything is shown; if the event cannot be written, nothing is.
    await _audit(ctx, "GET /admin/captures/{capture_id}", f"capture_id={capture_id}",
                 {"route_id": row["route_id"], "direction": row["direction"]})
    try:
        text: str | None = data.decode("utf-8")
        encoded = None
    except UnicodeDecodeError:
        text, encoded = None, base64.b64encode(data).decode("ascii")
    return Capture(**_info(row).model_dump(), body=text, body_base64=encoded)


async def _audit(ctx: AdminContext, action: str, target: str | None,
                 details: dict[str, str | int | None]) -> None:
    operator = ctx.operator
    extra: dict[str, str | int | None] = dict(details)
    if operator.session_id is not None:
        extra["session"] = operator.session_id
    await ctx.services.audit.record(AuditEvent(
        actor=operator.account_id, subject_key=operator.subject_key, action=action,
        target=target, outcome="success", request_id=ctx.request_id, details=extra))


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("GET", "/admin/captures", list_captures, PERMISSION,
                 "Payload captures the caller may read, newest first: metadata only",
                 response=CaptureList, query=CaptureFilters),
        Endpoint("GET", "/admin/captures/{capture_id}", read_capture, PERMISSION,
                 "One payload capture, decrypted; the read is audited", response=Capture),
    ]
