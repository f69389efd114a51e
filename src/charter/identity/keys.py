"""API keys and client secrets: their format, generation, and keyed hashing.

An API key reads `chk_<env>_<body>`: `env` is `live` or `test`; the body is a 12-character key
id, a 32-character secret (base62, about 190 bits) and a 6-character base62 CRC32 of everything
before it. The prefix makes a leaked key easy to find (secret scanners, log redaction); the
checksum lets the gateway or a scanner reject a look-alike without touching the store. The
public key id, `key_` plus the 12 characters, is what logs and the admin API show.

A client secret (OAuth2 client credentials) reads `chs_` plus 40 base62 characters.

The store keeps only HMAC-SHA256 of the whole text, under a keyring-derived key per domain
(`api-key-hash`, `client-secret-hash`), plus the keyring key id it was made with, so that
keys made before a keyring rotation keep verifying until their master key is retired.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import zlib
from dataclasses import dataclass, field
from typing import Literal

from charter.privacy.keyring import Keyring

Env = Literal["live", "test"]
ENVS: tuple[Env, ...] = ("live", "test")

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
KEY_PREFIX = "chk_"
KEY_ID_PREFIX = "key_"
SECRET_PREFIX = "chs_"  # noqa: S105  (a prefix, not a secret)
ID_CHARS = 12
SECRET_CHARS = 32
CHECKSUM_CHARS = 6
CLIENT_SECRET_CHARS = 40
# Every env is four characters, so every key has the same length.
KEY_LENGTH = len(KEY_PREFIX) + 4 + 1 + ID_CHARS + SECRET_CHARS + CHECKSUM_CHARS
CLIENT_SECRET_LENGTH = len(SECRET_PREFIX) + CLIENT_SECRET_CHARS

API_KEY_DOMAIN = "api-key-hash"
CLIENT_SECRET_DOMAIN = "client-secret-hash"  # noqa: S105  (a key domain label)

_KEY_SHAPE = re.compile(
    rf"chk_(live|test)_[0-9A-Za-z]{{{ID_CHARS + SECRET_CHARS + CHECKSUM_CHARS}}}"
)
_KEY_ID_SHAPE = re.compile(rf"key_[0-9A-Za-z]{{{ID_CHARS}}}")
_SECRET_SHAPE = re.compile(rf"chs_[0-9A-Za-z]{{{CLIENT_SECRET_CHARS}}}")


@dataclass(frozen=True)
class NewKey:
    """A freshly generated key. `key` is shown once and never stored."""

    key: str = field(repr=False)
    key_id: str
    env: Env


@dataclass(frozen=True)
class ParsedKey:
    """A key whose shape and checksum are right; whether it is known is for the store to say."""

    key: str = field(repr=False)
    key_id: str
    env: Env


def random_base62(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def checksum(text: str) -> str:
    """CRC32 of `text` (ASCII) as 6 base62 characters, zero-padded (62**6 > 2**32)."""
    value = zlib.crc32(text.encode("ascii"))
    digits = []
    for _ in range(CHECKSUM_CHARS):
        value, digit = divmod(value, 62)
        digits.append(ALPHABET[digit])
    return "".join(reversed(digits))


def generate_key(env: Env = "live") -> NewKey:
    """A new random API key for `env`. Raises `ValueError` for an unknown env."""
    if env not in ENVS:
        raise ValueError(f"env must be one of {', '.join(ENVS)}")
    key_part = random_base62(ID_CHARS)
    head = f"{KEY_PREFIX}{env}_{key_part}{random_base62(SECRET_CHARS)}"
    return NewKey(key=head + checksum(head), key_id=KEY_ID_PREFIX + key_part, env=env)


def parse_key(text: str | bytes) -> ParsedKey | None:
    """The parts of `text` if it is a well-formed API key, else None; never raises.

    Checks the length first, so a huge input costs nothing; then prefix, env, alphabet and
    checksum, all of them whatever the outcome of the others (the work does not depend on
    where a look-alike goes wrong).
    """
    if isinstance(text, bytes):
        if len(text) != KEY_LENGTH:
            return None
        text = text.decode("latin-1")  # every byte maps to one character; no error possible
    if not isinstance(text, str) or len(text) != KEY_LENGTH:
        return None
    shaped = _KEY_SHAPE.fullmatch(text) is not None
    head = text[:-CHECKSUM_CHARS]
    summed = text.isascii() and hmac.compare_digest(checksum(head), text[-CHECKSUM_CHARS:])
    if not (shaped and summed):
        return None
    env: Env = "live" if text[4:8] == "live" else "test"
    start = len(KEY_PREFIX) + 5
    return ParsedKey(key=text, key_id=KEY_ID_PREFIX + text[start:start + ID_CHARS], env=env)


def is_key_id(text: str) -> bool:
    """True when `text` has the shape of a public key id (`key_` + 12 base62)."""
    return _KEY_ID_SHAPE.fullmatch(text) is not None


def hash_secret(keyring: Keyring, key: str, kid: str | None = None) -> str:
    """Hex HMAC-SHA256 of an API key under the `api-key-hash` key of `kid` (default: active)."""
    return _hmac(keyring, API_KEY_DOMAIN, key, kid)


def verify(keyring: Keyring, key: str, stored_hash: str, kid: str) -> bool:
    """True when `key` hashes to `stored_hash` under `kid`; False, not an error, when `kid` is
    unknown or retired. The comparison is constant-time."""
    return _verify(keyring, API_KEY_DOMAIN, key, stored_hash, kid)


def generate_client_secret() -> str:
    return SECRET_PREFIX + random_base62(CLIENT_SECRET_CHARS)


def looks_like_client_secret(text: str) -> bool:
    return len(text) == CLIENT_SECRET_LENGTH and _SECRET_SHAPE.fullmatch(text) is not None


def hash_client_secret(keyring: Keyring, secret: str, kid: str | None = None) -> str:
    """Hex HMAC-SHA256 of a client secret under the `client-secret-hash` key of `kid`."""
    return _hmac(keyring, CLIENT_SECRET_DOMAIN, secret, kid)


def verify_client_secret(keyring: Keyring, secret: str, stored_hash: str, kid: str) -> bool:
    """As `verify`, for client secrets."""
    return _verify(keyring, CLIENT_SECRET_DOMAIN, secret, stored_hash, kid)


def _hmac(keyring: Keyring, domain: str, text: str, kid: str | None) -> str:
    key = keyring.derive(domain, kid)
    return hmac.new(key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def _verify(keyring: Keyring, domain: str, text: str, stored_hash: str, kid: str) -> bool:
    try:
        computed = _hmac(keyring, domain, text, kid)
    except KeyError:  # a key id the keyring does not have, or a retired one
        return False
    return hmac.compare_digest(computed.encode("ascii"), stored_hash.encode("utf-8", "replace"))
