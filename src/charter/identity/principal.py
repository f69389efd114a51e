"""Who is calling: the result of authentication, whatever the credential was."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated caller.

    `client_id` is set for machine clients (API keys, Charter's own access tokens);
    `subject` for a person identified by an external issuer (the raw `sub` value, which only
    ever leaves this process pseudonymised). `expires` is when this authentication stops
    being valid (epoch seconds), so that caches never outlive a token or key.

    `claims` holds the claims of the token that the configuration asks to keep (today: those
    that tell whether the person is a minor, `children.claims`), by name, and nothing else. It
    lives in memory with the principal only: it is never logged, stored or sent upstream.
    """

    method: str  # "api_key" | "bearer"
    client_id: str | None
    organization: str | None
    scopes: frozenset[str]
    allowed_routes: frozenset[str] | None
    subject: str | None
    issuer: str
    credential_id: str  # a key id or a token id (jti): safe to log, never the secret
    expires: float
    subject_key: str | None = None  # the pseudonymous key of `subject`
    claims: Mapping[str, Any] = field(default_factory=dict, repr=False, hash=False)
    # The identity headers for the upstream, encoded once (see `upstream_headers.prepare`).
    header_lines: bytes = field(default=b"", repr=False)
    signed_part: bytes = field(default=b"", repr=False)
