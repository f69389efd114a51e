"""Check a backup end to end without writing its content anywhere.

Every chunk is decrypted and authenticated in memory and dropped; the decompressed stream is
checked to be complete; the SHA-256 and size of the file are compared with its metadata, and
the metadata with the (authenticated) header. Any difference raises `BackupDamaged`, a
keyring that cannot open the backup `BackupKeyError`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charter.backup.archive import (
    BackupDamaged,
    Reader,
    read_chunks,
    read_header,
    unwrap_data_key,
)
from charter.backup.catalog import describe, info_from_header
from charter.backup.contents import plaintext
from charter.privacy.keyring import Keyring

ACTION = "backup.verify"


@dataclass(frozen=True)
class VerifyReport:
    """A backup that verified: its id, how many chunks, how many bytes of snapshot."""

    id: str
    chunks: int
    snapshot_bytes: int
    size: int
    metadata: bool  # False when the metadata file is missing (the archive itself is whole)


class _HashingReader:
    def __init__(self, source: Reader) -> None:
        self._source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1, /) -> bytes:
        data = self._source.read(size)
        self.digest.update(data)
        self.size += len(data)
        return data


def verify_backup(path: Path, keyring: Keyring) -> VerifyReport:
    """Decrypt and check all of the backup at `path`; see the module docstring."""
    described = describe(path)
    chunks = 0

    with path.open("rb") as raw:
        source = _HashingReader(raw)
        header, digest = read_header(source)
        key = unwrap_data_key(keyring, header)

        def counted() -> Iterator[bytes]:
            nonlocal chunks
            for chunk in read_chunks(source, header, digest, key):
                chunks += 1
                yield chunk

        snapshot_bytes = sum(len(piece) for piece in plaintext(counted(), header.compression))
    if described.complete:
        if source.size != described.size or source.digest.hexdigest() != described.sha256:
            raise BackupDamaged("the file's SHA-256 or size differs from its metadata file:"
                                " the file was changed")
        from_header = info_from_header(path, header, size=described.size,
                                       sha256=described.sha256, complete=True)
        if from_header != described:
            raise BackupDamaged("the metadata file does not match the backup's header")
    return VerifyReport(id=header.id, chunks=chunks, snapshot_bytes=snapshot_bytes,
                        size=source.size, metadata=described.complete)
