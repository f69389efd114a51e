"""`charter retention run|report` and `charter holds ...` on a real SQLite store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from charter.audit.log import AuditLog, AuditQuery
from charter.cli import main
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.retention.holds import list_holds
from charter.store.engine import make_engine
from charter.store.migrate import upgrade
from tests.retention import conftest
from tests.retention.conftest import access_rows, count_rows


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Engine]]:
    url = f"sqlite:///{tmp_path / 'charter.db'}"
    config = tmp_path / "charter.yaml"
    config.write_text(f'store: {{url: "{url}"}}\n')
    Keyring.generate().save(tmp_path / "charter.keyring")
    upgrade(url)
    engine = make_engine(url)
    # Rows are aged against the real clock here, as the commands see it.
    monkeypatch.setattr(conftest, "NOW", datetime.now(UTC))
    yield config, engine
    engine.dispose()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.clause("RET-5")
def test_run_dry_run_and_table_with_json(setup: tuple[Path, Engine],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    config, engine = setup
    access_rows(engine, 5, timedelta(days=30))

    code, out = _run(capsys, "retention", "run", "--config", str(config), "--dry-run",
                     "--table", "access_log", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["dry_run"] and doc["rows"] == 5
    assert [t["table"] for t in doc["tables"]] == ["access_log"]
    assert count_rows(engine) == 5

    code, out = _run(capsys, "retention", "run", "--config", str(config))
    assert code == 0 and "purged 5 rows" in out
    assert count_rows(engine) == 0
    actions = [e.event.action for e in AuditLog(engine).query(AuditQuery())]
    assert actions == ["retention.purge", "retention.dry_run"]


def test_run_refuses_an_unknown_table(setup: tuple[Path, Engine],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    config, _engine = setup
    code, out = _run(capsys, "retention", "run", "--config", str(config), "--table", "nope")
    assert code == 2 and "nope" in out


@pytest.mark.clause("RET-5")
def test_report_in_text_and_json(setup: tuple[Path, Engine],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    config, engine = setup
    access_rows(engine, 3, timedelta(days=30))
    code, out = _run(capsys, "retention", "report", "--config", str(config))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("access_log "))
    assert "operational" in line and "VIOLATION" in line and "30d" in line
    assert "violations (purge behind): access_log" in out

    code, out = _run(capsys, "retention", "report", "--config", str(config), "--json")
    doc = json.loads(out)
    assert doc["violations"] == ["access_log"]


@pytest.mark.clause("USE-6")
def test_holds_create_list_release_are_audited(setup: tuple[Path, Engine], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    config, engine = setup
    code, out = _run(capsys, "holds", "create", "--config", str(config), "--reason",
                     "case 12", "--owner", "legal", "--subject", "email:ada@example.com",
                     "--json")
    assert code == 0
    subject_hold = json.loads(out)
    expected = Pseudonymizer(Keyring.load(tmp_path / "charter.keyring")).subject_key(
        "email", "ada@example.com")
    assert subject_hold["subject_key"] == expected

    code, out = _run(capsys, "holds", "create", "--config", str(config), "--reason", "case 13",
                     "--owner", "legal", "--table", "access_log", "--from",
                     "2026-01-01T00:00:00Z", "--until", "2026-02-01T00:00:00+00:00")
    assert code == 0 and out.startswith("created hold_")
    code, out = _run(capsys, "holds", "list", "--config", str(config))
    assert code == 0 and "subject sk_" in out and "table access_log from 2026-01-01" in out

    code, out = _run(capsys, "holds", "release", "--config", str(config), subject_hold["id"])
    assert code == 0 and "released" in out
    code, out = _run(capsys, "holds", "release", "--config", str(config), subject_hold["id"])
    assert code == 1 and "already released" in out
    code, out = _run(capsys, "holds", "list", "--config", str(config), "--all", "--json")
    assert len(json.loads(out)) == 2 and len(list_holds(engine)) == 1

    events = [e.event for e in AuditLog(engine).query(AuditQuery(actor="cli"))]
    assert [e.action for e in events] == [
        "charter holds release", "charter holds create", "charter holds create"]
    assert events[0].target == f"hold_id={subject_hold['id']}"
    for event in events:
        assert "case" not in repr(event) and expected not in repr(event)


@pytest.mark.parametrize("argv", [
    ["--table", "access_log", "--subject-key", "sk_x"],
    ["--subject-key", "sk_x", "--from", "2026-01-01T00:00:00Z"],
    ["--table", "access_log", "--from", "2026-01-01"],
    ["--subject", "no-colon"],
])
def test_holds_create_refuses_bad_scopes(setup: tuple[Path, Engine], argv: list[str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    config, engine = setup
    code, _out = _run(capsys, "holds", "create", "--config", str(config), "--reason", "r",
                      "--owner", "o", *argv)
    assert code == 2
    assert list_holds(engine) == []
