"""What goes into a backup, and how its bytes are streamed.

A backup holds the whole store except the rows of `EXCLUDED_TABLES`, short-lived encrypted
copies of personal data whose keys a backup would otherwise keep alive for its whole life:

- `capture_keys` and `captures`: payload captures are kept for days (their retention class,
  usually `operational`), a backup for a month or more; with the day keys, every capture would
  stay readable long after the purge destroyed the live keys. Without the keys the captures
  are unreadable, and their clear columns (time, route, client, pseudonymous subject) would
  outlive their retention, so they go too;
- `rights_bundles`: a data subject's access or export bundle (everything held about them),
  kept for days under a key the keyring wraps; restored from a backup it would be readable
  again, even after the person was erased.

The tables themselves stay, empty, so a restored store has the full schema. A table this
version of the store does not have is simply not there to leave out.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from typing import IO

from charter.backup.archive import BackupDamaged

EXCLUDED_TABLES = ("capture_keys", "captures", "rights_bundles")
READ_SIZE = 1 << 20
_ZLIB_LEVEL = 1  # fast; a snapshot of the store still shrinks to a fraction of its size
_MAX_PIECE = 4 << 20


def read_pieces(source: IO[bytes], size: int = READ_SIZE) -> Iterator[bytes]:
    while piece := source.read(size):
        yield piece


def compress(pieces: Iterable[bytes]) -> Iterator[bytes]:
    packer = zlib.compressobj(_ZLIB_LEVEL)
    for piece in pieces:
        packed = packer.compress(piece)
        if packed:
            yield packed
    yield packer.flush()


def decompress(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The inflated stream, in pieces of at most 4 MiB; `BackupDamaged` if it is incomplete."""
    unpacker = zlib.decompressobj()
    try:
        for piece in pieces:
            data = piece
            while data:
                out = unpacker.decompress(data, _MAX_PIECE)
                if out:
                    yield out
                data = unpacker.unconsumed_tail
        tail = unpacker.flush()
    except zlib.error:
        raise BackupDamaged("the backup's content does not decompress") from None
    if tail:
        yield tail
    if not unpacker.eof or unpacker.unused_data:
        raise BackupDamaged("the backup's content is incomplete")


def plaintext(pieces: Iterable[bytes], compression: str) -> Iterator[bytes]:
    """The snapshot's bytes from a backup's decrypted chunks."""
    if compression == "zlib":
        return decompress(pieces)
    if compression == "none":
        return iter(pieces)
    raise BackupDamaged(f"unknown compression {compression!r}")
