"""One data key per UTC day, agreed on by every worker and node through the store.

`ensure_day_key` creates the day's key if no one has (an insert that does nothing when the
day's row exists, on SQLite and PostgreSQL alike) and then reads back whichever key won, so
all writers encrypt a day's captures under the same key. `KeyKeeper` keeps today's and
tomorrow's key ready in memory for a gateway process, fetching them off the request path; the
stage asks it with `key_for(day)`, which never touches the store.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite

from charter.capture.crypto import CaptureCryptoError, new_data_key, unwrap_key, wrap_key
from charter.capture.models import capture_keys
from charter.privacy.keyring import Keyring
from charter.store.engine import write_transaction

log = logging.getLogger("charter.capture")

REFRESH_SECONDS = 300.0
RETRY_SECONDS = 5.0


def utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def ensure_day_key(engine: Engine, keyring: Keyring, day: date) -> bytes:
    """The data key of `day`, created now if there is none yet (blocking; off the loop).

    Raises CaptureCryptoError when the stored key cannot be unwrapped with this keyring.
    """
    found = load_day_key(engine, keyring, day)
    if found is not None:
        return found
    kid, nonce, wrapped = wrap_key(keyring, day, new_data_key())
    row = {"day": day, "kid": kid, "nonce": nonce, "wrapped": wrapped,
           "created": datetime.now(UTC)}
    with write_transaction(engine) as connection:
        insert: Any = (postgresql.insert if connection.dialect.name == "postgresql"
                       else sqlite.insert)(capture_keys)
        connection.execute(insert.values(**row).on_conflict_do_nothing(index_elements=["day"]))
    agreed = load_day_key(engine, keyring, day)
    if agreed is None:  # deleted between the insert and the read: a purge of that very day
        raise CaptureCryptoError("the day's key was destroyed")
    return agreed


def load_day_key(engine: Engine, keyring: Keyring, day: date) -> bytes | None:
    """The data key of `day` if it exists (None once purged or never made)."""
    with engine.connect() as connection:
        row = connection.execute(
            select(capture_keys.c.kid, capture_keys.c.nonce, capture_keys.c.wrapped)
            .where(capture_keys.c.day == day)).first()
    if row is None:
        return None
    return unwrap_key(keyring, day, row.kid, bytes(row.nonce), bytes(row.wrapped))


class KeyKeeper:
    """Today's and tomorrow's data keys for one gateway process, kept ready off the loop.

    `start()` (on the event loop) runs `refresh` now and then every few minutes, in an
    executor thread; until a key is ready `key_for` answers None and the caller does not
    capture. Keys older than yesterday are dropped from memory.
    """

    def __init__(self, engine: Engine, keyring: Keyring) -> None:
        self.engine = engine
        self.keyring = keyring
        self._keys: dict[date, bytes] = {}
        self._task: asyncio.Task[None] | None = None

    def key_for(self, day: date) -> bytes | None:
        return self._keys.get(day)

    def refresh(self, now: datetime | None = None) -> bool:
        """Make sure today's and tomorrow's keys exist and are in memory (blocking).
        True when both are ready."""
        today = utc_day(now or datetime.now(UTC))
        ready = True
        for day in (today, today + timedelta(days=1)):
            if day in self._keys:
                continue
            try:
                key = ensure_day_key(self.engine, self.keyring, day)
            except Exception as exc:  # the store is down, or the keyring lost the key
                log.warning("capture key not ready", extra={"day": day.isoformat(),
                                                            "error": type(exc).__name__})
                ready = False
                continue
            # Replace the dict rather than mutate it: the loop thread reads it meanwhile.
            self._keys = {**self._keys, day: key}
        yesterday = today - timedelta(days=1)
        if any(day < yesterday for day in self._keys):
            self._keys = {day: key for day, key in self._keys.items() if day >= yesterday}
        return ready

    def start(self) -> None:
        """Start refreshing on the running loop (once; later calls do nothing)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            ready = await loop.run_in_executor(None, self.refresh)
            await asyncio.sleep(REFRESH_SECONDS if ready else RETRY_SECONDS)


# One keeper per store engine in a process: pipelines are rebuilt on every reload, and each
# must find the keys already there rather than start another refresher.
_KEEPERS: weakref.WeakKeyDictionary[Engine, KeyKeeper] = weakref.WeakKeyDictionary()


def keeper_for(engine: Engine, keyring: Keyring) -> KeyKeeper:
    """This process's keeper for `engine`, started when an event loop is running."""
    keeper = _KEEPERS.get(engine)
    if keeper is None:
        keeper = _KEEPERS[engine] = KeyKeeper(engine, keyring)
    keeper.keyring = keyring  # a reload may bring a rotated keyring
    try:
        keeper.start()
    except RuntimeError:  # no running loop (a pipeline built outside the gateway)
        pass
    return keeper
