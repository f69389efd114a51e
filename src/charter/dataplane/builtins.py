"""Endpoints the gateway answers itself, before routing: probes, token issuance, key sets.

A builtin is matched by exact path. It may read a small request body and may wait (the
token endpoint looks a client up in the store); probes are `quiet`: no access log, no
request metrics, so a load balancer polling them leaves no trace.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply

Handler = Callable[[RequestContext, bytes], "Reply | Awaitable[Reply]"]


@dataclass(frozen=True, slots=True)
class Builtin:
    methods: frozenset[str]
    handler: Handler
    max_body: int = 0  # bytes of request body the handler reads; 0 reads none
    quiet: bool = False
