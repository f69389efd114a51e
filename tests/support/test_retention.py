"""The retention engine purges closed tickets after the `support` class, and resolved
incidents (with their timelines) after `security`; open ones stay (clauses DATA-6, SCOPE-5)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, Table, func, select

from charter.config.models import CharterConfig
from charter.incidents.models import incident_notes, incidents
from charter.incidents.service import Changes, IncidentService
from charter.privacy.keyring import Keyring
from charter.retention.holds import create_hold
from charter.retention.purge import run_retention
from charter.support.models import support_tickets
from charter.support.service import SupportService

from .conftest import NOW, subject_key

YEAR = timedelta(days=365)


def _count(engine: Engine, table: Table) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


@pytest.mark.clause("DATA-6")
@pytest.mark.clause("SCOPE-5")
@pytest.mark.clause("RET-2")
def test_closed_tickets_are_purged_after_the_support_class(
        engine: Engine, keyring: Keyring) -> None:
    config = CharterConfig()
    assert config.retention_classes["support"] == YEAR.total_seconds()
    long_ago = NOW - YEAR - timedelta(days=2)
    old = SupportService(engine, keyring, clock=lambda: long_ago)
    closed_long_ago, _ = old.open(description="old", opened_by="acc_op", client_id="cli_a")
    old.close(closed_long_ago.id, closed_by="acc_op")
    still_open, _ = old.open(description="still open", opened_by="acc_op", client_id="cli_a")
    recent = SupportService(engine, keyring, clock=lambda: NOW - timedelta(days=30))
    closed_recently, _ = recent.open(description="recent", opened_by="acc_op",
                                     client_id="cli_a")
    recent.close(closed_recently.id, closed_by="acc_op")
    held, _ = old.open(description="held", opened_by="acc_op",
                       subject_key=subject_key(keyring, "sub", "people:ada-7f3"))
    old.close(held.id, closed_by="acc_op")
    create_hold(engine, reason="case 2026-17", owner="legal", created_by="acc_po", now=NOW,
                subject_key=held.subject_key)

    dry = run_retention(engine, config, NOW, dry_run=True, only=["support_tickets"])
    assert [(t.status, t.rows) for t in dry.tables] == [("would_purge", 1)]
    run = run_retention(engine, config, NOW, only=["support_tickets"])
    (outcome,) = run.tables
    assert (outcome.status, outcome.rows, outcome.retention) == ("purged", 1, "support")
    with engine.connect() as connection:
        left: set[str] = set(connection.execute(select(support_tickets.c.id)).scalars())
    assert left == {still_open.id, closed_recently.id, held.id}


@pytest.mark.clause("USE-5")
@pytest.mark.clause("RET-2")
def test_resolved_incidents_go_with_their_timeline_after_the_security_class(
        engine: Engine, keyring: Keyring) -> None:
    config = CharterConfig()
    long_ago = NOW - timedelta(seconds=config.retention_classes["security"]) - YEAR
    old = IncidentService(engine, keyring, clock=lambda: long_ago)
    resolved = old.open(title="Lost laptop", severity="medium", description="It was found",
                        personal_data=False, opened_by="acc_sec")
    old.add_note(resolved.id, "Disk was encrypted", author="acc_sec")
    old.update(resolved.id, Changes(status="resolved"), actor="acc_sec")
    ongoing = old.open(title="Slow scan of the edge", severity="low", description="watching",
                       personal_data=False, opened_by="acc_sec")
    support = SupportService(engine, keyring, clock=lambda: NOW)
    ticket, _ = support.open(description="linked", opened_by="acc_op", client_id="cli_a")
    support.link_incident(ticket.id, resolved.id)

    run = run_retention(engine, config, NOW, only=["incidents", "incident_notes"])
    statuses = {t.table: (t.status, t.rows) for t in run.tables}
    assert statuses == {"incidents": ("purged", 1), "incident_notes": ("not_aged", 0)}
    with engine.connect() as connection:
        assert connection.execute(select(incidents.c.id)).scalars().all() == [ongoing.id]
        notes: list[str] = list(connection.execute(
            select(incident_notes.c.incident_id)).scalars())
        linked: list[str | None] = list(connection.execute(
            select(support_tickets.c.incident_id)).scalars())
    assert set(notes) == {ongoing.id}  # the resolved incident's timeline went with it
    assert linked == [None]  # the ticket stays, unlinked
    assert _count(engine, incident_notes) == 1
