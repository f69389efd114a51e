"""The per-request context handed through the pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from charter.dataplane.router import CompiledRoute


class RequestContext:
    """What one request carries through the stages.

    Header names are lower-cased bytes, values raw bytes, in arrival order. Stages read and
    may edit `headers` (what goes upstream) in `on_request`, add gateway-made header lines in
    `upstream_lines` (appended after hop-by-hop and gateway-set names were filtered out of
    `headers`), name one client header to hold back in `withhold`, and edit
    `response_headers` (what goes back to the client) in `on_response`.
    """

    __slots__ = (
        "bytes_in", "bytes_out", "client_id", "client_ip", "error", "headers", "host",
        "http_version", "method", "organization", "path", "peer_ip", "query", "request_id",
        "response_headers", "route", "scheme", "scopes", "started", "state", "status",
        "subject_key", "target", "upstream_lines", "upstream_target", "withhold",
    )

    def __init__(
        self,
        method: str,
        target: str,
        path: str,
        query: str,
        headers: list[tuple[bytes, bytes]],
        *,
        request_id: str,
        client_ip: str,
        peer_ip: str,
        scheme: str,
        host: str,
        http_version: str,
        started: float,
    ) -> None:
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.headers = headers
        self.request_id = request_id
        self.client_ip = client_ip
        self.peer_ip = peer_ip
        self.scheme = scheme
        self.host = host
        self.http_version = http_version
        self.started = started
        self.route: CompiledRoute | None = None
        self.client_id: str | None = None
        self.subject_key: str | None = None
        self.organization: str | None = None
        self.scopes: frozenset[str] = frozenset()
        self.status = 0
        self.bytes_in = 0
        self.bytes_out = 0
        self.response_headers: list[tuple[bytes, bytes]] = []
        # Header lines ("name: value\r\n") stages add for the upstream, after the client's
        # own were filtered; and one client header not to pass on (a consumed credential).
        self.upstream_lines: list[bytes] | None = None
        self.withhold: bytes | None = None
        self.upstream_target: str | None = None
        self.error: str | None = None  # a machine code when the gateway failed the request
        self.state: dict[str, Any] = {}  # scratch space for stages, keyed by stage name

    def header(self, name: bytes) -> bytes | None:
        """The first value of a request header (`name` lower-case), or None."""
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def remove_header(self, name: bytes) -> None:
        self.headers = [(k, v) for k, v in self.headers if k != name]

    @property
    def route_id(self) -> str | None:
        return self.route.id if self.route is not None else None
