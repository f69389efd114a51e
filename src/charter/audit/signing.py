"""The checkpoint signing key: Ed25519, derived from the keyring, named by a key id.

The private key's seed is the keyring's `audit-checkpoint` key under a master key id (`kid`);
the public key is named by `key_id`, the first 16 hex digits of SHA-256 over its raw 32 bytes.
A checkpoint signs the canonical JSON (`charter.audit.chain.canonical`) of
`{"seq", "head_hash", "ts", "kid", "key_id"}` after the prefix `MESSAGE_PREFIX`.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from charter.audit.chain import canonical
from charter.privacy.keyring import Keyring

DOMAIN = "audit-checkpoint"
MESSAGE_PREFIX = b"charter-audit-checkpoint-v1\n"


@dataclass(frozen=True)
class Statement:
    """What a checkpoint asserts: the chain's record `seq` has hash `head_hash`, at `ts`
    (ISO 8601 UTC, as in the chain), signed with key `key_id` derived under `kid`."""

    seq: int
    head_hash: str
    ts: str
    kid: str
    key_id: str

    def message(self) -> bytes:
        return MESSAGE_PREFIX + canonical({"seq": self.seq, "head_hash": self.head_hash,
                                           "ts": self.ts, "kid": self.kid,
                                           "key_id": self.key_id})


def private_key(keyring: Keyring, kid: str | None = None) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(keyring.derive(DOMAIN, kid))


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    return hashlib.sha256(public_bytes(key)).hexdigest()[:16]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(keyring: Keyring, seq: int, head_hash: str, ts: str) -> tuple[Statement, str]:
    """A statement about the head, signed with the active master key's derived key."""
    kid = keyring.active_kid
    key = private_key(keyring, kid)
    statement = Statement(seq, head_hash, ts, kid, key_id(key.public_key()))
    return statement, b64(key.sign(statement.message()))


def public_keys(keyring: Keyring) -> dict[str, Ed25519PublicKey]:
    """The checkpoint public key of every master key not retired, by kid."""
    return {kid: private_key(keyring, kid).public_key() for kid in keyring.kids()}


def verify(keys: dict[str, Ed25519PublicKey], statement: Statement, signature: str) -> str | None:
    """None when `signature` is a valid signature of `statement` by the key its kid names;
    else why not."""
    key = keys.get(statement.kid)
    if key is None:
        return f"signed with key {statement.kid!r}, which the keyring does not hold (or retired)"
    if key_id(key) != statement.key_id:
        return f"names public key {statement.key_id}, not the one {statement.kid} derives"
    try:
        key.verify(unb64(signature), statement.message())
    except (InvalidSignature, ValueError):
        return "the signature does not verify"
    return None
