"""The generic cell rate algorithm (GCRA): the decision math, with no state and no clock.

A limit of `rate` requests per `period` spaces requests `interval = period / rate` apart and
lets up to `burst` of them arrive back to back. The only state per key is its theoretical
arrival time (TAT): the time at which the key would be idle again, had every request it made
been spaced exactly `interval` apart. A request at `now` is allowed when, after adding one
`interval` to the TAT, the TAT is no more than `burst` intervals ahead of `now`.

Unlike fixed windows, there is no edge at which a full window's worth is available twice: in
any stretch of time `d`, at most `burst + d / interval` requests are allowed.

Times are integers in microseconds (exact, and what Redis' `TIME` gives); a stored TAT of 0
(or anything before `now`) means the key is idle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MICROS = 1_000_000


@dataclass(frozen=True, slots=True)
class Rate:
    """One limit: `interval` µs between requests at the steady rate, up to `burst` at once."""

    interval: int
    burst: int

    def __post_init__(self) -> None:
        if self.interval < 1 or self.burst < 1:
            raise ValueError("a rate needs an interval of at least 1 µs and a burst of at least 1")

    @classmethod
    def per(cls, rate: int, period: float, burst: int | None = None) -> Rate:
        """`rate` requests per `period` seconds; `burst` defaults to `rate` (a full period's
        worth may arrive at once, then one every `period / rate`)."""
        if rate < 1:
            raise ValueError("rate must be at least 1")
        return cls(max(1, round(period * MICROS / rate)), rate if burst is None else burst)

    @property
    def tolerance(self) -> int:
        """How far ahead of now the TAT may be after an allowed request."""
        return self.burst * self.interval


# Outcome and Decision are built for every request: plain slotted classes construct several
# times faster than frozen ones. Treat them as read-only.
@dataclass(slots=True)
class Outcome:
    """What one limit says about a request, in µs where it is a time.

    - `remaining`: requests that could still be made right now;
    - `refill_after`: until one more request becomes available (0 when the limit is full);
    - `reset_after`: until the limit is entirely full again (0 when it is);
    - `retry_after`: until this request would have been allowed (0 when it was).
    """

    allowed: bool
    remaining: int
    refill_after: int
    reset_after: int
    retry_after: int


@dataclass(slots=True)
class Decision:
    """The verdict over all the limits of a request: allowed only if every limit allows it,
    and then every limit is charged; refused, none is. `outcomes` follow the order of the
    limits; `retry_after` (µs) is the longest wait any refusing limit asks for."""

    allowed: bool
    retry_after: int
    outcomes: tuple[Outcome, ...]


def _outcome(rate: Rate, tat: int, now: int, allowed: bool, retry_after: int) -> Outcome:
    held = max(tat - now, 0)  # how far ahead the (possibly charged) TAT is
    remaining = max((rate.tolerance - held) // rate.interval, 0)
    refill = 0 if held == 0 else held - (rate.tolerance - (remaining + 1) * rate.interval)
    return Outcome(allowed, remaining, max(refill, 0), held, retry_after)


def check(rate: Rate, tat: int, now: int) -> tuple[Outcome, int]:
    """One limit on its own: the outcome and the TAT to store (unchanged when refused)."""
    base = max(tat, now)
    charged = base + rate.interval
    allow_at = charged - rate.tolerance
    if allow_at > now:
        return _outcome(rate, base, now, False, allow_at - now), tat
    return _outcome(rate, charged, now, True, 0), charged


def decide(rates: Sequence[Rate], tats: Sequence[int],
           now: int) -> tuple[Decision, list[int] | None]:
    """All limits of one request at once. Returns the decision and, when allowed, the TATs to
    store (one per limit); None when refused (nothing is to be stored)."""
    outcomes: list[Outcome] = []
    charged: list[int] = []
    allowed = True
    # A plain loop: this runs for every request.
    for rate, tat in zip(rates, tats, strict=True):
        outcome, stored = check(rate, tat, now)
        outcomes.append(outcome)
        charged.append(stored)
        allowed = allowed and outcome.allowed
    if allowed:
        return Decision(True, 0, tuple(outcomes)), charged
    # Refused: no limit is charged, so the limits that would have allowed it report their
    # state as it stays.
    retry = 0
    for index, (rate, tat) in enumerate(zip(rates, tats, strict=True)):
        outcome = outcomes[index]
        if outcome.allowed:
            outcomes[index] = _outcome(rate, max(tat, now), now, True, 0)
        retry = max(retry, outcome.retry_after)
    return Decision(False, retry, tuple(outcomes)), None
