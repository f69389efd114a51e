"""Create, verify and restore on SQLite and PostgreSQL: the same rows come back, minus captures."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, insert, select

from charter.accesslog.models import access_log
from charter.backup import create as create_module
from charter.backup.archive import BackupError
from charter.backup.catalog import list_backups
from charter.backup.contents import EXCLUDED_TABLES
from charter.backup.create import create_backup
from charter.backup.restore import restore_backup
from charter.backup.verify import verify_backup
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.shredding.models import erasures
from charter.store.engine import make_engine
from charter.store.migrate import MIGRATIONS_DIR, current_revision, head_revision
from tests.backup.conftest import NOW, Live, access_row, rows, snapshot_of

OLD_REVISION = "0006_access_log_findings"


@pytest.mark.clause("RET-4")
def test_a_backup_restores_to_the_same_rows(
    live: Live, backup_dir: Path, config: CharterConfig, target_url: str
) -> None:
    info = create_backup(live.url, backup_dir, live.keyring, config, NOW)
    assert info.path.name == f"charter-20261130T080000Z-{info.id}.cbk"
    assert info.revision == current_revision(live.url)
    assert (info.created, info.expires) == (NOW, NOW + timedelta(days=30))
    assert [b.id for b in list_backups(backup_dir)] == [info.id]
    assert verify_backup(info.path, live.keyring).id == info.id

    report = restore_backup(info.path, target_url, live.keyring, ledger_from=live.url)
    assert report.revision_to == head_revision() and report.ledger

    before, engine = rows(live.engine), make_engine(target_url)
    try:
        after = rows(engine)
    finally:
        engine.dispose()
    assert before["capture_keys"] and before["captures"]
    left_out = set(EXCLUDED_TABLES) & set(before)
    for table in left_out:
        assert after[table] == [], table
    for table in set(before) - left_out:
        assert after[table] == before[table], table
    assert len(after["access_log"]) == 50 and len(after["subject_keys"]) == 2


@pytest.mark.clause("RET-4")
def test_a_backup_leaves_out_capture_keys_and_captures(
    live: Live, backup_dir: Path, config: CharterConfig
) -> None:
    info = create_backup(live.url, backup_dir, live.keyring, config, NOW)
    snapshot = snapshot_of(info.path, live.keyring)
    if live.url.startswith("sqlite"):
        content = snapshot  # the database file itself
        wrapped, body = live.capture_key, live.capture_body
    else:
        content = _pg_script(snapshot)  # bytea columns appear in hex
        wrapped, body = live.capture_key.hex().encode(), live.capture_body.hex().encode()
    assert b"req-00000042" in content  # the search finds rows that are there
    assert wrapped not in content
    assert body not in content
    assert b"capture_keys" in content  # the table is kept, empty


def _alembic(connection: Connection) -> Config:
    alembic = Config()
    alembic.set_main_option("script_location", str(MIGRATIONS_DIR))
    alembic.set_main_option("path_separator", "os")
    alembic.attributes["connection"] = connection
    return alembic


def _pg_script(dump: bytes) -> bytes:
    tool = shutil.which("pg_restore")
    assert tool is not None
    return subprocess.run([tool, "--data-only", "-f", "-"], input=dump, capture_output=True,
                          check=True).stdout + subprocess.run(
        [tool, "--schema-only", "-f", "-"], input=dump, capture_output=True, check=True).stdout


@pytest.mark.clause("RET-4")
def test_an_older_backup_is_migrated_to_head_on_restore(
    store_url: str, keyring: Keyring, backup_dir: Path, config: CharterConfig, target_url: str,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # The backup is made as the older version whose head OLD_REVISION was would make it.
    monkeypatch.setattr(create_module, "_check_schema", lambda url: None)
    monkeypatch.setattr(create_module, "_record", lambda url, event: None)
    engine = make_engine(store_url)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic(connection), OLD_REVISION)
        with engine.begin() as connection:
            connection.execute(insert(access_log), [access_row(i) for i in range(3)])
    finally:
        engine.dispose()
    info = create_backup(store_url, backup_dir, keyring, config, NOW)
    assert info.revision == OLD_REVISION

    report = restore_backup(info.path, target_url, keyring, ledger_from=None)
    assert (report.revision_from, report.revision_to) == (OLD_REVISION, head_revision())
    restored = make_engine(target_url)
    try:
        with restored.connect() as connection:
            assert len(connection.execute(select(access_log)).all()) == 3
            assert connection.execute(select(erasures)).all() == []  # a newer table, created
    finally:
        restored.dispose()


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_restore_refuses_what_it_must_not_overwrite(
    live: Live, backup_dir: Path, config: CharterConfig, new_target: Callable[[], str]
) -> None:
    info = create_backup(live.url, backup_dir, live.keyring, config, NOW)
    with pytest.raises(BackupError, match="not empty"):
        restore_backup(info.path, live.url, live.keyring, ledger_from=None)
    target = new_target()
    with pytest.raises(BackupError, match="must come from the current store"):
        restore_backup(info.path, target, live.keyring, ledger_from=target)
    with pytest.raises(BackupError, match="restores only into a sqlite store"):
        restore_backup(info.path, "postgresql://nobody@127.0.0.1:1/none", live.keyring,
                       ledger_from=None)
    missing = f"sqlite:///{backup_dir / 'gone.db'}"
    with pytest.raises(BackupError, match="no current store"):
        restore_backup(info.path, target, live.keyring, ledger_from=missing)
    assert not Path(missing.removeprefix("sqlite:///")).exists()  # not created by looking
    restore_backup(info.path, target, live.keyring, ledger_from=live.url)
    with pytest.raises(BackupError, match="not empty"):
        restore_backup(info.path, target, live.keyring, ledger_from=live.url)



@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_create_refuses_a_store_this_version_has_not_migrated(
    store_url: str, keyring: Keyring, backup_dir: Path, config: CharterConfig
) -> None:
    missing = Path(store_url.removeprefix("sqlite:///"))
    with pytest.raises(BackupError, match="no store to back up"):
        create_backup(store_url, backup_dir, keyring, config, NOW)
    assert not missing.exists()  # not created by looking
    engine = make_engine(store_url)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic(connection), OLD_REVISION)
    finally:
        engine.dispose()
    with pytest.raises(BackupError, match=f"schema revision {OLD_REVISION}"):
        create_backup(store_url, backup_dir, keyring, config, NOW)
    assert list_backups(backup_dir) == []


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_a_clear_copy_left_by_a_killed_run_is_removed(
    live: Live, backup_dir: Path, config: CharterConfig
) -> None:
    store_dir = Path(live.url.removeprefix("sqlite:///")).parent
    stale, recent = store_dir / ".charter-backup-k1ll3d", store_dir / ".charter-backup-running"
    for work in (stale, recent):
        work.mkdir()
        (work / "snapshot.db").write_bytes(b"a clear copy")
    two_days_ago = (NOW - timedelta(days=2)).timestamp()
    os.utime(stale, (two_days_ago, two_days_ago))
    create_backup(live.url, backup_dir, live.keyring, config, NOW)
    assert not stale.exists() and recent.exists()
    assert sorted(p.name for p in store_dir.glob(".charter-backup-*")) == [recent.name]
