"""capture: short-term, encrypted copies of request and response bodies (DATA-2, RET-2).

Off unless a route enables it. It sees bodies after the privacy guard: requests come down the
registry in order, and `capture` is listed after `privacy_guard`; responses come back up in
reverse, so `capture` would see them before the guard. It therefore only keeps a reference to
the shared `Body` on the way back, and encrypts whatever that body holds once the exchange is
over (`on_complete`), when the guard has edited it in place and it has been sent. A response
the gateway replaced with its own reply is not captured.

Bodies are cut to `max_bytes`, sealed with AES-256-GCM under the day's key, and queued for the
`captures` table; the hot path never waits on the store. Without a key ready (the store was
unreachable), or with a full queue, the capture is skipped and counted, never kept in clear.
"""

from __future__ import annotations

import random
import secrets
from datetime import UTC, datetime
from typing import Any, ClassVar

from pydantic import Field, field_validator

from charter.capture.crypto import body_aad, seal
from charter.capture.keys import KeyKeeper, keeper_for, utc_day
from charter.capture.policy import controls_for
from charter.config.models import Route
from charter.config.units import parse_size
from charter.dataplane.body import REQUEST, RESPONSE, Body
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply
from charter.dataplane.services import Services
from charter.dataplane.stage import DEFAULT_RESPONSE_BODY_LIMIT, Stage, StageOptions

TABLE = "captures"
_CONTENT_TYPE_LIMIT = 128


class CaptureOptions(StageOptions):
    request: bool = Field(True, description="capture request bodies")
    response: bool = Field(True, description="capture response bodies (JSON and text only)")
    max_bytes: int = Field(64 * 1024, ge=1, le=DEFAULT_RESPONSE_BODY_LIMIT,
                           description="keep at most this many bytes of each body; the rest"
                           " is cut off and the capture marked truncated")
    sample: float = Field(1.0, ge=0.0, le=1.0,
                          description="the share of requests captured, from 0 to 1")

    @field_validator("max_bytes", mode="before")
    @classmethod
    def _size(cls, value: Any) -> int:
        return parse_size(value)


class CaptureStage(Stage):
    name: ClassVar[str] = "capture"
    Options: ClassVar[type[StageOptions]] = CaptureOptions

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        assert isinstance(options, CaptureOptions)
        self.opts = options
        self.controls = controls_for(route, services.config)
        # Held responses over the smallest limit of the route's body stages are refused, so
        # only responses within the guard's limit too are held for capture.
        guard: Any = route.stages.get("privacy_guard") or {}
        limit = DEFAULT_RESPONSE_BODY_LIMIT
        if isinstance(guard, dict) and guard.get("max_response_bytes") is not None:
            limit = min(limit, parse_size(guard["max_response_bytes"]))
        self.hold_limit = limit
        self.keeper: KeyKeeper | None = None
        if self.active() and services.engine is not None:
            self.keeper = keeper_for(services.engine, services.keyring)

    def active(self) -> bool:
        opts = self.opts
        return self.controls.allowed and opts.sample > 0 and (opts.request or opts.response)

    # -- the request, after the guard ---------------------------------------------------------
    def reads_request_body(self) -> bool:
        return self.opts.request

    def on_request_body(self, ctx: RequestContext, body: Body) -> Reply | None:
        if body.data and _capturable(body) and self._sampled(ctx):
            ctx.state[self.name]["request"] = body
        return None

    # -- the response, before the guard: keep the body, read it at the end --------------------
    def wants_response_body(self, ctx: RequestContext, status: int,
                            headers: list[tuple[bytes, bytes]]) -> bool:
        if not self.opts.response:
            return False
        length = content_type = encoding = None
        for name, value in headers:
            if name == b"content-length":
                length = value
            elif name == b"content-type":
                content_type = value
            elif name == b"content-encoding":
                encoding = value
        # Holding a body of unknown size could fail the response (over the limit it is
        # refused); a capture must never change what the client gets.
        if length is None or not length.isdigit() or int(length) > self.hold_limit:
            return False
        if encoding not in (None, b"", b"identity") or content_type is None:
            return False
        return _media_ok(content_type.decode("latin-1")) and self._sampled(ctx)

    def on_response_body(self, ctx: RequestContext, status: int, body: Body) -> Reply | None:
        # Another stage may have held this response: check it is one to capture.
        if self.opts.response and body.data and _capturable(body) and self._sampled(ctx):
            ctx.state[self.name]["response"] = (status, body)
        return None

    def on_complete(self, ctx: RequestContext) -> None:
        state = ctx.state.get(self.name)
        if not state:
            return
        request: Body | None = state.get("request")
        if request is not None:
            self._capture(ctx, REQUEST, request, None)
        held: tuple[int, Body] | None = state.get("response")
        if held is not None:
            status, body = held
            # What was sent is this body only if no stage answered in its place.
            if ctx.error is None and ctx.status == status and ctx.bytes_out == len(body.data):
                self._capture(ctx, RESPONSE, body, status)

    # -- helpers --------------------------------------------------------------------------------
    def _sampled(self, ctx: RequestContext) -> bool:
        state: dict[str, Any] | None = ctx.state.get(self.name)
        if state is None:
            sample = self.opts.sample
            # Sampling picks requests, it protects nothing: a fast PRNG is right here.
            taken = sample >= 1.0 or random.random() < sample  # noqa: S311
            state = ctx.state[self.name] = {"sampled": taken}
        return bool(state["sampled"])

    def _capture(self, ctx: RequestContext, direction: str, body: Body,
                 status: int | None) -> None:
        now = datetime.now(UTC)
        day = utc_day(now)
        key = self.keeper.key_for(day) if self.keeper is not None else None
        sink = self.services.sinks.get(TABLE)
        if key is None or sink is None:
            self._count("captures_skipped")
            return
        data = body.data
        limit = self.opts.max_bytes
        capture_id = "cap_" + secrets.token_hex(12)
        nonce, ciphertext = seal(key, data[:limit], body_aad(capture_id, ctx.request_id,
                                                              direction))
        controls = self.controls
        queued = sink.put({
            "id": capture_id,
            "ts": now,
            "day": day,
            "request_id": ctx.request_id,
            "route_id": self.route.id,
            "client_id": ctx.client_id,
            "subject_key": ctx.subject_key,
            "direction": direction,
            "status": status,
            "content_type": body.content_type[:_CONTENT_TYPE_LIMIT],
            "size": len(data),
            "truncated": len(data) > limit,
            "nonce": nonce,
            "ciphertext": ciphertext,
            "retention": controls.retention,
            "approval_id": controls.approval_id,
            "readers": ",".join(controls.readers) if controls.approval_id else None,
        })
        self._count("captures_queued" if queued else "captures_skipped")

    def _count(self, name: str) -> None:
        metrics = self.services.metrics
        if metrics is not None:
            metrics.add(name)


def _media_ok(content_type: str) -> bool:
    media = content_type.partition(";")[0].strip().lower()
    return (media.startswith("text/") or media == "application/json"
            or (media.startswith("application/") and media.endswith("+json"))
            or media == "application/x-www-form-urlencoded")


def _capturable(body: Body) -> bool:
    # Compressed bodies are out: the guard could not read them, so they are not redacted.
    return not body.encoding and _media_ok(body.content_type)
