"""Verifying the audit log: the chain, the head, the checkpoints, and the second sink.

`verify_log` reads every record in seq order and recomputes its hash (an edited record, or
two records swapped, no longer match), checks that each names the one before as `prev_hash`
and that seqs have no gap (a deleted record), that `audit_head` ends where the records do,
and that every checkpoint — in the store and in the second sink — carries a valid signature
by a key the keyring derives and matches the hash of the record it names. A checkpoint in the
second sink beyond the last record means the log was truncated; one whose hash no longer
matches means it was rewritten, however consistent the new chain is.

The report names the first broken seq: the earliest record that cannot be trusted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, Engine, select

from charter.audit.append import HEAD_ID
from charter.audit.chain import GENESIS, event_hash
from charter.audit.models import audit_events, audit_head
from charter.audit.signing import public_keys, verify
from charter.audit.sink import Checkpoint, SinkError, read_sink, stored_checkpoints
from charter.privacy.keyring import Keyring

CHUNK = 2000


@dataclass(frozen=True)
class Problem:
    """Something that breaks the log's integrity, at `seq` (None: not tied to one record)."""

    seq: int | None
    message: str

    def __str__(self) -> str:
        return f"seq {self.seq}: {self.message}" if self.seq is not None else self.message


@dataclass
class Report:
    events: int = 0
    first_seq: int | None = None
    last_seq: int = 0
    head_hash: str = GENESIS
    checkpoints: int = 0  # verified, store and sink together (one per seq)
    sink_files: int = 0
    newest_checkpoint: int | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_broken(self) -> int | None:
        """The lowest seq a problem names (None when none names one, or all is well)."""
        seqs = [p.seq for p in self.problems if p.seq is not None]
        return min(seqs) if seqs else None

    def add(self, seq: int | None, message: str) -> None:
        self.problems.append(Problem(seq, message))


@dataclass(frozen=True)
class Link:
    """One record as the walk saw it."""

    seq: int
    hash: str  # as stored
    problem: str | None  # why this record breaks the chain, if it does
    gap_from: int | None = None  # the first missing seq before this one, if any are missing


def walk(connection: Connection, after: int = 0, prev_hash: str = GENESIS,
         legacy_seq: int = 0) -> Iterator[Link]:
    """Records above seq `after` in order, checked against the one before (whose hash is
    `prev_hash`). Seqs at or below `legacy_seq` may have gaps (from before the chain)."""
    last = after
    while True:
        result = connection.execute(
            select(audit_events).where(audit_events.c.seq > last)
            .order_by(audit_events.c.seq).limit(CHUNK))
        names = list(result.keys())
        rows = [dict(zip(names, values, strict=True)) for values in result.all()]
        if not rows:
            return
        for row in rows:
            seq = int(row["seq"])
            gap_from = last + 1 if seq != last + 1 and seq > legacy_seq else None
            yield Link(seq, row["hash"], _check(row, prev_hash), gap_from)
            last, prev_hash = seq, row["hash"]


def _check(row: Any, expected_prev: str) -> str | None:
    if row["prev_hash"] != expected_prev:
        return "does not chain to the record before it (a record before it was removed, " \
               "changed or reordered)"
    if event_hash(row, row["prev_hash"]) != row["hash"]:
        return "its hash does not match its content (the record was changed or moved)"
    return None


def verify_log(engine: Engine, keyring: Keyring | None, sink_dir: Path | None) -> Report:
    """Check everything the module docstring lists; never raises for a broken log (only for
    a store that cannot be read)."""
    report = Report()
    keys = public_keys(keyring) if keyring is not None else None
    if keys is None:
        report.warnings.append("no keyring: checkpoint signatures were not checked")
    with engine.connect() as connection:
        head = connection.execute(select(audit_head).where(audit_head.c.id == HEAD_ID)).first()
        legacy_seq = int(head.legacy_seq) if head is not None else 0
        base_seq = int(head.base_seq) if head is not None else 0
        base_hash = str(head.base_hash) if head is not None else GENESIS
        report.last_seq, report.head_hash = base_seq, base_hash
        checkpoints = _checkpoints(connection, sink_dir, keys, report)
        wanted = {seq for seq, _ in checkpoints}
        hashes: dict[int, str] = {base_seq: base_hash} if base_seq else {}
        for link in walk(connection, base_seq, base_hash, legacy_seq=legacy_seq):
            if report.first_seq is None:
                report.first_seq = link.seq
            report.events += 1
            if link.gap_from is not None:
                report.add(link.gap_from, f"missing (the log goes from {link.gap_from - 1} "
                                          f"to {link.seq})")
            if link.problem is not None:
                report.add(link.seq, link.problem)
            if link.seq in wanted:
                hashes[link.seq] = link.hash
            report.last_seq, report.head_hash = link.seq, link.hash
    _check_head(head, report)
    if base_seq and (base_seq, base_hash) not in checkpoints:
        report.add(base_seq + 1, f"records up to seq {base_seq} were removed as expired, but "
                                 "no valid checkpoint vouches for where the log now starts")
    for seq, head_hash in checkpoints:
        if seq < base_seq:
            continue  # covers records removed as expired
        if seq > report.last_seq:
            report.add(report.last_seq + 1,
                       f"missing: a checkpoint covers the log up to seq {seq}, but it ends at "
                       f"{report.last_seq} (truncated)")
        elif seq not in hashes:
            report.add(seq, "missing, though a checkpoint names it")
        elif hashes[seq] != head_hash:
            report.add(seq, "differs from what a signed checkpoint recorded: the log was "
                            f"rewritten at or before seq {seq}")
    if not report.problems and report.newest_checkpoint is not None \
            and report.newest_checkpoint < report.last_seq:
        report.warnings.append(
            f"records after seq {report.newest_checkpoint} are not yet covered by a "
            "checkpoint")
    return report


def _check_head(head: Any, report: Report) -> None:
    if head is None:
        if report.events:
            report.add(report.first_seq, "the chain's head row (audit_head) is missing")
        return
    seq, head_hash = int(head.seq), str(head.hash)
    if seq > report.last_seq:
        report.add(report.last_seq + 1, f"missing: the head says the log ends at seq {seq}, "
                                        f"the records end at {report.last_seq} (truncated)")
    elif seq < report.last_seq:
        report.add(seq + 1, f"records after seq {seq} were added outside the chain's head")
    elif head_hash != report.head_hash:
        report.add(seq, "does not match the chain's head (audit_head)")


def _checkpoints(connection: Connection, sink_dir: Path | None,
                 keys: dict[str, Ed25519PublicKey] | None,
                 report: Report) -> list[tuple[int, str]]:
    """Every checkpoint with a valid signature, from the store and the sink, as (seq, hash);
    the others are problems."""
    stored = stored_checkpoints(connection)
    in_sink: list[Checkpoint] = []
    if sink_dir is None:
        report.warnings.append("no second sink given: truncation and rewrites of the whole "
                               "store cannot be detected")
    elif not sink_dir.is_dir():
        report.warnings.append(f"the second sink {sink_dir} does not exist")
    else:
        for path, found in read_sink(sink_dir):
            if isinstance(found, SinkError):
                report.add(None, f"checkpoint file {path.name}: {found}")
            else:
                in_sink.append(found)
        report.sink_files = len(in_sink)
        sink_seqs = {c.seq for c in in_sink}
        unsunk = [c.seq for c in stored if c.seq not in sink_seqs]
        if unsunk:
            report.warnings.append(
                f"{len(unsunk)} checkpoint(s) in the store are not in the second sink (the "
                f"newest at seq {unsunk[-1]}); the next checkpoint run writes them")
        if stored and not in_sink:
            report.warnings.append("the second sink is empty although the store holds "
                                   "checkpoints: was it moved or wiped?")
    valid: dict[tuple[int, str], None] = {}
    for where, checkpoint in [("store", c) for c in stored] + [("sink", c) for c in in_sink]:
        if keys is not None:
            reason = verify(keys, checkpoint.statement, checkpoint.signature)
            if reason is not None:
                report.add(checkpoint.seq, f"the checkpoint in the {where} is not valid: "
                                           f"{reason}")
                continue
        valid[(checkpoint.seq, checkpoint.statement.head_hash)] = None
    report.checkpoints = len({seq for seq, _ in valid})
    report.newest_checkpoint = max((seq for seq, _ in valid), default=None)
    return sorted(valid)
