"""Sealing capture bodies and day keys with AES-256-GCM.

A body's associated data binds it to its row (id, request id, direction): a ciphertext moved
to another row, or a row's fields swapped, fails to open. A day key is wrapped under a key
derived from the keyring (domain `capture`, per master key id), with the day and key id as
associated data, so a wrapped key cannot be passed off as another day's.
"""

from __future__ import annotations

import secrets
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from charter.privacy.keyring import Keyring

KEY_BYTES = 32
NONCE_BYTES = 12
KEY_DOMAIN = "capture"


class CaptureCryptoError(Exception):
    """A ciphertext does not open: wrong key, wrong row, or tampered with."""


def new_data_key() -> bytes:
    """A random key for one day's captures (random, so that destroying it is final)."""
    return secrets.token_bytes(KEY_BYTES)


def body_aad(capture_id: str, request_id: str, direction: str) -> bytes:
    return f"charter:capture:{capture_id}:{request_id}:{direction}".encode()


def seal(key: bytes, data: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext) of `data` under `key`; a fresh random nonce every time."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, data, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError):
        raise CaptureCryptoError("the capture cannot be decrypted") from None


def _wrap_aad(day: date, kid: str) -> bytes:
    return f"charter:capture-key:{day.isoformat()}:{kid}".encode()


def wrap_key(keyring: Keyring, day: date, key: bytes) -> tuple[str, bytes, bytes]:
    """(kid, nonce, wrapped) for storing `day`'s data key under the active master key."""
    kid = keyring.active_kid
    nonce, wrapped = seal(keyring.derive(KEY_DOMAIN, kid), key, _wrap_aad(day, kid))
    return kid, nonce, wrapped


def unwrap_key(keyring: Keyring, day: date, kid: str, nonce: bytes, wrapped: bytes) -> bytes:
    """The data key of `day`. Raises CaptureCryptoError when it cannot be unwrapped (the
    master key is unknown or retired, or the stored key was tampered with)."""
    try:
        kek = keyring.derive(KEY_DOMAIN, kid)
    except KeyError:
        raise CaptureCryptoError("the key that wrapped this day's key is gone") from None
    return open_sealed(kek, nonce, wrapped, _wrap_aad(day, kid))
