"""Lockouts after repeated authentication failures.

Two counters, each over a sliding window:
- per client address: many failures from one address (credential stuffing, key guessing)
  lock that address out;
- per (key id, client address): repeated failures with one key id lock out that pair only.

Locking a key id for everybody would let anyone who learns a key id (it appears in logs) lock
its legitimate client out by sending bad secrets; pairing it with the address means an
attacker can only lock themselves out. While locked, a source gets 429 before any credential
is checked, even a valid one. Counters live in the worker process: with N workers an address
can make up to N times the failures before every worker has locked it.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class LockoutPolicy:
    address_failures: int = 20
    pair_failures: int = 5
    window: float = 60.0
    lock_for: float = 300.0


class _Counter:
    __slots__ = ("count", "locked_until", "started")

    def __init__(self, now: float) -> None:
        self.started = now
        self.count = 0
        self.locked_until = 0.0


class Lockouts:
    """Bounded failure counters; `on_lock(kind, key)` is called once per new lockout."""

    def __init__(self, policy: LockoutPolicy | None = None, *, size: int = 50_000,
                 on_lock: Callable[[str, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.policy = policy or LockoutPolicy()
        self._counters: OrderedDict[str, _Counter] = OrderedDict()
        self._size = size
        self._on_lock = on_lock
        self._clock = clock

    def locked(self, address: str, key_id: str | None) -> float:
        """Seconds until this source may try again; 0 when it is not locked."""
        now = self._clock()
        wait = self._remaining(f"a:{address}", now)
        if key_id is not None:
            wait = max(wait, self._remaining(f"k:{key_id}:{address}", now))
        return wait

    def failed(self, address: str, key_id: str | None) -> None:
        now = self._clock()
        self._count(f"a:{address}", self.policy.address_failures, now, "address", address)
        if key_id is not None:
            self._count(f"k:{key_id}:{address}", self.policy.pair_failures, now, "key",
                        key_id)

    def _remaining(self, key: str, now: float) -> float:
        counter = self._counters.get(key)
        if counter is None or counter.locked_until <= now:
            return 0.0
        return counter.locked_until - now

    def _count(self, key: str, limit: int, now: float, kind: str, label: str) -> None:
        counter = self._counters.get(key)
        if counter is None or now - counter.started > self.policy.window:
            counter = self._counters[key] = _Counter(now)
            if len(self._counters) > self._size:
                self._counters.popitem(last=False)
        counter.count += 1
        if counter.count >= limit and counter.locked_until <= now:
            counter.locked_until = now + self.policy.lock_for
            counter.count = 0
            counter.started = now
            if self._on_lock is not None:
                self._on_lock(kind, label)
