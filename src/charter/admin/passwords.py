"""Operator passwords: argon2id hashes, a length policy, generated one-time passwords.

Parameters are RFC 9106's second recommended option ("low memory"): argon2id, 3 passes over
64 MiB with 4 lanes, a 16-byte salt and a 32-byte tag — about 0.2 s per hash on one core.
The hash is a PHC string carrying its parameters, so raising them later re-hashes each
password at its owner's next login (`needs_rehash`).

Each hash takes 64 MiB, so at most `MAX_CONCURRENT` run at once per process: a burst of login
attempts queues instead of exhausting memory.
"""

from __future__ import annotations

import secrets
import threading
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import RFC_9106_LOW_MEMORY

MIN_LENGTH: Final = 12
MAX_LENGTH: Final = 1024  # hashing is costly; refuse megabyte "passwords" before it
MAX_CONCURRENT: Final = 2
PARAMETERS: Final = RFC_9106_LOW_MEMORY


class PasswordPolicyError(ValueError):
    """The password does not meet the policy; the message says why (never the password)."""


class Passwords:
    """Hashes and verifies passwords; share one per process."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher.from_parameters(PARAMETERS)
        self._slots = threading.BoundedSemaphore(MAX_CONCURRENT)
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        check_policy(password)
        with self._slots:
            return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        """True when `password` matches `stored`; False for a mismatch or a malformed hash."""
        if len(password) > MAX_LENGTH:
            return False
        with self._slots:
            try:
                return self._hasher.verify(stored, password)
            except (VerificationError, InvalidHashError):
                return False

    def burn(self) -> None:
        """Spend the time of one verification, for callers that have no hash to check
        (an unknown username), so their answer takes as long as a real one."""
        if self._dummy is None:
            with self._slots:
                self._dummy = self._hasher.hash(secrets.token_urlsafe(16))
        self.verify(self._dummy, "not the password")

    def needs_rehash(self, stored: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(stored)
        except InvalidHashError:
            return True


def check_policy(password: str) -> None:
    """Length only (NIST SP 800-63B): at least 12 characters, at most 1024."""
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError(f"a password has at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise PasswordPolicyError(f"a password has at most {MAX_LENGTH} characters")


def generate() -> str:
    """A random password to show once: 24 URL-safe characters (144 bits)."""
    return secrets.token_urlsafe(18)
