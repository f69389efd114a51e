"""Whether a shared back end is usable, from one process's point of view.

Requests never wait on a back end known to be down: the first failure marks it down (one log
line, one count), and from then on a background task probes it, with a growing pause, until
a probe succeeds and it is marked up again (one log line, one count). `on_change`, when set, is
told of each of these transitions too (the gateway writes them to the audit log).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

log = logging.getLogger("charter.ratelimit")

PROBE_FIRST = 0.5
PROBE_MAX = 5.0

# (up, error): error is the exception's class name on a transition to down, None on recovery.
OnChange = Callable[[bool, str | None], None]


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
        self.on_change: OnChange | None = None
        self.down_since: float | None = None  # time.monotonic() of the last transition to down

    def failed(self, error: BaseException) -> None:
        """A call failed: mark the back end down (once) and start probing it."""
        if not self.up:
            return
        self.up = False
        self.downs += 1
        self.down_since = time.monotonic()
        log.warning("%s is unreachable; rate limits follow their failure mode until it is back",
                    self.name, extra={"error": type(error).__name__})
        self._task = asyncio.get_running_loop().create_task(self._recover())
        self._tell(False, type(error).__name__)

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
            self._tell(True, None)
            return

    def _tell(self, up: bool, error: str | None) -> None:
        if self.on_change is None:
            return
        try:
            self.on_change(up, error)
        except Exception:
            # Called from a request's path: whatever the listener does wrong stays here.
            log.exception("reporting a rate-limit back end transition failed")

    async def close(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
