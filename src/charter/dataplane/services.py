"""What stages may use, passed in explicitly when a pipeline is built."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from charter.config.models import CharterConfig
from charter.identity.lockout import Lockouts
from charter.identity.principal import Principal
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.ratelimit.limiters import Limiters

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from charter.audit.log import AuditEvent
    from charter.metrics import WorkerMetrics


class RecordSink(Protocol):
    """A bounded, non-blocking queue of rows for one table (see `store.writer`)."""

    def put(self, row: dict[str, Any]) -> bool:
        """Enqueue a row; False (and counted) when the queue is full. Never blocks."""
        ...


class IdentityResolver(Protocol):
    """Turns credentials into principals; answers at once from its cache, or later."""

    def api_key(self, key: str) -> Principal | Awaitable[Principal | None] | None: ...

    def bearer(self, token: str,
               issuers: list[str]) -> Principal | Awaitable[Principal | None] | None: ...


@dataclass(frozen=True)
class Services:
    config: CharterConfig
    keyring: Keyring
    pseudonymizer: Pseudonymizer
    access_log: RecordSink
    identity: IdentityResolver | None = None
    identity_key: bytes = b""  # signs the identity headers sent upstream
    lockouts: Lockouts | None = None  # per process, kept across reloads
    # Built once per process, not per configuration version: a reload must not reset limits.
    limiters: Limiters = field(default_factory=Limiters)
    # Row queues by table name (see `dataplane.records`); `access_log` is one of them.
    sinks: Mapping[str, RecordSink] = field(default_factory=dict)
    metrics: WorkerMetrics | None = None  # this worker's counters
    engine: Engine | None = None  # the store, for stages that must read it off the hot path
    # Queue an audit event; written in the background, never awaited on the request path.
    audit: Callable[[AuditEvent], None] | None = None
