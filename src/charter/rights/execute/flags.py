"""Restriction and objection flags: written by requests, read by every gateway worker.

Workers never read the store per request. Each keeps a `FlagView` of the active flags in
memory and refreshes it every `REFRESH_SECONDS` (a cheap query first tells whether anything
changed). A flag set or lifted on any node therefore takes effect on every worker within
about that interval plus one store round trip.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from charter.rights.execute.models import OBJECTED, RESTRICTED, subject_flags
from charter.store.engine import write_transaction

log = logging.getLogger("charter.rights")
REFRESH_SECONDS = 2.0


# -- writing ----------------------------------------------------------------------------------

def set_flag(engine: Engine, subject_keys: Iterable[str], flag: str,
             purposes: Iterable[str] | None, request_id: str,
             now: datetime | None = None) -> int:
    """Flag each subject key (`restricted` or `objected`, for `purposes`; None: all). An
    active flag of the same kind is replaced, so repeating a request changes nothing.
    Returns how many keys are flagged."""
    if flag not in (RESTRICTED, OBJECTED):
        raise ValueError(f"unknown flag {flag!r}")
    now = now or datetime.now(UTC)
    listed = sorted(set(purposes)) if purposes is not None else None
    keys = list(dict.fromkeys(subject_keys))
    with write_transaction(engine, lock="subject-flags") as connection:
        for key in keys:
            active = connection.execute(select(subject_flags.c.id, subject_flags.c.purposes)
                                        .where(_active(key, flag))).first()
            if active is not None and active.purposes == listed:
                continue
            if active is not None:
                connection.execute(update(subject_flags).where(subject_flags.c.id == active.id)
                                   .values(lifted_at=now, lifted_by=request_id))
            connection.execute(insert(subject_flags), [{
                "id": "flg_" + secrets.token_hex(10), "subject_key": key, "flag": flag,
                "purposes": listed, "request_id": request_id, "set_at": now}])
    return len(keys)


def lift_flags(engine: Engine, subject_keys: Iterable[str], flag: str, lifted_by: str,
               now: datetime | None = None) -> int:
    """Lift the active flags of this kind; returns how many were lifted."""
    now = now or datetime.now(UTC)
    keys = list(dict.fromkeys(subject_keys))
    if not keys:
        return 0
    with write_transaction(engine, lock="subject-flags") as connection:
        result = connection.execute(update(subject_flags).where(
            subject_flags.c.subject_key.in_(keys), subject_flags.c.flag == flag,
            subject_flags.c.lifted_at.is_(None)).values(lifted_at=now, lifted_by=lifted_by))
    return int(result.rowcount or 0)


def active_flags(engine: Engine, subject_keys: Iterable[str]) -> list[dict[str, Any]]:
    keys = list(subject_keys)
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(
            select(subject_flags.c.subject_key, subject_flags.c.flag, subject_flags.c.purposes)
            .where(subject_flags.c.subject_key.in_(keys), subject_flags.c.lifted_at.is_(None))
        ).mappings()]


def _active(key: str, flag: str) -> Any:
    return ((subject_flags.c.subject_key == key) & (subject_flags.c.flag == flag)
            & subject_flags.c.lifted_at.is_(None))


# -- reading, in the gateway ------------------------------------------------------------------

ALL = None  # a restriction without purposes covers every purpose


@dataclass(frozen=True)
class FlagSnapshot:
    """The active flags at one moment. `restricted` maps a subject key to the purposes
    restricted (None: all processing); `objected` to the purposes objected to."""

    restricted: Mapping[str, frozenset[str] | None]
    objected: Mapping[str, frozenset[str]]

    @property
    def empty(self) -> bool:
        return not self.restricted and not self.objected


EMPTY = FlagSnapshot({}, {})


class FlagView:
    """One process's copy of the active flags. `snapshot` is replaced whole on refresh, so a
    request reads one consistent set without a lock."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self.snapshot: FlagSnapshot = EMPTY
        self.loaded = False
        self._marker: tuple[Any, ...] | None = None
        self._lock = threading.Lock()

    def refresh(self) -> bool:
        """Re-read the flags if they changed; True when the snapshot went from empty to
        non-empty or back (pipelines that leave the `rights` stage out must be rebuilt)."""
        with self._lock:
            with self._engine.connect() as connection:
                marker = tuple(connection.execute(select(
                    func.count(), func.max(subject_flags.c.set_at),
                    func.max(subject_flags.c.lifted_at))).one())
                if self.loaded and marker == self._marker:
                    return False
                rows = connection.execute(select(
                    subject_flags.c.subject_key, subject_flags.c.flag, subject_flags.c.purposes,
                ).where(subject_flags.c.lifted_at.is_(None))).all()
            restricted: dict[str, frozenset[str] | None] = {}
            objected: dict[str, frozenset[str]] = {}
            for row in rows:
                key: str = row.subject_key
                purposes: list[str] | None = row.purposes
                if row.flag == RESTRICTED:
                    previous = restricted.get(key, frozenset())
                    restricted[key] = (None if purposes is None or previous is None
                                       else previous | frozenset(purposes))
                elif row.flag == OBJECTED:
                    objected[key] = objected.get(key, frozenset()) | frozenset(purposes or ())
            was_empty = self.snapshot.empty
            self.snapshot = FlagSnapshot(restricted, objected)
            self._marker = marker
            self.loaded = True
            return was_empty != self.snapshot.empty

    async def prime(self) -> None:
        """The first read, before the gateway serves (failures are logged, not raised)."""
        try:
            await asyncio.get_running_loop().run_in_executor(None, self.refresh)
        except Exception as exc:
            log.error("reading subject flags failed", extra={"error": type(exc).__name__})

    async def poll(self, on_change: Callable[[], None],
                   interval: float = REFRESH_SECONDS) -> None:
        """Refresh every `interval` seconds (in an executor thread) until cancelled; call
        `on_change` on the loop when the view goes from empty to non-empty or back."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(interval)
            try:
                changed = await loop.run_in_executor(None, self.refresh)
            except Exception as exc:
                # Keep the last good snapshot: a store hiccup must not lift restrictions.
                log.warning("reading subject flags failed", extra={"error": type(exc).__name__})
                continue
            if changed:
                on_change()


_VIEWS: weakref.WeakKeyDictionary[Engine, FlagView] = weakref.WeakKeyDictionary()
_VIEWS_LOCK = threading.Lock()


def flag_view(engine: Engine) -> FlagView:
    """The process's view for `engine`, created on first use. The gateway worker creates it
    and keeps it fresh; the `rights` stage only looks it up (`existing_view`)."""
    with _VIEWS_LOCK:
        view = _VIEWS.get(engine)
        if view is None:
            view = _VIEWS[engine] = FlagView(engine)
        return view


def existing_view(engine: Engine | None) -> FlagView | None:
    if engine is None:
        return None
    with _VIEWS_LOCK:
        return _VIEWS.get(engine)
