"""One gateway worker's copy of current consents and of minors, kept in memory.

No request waits for the store. A worker loads the current consents and the minors once, then
applies changes as they come:

- with Redis, every change is published on `notify.CHANNEL` after its commit and each worker,
  subscribed, applies it at once (a withdrawal takes effect within a round trip); the store
  is still read every `BACKSTOP_SECONDS` in case a message was lost;
- without Redis (or while the subscription is down), the store is read every `POLL_SECONDS`.

A read of the store is incremental: rows whose `changed_at` is at or after the newest one seen,
less `OVERLAP` (commits land out of order, and nodes' clocks differ a little). Consents only
move forward (given → withdrawn), so reading one twice is harmless, and a withdrawn consent id
is remembered so that an older read or message never brings it back. A minor's row can also
move back (an account's flag cleared unmarks them), so each carries its `changed_at` as a
version, later for every write to the row: the view keeps the newest version of each person
and ignores older ones, whichever of a read or a message comes first.
Changes are applied on the event loop; reads of the store run in an executor thread.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select

from charter.consent.models import consents, minors
from charter.consent.notify import CHANNEL
from charter.store.times import as_utc

log = logging.getLogger("charter.consent")

POLL_SECONDS = 0.5
BACKSTOP_SECONDS = 2.0
RESUBSCRIBE_SECONDS = 1.0
OVERLAP = timedelta(seconds=5)


@dataclass(frozen=True)
class _Read:
    consents: list[tuple[str, str, str, bool]]  # id, subject key, purpose, current
    # subject key, authorized, marked, version (`changed_at`)
    minors: list[tuple[str, bool, bool, datetime | None]]
    watermark: datetime | None


def _version(value: Any) -> datetime | None:
    """The `changed_at` of a change message, or None when it carries none."""
    if not isinstance(value, str):
        return None
    try:
        return as_utc(datetime.fromisoformat(value))
    except ValueError:
        return None


class ConsentView:
    """Current (subject key, purpose) consents and minors, for one process."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._current: dict[tuple[str, str], set[str]] = {}
        self._withdrawn: set[str] = set()
        # subject key -> (marked, guardian authorization recorded), and its version
        self._minors: dict[str, tuple[bool, bool]] = {}
        self._minor_versions: dict[str, datetime] = {}
        self._unauthorized = 0
        self._watermark: datetime | None = None
        self.loaded = False
        self.subscribed = False

    # -- what requests ask ---------------------------------------------------------------

    def consented(self, subject_key: str, purpose: str) -> bool:
        return bool(self._current.get((subject_key, purpose)))

    def unauthorized_minor(self, subject_key: str) -> bool:
        """Whether this person is marked as a minor and awaits a guardian's authorization."""
        state = self._minors.get(subject_key)
        return state is not None and state[0] and not state[1]

    def guardian_authorized(self, subject_key: str) -> bool:
        """Whether a guardian's authorization is recorded for this person."""
        state = self._minors.get(subject_key)
        return state is not None and state[1]

    @property
    def has_unauthorized_minors(self) -> bool:
        return self._unauthorized > 0

    # -- reading the store ---------------------------------------------------------------

    def read(self) -> _Read:
        """Read what changed since the last read (everything current, the first time).
        Blocking: call it in a thread."""
        since = self._watermark
        with self._engine.connect() as connection:
            if since is None:
                newest = connection.execute(select(func.max(consents.c.changed_at))).scalar()
                minors_newest = connection.execute(select(func.max(minors.c.changed_at))).scalar()
                rows = connection.execute(select(
                    consents.c.id, consents.c.subject_key, consents.c.purpose,
                    consents.c.withdrawn_at).where(consents.c.withdrawn_at.is_(None))).all()
                minor_rows = connection.execute(select(
                    minors.c.subject_key, minors.c.authorized_at, minors.c.unmarked_at,
                    minors.c.changed_at)).all()
                newest = max((t for t in (newest, minors_newest) if t is not None), default=None)
            else:
                start = since - OVERLAP
                rows = connection.execute(select(
                    consents.c.id, consents.c.subject_key, consents.c.purpose,
                    consents.c.withdrawn_at, consents.c.changed_at,
                ).where(consents.c.changed_at >= start)).all()
                minor_rows = connection.execute(select(
                    minors.c.subject_key, minors.c.authorized_at, minors.c.unmarked_at,
                    minors.c.changed_at,
                ).where(minors.c.changed_at >= start)).all()
                newest = max([since, *(r.changed_at for r in rows),
                              *(r.changed_at for r in minor_rows)])
        return _Read([(r.id, r.subject_key, r.purpose, r.withdrawn_at is None) for r in rows],
                     [(r.subject_key, r.authorized_at is not None, r.unmarked_at is None,
                       as_utc(r.changed_at)) for r in minor_rows],
                     newest)

    def apply(self, read: _Read) -> bool:
        """Apply a read; True when `has_unauthorized_minors` changed."""
        before = self.has_unauthorized_minors
        for consent_id, subject_key, purpose, current in read.consents:
            self._consent(consent_id, subject_key, purpose, current)
        for subject_key, authorized, marked, version in read.minors:
            self._minor(subject_key, authorized, marked, version)
        if read.watermark is not None and (self._watermark is None
                                           or read.watermark > self._watermark):
            self._watermark = read.watermark
        self.loaded = True
        return before != self.has_unauthorized_minors

    def refresh(self) -> bool:
        """Read and apply in the calling thread (before serving, and in tests)."""
        return self.apply(self.read())

    def apply_message(self, message: dict[str, Any]) -> bool:
        """Apply a published change; True when `has_unauthorized_minors` changed. Malformed
        messages are ignored (the store read brings the truth)."""
        before = self.has_unauthorized_minors
        try:
            if message["kind"] == "consent":
                self._consent(str(message["id"]), str(message["subject_key"]),
                              str(message["purpose"]), bool(message["current"]))
            elif message["kind"] == "minor":
                self._minor(str(message["subject_key"]), bool(message["authorized"]),
                            bool(message.get("marked", True)),
                            _version(message.get("changed_at")))
        except (KeyError, TypeError):
            log.warning("ignored a malformed consent change message")
        return before != self.has_unauthorized_minors

    def _consent(self, consent_id: str, subject_key: str, purpose: str, current: bool) -> None:
        key = (subject_key, purpose)
        if current and consent_id not in self._withdrawn:
            self._current.setdefault(key, set()).add(consent_id)
            return
        if not current:
            self._withdrawn.add(consent_id)
        ids = self._current.get(key)
        if ids is not None:
            ids.discard(consent_id)
            if not ids:
                del self._current[key]

    def _minor(self, subject_key: str, authorized: bool, marked: bool = True,
               version: datetime | None = None) -> None:
        known = self._minors.get(subject_key)
        if version is None:
            # No version to order it by: a mark or an authorization, once known, stays.
            if known is not None:
                marked, authorized = marked or known[0], authorized or known[1]
        else:
            seen = self._minor_versions.get(subject_key)
            if seen is not None and version <= seen:
                return  # an older state of the row (or the same one again)
            self._minor_versions[subject_key] = version
        state = (marked, authorized)
        if state == known:
            return
        if known is not None and known[0] and not known[1]:
            self._unauthorized -= 1
        if marked and not authorized:
            self._unauthorized += 1
        if marked or authorized:
            self._minors[subject_key] = state
        else:
            self._minors.pop(subject_key, None)

    # -- keeping it fresh, in a gateway worker --------------------------------------------

    async def prime(self) -> None:
        """The first read, before the gateway serves (failures are logged, not raised: the
        `consent` stage then refuses, as it knows no consent)."""
        try:
            await asyncio.get_running_loop().run_in_executor(None, self.refresh)
        except Exception as exc:
            log.error("reading consents failed", extra={"error": type(exc).__name__})

    async def follow(self, redis_url: str | None, on_change: Callable[[], None]) -> None:
        """Keep the view fresh until cancelled; call `on_change` when minors awaiting an
        authorization appear or the last one goes (pipelines must be rebuilt)."""
        tasks = [asyncio.create_task(self._poll(on_change))]
        if redis_url:
            tasks.append(asyncio.create_task(self._subscribe(redis_url, on_change)))
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()

    async def _refresh(self, on_change: Callable[[], None]) -> None:
        loop = asyncio.get_running_loop()
        try:
            read = await loop.run_in_executor(None, self.read)
        except Exception as exc:
            # Keep what we have: a store hiccup must not grant or drop anything.
            log.warning("reading consents failed", extra={"error": type(exc).__name__})
            return
        if self.apply(read):
            on_change()

    async def _poll(self, on_change: Callable[[], None]) -> None:
        while True:
            await asyncio.sleep(BACKSTOP_SECONDS if self.subscribed else POLL_SECONDS)
            await self._refresh(on_change)

    async def _subscribe(self, redis_url: str, on_change: Callable[[], None]) -> None:
        import redis.asyncio as aioredis
        from redis.exceptions import RedisError

        while True:
            client = aioredis.Redis.from_url(redis_url, socket_connect_timeout=1.0)
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(CHANNEL)
                self.subscribed = True
                # What changed while we were not listening.
                await self._refresh(on_change)
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is None or message.get("type") != "message":
                        continue
                    try:
                        payload = json.loads(message["data"])
                    except (ValueError, TypeError):
                        continue
                    if isinstance(payload, dict) and self.apply_message(payload):
                        on_change()
            except (RedisError, OSError) as exc:
                log.warning("consent change subscription lost; reading the store meanwhile",
                            extra={"error": type(exc).__name__})
            finally:
                self.subscribed = False
                await pubsub.aclose()
                await client.aclose()
            await asyncio.sleep(RESUBSCRIBE_SECONDS)


_VIEWS: weakref.WeakKeyDictionary[Engine, ConsentView] = weakref.WeakKeyDictionary()
_VIEWS_LOCK = threading.Lock()


def consent_view(engine: Engine) -> ConsentView:
    """The process's view for `engine`, created on first use. The gateway worker creates it
    and keeps it fresh; the stages only look it up (`existing_view`)."""
    with _VIEWS_LOCK:
        view = _VIEWS.get(engine)
        if view is None:
            view = _VIEWS[engine] = ConsentView(engine)
        return view


def existing_view(engine: Engine | None) -> ConsentView | None:
    if engine is None:
        return None
    with _VIEWS_LOCK:
        return _VIEWS.get(engine)


def purposes_needing_consent(purposes: Iterable[Any]) -> frozenset[str]:
    """The names of configured purposes whose legal basis is consent."""
    return frozenset(p.name for p in purposes if p.legal_basis == "consent")
