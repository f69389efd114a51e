"""SQLite stores: snapshot with the online backup API, restore by writing the file.

The snapshot is taken into a private temporary directory beside the store (the same disk,
under the same protection as the store itself), the excluded rows are deleted there with
`secure_delete` and the file is vacuumed, so no page of the copy still holds them. The copy is
deleted as soon as it has been encrypted.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from charter.backup.archive import BackupError
from charter.backup.catalog import atomic_file, sync_directory
from charter.backup.contents import EXCLUDED_TABLES
from charter.store.engine import resolve_url

_BUSY_TIMEOUT_MS = 5000
_WORK_PREFIX = ".charter-backup-"
_STALE_SECONDS = 86400.0


def database_path(url: str) -> Path:
    """The file of a `sqlite:///` store URL (not an in-memory database or a `file:` URI)."""
    database = resolve_url(url).database or ""
    if database in {"", ":memory:"} or database.startswith("file:"):
        raise BackupError("only a SQLite store in a file can be backed up or restored into")
    return Path(database).expanduser().absolute()


@contextmanager
def snapshot(url: str) -> Iterator[tuple[Path, str | None]]:
    """A consistent copy of the store without the excluded rows, and its schema revision.

    The copy exists only inside the `with` block.
    """
    source = database_path(url)
    if not source.is_file():
        raise BackupError(f"there is no SQLite store at {source}")
    _remove_stale_copies(source.parent)
    with tempfile.TemporaryDirectory(dir=source.parent, prefix=_WORK_PREFIX) as work:
        copy = Path(work) / "snapshot.db"
        # mode=rw: never create an empty database where the store was expected.
        with closing(sqlite3.connect(f"{source.as_uri()}?mode=rw", uri=True)) as live, \
                closing(sqlite3.connect(copy)) as target:
            live.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
            live.backup(target)  # in one step: the copy is one consistent read
        yield copy, _strip(copy)


def _remove_stale_copies(directory: Path) -> None:
    """Delete the clear copies a killed run left behind (they hold the captures' keys)."""
    now = time.time()
    for work in directory.glob(f"{_WORK_PREFIX}*"):
        if work.is_dir() and now - work.stat().st_mtime > _STALE_SECONDS:
            shutil.rmtree(work, ignore_errors=True)


def _strip(copy: Path) -> str | None:
    with closing(sqlite3.connect(copy, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
        db.execute("PRAGMA secure_delete=ON")
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master"
                                               " WHERE type = 'table'")}
        db.execute("BEGIN")
        for table in EXCLUDED_TABLES:
            if table in tables:
                db.execute(f'DELETE FROM "{table}"')  # noqa: S608 (a fixed table name)
        db.execute("COMMIT")
        db.execute("VACUUM")
        if "alembic_version" not in tables:
            return None
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def is_empty(url: str) -> bool:
    """True when the target holds nothing: no file, or an empty one, and no write-ahead log."""
    path = database_path(url)
    wal = path.with_name(path.name + "-wal")
    return _size(path) == 0 and _size(wal) == 0


def restore(url: str, pieces: Iterable[bytes]) -> None:
    """Write the snapshot to the target's file; refuses if the target holds anything."""
    path = database_path(url)
    if not is_empty(url):
        raise BackupError(f"{path} is not empty: restore only into a new, empty store")
    with atomic_file(path.with_name(path.name + ".restoring")) as out:
        for piece in pieces:
            out.write(piece)
    staged = path.with_name(path.name + ".restoring")
    try:
        if path.exists():  # an empty file (checked above)
            path.unlink()
        os.link(staged, path)  # fails, rather than overwrites, if a store appeared meanwhile
    except FileExistsError:
        raise BackupError(f"{path} appeared during the restore; it was left as it is") from None
    finally:
        staged.unlink(missing_ok=True)
    sync_directory(path.parent)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0
