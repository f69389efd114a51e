"""One request/response exchange: run the route's pipeline, then forward to the upstream.

Bodies stream in both directions. Bytes bound for the same peer during one read are gathered
and written once ("corked"), so a small request costs one write to the upstream and a small
response one write to the client.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable
from typing import TYPE_CHECKING

import httptools

from charter.dataplane.body import REQUEST, RESPONSE, Body
from charter.dataplane.builtins import Builtin
from charter.dataplane.context import RequestContext
from charter.dataplane.http1 import (
    GATEWAY_SET,
    LAST_CHUNK,
    NO_BODY_STATUSES,
    chunk,
    connection_tokens,
    status_line,
    unsafe_path,
    valid_request_id,
)
from charter.dataplane.pipeline import Pipeline
from charter.dataplane.reply import Reply, problem
from charter.dataplane.upstream import (
    HOP_BY_HOP,
    TargetState,
    UpstreamConnection,
    UpstreamError,
    UpstreamPool,
)

if TYPE_CHECKING:
    from charter.dataplane.router import CompiledRoute
    from charter.dataplane.server import GatewayProtocol

_NO_STAGES = Pipeline([])
_NO_TOKENS: frozenset[bytes] = frozenset()
_PLAIN_CONNECTION = frozenset({b"keep-alive", b"close"})
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_REPLAY_LIMIT = 64 * 1024  # requests up to this size are kept for one retry on another target
_BUFFER_HIGH_WATER = 256 * 1024
_ERROR_STATUS = {
    "upstream_connect_timeout": 504, "upstream_timeout": 504,
}


class Exchange:
    """A request from a client and the response going back to it."""

    __slots__ = (
        "_attempts",
        "_body_buf",
        "_body_deadline",
        "_buffered",
        "_builtin",
        "_client_pending",
        "_deadline",
        "_drop",
        "_expect",
        "_head_sent",
        "_held",
        "_held_bytes",
        "_held_headers",
        "_held_limit",
        "_held_status",
        "_inspect",
        "_length",
        "_pipeline",
        "_pool",
        "_request_signalled",
        "_response_complete",
        "_sent",
        "_sent_bytes",
        "_target",
        "_up_out",
        "_waiting_for_body",
        "body_done",
        "chunked_request",
        "close_after",
        "conn",
        "ctx",
        "finished",
        "forwarding",
        "headers",
        "keep_alive",
        "method",
        "proto",
        "quiet",
        "raw_target",
        "replied",
        "resp_chunked",
        "resp_close",
        "route",
        "upgrade",
        "version",
    )

    def __init__(
        self, proto: GatewayProtocol, method: str, target: bytes,
        headers: list[tuple[bytes, bytes]], version: str, keep_alive: bool, upgrade: bool,
    ) -> None:
        self.proto = proto
        self.method = method
        self.raw_target = target
        self.headers = headers
        self.version = version
        self.keep_alive = keep_alive and not upgrade
        self.upgrade = upgrade
        self.ctx: RequestContext | None = None
        self.route: CompiledRoute | None = None
        self._pipeline: Pipeline = proto.gw.fallback_pipeline
        self.conn: UpstreamConnection | None = None
        self._pool: UpstreamPool | None = None
        self._target: TargetState | None = None
        self._body_buf: list[bytes] = []
        self._buffered = 0
        self._up_out: list[bytes] = []
        self._client_pending: list[bytes] = []
        # What was sent upstream, kept while small so a failed attempt can be replayed.
        self._sent: list[bytes] | None = []
        self._sent_bytes = 0
        self._attempts = 0
        self._head_sent = False
        self._length: int | None = None
        self._expect = False
        self._drop: frozenset[bytes] = _NO_TOKENS
        self._builtin: Builtin | None = None
        self._deadline = 0.0  # for the upstream's answer; armed once the request is sent
        self._body_deadline = 0.0  # for the client's request body
        self._request_signalled = False
        self._response_complete = False
        # The request body gathered whole for stages that read it (None: it streams).
        self._inspect: list[bytes] | None = None
        self._waiting_for_body = False  # the head's stages passed; the body stages wait for it
        # A response held whole for stages that read it: its status, headers and body so far.
        self._held: list[bytes] | None = None
        self._held_bytes = 0
        self._held_limit = 0
        self._held_status = 0
        self._held_headers: list[tuple[bytes, bytes]] = []
        self.body_done = False
        self.chunked_request = False
        self.close_after = False
        self.forwarding = False
        self.replied = False
        self.finished = False
        self.resp_chunked = False
        self.resp_close = False
        self.quiet = False

    # -- request side -----------------------------------------------------------------------
    def start(self) -> None:
        """Called when this exchange's turn comes: admit, run the stages, forward."""
        gw = self.proto.gw
        ctx = self._make_context()
        if ctx is None:
            return
        self.ctx = ctx
        builtin = gw.builtins.get(ctx.path)
        if builtin is not None:
            self._start_builtin(builtin, ctx)
            return
        route, path_matched = gw.router.match(ctx.host, ctx.path, ctx.method)
        if route is None:
            if path_matched:
                allow = ", ".join(gw.router.allowed_methods(ctx.host, ctx.path)).encode()
                self.reply(problem(405, "method_not_allowed", "Method not allowed on this route",
                                   request_id=ctx.request_id, headers=[(b"allow", allow)]))
            else:
                self.reply(problem(404, "no_route", "No route matches this request",
                                   request_id=ctx.request_id))
            return
        self.route = route
        ctx.route = route
        self._pipeline = route.pipeline
        if route.config.require_tls and ctx.scheme != "https":
            self.reply(problem(403, "tls_required", "This route is only served over HTTPS",
                               request_id=ctx.request_id))
            return
        length = self._length
        if length is not None and length > route.max_body_bytes:
            self.reply(problem(413, "body_too_large", "Request body too large",
                               f"this route accepts at most {route.max_body_bytes} bytes",
                               request_id=ctx.request_id, close=True))
            return
        if not self.body_done:
            self._body_deadline = gw.loop.time() + gw.limits.body_timeout
        early, self._body_buf = self._body_buf, []
        if route.pipeline.reads_request_body:
            self._inspect = []
        if early and not self._take_early_body(early, route):
            return
        try:
            outcome = route.pipeline.run_request(ctx)
        except Exception:
            gw_log_exception("a pipeline stage failed")
            outcome = problem(500, "internal_error", "The gateway failed to process the request",
                              request_id=ctx.request_id)
        if outcome is None:
            self._proceed()
        elif isinstance(outcome, Reply):
            self.reply(outcome)
        else:
            self.proto.pause_reading()
            gw.loop.create_task(self._await_stages(outcome))

    def _take_early_body(self, early: list[bytes], route: CompiledRoute) -> bool:
        """Body bytes that arrived before this (pipelined) exchange started, handled as if
        they came now. False when they were already too many."""
        ctx = self.ctx
        assert ctx is not None
        ctx.bytes_in = sum(len(part) for part in early)
        if ctx.bytes_in > route.max_body_bytes:
            self.reply(problem(413, "body_too_large", "Request body too large",
                               f"this route accepts at most {route.max_body_bytes} bytes",
                               request_id=ctx.request_id, close=True))
            return False
        if self._inspect is not None:
            self._inspect.extend(early)
        else:
            self._body_buf = [chunk(part) for part in early] if self.chunked_request else early
            if self.chunked_request and self.body_done:
                self._body_buf.append(LAST_CHUNK)
        return True

    def _proceed(self) -> None:
        """The head's stages passed: forward, or first gather the body for the body stages."""
        if self._inspect is None:
            self._forward()
        elif self.body_done:
            self._check_request_body()
        else:
            self._waiting_for_body = True
            if self._expect:
                # We now want the body ourselves: the head's stages and size checks passed.
                self._expect = False
                self.proto.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def _check_request_body(self) -> None:
        ctx, route = self.ctx, self.route
        assert ctx is not None and route is not None and self._inspect is not None
        data, self._inspect = b"".join(self._inspect), None
        body = Body.from_headers(data, ctx.headers, REQUEST)
        body.max_depth = route.config.max_json_depth
        body.max_members = route.config.max_json_members
        try:
            outcome = route.pipeline.run_request_body(ctx, body)
        except Exception:
            gw_log_exception("a pipeline stage failed on the request body")
            outcome = problem(500, "internal_error", "The gateway failed to process the request",
                              request_id=ctx.request_id)
        if outcome is None:
            self._forward_body(body)
        elif isinstance(outcome, Reply):
            self.reply(outcome)
        else:
            self.proto.pause_reading()
            self.proto.gw.loop.create_task(self._await_body_stages(outcome, body))

    async def _await_body_stages(self, pending: Awaitable[Reply | None], body: Body) -> None:
        try:
            outcome = await pending
        except Exception:
            gw_log_exception("a pipeline stage failed on the request body")
            outcome = problem(500, "internal_error", "The gateway failed to process the request",
                              request_id=self.ctx.request_id if self.ctx else None)
        if self.finished or self.proto.transport is None:
            return
        self.proto.resume_reading()
        if outcome is None:
            self._forward_body(body)
        else:
            self.reply(outcome)

    def _forward_body(self, body: Body) -> None:
        """Forward with the checked (perhaps edited) body, framed by its length."""
        if body.data or self._length is not None or self.chunked_request:
            self._length = len(body.data)
        # else: a request without a body goes on without one (no `content-length: 0` on a GET)
        self.chunked_request = False
        self._body_buf = [body.data] if body.data else []
        self._forward()
        self.flush_upstream()

    def _start_builtin(self, builtin: Builtin, ctx: RequestContext) -> None:
        if builtin.quiet:
            # Probes are answered without stages: no access log, no request metrics.
            self._pipeline = _NO_STAGES
            self.quiet = True
        if ctx.method not in builtin.methods:
            allow = ", ".join(sorted(builtin.methods)).encode()
            self.reply(problem(405, "method_not_allowed", "Method not allowed here",
                               request_id=ctx.request_id, headers=[(b"allow", allow)]))
            return
        length = self._length
        if length is not None and length > builtin.max_body:
            self.reply(problem(413, "body_too_large", "Request body too large",
                               f"this endpoint accepts at most {builtin.max_body} bytes",
                               request_id=ctx.request_id, close=True))
            return
        self._builtin = builtin
        if self.body_done:
            body, self._body_buf = b"".join(self._body_buf), []
            self._run_builtin(body)

    def _run_builtin(self, body: bytes) -> None:
        builtin, ctx = self._builtin, self.ctx
        assert builtin is not None and ctx is not None
        try:
            outcome = builtin.handler(ctx, body)
        except Exception:
            gw_log_exception("a gateway endpoint failed")
            outcome = problem(500, "internal_error", "The gateway failed to process the request",
                              request_id=ctx.request_id)
        if isinstance(outcome, Reply):
            self.reply(outcome)
        else:
            self.proto.gw.loop.create_task(self._await_builtin(outcome))

    async def _await_builtin(self, pending: Awaitable[Reply]) -> None:
        try:
            outcome = await pending
        except Exception:
            gw_log_exception("a gateway endpoint failed")
            outcome = problem(500, "internal_error", "The gateway failed to process the request",
                              request_id=self.ctx.request_id if self.ctx else None)
        if not self.finished and self.proto.transport is not None:
            self.reply(outcome)

    async def _await_stages(self, pending: Awaitable[Reply | None]) -> None:
        try:
            outcome = await pending
        except Exception:
            gw_log_exception("a pipeline stage failed")
            outcome = problem(500, "internal_error", "The gateway failed to process the request",
                              request_id=self.ctx.request_id if self.ctx else None)
        if self.finished or self.proto.transport is None:
            return
        self.proto.resume_reading()
        if outcome is None:
            self._proceed()
            self.flush_upstream()
        else:
            self.reply(outcome)

    def _make_context(self) -> RequestContext | None:
        gw = self.proto.gw
        if self.method == "CONNECT":
            self._reject_early(problem(405, "method_not_allowed", "CONNECT is not supported",
                                       close=True))
            return None
        headers = self.headers
        target = self.raw_target
        host_header: bytes | None = None
        request_id: bytes | None = None
        forwarded_for: bytes | None = None
        te: bytes | None = None
        length: bytes | None = None
        forwarded_proto: bytes | None = None
        for name, value in headers:
            if name == b"content-length":
                length = value
            elif name == b"connection":
                tokens = connection_tokens([(name, value)]) - _PLAIN_CONNECTION
                if tokens:
                    self._drop = self._drop | tokens
            elif name == b"expect":
                self._expect = True
            elif name == b"host":
                if host_header is not None:
                    self._reject_early(problem(400, "bad_request", "More than one Host header",
                                               close=True))
                    return None
                host_header = value
            elif name == b"x-request-id":
                request_id = value
            elif name == b"x-forwarded-for":
                forwarded_for = value if forwarded_for is None else forwarded_for + b"," + value
            elif name == b"x-forwarded-proto":
                forwarded_proto = value
            elif name == b"transfer-encoding":
                te = value
        self.chunked_request = te is not None
        if te is None:
            self._length = int(length) if length is not None else None
            # A request without a body is whole once its head is in. (A pipelined request
            # may be whole already: its body came in while the one before it was served.)
            self.body_done = self.body_done or not self._length
        if target[:1] != b"/":
            if target.startswith((b"http://", b"https://")):
                try:
                    parsed = httptools.parse_url(target)
                except httptools.HttpParserInvalidURLError:
                    self._reject_early(problem(400, "bad_request", "Invalid request target",
                                               close=True))
                    return None
                host_header = parsed.host + (b":%d" % parsed.port if parsed.port else b"")
                target = (parsed.path or b"/") + (b"?" + parsed.query if parsed.query else b"")
            elif not (self.method == "OPTIONS" and target == b"*"):
                self._reject_early(problem(400, "bad_request", "Invalid request target",
                                           close=True))
                return None
        if host_header is None and self.version != "1.0":
            self._reject_early(problem(400, "bad_request", "Missing Host header", close=True))
            return None
        raw_path, _, raw_query = target.partition(b"?")
        path = raw_path.partition(b"#")[0].decode("latin-1")
        if unsafe_path(path):
            self._reject_early(problem(400, "bad_request", "Path not allowed",
                                       "dot segments and encoded slashes are refused", close=True))
            return None
        host = (host_header or b"").decode("latin-1").lower()
        if host.startswith("["):
            host = host[: host.find("]") + 1]
        else:
            host = host.partition(":")[0]
        if request_id is None or not valid_request_id(request_id):
            rid = gw.next_request_id()
        else:
            rid = request_id.decode("ascii")
        proto = self.proto
        client_ip = proto.peer_ip
        scheme = gw.scheme
        if proto.peer_trusted:
            if forwarded_for is not None:
                client_ip = gw.client_ip_from_chain(forwarded_for, proto.peer_ip)
            if forwarded_proto in (b"https", b"http"):
                scheme = forwarded_proto.decode()
        return RequestContext(
            self.method, target.decode("latin-1"), path,
            raw_query.partition(b"#")[0].decode("latin-1"), headers,
            request_id=rid, client_ip=client_ip, peer_ip=proto.peer_ip,
            scheme=scheme, host=host, http_version=self.version,
            started=time.perf_counter(),
        )

    def _reject_early(self, reply: Reply) -> None:
        # No context could be built: answer without stages (nothing to log but a count).
        self.ctx = None
        self.replied = True
        self.proto.exchange = None
        self.proto.reject(reply)

    def _forward(self) -> None:
        route = self.route
        assert route is not None
        pool = self.proto.gw.pools[route.upstream]
        self._pool = pool
        self.forwarding = True
        ctx = self.ctx
        assert ctx is not None
        if self._expect and not self.body_done:
            # We vouch for the request ourselves: the stages and the size check passed.
            self.proto.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        self._connect(pool.pick())

    def _connect(self, state: TargetState) -> None:
        assert self._pool is not None and self.route is not None
        self._target = state
        self._attempts += 1
        acquired = self._pool.acquire(state, self.route.connect_timeout)
        if isinstance(acquired, UpstreamConnection):
            self._send_head(acquired)
        else:
            self.proto.gw.loop.create_task(self._connect_later(acquired))

    async def _connect_later(self, pending: Awaitable[UpstreamConnection]) -> None:
        try:
            conn = await pending
        except UpstreamError as error:
            if self.finished:
                return
            self.on_upstream_error(error, False)
            return
        if self.finished or self.proto.transport is None:
            conn.abort()
            return
        self._send_head(conn)
        if self._buffered > _BUFFER_HIGH_WATER and not self.proto.queue:
            # Reading paused while we connected; the upstream's own flow control takes over.
            self.proto.resume_reading()
        self.flush_upstream()

    def _send_head(self, conn: UpstreamConnection) -> None:
        ctx = self.ctx
        route = self.route
        assert ctx is not None and route is not None and self._target is not None
        self.conn = conn
        self._head_sent = True
        conn.start(self, ctx.method == "HEAD")
        ctx.upstream_target = self._target.name
        head = self._request_head(ctx, route, self._target)
        out = self._up_out
        out.append(head)
        if self._body_buf:
            out.extend(self._body_buf)
            self._body_buf = []

    def _request_head(self, ctx: RequestContext, route: CompiledRoute,
                      state: TargetState) -> bytes:
        path = route.upstream_path(ctx.path)
        target = f"{path}?{ctx.query}" if ctx.query else path
        drop = self._drop
        lines = [b"%s %s HTTP/1.1\r\n%s" % (
            ctx.method.encode(), target.encode("latin-1"), state.host_header)]
        original_host = b""
        forwarded_for = b""
        forwarded_host = b""
        withhold = ctx.withhold
        for name, value in ctx.headers:
            if name in HOP_BY_HOP or name in GATEWAY_SET or name in drop or name == withhold:
                if name == b"host":
                    original_host = value
                elif name == b"x-forwarded-for":
                    forwarded_for = value if not forwarded_for else forwarded_for + b", " + value
                elif name == b"x-forwarded-host":
                    forwarded_host = value
                continue
            lines.append(b"%s: %s\r\n" % (name, value))
        peer = ctx.peer_ip.encode()
        if self.proto.peer_trusted:
            # A trusted proxy in front of us saw the client first: keep what it says.
            if forwarded_for:
                peer = forwarded_for + b", " + peer
            original_host = forwarded_host or original_host
        # The scheme was settled once, in _make_context (a trusted proxy's word included).
        lines.append(b"x-forwarded-for: %s\r\nx-forwarded-proto: %s\r\nx-request-id: %s\r\n" % (
            peer, ctx.scheme.encode(), ctx.request_id.encode()))
        if original_host:
            lines.append(b"x-forwarded-host: %s\r\n" % original_host)
        if ctx.upstream_lines:
            lines.extend(ctx.upstream_lines)
        if self.chunked_request:
            lines.append(b"transfer-encoding: chunked\r\n")
        else:
            length = self._length
            if length is not None:
                lines.append(b"content-length: %d\r\n" % length)
            elif ctx.method in ("POST", "PUT", "PATCH"):
                lines.append(b"content-length: 0\r\n")
        lines.append(b"\r\n")
        return b"".join(lines)

    def on_client_body(self, data: bytes) -> None:
        ctx = self.ctx
        if self.finished:
            return
        if ctx is None:
            # A pipelined request waiting for its turn: keep its body as it came.
            self._body_buf.append(data)
            return
        ctx.bytes_in += len(data)
        builtin = self._builtin
        if builtin is not None:
            if ctx.bytes_in > builtin.max_body:
                self._builtin = None
                self.reply(problem(413, "body_too_large", "Request body too large",
                                   request_id=ctx.request_id, close=True))
            else:
                self._body_buf.append(data)
            return
        route = self.route
        if route is not None and ctx.bytes_in > route.max_body_bytes:
            if self.conn is not None:
                self.conn.abort()
                self.conn = None
            if not self.replied:
                self.reply(problem(413, "body_too_large", "Request body too large",
                                   f"this route accepts at most {route.max_body_bytes} bytes",
                                   request_id=ctx.request_id, close=True))
            else:
                self._abort_client("body_too_large")
            return
        if self._inspect is not None:
            # Gathered whole for the body stages; the route's size limit bounds it.
            self._inspect.append(data)
            return
        framed = chunk(data) if self.chunked_request else data
        if self.conn is not None:
            self._up_out.append(framed)
        elif not self.replied:
            self._body_buf.append(framed)
            self._buffered += len(framed)
            if self._buffered > _BUFFER_HIGH_WATER:
                self.proto.pause_reading()

    def on_client_body_done(self) -> None:
        if self.body_done or self.finished:
            self.body_done = True
            return
        self.body_done = True
        if self.ctx is None:
            return  # not started yet; start() takes the body from here
        if self._builtin is not None:
            body, self._body_buf = b"".join(self._body_buf), []
            self._run_builtin(body)
            return
        if self._inspect is not None:
            if self._waiting_for_body:
                self._waiting_for_body = False
                self._check_request_body()
            return
        if self.chunked_request:
            if self.conn is not None:
                self._up_out.append(LAST_CHUNK)
            elif not self.replied:
                self._body_buf.append(LAST_CHUNK)

    def flush_upstream(self) -> None:
        """Write what was gathered for the upstream during this read, in one write."""
        conn = self.conn
        if conn is None:
            return
        out = self._up_out
        if out:
            data = out[0] if len(out) == 1 else b"".join(out)
            out.clear()
            conn.write(data)
            sent = self._sent
            if sent is not None:
                self._sent_bytes += len(data)
                if self._sent_bytes > _REPLAY_LIMIT:
                    self._sent = None
                else:
                    sent.append(data)
        if self.body_done and not self._request_signalled:
            self._request_signalled = True
            if self.route is not None:
                # The read timeout runs from the end of the request to the upstream's answer.
                self._deadline = self.proto.gw.loop.time() + self.route.read_timeout
            conn.request_done()

    def pause_client_reading(self) -> None:
        self.proto.pause_reading()

    def resume_client_reading(self) -> None:
        self.proto.resume_reading()

    # -- response side (ResponseSink) -----------------------------------------------------------
    def on_upstream_head(self, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        ctx = self.ctx
        assert ctx is not None
        pipeline = self._pipeline
        limit = 0
        if (pipeline.reads_response_body and ctx.method != "HEAD"
                and status not in NO_BODY_STATUSES):
            limit = pipeline.response_body_wanted(ctx, status, headers)
        if limit:
            # Hold the whole response: the body stages see it before the client does.
            self._held_limit = limit
            self._held = []
            self._held_status = status
            self._held_headers = headers
            return
        self._send_response_head(status, headers, None)

    def _send_response_head(self, status: int, headers: list[tuple[bytes, bytes]],
                            length: int | None) -> None:
        """Write the response head; `length` frames a held body whose size is now known."""
        ctx = self.ctx
        assert ctx is not None
        self.replied = True
        if length is not None:
            headers = [(n, v) for n, v in headers
                       if n != b"content-length" and n != b"transfer-encoding"]
            headers.append((b"content-length", b"%d" % length))
        kept: list[tuple[bytes, bytes]] = []
        has_content_length = False
        has_request_id = False
        drop: frozenset[bytes] = frozenset()
        for name, value in headers:
            if name in HOP_BY_HOP:
                if name == b"connection":
                    drop = connection_tokens([(name, value)]) - _PLAIN_CONNECTION
                continue
            if name == b"content-length":
                has_content_length = True
            elif name == b"x-request-id":
                has_request_id = True
            kept.append((name, value))
        if drop:
            # Fields the upstream named in Connection are hop-by-hop too (rare).
            kept = [(n, v) for n, v in kept if n not in drop]
        if not has_request_id:
            kept.append((b"x-request-id", ctx.request_id.encode()))
        hsts = self.proto.gw.hsts
        if hsts is not None:
            kept.append((b"strict-transport-security", hsts))
        ctx.status = status
        ctx.response_headers = kept
        self._pipeline.run_response(ctx, status)
        lines = [status_line(status)]
        for name, value in ctx.response_headers:
            lines.append(b"%s: %s\r\n" % (name, value))
        bodyless = ctx.method == "HEAD" or status in NO_BODY_STATUSES
        if not bodyless and not has_content_length:
            if self.version == "1.1":
                self.resp_chunked = True
                lines.append(b"transfer-encoding: chunked\r\n")
            else:
                self.resp_close = True
        if self.resp_close or not self.keep_alive or self.close_after or self.proto.gw.draining:
            self.resp_close = True
            lines.append(b"connection: close\r\n")
        lines.append(b"\r\n")
        self._client_out(b"".join(lines))

    def on_upstream_body(self, data: bytes) -> None:
        ctx = self.ctx
        assert ctx is not None
        held = self._held
        if held is not None:
            if self.finished:
                return
            self._held_bytes += len(data)
            if self._held_bytes > self._held_limit:
                # Too large to check, so it is not sent at all (fail closed).
                if self.conn is not None:
                    self.conn.abort()
                    self.conn = None
                self._held = None
                ctx.error = "response_too_large"
                self.reply(problem(502, "response_too_large",
                                   "The upstream's response is too large to check",
                                   request_id=ctx.request_id, close=not self.body_done))
                return
            held.append(data)
            return
        ctx.bytes_out += len(data)
        self._client_out(chunk(data) if self.resp_chunked else data)

    def on_upstream_complete(self) -> None:
        held = self._held
        if held is not None:
            self._held = None
            self._response_complete = True
            if not self.finished:
                self._release_held(b"".join(held))
            return
        if self.resp_chunked:
            self._client_out(LAST_CHUNK)
        self._response_complete = True

    def _release_held(self, data: bytes) -> None:
        ctx = self.ctx
        assert ctx is not None
        status, headers = self._held_status, self._held_headers
        body = Body.from_headers(data, headers, RESPONSE)
        if self.route is not None:
            body.max_depth = self.route.config.max_json_depth
            body.max_members = self.route.config.max_json_members
        outcome = self._pipeline.run_response_body(ctx, status, body)
        if outcome is not None:
            self.reply(outcome)
            return
        self._send_response_head(status, headers, len(body.data))
        ctx.bytes_out += len(body.data)
        self._client_out(body.data)

    def on_upstream_flush(self) -> None:
        pending = self._client_pending
        if pending:
            self.proto.write(pending[0] if len(pending) == 1 else b"".join(pending))
            pending.clear()
        if self._response_complete:
            conn, self.conn = self.conn, None
            if conn is not None and not self._request_signalled:
                # The upstream answered before the whole request was sent; that connection
                # is mid-request and cannot be reused.
                conn.abort()
            self._finish(close=self.resp_close or not self.body_done)
        elif self.route is not None:
            self._deadline = self.proto.gw.loop.time() + self.route.read_timeout

    def on_upstream_error(self, error: UpstreamError, response_started: bool) -> None:
        if self.finished:
            return
        self.conn = None
        ctx = self.ctx
        assert ctx is not None
        pool, state = self._pool, self._target
        if pool is not None and state is not None and not response_started:
            if error.code in ("upstream_connection_lost", "upstream_protocol_error"):
                pool.failed(state)
            if not self._head_sent and self._attempts <= pool.config.retries:
                # Nothing reached any upstream yet: any method may go to another target.
                self._connect(pool.pick(exclude=state))
                self.flush_upstream()
                return
            if self._may_retry():
                self._up_out.clear()
                self._retry(pool.pick(exclude=state))
                return
        ctx.error = error.code
        if self.replied:
            self._abort_client(error.code)
            return
        status = _ERROR_STATUS.get(error.code, 502)
        title = "Upstream timed out" if status == 504 else "Upstream failed"
        self.reply(problem(status, error.code, title, request_id=ctx.request_id,
                           close=not self.body_done))

    def _may_retry(self) -> bool:
        route = self.route
        ctx = self.ctx
        if route is None or ctx is None or self._pool is None:
            return False
        if self._attempts > self._pool.config.retries:
            return False
        replayable = self._sent is not None
        idempotent = ctx.method in IDEMPOTENT or ctx.header(b"idempotency-key") is not None
        return idempotent and self.body_done and replayable

    def _retry(self, state: TargetState) -> None:
        assert self._pool is not None and self.route is not None
        self._target = state
        self._attempts += 1
        route = self.route
        ctx = self.ctx
        assert ctx is not None
        sent = b"".join(self._sent or ())
        acquired = self._pool.acquire(state, route.connect_timeout)

        def send(conn: UpstreamConnection) -> None:
            self.conn = conn
            conn.start(self, ctx.method == "HEAD")
            ctx.upstream_target = state.name
            # The head names the target it goes to; rebuild it, keep the body bytes as sent.
            head_end = sent.find(b"\r\n\r\n") + 4
            conn.write(self._request_head(ctx, route, state) + sent[head_end:])
            self._request_signalled = True
            self._deadline = self.proto.gw.loop.time() + route.read_timeout
            conn.request_done()

        if isinstance(acquired, UpstreamConnection):
            send(acquired)
            return

        async def later() -> None:
            try:
                conn = await acquired
            except UpstreamError as error:
                if not self.finished:
                    self.on_upstream_error(error, False)
                return
            if self.finished or self.proto.transport is None:
                conn.abort()
                return
            send(conn)

        self.proto.gw.loop.create_task(later())

    # -- our own replies and the end of the exchange -------------------------------------------
    def reply(self, reply: Reply) -> None:
        """Answer the client with a reply produced by the gateway."""
        ctx = self.ctx
        self.replied = True
        close = reply.close or not self.keep_alive or self.close_after or not self.body_done
        if ctx is not None:
            ctx.status = reply.status
            headers = list(reply.headers)
            headers.append((b"x-request-id", ctx.request_id.encode()))
            if self.proto.gw.hsts is not None:
                headers.append((b"strict-transport-security", self.proto.gw.hsts))
            ctx.response_headers = headers
            self._pipeline.run_response(ctx, reply.status)
            headers = ctx.response_headers
        else:
            headers = list(reply.headers)
        body = b"" if self.method == "HEAD" else reply.body
        lines = [status_line(reply.status),
                 b"content-type: %s\r\ncontent-length: %d\r\n" % (
                     reply.content_type, len(reply.body))]
        if not any(name == b"cache-control" for name, _ in headers):
            lines.append(b"cache-control: no-store\r\n")
        for name, value in headers:
            lines.append(b"%s: %s\r\n" % (name, value))
        if close:
            lines.append(b"connection: close\r\n")
        lines.append(b"\r\n")
        lines.append(body)
        if ctx is not None:
            ctx.bytes_out += len(body)
        self.proto.write(b"".join(lines))
        self._finish(close=close)

    def fail(self, reply: Reply) -> None:
        """The client broke this request mid-body: drop the upstream side, answer if we can."""
        if self.conn is not None:
            self.conn.abort()
            self.conn = None
        self.close_after = True
        if self.ctx is not None and self.ctx.error is None:
            self.ctx.error = "bad_request"
        if self.replied:
            self._abort_client("bad_request")
        else:
            self.reply(reply)

    def _client_out(self, data: bytes) -> None:
        self._client_pending.append(data)

    def _finish(self, close: bool) -> None:
        if self.finished:
            return
        self.finished = True
        ctx = self.ctx
        if ctx is not None and not self.quiet:
            self._pipeline.run_complete(ctx)
            self.proto.gw.observe(ctx)
        if self.conn is not None and not self._response_complete:
            self.conn.abort()
            self.conn = None
        if not self.body_done and not close:
            close = True
        if self.proto.receiving is self and not self.body_done:
            # Still receiving this request's body: the connection cannot carry another.
            close = True
        self.proto.exchange_done(self, close or self.close_after)

    def _abort_client(self, code: str) -> None:
        ctx = self.ctx
        if ctx is not None and ctx.error is None:
            ctx.error = code
        transport = self.proto.transport
        self._finish(close=True)
        if transport is not None:
            transport.abort()

    def client_gone(self) -> None:
        """The client closed the connection while this exchange was open."""
        if self.finished:
            return
        ctx = self.ctx
        if ctx is not None:
            ctx.error = ctx.error or "client_closed"
            if not self.replied:
                ctx.status = 499
        if self.conn is not None:
            self.conn.abort()
            self.conn = None
        self.finished = True
        if ctx is not None:
            self._pipeline.run_complete(ctx)
            self.proto.gw.observe(ctx)

    def check_deadline(self, now: float) -> None:
        if self.finished:
            return
        if not self.body_done and self._body_deadline and now > self._body_deadline:
            # The client is too slow with its body: its fault, not the upstream's.
            if self.conn is not None:
                self.conn.abort()
                self.conn = None
            ctx = self.ctx
            if ctx is not None:
                ctx.error = "body_timeout"
            if self.replied:
                self._abort_client("body_timeout")
            else:
                self.reply(problem(408, "request_timeout", "Request body not received in time",
                                   request_id=ctx.request_id if ctx else None, close=True))
            return
        if not self.forwarding or self._response_complete:
            return
        if self._deadline and now > self._deadline:
            if self.conn is not None:
                self.conn.abort()
                self.conn = None
            if self._pool is not None and self._target is not None:
                self._pool.failed(self._target)
            self.on_upstream_error(UpstreamError("upstream_timeout", "no response in time"),
                                   self.replied)


def gw_log_exception(message: str) -> None:
    logging.getLogger("charter.gateway").exception(message)

