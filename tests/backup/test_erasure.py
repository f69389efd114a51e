"""A person erased after a backup was taken stays erased when that backup is restored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from charter.accesslog.models import access_log
from charter.backup.create import create_backup
from charter.backup.restore import restore_backup
from charter.config.models import CharterConfig
from charter.shredding.keys import ERASED, SubjectKeys
from charter.shredding.models import erasures
from charter.store.engine import make_engine
from tests.backup.conftest import NOW, Live


def logged_subjects(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return sorted(row[0] for row in connection.execute(
                select(access_log.c.subject_key).where(
                    access_log.c.subject_key.in_(["sk_ada", "sk_bo"]))))
    finally:
        engine.dispose()


def read_restored(url: str, live: Live, subject: str, token: str) -> str:
    engine = make_engine(url)
    try:
        return SubjectKeys(engine, live.keyring).open(subject, token, "audit.actor")
    finally:
        engine.dispose()


@pytest.mark.clause("RET-4")
@pytest.mark.clause("RIGHTS-3")
def test_an_erasure_after_the_backup_survives_the_restore(
    live: Live, backup_dir: Path, config: CharterConfig, new_target: Callable[[], str]
) -> None:
    keys = SubjectKeys(live.engine, live.keyring)
    assert keys.open("sk_ada", live.sealed, "audit.actor") == "Ada Example"
    with live.engine.begin() as connection:  # a pseudonymous row about Ada, and one about Bo
        connection.execute(access_log.insert(), [
            {"ts": NOW, "request_id": f"r{who}", "route_id": "orders", "method": "GET",
             "path": "/orders", "status": 200, "latency_ms": 1.0, "bytes_in": 0,
             "bytes_out": 10, "client_ip": "203.0.113.0", "user_agent": "test",
             "subject_key": who} for who in ("sk_ada", "sk_bo")])
    info = create_backup(live.url, backup_dir, live.keyring, config, NOW)

    keys.erase("sk_ada", reference="dsr_42")  # after the backup was taken
    assert keys.open("sk_ada", live.sealed, "audit.actor") == ERASED

    # Restored with the current store's ledger: Ada stays erased, Bo is untouched.
    with_ledger = new_target()
    report = restore_backup(info.path, with_ledger, live.keyring, ledger_from=live.url)
    assert report.ledger_rows_copied == 1 and report.keys_destroyed == 1
    assert report.rows_erased == 1  # Ada's access-log row, deleted again
    assert read_restored(with_ledger, live, "sk_ada", live.sealed) == ERASED
    assert logged_subjects(with_ledger) == ["sk_bo"]
    bo = SubjectKeys(live.engine, live.keyring).seal("sk_bo", "Bo Example", "audit.actor")
    assert read_restored(with_ledger, live, "sk_bo", bo) == "Bo Example"
    engine = make_engine(with_ledger)
    try:
        with engine.connect() as connection:
            ledger: dict[str, str] = dict(connection.execute(
                select(erasures.c.subject_key, erasures.c.reference)).all())
    finally:
        engine.dispose()
    assert ledger == {"sk_ada": "dsr_42", "sk_cy": "dsr_0"}

    # The same backup without the current ledger: the backup's copy of Ada's key is back,
    # and her sealed field reads in the clear. The ledger step is what makes the difference.
    without_ledger = new_target()
    report = restore_backup(info.path, without_ledger, live.keyring, ledger_from=None)
    assert report.ledger_rows_copied == 0 and report.keys_destroyed == 0
    assert read_restored(without_ledger, live, "sk_ada", live.sealed) == "Ada Example"
    assert logged_subjects(without_ledger) == ["sk_ada", "sk_bo"]
