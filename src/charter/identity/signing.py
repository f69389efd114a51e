"""Charter's own token-signing keys: Ed25519, derived from the keyring, one per master key id.

The private key of key id `kid` is the Ed25519 key whose 32-byte seed is
`keyring.derive("token-signing", kid)`. Nothing is stored: every node with the same keyring
derives the same keys, and rotation is `charter keyring rotate`. New tokens are signed with
the active kid; tokens signed under any other kid still verify until that kid is retired, at
which point its key leaves the resolver and the published JWKS.
"""

from __future__ import annotations

import threading
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from charter.identity.jwt import KeyResolver, SigningKey, VerificationKey, b64url_encode
from charter.privacy.keyring import Keyring

DOMAIN = "token-signing"
ALGORITHM = "EdDSA"


class SigningKeys:
    """The signing keys of a keyring. Reads the keyring's key ids on every call, so a reloaded
    or rotated keyring takes effect at once; derived keys and the views built from them are
    cached (a kid's key never changes, only whether it is still in use).
    """

    def __init__(self, keyring: Keyring) -> None:
        self._keyring = keyring
        self._keys: dict[str, SigningKey] = {}
        self._lock = threading.Lock()
        self._resolver: tuple[tuple[str, ...], dict[str, VerificationKey]] | None = None

    def _key(self, kid: str) -> SigningKey:
        key = self._keys.get(kid)
        if key is None:
            seed = self._keyring.derive(DOMAIN, kid)  # KeyError if unknown or retired
            key = SigningKey(kid, ALGORITHM, Ed25519PrivateKey.from_private_bytes(seed))
            with self._lock:
                self._keys[kid] = key
        return key

    def active(self) -> SigningKey:
        """The key new tokens are signed with: the one of the keyring's active kid."""
        return self._key(self._keyring.active_kid)

    def resolver(self) -> KeyResolver:
        """Verification keys of every kid not retired, by kid."""
        kids = tuple(self._keyring.kids())
        cached = self._resolver
        if cached is not None and cached[0] == kids:
            return cached[1]
        resolver = {kid: self._key(kid).verification_key() for kid in kids}
        self._resolver = (kids, resolver)
        return resolver

    def jwks(self) -> dict[str, Any]:
        """The RFC 7517 JWK Set to publish at `/.well-known/jwks.json` (public keys only)."""
        return {"keys": [public_jwk(self._key(kid)) for kid in self._keyring.kids()]}


def public_jwk(key: SigningKey) -> dict[str, str]:
    """The public half of an Ed25519 signing key as an OKP JWK (RFC 8037)."""
    if not isinstance(key.private_key, Ed25519PrivateKey):
        raise ValueError("only Ed25519 signing keys are published by Charter")
    raw = key.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(raw), "kid": key.kid,
            "alg": key.alg, "use": "sig"}
