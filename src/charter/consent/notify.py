"""Telling gateway workers about consent changes at once, through Redis pub/sub.

The store is the source of truth; a message only makes workers apply a change before their
next look at the store. Publishing never fails the caller: when Redis is not configured or
cannot be reached, workers still pick the change up by reading the store (see
`charter.consent.view`), only later.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from sqlalchemy import Engine

log = logging.getLogger("charter.consent")

CHANNEL = "charter:consent:changes"
TIMEOUT = 0.5


class Publisher:
    """Publishes change messages to `CHANNEL` when `redis_url` is set; otherwise does nothing.
    Synchronous: call it from a thread (the admin API) or a command."""

    def __init__(self, redis_url: str | None) -> None:
        self.redis_url = redis_url
        self._client: Any = None

    def __call__(self, message: dict[str, Any]) -> None:
        if not self.redis_url:
            return
        import redis

        try:
            if self._client is None:
                self._client = redis.Redis.from_url(
                    self.redis_url, socket_connect_timeout=TIMEOUT, socket_timeout=TIMEOUT)
            self._client.publish(CHANNEL, json.dumps(message, separators=(",", ":")))
        except redis.RedisError as exc:
            self._client = None
            log.warning("publishing a consent change failed; workers will read it from the "
                        "store", extra={"error": type(exc).__name__})

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def served_redis_url(engine: Engine) -> str | None:
    """The Redis URL the gateway workers use: `CHARTER_REDIS_URL`, else `redis.url` of the
    configuration being served (the latest snapshot in the store)."""
    from charter.config.loader import ConfigError, parse_config
    from charter.config.snapshots import latest_snapshot
    from charter.settings import ENV_REDIS_URL

    from_env = os.environ.get(ENV_REDIS_URL)
    if from_env:
        return from_env
    snapshot = latest_snapshot(engine)
    if snapshot is None:
        return None
    try:
        return parse_config(snapshot.text, snapshot.source).redis.url
    except ConfigError:
        return None
