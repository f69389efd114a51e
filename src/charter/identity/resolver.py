"""Credentials to principals, for the gateway's hot path.

- An API key is checked for shape and checksum first (a look-alike costs no store read), then
  found with one indexed read in a worker thread, verified in constant time, and cached for a
  few seconds (so a revocation takes effect within `key_ttl` on every node). Unknown keys are
  cached briefly too, so a flood of made-up keys with valid checksums cannot pin the store.
- A bearer token is routed by its (unverified) `iss` to Charter's own keys or to an external
  issuer the route trusts, verified, and cached until it expires. Signature checks cost tens
  of microseconds; a client reuses its token for many requests, so the cache keeps that off
  the common path.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from sqlalchemy import Engine

from charter.identity import jwt
from charter.identity.keys import parse_key
from charter.identity.keys import verify as verify_key
from charter.identity.principal import Principal
from charter.identity.signing import SigningKeys
from charter.identity.upstream_headers import prepare
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer

log = logging.getLogger("charter.identity")

OWN_ISSUER = "charter"


class _Cache:
    """A bounded map with per-entry deadlines (oldest entries go first when full)."""

    __slots__ = ("_data", "_size")

    def __init__(self, size: int) -> None:
        self._data: OrderedDict[str, tuple[Principal | None, float]] = OrderedDict()
        self._size = size

    def get(self, key: str, now: float) -> tuple[bool, Principal | None]:
        entry = self._data.get(key)
        if entry is None:
            return False, None
        if entry[1] <= now:
            del self._data[key]
            return False, None
        return True, entry[0]

    def put(self, key: str, principal: Principal | None, until: float) -> None:
        data = self._data
        data[key] = (principal, until)
        if len(data) > self._size:
            data.popitem(last=False)


class CachingResolver:
    """The gateway's `IdentityResolver` (see `dataplane.services`)."""

    def __init__(
        self,
        *,
        engine: Engine,
        keyring: Keyring,
        signing: SigningKeys,
        own_issuer: str,
        own_audience: str,
        external: Mapping[str, Any] | None = None,
        pseudonymizer: Pseudonymizer | None = None,
        lookup: Callable[[Engine, str], Any] | None = None,
        key_ttl: float = 5.0,
        unknown_ttl: float = 1.0,
        cache_size: int = 20_000,
    ) -> None:
        from charter.identity.service import lookup_key

        self._engine = engine
        self._keyring = keyring
        self._signing = signing
        self._own_issuer = own_issuer
        self._own_audience = own_audience
        self._external = dict(external or {})
        self._max_token = max([8192, *(i.config.max_token_bytes for i in self._external.values())])
        self._lookup = lookup or lookup_key
        self._pseudonymizer = pseudonymizer or Pseudonymizer(keyring)
        self._key_ttl = key_ttl
        self._unknown_ttl = unknown_ttl
        self._keys = _Cache(cache_size)
        self._tokens = _Cache(cache_size)
        self._used: set[str] = set()

    # -- API keys --------------------------------------------------------------------------
    def api_key(self, key: str) -> Principal | Awaitable[Principal | None] | None:
        now = time.time()
        hit, principal = self._keys.get(key, now)
        if hit:
            if principal is not None:
                self._used.add(principal.credential_id)
            return principal
        parsed = parse_key(key)
        if parsed is None:
            return None  # a look-alike: refused without touching the store
        return self._find_key(key, parsed.key_id)

    async def _find_key(self, key: str, key_id: str) -> Principal | None:
        loop = asyncio.get_running_loop()
        try:
            record = await loop.run_in_executor(None, self._lookup, self._engine, key_id)
        except Exception as exc:
            log.warning("key lookup failed", extra={"error": type(exc).__name__})
            return None
        now = time.time()
        principal = self._key_principal(key, record, now)
        if principal is None:
            self._keys.put(key, None, now + self._unknown_ttl)
            return None
        self._keys.put(key, principal, min(now + self._key_ttl, principal.expires))
        self._used.add(key_id)
        return principal

    def _key_principal(self, key: str, record: Any, now: float) -> Principal | None:
        if record is None or not record.usable(now) or not key.startswith(f"chk_{record.env}_"):
            return None
        if not verify_key(self._keyring, key, record.secret_hash, record.hash_kid):
            return None
        expires = record.expires.timestamp() if record.expires is not None else float("inf")
        return self._principal(
            method="api_key", client_id=record.client_id, organization=record.org_id,
            scopes=frozenset(record.scopes),
            allowed_routes=(frozenset(record.allowed_routes)
                            if record.allowed_routes is not None else None),
            subject=None, issuer=OWN_ISSUER, credential_id=record.key_id, expires=expires,
        )

    def _principal(self, **fields: Any) -> Principal:
        """A principal with its upstream headers encoded once, for all its requests."""
        subject = fields["subject"]
        subject_key = (self._pseudonymizer.subject_key("sub", f"{fields['issuer']}:{subject}")
                       if subject is not None else None)
        lines, signed = prepare(fields["method"], fields["client_id"], fields["organization"],
                                fields["scopes"], subject_key)
        return Principal(**fields, subject_key=subject_key, header_lines=lines,
                         signed_part=signed)

    def take_used_keys(self) -> set[str]:
        """Key ids used since the last call (for a coarse `last_used` update)."""
        used, self._used = self._used, set()
        return used

    # -- bearer tokens -----------------------------------------------------------------------
    def bearer(self, token: str,
               issuers: list[str]) -> Principal | Awaitable[Principal | None] | None:
        now = time.time()
        hit, principal = self._tokens.get(token, now)
        if hit:
            if principal is None or principal.issuer in issuers:
                return principal
            return None
        try:
            claimed = jwt.unverified_claims(token, max_length=self._max_token).get("iss")
        except jwt.TokenError:
            self._tokens.put(token, None, now + self._unknown_ttl)
            return None
        if claimed == self._own_issuer:
            if OWN_ISSUER not in issuers:
                return None
            return self._own_token(token, now)
        for name in issuers:
            issuer = self._external.get(name)
            if issuer is not None and issuer.config.issuer == claimed:
                return self._external_token(token, name, issuer, now)
        return None

    def _own_token(self, token: str, now: float) -> Principal | None:
        try:
            claims = jwt.verify(token, keys=self._signing.resolver(),
                                algorithms=frozenset({"EdDSA"}), issuer=self._own_issuer,
                                audience=self._own_audience, now=now)
        except jwt.TokenError:
            self._tokens.put(token, None, now + self._unknown_ttl)
            return None
        routes = claims.get("routes")
        principal = self._principal(
            method="bearer", client_id=str(claims.get("client_id") or claims["sub"]),
            organization=_text(claims.get("org")),
            scopes=frozenset(str(claims.get("scope", "")).split()),
            allowed_routes=frozenset(routes) if isinstance(routes, list) else None,
            subject=None, issuer=OWN_ISSUER, credential_id=str(claims.get("jti", "")),
            expires=float(claims["exp"]),
        )
        self._tokens.put(token, principal, principal.expires)
        return principal

    def _external_token(self, token: str, name: str, issuer: Any,
                        now: float) -> Principal | Awaitable[Principal | None] | None:
        try:
            identity = issuer.verify_cached(token)
        except jwt.TokenError:
            return self._external_principal(token, name, None, now)
        if identity is None:  # its key must be fetched first
            return self._external_later(token, name, issuer.verify(token))
        return self._external_principal(token, name, identity, now)

    async def _external_later(self, token: str, name: str,
                              pending: Awaitable[Any]) -> Principal | None:
        try:
            identity = await pending
        except jwt.TokenError:
            identity = None
        return self._external_principal(token, name, identity, time.time())

    def _external_principal(self, token: str, name: str, identity: Any,
                            now: float) -> Principal | None:
        if identity is None:
            self._tokens.put(token, None, now + self._unknown_ttl)
            return None
        principal = self._principal(
            method="bearer", client_id=identity.client_id, organization=identity.organization,
            scopes=frozenset(identity.scopes), allowed_routes=None,
            subject=identity.subject, issuer=name,
            credential_id=identity.token_id or "", expires=float(identity.expires),
            claims=identity.claims,
        )
        self._tokens.put(token, principal, principal.expires)
        return principal



def _text(value: Any) -> str | None:
    return str(value) if value is not None else None
