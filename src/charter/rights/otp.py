"""One-time codes that confirm a requester controls the e-mail address they gave.

Six digits, valid for ten minutes, three wrong tries and the code is dead. Only a keyed hash
is stored: HMAC-SHA256 under a key derived from the keyring (domain `otp`), over the request id
and the code, so a code cannot be tried against another request and a copy of the store is
no help in guessing it. The code is handed to the outbox and nowhere else: never logged,
never audited, never returned by an endpoint.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from hashlib import sha256

from charter.privacy.keyring import Keyring

DIGITS = 6
LIFETIME = timedelta(minutes=10)
MAX_ATTEMPTS = 3
DOMAIN = "otp"


@dataclass(frozen=True)
class IssuedCode:
    code: str  # for the outbox only
    code_hash: str
    kid: str
    expires_at: datetime


def new_code(keyring: Keyring, request_id: str, now: datetime) -> IssuedCode:
    code = f"{secrets.randbelow(10**DIGITS):0{DIGITS}d}"
    kid = keyring.active_kid
    return IssuedCode(code=code, code_hash=code_hash(keyring, kid, request_id, code), kid=kid,
                      expires_at=now + LIFETIME)


def code_hash(keyring: Keyring, kid: str, request_id: str, code: str) -> str:
    key = keyring.derive(DOMAIN, kid)
    return hmac.new(key, f"{request_id}:{code}".encode(), sha256).hexdigest()


def matches(keyring: Keyring, kid: str, request_id: str, code: str, stored: str) -> bool:
    """Whether `code` is the one stored, in constant time. A malformed code never matches
    (but costs the same, so its shape reveals nothing about the stored one)."""
    candidate = code if well_formed(code) else "0" * DIGITS
    same = hmac.compare_digest(code_hash(keyring, kid, request_id, candidate), stored)
    return same and well_formed(code)


def well_formed(code: str) -> bool:
    return len(code) == DIGITS and code.isascii() and code.isdigit()
