"""A route's stages, run in registry order on the way in and in reverse on the way out."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable
from typing import TYPE_CHECKING

from charter.dataplane.reply import Reply
from charter.dataplane.stage import Stage

if TYPE_CHECKING:
    from charter.config.models import Route
    from charter.dataplane.context import RequestContext
    from charter.dataplane.services import Services

log = logging.getLogger("charter.pipeline")


def _overrides(stage: Stage, method: str) -> bool:
    return getattr(type(stage), method) is not getattr(Stage, method)


class Pipeline:
    """Runs stages. Only stages that override a hook are called for it, so an idle hook costs
    nothing; a synchronous stage costs no task, an awaiting one costs one coroutine."""

    __slots__ = ("_complete", "_request", "_response", "stages")

    def __init__(self, stages: list[Stage]) -> None:
        self.stages = stages
        self._request = tuple(s for s in stages if _overrides(s, "on_request"))
        self._response = tuple(s for s in reversed(stages) if _overrides(s, "on_response"))
        self._complete = tuple(s for s in reversed(stages) if _overrides(s, "on_complete"))

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
