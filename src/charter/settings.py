"""Process settings: where this process listens, stores and keeps its keys.

`Settings` is resolved once, at start-up, from the configuration file, the environment and
command-line arguments, then passed explicitly to whatever needs it. Nothing here is read at
import time and there is no module-level instance.

Precedence, highest first: arguments, environment (`CHARTER_KEYRING`, `CHARTER_STORE_URL`,
`CHARTER_REDIS_URL`, `CHARTER_VAR_DIR`), the configuration file, defaults. An empty environment
variable counts as unset. Relative paths are resolved where the person who wrote them was
standing: paths from the file against the file's directory, paths from the environment or the
command line against the current directory. The result holds only absolute paths.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from charter.config.models import CharterConfig, StoreConfig

ENV_KEYRING = "CHARTER_KEYRING"
ENV_STORE_URL = "CHARTER_STORE_URL"
ENV_REDIS_URL = "CHARTER_REDIS_URL"
ENV_VAR_DIR = "CHARTER_VAR_DIR"

KEYRING_NAME = "charter.keyring"
_SQLITE_PREFIX = "sqlite:///"


class SettingsError(ValueError):
    """The settings cannot be resolved (a bad environment value or argument)."""


@dataclass(frozen=True)
class Settings:
    """The resolved settings of one Charter process."""

    config_path: Path | None
    var_dir: Path
    keyring_path: Path
    store_url: str
    redis_url: str | None
    gateway_host: str
    gateway_port: int
    admin_host: str
    admin_port: int
    workers: int = 1
    demo: bool = False

    @classmethod
    def resolve(
        cls,
        config: CharterConfig,
        *,
        config_path: str | os.PathLike[str] | None,
        workers: int = 1,
        demo: bool = False,
        env: Mapping[str, str] = os.environ,
        keyring_path: str | os.PathLike[str] | None = None,
        var_dir: str | os.PathLike[str] | None = None,
    ) -> Settings:
        """Combine the configuration, the environment and arguments (see the module docstring).

        When the file names no store, the SQLite database is `charter.db` in `var_dir`.
        Raises SettingsError for a bad worker count or an unsupported `CHARTER_STORE_URL`.
        Reads nothing from disk.
        """
        if workers < 1:
            raise SettingsError(f"workers must be at least 1 (got {workers})")
        cwd = Path.cwd()
        path = _absolute(Path(config_path), cwd) if config_path is not None else None
        base = path.parent if path is not None else cwd

        resolved_var = _pick_path(var_dir, env.get(ENV_VAR_DIR), cwd) or base / "var"
        resolved_keyring = (
            _pick_path(keyring_path, env.get(ENV_KEYRING), cwd) or base / KEYRING_NAME
        )

        env_store = env.get(ENV_STORE_URL) or None
        if env_store is not None:
            try:
                StoreConfig(url=env_store)
            except ValidationError:
                # The URL is not repeated: it may carry a database password.
                raise SettingsError(
                    f"{ENV_STORE_URL} must start with sqlite:// or postgresql://"
                ) from None
            store_url = sqlite_absolute(env_store, cwd)
        elif "url" in config.store.model_fields_set:
            store_url = sqlite_absolute(config.store.url, base)
        else:
            store_url = f"{_SQLITE_PREFIX}{resolved_var / 'charter.db'}"

        return cls(
            config_path=path,
            var_dir=resolved_var,
            keyring_path=resolved_keyring,
            store_url=store_url,
            redis_url=env.get(ENV_REDIS_URL) or config.redis.url,
            gateway_host=config.listeners.gateway.host,
            gateway_port=config.listeners.gateway.port,
            admin_host=config.listeners.admin.host,
            admin_port=config.listeners.admin.port,
            workers=workers,
            demo=demo,
        )


def sqlite_absolute(url: str, base: Path) -> str:
    """`url` with a relative SQLite file path made absolute against `base`; other URLs, absolute
    paths, in-memory databases and `file:` URIs are returned unchanged."""
    if not url.startswith(_SQLITE_PREFIX):
        return url
    rest = url[len(_SQLITE_PREFIX):]
    file_part, sep, query = rest.partition("?")
    if file_part in {"", ":memory:"} or file_part.startswith("file:"):
        return url
    if Path(file_part).is_absolute():
        return url
    return f"{_SQLITE_PREFIX}{base / file_part}{sep}{query}"


def _pick_path(
    argument: str | os.PathLike[str] | None, from_env: str | None, cwd: Path
) -> Path | None:
    if argument is not None:
        return _absolute(Path(argument), cwd)
    if from_env:
        return _absolute(Path(from_env), cwd)
    return None


def _absolute(path: Path, cwd: Path) -> Path:
    path = path.expanduser()
    return path if path.is_absolute() else cwd / path
