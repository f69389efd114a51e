"""The `charter` command, run in-process through `main` and once as a real process."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from charter.admin.auth import bootstrap_token
from charter.cli import main
from charter.config.loader import LoadedConfig
from charter.privacy.keyring import Keyring
from charter.settings import Settings

BROKEN = """\
upstreams:
  - name: users
    targets: [http://127.0.0.1:9000]
routes:
  - id: users
    upstream: users
  - id: billing
    upstream: billing
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory after `charter init`, which is also the current directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CHARTER_KEYRING", raising=False)
    monkeypatch.delenv("CHARTER_STORE_URL", raising=False)
    monkeypatch.delenv("CHARTER_VAR_DIR", raising=False)
    assert main(["init"]) == 0
    return tmp_path


def _secrets(keyring_path: Path) -> list[str]:
    return [key["secret"] for key in json.loads(keyring_path.read_text())["keys"]]


@pytest.mark.clause("CLIENT-3")
def test_init_writes_a_valid_config_and_a_private_keyring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new"
    assert main(["init", "--dir", str(target)]) == 0
    out = capsys.readouterr().out
    keyring_path = target / "charter.keyring"
    assert stat.S_IMODE(keyring_path.stat().st_mode) == 0o600
    assert Keyring.load(keyring_path).active_kid
    assert f"charter check --config {target / 'charter.yaml'}" in out
    for secret in _secrets(keyring_path):
        assert secret not in out

    assert main(["check", "--config", str(target / "charter.yaml")]) == 0
    captured = capsys.readouterr()
    assert "ok (1 route, 1 upstream" in captured.out
    assert captured.err == ""


def test_init_refuses_to_overwrite_and_force_never_touches_the_keyring(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    keyring_bytes = (project / "charter.keyring").read_bytes()
    (project / "charter.yaml").write_text("# edited\n")

    assert main(["init"]) == 1
    assert "already exists; use --force" in capsys.readouterr().err
    assert (project / "charter.yaml").read_text() == "# edited\n"

    assert main(["init", "--force"]) == 0
    assert "never overwritten, not even with --force" in capsys.readouterr().out
    assert (project / "charter.yaml").read_text() != "# edited\n"
    assert (project / "charter.keyring").read_bytes() == keyring_bytes


@pytest.mark.clause("USE-3")
def test_check_reports_each_problem_with_its_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "charter.yaml"
    path.write_text(BROKEN)
    assert main(["check", "--config", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"{path}:8:5: routes[1].upstream: unknown upstream 'billing' (defined upstreams: users)"
    ]


def test_check_prints_warnings_but_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "charter.yaml"
    path.write_text("listeners:\n  gateway: {host: 0.0.0.0, port: 8080}\n")
    assert main(["check", "--config", str(path)]) == 0
    captured = capsys.readouterr()
    assert "ok (0 routes, 0 upstreams, 3 purposes" in captured.out
    assert captured.err.startswith("warning: listeners.gateway.host:")


def test_check_of_a_missing_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--config", str(tmp_path / "nope.yaml")]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{tmp_path / 'nope.yaml'}: cannot read: No such file or directory"
    ]


@pytest.mark.clause("DATA-3")
def test_keyring_list_shows_ids_and_status_but_never_secrets(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring_path = project / "charter.keyring"
    first = Keyring.load(keyring_path).active_kid
    assert main(["keyring", "rotate"]) == 0
    second = Keyring.load(keyring_path).active_kid
    assert main(["keyring", "rotate", "--keyring", str(keyring_path)]) == 0
    assert main(["keyring", "retire", first, "--config", "charter.yaml"]) == 0
    capsys.readouterr()

    assert main(["keyring", "list"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines()[1:]}
    third = Keyring.load(keyring_path).active_kid
    assert rows == {first: "retired", second: "readable", third: "active"}
    for secret in _secrets(keyring_path):
        assert secret not in out
    assert stat.S_IMODE(keyring_path.stat().st_mode) == 0o600


@pytest.mark.clause("SEC-6")
def test_rotation_keeps_the_previous_key_readable(project: Path) -> None:
    keyring_path = project / "charter.keyring"
    before = Keyring.load(keyring_path)
    old_key = before.derive("api-key-hash")
    assert main(["keyring", "rotate"]) == 0
    after = Keyring.load(keyring_path)
    assert after.active_kid != before.active_kid
    assert after.derive("api-key-hash", before.active_kid) == old_key


def test_keyring_retire_refuses_the_active_or_an_unknown_key(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    active = Keyring.load(project / "charter.keyring").active_kid
    capsys.readouterr()
    assert main(["keyring", "retire", active]) == 2
    assert "rotate first" in capsys.readouterr().err
    assert main(["keyring", "retire", "k-nope"]) == 2
    assert "no key 'k-nope'" in capsys.readouterr().err


def test_keyring_and_config_options_are_exclusive(project: Path) -> None:
    assert main(["keyring", "list", "--keyring", "a", "--config", "b"]) == 2


def test_a_missing_keyring_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keyring", "list", "--keyring", str(tmp_path / "none.keyring")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "does not exist (run `charter init`)" in err


@pytest.mark.clause("CLIENT-3")
def test_a_keyring_others_can_read_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "charter.keyring").chmod(0o644)
    capsys.readouterr()
    assert main(["admin-token"]) == 1
    assert "readable by others" in capsys.readouterr().err


def test_admin_token_prints_the_bootstrap_token(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["admin-token", "--config", "charter.yaml"]) == 0
    token = capsys.readouterr().out.strip()
    assert token == bootstrap_token(Keyring.load(project / "charter.keyring"))


def _fake_supervisor(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Replace the supervisor's entry points: these tests are about the wiring."""
    import charter.supervisor

    calls: list[tuple[str, Any]] = []

    def serve(settings: Settings, loaded: LoadedConfig) -> int:
        calls.append(("serve", (settings, loaded)))
        return 0

    def serve_demo(var_dir: Path, workers: int = 1) -> int:
        calls.append(("serve_demo", (var_dir, workers)))
        return 0

    monkeypatch.setattr(charter.supervisor, "serve", serve)
    monkeypatch.setattr(charter.supervisor, "serve_demo", serve_demo)
    return calls


def test_serve_resolves_settings_and_hands_over(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _fake_supervisor(monkeypatch)
    assert main(["serve", "--workers", "3"]) == 0
    [(name, (settings, loaded))] = calls
    assert name == "serve"
    assert isinstance(settings, Settings) and isinstance(loaded, LoadedConfig)
    assert settings.workers == 3 and not settings.demo
    assert settings.keyring_path == project / "charter.keyring"
    assert settings.store_url == f"sqlite:///{project}/var/charter.db"
    assert loaded.config.routes[0].id == "example"


def test_serve_demo_without_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    calls = _fake_supervisor(monkeypatch)
    assert main(["serve", "--demo", "--workers", "2"]) == 0
    assert calls == [("serve_demo", (Path("var"), 2))]


def test_serve_checks_the_keyring_before_starting(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _fake_supervisor(monkeypatch)
    (project / "charter.keyring").unlink()
    capsys.readouterr()
    assert main(["serve"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert calls == []


def test_serve_refuses_a_bad_config_and_bad_worker_counts(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _fake_supervisor(monkeypatch)
    (project / "charter.yaml").write_text(BROKEN)
    assert main(["serve"]) == 2
    assert main(["serve", "--workers", "0"]) == 2
    assert calls == []


def test_migrate_upgrades_the_resolved_store(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import charter.store.migrate

    urls: list[str] = []

    def upgrade(url: str) -> str:
        urls.append(url)
        return "0042"

    monkeypatch.setattr(charter.store.migrate, "upgrade", upgrade)
    capsys.readouterr()
    assert main(["migrate"]) == 0
    assert urls == [f"sqlite:///{project}/var/charter.db"]
    assert capsys.readouterr().out == "store at revision 0042\n"


def test_migrate_failure_is_one_line_without_the_url(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import charter.store.migrate

    def upgrade(url: str) -> str:
        raise ConnectionError("connection refused\ndetails follow")

    monkeypatch.setenv("CHARTER_STORE_URL", "postgresql://u:hunter2@127.0.0.1:1/x")
    monkeypatch.setattr(charter.store.migrate, "upgrade", upgrade)
    capsys.readouterr()
    assert main(["migrate"]) == 1
    err = capsys.readouterr().err
    assert err == "charter: migration failed: ConnectionError: connection refused\n"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["keyring"]) == 2
    assert main(["--help"]) == 0
    assert "usage: charter" in capsys.readouterr().out


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=60, check=False,
    )


def test_as_a_real_process(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "charter"
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "charter.cli"]

    init = _run(*launcher, "init", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    assert (tmp_path / "charter.yaml").exists()

    ok = _run(sys.executable, "-m", "charter.cli", "check", "--config", "charter.yaml",
              cwd=tmp_path)
    assert (ok.returncode, ok.stderr) == (0, "")
    assert "charter.yaml: ok" in ok.stdout

    (tmp_path / "broken.yaml").write_text(BROKEN)
    bad = _run(*launcher, "check", "--config", "broken.yaml", cwd=tmp_path)
    assert bad.returncode == 2
    assert bad.stderr.startswith("broken.yaml:8:5: routes[1].upstream: unknown upstream")
    assert "Traceback" not in bad.stderr


def test_identity_key_prints_the_upstream_verification_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import base64

    from charter.privacy.keyring import Keyring

    keyring = Keyring.generate()
    path = keyring.save(tmp_path / "charter.keyring")
    assert main(["identity-key", "--keyring", str(path)]) == 0
    printed = capsys.readouterr().out.strip()
    assert base64.urlsafe_b64decode(printed + "=") == keyring.derive("upstream-identity")


@pytest.mark.clause("UPDATE-1")
def test_a_check_before_the_first_serve_passes_and_creates_no_store(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "published privacy policy: none to compare with, the store does not exist yet" in (
        captured.out)
    assert not (project / "var").exists()
    assert main(["check", "--against-published"]) == 1
    assert not (project / "var").exists()
