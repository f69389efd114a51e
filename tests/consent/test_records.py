"""Consent records and minors: giving, withdrawing, listing, marking, authorizing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from charter.consent import minors, records
from charter.consent.records import ConsentError

ADA, BO = "sk_ada0000000000000000000000", "sk_bo00000000000000000000000"
T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


@pytest.mark.clause("BASIS-1")
def test_a_consent_is_recorded_once_and_withdrawn(engine: Engine) -> None:
    sent: list[dict[str, Any]] = []
    consent, created = records.give(engine, ADA, "marketing", source="api",
                                    policy_version="2026-04", now=T0, notify=sent.append)
    assert created and consent.current and consent.id.startswith("cns_")
    again, created = records.give(engine, ADA, "marketing", source="admin", notify=sent.append)
    assert not created and again.id == consent.id
    assert sent == [{"kind": "consent", "id": consent.id, "subject_key": ADA,
                     "purpose": "marketing", "current": True}]

    later = T0 + timedelta(days=3)
    withdrawn = records.withdraw(engine, consent.id, source="self_service", now=later,
                                 notify=sent.append)
    assert not withdrawn.current and withdrawn.withdrawal_source == "self_service"
    assert sent[-1]["current"] is False
    with pytest.raises(ConsentError) as caught:
        records.withdraw(engine, consent.id, source="admin")
    assert caught.value.code == "already_withdrawn"

    (stored,) = records.list_consents(engine, subject_key=ADA)
    assert (stored.given_at, stored.withdrawn_at, stored.policy_version, stored.source) == (
        T0, later, "2026-04", "api")
    assert records.list_consents(engine, subject_key=ADA, include_withdrawn=False) == []
    # A new consent after a withdrawal is a new record: the history stays provable.
    renewed, created = records.give(engine, ADA, "marketing", source="api")
    assert created and renewed.id != consent.id
    assert len(records.list_consents(engine, subject_key=ADA)) == 2


@pytest.mark.clause("BASIS-1")
def test_consent_is_only_for_purposes_based_on_it(engine: Engine) -> None:
    with pytest.raises(ConsentError) as caught:
        records.give(engine, ADA, "billing", source="api", purposes={"marketing"})
    assert caught.value.code == "unknown_purpose"
    with pytest.raises(ConsentError) as caught:
        records.withdraw(engine, "cns_missing", source="admin")
    assert caught.value.code == "not_found"


@pytest.mark.clause("BASIS-1")
def test_withdrawing_a_purpose_withdraws_the_subjects_current_consents(engine: Engine) -> None:
    records.give(engine, ADA, "marketing", source="api")
    records.give(engine, BO, "marketing", source="api")
    (done,) = records.withdraw_purpose(engine, ADA, "marketing", source="self_service")
    assert done.subject_key == ADA
    assert [c.subject_key for c in records.list_consents(engine, include_withdrawn=False)] == [BO]


@pytest.mark.clause("CHILD-1")
def test_a_minor_is_marked_then_authorized(engine: Engine) -> None:
    sent: list[dict[str, Any]] = []
    minor, created = minors.mark(engine, ADA, marked_by="op_1", notify=sent.append)
    assert created and not minor.authorized
    assert minors.mark(engine, ADA, marked_by="op_2")[1] is False
    done = minors.authorize(engine, ADA, reference="DOC-77", authorized_by="op_1",
                            notify=sent.append)
    assert done.authorized and done.guardian_authorization == "DOC-77"
    assert [_state(m) for m in sent] == [
        {"kind": "minor", "subject_key": ADA, "authorized": False, "marked": True},
        {"kind": "minor", "subject_key": ADA, "authorized": True, "marked": True}]
    # Each message carries the version of the row's state, later for every write.
    assert sent[0]["changed_at"] < sent[1]["changed_at"]
    with pytest.raises(ConsentError) as caught:
        minors.authorize(engine, ADA, reference="DOC-78", authorized_by="op_1")
    assert caught.value.code == "already_authorized"
    (listed,) = minors.list_minors(engine)
    assert listed.marked_by == "op_1" and listed.authorized_by == "op_1"


@pytest.mark.clause("CHILD-1")
def test_authorizing_a_person_not_marked_marks_and_authorizes_them(engine: Engine) -> None:
    # A minor known by a claim of their token is not marked; the authorization marks them.
    sent: list[dict[str, Any]] = []
    done = minors.authorize(engine, BO, reference=" DOC-1 ", authorized_by="op_1", now=T0,
                            notify=sent.append)
    assert (done.marked_by, done.marked_at, done.guardian_authorization, done.authorized_at) == (
        "op_1", T0, "DOC-1", T0)
    assert sent == [{"kind": "minor", "subject_key": BO, "authorized": True, "marked": True,
                     "changed_at": T0.isoformat()}]
    assert [m.as_dict() for m in minors.list_minors(engine)] == [done.as_dict()]
    for bad in ("", "x" * 41):
        with pytest.raises(ConsentError) as caught:
            minors.authorize(engine, bad, reference="DOC-2", authorized_by="op_1")
        assert caught.value.code == "invalid_subject"
    with pytest.raises(ConsentError) as caught:
        minors.authorize(engine, ADA, reference="   ", authorized_by="op_1")
    assert caught.value.code == "invalid_reference"


def _state(message: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in message.items() if k != "changed_at"}
