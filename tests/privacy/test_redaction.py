"""What the data plane writes down is minimised before it is written."""

from __future__ import annotations

import pytest

from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.privacy.redaction import redact_query, redact_target, truncate_ip


@pytest.mark.clause("DATA-4")
@pytest.mark.parametrize(("query", "stored"), [
    ("", ""),
    ("a=1", "a=[redacted]"),
    ("customer=ada@example.com&limit=5", "customer=[redacted]&limit=[redacted]"),
    ("ada@example.com", "[redacted]"),
    ("ada@example.com&limit=5", "[redacted]&limit=[redacted]"),
    ("flag=&x", "flag=[redacted]&[redacted]"),
    ("=secret", "[redacted]"),
    ("&&", "[redacted]"),
    ("access_token=eyJhbGciOi.x.y", "access_token=[redacted]"),
])
def test_query_values_are_redacted_and_names_kept(query: str, stored: str) -> None:
    assert redact_query(query) == stored


def test_redact_target_keeps_the_path() -> None:
    assert redact_target("/orders/1?email=a@b.c") == "/orders/1?email=[redacted]"
    assert redact_target("/orders/1") == "/orders/1"


@pytest.mark.clause("DATA-4")
@pytest.mark.parametrize(("address", "kept"), [
    ("203.0.113.42", "203.0.113.0"),
    ("2001:db8:abcd:12:1:2:3:4", "2001:db8:abcd::"),
    ("::ffff:198.51.100.7", "198.51.100.0"),
    ("not an address", ""),
])
def test_ip_addresses_are_truncated(address: str, kept: str) -> None:
    assert truncate_ip(address) == kept


def test_subject_keys_are_stable_keyed_and_survive_rotation() -> None:
    keyring = Keyring.generate()
    key = Pseudonymizer(keyring).subject_key("email", "ada@example.com")
    assert key.startswith("sk_") and len(key) == 29
    assert "ada" not in key
    assert Pseudonymizer(keyring).subject_key("email", "ada@example.com") == key
    assert Pseudonymizer(keyring).subject_key("email", "bo@example.com") != key
    assert Pseudonymizer(keyring).subject_key("phone", "ada@example.com") != key
    keyring.rotate()
    assert Pseudonymizer(keyring).subject_key("email", "ada@example.com") == key
    assert Pseudonymizer(Keyring.generate()).subject_key("email", "ada@example.com") != key


@pytest.mark.clause("DATA-4")
@pytest.mark.parametrize(("path", "stored"), [
    ("/users/ada%40example.com/orders", "/users/[redacted:email]/orders"),
    ("/cards/4111%201111%201111%201111", "/cards/[redacted:payment_card]"),
    ("/t/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl",
     "/t/[redacted:credential]"),
    ("/api/orders/ord_1001", "/api/orders/ord_1001"),
    ("/files/3f2a9c1e-7b44-4d2a-9f1e-2b6c0d7e8a11", "/files/3f2a9c1e-7b44-4d2a-9f1e-2b6c0d7e8a11"),
    ("/v2/users/12345678/profile", "/v2/users/12345678/profile"),
])
def test_path_segments_with_personal_data_are_redacted(path: str, stored: str) -> None:
    from charter.privacy.redaction import redact_path
    from charter.privacy.shared_scanner import shared_scanner

    def kind_of(segment: str) -> str | None:
        found = shared_scanner().scan_text(segment, "$")
        return found[0].kind if found else None

    assert redact_path(path, kind_of) == stored
