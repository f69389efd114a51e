"""`charter rights ...` on a real store: create, list, show, the transitions, sweep."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charter.cli import main
from charter.privacy.keyring import Keyring


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


@pytest.mark.clause("RIGHTS-2")
def test_the_commands_move_a_request_along(config: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rights", "create", "rectify", "--config", config,
                         "--email", "ada@example.com", "--details",
                         '{"fields": {"name": "Ada King"}}', "--verified", "--reason",
                         "signed letter")
    assert code == 0, err
    request_id = out.strip()
    assert request_id.startswith("rr_") and "verified" in err

    code, out, _ = run(capsys, "rights", "list", "--config", config, "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [request_id]
    code, out, _ = run(capsys, "rights", "list", "--config", config, "--overdue")
    assert code == 0 and request_id not in out

    code, _, err = run(capsys, "rights", "deny", request_id, "--config", config)
    assert code == 2 and "reason_required" in err
    code, _, err = run(capsys, "rights", "complete", "rr_missing", "--config", config)
    assert code == 1 and "unknown_request" in err
    code, out, _ = run(capsys, "rights", "extend", request_id, "--config", config,
                       "--reason", "records in two systems")
    assert code == 0 and "extended" in out
    code, out, _ = run(capsys, "rights", "complete", request_id, "--config", config,
                       "--reason", "corrected")
    assert code == 0 and "completed" in out
    code, _, err = run(capsys, "rights", "verify", request_id, "--config", config,
                       "--reason", "again")
    assert code == 1 and "invalid_transition" in err

    code, out, _ = run(capsys, "rights", "show", request_id, "--config", config)
    assert code == 0
    assert "identifier: email ada@example.com" in out and "-> completed by cli" in out
    code, out, _ = run(capsys, "rights", "sweep", "--config", config)
    assert code == 0 and "expired 0" in out


def test_create_needs_someone(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rights", "create", "access", "--config", config)
    assert code == 2 and "--email" in err
