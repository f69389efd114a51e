"""Erasure (RIGHTS-3): each table by its declared method, keys shredded, the audit log kept
with its sealed fields unreadable, and no bytes of the erased rows left in the SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, insert, select

from charter.accesslog.models import access_log
from charter.audit.log import AuditEvent, AuditLog, AuditQuery
from charter.config.models import CharterConfig
from charter.identity import service
from charter.identity.models import accounts
from charter.privacy.inventory import RecordType
from charter.privacy.keyring import Keyring
from charter.rights.execute import run
from charter.rights.execute.erase import erase_table
from charter.rights.execute.subjects import Subject, SubjectTable
from charter.shredding.keys import ERASED, SubjectKeys
from charter.shredding.models import erasures, subject_keys
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

from .conftest import log_requests, request, subject_key

ADA = ("sub", "people:ada-7f3")
BO = ("sub", "people:bo-2c9")


@pytest.mark.clause("RIGHTS-3")
def test_rows_are_deleted_keys_shredded_and_the_audit_log_kept(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    org = service.create_organization(engine, "Shop", "shop")
    account = service.create_account(engine, keyring, username="ada", kind="developer",
                                     org_id=org.id, email="ada@example.com")
    ada, bo = subject_key(keyring, *ADA), subject_key(keyring, *BO)
    log_requests(engine, ada, 5)
    log_requests(engine, bo, 3)
    keys = SubjectKeys(engine, keyring)
    sealed = keys.seal(ada, "Ada Example", "audit.target")
    AuditLog(engine).record_sync(AuditEvent(actor="system", action="rights.test",
                                            outcome="success", subject_key=ada, target=sealed))
    erase = request(keyring, "erase", [ADA, ("account", account.id)], request_id="rr_erase")

    result = run(engine, keyring, config, erase)

    assert result.outcome == "completed", result
    assert result.summary["access_log.deleted"] == 5
    assert result.summary["accounts.deleted"] == 1
    assert result.summary["audit_events.kept"] == 1
    assert result.summary["subject_keys.destroyed"] == 1
    with engine.connect() as connection:
        assert connection.execute(select(access_log.c.subject_key)).scalars().all() == [bo] * 3
        assert connection.execute(select(accounts)).all() == []
        assert connection.execute(select(subject_keys)).all() == []
        ledger = connection.execute(select(erasures.c.subject_key, erasures.c.reference)).all()
    assert (ada, "rr_erase") in ledger
    # The audit event stays, and still names its subject; the sealed field is gone for good.
    (kept,) = [e.event for e in AuditLog(engine).query(AuditQuery(action="rights.test"))]
    assert kept.subject_key == ada
    assert SubjectKeys(engine, keyring).open(ada, sealed, "audit.target") == ERASED
    # The erasure itself is audited, with counts only.
    (done,) = AuditLog(engine).query(AuditQuery(action="rights.erase.executed"))
    assert done.event.details["access_log.deleted"] == 5
    assert done.event.target == "request=rr_erase"

    # What is left about her, as she would see it now.
    again = run(engine, keyring, config, request(keyring, "access", [ADA]))
    assert again.summary.get("access_log.rows") is None
    assert again.summary["audit_events.rows"] == 1


@pytest.mark.clause("RIGHTS-3")
def test_erasing_twice_changes_nothing_more(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    log_requests(engine, subject_key(keyring, *ADA), 2)
    first = run(engine, keyring, config, request(keyring, "erase", [ADA]))
    second = run(engine, keyring, config, request(keyring, "erase", [ADA]))
    assert first.summary["access_log.deleted"] == 2
    assert second.outcome == "completed"
    assert "access_log.deleted" not in second.summary
    assert second.summary["subject_keys.destroyed"] == 0


@pytest.fixture
def notes(engine: Engine) -> Iterator[Table]:
    """A table outside the inventory's metadata, to show `anonymise` on its own."""
    table = Table("rights_test_notes", MetaData(),
                  Column("id", Integer, primary_key=True),
                  Column("subject_key", String(40), nullable=True),
                  Column("author", String(64), nullable=True),
                  Column("topic", String(64), nullable=False),
                  Column("body", String(200), nullable=False))
    table.create(engine)
    try:
        yield table
    finally:
        table.drop(engine)


@pytest.mark.clause("RIGHTS-3")
def test_anonymise_clears_the_declared_columns_and_the_subject(
        engine: Engine, notes: Table) -> None:
    record = RecordType(table=notes.name, description="notes", categories=("user",),
                        purposes=("operations",), legal_basis="legitimate_interests",
                        retention="operational", subject_column="subject_key",
                        subjects=("api_end_user",), erasure="anonymise", time_column=None,
                        anonymise_columns=("author", "body"))
    with engine.begin() as connection:
        connection.execute(insert(notes), [
            {"id": 1, "subject_key": "sk_ada", "author": "Ada", "topic": "t", "body": "hi"},
            {"id": 2, "subject_key": "sk_bo", "author": "Bo", "topic": "t", "body": "yo"}])
        found = SubjectTable(record, notes, "subject_key", ("sk_ada",))
        assert erase_table(connection, found) == 1
        rows = connection.execute(select(notes).order_by(notes.c.id)).all()
    assert rows == [(1, None, None, "t", ""), (2, "sk_bo", "Bo", "t", "yo")]


@pytest.mark.clause("RIGHTS-3")
def test_no_byte_of_an_erased_row_is_left_in_the_sqlite_files(
        tmp_path: Path, keyring: Keyring, config: CharterConfig) -> None:
    url = f"sqlite:///{tmp_path / 'charter.db'}"
    upgrade(url)
    engine = make_engine(url)
    try:
        ada = subject_key(keyring, *ADA)
        marker = "ada-unique-agent-93ZQ"
        log_requests(engine, ada, 50, user_agent=marker, path="/orders/ada-order-93ZQ")
        log_requests(engine, subject_key(keyring, *BO), 50)
        files = [tmp_path / "charter.db", tmp_path / "charter.db-wal"]
        assert any(marker.encode() in f.read_bytes() for f in files if f.exists())
        run(engine, keyring, config, request(keyring, "erase", [ADA]))
        for path in tmp_path.iterdir():
            data = path.read_bytes()
            assert marker.encode() not in data, path.name
            assert b"ada-order-93ZQ" not in data, path.name
    finally:
        engine.dispose()


def test_a_subject_is_found_by_every_kind_of_subject_column(keyring: Keyring) -> None:
    subject = Subject.of(["sk_a"], [("client", "cli_1"), ("account", "acc_1")])
    assert subject.values_for("subject_key") == ("sk_a",)
    assert subject.values_for("client_id") == ("cli_1",)
    assert subject.values_for("account_id") == ("acc_1",)
    assert subject.values_for("org_id") == ()
