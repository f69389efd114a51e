"""Display fields are sealed under the subject's key; erasing it leaves the chain intact
(RIGHTS-3, DATA-5)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from charter.audit.log import AuditLog, AuditQuery
from charter.audit.models import audit_events
from charter.shredding.keys import ERASED
from tests.audit.conftest import Chain, event


def sealed(chain: Chain) -> list[tuple[str | None, str | None]]:
    with chain.engine.connect() as connection:
        return [(r.actor_display_sealed, r.target_display_sealed) for r in connection.execute(
            select(audit_events).order_by(audit_events.c.seq))]


@pytest.mark.clause("RIGHTS-3")
@pytest.mark.clause("DATA-5")
def test_erasure_makes_display_fields_read_erased_and_the_chain_still_verifies(
        chain: Chain) -> None:
    chain.log.record_sync(event(0, subject_key="sk_ada", actor_display="ada.lovelace"))
    chain.log.record_sync(event(1, actor="system", subject_key="sk_ada",
                                target_display="ada.lovelace"))
    chain.log.record_sync(event(2, subject_key="sk_bob", actor_display="bob"))
    assert chain.checkpoint()["written"] == 1
    for actor, target in sealed(chain)[:2]:
        for field in (actor, target):
            assert field is None or (field.startswith("sk1.") and "ada" not in field)
    newest_first = chain.log.query(AuditQuery())
    assert [(e.event.actor_display, e.event.target_display) for e in newest_first] == [
        ("bob", None), (None, "ada.lovelace"), ("ada.lovelace", None)]

    assert chain.keys.erase("sk_ada", reference="dsr_1")
    after = chain.log.query(AuditQuery())
    assert [(e.event.actor_display, e.event.target_display) for e in after] == [
        ("bob", None), (None, ERASED), (ERASED, None)]
    # Another process's log (its own key cache) reads the same.
    other = AuditLog(chain.engine, type(chain.keys)(chain.engine, chain.keyring))
    assert other.query(AuditQuery(limit=1, before=3))[0].event.target_display == ERASED
    report = chain.verify()
    assert report.ok and report.checkpoints == 1, report.problems
    # Nothing new is kept about an erased person, and the record is still written.
    seq = chain.log.record_sync(event(3, subject_key="sk_ada", actor_display="ada.lovelace"))
    assert sealed(chain)[-1] == (None, None) and seq == 4
    assert chain.verify().ok


@pytest.mark.clause("DATA-5")
def test_display_fields_are_never_kept_in_clear(chain: Chain) -> None:
    chain.log.record_sync(event(0, actor_display="no subject key"))
    AuditLog(chain.engine).record_sync(event(1, subject_key="sk_c", actor_display="no keys"))
    assert sealed(chain) == [(None, None), (None, None)]
    assert [e.event.actor_display for e in chain.log.query(AuditQuery())] == [None, None]
