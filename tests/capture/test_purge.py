"""Purging captures: rows by their class, keys once their day is over (RET-2)."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

import pytest
from sqlalchemy import Engine, select

from charter.capture.crypto import CaptureCryptoError, body_aad, open_sealed, seal
from charter.capture.keys import ensure_day_key, load_day_key
from charter.capture.models import capture_keys, captures
from charter.capture.purge import purge_captures
from charter.config.models import Approval, ApprovalControls, CharterConfig
from charter.privacy.keyring import Keyring
from tests.capture.conftest import store_rows

pytestmark = pytest.mark.clause("RET-2")

DAY = dt.date(2026, 3, 1)
UTC = dt.UTC


def _row(engine: Engine, keyring: Keyring, ts: dt.datetime, body: bytes,
         retention: str = "operational") -> dict[str, Any]:
    day = ts.date()
    key = ensure_day_key(engine, keyring, day)
    capture_id = "cap_" + secrets.token_hex(12)
    nonce, ciphertext = seal(key, body, body_aad(capture_id, "req-1", "request"))
    return {"id": capture_id, "ts": ts, "day": day, "request_id": "req-1", "route_id": "orders",
            "client_id": None, "subject_key": None, "direction": "request", "status": None,
            "content_type": "application/json", "size": len(body), "truncated": False,
            "nonce": nonce, "ciphertext": ciphertext, "retention": retention,
            "approval_id": None, "readers": None}


def _config() -> CharterConfig:
    return CharterConfig(
        retention_classes={"operational": 7 * 86400.0, "security": 3 * 365 * 86400.0,
                           "short": 86400.0},
        approvals=[Approval(id="health-1", use_case="appointments for patients",
                            approver="Ada, DPO", date=DAY, kinds=["health"],
                            controls=ApprovalControls(capture="encrypted", retention="short"))])


def _ids(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(select(captures.c.id)).scalars())


def _days(engine: Engine) -> set[dt.date]:
    with engine.connect() as connection:
        return set(connection.execute(select(capture_keys.c.day)).scalars())


def test_purge_deletes_expired_rows_then_destroys_the_day_key_and_copies_go_dark(
        engine: Engine, keyring: Keyring) -> None:
    morning = dt.datetime.combine(DAY, dt.time(10), tzinfo=UTC)
    kept = _row(engine, keyring, morning, b'{"order":1}')
    short = _row(engine, keyring, morning, b'{"diagnosis":"[redacted:health]"}', "short")
    store_rows(engine, [kept, short])
    ensure_day_key(engine, keyring, DAY + dt.timedelta(days=1))  # tomorrow's, made ahead
    # A copy of the row, as a backup or an export would hold it.
    copy = (kept["nonce"], kept["ciphertext"], body_aad(kept["id"], "req-1", "request"))
    key = load_day_key(engine, keyring, DAY)
    assert key is not None and open_sealed(key, *copy) == b'{"order":1}'

    # Three days on: the one-day class is gone, the operational row and the key stay.
    report = purge_captures(engine, _config(), morning + dt.timedelta(days=3))
    assert (report.captures_deleted, report.keys_destroyed) == (1, 0)
    assert _ids(engine) == {kept["id"]}
    assert load_day_key(engine, keyring, DAY) == key

    # Past the operational class for the whole of DAY: the row and DAY's key are gone.
    after = dt.datetime.combine(DAY + dt.timedelta(days=8), dt.time(0, 0, 1), tzinfo=UTC)
    report = purge_captures(engine, _config(), after)
    assert (report.captures_deleted, report.keys_destroyed) == (1, 1)
    assert report.keys_kept_before == DAY + dt.timedelta(days=1)
    assert _ids(engine) == set()
    assert _days(engine) == {DAY + dt.timedelta(days=1)}
    assert load_day_key(engine, keyring, DAY) is None

    # Nothing left in the store or the keyring opens the copy.
    candidates = [keyring.derive("capture")]
    candidates += [ensure_day_key(engine, keyring, day) for day in _days(engine)]
    for candidate in candidates:
        with pytest.raises(CaptureCryptoError):
            open_sealed(candidate, *copy)

    # Running it again finds nothing more to do.
    report = purge_captures(engine, _config(), after)
    assert (report.captures_deleted, report.keys_destroyed) == (0, 0)


def test_a_day_key_outlives_the_day_until_its_last_capture_may_go(
        engine: Engine, keyring: Keyring) -> None:
    late = dt.datetime.combine(DAY, dt.time(23, 59), tzinfo=UTC)
    store_rows(engine, [_row(engine, keyring, late, b"{}")])
    # Seven days after DAY began, the late capture is not due yet, nor its key.
    report = purge_captures(engine, _config(), dt.datetime.combine(
        DAY + dt.timedelta(days=7), dt.time(12), tzinfo=UTC))
    assert (report.captures_deleted, report.keys_destroyed) == (0, 0)
    assert DAY in _days(engine)


def test_rows_of_an_unknown_class_count_as_operational(engine: Engine,
                                                       keyring: Keyring) -> None:
    morning = dt.datetime.combine(DAY, dt.time(10), tzinfo=UTC)
    store_rows(engine, [_row(engine, keyring, morning, b"{}", "removed-class")])
    assert purge_captures(engine, _config(), morning + dt.timedelta(days=6)).captures_deleted == 0
    assert purge_captures(engine, _config(), morning + dt.timedelta(days=8)).captures_deleted == 1
