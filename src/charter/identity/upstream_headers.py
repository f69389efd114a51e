"""The caller's identity as the upstream receives it: `X-Charter-*` headers, signed.

    x-charter-auth: api_key | bearer
    x-charter-client: cli_...            (machine clients)
    x-charter-org: org_...
    x-charter-scopes: orders:read orders:write
    x-charter-subject: sk_...            (a person, pseudonymous; never the raw identifier)
    x-charter-identity: v1=<base64url MAC>

The MAC is keyed BLAKE2b with a 32-byte digest (RFC 7693) over the UTF-8 text
"v1\\n<x-request-id>\\n<auth>\\n<client>\\n<org>\\n<scopes>\\n<subject>" (absent values are
empty), keyed with the keyring's `upstream-identity` key, which `charter identity-key` prints
for upstream configuration; `verify` below checks it. Binding the request id makes a captured
set of headers useless for any other request. Client-sent copies are always removed.

Everything but the MAC depends only on the principal, so it is encoded once per principal
(`prepare`) and reused for every request that principal makes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping

from charter.identity.headers import IDENTITY_HEADERS

__all__ = ["IDENTITY_HEADERS", "prepare", "sign", "signature_line", "verify"]

_NAMES = ("auth", "client", "org", "scopes", "subject")


def prepare(method: str, client_id: str | None, organization: str | None,
            scopes: frozenset[str], subject_key: str | None) -> tuple[bytes, bytes]:
    """(the encoded header lines, the signed part after the request id)."""
    values = tuple(_header_safe(v) for v in (
        method, client_id or "", organization or "", " ".join(sorted(scopes)), subject_key or ""))
    lines = b"".join(f"x-charter-{name}: {value}\r\n".encode()
                     for name, value in zip(_NAMES, values, strict=True) if value)
    return lines, "\n".join(values).encode()


def _header_safe(value: str) -> str:
    """Values from external tokens are the issuer's: percent-encode anything but visible
    ASCII and spaces, so that no claim can add a line to the upstream request."""
    if value.isascii() and value.isprintable():
        return value
    return "".join(c if c.isascii() and c.isprintable() else
                   "".join(f"%{b:02X}" for b in c.encode()) for c in value)


def sign(key: bytes, request_id: str, signed_part: bytes) -> bytes:
    message = b"v1\n" + request_id.encode() + b"\n" + signed_part
    digest = hashlib.blake2b(message, key=key, digest_size=32).digest()
    return b"v1=" + base64.urlsafe_b64encode(digest).rstrip(b"=")


def signature_line(key: bytes, request_id: str, signed_part: bytes) -> bytes:
    return b"x-charter-identity: " + sign(key, request_id, signed_part) + b"\r\n"


def verify(key: bytes, headers: Mapping[str, str]) -> bool:
    """For upstreams written in Python: True when the identity headers are Charter's.

    `headers` maps lower-case names to values (as most frameworks give them).
    """
    values = [headers.get(f"x-charter-{name}", "") for name in _NAMES]
    expected = sign(key, headers.get("x-request-id", ""), "\n".join(values).encode())
    return hmac.compare_digest(expected, headers.get("x-charter-identity", "").encode())
