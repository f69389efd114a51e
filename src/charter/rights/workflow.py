"""The states of a rights request and the transitions between them.

```
received ──▶ verifying ──▶ verified ──▶ in_progress ──▶ completed
    │            │            │   ▲          │  ▲
    │            │            │   │          ▼  │
    │            │            └──▶ extended ─┘──┴──▶ completed
    └────────────┴────────────┴──────────────┴──────▶ denied (a reason is required)
```

A request is `received` until the requester's identity is settled, `verifying` while a
one-time code is out, `verified` once it is confirmed, `in_progress` while it is carried out
(the execution side runs then), `extended` when the deadline was extended (it goes back to
`in_progress` to be carried out), and ends `completed` or `denied`. Anything else is refused
with `invalid_transition`, naming what the request can become instead.
"""

from __future__ import annotations

from typing import Final

from charter.rights.models import (
    COMPLETED,
    DENIED,
    EXTENDED,
    IN_PROGRESS,
    RECEIVED,
    VERIFIED,
    VERIFYING,
)

TRANSITIONS: Final[dict[str, frozenset[str]]] = {
    RECEIVED: frozenset({VERIFYING, VERIFIED, DENIED}),
    VERIFYING: frozenset({VERIFYING, VERIFIED, DENIED}),
    VERIFIED: frozenset({IN_PROGRESS, EXTENDED, COMPLETED, DENIED}),
    IN_PROGRESS: frozenset({IN_PROGRESS, EXTENDED, COMPLETED, DENIED}),
    EXTENDED: frozenset({IN_PROGRESS, COMPLETED, DENIED}),
    COMPLETED: frozenset(),
    DENIED: frozenset(),
}


class RightsError(Exception):
    """An expected failure with an HTTP-like `status` and a stable machine `code`.

    `message` is for people and holds no personal data, code or secret; `extra` holds plain
    values the caller may show (attempts left, a count of holds).
    """

    def __init__(self, status: int, code: str, message: str, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra


def check_transition(current: str, target: str) -> None:
    """Raise `RightsError(409, "invalid_transition")` unless `current` may become `target`."""
    allowed = TRANSITIONS.get(current, frozenset())
    if target in allowed:
        return
    if not allowed:
        raise RightsError(409, "invalid_transition",
                          f"the request is {current}, which is final")
    choices = ", ".join(sorted(allowed - {current})) or "nothing else"
    raise RightsError(409, "invalid_transition",
                      f"a request that is {current} cannot become {target} (it can become: "
                      f"{choices})", state=current)
