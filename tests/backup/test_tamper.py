"""A changed, cut, reordered or foreign backup is detected, and never restored."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from charter.backup import postgres
from charter.backup.archive import MAGIC, BackupDamaged, BackupError, BackupKeyError
from charter.backup.catalog import BackupInfo
from charter.backup.create import create_backup
from charter.backup.restore import restore_backup
from charter.backup.verify import verify_backup
from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.store.engine import make_engine
from tests.backup.conftest import NOW, Live, snapshot_of

SQLITE = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
SMALL_CHUNKS = 1024


def chunk_spans(path: Path) -> list[tuple[int, int]]:
    """(start, end) of every chunk record (nonce, length, ciphertext) in a backup file."""
    data = path.read_bytes()
    (header_length,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    offset = len(MAGIC) + 4 + header_length
    spans = []
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset + 12:offset + 16])
        spans.append((offset, offset + 16 + length))
        offset += 16 + length
    return spans


@pytest.fixture
def backup(live: Live, backup_dir: Path, config: CharterConfig) -> BackupInfo:
    info = create_backup(live.url, backup_dir, live.keyring, config, NOW,
                         chunk_size=SMALL_CHUNKS)
    assert len(chunk_spans(info.path)) >= 3
    return info


def rewrite(path: Path, change: Callable[[bytes], bytes]) -> None:
    path.write_bytes(change(path.read_bytes()))


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


@SQLITE
@pytest.mark.clause("RET-4")
def test_a_changed_byte_is_detected(backup: BackupInfo, live: Live) -> None:
    start, end = chunk_spans(backup.path)[1]
    rewrite(backup.path, lambda data: flip(data, (start + 16 + end) // 2))
    with pytest.raises(BackupDamaged, match="chunk 1 does not decrypt"):
        verify_backup(backup.path, live.keyring)


@SQLITE
@pytest.mark.clause("RET-4")
def test_a_changed_header_is_detected(backup: BackupInfo, live: Live) -> None:
    later = (NOW.replace(year=2036)).isoformat()
    rewrite(backup.path, lambda data: data.replace(
        backup.expires.isoformat().encode(), later.encode(), 1))
    backup.meta_path.unlink()  # so that only the archive's own checks are left
    with pytest.raises(BackupDamaged, match="chunk 0 does not decrypt"):
        verify_backup(backup.path, live.keyring)


@SQLITE
@pytest.mark.clause("RET-4")
@pytest.mark.parametrize("where", ["boundary", "inside"])
def test_a_truncated_backup_is_detected(backup: BackupInfo, live: Live, where: str) -> None:
    start, end = chunk_spans(backup.path)[-1]
    cut = start if where == "boundary" else end - 5
    rewrite(backup.path, lambda data: data[:cut])
    backup.meta_path.unlink()
    with pytest.raises(BackupDamaged, match="truncated"):
        verify_backup(backup.path, live.keyring)


@SQLITE
@pytest.mark.clause("RET-4")
def test_swapped_chunks_and_appended_data_are_detected(backup: BackupInfo, live: Live) -> None:
    (a, b), (c, d) = chunk_spans(backup.path)[:2]
    original = backup.path.read_bytes()
    backup.path.write_bytes(original[:a] + original[c:d] + original[a:b] + original[d:])
    backup.meta_path.unlink()
    with pytest.raises(BackupDamaged, match="chunk 0 does not decrypt"):
        verify_backup(backup.path, live.keyring)

    last_start, last_end = chunk_spans(backup.path)[-1]
    backup.path.write_bytes(original + original[last_start:last_end])
    with pytest.raises(BackupDamaged, match="data follows the last chunk"):
        verify_backup(backup.path, live.keyring)


@SQLITE
@pytest.mark.clause("RET-4")
def test_the_metadata_file_is_checked_against_the_backup(backup: BackupInfo, live: Live) -> None:
    meta = json.loads(backup.meta_path.read_text())
    backup.meta_path.write_text(json.dumps({**meta, "sha256": "0" * 64}))
    with pytest.raises(BackupDamaged, match="SHA-256"):
        verify_backup(backup.path, live.keyring)
    backup.meta_path.write_text(json.dumps({**meta, "expires": "2099-01-01T00:00:00+00:00"}))
    with pytest.raises(BackupDamaged, match="does not match"):
        verify_backup(backup.path, live.keyring)


@SQLITE
@pytest.mark.clause("RET-4")
def test_only_the_right_keyring_opens_a_backup(backup: BackupInfo, live: Live) -> None:
    with pytest.raises(BackupKeyError, match="no usable key"):
        verify_backup(backup.path, Keyring.generate())
    impostor = Keyring.generate()
    impostor.keys[0] = type(impostor.keys[0])(live.keyring.active_kid, b"\x07" * 32)
    impostor.active_kid = live.keyring.active_kid
    with pytest.raises(BackupKeyError, match="does not unwrap"):
        verify_backup(backup.path, impostor)

    # A rotation keeps older backups readable; retiring their key makes them unreadable.
    old_kid = live.keyring.active_kid
    live.keyring.rotate()
    assert verify_backup(backup.path, live.keyring).id == backup.id
    live.keyring.retire(old_kid)
    with pytest.raises(BackupKeyError):
        verify_backup(backup.path, live.keyring)


@pytest.mark.clause("RET-4")
def test_a_damaged_backup_is_never_restored(
    backup: BackupInfo, live: Live, target_url: str
) -> None:
    _, end = chunk_spans(backup.path)[-1]
    rewrite(backup.path, lambda data: flip(data, end - 1))
    with pytest.raises(BackupDamaged):
        restore_backup(backup.path, target_url, live.keyring, ledger_from=None)
    store = "sqlite" if target_url.startswith("sqlite") else "postgresql"
    if store == "sqlite":
        assert not Path(target_url.removeprefix("sqlite:///")).exists()
    else:
        assert postgres.is_empty(target_url)


@pytest.mark.parametrize("store_url", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
@pytest.mark.clause("RET-4")
def test_pg_restore_that_is_cut_off_commits_nothing(
    backup: BackupInfo, live: Live, target_url: str
) -> None:
    dump = snapshot_of(backup.path, live.keyring)

    def failing() -> Iterator[bytes]:
        yield dump[: len(dump) * 3 // 4]
        raise BackupDamaged("chunk 7 does not decrypt")

    with pytest.raises(BackupDamaged):
        postgres.restore(target_url, failing())
    assert postgres.is_empty(target_url)
    engine = make_engine(target_url)
    engine.dispose()
    with pytest.raises(BackupError, match="pg_restore failed"):
        postgres.restore(target_url, iter([dump[:100]]))
    assert postgres.is_empty(target_url)
