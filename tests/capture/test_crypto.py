"""Bodies and day keys sealed with AES-256-GCM, bound to their row and day (DATA-2)."""

from __future__ import annotations

from datetime import date

import pytest

from charter.capture.crypto import (
    CaptureCryptoError,
    body_aad,
    new_data_key,
    open_sealed,
    seal,
    unwrap_key,
    wrap_key,
)
from charter.privacy.keyring import Keyring

pytestmark = pytest.mark.clause("DATA-2")

DAY = date(2026, 3, 14)


def test_a_body_round_trips_and_the_ciphertext_hides_it() -> None:
    key = new_data_key()
    body = b'{"email":"[redacted:email]","note":"ship it"}'
    nonce, ciphertext = seal(key, body, body_aad("cap_1", "req-1", "request"))
    assert body not in ciphertext and b"ship it" not in ciphertext
    assert open_sealed(key, nonce, ciphertext, body_aad("cap_1", "req-1", "request")) == body
    again = seal(key, body, body_aad("cap_1", "req-1", "request"))
    assert again[0] != nonce and again[1] != ciphertext  # a fresh nonce every time


@pytest.mark.parametrize(("capture_id", "request_id", "direction"), [
    ("cap_2", "req-1", "request"),   # moved to another row
    ("cap_1", "req-2", "request"),   # claims another request
    ("cap_1", "req-1", "response"),  # claims the other direction
])
def test_a_ciphertext_opens_only_for_its_own_row(capture_id: str, request_id: str,
                                                 direction: str) -> None:
    key = new_data_key()
    nonce, ciphertext = seal(key, b"body", body_aad("cap_1", "req-1", "request"))
    with pytest.raises(CaptureCryptoError):
        open_sealed(key, nonce, ciphertext, body_aad(capture_id, request_id, direction))


def test_swapping_the_bodies_of_two_rows_fails() -> None:
    key = new_data_key()
    first = seal(key, b"first", body_aad("cap_1", "req-1", "request"))
    second = seal(key, b"second", body_aad("cap_2", "req-2", "response"))
    with pytest.raises(CaptureCryptoError):
        open_sealed(key, *second, body_aad("cap_1", "req-1", "request"))
    with pytest.raises(CaptureCryptoError):
        open_sealed(key, *first, body_aad("cap_2", "req-2", "response"))


def test_other_keys_and_tampering_fail() -> None:
    nonce, ciphertext = seal(new_data_key(), b"body", b"aad")
    with pytest.raises(CaptureCryptoError):
        open_sealed(new_data_key(), nonce, ciphertext, b"aad")
    key = new_data_key()
    nonce, ciphertext = seal(key, b"body", b"aad")
    flipped = bytes([ciphertext[0] ^ 1]) + ciphertext[1:]
    with pytest.raises(CaptureCryptoError):
        open_sealed(key, nonce, flipped, b"aad")


def test_a_day_key_unwraps_only_for_its_day_and_while_its_master_key_is_live() -> None:
    keyring = Keyring.generate()
    key = new_data_key()
    kid, nonce, wrapped = wrap_key(keyring, DAY, key)
    assert kid == keyring.active_kid and key not in wrapped
    assert unwrap_key(keyring, DAY, kid, nonce, wrapped) == key
    with pytest.raises(CaptureCryptoError):
        unwrap_key(keyring, date(2026, 3, 15), kid, nonce, wrapped)
    with pytest.raises(CaptureCryptoError):
        unwrap_key(Keyring.generate(), DAY, kid, nonce, wrapped)  # another deployment
    keyring.rotate()
    assert unwrap_key(keyring, DAY, kid, nonce, wrapped) == key  # old ids stay readable
    keyring.retire(kid)
    with pytest.raises(CaptureCryptoError):
        unwrap_key(keyring, DAY, kid, nonce, wrapped)
