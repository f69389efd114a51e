"""The contract every pipeline stage keeps.

A stage is one file under `dataplane/stages/`: an `Options` pydantic model and a `Stage`
subclass. The order of stages is declared once, in `dataplane/registry.py`.

- `on_request(ctx)` runs before the request is forwarded. Return None to continue, a `Reply`
  to answer the client there, or an awaitable of either when the stage must wait (Redis, the
  store). Synchronous stages cost no task.
- `on_response(ctx, status)` runs, in reverse order, when the upstream's response head
  arrives (or the gateway's own reply is about to be sent); it may edit
  `ctx.response_headers`. It must not block.
- `on_request_body(ctx, body)` runs, in registry order, once the whole request body is in, for
  stages that override it and whose `reads_request_body()` is true; it may edit the `Body`.
  Defining it makes the gateway gather the body before forwarding (bounded by the route's
  `max_body_bytes`). Return None, a `Reply`, or an awaitable of either.
- `on_response_body(ctx, status, body)` runs, in reverse order, on the whole response body when
  `wants_response_body(ctx, status, headers)` said yes at the head; the head is held back until
  then. Bodies larger than `response_body_limit()` are refused with 502 (fail closed). Return
  None or a `Reply` (sent instead of the upstream's response). It must not block.
- `on_complete(ctx)` runs, in reverse order, once the exchange is over, whatever the outcome
  (also for replies produced by earlier stages); `ctx.status`, `ctx.bytes_in/out` are final.
  It must not block: it enqueues, it never writes.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.body import Body
    from charter.dataplane.context import RequestContext
    from charter.dataplane.reply import Reply
    from charter.dataplane.services import Services



DEFAULT_RESPONSE_BODY_LIMIT = 1024 * 1024


class StageOptions(BaseModel):
    """Base of every stage's options: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    enabled: bool = True


class Stage:
    name: ClassVar[str]
    Options: ClassVar[type[StageOptions]] = StageOptions
    # On for every route unless the route disables it (`stages: {name: {enabled: false}}`).
    default_enabled: ClassVar[bool] = False
    # The options that turn the stage as far off as a route may (the benchmark's minimal
    # pipeline uses them); a stage that cannot simply be disabled says how it is relaxed.
    off_options: ClassVar[dict[str, Any]] = {"enabled": False}

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        self.options = options
        self.route = route
        self.services = services

    def active(self) -> bool:
        """False when, with these options on this route, the stage has nothing to do: the
        pipeline then leaves it out, so it costs nothing per request."""
        return True

    def on_request(self, ctx: RequestContext) -> Reply | Awaitable[Reply | None] | None:
        return None

    def on_response(self, ctx: RequestContext, status: int) -> None:
        return None

    def reads_request_body(self) -> bool:
        """Whether `on_request_body` has work on this route (asked once, when built)."""
        return True

    def on_request_body(
        self, ctx: RequestContext, body: Body
    ) -> Reply | Awaitable[Reply | None] | None:
        return None

    def wants_response_body(
        self, ctx: RequestContext, status: int, headers: list[tuple[bytes, bytes]]
    ) -> bool:
        """Whether to hold this response for `on_response_body` (asked at its head)."""
        return False

    def response_body_limit(self) -> int:
        """The largest response body this stage will hold, in bytes."""
        return DEFAULT_RESPONSE_BODY_LIMIT

    def on_response_body(self, ctx: RequestContext, status: int, body: Body) -> Reply | None:
        return None

    def on_complete(self, ctx: RequestContext) -> None:
        return None
