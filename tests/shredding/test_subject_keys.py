"""Per-subject data keys: sealed fields open until the subject is erased, then read [erased]."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from charter.privacy.keyring import Keyring
from charter.shredding.keys import ERASED, ERASURE_POLL_SECONDS, SubjectKeyError, SubjectKeys
from charter.shredding.models import erasures, subject_keys
from charter.store.engine import make_engine
from charter.store.migrate import upgrade


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


@pytest.mark.clause("RIGHTS-3")
def test_a_sealed_field_opens_only_for_its_subject_and_purpose(engine: Engine) -> None:
    keys = SubjectKeys(engine, Keyring.generate())
    token = keys.seal("sk_ada", "Ada Example", "audit.actor")
    assert "Ada" not in token and token.startswith("sk1.")
    assert keys.open("sk_ada", token, "audit.actor") == "Ada Example"
    with pytest.raises(SubjectKeyError):
        keys.open("sk_ada", token, "audit.target")
    keys.seal("sk_bo", "Bo", "audit.actor")  # Bo gets a key of their own
    with pytest.raises(SubjectKeyError):
        keys.open("sk_bo", token, "audit.actor")


@pytest.mark.clause("RIGHTS-3")
def test_erasing_destroys_the_key_everywhere_and_is_remembered(engine: Engine) -> None:
    keyring = Keyring.generate()
    writer, reader = SubjectKeys(engine, keyring), SubjectKeys(engine, keyring)
    token = writer.seal("sk_ada", "Ada Example", "audit.actor")
    assert reader.open("sk_ada", token, "audit.actor") == "Ada Example"
    assert writer.erase("sk_ada", reference="dsr_1") is True
    assert writer.open("sk_ada", token, "audit.actor") == ERASED
    assert SubjectKeys(engine, keyring).open("sk_ada", token, "audit.actor") == ERASED
    assert writer.is_erased("sk_ada")
    with pytest.raises(SubjectKeyError):
        writer.seal("sk_ada", "Ada again", "audit.actor")  # nothing new about an erased subject
    assert writer.erase("sk_ada") is False  # idempotent
    with engine.connect() as connection:
        assert connection.execute(select(subject_keys)).all() == []
        (row,) = connection.execute(select(erasures)).mappings().all()
    assert row["subject_key"] == "sk_ada" and row["reference"] == "dsr_1"


@pytest.mark.clause("RIGHTS-3")
def test_another_process_honours_an_erasure_within_the_poll_interval(engine: Engine) -> None:
    keyring = Keyring.generate()
    eraser, reader = SubjectKeys(engine, keyring), SubjectKeys(engine, keyring)
    token = eraser.seal("sk_ada", "Ada Example", "audit.actor")
    eraser.seal("sk_bo", "Bo", "audit.actor")
    assert reader.open("sk_ada", token, "audit.actor") == "Ada Example"  # now cached there
    eraser.erase("sk_ada")
    deadline = time.monotonic() + 5 * ERASURE_POLL_SECONDS
    while reader.open("sk_ada", token, "audit.actor") != ERASED:
        assert time.monotonic() < deadline, "the reader still opens an erased subject's field"
        time.sleep(0.05)
    bo = eraser.seal("sk_bo", "Bo", "audit.actor")
    assert reader.open("sk_bo", bo, "audit.actor") == "Bo"  # only the erased subject is gone


@pytest.mark.clause("RET-4")
def test_a_restored_key_is_destroyed_again_from_the_ledger(engine: Engine) -> None:
    keyring = Keyring.generate()
    keys = SubjectKeys(engine, keyring)
    token = keys.seal("sk_ada", "Ada Example", "audit.actor")
    with engine.connect() as connection:
        saved = connection.execute(select(subject_keys)).mappings().all()
    keys.erase("sk_ada")
    with engine.begin() as connection:  # a backup from before the erasure brings the key back
        connection.execute(subject_keys.insert(), [dict(row) for row in saved])
    assert SubjectKeys(engine, keyring).open("sk_ada", token, "audit.actor") == "Ada Example"
    assert keys.reapply_erasures() == 1
    assert SubjectKeys(engine, keyring).open("sk_ada", token, "audit.actor") == ERASED


def test_a_tampered_field_is_an_error_not_an_erasure(engine: Engine) -> None:
    keys = SubjectKeys(engine, Keyring.generate())
    token = keys.seal("sk_ada", "Ada Example", "audit.actor")
    flipped = token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]
    with pytest.raises(SubjectKeyError):
        keys.open("sk_ada", flipped, "audit.actor")
    with pytest.raises(SubjectKeyError):
        keys.open("sk_ada", "plain text", "audit.actor")
