"""GCRA decision math: steady rate, bursts, window edges, waits."""

from __future__ import annotations

import pytest

from charter.ratelimit.gcra import MICROS, Rate, check, decide

pytestmark = pytest.mark.clause("USE-3")

S = MICROS


def run(rate: Rate, times: list[int], tat: int = 0) -> tuple[list[bool], int]:
    allowed = []
    for now in times:
        outcome, tat = check(rate, tat, now)
        allowed.append(outcome.allowed)
    return allowed, tat


def test_a_rate_spaces_requests_by_its_period_over_the_rate() -> None:
    rate = Rate.per(10, 1)
    assert rate.interval == 100_000 and rate.burst == 10 and rate.tolerance == S
    assert Rate.per(1000, 86400).interval == 86_400_000
    assert Rate.per(3, 1, burst=1).burst == 1


def test_a_full_burst_then_the_steady_rate() -> None:
    rate = Rate.per(10, 1)
    now = 1000 * S
    allowed, tat = run(rate, [now] * 11)
    assert allowed == [True] * 10 + [False]
    # One more request becomes available every 100 ms, not before.
    assert run(rate, [now + 99_999], tat)[0] == [False]
    assert run(rate, [now + 100_000], tat)[0] == [True]


def test_a_steady_stream_at_the_rate_is_always_allowed() -> None:
    rate = Rate.per(10, 1, burst=1)
    allowed, _ = run(rate, [5 * S + i * 100_000 for i in range(50)])
    assert all(allowed)
    allowed, _ = run(rate, [5 * S, 5 * S + 99_999])
    assert allowed == [True, False]


def test_no_double_burst_at_a_window_edge() -> None:
    # Fixed windows would allow 10 at 0.99 s and 10 more at 1.01 s; GCRA allows 10 + the
    # 0.02 s worth (none).
    rate = Rate.per(10, 1)
    allowed, _ = run(rate, [int(0.99 * S)] * 10 + [int(1.01 * S)] * 10)
    assert allowed.count(True) == 10
    # Over any stretch d at most burst + d / interval are allowed.
    times = list(range(0, 3 * S, 7_000))  # every 7 ms for 3 s
    allowed, _ = run(rate, times)
    assert allowed.count(True) == 10 + 29  # the burst, then one per 100 ms for 2.9 s


def test_outcomes_report_remaining_refill_reset_and_retry() -> None:
    rate = Rate.per(10, 60)  # one every 6 s, 10 at once
    now = 100 * S
    outcome, tat = check(rate, 0, now)
    assert (outcome.allowed, outcome.remaining) == (True, 9)
    assert outcome.refill_after == 6 * S  # the one just used comes back in 6 s
    assert outcome.reset_after == 6 * S
    assert outcome.retry_after == 0
    for _ in range(9):
        outcome, tat = check(rate, tat, now)
    assert outcome.remaining == 0 and outcome.reset_after == 60 * S
    refused, same = check(rate, tat, now + 2 * S)
    assert same == tat  # a refusal is not charged
    assert not refused.allowed
    assert refused.retry_after == 4 * S == refused.refill_after
    assert refused.remaining == 0 and refused.reset_after == 58 * S


def test_an_idle_key_is_full() -> None:
    rate = Rate.per(5, 1)
    outcome, _ = check(rate, 10 * S, 20 * S)  # a TAT long past
    assert outcome.allowed and outcome.remaining == 4


def test_several_limits_charge_all_or_none() -> None:
    second, day = Rate.per(2, 1), Rate.per(3, 86400)
    now = 50 * S
    tats = [0, 0]
    results = []
    for _ in range(4):
        decision, charged = decide([second, day], tats, now)
        results.append(decision.allowed)
        if charged is not None:
            tats = charged
    assert results == [True, True, False, False]
    # One second later the per-second limit allows again; the day quota has one left.
    decision, charged = decide([second, day], tats, now + S)
    assert decision.allowed and charged is not None
    assert [o.remaining for o in decision.outcomes] == [1, 0]
    refused, nothing = decide([second, day], charged, now + S)
    assert not refused.allowed and nothing is None
    # The per-second limit would allow it: it reports itself uncharged.
    assert refused.outcomes[0].allowed and refused.outcomes[0].remaining == 1
    assert not refused.outcomes[1].allowed
    assert refused.retry_after == refused.outcomes[1].retry_after > 0


def test_bad_rates_are_refused() -> None:
    with pytest.raises(ValueError, match="rate"):
        Rate.per(0, 1)
    with pytest.raises(ValueError, match="burst"):
        Rate(1000, 0)
