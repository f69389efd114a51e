"""The caller's identity as the upstream receives it: `X-Charter-*` headers, signed.

    x-charter-auth: api_key | bearer
    x-charter-client: cli_...            (machine clients)
    x-charter-org: org_...
    x-charter-scopes: orders:read orders:write
    x-charter-subject: sk_...            (a person, pseudonymous; never the raw identifier)
    x-charter-identity: v1=<base64url HMAC-SHA256>

The signature covers the request id and the values above, joined by newlines in that order
after "v1"; the key is `upstream-identity` from the keyring (`charter identity-key` prints
it for upstream configuration). Client-sent copies of these headers are always removed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping

from charter.dataplane.context import RequestContext
from charter.identity.headers import IDENTITY_HEADERS
from charter.identity.principal import Principal

__all__ = ["IDENTITY_HEADERS", "identity_headers", "sign", "verify"]


def identity_headers(principal: Principal, ctx: RequestContext,
                     key: bytes) -> list[tuple[bytes, bytes]]:
    values = (
        principal.method, principal.client_id or "", principal.organization or "",
        " ".join(sorted(principal.scopes)), ctx.subject_key or "",
    )
    signature = sign(key, ctx.request_id, values)
    auth, client, org, scopes, subject = (v.encode() for v in values)
    headers = [(b"x-charter-auth", auth)]
    if client:
        headers.append((b"x-charter-client", client))
    if org:
        headers.append((b"x-charter-org", org))
    if scopes:
        headers.append((b"x-charter-scopes", scopes))
    if subject:
        headers.append((b"x-charter-subject", subject))
    headers.append((b"x-charter-identity", signature))
    return headers


def sign(key: bytes, request_id: str, values: tuple[str, ...]) -> bytes:
    message = "\n".join(("v1", request_id, *values)).encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return b"v1=" + base64.urlsafe_b64encode(digest).rstrip(b"=")


def verify(key: bytes, headers: Mapping[str, str]) -> bool:
    """For upstreams written in Python: True when the identity headers are Charter's.

    `headers` maps lower-case names to values (as most frameworks give them).
    """
    values = tuple(headers.get(f"x-charter-{name}", "")
                   for name in ("auth", "client", "org", "scopes", "subject"))
    expected = sign(key, headers.get("x-request-id", ""), values)
    return hmac.compare_digest(expected, headers.get("x-charter-identity", "").encode())
