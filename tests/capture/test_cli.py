"""`charter captures purge`, run through `charter.cli.main` on a real store (RET-2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from charter.audit.log import AuditLog, AuditQuery
from charter.capture.keys import ensure_day_key
from charter.capture.models import capture_keys
from charter.cli import main
from charter.config.loader import load_config
from charter.privacy.keyring import Keyring
from charter.settings import Settings
from charter.store.engine import make_engine
from charter.store.migrate import upgrade


@pytest.mark.clause("RET-2")
def test_purge_destroys_old_day_keys_and_is_audited(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("CHARTER_KEYRING", "CHARTER_STORE_URL", "CHARTER_VAR_DIR"):
        monkeypatch.delenv(name, raising=False)
    assert main(["init"]) == 0
    loaded = load_config(tmp_path / "charter.yaml")
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    upgrade(settings.store_url)
    engine = make_engine(settings.store_url)
    try:
        keyring = Keyring.load(settings.keyring_path)
        today = dt.datetime.now(dt.UTC).date()
        for day in (today - dt.timedelta(days=30), today):
            ensure_day_key(engine, keyring, day)
        capsys.readouterr()
        assert main(["captures", "purge", "--config", "charter.yaml"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("deleted 0 captures, destroyed 1 day keys")
        with engine.connect() as connection:
            assert list(connection.execute(select(capture_keys.c.day)).scalars()) == [today]
        (event,) = AuditLog(engine).query(AuditQuery(actor="cli"))
        assert (event.event.action, event.event.outcome) == ("charter captures purge",
                                                             "success")
        assert event.event.details == {"captures_deleted": 0, "keys_destroyed": 1}
    finally:
        engine.dispose()
