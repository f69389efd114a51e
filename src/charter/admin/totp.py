"""TOTP second factor (RFC 6238) and how its secret is kept.

Codes: HMAC-SHA-1, 6 digits, 30-second steps, accepted one step either side of now for clock
drift — the parameters every authenticator app understands. `matching_step` says which step
a code belongs to; the caller refuses a step at or before the last one it accepted, so a code
works once (RFC 6238 section 5.2).

Secrets (20 random bytes, RFC 4226's recommended length) are stored encrypted with AES-256-GCM
under a keyring key of the `operator-totp` domain, with the account id as associated data: a
ciphertext copied onto another account does not decrypt. The stored form is
`v1:<key id>:<nonce b64>:<ciphertext b64>`, so the key that sealed it is known after the
keyring rotates; `needs_reseal` tells when to re-encrypt under the active key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
from datetime import datetime
from typing import Final
from urllib.parse import quote, urlencode

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from charter.privacy.keyring import Keyring

DIGITS: Final = 6
PERIOD: Final = 30
WINDOW: Final = 1  # steps accepted either side of the current one
SECRET_BYTES: Final = 20
ISSUER: Final = "Charter"
_DOMAIN: Final = "operator-totp"
_VERSION: Final = "v1"


class TotpSecretError(Exception):
    """A stored secret cannot be read: malformed, another account's, or its key retired."""


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def step_at(now: datetime) -> int:
    return int(now.timestamp()) // PERIOD


def code_at(secret: bytes, step: int) -> str:
    """The code for time step `step` (RFC 4226 HOTP with the step as counter)."""
    digest = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**DIGITS).zfill(DIGITS)


def matching_step(secret: bytes, code: str, now: datetime) -> int | None:
    """The step within the window whose code is `code`, or None.

    Every candidate is computed and compared in constant time, whichever matches.
    """
    given = code.strip().replace(" ", "").encode()
    current = step_at(now)
    found: int | None = None
    for step in range(current - WINDOW, current + WINDOW + 1):
        if hmac.compare_digest(given, code_at(secret, step).encode()) and found is None:
            found = step
    return found


def provisioning_uri(secret: bytes, account_name: str, issuer: str = ISSUER) -> str:
    """The `otpauth://` URI an authenticator app enrols from (shown once, as text or QR)."""
    label = f"{quote(issuer, safe='')}:{quote(account_name, safe='@')}"
    query = urlencode({
        "secret": base64.b32encode(secret).decode().rstrip("="),
        "issuer": issuer, "algorithm": "SHA1", "digits": DIGITS, "period": PERIOD,
    })
    return f"otpauth://totp/{label}?{query}"


def seal(keyring: Keyring, account_id: str, secret: bytes) -> str:
    """Encrypt `secret` for storage on account `account_id` under the active key."""
    kid = keyring.active_kid
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(keyring.derive(_DOMAIN, kid)).encrypt(nonce, secret, account_id.encode())
    return ":".join([_VERSION, kid, _b64(nonce), _b64(sealed)])


def unseal(keyring: Keyring, account_id: str, stored: str) -> bytes:
    """The secret `seal` stored for `account_id`. Raises `TotpSecretError`."""
    try:
        version, kid, nonce, sealed = stored.split(":")
        if version != _VERSION:
            raise ValueError(version)
        key = keyring.derive(_DOMAIN, kid)
        return AESGCM(key).decrypt(_unb64(nonce), _unb64(sealed), account_id.encode())
    except (ValueError, KeyError, InvalidTag):
        raise TotpSecretError("the stored TOTP secret cannot be read") from None


def needs_reseal(keyring: Keyring, stored: str) -> bool:
    """True when `stored` was sealed under a key other than the active one."""
    parts = stored.split(":")
    return len(parts) != 4 or parts[1] != keyring.active_kid


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
