"""Backups expire (clause RET-4): prune deletes them, and whatever interrupted runs left."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from charter.audit.log import AuditLog
from charter.audit.models import audit_events
from charter.backup.catalog import list_backups
from charter.backup.create import create_backup
from charter.backup.prune import prune_backups
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from tests.backup.conftest import NOW, Live

pytestmark = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
DAY = timedelta(days=1)


@pytest.mark.clause("RET-4")
def test_a_backup_is_kept_until_it_expires_then_deleted(
    live: Live, backup_dir: Path, config: CharterConfig
) -> None:
    first = create_backup(live.url, backup_dir, live.keyring, config, NOW)
    second = create_backup(live.url, backup_dir, live.keyring, config, NOW + 10 * DAY)
    assert first.expires == NOW + 30 * DAY
    assert not first.expired(NOW + 30 * DAY - timedelta(seconds=1), config)
    assert first.expired(NOW + 30 * DAY, config)

    counts = prune_backups(backup_dir, live.keyring, config, NOW + 29 * DAY)
    assert counts == {"deleted": 0, "bytes_freed": 0, "kept": 2, "unreadable": 0, "leftovers": 0}

    counts = prune_backups(backup_dir, live.keyring, config, NOW + 31 * DAY,
                           audit=AuditLog(live.engine), actor="cli")
    assert counts["deleted"] == 1 and counts["kept"] == 1
    assert counts["bytes_freed"] == first.size
    assert not first.path.exists() and not first.meta_path.exists()
    assert [info.id for info in list_backups(backup_dir)] == [second.id]
    with live.engine.connect() as connection:
        actions: list[str] = list(connection.execute(select(audit_events.c.action)).scalars())
    assert actions.count("backup.create") == 2 and actions.count("backup.prune") == 1


@pytest.mark.clause("RET-4")
def test_a_shorter_retention_class_applies_to_existing_backups(
    live: Live, backup_dir: Path, config: CharterConfig
) -> None:
    info = create_backup(live.url, backup_dir, live.keyring, config, NOW)
    shorter = config.model_copy(update={
        "retention_classes": {**config.retention_classes, "backup": 7 * 86400.0}})
    longer = config.model_copy(update={
        "retention_classes": {**config.retention_classes, "backup": 90 * 86400.0}})
    assert info.expires_under(shorter) == NOW + 7 * DAY
    assert info.expires_under(longer) == NOW + 30 * DAY  # never longer than promised
    assert prune_backups(backup_dir, live.keyring, shorter, NOW + 8 * DAY)["deleted"] == 1


@pytest.mark.clause("RET-4")
def test_prune_counts_unreadable_backups_and_removes_leftovers(
    live: Live, backup_dir: Path, config: CharterConfig
) -> None:
    info = create_backup(live.url, backup_dir, live.keyring, config, NOW)
    stale = backup_dir / f".{info.path.name}.0a0b0c0d.tmp"
    stale.write_bytes(b"half a backup")
    two_days_ago = (NOW - 2 * DAY).timestamp()
    os.utime(stale, (two_days_ago, two_days_ago))
    fresh = backup_dir / ".charter-20261130T075959Z-000000000000.cbk.01020304.tmp"
    fresh.write_bytes(b"being written")
    orphan = backup_dir / "charter-20260101T000000Z-0123456789ab.cbk.json"
    orphan.write_text('{"created": "2026-01-01T00:00:00+00:00",'
                      ' "expires": "2026-01-31T00:00:00+00:00"}')

    counts = prune_backups(backup_dir, Keyring.generate(), config, NOW)
    assert counts["kept"] == 1 and counts["unreadable"] == 1  # kept: not yet expired
    assert counts["leftovers"] == 2
    assert not stale.exists() and not orphan.exists() and fresh.exists()
    assert info.path.exists()


def test_prune_of_a_missing_directory_does_nothing(
    live: Live, tmp_path: Path, config: CharterConfig
) -> None:
    counts = prune_backups(tmp_path / "none", live.keyring, config, NOW)
    assert counts == {"deleted": 0, "bytes_freed": 0, "kept": 0, "unreadable": 0, "leftovers": 0}
