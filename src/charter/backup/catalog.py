"""The backup directory: which backups it holds, what their metadata says, where it is.

Each backup is two files: `charter-<UTC time>-<id>.cbk` (the encrypted archive) and
`charter-<UTC time>-<id>.cbk.json` (its metadata: ids, times, store kind, schema revision,
key id, size, SHA-256 of the `.cbk` file; nothing about anyone). The metadata file is written
last, so its presence marks a finished backup; without it the archive's own header still
says everything but the size and hash. Both are written under a temporary name, synced and
renamed into place.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

from charter.backup.archive import FORMAT, BackupDamaged, BackupError, Header, read_header
from charter.config.models import CharterConfig
from charter.settings import Settings

# When the configuration has no `backup` retention class (the defaults have one).
DEFAULT_RETENTION = 30 * 86400.0
SUFFIX = ".cbk"
META_SUFFIX = ".cbk.json"
PREFIX = "charter-"
TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class BackupInfo:
    """One backup in a directory, as its metadata (or, lacking that, its header) describes it."""

    id: str
    path: Path
    created: datetime
    expires: datetime
    store: str
    revision: str | None
    kid: str
    size: int
    sha256: str | None  # of the whole .cbk file; None when the metadata file is missing
    complete: bool  # the metadata file exists

    @property
    def meta_path(self) -> Path:
        return meta_path(self.path)

    def expires_under(self, config: CharterConfig) -> datetime:
        """The expiry written when the backup was made, or sooner if the `backup` retention
        class has been shortened since: a backup never outlives the period now configured."""
        return min(self.expires, self.created + retention(config))

    def expired(self, now: datetime, config: CharterConfig) -> bool:
        return now >= self.expires_under(config)

    def metadata(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "id": self.id, "file": self.path.name,
            "created": self.created.isoformat(), "expires": self.expires.isoformat(),
            "store": self.store, "revision": self.revision, "kid": self.kid,
            "size": self.size, "sha256": self.sha256,
        }


def retention(config: CharterConfig) -> timedelta:
    """How long a backup is kept: the `backup` retention class."""
    return timedelta(seconds=config.retention_classes.get("backup", DEFAULT_RETENTION))


def meta_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(SUFFIX) + META_SUFFIX)


def file_name(created: datetime, backup_id: str) -> str:
    return f"{PREFIX}{created.strftime('%Y%m%dT%H%M%SZ')}-{backup_id}{SUFFIX}"


def backup_directory(config: CharterConfig, settings: Settings) -> Path:
    """`backups.directory` (relative to the configuration file), else `<var>/backups`."""
    if config.backups.directory is None:
        return settings.var_dir / "backups"
    directory = Path(config.backups.directory).expanduser()
    if directory.is_absolute():
        return directory
    base = settings.config_path.parent if settings.config_path else Path.cwd()
    return base / directory


def list_backups(directory: Path) -> list[BackupInfo]:
    """Every backup in `directory`, oldest first. A file that is not a readable backup is
    skipped (`verify` names it); a missing directory holds none."""
    if not directory.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in sorted(directory.glob(f"{PREFIX}*{SUFFIX}")):
        try:
            found.append(describe(path))
        except (BackupError, OSError):
            continue
    return sorted(found, key=lambda info: (info.created, info.id))


def find_backup(directory: Path, reference: str) -> BackupInfo:
    """A backup named by its id, its file name or a path to its `.cbk` file."""
    if reference.endswith(SUFFIX):
        for candidate in (Path(reference), directory / reference):
            if candidate.is_file():
                return describe(candidate)
        raise BackupError(f"no backup file {reference}")
    matches = [info for info in list_backups(directory) if info.id == reference]
    if not matches:
        raise BackupError(f"no backup {reference!r} in {directory}")
    return matches[0]


def describe(path: Path) -> BackupInfo:
    """The metadata of the backup at `path`: from its metadata file, else from its header."""
    meta = meta_path(path)
    if meta.exists():
        return _from_metadata(path, meta)
    with path.open("rb") as source:
        header, _ = read_header(source)
    return info_from_header(path, header, size=path.stat().st_size, sha256=None, complete=False)


def info_from_header(path: Path, header: Header, *, size: int, sha256: str | None,
                     complete: bool) -> BackupInfo:
    try:
        created, expires = _time(header.created), _time(header.expires)
    except ValueError:
        raise BackupDamaged("the backup's header is malformed") from None
    return BackupInfo(
        id=header.id, path=path, created=created, expires=expires, store=header.store,
        revision=header.revision, kid=header.kid, size=size, sha256=sha256, complete=complete,
    )


def write_metadata(info: BackupInfo) -> None:
    payload = json.dumps(info.metadata(), indent=2, sort_keys=True).encode() + b"\n"
    with atomic_file(info.meta_path) as out:
        out.write(payload)


@contextmanager
def atomic_file(target: Path) -> Iterator[IO[bytes]]:
    """A new private file that appears at `target` whole, or not at all.

    Written under a temporary name in the same directory, synced, then renamed over `target`;
    the directory is synced too, so the rename survives a crash. On error nothing is left.
    """
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
        sync_directory(target.parent)
    finally:
        temporary.unlink(missing_ok=True)


def sync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _from_metadata(path: Path, meta: Path) -> BackupInfo:
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("file") != path.name:
            raise ValueError("not this backup's metadata")
        revision = data["revision"]
        return BackupInfo(
            id=str(data["id"]), path=path, created=_time(str(data["created"])),
            expires=_time(str(data["expires"])), store=str(data["store"]),
            revision=None if revision is None else str(revision), kid=str(data["kid"]),
            size=int(data["size"]), sha256=str(data["sha256"]), complete=True,
        )
    except (KeyError, TypeError, ValueError):
        raise BackupDamaged(f"the metadata file {meta.name} is malformed") from None


def _time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("a backup time must carry its time zone")
    return moment
