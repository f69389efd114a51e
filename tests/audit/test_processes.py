"""Several processes append to one chain; a writer killed at any moment loses nothing it
acknowledged (DATA-5, SEC-4)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from charter.audit.checkpoints import run_checkpoint
from charter.audit.models import audit_events
from charter.audit.verify import verify_log
from charter.config.models import AuditSettings
from charter.privacy.keyring import Keyring

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 20


def writer(url: str, threads: int, count: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.audit.writer", url, str(threads), str(count)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline() == "ready\n"
    return process


def acknowledged(output: str) -> list[int]:
    # Only whole lines: a line cut off by the kill was never acknowledged to anyone.
    return [int(line) for line in output.split("\n")[:-1] if line]


def stored_seqs(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        return list(connection.execute(select(audit_events.c.seq)
                                       .order_by(audit_events.c.seq)).scalars())


@pytest.mark.clause("DATA-5")
def test_two_processes_appending_at_once_make_one_gapless_chain(store: Engine,
                                                               store_url: str) -> None:
    processes = [writer(store_url, threads=4, count=40) for _ in range(2)]
    outputs = [p.communicate(timeout=60)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0]
    seqs = [acknowledged(out) for out in outputs]
    assert len(seqs[0]) == len(seqs[1]) == 160
    assert sorted(seqs[0] + seqs[1]) == list(range(1, 321))
    assert stored_seqs(store) == list(range(1, 321))
    report = verify_log(store, None, None)
    assert report.ok and report.events == 320, report.problems


@pytest.mark.clause("DATA-5")
@pytest.mark.clause("SEC-4")
def test_a_killed_writer_loses_no_acknowledged_record(store: Engine, store_url: str,
                                                      tmp_path: Path) -> None:
    keyring = Keyring.generate()
    sink = tmp_path / "sink"
    chance = random.Random(20261130)
    every = AuditSettings(checkpoint_every=1)
    confirmed: set[int] = set()
    for _ in range(ROUNDS):
        process = writer(store_url, threads=chance.choice((1, 4)), count=-1)
        time.sleep(chance.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate(timeout=30)
        confirmed.update(acknowledged(output))
        present = stored_seqs(store)
        assert confirmed <= set(present)
        assert present == list(range(1, len(present) + 1))
        run_checkpoint(store, keyring, sink, every)
        report = verify_log(store, keyring, sink)
        assert report.ok, report.problems
    assert len(confirmed) > ROUNDS  # the writers did get somewhere
