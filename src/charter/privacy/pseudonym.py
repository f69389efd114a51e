"""Pseudonymous subject keys: the same person gets the same key, nobody can reverse it.

A subject key is HMAC-SHA256 over `kind:value` with a keyring-derived key, so it is stable
across processes and nodes that share the keyring, and useless without it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from charter.privacy.keyring import Keyring

PREFIX = "sk_"


class Pseudonymizer:
    """Derives subject keys; construct one per keyring and reuse it (it caches the key)."""

    __slots__ = ("_key",)

    def __init__(self, keyring: Keyring) -> None:
        # Pinned to the oldest key, not the active one: rotating the keyring must not give
        # every person a new subject key (their records would no longer be found).
        self._key = keyring.derive("pseudonym", keyring.oldest.kid)

    def subject_key(self, kind: str, value: str) -> str:
        """`sk_` plus 26 base32 characters (130 bits) of HMAC over `kind:value`."""
        if not kind or ":" in kind:
            raise ValueError("kind must be a non-empty word without ':'")
        digest = hmac.new(self._key, f"{kind}:{value}".encode(), hashlib.sha256).digest()
        return PREFIX + base64.b32encode(digest[:17]).decode().lower().rstrip("=")[:26]

    def subject_key_of(self, text: str) -> str:
        """The subject key of a person written as `KIND:VALUE` (`email:ada@example.com`,
        `sub:people:ada-7f3`: everything after the first `:` is the value). ValueError when
        either part is missing."""
        kind, sep, value = text.partition(":")
        if not sep or not kind or not value:
            raise ValueError("expected KIND:VALUE, e.g. email:ada@example.com")
        return self.subject_key(kind, value)
