"""`charter scan` as a real process: FILE, --jsonl, stdin, broken lines, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from charter.cli import main

KEYS = {"doc", "path", "kind", "detector", "confidence"}


def _scan(*args: str, stdin: str | None = None, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "charter.cli", "scan", *args], input=stdin, cwd=cwd,
        capture_output=True, text=True, timeout=60, check=False,
    )


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.clause("DATA-7")
def test_one_document(tmp_path: Path) -> None:
    path = tmp_path / "body.json"
    path.write_text(json.dumps({"patient": {"diagnosis": "E11.9", "email": "a@example.com"}}))
    result = _scan(str(path), cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    rows = _lines(result.stdout)
    assert {(r["doc"], r["path"], r["kind"]) for r in rows} == {
        (0, "$.patient.diagnosis", "health"), (0, "$.patient.email", "email")}
    for row in rows:
        assert set(row) == KEYS
        assert isinstance(row["confidence"], float) and 0 <= row["confidence"] <= 1
        assert isinstance(row["detector"], str) and row["detector"]


@pytest.mark.clause("DATA-7")
def test_json_lines_with_broken_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join([
        json.dumps({"card": "4111111111111111"}),
        '{"password": "hunter2" ',              # broken: an error line, never its content
        "",                                     # blank: skipped, but it is line 2
        json.dumps({"status": "ok"}),
        json.dumps({"notes": "Er ist Mitglied der Gewerkschaft."}),
    ]) + "\n")
    result = _scan("--jsonl", str(path), cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    rows = _lines(result.stdout)
    assert [(r["doc"], r.get("kind"), "error" in r) for r in rows] == [
        (0, "payment_card", False), (1, None, True), (4, "trade_union", False)]
    assert set(rows[1]) == {"doc", "error"}
    assert "hunter2" not in result.stdout and "password" not in rows[1]["error"]


def test_standard_input(tmp_path: Path) -> None:
    single = _scan("-", stdin=json.dumps({"ip": "203.0.113.7"}), cwd=tmp_path)
    assert _lines(single.stdout) == [{"doc": 0, "path": "$.ip", "kind": "ip_address",
                                      "detector": "key:ip_address", "confidence": 0.95}]
    lines = _scan("--jsonl", "-", stdin='{"a": 1}\n{"email": "x@example.com"}\n', cwd=tmp_path)
    assert [(r["doc"], r["kind"]) for r in _lines(lines.stdout)] == [(1, "email")]


def test_a_broken_single_document_is_one_error_line(tmp_path: Path) -> None:
    result = _scan("-", stdin='{"ssn": "123-45-6789"', cwd=tmp_path)
    assert result.returncode == 0
    (row,) = _lines(result.stdout)
    assert row["doc"] == 0 and row["error"].startswith("invalid JSON")
    assert "123-45" not in row["error"]


def test_nothing_found_prints_nothing(tmp_path: Path) -> None:
    result = _scan("-", stdin='{"status": "ok", "checks": {"health": "pass"}}', cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")


def test_min_confidence(tmp_path: Path) -> None:
    doc = json.dumps({"notes": "He attends mosque on Fridays", "iban": "DE89370400440532013000"})
    every = _lines(_scan("-", stdin=doc, cwd=tmp_path).stdout)
    strict = _lines(_scan("--min-confidence", "0.95", "-", stdin=doc, cwd=tmp_path).stdout)
    assert {r["kind"] for r in every} == {"religious_belief", "bank_account"}
    assert {r["kind"] for r in strict} == {"bank_account"}


def test_usage_errors_and_a_missing_file(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--min-confidence", "2", "-"]) == 2
    assert main(["scan", str(tmp_path / "none.json")]) == 1
    assert "none.json" in capsys.readouterr().err
