"""When a failed request is sent again, and after how long.

An idempotent request (GET, HEAD, PUT, DELETE, OPTIONS) is retried after a connection
failure, after 502, 503 or 504, and after 429. Any other request (POST, PATCH) is retried
only when the failure happened before any of it was sent (the connection was refused or
could not be set up), since the server cannot have acted on it. Waits grow exponentially with
jitter; a `Retry-After` from the server (on 429 or 503) is honoured as given, and if it asks
for longer than `max_retry_after` the client stops and reports the answer instead of sleeping.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """`attempts` is the total number of tries (1 turns retries off)."""

    attempts: int = 3
    backoff: float = 0.25        # seconds before the first retry, doubling each time
    max_backoff: float = 8.0     # cap of one computed wait
    max_retry_after: float = 60.0  # the longest Retry-After honoured
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if self.backoff < 0 or self.max_backoff < 0 or self.max_retry_after < 0:
            raise ValueError("waits cannot be negative")

    def may_retry_status(self, method: str, status: int) -> bool:
        return method in IDEMPOTENT and status in RETRY_STATUSES

    @staticmethod
    def may_retry_failure(method: str, *, sent: bool) -> bool:
        return method in IDEMPOTENT or not sent

    def wait(self, attempt: int, retry_after: str | None = None) -> float | None:
        """Seconds to wait before try `attempt + 1` (`attempt` counts from 1), or None when
        the server asked for a wait longer than `max_retry_after`."""
        if retry_after is not None:
            asked = parse_retry_after(retry_after)
            if asked is not None:
                return asked if asked <= self.max_retry_after else None
        computed = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        # Full jitter on the upper half: clients that failed together do not retry together.
        return computed * (0.5 + random.random() / 2)  # noqa: S311 - not for security


def parse_retry_after(value: str, now: float | None = None) -> float | None:
    """Seconds from a `Retry-After` value (RFC 9110 §10.2.3): delay-seconds or an HTTP date.
    None when it is neither."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
