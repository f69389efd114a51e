"""The state one gateway worker shares between its connections: routes, pools, limits."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import secrets
import socket
import ssl
import time
from collections.abc import Callable

from charter.config.models import Route
from charter.dataplane.builtins import Builtin
from charter.dataplane.context import RequestContext
from charter.dataplane.pipeline import Pipeline
from charter.dataplane.reply import Reply
from charter.dataplane.router import Router, compile_route
from charter.dataplane.server import GatewayProtocol
from charter.dataplane.services import Services
from charter.dataplane.stages.access_log import AccessLogOptions, AccessLogStage
from charter.dataplane.upstream import UpstreamPool
from charter.metrics import WorkerMetrics

TICK_SECONDS = 0.25
_UNMATCHED = Route(id="unmatched", upstream="-")


class Gateway:
    """Routes, upstream pools and limits of one configuration version, swappable at run time.

    `apply()` swaps in a new configuration: requests already in flight keep the route they
    matched (they hold a reference to it); new requests see the new routes at once.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, services: Services,
                 metrics: WorkerMetrics, *, scheme: str = "http", version: int = 0,
                 allow: tuple[str, ...] = (), hsts_max_age: int = 0) -> None:
        self.loop = loop
        self.metrics = metrics
        self.scheme = scheme
        # Sent on every response of a TLS listener.
        self.hsts: bytes | None = (b"max-age=%d" % hsts_max_age) if hsts_max_age else None
        self.connections: set[GatewayProtocol] = set()
        self.pools: dict[str, UpstreamPool] = {}
        self.draining = False
        self.ready: Callable[[], bool] = lambda: True
        # The listener is this node's: its networks come from the node's own file, not from
        # the shared configuration version.
        self._allow = [ipaddress.ip_network(c, strict=False) for c in allow]
        self._per_peer: dict[str, int] = {}
        self._rid_prefix = secrets.token_hex(4)
        self._rid_counter = 0
        self._ticker: asyncio.TimerHandle | None = None
        probes = frozenset({"GET", "HEAD"})
        self.builtins: dict[str, Builtin] = {
            "/healthz": Builtin(probes, lambda ctx, body: self.health(), quiet=True),
            "/readyz": Builtin(probes, lambda ctx, body: self.readiness(), quiet=True),
        }
        self.apply(services, version)

    # -- configuration ----------------------------------------------------------------------
    def apply(self, services: Services, version: int) -> None:
        config = services.config
        pools: dict[str, UpstreamPool] = {}
        for upstream in config.upstreams:
            existing = self.pools.get(upstream.name)
            if existing is not None and existing.config == upstream:
                pools[upstream.name] = existing
            else:
                pools[upstream.name] = UpstreamPool(upstream, self.loop)
        routes = [compile_route(route, config, Pipeline.build(route, services))
                  for route in config.routes]
        old_pools = [p for name, p in self.pools.items() if pools.get(name) is not p]
        self.services = services
        self.config = config
        self.version = version
        self.limits = config.limits
        self.router = Router(routes)
        self.fallback_pipeline = Pipeline(
            [AccessLogStage(AccessLogOptions(), _UNMATCHED, services)])
        self._trusted = [ipaddress.ip_network(c, strict=False) for c in config.trusted_proxies]
        self.pools = pools
        for pool in old_pools:
            pool.close()

    # -- helpers used by connections ------------------------------------------------------------
    def next_request_id(self) -> str:
        self._rid_counter += 1
        return f"{self._rid_prefix}{self._rid_counter:010x}"

    def admits(self, ip: str) -> bool:
        """Whether a peer may connect at all (the listener's `allow` list; empty: anyone)."""
        if not self._allow:
            return True
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(address in net for net in self._allow)

    def open_connection(self, ip: str) -> bool:
        """Count a new connection from `ip`; False (not counted) when it has too many open."""
        count = self._per_peer.get(ip, 0)
        if count >= self.limits.max_connections_per_ip:
            self.metrics.add("connections_refused")
            return False
        self._per_peer[ip] = count + 1
        return True

    def close_connection(self, ip: str) -> None:
        count = self._per_peer.get(ip, 0) - 1
        if count > 0:
            self._per_peer[ip] = count
        else:
            self._per_peer.pop(ip, None)

    def is_trusted_proxy(self, ip: str) -> bool:
        if not self._trusted:
            return False
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(address in net for net in self._trusted)

    def client_ip_from_chain(self, forwarded_for: bytes, peer_ip: str) -> str:
        """The right-most address in X-Forwarded-For that is not a trusted proxy."""
        hops = [h.strip().decode("latin-1") for h in forwarded_for.split(b",") if h.strip()]
        for hop in reversed(hops):
            if not self.is_trusted_proxy(hop):
                try:
                    return str(ipaddress.ip_address(hop))
                except ValueError:
                    return peer_ip
        return peer_ip

    def health(self) -> Reply:
        return Reply(200, b'{"status":"ok"}')

    def readiness(self) -> Reply:
        ready = self.ready() and not self.draining
        body = json.dumps({"status": "ready" if ready else "not_ready",
                           "config_version": self.version}).encode()
        return Reply(200 if ready else 503, body)

    def observe(self, ctx: RequestContext) -> None:
        self.metrics.observe(ctx.route_id, ctx.status, time.perf_counter() - ctx.started)

    def count_rejected(self, status: int) -> None:
        self.metrics.observe(None, status, 0.0)

    # -- lifecycle ---------------------------------------------------------------------------------
    async def listen(self, host: str, port: int, *, reuse_port: bool,
                     tls: ssl.SSLContext | None = None) -> asyncio.Server:
        sock = bind_socket(host, port, reuse_port=reuse_port)
        server = await self.loop.create_server(lambda: GatewayProtocol(self), sock=sock,
                                               backlog=4096, ssl=tls)
        self._schedule_tick()
        return server

    def _schedule_tick(self) -> None:
        self._ticker = self.loop.call_later(TICK_SECONDS, self._tick)

    def _tick(self) -> None:
        now = self.loop.time()
        for conn in list(self.connections):
            conn.check_deadline(now)
        mono = time.monotonic()
        for pool in self.pools.values():
            pool.sweep(mono)
        self.metrics.set_gauge("connections_open", len(self.connections))
        self.metrics.set_total("upstream_ejections", sum(p.ejections for p in self.pools.values()))
        self._schedule_tick()

    async def drain(self, timeout: float) -> None:
        """Stop taking new requests on open connections; wait for in-flight ones to end."""
        self.draining = True
        deadline = self.loop.time() + timeout
        while self.loop.time() < deadline:
            busy = False
            for conn in list(self.connections):
                if conn.exchange is None:
                    conn.close()
                else:
                    busy = True
            if not busy:
                break
            await asyncio.sleep(0.05)
        for conn in list(self.connections):
            if conn.transport is not None:
                conn.transport.close()
        if self._ticker is not None:
            self._ticker.cancel()
        for pool in self.pools.values():
            pool.close()


def bind_socket(host: str, port: int, *, reuse_port: bool) -> socket.socket:
    """A bound, non-blocking TCP socket; with `reuse_port`, several processes share the port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock
