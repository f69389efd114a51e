"""The hash chain and its checkpoints: every kind of tampering is found and named (DATA-5)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, Table, delete, insert, select, update

from charter.audit.append import append_rows
from charter.audit.chain import GENESIS, event_hash
from charter.audit.models import audit_checkpoints, audit_events, audit_head
from charter.audit.sink import Checkpoint, read_sink, write_file
from charter.audit.verify import verify_log
from charter.privacy.keyring import Keyring
from tests.audit.conftest import Chain, event


def rows(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as connection:
        return [dict(r) for r in connection.execute(
            select(audit_events).order_by(audit_events.c.seq)).mappings()]


def set_head(engine: Engine, seq: int, head_hash: str) -> None:
    with engine.begin() as connection:
        connection.execute(update(audit_head).values(seq=seq, hash=head_hash))


@pytest.mark.clause("DATA-5")
@pytest.mark.clause("SEC-4")
def test_records_form_one_gapless_chain_that_verifies(chain: Chain) -> None:
    assert chain.append(12) == list(range(1, 13))
    stored = rows(chain.engine)
    assert stored[0]["prev_hash"] == GENESIS
    for before, after in itertools.pairwise(stored):
        assert after["prev_hash"] == before["hash"]
        assert after["seq"] == before["seq"] + 1  # type: ignore[operator]
    for row in stored:
        assert event_hash(row, str(row["prev_hash"])) == row["hash"]
    report = chain.verify()
    assert report.ok and report.events == 12 and report.last_seq == 12
    assert report.head_hash == stored[-1]["hash"]


@pytest.mark.clause("DATA-5")
def test_an_edited_record_is_named(chain: Chain) -> None:
    chain.append(8)
    with chain.engine.begin() as connection:
        connection.execute(update(audit_events).where(audit_events.c.seq == 3)
                           .values(outcome="failure"))
    report = chain.verify()
    assert not report.ok and report.first_broken == 3
    assert "does not match its content" in str(report.problems[0])


@pytest.mark.clause("DATA-5")
def test_an_edited_record_with_a_recomputed_hash_breaks_the_next_link(chain: Chain) -> None:
    chain.append(8)
    (row,) = [r for r in rows(chain.engine) if r["seq"] == 3]
    row["actor"] = "acc_someone_else"
    with chain.engine.begin() as connection:
        connection.execute(update(audit_events).where(audit_events.c.seq == 3).values(
            actor=row["actor"], hash=event_hash(row, str(row["prev_hash"]))))
    assert chain.verify().first_broken == 4


@pytest.mark.clause("DATA-5")
def test_a_deleted_record_is_a_gap(chain: Chain) -> None:
    chain.append(8)
    with chain.engine.begin() as connection:
        connection.execute(delete(audit_events).where(audit_events.c.seq == 4))
    report = chain.verify()
    assert report.first_broken == 4
    assert "missing (the log goes from 3 to 5)" in str(report.problems[0])


@pytest.mark.clause("DATA-5")
def test_reordered_records_are_named(chain: Chain) -> None:
    chain.append(8)
    with chain.engine.begin() as connection:
        for old, new in ((5, 1000), (6, 5), (1000, 6)):
            connection.execute(update(audit_events).where(audit_events.c.seq == old)
                               .values(seq=new))
    report = chain.verify()
    assert report.first_broken == 5


@pytest.mark.clause("DATA-5")
def test_a_truncated_tail_is_found_through_the_second_sink(chain: Chain) -> None:
    chain.append(10)
    assert chain.checkpoint()["written"] == 1
    chain.append(2)
    # Whoever truncates covers their tracks in the store: the head, the checkpoints.
    stored = rows(chain.engine)
    with chain.engine.begin() as connection:
        connection.execute(delete(audit_events).where(audit_events.c.seq > 7))
        connection.execute(delete(audit_checkpoints))
    set_head(chain.engine, 7, str(stored[6]["hash"]))
    report = chain.verify()
    assert report.first_broken == 8
    assert "truncated" in str(report.problems[0])
    # Without the second sink nothing would show.
    assert verify_log(chain.engine, chain.keyring, None).ok


@pytest.mark.clause("DATA-5")
def test_a_truncation_that_leaves_the_head_is_found_without_a_checkpoint(chain: Chain) -> None:
    chain.append(6)
    with chain.engine.begin() as connection:
        connection.execute(delete(audit_events).where(audit_events.c.seq > 4))
    report = verify_log(chain.engine, chain.keyring, None)
    assert report.first_broken == 5 and "head says the log ends at seq 6" in str(
        report.problems[0])


@pytest.mark.clause("DATA-5")
def test_a_whole_rewritten_chain_is_found_through_the_second_sink(chain: Chain) -> None:
    chain.append(10)
    chain.checkpoint()
    chain.append(5)
    chain.checkpoint(checkpoint_every=5)
    # Someone with the store but not the keyring rewrites everything into a chain that is
    # consistent in itself: new hashes, a new head, no checkpoints left in the store.
    originals = rows(chain.engine)
    with chain.engine.begin() as connection:
        connection.execute(delete(audit_events))
        connection.execute(delete(audit_checkpoints))
    set_head(chain.engine, 0, GENESIS)
    forged = [{k: v for k, v in row.items() if k not in {"seq", "prev_hash", "hash"}}
              for row in originals]
    forged[11]["outcome"] = "denied"
    append_rows(chain.engine, forged)
    assert verify_log(chain.engine, chain.keyring, None).ok  # consistent on its own
    report = chain.verify()
    assert report.first_broken == 15  # the oldest checkpoint still matches (seq 10)
    assert "rewritten at or before seq 15" in str(report.problems[0])


@pytest.mark.clause("DATA-5")
def test_checkpoints_signed_with_another_key_or_edited_are_refused(chain: Chain) -> None:
    chain.append(3)
    chain.checkpoint()
    ((_, checkpoint),) = read_sink(chain.sink)
    assert isinstance(checkpoint, Checkpoint)
    chain.append(3)
    # A checkpoint for the forged head, "signed" with a key the keyring does not derive.
    from charter.audit import signing

    stranger = Keyring.generate()
    statement, signature = signing.sign(stranger, 6, "f" * 64, checkpoint.statement.ts)
    write_file(chain.sink, Checkpoint(statement, signature))
    report = chain.verify()
    assert report.first_broken == 6
    assert "does not hold" in str(report.problems[0])
    # An edited signature on a checkpoint of our own key.
    (chain.sink / "00000000000000000006.json").unlink()
    with chain.engine.begin() as connection:
        connection.execute(update(audit_checkpoints).values(head_hash="0" * 64))
    assert chain.verify().first_broken == 3


def test_checkpoints_are_written_when_due_and_repaired_into_the_sink(chain: Chain,
                                                                      tmp_path: Path) -> None:
    assert chain.checkpoint()["written"] == 0  # nothing to sign
    chain.append(3)
    first = chain.checkpoint(checkpoint_every=1000, checkpoint_interval=3600)
    assert first == {"written": 1, "events": 3, "repaired": 0, "refused": 0, "seq": 3}
    chain.append(2)
    # Neither 1000 events nor an hour since: not due.
    assert chain.checkpoint(checkpoint_every=1000, checkpoint_interval=3600)["written"] == 0
    assert chain.checkpoint(checkpoint_every=2, checkpoint_interval=3600)["events"] == 2
    assert chain.checkpoint(checkpoint_every=1)["written"] == 0  # no new events
    files = sorted(p.name for p in chain.sink.iterdir())
    assert files == ["00000000000000000003.json", "00000000000000000005.json"]
    # A checkpoint that did not reach the sink (a crash in between) is copied by the next run.
    (chain.sink / files[-1]).unlink()
    assert chain.checkpoint()["repaired"] == 1
    assert sorted(p.name for p in chain.sink.iterdir()) == files
    report = chain.verify()
    assert report.ok and report.checkpoints == 2 and report.newest_checkpoint == 5


def test_a_checkpoint_is_not_signed_over_a_broken_chain(chain: Chain) -> None:
    chain.append(4)
    with chain.engine.begin() as connection:
        connection.execute(update(audit_events).where(audit_events.c.seq == 2)
                           .values(action="something else"))
    assert chain.checkpoint()["refused"] == 1
    with chain.engine.connect() as connection:
        assert connection.execute(select(audit_checkpoints)).all() == []


@pytest.mark.clause("DATA-5")
def test_the_migration_chains_records_written_before_it(store_url: str) -> None:
    from alembic import command

    from charter.store.engine import make_engine
    from charter.store.migrate import _alembic_config, upgrade

    engine = make_engine(store_url)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0007_shredding")
        # The table as revision 0007 has it: no hash columns yet.
        columns = [c._copy() for c in audit_events.columns
                   if c.name not in {"prev_hash", "hash", "actor_display_sealed",
                                     "target_display_sealed"}]
        legacy = Table("audit_events", MetaData(), *columns)
        with engine.begin() as connection:
            connection.execute(insert(legacy), [  # with gaps, as rolled-back inserts leave
                {**event(n).row(), "seq": seq} for n, seq in enumerate((1, 2, 4, 5, 9))])
        upgrade(store_url)
        report = verify_log(engine, None, None)
        assert report.ok and report.events == 5 and report.last_seq == 9
        from charter.audit.log import AuditLog

        assert AuditLog(engine).record_sync(event(10)) == 10
        report = verify_log(engine, None, None)
        assert report.ok and report.last_seq == 10
        # Gaps after the migration are still gaps.
        with engine.begin() as connection:
            connection.execute(delete(audit_events).where(audit_events.c.seq == 4))
        assert verify_log(engine, None, None).first_broken == 5
    finally:
        engine.dispose()
