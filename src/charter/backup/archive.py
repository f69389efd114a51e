"""The encrypted backup file: a header, then AES-256-GCM chunks.

Layout of a `.cbk` file::

    MAGIC (8 bytes) | header length (4, big-endian) | header (JSON, UTF-8)
    then per chunk: nonce (12) | ciphertext length (4, big-endian) | ciphertext and tag

The snapshot is encrypted under a data key made for this backup alone; the header keeps it
wrapped under `keyring.derive("backup", kid)`, bound to the backup id and key id. Each chunk
has a random nonce and, as associated data, the SHA-256 of the header, its index and a flag
set on the last chunk only. So a changed header or chunk, chunks moved or swapped, and a file
cut short at any point (even between chunks) all fail to decrypt. The header holds no
personal data: ids, times, the store kind and schema revision, the key id.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from charter.privacy.keyring import Keyring

MAGIC = b"\x89CBK\r\n\x1a\n"
FORMAT = "charter-backup/1"
KEY_DOMAIN = "backup"
CHUNK_SIZE = 1 << 20
MAX_CHUNK_SIZE = 1 << 26
MAX_HEADER = 1 << 16
_NONCE = 12
_TAG = 16
_CHUNK_HEAD = struct.Struct(">12sI")
_LENGTH = struct.Struct(">I")


class Reader(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Writer(Protocol):
    def write(self, data: bytes, /) -> object: ...


class BackupError(Exception):
    """A backup cannot be made, read or restored; the message says why, without secrets."""


class BackupKeyError(BackupError):
    """The keyring cannot open this backup (no such key, a retired key, another keyring)."""


class BackupDamaged(BackupError):
    """The backup file was changed, cut short or is not a backup."""


@dataclass(frozen=True)
class Header:
    """What a backup file says about itself (authenticated by every chunk)."""

    id: str
    created: str  # ISO 8601, UTC
    expires: str
    store: str  # "sqlite" or "postgresql"
    revision: str | None
    kid: str
    chunk_size: int
    compression: str  # "zlib" or "none"
    excluded: tuple[str, ...]  # tables whose rows a backup leaves out
    key_nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "id": self.id, "created": self.created, "expires": self.expires,
            "store": self.store, "revision": self.revision, "kid": self.kid,
            "chunk_size": self.chunk_size, "compression": self.compression,
            "excluded": list(self.excluded),
            "key_nonce": _b64(self.key_nonce), "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Header:
        if data.get("format") != FORMAT:
            raise BackupDamaged("not a Charter backup of a format this version reads")
        try:
            header = cls(
                id=str(data["id"]), created=str(data["created"]), expires=str(data["expires"]),
                store=str(data["store"]),
                revision=None if data["revision"] is None else str(data["revision"]),
                kid=str(data["kid"]), chunk_size=int(data["chunk_size"]),
                compression=str(data["compression"]),
                excluded=tuple(str(name) for name in data["excluded"]),
                key_nonce=base64.b64decode(data["key_nonce"], validate=True),
                wrapped_key=base64.b64decode(data["wrapped_key"], validate=True),
            )
        except (KeyError, TypeError, ValueError):
            raise BackupDamaged("the backup's header is malformed") from None
        if not 0 < header.chunk_size <= MAX_CHUNK_SIZE:
            raise BackupDamaged("the backup's header is malformed")
        return header


def new_data_key(keyring: Keyring, backup_id: str) -> tuple[bytes, str, bytes, bytes]:
    """A fresh data key and its wrapping: (key, kid, nonce, wrapped), under the active key."""
    key = AESGCM.generate_key(bit_length=256)
    kid = keyring.active_kid
    nonce = secrets.token_bytes(_NONCE)
    wrapped = AESGCM(keyring.derive(KEY_DOMAIN, kid)).encrypt(nonce, key, _key_aad(backup_id, kid))
    return key, kid, nonce, wrapped


def unwrap_data_key(keyring: Keyring, header: Header) -> bytes:
    """The data key of a backup; `BackupKeyError` when this keyring cannot give it."""
    try:
        wrap = keyring.derive(KEY_DOMAIN, header.kid)
    except KeyError:
        raise BackupKeyError(
            f"the keyring has no usable key {header.kid!r} (absent or retired): this backup"
            " cannot be read with it") from None
    try:
        return AESGCM(wrap).decrypt(header.key_nonce, header.wrapped_key,
                                    _key_aad(header.id, header.kid))
    except InvalidTag:
        raise BackupKeyError(
            f"the backup's data key does not unwrap with key {header.kid!r} of this keyring:"
            " another keyring, or the header was changed") from None


def write_archive(out: Writer, header: Header, key: bytes, plaintext: Iterable[bytes]) -> None:
    """Write the header and `plaintext`, re-cut into `header.chunk_size` pieces, encrypted."""
    encoded = json.dumps(header.to_json(), sort_keys=True).encode()
    out.write(MAGIC + _LENGTH.pack(len(encoded)) + encoded)
    digest = hashlib.sha256(encoded).digest()
    aead = AESGCM(key)
    index = 0
    pending: bytes | None = None
    for piece in _rechunk(plaintext, header.chunk_size):
        if pending is not None:
            _write_chunk(out, aead, digest, index, pending, final=False)
            index += 1
        pending = piece
    _write_chunk(out, aead, digest, index, pending or b"", final=True)


def read_header(source: Reader) -> tuple[Header, bytes]:
    """The header at the start of `source`, and the SHA-256 its chunks are bound to."""
    start = source.read(len(MAGIC) + _LENGTH.size)
    if len(start) < len(MAGIC) + _LENGTH.size or not start.startswith(MAGIC):
        raise BackupDamaged("not a Charter backup (no backup header)")
    (length,) = _LENGTH.unpack(start[len(MAGIC):])
    if length > MAX_HEADER:
        raise BackupDamaged("the backup's header is malformed")
    encoded = source.read(length)
    if len(encoded) < length:
        raise BackupDamaged("the backup is truncated (inside its header)")
    try:
        data = json.loads(encoded)
    except ValueError:
        raise BackupDamaged("the backup's header is malformed") from None
    if not isinstance(data, dict):
        raise BackupDamaged("the backup's header is malformed")
    return Header.from_json(data), hashlib.sha256(encoded).digest()


def read_chunks(source: Reader, header: Header, digest: bytes, key: bytes) -> Iterator[bytes]:
    """Decrypted chunks after the header, each yielded only once authenticated.

    Raises `BackupDamaged` at the first chunk that does not decrypt, when the file ends before
    the last chunk, or when anything follows the last chunk.
    """
    aead = AESGCM(key)
    limit = header.chunk_size + _TAG
    index = 0
    current = _next_chunk(source, limit, index)
    if current is None:
        raise BackupDamaged("the backup is truncated (no chunk after the header)")
    while current is not None:
        # Reading one chunk ahead tells whether this one must be the last.
        following = _next_chunk(source, limit, index + 1)
        final = following is None
        nonce, ciphertext = current
        try:
            yield aead.decrypt(nonce, ciphertext, _chunk_aad(digest, index, final))
        except InvalidTag:
            raise BackupDamaged(_diagnose(aead, digest, index, nonce, ciphertext, final)) from None
        current = following
        index += 1


def _diagnose(aead: AESGCM, digest: bytes, index: int, nonce: bytes, ciphertext: bytes,
              final: bool) -> str:
    """Why chunk `index` failed: a cut, data after the end, or a changed chunk."""
    try:
        aead.decrypt(nonce, ciphertext, _chunk_aad(digest, index, not final))
    except InvalidTag:
        return (f"chunk {index} does not decrypt: the file was changed or chunks were"
                " reordered (or the header was changed)")
    if final:
        return f"the backup is truncated: it ends after chunk {index}, before its last chunk"
    return f"data follows the last chunk ({index}): the file was changed"


def _next_chunk(source: Reader, limit: int, index: int) -> tuple[bytes, bytes] | None:
    head = source.read(_CHUNK_HEAD.size)
    if not head:
        return None
    if len(head) < _CHUNK_HEAD.size:
        raise BackupDamaged(f"the backup is truncated (inside chunk {index})")
    nonce, length = _CHUNK_HEAD.unpack(head)
    if not _TAG <= length <= limit:
        raise BackupDamaged(f"chunk {index} has an impossible length: the file was changed")
    ciphertext = source.read(length)
    if len(ciphertext) < length:
        raise BackupDamaged(f"the backup is truncated (inside chunk {index})")
    return nonce, ciphertext


def _write_chunk(out: Writer, aead: AESGCM, digest: bytes, index: int, data: bytes, *,
                 final: bool) -> None:
    nonce = secrets.token_bytes(_NONCE)
    ciphertext = aead.encrypt(nonce, data, _chunk_aad(digest, index, final))
    out.write(_CHUNK_HEAD.pack(nonce, len(ciphertext)))
    out.write(ciphertext)


def _rechunk(pieces: Iterable[bytes], size: int) -> Iterator[bytes]:
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)


def _chunk_aad(digest: bytes, index: int, final: bool) -> bytes:
    return b"charter:backup-chunk:" + digest + struct.pack(">Q?", index, final)


def _key_aad(backup_id: str, kid: str) -> bytes:
    return f"charter:backup-key:{backup_id}:{kid}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
