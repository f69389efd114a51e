"""The upstream seam: pooled keep-alive HTTP/1.1 connections to an upstream's targets.

One `UpstreamPool` per configured upstream. A connection carries one exchange at a time and
reports to a `ResponseSink` (the gateway's exchange) through plain method calls, so the
common path costs no task and no future. Targets that fail are ejected for a while (passive
health checking); an idle connection is reused, most recently used first.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Awaitable
from typing import Protocol, cast

import httptools

from charter.config.models import Target, Upstream

log = logging.getLogger("charter.upstream")

# RFC 9110 §7.6.1 connection-specific header fields, never forwarded in either direction.
HOP_BY_HOP = frozenset({
    b"connection", b"keep-alive", b"proxy-connection", b"te", b"trailer", b"transfer-encoding",
    b"upgrade", b"proxy-authenticate", b"proxy-authorization",
})


class UpstreamError(Exception):
    """The upstream could not be reached or broke the exchange. `code` is machine-readable."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


class ResponseSink(Protocol):
    """What a connection reports to while it carries an exchange."""

    def on_upstream_head(self, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        """The final response head; framing and keep-alive are the connection's business."""
        ...

    def on_upstream_body(self, chunk: bytes) -> None: ...

    def on_upstream_complete(self) -> None: ...

    def on_upstream_error(self, error: UpstreamError, response_started: bool) -> None: ...

    def on_upstream_flush(self) -> None:
        """Called after each batch of bytes from the upstream was parsed: write what's queued."""
        ...

    def pause_client_reading(self) -> None: ...

    def resume_client_reading(self) -> None: ...


class TargetState:
    """One target of an upstream with its idle connections and its health."""

    __slots__ = ("ejected_until", "failures", "host_header", "idle", "name", "target")

    def __init__(self, target: Target) -> None:
        self.target = target
        self.name = str(target)
        self.host_header = b"host: %s\r\n" % target.authority.encode()
        self.idle: list[UpstreamConnection] = []
        self.failures = 0
        self.ejected_until = 0.0


class UpstreamConnection(asyncio.Protocol):
    """One keep-alive connection to one target."""

    __slots__ = (
        "_body_started", "_head_only", "_informational", "_length_framed", "_request_done",
        "_reset_parser",
        "_response_done", "_skip_body", "headers", "idle_since", "parser", "pool", "sink",
        "state", "transport",
    )

    def __init__(self, pool: UpstreamPool, state: TargetState) -> None:
        self.pool = pool
        self.state = state
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.sink: ResponseSink | None = None
        self.headers: list[tuple[bytes, bytes]] = []
        self.idle_since = 0.0
        self._head_only = False
        self._informational = False
        self._request_done = False
        self._response_done = False
        self._body_started = False
        self._reset_parser = False
        self._skip_body = False
        self._length_framed = True

    # -- used by the gateway -------------------------------------------------------------
    def start(self, sink: ResponseSink, head_only: bool) -> None:
        """Begin an exchange; the caller then `write`s the request and calls `request_done`."""
        self.sink = sink
        self._head_only = head_only
        self._request_done = False
        self._response_done = False
        self._body_started = False
        self._length_framed = False
        self.headers = []

    def write(self, data: bytes) -> None:
        transport = self.transport
        if transport is not None and not transport.is_closing():
            transport.write(data)

    def request_done(self) -> None:
        self._request_done = True
        if self._response_done:
            self._finish()

    def abort(self) -> None:
        """Drop the exchange and the connection (the client went away, a limit was hit)."""
        self.sink = None
        if self.transport is not None:
            self.transport.close()

    def pause_reading(self) -> None:
        if self.transport is not None:
            self.transport.pause_reading()

    def resume_reading(self) -> None:
        if self.transport is not None:
            self.transport.resume_reading()

    # -- asyncio.Protocol ----------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports implement asyncio.Transport without subclassing it.
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        sink = self.sink
        if sink is None:
            # Bytes while idle: the upstream broke framing. Never reuse this connection.
            self._close()
            return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self._fail(UpstreamError("upstream_protocol_error", "malformed upstream response"))
            return
        if self._reset_parser:
            self._reset_parser = False
            self.parser = httptools.HttpResponseParser(self)
        sink.on_upstream_flush()

    def connection_lost(self, exc: Exception | None) -> None:
        self.pool.discard(self)
        self.transport = None
        if self.sink is not None:
            sink, self.sink = self.sink, None
            if self._body_started and not self._has_length_framing():
                # A close-delimited body ends with the connection.
                sink.on_upstream_complete()
                sink.on_upstream_flush()
                return
            sink.on_upstream_error(
                UpstreamError("upstream_connection_lost", "upstream closed the connection"),
                self._body_started or bool(self.headers),
            )

    def pause_writing(self) -> None:
        # The upstream reads slower than the client sends: stop reading from the client.
        if self.sink is not None:
            self.sink.pause_client_reading()

    def resume_writing(self) -> None:
        if self.sink is not None:
            self.sink.resume_client_reading()

    # -- httptools callbacks --------------------------------------------------------------
    def on_header(self, name: bytes, value: bytes) -> None:
        name = name.lower()
        if name == b"content-length" or name == b"transfer-encoding":
            self._length_framed = True
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        status = self.parser.get_status_code()
        if 100 <= status < 200:
            if status == 101:
                raise UpstreamError("upstream_protocol_error", "unexpected protocol switch")
            # Interim responses (100, 103) are not forwarded; the final one follows.
            self._informational = True
            self.headers = []
            return
        sink = self.sink
        if sink is None:
            return
        self.state.failures = 0
        self._body_started = True
        headers, self.headers = self.headers, []
        sink.on_upstream_head(status, headers)
        if self._head_only:
            # llhttp cannot be told that this answers a HEAD; end the exchange here and give
            # the next exchange a fresh parser.
            self._reset_parser = True
            self._skip_body = True
            self._message_done()

    def on_body(self, chunk: bytes) -> None:
        if self._skip_body:
            # A body after a HEAD response: framing is broken; don't reuse.
            self._close()
            return
        sink = self.sink
        if sink is not None:
            sink.on_upstream_body(chunk)

    def on_message_complete(self) -> None:
        if self._informational:
            self._informational = False
            return
        if self._skip_body:
            self._skip_body = False
            return
        self._message_done()

    # -- internals ----------------------------------------------------------------------
    def _has_length_framing(self) -> bool:
        return self._length_framed

    def _message_done(self) -> None:
        sink = self.sink
        self._response_done = True
        keep = self.parser.should_keep_alive()
        if sink is not None:
            sink.on_upstream_complete()
        if not keep:
            self.sink = None
            self._close()
        elif self._request_done:
            self._finish()

    def _finish(self) -> None:
        self.sink = None
        if self.transport is None or self.transport.is_closing():
            return
        self.pool.release(self)

    def _fail(self, error: UpstreamError) -> None:
        sink, self.sink = self.sink, None
        self._close()
        if sink is not None:
            sink.on_upstream_error(error, self._body_started)

    def _close(self) -> None:
        if self.transport is not None:
            self.transport.close()


class UpstreamPool:
    """Connections to the targets of one upstream."""

    def __init__(self, config: Upstream, loop: asyncio.AbstractEventLoop) -> None:
        self.config = config
        self.loop = loop
        self.targets = [TargetState(t) for t in config.parsed_targets]
        self._next = 0
        self._ssl: ssl.SSLContext | None = None
        self.closed = False
        self.ejections = 0
        if any(t.scheme == "https" for t in config.parsed_targets):
            self._ssl = _client_tls(config)

    def pick(self, exclude: TargetState | None = None) -> TargetState:
        """Round-robin over targets not ejected; when all are ejected, the one back soonest."""
        now = time.monotonic()
        count = len(self.targets)
        for step in range(count):
            state = self.targets[(self._next + step) % count]
            if state is exclude and count > 1:
                continue
            if state.ejected_until <= now:
                self._next = (self._next + step + 1) % count
                return state
        return min(self.targets, key=lambda s: s.ejected_until)

    def acquire(
        self, state: TargetState, connect_timeout: float
    ) -> UpstreamConnection | Awaitable[UpstreamConnection]:
        """An idle connection now, or an awaitable that connects (raises UpstreamError)."""
        idle = state.idle
        while idle:
            conn = idle.pop()
            if conn.transport is not None and not conn.transport.is_closing():
                return conn
        return self._connect(state, connect_timeout)

    async def _connect(self, state: TargetState, timeout: float) -> UpstreamConnection:
        target = state.target
        try:
            _, conn = await asyncio.wait_for(
                self.loop.create_connection(
                    lambda: UpstreamConnection(self, state), target.host, target.port,
                    ssl=self._ssl if target.scheme == "https" else None,
                    server_hostname=target.host if target.scheme == "https" else None,
                ),
                timeout,
            )
        except TimeoutError:
            self.failed(state)
            raise UpstreamError("upstream_connect_timeout", "connecting timed out") from None
        except (OSError, ssl.SSLError) as exc:
            self.failed(state)
            code = "upstream_tls_error" if isinstance(exc, ssl.SSLError) else "upstream_unreachable"
            raise UpstreamError(code, type(exc).__name__) from None
        return conn

    def failed(self, state: TargetState) -> None:
        """Count a failure; eject the target after too many in a row."""
        state.failures += 1
        if state.failures >= self.config.eject_after_failures:
            if state.ejected_until <= time.monotonic():
                self.ejections += 1
                log.warning("upstream target ejected", extra={
                    "upstream": self.config.name, "target": str(state.target),
                    "for_seconds": self.config.eject_for})
            state.ejected_until = time.monotonic() + self.config.eject_for
            state.failures = 0

    def release(self, conn: UpstreamConnection) -> None:
        idle = conn.state.idle
        if self.closed or len(idle) >= self.config.pool_size:
            conn._close()
            return
        conn.idle_since = time.monotonic()
        idle.append(conn)

    def discard(self, conn: UpstreamConnection) -> None:
        idle = conn.state.idle
        if conn in idle:
            idle.remove(conn)

    def sweep(self, now: float) -> None:
        """Close connections idle for longer than the upstream's idle timeout."""
        limit = now - self.config.idle_timeout
        for state in self.targets:
            stale = [c for c in state.idle if c.idle_since < limit]
            for conn in stale:
                state.idle.remove(conn)
                conn._close()

    def close(self) -> None:
        """Stop pooling: idle connections close now, busy ones when their exchange ends."""
        self.closed = True
        for state in self.targets:
            for conn in state.idle:
                conn._close()
            state.idle.clear()


def _client_tls(config: Upstream) -> ssl.SSLContext:
    # With a CA file, only those CAs are trusted for this upstream (not the system's).
    context = ssl.create_default_context(cafile=config.ca_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if config.client_cert_file and config.client_key_file:
        context.load_cert_chain(config.client_cert_file, config.client_key_file)
    if not config.tls_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
