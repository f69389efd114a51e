"""The in-process limiter: decisions over several keys, and memory that stays bounded."""

from __future__ import annotations

import pytest

from charter.ratelimit.gcra import MICROS, Rate
from charter.ratelimit.local import LocalLimiter

pytestmark = pytest.mark.clause("USE-3")


class Clock:
    def __init__(self) -> None:
        self.now = 1000 * MICROS

    def __call__(self) -> int:
        return self.now


def test_each_key_has_its_own_limit() -> None:
    clock = Clock()
    limiter = LocalLimiter(clock=clock)
    rate = [Rate.per(3, 60)]
    assert [limiter.decide(["a"], rate).allowed for _ in range(4)] == [True] * 3 + [False]
    assert limiter.decide(["b"], rate).allowed
    clock.now += 20 * MICROS
    assert limiter.decide(["a"], rate).allowed
    assert not limiter.decide(["a"], rate).allowed


def test_a_refused_request_charges_no_limit() -> None:
    clock = Clock()
    limiter = LocalLimiter(clock=clock)
    rates = [Rate.per(5, 1), Rate.per(2, 3600)]
    outcomes = [limiter.decide(["s", "h"], rates).allowed for _ in range(4)]
    assert outcomes == [True, True, False, False]
    # The per-second key was charged twice only: three remain.
    assert limiter.decide(["s"], rates[:1]).outcomes[0].remaining == 2


def test_idle_keys_are_dropped() -> None:
    clock = Clock()
    limiter = LocalLimiter(clock=clock)
    rate = [Rate.per(10, 1)]
    for i in range(1000):
        limiter.decide([f"k{i}"], rate)
    assert len(limiter) <= 1000
    clock.now += 2 * MICROS  # every key is idle again
    for i in range(1000):
        limiter.decide([f"fresh{i}"], rate)
    # Each decision looks at two old entries: by now the idle ones are gone.
    assert len(limiter) <= 1000 + 1
    assert limiter.evicted == 0


def test_memory_is_capped_even_for_live_keys() -> None:
    limiter = LocalLimiter(max_keys=100, clock=Clock())
    rate = [Rate.per(1, 86400)]
    for i in range(500):
        assert limiter.decide([f"k{i}"], rate).allowed
    assert len(limiter) == 100
    assert limiter.evicted == 400
