"""HTTP/1.1 wire helpers shared by the gateway's connection and exchange code."""

from __future__ import annotations

import re
from http import HTTPStatus

from charter.identity.headers import IDENTITY_HEADERS

REASONS: dict[int, bytes] = {s.value: s.phrase.encode() for s in HTTPStatus}
# Headers the gateway sets itself towards the upstream; client-sent copies are dropped.
GATEWAY_SET = frozenset({
    b"host", b"content-length", b"x-forwarded-for", b"x-forwarded-proto", b"x-forwarded-host",
    b"x-forwarded-port", b"forwarded", b"x-real-ip", b"x-request-id", b"expect",
}) | IDENTITY_HEADERS
_REQUEST_ID = re.compile(rb"[A-Za-z0-9._:\-]{1,64}")
# Dot segments, raw or percent-encoded, let a path escape the prefix a route matched.
_DOT_SEGMENT = re.compile(r"(^|/)(\.|%2e){1,2}(/|$)", re.IGNORECASE)
NO_BODY_STATUSES = frozenset({204, 304})


_STATUS_LINES: dict[int, bytes] = {
    code: b"HTTP/1.1 %d %s\r\n" % (code, reason) for code, reason in REASONS.items()}


def status_line(status: int) -> bytes:
    line = _STATUS_LINES.get(status)
    return line if line is not None else b"HTTP/1.1 %d Unknown\r\n" % status


def valid_request_id(value: bytes) -> bool:
    return _REQUEST_ID.fullmatch(value) is not None


def unsafe_path(path: str) -> bool:
    """True when the path has dot segments or encoded slashes a backend could reinterpret."""
    if "\\" in path:
        return True
    if "%" in path:
        lowered = path.lower()
        if "%2f" in lowered or "%5c" in lowered:
            return True
        if "%2e" in lowered:
            return _DOT_SEGMENT.search(path) is not None
    return "." in path and _DOT_SEGMENT.search(path) is not None


def connection_tokens(headers: list[tuple[bytes, bytes]]) -> frozenset[bytes]:
    """Header names listed in Connection (they are hop-by-hop too)."""
    tokens: set[bytes] = set()
    for name, value in headers:
        if name == b"connection":
            tokens.update(t.strip().lower() for t in value.split(b",") if t.strip())
    return frozenset(tokens)


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


LAST_CHUNK = b"0\r\n\r\n"
