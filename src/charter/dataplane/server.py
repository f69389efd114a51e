"""The gateway's client-side HTTP/1.1 connection, at the asyncio-protocol level.

Parsing is llhttp (through httptools) in its strict mode: it refuses Content-Length together
with Transfer-Encoding, duplicate Content-Length, bad chunk sizes, obs-fold and bare LF, which
closes the usual request-smuggling doors. On top of it this module enforces the gateway's own
limits (URL length, header count and size, header and body time) and keeps requests on one
connection in order. Each request is an `Exchange` (exchange.py).
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import TYPE_CHECKING, cast

import httptools

from charter.dataplane.exchange import Exchange
from charter.dataplane.http1 import status_line
from charter.dataplane.reply import Reply, problem

if TYPE_CHECKING:
    from charter.dataplane.gateway import Gateway

_WRITE_HIGH_WATER = 256 * 1024
_DISCARD_LIMIT = 1024 * 1024  # bytes of an unwanted request body read before giving up


class RequestRejected(Exception):
    """Raised inside a parser callback to stop parsing with a reply."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


class GatewayProtocol(asyncio.Protocol):
    """One client connection. Requests on it are answered strictly in order."""

    __slots__ = (
        "_discarded", "_head_bytes", "_headers", "_url", "deadline", "discarding", "exchange",
        "gw", "limits", "parser", "peer_ip", "peer_trusted", "queue", "reading_paused",
        "receiving", "transport",
    )

    def __init__(self, gw: Gateway) -> None:
        self.gw = gw
        self.limits = gw.limits
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self._url = b""
        self._headers: list[tuple[bytes, bytes]] = []
        self._head_bytes = 0
        self.exchange: Exchange | None = None  # the request being answered
        self.receiving: Exchange | None = None  # the request whose body is arriving
        self.queue: deque[Exchange] = deque()  # pipelined requests waiting their turn
        self.deadline = 0.0
        self.discarding = False
        self._discarded = 0
        self.reading_paused = False
        self.peer_ip = ""
        self.peer_trusted = False

    # -- asyncio.Protocol -----------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports implement asyncio.Transport without subclassing it.
        self.transport = cast(asyncio.Transport, transport)
        self.transport.set_write_buffer_limits(high=_WRITE_HIGH_WATER)
        peer = transport.get_extra_info("peername")
        self.peer_ip = peer[0] if isinstance(peer, tuple) else "127.0.0.1"
        if not self.gw.admits(self.peer_ip) or not self.gw.open_connection(self.peer_ip):
            # Outside the listener's networks, or too many connections from this peer:
            # not a word, the connection just closes.
            self.transport.abort()
            return
        self.peer_trusted = self.gw.is_trusted_proxy(self.peer_ip)
        self.deadline = self.gw.loop.time() + self.limits.header_timeout
        self.gw.connections.add(self)

    def data_received(self, data: bytes) -> None:
        if self.discarding:
            self._discarded += len(data)
            if self._discarded > _DISCARD_LIMIT:
                self.close()
            return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            # We never switch protocols; the request was answered as plain HTTP and the
            # connection closes after it (see Exchange: upgrade requests are not kept alive).
            self.pause_reading()
        except httptools.HttpParserCallbackError as exc:
            cause = exc.__context__
            if isinstance(cause, RequestRejected):
                self.reject(cause.reply)
            else:
                raise
        except httptools.HttpParserError as exc:
            self.reject(problem(400, "bad_request", "Malformed HTTP request",
                                _parser_reason(exc), close=True))
        exchange = self.exchange
        if exchange is not None:
            exchange.flush_upstream()

    def connection_lost(self, exc: Exception | None) -> None:
        if self in self.gw.connections:
            self.gw.close_connection(self.peer_ip)
        self.gw.connections.discard(self)
        self.transport = None
        exchange = self.exchange
        if exchange is not None:
            exchange.client_gone()
        self.exchange = None
        self.queue.clear()

    def pause_writing(self) -> None:
        # The client reads the response slower than the upstream sends it.
        exchange = self.exchange
        if exchange is not None and exchange.conn is not None:
            exchange.conn.pause_reading()

    def resume_writing(self) -> None:
        exchange = self.exchange
        if exchange is not None and exchange.conn is not None:
            exchange.conn.resume_reading()

    # -- httptools callbacks --------------------------------------------------------------
    def on_message_begin(self) -> None:
        self._url = b""
        self._headers = []
        self._head_bytes = 0
        if self.exchange is None:
            self.deadline = self.gw.loop.time() + self.limits.header_timeout

    def on_url(self, url: bytes) -> None:
        self._url += url
        if len(self._url) > self.limits.max_url_bytes:
            raise RequestRejected(problem(414, "uri_too_long", "Request target too long",
                                          close=True))

    def on_header(self, name: bytes, value: bytes) -> None:
        self._head_bytes += len(name) + len(value) + 4
        headers = self._headers
        limits = self.limits
        if self._head_bytes > limits.max_header_bytes or len(headers) >= limits.max_headers:
            raise RequestRejected(problem(431, "header_too_large",
                                          "Request header fields too large", close=True))
        headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:
        parser = self.parser
        exchange = Exchange(
            self, parser.get_method().decode("ascii"), self._url, self._headers,
            parser.get_http_version(), parser.should_keep_alive(), parser.should_upgrade(),
        )
        self.receiving = exchange
        if self.exchange is None:
            self.exchange = exchange
            exchange.start()
        else:
            # Pipelined: hold it (and stop reading) until the one before it is answered.
            self.queue.append(exchange)
            self.pause_reading()

    def on_body(self, body: bytes) -> None:
        receiving = self.receiving
        if receiving is not None:
            receiving.on_client_body(body)

    def on_message_complete(self) -> None:
        # The head is with its exchange now; an idle connection must not look half-received.
        self._url = b""
        self._headers = []
        receiving, self.receiving = self.receiving, None
        if receiving is not None:
            receiving.on_client_body_done()

    # -- used by Exchange -----------------------------------------------------------------
    def write(self, data: bytes) -> None:
        transport = self.transport
        if transport is not None and not transport.is_closing():
            transport.write(data)

    def exchange_done(self, exchange: Exchange, close: bool) -> None:
        """The response to `exchange` is fully written; go on with the next request."""
        if self.exchange is exchange:
            self.exchange = None
        if close or self.gw.draining:
            self.close(linger=not exchange.body_done)
            return
        self.deadline = self.gw.loop.time() + self.limits.keepalive_timeout
        if self.queue:
            self.exchange = self.queue.popleft()
            self.exchange.start()
        if not self.queue:
            self.resume_reading()

    def pause_reading(self) -> None:
        if not self.reading_paused and self.transport is not None:
            self.reading_paused = True
            self.transport.pause_reading()

    def resume_reading(self) -> None:
        if self.reading_paused and self.transport is not None:
            self.reading_paused = False
            self.transport.resume_reading()

    def reject(self, reply: Reply) -> None:
        """Answer a request that could not be parsed or admitted, then close."""
        exchange = self.exchange
        if exchange is not None:
            if self.receiving is exchange:
                # The request being answered is itself broken (say, a bad chunk size in
                # its body): drop it and answer here.
                exchange.fail(reply)
                return
            # A later, pipelined request is broken: finish this one, then close, no reply
            # for the broken one.
            exchange.close_after = True
            self.pause_reading()
            return
        body = reply.body
        head = [status_line(reply.status),
                b"content-type: ", reply.content_type, b"\r\n",
                b"content-length: %d\r\n" % len(body),
                b"cache-control: no-store\r\nconnection: close\r\n\r\n", body]
        self.write(b"".join(head))
        self.gw.count_rejected(reply.status)
        self.close(linger=True)

    def close(self, linger: bool = False) -> None:
        """Close; with `linger`, half-close first and drain what the client still sends, so
        that our last response is not lost to a TCP reset."""
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        if linger and transport.can_write_eof():
            self.discarding = True
            self.resume_reading()
            try:
                transport.write_eof()
            except OSError:
                transport.close()
                return
            self.deadline = self.gw.loop.time() + 2.0
            return
        transport.close()

    def check_deadline(self, now: float) -> None:
        """Called by the gateway's timer about four times a second."""
        exchange = self.exchange
        if exchange is not None:
            exchange.check_deadline(now)
            return
        if now < self.deadline:
            return
        if self.discarding or (not self._url and not self._headers):
            if self.transport is not None:
                self.transport.close()
            return
        self.reject(problem(408, "request_timeout", "Request header not received in time",
                            close=True))


def _parser_reason(exc: Exception) -> str:
    # llhttp's reasons are fixed strings about syntax (no request data); keep them short.
    text = str(exc).strip()
    return text[:120] if text else "the request could not be parsed"
