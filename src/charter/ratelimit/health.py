"""Whether a shared back end is usable, from one process's point of view.

Requests never wait on a back end known to be down: the first failure marks it down (one log
line, one count), and from then on a background task probes it, with a growing pause, until
a probe succeeds and it is marked up again (one log line, one count).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger("charter.ratelimit")

PROBE_FIRST = 0.5
PROBE_MAX = 5.0


class Health:
    """Up/down state with automatic recovery. Use it from one event loop."""

    def __init__(self, name: str, probe: Callable[[], Awaitable[object]], *,
                 first_pause: float = PROBE_FIRST, max_pause: float = PROBE_MAX) -> None:
        self.name = name
        self.up = True
        self.downs = 0  # transitions to down since the process started
        self.ups = 0  # recoveries
        self._probe = probe
        self._first_pause = first_pause
        self._max_pause = max_pause
        self._task: asyncio.Task[None] | None = None

    def failed(self, error: BaseException) -> None:
        """A call failed: mark the back end down (once) and start probing it."""
        if not self.up:
            return
        self.up = False
        self.downs += 1
        log.warning("%s is unreachable; rate limits follow their failure mode until it is back",
                    self.name, extra={"error": type(error).__name__})
        self._task = asyncio.get_running_loop().create_task(self._recover())

    async def _recover(self) -> None:
        pause = self._first_pause
        while True:
            await asyncio.sleep(pause)
            try:
                await self._probe()
            except Exception:
                pause = min(pause * 2, self._max_pause)
                continue
            self.up = True
            self.ups += 1
            log.info("%s is reachable again", self.name)
            return

    async def close(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
