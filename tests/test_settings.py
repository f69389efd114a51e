"""Resolving process settings from the file, the environment and arguments."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from charter.config.models import CharterConfig
from charter.settings import Settings, SettingsError, sqlite_absolute


def _config(**fields: Any) -> CharterConfig:
    return CharterConfig.model_validate(fields)


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A current directory that is not the config file's directory."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def test_paths_default_to_the_config_files_directory(tmp_path: Path, elsewhere: Path) -> None:
    config_path = tmp_path / "etc" / "charter.yaml"
    settings = Settings.resolve(
        _config(store={"url": "sqlite:///data/charter.db"}), config_path=config_path, env={}
    )
    assert settings.config_path == config_path
    assert settings.keyring_path == tmp_path / "etc" / "charter.keyring"
    assert settings.var_dir == tmp_path / "etc" / "var"
    assert settings.store_url == f"sqlite:///{tmp_path}/etc/data/charter.db"
    assert settings.redis_url is None
    assert (settings.workers, settings.demo) == (1, False)


def test_a_relative_config_path_is_made_absolute(elsewhere: Path) -> None:
    settings = Settings.resolve(_config(), config_path="conf/charter.yaml", env={})
    assert settings.config_path == elsewhere / "conf" / "charter.yaml"
    assert settings.keyring_path == elsewhere / "conf" / "charter.keyring"


def test_without_a_config_file_paths_are_relative_to_the_current_directory(
    elsewhere: Path,
) -> None:
    settings = Settings.resolve(
        _config(store={"url": "sqlite:///var/charter.db"}), config_path=None, env={}
    )
    assert settings.config_path is None
    assert settings.keyring_path == elsewhere / "charter.keyring"
    assert settings.store_url == f"sqlite:///{elsewhere}/var/charter.db"


def test_without_a_store_in_the_file_the_database_lives_in_var_dir(tmp_path: Path) -> None:
    config_path = tmp_path / "charter.yaml"
    settings = Settings.resolve(_config(), config_path=config_path, env={})
    assert settings.store_url == f"sqlite:///{tmp_path}/var/charter.db"
    moved = Settings.resolve(
        _config(), config_path=config_path, env={"CHARTER_VAR_DIR": str(tmp_path / "state")}
    )
    assert moved.store_url == f"sqlite:///{tmp_path}/state/charter.db"


def test_environment_overrides_the_file(tmp_path: Path, elsewhere: Path) -> None:
    env = {
        "CHARTER_KEYRING": "secrets/k.keyring",
        "CHARTER_STORE_URL": "sqlite:///env.db",
        "CHARTER_REDIS_URL": "redis://127.0.0.1:6379/1",
        "CHARTER_VAR_DIR": "/srv/charter/var",
    }
    config = _config(store={"url": "sqlite:///file.db"}, redis={"url": "redis://file:6379/0"})
    settings = Settings.resolve(config, config_path=tmp_path / "charter.yaml", env=env)
    # Paths from the environment are relative to where the process was started.
    assert settings.keyring_path == elsewhere / "secrets" / "k.keyring"
    assert settings.store_url == f"sqlite:///{elsewhere}/env.db"
    assert settings.redis_url == "redis://127.0.0.1:6379/1"
    assert settings.var_dir == Path("/srv/charter/var")


def test_arguments_override_the_environment(tmp_path: Path, elsewhere: Path) -> None:
    env = {"CHARTER_KEYRING": "/env/k.keyring", "CHARTER_VAR_DIR": "/env/var"}
    settings = Settings.resolve(
        _config(), config_path=tmp_path / "charter.yaml", env=env,
        keyring_path="cli.keyring", var_dir=tmp_path / "cli-var", workers=4, demo=True,
    )
    assert settings.keyring_path == elsewhere / "cli.keyring"
    assert settings.var_dir == tmp_path / "cli-var"
    assert (settings.workers, settings.demo) == (4, True)


def test_empty_environment_values_count_as_unset(tmp_path: Path) -> None:
    env = {"CHARTER_KEYRING": "", "CHARTER_STORE_URL": "", "CHARTER_REDIS_URL": ""}
    config = _config(redis={"url": "redis://file:6379/0"})
    settings = Settings.resolve(config, config_path=tmp_path / "charter.yaml", env=env)
    assert settings.keyring_path == tmp_path / "charter.keyring"
    assert settings.redis_url == "redis://file:6379/0"


def test_the_process_environment_is_only_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHARTER_KEYRING", "/from/process.keyring")
    config_path = tmp_path / "charter.yaml"
    assert Settings.resolve(_config(), config_path=config_path).keyring_path == Path(
        "/from/process.keyring"
    )
    assert Settings.resolve(_config(), config_path=config_path, env={}).keyring_path == (
        tmp_path / "charter.keyring"
    )


def test_listeners_come_from_the_file(tmp_path: Path) -> None:
    config = _config(listeners={"gateway": {"host": "0.0.0.0", "port": 80},
                                "admin": {"host": "127.0.0.1", "port": 9001}})
    settings = Settings.resolve(config, config_path=tmp_path / "c.yaml", env={})
    assert (settings.gateway_host, settings.gateway_port) == ("0.0.0.0", 80)
    assert (settings.admin_host, settings.admin_port) == ("127.0.0.1", 9001)


def test_a_bad_store_url_in_the_environment_is_refused_without_echo(tmp_path: Path) -> None:
    env = {"CHARTER_STORE_URL": "mysql://u:hunter2-pw@db/charter"}
    with pytest.raises(SettingsError, match="CHARTER_STORE_URL") as info:
        Settings.resolve(_config(), config_path=tmp_path / "c.yaml", env=env)
    assert "hunter2" not in str(info.value)


def test_postgres_urls_pass_through(tmp_path: Path) -> None:
    url = "postgresql://charter@db.internal/charter"
    settings = Settings.resolve(_config(), config_path=None, env={"CHARTER_STORE_URL": url})
    assert settings.store_url == url


def test_workers_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="workers"):
        Settings.resolve(_config(), config_path=None, env={}, workers=0)


def test_settings_are_frozen(tmp_path: Path) -> None:
    settings = Settings.resolve(_config(), config_path=None, env={})
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.workers = 2  # type: ignore[misc]


@pytest.mark.parametrize(("url", "expected"), [
    ("sqlite:///rel/c.db", "sqlite:////base/rel/c.db"),
    ("sqlite:///rel/c.db?timeout=5", "sqlite:////base/rel/c.db?timeout=5"),
    ("sqlite:////abs/c.db", "sqlite:////abs/c.db"),
    ("sqlite://", "sqlite://"),
    ("sqlite:///:memory:", "sqlite:///:memory:"),
    ("sqlite:///file:c.db?mode=ro&uri=true", "sqlite:///file:c.db?mode=ro&uri=true"),
    ("postgresql://u@h/db", "postgresql://u@h/db"),
])
def test_sqlite_absolute(url: str, expected: str) -> None:
    assert sqlite_absolute(url, Path("/base")) == expected
