"""`charter backup ...` end to end on a SQLite store: output, exit codes, audit events."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from charter.audit.models import audit_events
from charter.cli import main
from charter.store.engine import make_engine


@pytest.fixture
def charter_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["init", "--dir", str(tmp_path)]) == 0
    assert main(["migrate", "--config", str(tmp_path / "charter.yaml")]) == 0
    capsys.readouterr()
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def audited(store: Path) -> list[tuple[str, str]]:
    engine = make_engine(f"sqlite:///{store}")
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(  # type: ignore[misc]
                select(audit_events.c.action, audit_events.c.outcome)
                .where(audit_events.c.action.like("backup.%"))
                .order_by(audit_events.c.seq)).all()]
    finally:
        engine.dispose()


@pytest.mark.clause("RET-4")
@pytest.mark.clause("SEC-4")
def test_the_backup_commands(charter_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(charter_dir / "charter.yaml")
    status, out, _ = run(capsys, "backup", "create", "--config", config)
    assert status == 0 and "written to" in out and "expires" in out
    (archive,) = (charter_dir / "var" / "backups").glob("*.cbk")
    backup_id = archive.stem.rsplit("-", 1)[1]

    status, out, _ = run(capsys, "backup", "list", "--config", config)
    assert status == 0 and backup_id in out and "kept" in out

    status, out, _ = run(capsys, "backup", "verify", "--config", config)
    assert status == 0 and f"ok {backup_id}" in out

    target = charter_dir / "restored.db"
    status, out, _ = run(capsys, "backup", "restore", backup_id, "--to", f"sqlite:///{target}",
                         "--config", config)
    assert status == 0 and "erasure ledger: 0 rows copied" in out
    status, _, err = run(capsys, "backup", "restore", backup_id, "--to", f"sqlite:///{target}",
                         "--config", config)
    assert status == 1 and "not empty" in err

    status, out, _ = run(capsys, "backup", "prune", "--config", config)
    assert status == 0 and "deleted 0 expired backups" in out and "kept 1" in out

    store = charter_dir / "var" / "charter.db"
    assert audited(store) == [("backup.create", "success"), ("backup.verify", "success"),
                              ("backup.restore", "success"), ("backup.restore", "failure"),
                              ("backup.prune", "success")]
    assert ("backup.restore", "success") in audited(target)

    # A damaged backup: exit status 1 and one clear line.
    data = bytearray(archive.read_bytes())
    data[-3] ^= 0xFF
    archive.write_bytes(bytes(data))
    status, out, err = run(capsys, "backup", "verify", backup_id, "--config", config)
    assert status == 1 and "does not decrypt" in err and "Traceback" not in err
    assert audited(store)[-1] == ("backup.verify", "failure")


def test_restore_into_the_configured_store_needs_a_ledger_decision(
    charter_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(charter_dir / "charter.yaml")
    assert run(capsys, "backup", "create", "--config", config)[0] == 0
    (archive,) = (charter_dir / "var" / "backups").glob("*.cbk")
    store = charter_dir / "var" / "charter.db"
    for leftover in store.parent.glob("charter.db*"):
        leftover.unlink()  # the store is lost

    status, _, err = run(capsys, "backup", "restore", str(archive), "--to", f"sqlite:///{store}",
                         "--config", config)
    assert status == 1 and "erasure ledger must come from the current store" in err
    status, out, _ = run(capsys, "backup", "restore", str(archive), "--to",
                         f"sqlite:///{store}", "--no-ledger", "--config", config)
    assert status == 0 and "NOT erased" in out


def test_a_wrong_keyring_is_reported(
    charter_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(charter_dir / "charter.yaml")
    assert run(capsys, "backup", "create", "--config", config)[0] == 0
    other = tmp_path / "other"
    assert main(["init", "--dir", str(other)]) == 0
    status, _, err = run(capsys, "backup", "verify", "--config", config,
                         "--keyring", str(other / "charter.keyring"))
    assert status == 1 and "no usable key" in err
    status, _, err = run(capsys, "backup", "verify", "nosuchid", "--config", config)
    assert status == 1 and "no backup 'nosuchid'" in err
