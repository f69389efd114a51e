"""`charter audit verify` and `charter audit export`, through `charter.cli.main` (DATA-5)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine, delete, update

from charter.audit.checkpoints import run_checkpoint
from charter.audit.log import AuditLog
from charter.audit.models import audit_events
from charter.cli import main
from charter.config.models import AuditSettings
from charter.privacy.keyring import Keyring
from charter.store.engine import make_engine
from charter.store.migrate import upgrade
from tests.audit.conftest import T0, event


@dataclass
class Installed:
    engine: Engine
    keyring: Keyring
    sink: Path


@pytest.fixture
def installed(store_url: str, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[Installed]:
    monkeypatch.chdir(tmp_path)
    for name in ("CHARTER_KEYRING", "CHARTER_VAR_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CHARTER_STORE_URL", store_url)
    assert main(["init"]) == 0
    upgrade(store_url)
    engine = make_engine(store_url)
    yield Installed(engine, Keyring.load(tmp_path / "charter.keyring"),
                    tmp_path / "var" / "audit-checkpoints")
    engine.dispose()


@pytest.mark.clause("DATA-5")
@pytest.mark.clause("SEC-4")
def test_verify_exits_zero_then_three_naming_the_first_broken_seq(
        installed: Installed, capsys: pytest.CaptureFixture[str]) -> None:
    log = AuditLog(installed.engine)
    for n in range(6):
        log.record_sync(event(n))
    run_checkpoint(installed.engine, installed.keyring, installed.sink, AuditSettings())
    capsys.readouterr()
    assert main(["audit", "verify", "--config", "charter.yaml"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("audit log verified: 6 records (seq 1 to 6)")
    assert "1 verified, newest at seq 6" in out

    with installed.engine.begin() as connection:
        connection.execute(update(audit_events).where(audit_events.c.seq == 4)
                           .values(reason="edited"))
        connection.execute(delete(audit_events).where(audit_events.c.seq == 2))
    assert main(["audit", "verify", "--config", "charter.yaml"]) == 3
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "audit log BROKEN at seq 2"
    assert "  seq 4: its hash does not match its content" in out


def test_verify_of_an_unmigrated_store_is_a_runtime_failure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("CHARTER_KEYRING", "CHARTER_VAR_DIR", "CHARTER_STORE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["init"]) == 0
    capsys.readouterr()
    assert main(["audit", "verify"]) == 1
    assert "charter migrate" in capsys.readouterr().err


@pytest.mark.clause("DATA-5")
def test_an_export_can_be_verified_with_nothing_but_its_header(
        installed: Installed, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = AuditLog(installed.engine)
    for n in range(30):
        log.record_sync(event(n, subject_key="sk_x" if n % 3 else None,
                              details={"n": n, "ratio": n / 3, "note": "café ✓"}))
        if n in (9, 19):
            run_checkpoint(installed.engine, installed.keyring, installed.sink,
                           AuditSettings(checkpoint_every=10))
    out = tmp_path / "export.jsonl"
    assert main(["audit", "export", "--config", "charter.yaml", "--from",
                 (T0.replace(second=5)).isoformat(), "--to", "2026-03-01T09:00:25Z",
                 "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    header, body = lines[0], lines[1:]
    events = [x for x in body if x["type"] == "event"]
    checkpoints = [x for x in body if x["type"] == "checkpoint"]
    assert [e["seq"] for e in events] == list(range(6, 26))
    assert [c["seq"] for c in checkpoints] == [10, 20]
    assert independent_verification(header, events, checkpoints) == 20
    # A changed record in the export no longer verifies.
    events[4]["outcome"] = "denied"
    with pytest.raises(AssertionError):
        independent_verification(header, events, checkpoints)

    assert main(["audit", "export", "--from", "2026-03-01T09:00:00", "--to", "x"]) == 2


def independent_verification(header: dict[str, Any], events: list[dict[str, Any]],
                             checkpoints: list[dict[str, Any]]) -> int:
    """What a third party does, from the export's own description (no Charter code)."""
    fields = header["encoding"]["record"]

    def canonical(value: dict[str, Any]) -> bytes:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                          allow_nan=False).encode()

    hashes = {}
    prev = events[0]["prev_hash"]
    for record in events:
        assert record["prev_hash"] == prev
        body = {name: record[name] for name in fields}
        digest = hashlib.sha256(b"charter-audit-v1\n" + canonical(body)).hexdigest()
        assert digest == record["hash"]
        hashes[record["seq"]] = prev = digest
    keys = {k["kid"]: k for k in header["public_keys"]}
    for checkpoint in checkpoints:
        key = keys[checkpoint["kid"]]
        raw = base64.urlsafe_b64decode(key["public_key"] + "==")
        assert hashlib.sha256(raw).hexdigest()[:16] == checkpoint["key_id"] == key["key_id"]
        message = b"charter-audit-checkpoint-v1\n" + canonical(
            {k: checkpoint[k] for k in ("seq", "head_hash", "ts", "kid", "key_id")})
        signature = base64.urlsafe_b64decode(checkpoint["signature"] + "==")
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, message)
        assert hashes[checkpoint["seq"]] == checkpoint["head_hash"]
    return len(hashes)
