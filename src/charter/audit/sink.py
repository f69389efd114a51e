"""Checkpoints as stored: rows of `audit_checkpoints`, and files in the second sink.

The second sink is a directory holding one JSON file per checkpoint, `<seq, 20 digits>.json`,
each written whole or not at all (a temporary file, fsync, rename, fsync of the directory).
It lives apart from the store — another disk, a mount of another machine, a write-once
bucket — so that whoever can rewrite the store cannot also rewrite what was signed before.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from charter.audit.chain import timestamp
from charter.audit.models import audit_checkpoints
from charter.audit.signing import Statement

FORMAT = "charter-audit-checkpoint/1"
_NAME_DIGITS = 20


class SinkError(ValueError):
    """A checkpoint file is not one (malformed, or another format)."""


@dataclass(frozen=True)
class Checkpoint:
    statement: Statement
    signature: str

    @property
    def seq(self) -> int:
        return self.statement.seq

    def as_json(self, public_key: str | None = None) -> dict[str, Any]:
        s = self.statement
        document: dict[str, Any] = {"format": FORMAT, "seq": s.seq, "head_hash": s.head_hash,
                                    "ts": s.ts, "kid": s.kid, "key_id": s.key_id,
                                    "signature": self.signature}
        if public_key is not None:
            document["public_key"] = public_key  # a convenience; verifiers use their own
        return document

    @classmethod
    def from_json(cls, document: Any) -> Checkpoint:
        try:
            if document["format"] != FORMAT:
                raise SinkError("not a Charter audit checkpoint")
            statement = Statement(seq=int(document["seq"]), head_hash=str(document["head_hash"]),
                                  ts=str(document["ts"]), kid=str(document["kid"]),
                                  key_id=str(document["key_id"]))
            return cls(statement, str(document["signature"]))
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, SinkError):
                raise
            raise SinkError(f"malformed checkpoint ({type(exc).__name__})") from None

    def row(self, ts: datetime) -> dict[str, Any]:
        s = self.statement
        return {"seq": s.seq, "head_hash": s.head_hash, "ts": ts, "kid": s.kid,
                "key_id": s.key_id, "signature": self.signature}


def stored_checkpoints(connection: Connection, after: int = 0) -> list[Checkpoint]:
    """The checkpoints in the store with seq above `after`, oldest first."""
    rows = connection.execute(select(audit_checkpoints).where(audit_checkpoints.c.seq > after)
                              .order_by(audit_checkpoints.c.seq)).mappings().all()
    return [Checkpoint(Statement(seq=int(r["seq"]), head_hash=r["head_hash"],
                                 ts=timestamp(r["ts"]), kid=r["kid"], key_id=r["key_id"]),
                       r["signature"]) for r in rows]


def file_name(seq: int) -> str:
    return f"{seq:0{_NAME_DIGITS}d}.json"


def sink_seqs(directory: Path) -> list[int]:
    """The seqs of the checkpoint files in `directory`, ascending (none if it is missing)."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        stem, dot, ext = path.name.partition(".")
        if dot and ext == "json" and len(stem) == _NAME_DIGITS and stem.isdigit():
            found.append(int(stem))
    return sorted(found)


def read_sink(directory: Path) -> list[tuple[Path, Checkpoint | SinkError]]:
    """Every checkpoint file in `directory`, oldest first, parsed or with why it is not."""
    found: list[tuple[Path, Checkpoint | SinkError]] = []
    for seq in sink_seqs(directory):
        path = directory / file_name(seq)
        try:
            checkpoint = Checkpoint.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            found.append((path, exc if isinstance(exc, SinkError)
                          else SinkError(f"unreadable ({type(exc).__name__})")))
            continue
        if checkpoint.seq != seq:
            found.append((path, SinkError(f"holds the checkpoint of seq {checkpoint.seq}")))
        else:
            found.append((path, checkpoint))
    return found


def write_file(directory: Path, checkpoint: Checkpoint, public_key: str | None = None) -> Path:
    """Write `checkpoint` to the sink atomically and durably; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / file_name(checkpoint.seq)
    payload = json.dumps(checkpoint.as_json(public_key), indent=2, sort_keys=True) + "\n"
    temporary = directory / f".{target.name}.{secrets.token_hex(4)}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    _fsync_directory(directory)
    return target


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # directories cannot be opened for fsync elsewhere
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
