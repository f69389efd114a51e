"""Lockouts after repeated authentication failures."""

from __future__ import annotations

import pytest

from charter.identity.lockout import LockoutPolicy, Lockouts


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.clause("USE-3")
def test_a_key_id_locks_only_together_with_the_address_that_failed() -> None:
    clock = Clock()
    locked: list[tuple[str, str]] = []
    lockouts = Lockouts(LockoutPolicy(pair_failures=5), clock=clock,
                        on_lock=lambda kind, key: locked.append((kind, key)))
    for _ in range(4):
        lockouts.failed("203.0.113.9", "key_A")
    assert lockouts.locked("203.0.113.9", "key_A") == 0
    lockouts.failed("203.0.113.9", "key_A")
    assert lockouts.locked("203.0.113.9", "key_A") == 300
    assert locked == [("key", "key_A")]
    # The legitimate client of key_A, elsewhere, is not affected; nor is another key.
    assert lockouts.locked("198.51.100.7", "key_A") == 0
    assert lockouts.locked("203.0.113.9", "key_B") == 0
    clock.now += 301
    assert lockouts.locked("203.0.113.9", "key_A") == 0


@pytest.mark.clause("USE-3")
def test_many_failures_from_one_address_lock_the_address() -> None:
    clock = Clock()
    lockouts = Lockouts(LockoutPolicy(address_failures=20), clock=clock)
    for index in range(19):
        lockouts.failed("203.0.113.9", f"key_{index}")  # a different key every time
    assert lockouts.locked("203.0.113.9", None) == 0
    lockouts.failed("203.0.113.9", None)
    assert lockouts.locked("203.0.113.9", "key_anything") > 0
    assert lockouts.locked("203.0.113.10", None) == 0


def test_failures_outside_the_window_do_not_add_up() -> None:
    clock = Clock()
    lockouts = Lockouts(LockoutPolicy(pair_failures=3, window=60), clock=clock)
    for _ in range(2):
        lockouts.failed("203.0.113.9", "key_A")
    clock.now += 61
    lockouts.failed("203.0.113.9", "key_A")
    assert lockouts.locked("203.0.113.9", "key_A") == 0
