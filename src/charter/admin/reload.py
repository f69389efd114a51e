"""What a configuration reload reports back to the admin API.

Kept apart from the ASGI app so that the supervisor, which performs reloads, can build one
without importing Starlette.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReloadOutcome:
    """The result of one reload attempt.

    `ok` False means the new file was refused and the previous configuration keeps serving;
    `problems` then says why, one readable line each, without secrets. `changed` is False when
    the file was valid but identical to what is served, so the version did not move.
    """

    ok: bool
    version: int | None = None
    changed: bool = False
    problems: list[str] = field(default_factory=list)
