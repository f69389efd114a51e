"""One-time codes: hashed, ten minutes, three tries, never in the audit log (CONTACT-1)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select

from charter.audit.models import audit_events
from charter.privacy.keyring import Keyring
from charter.rights import otp
from charter.rights.models import rights_codes
from charter.rights.service import RightsService
from charter.rights.workflow import RightsError
from tests.rights.conftest import Clock, audit_rows

pytestmark = pytest.mark.clause("CONTACT-1")


def _filed(rights: RightsService) -> tuple[str, str]:
    request = rights.create("access", [("email", "ada@example.com")], actor="requester",
                            channel="api", contact="ada@example.com")
    issued = rights.issue_code(request.id)
    assert len(issued.code) == 6 and issued.code.isdigit()
    return request.id, issued.code


def _other(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def test_the_right_code_verifies_and_starts_the_clock(rights: RightsService,
                                                      engine: Engine) -> None:
    request_id, code = _filed(rights)
    assert rights.get(request_id).state == "verifying"
    verified = rights.check_code(request_id, code)
    assert verified.state == "verified" and verified.verification == "code"
    assert verified.due_at is not None
    with pytest.raises(RightsError) as again:  # single use
        rights.check_code(request_id, code)
    assert again.value.code == "not_verifiable"
    with engine.connect() as connection:
        everything = " ".join(str(v) for row in connection.execute(
            select(rights_codes)).all() for v in row)
        audit = " ".join(str(v) for row in connection.execute(
            select(audit_events)).all() for v in row)
    assert code not in everything and code not in audit


def test_three_wrong_codes_lock_the_request(rights: RightsService) -> None:
    request_id, code = _filed(rights)
    for left in (2, 1):
        with pytest.raises(RightsError) as wrong:
            rights.check_code(request_id, _other(code))
        assert (wrong.value.status, wrong.value.code) == (422, "code_invalid")
        assert wrong.value.extra == {"attempts_left": left}
    with pytest.raises(RightsError) as locked:
        rights.check_code(request_id, "not a code")
    assert (locked.value.status, locked.value.code) == (429, "code_locked")
    with pytest.raises(RightsError) as still:  # even the right code, now
        rights.check_code(request_id, code)
    assert still.value.code == "code_locked"
    assert rights.get(request_id).state == "verifying"
    reasons = [row["reason"] for row in audit_rows(rights.engine, "rights.verify")]
    assert reasons == ["code_invalid", "code_invalid", "code_locked"]


def test_codes_expire_after_ten_minutes(rights: RightsService, clock: Clock) -> None:
    request_id, code = _filed(rights)
    clock.advance(minutes=10, seconds=1)
    with pytest.raises(RightsError) as expired:
        rights.check_code(request_id, code)
    assert (expired.value.status, expired.value.code) == (410, "code_expired")


def test_unknown_requests_and_a_flood_of_requests(rights: RightsService) -> None:
    with pytest.raises(RightsError) as unknown:
        rights.check_code("rr_nothing", "123456")
    assert (unknown.value.status, unknown.value.code) == (404, "unknown_request")
    for _ in range(3):
        _filed(rights)
    with pytest.raises(RightsError) as flood:
        rights.create("access", [("email", "ADA@example.com")], actor="requester",
                      channel="api", contact="ada@example.com")
    assert (flood.value.status, flood.value.code) == (429, "too_many_requests")


def test_the_hash_is_keyed_and_bound_to_the_request(rights: RightsService) -> None:
    keyring = rights.keyring
    kid = keyring.active_kid
    first = otp.code_hash(keyring, kid, "rr_a", "123456")
    assert first != otp.code_hash(keyring, kid, "rr_b", "123456")
    assert otp.matches(keyring, kid, "rr_a", "123456", first)
    assert not otp.matches(keyring, kid, "rr_a", "12345", first)
    other = Keyring.generate()
    assert first != otp.code_hash(other, other.active_kid, "rr_a", "123456")
