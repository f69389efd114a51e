"""Audit records are kept for years, not forever, and removing them stays verifiable (RET-3)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from charter.audit.checkpoints import run_checkpoint
from charter.audit.models import audit_events, audit_head
from charter.audit.prune import prune_audit
from charter.config.models import AuditSettings, CharterConfig
from charter.privacy import inventory
from tests.audit.conftest import T0, Chain

YEAR = timedelta(days=365)


@pytest.mark.clause("RET-3")
def test_the_audit_tables_are_kept_for_the_long_security_class() -> None:
    period = CharterConfig().retention_classes["security"]
    assert 365 * 86400 <= period < 100 * 365 * 86400  # years, still finite
    for table in ("audit_events", "audit_checkpoints", "audit_head"):
        assert inventory.get(table).retention == "security"


@pytest.mark.clause("RET-3")
@pytest.mark.clause("DATA-5")
def test_expired_records_go_up_to_a_signed_checkpoint_and_the_rest_still_verifies(
        chain: Chain) -> None:
    settings = AuditSettings(checkpoint_every=1)
    chain.append(10)
    run_checkpoint(chain.engine, chain.keyring, chain.sink, settings, now=T0 + timedelta(days=1))
    chain.append(5)
    run_checkpoint(chain.engine, chain.keyring, chain.sink, settings, now=T0 + 3 * YEAR)

    assert prune_audit(chain.engine, T0 + 2 * YEAR) == {"events": 10, "checkpoints": 0,
                                                        "base_seq": 10}
    with chain.engine.connect() as connection:
        kept = list(connection.execute(select(audit_events.c.seq)).scalars())
    assert sorted(kept) == list(range(11, 16))
    assert chain.append(1) == [16]
    report = chain.verify()
    assert report.ok and report.first_seq == 11 and report.last_seq == 16, report.problems
    assert prune_audit(chain.engine, T0 + 2 * YEAR)["events"] == 0  # nothing more expired

    # Moving the base to hide more records needs a checkpoint vouching for it.
    with chain.engine.begin() as connection:
        connection.execute(update(audit_head).values(base_seq=12, base_hash="a" * 64))
    report = chain.verify()
    assert report.first_broken == 13 and "no valid checkpoint vouches" in str(report.problems)
