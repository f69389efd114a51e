"""The identity headers sent upstream: encoded safely, signed, verifiable."""

from __future__ import annotations

import pytest

from charter.identity.upstream_headers import prepare, sign, verify


@pytest.mark.clause("USE-1")
def test_claims_cannot_add_lines_to_the_upstream_request() -> None:
    lines, _signed = prepare("bearer", "spa\r\nx-injected: yes", "org\n1",
                            frozenset({"a", "b\rc"}), None)
    assert lines.count(b"\r\n") == 4  # auth, client, org, scopes: one line each
    assert b"x-injected: yes\r\n" not in lines.replace(b"%0D%0Ax-injected", b"")
    assert b"%0D%0A" in lines and b"org%0A1" in lines


def test_a_signature_binds_the_request_and_every_value() -> None:
    key = b"k" * 32
    _lines, signed = prepare("api_key", "cli_1", "org_1", frozenset({"orders:read"}), None)
    headers = {"x-request-id": "r1", "x-charter-auth": "api_key", "x-charter-client": "cli_1",
               "x-charter-org": "org_1", "x-charter-scopes": "orders:read",
               "x-charter-identity": sign(key, "r1", signed).decode()}
    assert verify(key, headers)
    assert not verify(key, {**headers, "x-request-id": "r2"})
    assert not verify(key, {**headers, "x-charter-org": "org_2"})
    assert not verify(b"x" * 32, headers)
