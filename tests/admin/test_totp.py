"""TOTP (RFC 6238) against the RFC's own test vectors, and the enrolment URI."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlparse

import pytest

from charter.admin import totp

RFC_SECRET = b"12345678901234567890"
# RFC 6238 appendix B, SHA-1; the 6-digit code is the last six of the 8-digit value.
VECTORS = [(59, "94287082"), (1111111109, "07081804"), (1111111111, "14050471"),
           (1234567890, "89005924"), (2000000000, "69279037"), (20000000000, "65353130")]


@pytest.mark.parametrize(("seconds", "expected"), VECTORS)
def test_rfc_6238_vectors(seconds: int, expected: str) -> None:
    now = datetime.fromtimestamp(seconds, tz=UTC)
    assert totp.code_at(RFC_SECRET, totp.step_at(now)) == expected[-6:]
    assert totp.matching_step(RFC_SECRET, expected[-6:], now) == totp.step_at(now)


def test_the_window_is_one_step_either_way() -> None:
    now = datetime.fromtimestamp(1234567890, tz=UTC)
    step = totp.step_at(now)
    for offset in (-1, 0, 1):
        assert totp.matching_step(RFC_SECRET, totp.code_at(RFC_SECRET, step + offset),
                                  now) == step + offset
    for offset in (-2, 2):
        assert totp.matching_step(RFC_SECRET, totp.code_at(RFC_SECRET, step + offset),
                                  now) is None
    assert totp.matching_step(RFC_SECRET, "", now) is None
    assert totp.matching_step(RFC_SECRET, "12345", now) is None


def test_the_provisioning_uri() -> None:
    uri = totp.provisioning_uri(RFC_SECRET, "alice@example")
    parsed = urlparse(uri)
    assert (parsed.scheme, parsed.netloc, parsed.path) == ("otpauth", "totp",
                                                           "/Charter:alice@example")
    query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
    assert query == {"secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "issuer": "Charter",
                     "algorithm": "SHA1", "digits": "6", "period": "30"}
