"""What the `support` and `incidents` commands share: the store and keyring named by the
configuration, texts read from a file or stdin (never from the command line, where other
users of the host see them), audit records as actor `cli`, and one-line failures."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from charter.audit.log import AuditEvent, AuditLog, DetailValue, Outcome
from charter.config.starter import CONFIG_NAME
from charter.privacy.keyring import Keyring

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ACTOR = "cli"
Handler = Callable[[argparse.Namespace], int]


class Failure(Exception):
    """An expected failure: the message goes to stderr, `code` becomes the exit status."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def status_exit(status: int) -> int:
    """The exit status for a refusal with this HTTP status: a missing or closed object is a
    runtime failure, anything else a usage error."""
    return EXIT_FAILURE if status in (404, 409) else EXIT_USAGE


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default=CONFIG_NAME,
                        help=f"configuration file naming the store (default: ./{CONFIG_NAME})")
    common.add_argument("--json", action="store_true", help="print JSON instead of text")
    return common


@dataclass(frozen=True)
class Store:
    engine: Engine
    keyring: Keyring

    def audit(self, action: str, target: str, details: Mapping[str, DetailValue] | None = None,
              *, outcome: Outcome = "success", reason: str | None = None) -> None:
        AuditLog(self.engine).record_sync(AuditEvent(
            actor=ACTOR, action=action, outcome=outcome, reason=reason, target=target,
            details=dict(details or {})))


@contextmanager
def store(args: argparse.Namespace) -> Iterator[Store]:
    from charter.config.loader import load_config
    from charter.settings import Settings
    from charter.store.engine import make_engine
    from charter.store.migrate import upgrade

    loaded = load_config(args.config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    keyring = Keyring.load(settings.keyring_path)
    upgrade(settings.store_url)
    engine = make_engine(settings.store_url)
    try:
        yield Store(engine, keyring)
    finally:
        engine.dispose()


def guarded(func: Handler) -> Handler:
    """`func` with expected failures printed as one line and turned into an exit status."""
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            return func(args)
        except Failure as exc:
            print(f"charter: {exc}", file=sys.stderr)
            return exc.code
        except SQLAlchemyError as exc:
            print(f"charter: the store failed: {type(exc).__name__}", file=sys.stderr)
            return EXIT_FAILURE
    return run


def read_text(path: str, option: str) -> str:
    """The text of a file, or of stdin for `-`."""
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "unreadable"
        raise Failure(f"{option}: {reason}", EXIT_USAGE) from None


def moment(text: str | None, option: str) -> datetime | None:
    """An ISO 8601 time; one without a zone is taken as UTC."""
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise Failure(f"{option}: expected an ISO 8601 time such as 2026-03-02T09:30",
                      EXIT_USAGE) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, default=str))


def warn(line: str) -> None:
    print(f"warning: {line}", file=sys.stderr)
