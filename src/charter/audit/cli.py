"""`charter audit verify` and `charter audit export`.

`verify` exits 0 when the log is intact, 3 when it is not (naming the first broken seq on
the first line), 1 when the store or keyring cannot be read and 2 for a bad configuration.
`export` writes JSON lines (see `charter.audit.export`) to `--out` or standard output.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TextIO, TypeVar

from charter.config.starter import CONFIG_NAME

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Engine

    from charter.privacy.keyring import Keyring

T = TypeVar("T")
EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_BROKEN = 0, 1, 2, 3
_SHOWN_PROBLEMS = 20


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `audit` command group to `charter`'s subparsers."""
    group = commands.add_parser("audit", help="verify or export the tamper-evident audit log")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    verify = actions.add_parser(
        "verify", help="check the hash chain, the signed checkpoints and the second sink")
    _config_option(verify)
    verify.set_defaults(handler=cmd_verify)
    export = actions.add_parser(
        "export", help="write records and what is needed to verify them as JSON lines")
    _config_option(export)
    export.add_argument("--from", dest="start", required=True, type=_time, metavar="ISO",
                        help="first time, inclusive (ISO 8601 with a time zone)")
    export.add_argument("--to", dest="end", required=True, type=_time, metavar="ISO",
                        help="last time, exclusive (ISO 8601 with a time zone)")
    export.add_argument("--out", metavar="FILE", help="write here (default: standard output)")
    export.set_defaults(handler=cmd_export)


def cmd_verify(args: argparse.Namespace) -> int:
    from charter.audit.verify import verify_log

    engine, keyring, sink = _open(args.config)
    try:
        report = _store(lambda: verify_log(engine, keyring, sink))
    finally:
        engine.dispose()
    if report is None:
        return EXIT_FAILURE
    if report.ok:
        span = (f"seq {report.first_seq} to {report.last_seq}" if report.events
                else "empty")
        print(f"audit log verified: {report.events} records ({span}), head "
              f"{report.head_hash[:16]}")
        newest = (f", newest at seq {report.newest_checkpoint}"
                  if report.newest_checkpoint is not None else "")
        print(f"checkpoints: {report.checkpoints} verified{newest}; second sink {sink} "
              f"({report.sink_files} files)")
    else:
        first = report.first_broken
        print(f"audit log BROKEN at seq {first}" if first is not None
              else f"audit log BROKEN: {report.problems[0]}")
        for problem in report.problems[:_SHOWN_PROBLEMS]:
            print(f"  {problem}")
        if len(report.problems) > _SHOWN_PROBLEMS:
            print(f"  ... and {len(report.problems) - _SHOWN_PROBLEMS} more")
        print(f"checked {report.events} records up to seq {report.last_seq}, "
              f"{report.checkpoints} valid checkpoints; second sink {sink}")
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_BROKEN


def cmd_export(args: argparse.Namespace) -> int:
    from charter.audit.export import export_log

    if args.end <= args.start:
        print("charter: --to must be after --from", file=sys.stderr)
        return EXIT_USAGE
    engine, keyring, sink = _open(args.config)
    try:
        def run(out: TextIO) -> int:
            return export_log(engine, keyring, sink, args.start, args.end, out)

        if args.out is None:
            count = _store(lambda: run(sys.stdout))
        else:
            with open(args.out, "w", encoding="utf-8") as handle:
                count = _store(lambda: run(handle))
    finally:
        engine.dispose()
    if count is None:
        return EXIT_FAILURE
    print(f"exported {count} records", file=sys.stderr)
    return EXIT_OK


def _open(config: str) -> tuple[Engine, Keyring, Path]:
    from charter.audit.checkpoints import sink_directory
    from charter.config.loader import load_config
    from charter.privacy.keyring import Keyring
    from charter.settings import Settings
    from charter.store.engine import make_engine

    loaded = load_config(config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    keyring = Keyring.load(settings.keyring_path)
    return (make_engine(settings.store_url), keyring,
            sink_directory(settings, loaded.config.audit))


def _store(call: Callable[[], T]) -> T | None:
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return call()
    except SQLAlchemyError as exc:
        # The message could quote the store URL (a password): name the type only.
        print(f"charter: the store failed: {type(exc).__name__} (is it migrated? run "
              "`charter migrate`)", file=sys.stderr)
        return None


def _time(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no time zone (add Z or +00:00)")
    return value


def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", default=CONFIG_NAME,
                        help=f"configuration file naming the store, keyring and second sink "
                             f"(default: ./{CONFIG_NAME})")
