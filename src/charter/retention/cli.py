"""`charter retention run|report` and `charter holds create|list|release`.

Each command reads the store named by `--config`, prints a table (or JSON with `--json`) and,
when it changes something, records it in the audit log as actor `cli`: one `retention.purge`
(or `retention.dry_run`) event per run with counts per table, and one event per hold created
or released with the hold's id and the kind of scope, never its reason or subject.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from charter.config.models import CharterConfig
from charter.config.starter import CONFIG_NAME

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ACTOR = "cli"

def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `retention` and `holds` command groups to `charter`'s subparsers."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default=CONFIG_NAME,
                        help=f"configuration file naming the store (default: ./{CONFIG_NAME})")
    common.add_argument("--json", action="store_true", help="print JSON instead of a table")

    group = commands.add_parser("retention", help="purge by retention class, and report")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    run = actions.add_parser("run", parents=[common],
                             help="purge every table's records past their retention class")
    run.add_argument("--dry-run", action="store_true",
                     help="count what would be purged; change nothing")
    run.add_argument("--table", action="append", metavar="TABLE",
                     help="only this table (repeat for more)")
    run.set_defaults(handler=cmd_run)
    report = actions.add_parser(
        "report", parents=[common],
        help="per table: class, limit, oldest record, rows past the limit, holds")
    report.set_defaults(handler=cmd_report)

    holds = commands.add_parser("holds", help="legal holds that pause retention purges")
    hold_actions = holds.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = hold_actions.add_parser("create", parents=[common], help="place a legal hold")
    create.add_argument("--reason", required=True,
                        help="why, in a few words: a case or ticket reference, no personal data")
    create.add_argument("--owner", required=True,
                        help="who answers for the hold: a team or an operator account id")
    scope = create.add_mutually_exclusive_group(required=True)
    scope.add_argument("--subject-key", metavar="KEY",
                       help="hold one subject's records in every table: their subject key")
    scope.add_argument("--subject", metavar="KIND:VALUE",
                       help="the same, giving the identifier the key is derived from "
                            "(uses the keyring)")
    scope.add_argument("--table", metavar="TABLE", help="hold records of one table")
    create.add_argument("--from", dest="start", metavar="TIME",
                        help="with --table: records from this time (ISO 8601 with a zone)")
    create.add_argument("--until", dest="end", metavar="TIME",
                        help="with --table: records before this time (ISO 8601 with a zone)")
    create.set_defaults(handler=cmd_holds_create)
    listing = hold_actions.add_parser("list", parents=[common], help="list legal holds")
    listing.add_argument("--all", action="store_true", help="include released holds")
    listing.set_defaults(handler=cmd_holds_list)
    release = hold_actions.add_parser("release", parents=[common],
                                      help="release a legal hold; purges resume for its records")
    release.add_argument("hold_id", metavar="HOLD_ID")
    release.set_defaults(handler=cmd_holds_release)


class _Failure(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[tuple[Engine, CharterConfig, Any]]:
    from charter.config.loader import load_config
    from charter.settings import Settings
    from charter.store.engine import make_engine

    loaded = load_config(args.config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    engine = make_engine(settings.store_url)
    try:
        yield engine, loaded.config, settings
    finally:
        engine.dispose()


Handler = Callable[[argparse.Namespace], int]


def _guarded(func: Handler) -> Handler:
    """Store errors become one line naming the error's type (its message may quote the URL)."""
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            return func(args)
        except _Failure as exc:
            print(f"charter: {exc}", file=sys.stderr)
            return exc.code
        except SQLAlchemyError as exc:
            print(f"charter: the store failed: {type(exc).__name__}", file=sys.stderr)
            return EXIT_FAILURE
    return run


def _json(value: Any) -> None:
    print(json.dumps(value, indent=2, sort_keys=False))


# -- retention -----------------------------------------------------------------------------

@_guarded
def cmd_run(args: argparse.Namespace) -> int:
    from charter.audit.log import AuditLog
    from charter.retention.purge import record_run, run_retention
    from charter.rights.outbox import file_stores

    with _store(args) as (engine, config, settings):
        try:
            run = run_retention(engine, config, datetime.now(UTC), dry_run=args.dry_run,
                                only=args.table,
                                files=file_stores(config, settings.keyring_path))
        except ValueError as exc:
            raise _Failure(str(exc), EXIT_USAGE) from None
        record_run(AuditLog(engine), run, ACTOR)
    if args.json:
        _json(run.as_dict())
    else:
        print(f"{'TABLE':<26} {'CLASS':<14} {'ERASURE':<12} {'STATUS':<14} ROWS")
        for t in run.tables:
            print(f"{t.table:<26} {t.retention:<14} {t.erasure:<12} {t.status:<14} {t.rows}")
        verb = "would purge" if run.dry_run else "purged"
        print(f"{verb} {run.rows} rows; {run.holds} legal holds in force"
              + ("; some tables failed: " + ", ".join(run.failed) if run.failed else ""))
    return EXIT_FAILURE if run.failed else EXIT_OK


@_guarded
def cmd_report(args: argparse.Namespace) -> int:
    from charter.retention.report import build_report
    from charter.rights.outbox import file_stores

    with _store(args) as (engine, config, settings):
        report = build_report(engine, config, datetime.now(UTC),
                              files=file_stores(config, settings.keyring_path))
    if args.json:
        _json(report.as_dict())
        return EXIT_OK
    print(f"{'TABLE':<26} {'CLASS':<14} {'LIMIT':>7} {'ACTION':<10} {'OLDEST':>7} "
          f"{'PAST':>8} {'HELD':>8}  STATE")
    for t in report.tables:
        state = "VIOLATION" if t.violation else "ok"
        print(f"{t.table:<26} {t.retention:<14} {_span(t.limit_seconds):>7} {t.action:<10} "
              f"{_span(t.oldest_age_seconds):>7} {t.rows_past_limit:>8} {t.rows_held:>8}  "
              f"{state}")
    print(f"{len(report.holds)} legal holds in force"
          + "".join(f"\n  {h.id}  {h.scope}  owner {h.owner}" for h in report.holds))
    if report.violations:
        print("violations (purge behind): " + ", ".join(report.violations))
    return EXIT_OK


def _span(seconds: float | None) -> str:
    """A short age: 45s, 12m, 5h, 7d, 3y; `-` for none."""
    if seconds is None:
        return "-"
    for unit, size in (("y", 365 * 86400), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit}"
    return f"{seconds:.0f}s"


# -- holds ---------------------------------------------------------------------------------

def _time(text: str | None, option: str) -> datetime | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise _Failure(f"{option}: expected an ISO 8601 time such as "
                       "2026-01-31T00:00:00Z", EXIT_USAGE) from None
    if value.tzinfo is None:
        raise _Failure(f"{option}: the time needs a zone (Z or +01:00)", EXIT_USAGE)
    return value


def _audit_hold(engine: Engine, action: str, hold: Any) -> None:
    from charter.audit.log import AuditEvent, AuditLog

    AuditLog(engine).record_sync(AuditEvent(
        actor=ACTOR, action=action, outcome="success", target=f"hold_id={hold.id}",
        details={"scope": "subject" if hold.subject_key else "table", "table": hold.table}))


@_guarded
def cmd_holds_create(args: argparse.Namespace) -> int:
    from charter.retention.holds import HoldError, create_hold

    start, end = _time(args.start, "--from"), _time(args.end, "--until")
    if (start or end) and not args.table:
        raise _Failure("--from and --until go with --table", EXIT_USAGE)
    with _store(args) as (engine, _config, settings):
        subject_key = args.subject_key
        if args.subject is not None:
            from charter.privacy.keyring import Keyring
            from charter.privacy.pseudonym import Pseudonymizer

            try:
                subject_key = Pseudonymizer(Keyring.load(settings.keyring_path)) \
                    .subject_key_of(args.subject)
            except ValueError as exc:
                raise _Failure(f"--subject: {exc}", EXIT_USAGE) from None
        try:
            hold = create_hold(engine, reason=args.reason, owner=args.owner, created_by=ACTOR,
                               now=datetime.now(UTC), subject_key=subject_key,
                               table=args.table, start=start, end=end)
        except HoldError as exc:
            raise _Failure(str(exc), EXIT_USAGE) from None
        _audit_hold(engine, "charter holds create", hold)
    if args.json:
        _json(hold.as_dict())
    else:
        print(f"created {hold.id}: {hold.scope}")
    return EXIT_OK


@_guarded
def cmd_holds_list(args: argparse.Namespace) -> int:
    from charter.retention.holds import list_holds

    with _store(args) as (engine, _config, _settings):
        holds = list_holds(engine, include_released=args.all)
    if args.json:
        _json([h.as_dict() for h in holds])
        return EXIT_OK
    print(f"{'ID':<30} {'CREATED (UTC)':<20} {'STATUS':<9} {'OWNER':<20} SCOPE")
    for h in holds:
        created = h.created_at.strftime("%Y-%m-%d %H:%M:%S")
        status = "active" if h.active else "released"
        print(f"{h.id:<30} {created:<20} {status:<9} {h.owner:<20} {h.scope}")
    return EXIT_OK


@_guarded
def cmd_holds_release(args: argparse.Namespace) -> int:
    from charter.retention.holds import HoldError, release_hold

    with _store(args) as (engine, _config, _settings):
        try:
            hold = release_hold(engine, args.hold_id, released_by=ACTOR, now=datetime.now(UTC))
        except HoldError as exc:
            raise _Failure(str(exc), EXIT_USAGE if exc.code == "not_found"
                           else EXIT_FAILURE) from None
        _audit_hold(engine, "charter holds release", hold)
    if args.json:
        _json(hold.as_dict())
    else:
        print(f"released {hold.id}: purges resume for {hold.scope}")
    return EXIT_OK
