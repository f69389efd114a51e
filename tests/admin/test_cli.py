"""`charter admin create-owner`, run through `charter.cli.main` on a real store."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from charter.admin import totp
from charter.admin.operators import OperatorService
from charter.audit.log import AuditLog, AuditQuery
from charter.cli import main
from charter.config.loader import load_config
from charter.privacy.keyring import Keyring
from charter.settings import Settings
from charter.store.engine import make_engine
from tests.admin.conftest import secret_of


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("CHARTER_KEYRING", "CHARTER_STORE_URL", "CHARTER_VAR_DIR"):
        monkeypatch.delenv(name, raising=False)
    assert main(["init"]) == 0
    return tmp_path


def service(project: Path) -> OperatorService:
    loaded = load_config(project / "charter.yaml")
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    engine = make_engine(settings.store_url)
    return OperatorService(engine, Keyring.load(settings.keyring_path), AuditLog(engine))


@pytest.mark.clause("SEC-5")
@pytest.mark.clause("DATA-3")
def test_create_owner_prints_the_secrets_once_and_they_log_in(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["admin", "create-owner", "--username", "Root"]) == 0
    captured = capsys.readouterr()
    password, uri = captured.out.splitlines()
    assert uri.startswith("otpauth://totp/Charter:root?")
    assert "created owner root (acc_" in captured.err and password not in captured.err
    operators = service(project)
    try:
        secret = secret_of(uri)
        session = operators.login("root", password,
                                  totp.code_at(secret, totp.step_at(operators.clock())))
        assert session.operator.role == "owner"
        (event,) = operators.audit.query(AuditQuery(actor="cli"))
        assert (event.event.action, event.event.outcome) == ("charter admin create-owner",
                                                             "success")
        assert event.event.target == f"account_id={session.operator.account_id}"
    finally:
        operators.engine.dispose()
    database = next((project / "var").glob("*.db"))
    with sqlite3.connect(database) as db:
        dump = "\n".join(db.iterdump())
    assert password not in dump and uri.split("secret=")[1][:32] not in dump


@pytest.mark.clause("SEC-5")
def test_a_second_owner_needs_additional(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["admin", "create-owner", "--username", "root"]) == 0
    capsys.readouterr()
    assert main(["admin", "create-owner", "--username", "second"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "--additional" in captured.err
    assert main(["admin", "create-owner", "--username", "second", "--additional"]) == 0
    assert main(["admin", "create-owner", "--username", "root", "--additional"]) == 1
    assert "taken" in capsys.readouterr().err
    operators = service(project)
    try:
        outcomes = [(e.event.outcome, e.event.reason) for e in
                    reversed(operators.audit.query(AuditQuery(actor="cli")))]
    finally:
        operators.engine.dispose()
    assert outcomes == [("success", None), ("denied", "owner_exists"), ("success", None),
                        ("failure", "conflict")]


def test_the_password_can_come_from_stdin(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["admin", "create-owner", "--username", "root", "--password-stdin"]) == 2
    assert "at least 12 characters" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough pass phrase\n"))
    assert main(["admin", "create-owner", "--username", "root", "--password-stdin"]) == 0
    captured = capsys.readouterr()
    (uri,) = captured.out.splitlines()  # no password printed: the caller chose it
    operators = service(project)
    try:
        code = totp.code_at(secret_of(uri), totp.step_at(operators.clock()))
        assert operators.login("root", "a long enough pass phrase", code).operator.role == "owner"
    finally:
        operators.engine.dispose()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["admin", "create-owner", "--username", "x", "--password-stdin",
                 "--additional"]) == 2
