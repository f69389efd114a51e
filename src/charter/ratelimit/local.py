"""An in-process limiter: exact for one process, synchronous, O(1) per decision."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from charter.ratelimit.gcra import Decision, Rate, decide

DEFAULT_MAX_KEYS = 100_000


def monotonic_us() -> int:
    return time.monotonic_ns() // 1000


class LocalLimiter:
    """GCRA state per key, in this process's memory.

    Memory stays bounded: an idle key (its TAT has passed) holds nothing a missing key would
    not, so each decision looks at a few of the oldest entries and drops the idle ones (a
    live one goes to the back of the line). Past `max_keys` live keys, the oldest entry is
    dropped even though it is live, which can only let that key through sooner; `evicted`
    counts such drops. Not thread-safe: use it from one event loop.
    """

    __slots__ = ("_clock", "_max_keys", "_tats", "evicted")

    def __init__(self, max_keys: int = DEFAULT_MAX_KEYS,
                 clock: Callable[[], int] = monotonic_us) -> None:
        if max_keys < 1:
            raise ValueError("max_keys must be at least 1")
        self._tats: OrderedDict[str, int] = OrderedDict()
        self._max_keys = max_keys
        self._clock = clock
        self.evicted = 0

    def __len__(self) -> int:
        return len(self._tats)

    def decide(self, keys: Sequence[str], rates: Sequence[Rate]) -> Decision:
        """One decision over several limits (key `keys[i]` limited by `rates[i]`): allowed only
        if all allow, and then all are charged."""
        now = self._clock()
        tats = self._tats
        decision, charged = decide(rates, [tats.get(key, 0) for key in keys], now)
        if charged is not None:
            for key, tat in zip(keys, charged, strict=True):
                tats[key] = tat
        self._sweep(now, len(keys) + 1)
        return decision

    def _sweep(self, now: int, budget: int) -> None:
        tats = self._tats
        # Looking at one more entry than a decision can add keeps idle keys from piling up.
        while budget and tats:
            budget -= 1
            key, tat = tats.popitem(last=False)
            if tat > now:
                tats[key] = tat
        while len(tats) > self._max_keys:
            tats.popitem(last=False)
            self.evicted += 1
