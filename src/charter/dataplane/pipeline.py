"""A route's stages, run in registry order on the way in and in reverse on the way out."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable
from typing import TYPE_CHECKING

from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import Stage

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.body import Body
    from charter.dataplane.context import RequestContext
    from charter.dataplane.services import Services

log = logging.getLogger("charter.pipeline")


def _overrides(stage: Stage, method: str) -> bool:
    return getattr(type(stage), method) is not getattr(Stage, method)


class Pipeline:
    """Runs stages. Only stages that override a hook are called for it, so an idle hook costs
    nothing; a synchronous stage costs no task, an awaiting one costs one coroutine."""

    __slots__ = ("_complete", "_request", "_request_body", "_response", "_response_body",
                 "reads_request_body", "reads_response_body", "stages")

    def __init__(self, stages: list[Stage]) -> None:
        self.stages = stages
        self._request = tuple(s for s in stages if _overrides(s, "on_request"))
        self._request_body = tuple(s for s in stages if _overrides(s, "on_request_body")
                                   and s.reads_request_body())
        self._response = tuple(s for s in reversed(stages) if _overrides(s, "on_response"))
        self._response_body = tuple(s for s in reversed(stages)
                                    if _overrides(s, "on_response_body"))
        self._complete = tuple(s for s in reversed(stages) if _overrides(s, "on_complete"))
        # Read by the exchange for every request: plain attributes, not properties.
        self.reads_request_body = bool(self._request_body)
        self.reads_response_body = bool(self._response_body)

    @classmethod
    def build(cls, route: Route, services: Services) -> Pipeline:
        from charter.dataplane.registry import enabled_stages

        built = [stage(options, route, services) for stage, options in enabled_stages(route.stages)]
        return cls([stage for stage in built if stage.active()])

    def run_request(self, ctx: RequestContext) -> Reply | Awaitable[Reply | None] | None:
        """None to forward, a Reply to answer now, or an awaitable when a stage must wait."""
        stages = self._request
        for index, stage in enumerate(stages):
            result = stage.on_request(ctx)
            if result is None:
                continue
            if isinstance(result, Reply):
                return result
            return self._resume(result, index + 1, ctx)
        return None

    async def _resume(
        self, pending: Awaitable[Reply | None], start: int, ctx: RequestContext
    ) -> Reply | None:
        result = await pending
        if result is not None:
            return result
        for stage in self._request[start:]:
            step = stage.on_request(ctx)
            if step is None:
                continue
            if isinstance(step, Reply):
                return step
            if inspect.isawaitable(step):
                outcome = await step
                if outcome is not None:
                    return outcome
        return None

    def run_request_body(
        self, ctx: RequestContext, body: Body
    ) -> Reply | Awaitable[Reply | None] | None:
        """Like `run_request`, for the stages that read the whole request body."""
        stages = self._request_body
        for index, stage in enumerate(stages):
            result = stage.on_request_body(ctx, body)
            if result is None:
                continue
            if isinstance(result, Reply):
                return result
            return self._resume_body(result, index + 1, ctx, body)
        return None

    async def _resume_body(
        self, pending: Awaitable[Reply | None], start: int, ctx: RequestContext, body: Body
    ) -> Reply | None:
        result = await pending
        if result is not None:
            return result
        for stage in self._request_body[start:]:
            step = stage.on_request_body(ctx, body)
            if step is None:
                continue
            if isinstance(step, Reply):
                return step
            if inspect.isawaitable(step):
                outcome = await step
                if outcome is not None:
                    return outcome
        return None

    def response_body_wanted(
        self, ctx: RequestContext, status: int, headers: list[tuple[bytes, bytes]]
    ) -> int:
        """0 when no stage wants this response whole; else the most it may hold, in bytes
        (the smallest limit among the stages that want it)."""
        limit = 0
        for stage in self._response_body:
            if stage.wants_response_body(ctx, status, headers):
                own = stage.response_body_limit()
                limit = own if not limit else min(limit, own)
        return limit

    def run_response_body(self, ctx: RequestContext, status: int, body: Body) -> Reply | None:
        """The response-body stages, in reverse order; the first Reply wins. A stage that
        raises fails the response closed (500), since what it guards was not checked."""
        for stage in self._response_body:
            try:
                outcome = stage.on_response_body(ctx, status, body)
            except Exception:
                log.exception("stage %s failed in on_response_body", stage.name)
                return problem(500, "internal_error", "The gateway failed to check the response",
                               request_id=ctx.request_id)
            if outcome is not None:
                return outcome
        return None

    def run_response(self, ctx: RequestContext, status: int) -> None:
        for stage in self._response:
            try:
                stage.on_response(ctx, status)
            except Exception:
                log.exception("stage %s failed in on_response", stage.name)

    def run_complete(self, ctx: RequestContext) -> None:
        # A failing logger must never fail the request, nor skip the stages before it.
        for stage in self._complete:
            try:
                stage.on_complete(ctx)
            except Exception:
                log.exception("stage %s failed in on_complete", stage.name)
