"""Times read back from the store.

Everything Charter stores is UTC. PostgreSQL returns aware datetimes; SQLite returns the
same moment naive, so readers pass what they read through `as_utc`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload


@overload
def as_utc(value: datetime) -> datetime: ...
@overload
def as_utc(value: None) -> None: ...
@overload
def as_utc(value: datetime | None) -> datetime | None: ...


def as_utc(value: datetime | None) -> datetime | None:
    """`value` as an aware UTC datetime (a naive one is taken to be UTC); None stays None."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
