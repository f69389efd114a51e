"""`charter check` compares every configuration with the policy published in its store: a
contradiction fails the check; no store yet, an unreadable store or nothing published is said,
and fails only with `--against-published`."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from charter.cli import main
from charter.governance.policy import service
from charter.governance.policy.check import compare_with_published
from charter.store.engine import make_engine
from charter.store.migrate import upgrade
from tests.governance.policy.conftest import BASE, ConfigFactory

pytestmark = pytest.mark.clause("UPDATE-1")

LONGER = "retention_classes: {operational: 30d, security: 3y, configuration: 10y, backup: 30d}\n"
NEW_RECIPIENT = BASE.replace("upstreams:", """\
  - {name: mailer, role: processor, country: IE, agreement: DPA-2, agreement_date: 2026-01-01,
     purposes: [service_delivery], categories: [user.contact.email]}
upstreams:""")


def _write(tmp_path: Path, store_url: str, text: str = BASE, extra: str = "") -> str:
    path = tmp_path / "charter.yaml"
    path.write_text(text + f'store: {{url: "{store_url}"}}\n' + extra)
    return str(path)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_before_the_store_exists_a_valid_configuration_passes_and_nothing_is_created(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # No store in the file: the default SQLite file next to it, which `charter serve` makes.
    config = tmp_path / "charter.yaml"
    config.write_text(BASE)
    assert main(["check", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "none to compare with, the store does not exist yet" in out
    assert not (tmp_path / "var").exists()
    # Asked for, the comparison that could not be made is a failure.
    assert main(["check", "--config", str(config), "--against-published"]) == 1
    assert "no privacy policy has been published yet" in capsys.readouterr().err
    assert not (tmp_path / "var").exists()


def test_a_contradiction_fails_the_plain_check(
        store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _write(tmp_path, store_url)
    assert main(["migrate", "--config", config]) == 0
    capsys.readouterr()
    assert main(["check", "--config", config]) == 0
    assert "published privacy policy: none yet, nothing to compare with" in (
        capsys.readouterr().out)
    assert main(["check", "--config", config, "--against-published"]) == 1

    assert main(["policy", "publish", "--config", config]) == 0
    capsys.readouterr()
    assert main(["check", "--config", config]) == 0
    assert "matches the published privacy policy (version 1)" in capsys.readouterr().out

    # A longer retention period, a recipient and a country the policy does not mention.
    widened = _write(tmp_path, store_url, NEW_RECIPIENT.replace(
        "country: US, safeguard: scc", "country: JP, safeguard: scc"), LONGER)
    assert main(["check", "--config", widened]) == 1
    err = capsys.readouterr().err
    assert "not in the published policy (version 1)" in err
    assert "retention class operational: 7 days -> 30 days" in err
    assert "new recipient: mailer" in err and "new country: JP" in err
    assert main(["check", "--config", widened, "--against-published"]) == 1

    # An editorial change contradicts nothing.
    reworded = _write(tmp_path, store_url, BASE.replace("Privacy Team", "Privacy Office"))
    assert main(["check", "--config", reworded]) == 0


def test_an_unreachable_store_is_said_and_fails_only_when_asked_for(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A password comes only from the environment; it must not be repeated.
    monkeypatch.setenv("CHARTER_STORE_URL",
                       f"postgresql://charter:s3cret-pw@127.0.0.1:{_closed_port()}/charter")
    config = tmp_path / "charter.yaml"
    config.write_text(BASE)
    assert main(["check", "--config", str(config)]) == 0
    captured = capsys.readouterr()
    assert "warning: the store cannot be read (OperationalError)" in captured.err
    assert main(["check", "--config", str(config), "--against-published"]) == 1
    err = capsys.readouterr().err
    assert "charter: the store cannot be read (OperationalError)" in err
    assert "s3cret-pw" not in captured.out + captured.err + err


def test_the_comparison_reports_what_it_found(
        store_url: str, tmp_path: Path, make_config: ConfigFactory) -> None:
    missing = f"sqlite:///{tmp_path / 'nowhere' / 'charter.db'}"
    assert compare_with_published(make_config(), missing).outcome == "no_store"
    assert not (tmp_path / "nowhere").exists()
    if store_url.startswith("sqlite"):
        # A store file never migrated holds no policy table: nothing published.
        make_engine(store_url).dispose()
        (tmp_path / "charter.db").touch()
        assert compare_with_published(make_config(), store_url).outcome == "not_published"
    upgrade(store_url)
    assert compare_with_published(make_config(), store_url).outcome == "not_published"
    engine = make_engine(store_url)
    try:
        service.publish(engine, make_config())
    finally:
        engine.dispose()
    found = compare_with_published(make_config(), store_url)
    assert (found.outcome, found.version, found.problems) == ("matches", 1, [])
    widened = compare_with_published(make_config(LONGER), store_url)
    assert widened.outcome == "contradicts" and len(widened.problems) == 1
