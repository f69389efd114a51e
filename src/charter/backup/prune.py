"""Delete expired backups (clause RET-4: backups are kept for a limited period).

A backup expires at the time written into it when it was made, or earlier if the `backup`
retention class has since been shortened (see `BackupInfo.expires_under`). Expired backups
are deleted whether or not this keyring can still open them. Leftovers of interrupted runs
(temporary files older than a day, metadata files whose archive is gone) are removed too.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from charter.audit.log import AuditEvent, AuditLog
from charter.backup.archive import BackupError, read_header, unwrap_data_key
from charter.backup.catalog import (
    META_SUFFIX,
    PREFIX,
    SUFFIX,
    TEMP_SUFFIX,
    list_backups,
    retention,
)
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring

ACTION = "backup.prune"
_STALE_TEMPORARY = timedelta(days=1)


def prune_backups(directory: Path, keyring: Keyring, config: CharterConfig, now: datetime, *,
                  audit: AuditLog | None = None, actor: str = "scheduler") -> dict[str, int]:
    """Delete the expired backups in `directory` and return counts.

    Keys: `deleted` (backups removed), `bytes_freed`, `kept` (not yet expired), `unreadable`
    (kept backups this keyring cannot open: made under a key it no longer has), `leftovers`
    (temporary and orphaned metadata files removed). With `audit`, the run is recorded there
    as `backup.prune` with those counts.
    """
    counts = {"deleted": 0, "bytes_freed": 0, "kept": 0, "unreadable": 0, "leftovers": 0}
    for info in list_backups(directory):
        if info.expired(now, config):
            counts["bytes_freed"] += info.path.stat().st_size
            info.path.unlink(missing_ok=True)  # the archive first: no orphaned archive is left
            info.meta_path.unlink(missing_ok=True)
            counts["deleted"] += 1
            continue
        counts["kept"] += 1
        if not _readable(info.path, keyring):
            counts["unreadable"] += 1
    if directory.is_dir():
        counts["leftovers"] = _remove_leftovers(directory, config, now)
    if audit is not None:
        audit.record_sync(AuditEvent(actor=actor, action=ACTION, outcome="success",
                                     details=dict(counts)))
    return counts


def _readable(path: Path, keyring: Keyring) -> bool:
    try:
        with path.open("rb") as source:
            header, _ = read_header(source)
        unwrap_data_key(keyring, header)
    except (BackupError, OSError):
        return False
    return True


def _remove_leftovers(directory: Path, config: CharterConfig, now: datetime) -> int:
    removed = 0
    for path in directory.glob(f".{PREFIX}*{TEMP_SUFFIX}"):
        modified = datetime.fromtimestamp(path.stat().st_mtime, now.tzinfo)
        if now - modified > _STALE_TEMPORARY:
            path.unlink(missing_ok=True)
            removed += 1
    for meta in directory.glob(f"{PREFIX}*{META_SUFFIX}"):
        archive = meta.with_name(meta.name.removesuffix(META_SUFFIX) + SUFFIX)
        if not archive.exists() and _metadata_expired(meta, config, now):
            meta.unlink(missing_ok=True)
            removed += 1
    return removed


def _metadata_expired(meta: Path, config: CharterConfig, now: datetime) -> bool:
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        created = datetime.fromisoformat(data["created"])
        expires = datetime.fromisoformat(data["expires"])
    except (OSError, ValueError, KeyError, TypeError):
        return True  # unreadable metadata of a missing archive describes nothing
    return now >= min(expires, created + retention(config))
