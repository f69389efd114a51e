"""`charter support ...` on a real store: texts from a file or stdin, warnings, every action
audited as `cli`, one-line failures with exit codes (clauses SCOPE-5, DATA-6, USE-5)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from charter.audit.log import AuditLog, AuditQuery
from charter.cli import main
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.store.engine import make_engine

from .conftest import log_rows

KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"


@pytest.fixture
def config(tmp_path: Path) -> str:
    path = tmp_path / "charter.yaml"
    path.write_text('store: {url: "sqlite:///var/charter.db"}\n')
    Keyring.generate().save(tmp_path / "charter.keyring")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def store_of(config: str) -> Engine:
    return make_engine(f"sqlite:///{Path(config).parent / 'var' / 'charter.db'}")


@pytest.mark.clause("SCOPE-5")
@pytest.mark.clause("DATA-6")
@pytest.mark.clause("USE-5")
def test_a_ticket_from_open_to_close(config: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(
        f"Orders fail with 403 since my diabetes app update; key {KEY}\n"))
    code, out, err = run(capsys, "support", "open", "--config", config, "--subject",
                         "sub:people:ada-7f3", "--contact", "ada@example.com",
                         "--description-file", "-")
    assert code == 0, err
    ticket_id = out.split()[-1]
    assert ticket_id.startswith("tkt_")
    assert "special-category data (health)" in err and "1 credential(s)" in err
    assert KEY not in out + err

    code, out, _ = run(capsys, "support", "list", "--config", config, "--json")
    (listed,) = json.loads(out)
    assert listed["id"] == ticket_id and listed["description"] is None
    code, out, _ = run(capsys, "support", "show", ticket_id, "--config", config)
    assert code == 0 and "contact: ada@example.com" in out and KEY not in out

    engine = store_of(config)
    keyring = Keyring.load(Path(config).parent / "charter.keyring")
    ada = Pseudonymizer(keyring).subject_key_of("sub:people:ada-7f3")
    log_rows(engine, subject_key=ada, count=2, at=datetime.now(UTC))
    code, out, err = run(capsys, "support", "logs", ticket_id, "--config", config, "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["scope"] == "subject_key" and len(found["rows"]) == 2

    assert run(capsys, "support", "close", ticket_id, "--config", config)[0] == 0
    code, _, err = run(capsys, "support", "logs", ticket_id, "--config", config)
    assert code == 1 and err.strip() == "charter: the ticket is closed"

    actions = [(e.event.action, e.event.outcome, e.event.reason, e.event.actor)
               for e in reversed(AuditLog(engine).query(AuditQuery(actor="cli")))]
    assert actions == [
        ("charter support open", "success", None, "cli"),
        ("charter support show", "success", None, "cli"),
        ("charter support logs", "success", None, "cli"),
        ("charter support close", "success", None, "cli"),
        ("charter support logs", "denied", "ticket_closed", "cli"),
    ]
    engine.dispose()


def test_failures_are_one_line_with_an_exit_code(config: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    description = tmp_path / "problem.txt"
    description.write_text("Webhooks time out\n")
    code, _, err = run(capsys, "support", "open", "--config", config, "--description-file",
                       str(description))
    assert code == 2 and "name the person or the client" in err
    code, _, err = run(capsys, "support", "open", "--config", config, "--client-id",
                       "cli_a", "--description-file", str(tmp_path / "missing.txt"))
    assert code == 2 and err.startswith("charter: --description-file:")
    code, _, err = run(capsys, "support", "show", "tkt_00000000000000000000", "--config",
                       config)
    assert code == 1 and err.strip() == "charter: there is no such ticket"
    code, _, err = run(capsys, "support", "logs", "tkt_00000000000000000000", "--config",
                       config, "--since", "yesterday")
    assert code == 2 and "--since" in err
    assert "Traceback" not in err
