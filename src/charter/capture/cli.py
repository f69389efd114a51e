"""`charter captures purge`: delete expired captures and destroy expired days' keys.

Prints what it removed (counts, never content) and records it in the audit log as actor
`cli`. Meant to run on a schedule, at least daily (see `charter.capture.purge`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from charter.config.starter import CONFIG_NAME

EXIT_OK, EXIT_FAILURE = 0, 1
ACTION = "charter captures purge"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `captures` command group to `charter`'s subparsers."""
    group = commands.add_parser("captures", help="short-term payload captures")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    purge = actions.add_parser(
        "purge", help="delete captures past their retention class and destroy the keys of "
                      "days that may no longer be read")
    purge.add_argument("--config", default=CONFIG_NAME,
                       help=f"configuration file naming the store (default: ./{CONFIG_NAME})")
    purge.set_defaults(handler=cmd_purge)


def cmd_purge(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from charter.audit.log import AuditEvent, AuditLog
    from charter.capture.purge import purge_captures
    from charter.config.loader import load_config
    from charter.settings import Settings
    from charter.store.engine import make_engine

    loaded = load_config(args.config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    engine = make_engine(settings.store_url)
    try:
        report = purge_captures(engine, loaded.config, datetime.now(UTC))
        AuditLog(engine).record_sync(AuditEvent(
            actor="cli", action=ACTION, outcome="success",
            details={"captures_deleted": report.captures_deleted,
                     "keys_destroyed": report.keys_destroyed}))
    except SQLAlchemyError as exc:
        # The message could quote the store URL (a password): name the type only.
        print(f"charter: the store failed: {type(exc).__name__}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        engine.dispose()
    kept = report.keys_kept_before.isoformat() if report.keys_kept_before else "-"
    print(f"deleted {report.captures_deleted} captures, destroyed {report.keys_destroyed}"
          f" day keys (days before {kept} can no longer be read)")
    return EXIT_OK
