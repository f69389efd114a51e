"""`charter backup create|list|verify|restore|prune`.

Each command reads the store, the keyring and the backup directory through `--config` (and
`--keyring`, `--directory` to override). Output is ids, times, sizes and counts, never content
or a store URL. Creating, verifying, restoring and pruning are recorded in the audit log as
actor `cli`; a store that cannot be reached for that is reported as a warning when the
command's own work did not need it. Exit status: 0 done, 1 failed (a damaged backup, a wrong
keyring, a store that refused), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from charter.config.starter import CONFIG_NAME

if TYPE_CHECKING:
    from charter.audit.log import AuditEvent
    from charter.config.models import CharterConfig
    from charter.privacy.keyring import Keyring

EXIT_OK, EXIT_FAILURE = 0, 1
_TIME = "%Y-%m-%d %H:%M:%S"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `backup` command group to `charter`'s subparsers."""
    group = commands.add_parser("backup", help="encrypted backups of the store")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    create = actions.add_parser(
        "create", help="take an encrypted backup of the store now")
    _common(create, keyring=True)
    create.set_defaults(handler=_guarded(cmd_create))

    listing = actions.add_parser(
        "list", help="backups with their times, expiry, size and schema revision")
    _common(listing, keyring=False)
    listing.set_defaults(handler=_guarded(cmd_list))

    verify = actions.add_parser(
        "verify", help="decrypt and check backups without writing their content anywhere")
    verify.add_argument("backups", nargs="*", metavar="BACKUP",
                        help="backup ids or .cbk files (default: every backup in the directory)")
    _common(verify, keyring=True)
    verify.set_defaults(handler=_guarded(cmd_verify))

    restore = actions.add_parser(
        "restore", help="restore a backup into a new, empty store and re-apply erasures")
    restore.add_argument("backup", metavar="BACKUP", help="a backup id or .cbk file")
    restore.add_argument("--to", required=True, metavar="URL",
                         help="the empty store to restore into (sqlite:/// or postgresql://)")
    ledger = restore.add_mutually_exclusive_group()
    ledger.add_argument("--ledger-from", metavar="URL",
                        help="the current store, whose erasure ledger is re-applied"
                             " (default: the configured store)")
    ledger.add_argument("--no-ledger", action="store_true",
                        help="the current store is lost: re-apply only the erasures the backup"
                             " itself knows")
    _common(restore, keyring=True)
    restore.set_defaults(handler=_guarded(cmd_restore))

    prune = actions.add_parser("prune", help="delete expired backups")
    _common(prune, keyring=True)
    prune.set_defaults(handler=_guarded(cmd_prune))


def _common(parser: argparse.ArgumentParser, *, keyring: bool) -> None:
    parser.add_argument("--config", default=CONFIG_NAME,
                        help=f"configuration file naming the store (default: ./{CONFIG_NAME})")
    parser.add_argument("--directory", metavar="DIR",
                        help="backup directory (default: backups.directory, or <var>/backups)")
    if keyring:
        parser.add_argument("--keyring", help="keyring file (default: that of the settings)")


@dataclass(frozen=True)
class _Context:
    config: CharterConfig
    store_url: str
    directory: Path
    keyring_path: Path

    def keyring(self) -> Keyring:
        from charter.privacy.keyring import Keyring

        return Keyring.load(self.keyring_path)


def _context(args: argparse.Namespace) -> _Context:
    from charter.backup.catalog import backup_directory
    from charter.config.loader import load_config
    from charter.settings import Settings

    loaded = load_config(args.config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path,
                                keyring_path=getattr(args, "keyring", None))
    directory = (Path(args.directory).absolute() if args.directory
                 else backup_directory(loaded.config, settings))
    return _Context(loaded.config, settings.store_url, directory, settings.keyring_path)


# --- commands ---------------------------------------------------------------------------------

def cmd_create(args: argparse.Namespace) -> int:
    from charter.backup.create import create_backup

    context = _context(args)
    info = create_backup(context.store_url, context.directory, context.keyring(),
                         context.config, datetime.now(UTC), actor="cli")
    _out(f"backup {info.id} written to {info.path} ({_size(info.size)}, {info.store}, schema"
         f" {info.revision or '-'}, expires {info.expires_under(context.config):{_TIME}} UTC)")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from charter.backup.catalog import list_backups

    context = _context(args)
    now = datetime.now(UTC)
    backups = list_backups(context.directory)
    if not backups:
        _out(f"no backups in {context.directory}")
        return EXIT_OK
    _out(f"{'ID':<13} {'CREATED (UTC)':<20} {'EXPIRES (UTC)':<20} {'SIZE':>10} {'STORE':<10}"
         f" {'REVISION':<24} STATUS")
    for info in backups:
        status = "expired" if info.expired(now, context.config) else "kept"
        if not info.complete:
            status += ", no metadata file"
        _out(f"{info.id:<13} {info.created:{_TIME}}  {info.expires_under(context.config):{_TIME}}"
             f"  {_size(info.size):>10} {info.store:<10} {info.revision or '-':<24} {status}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from charter.audit.log import AuditEvent
    from charter.backup.archive import BackupError
    from charter.backup.catalog import find_backup, list_backups
    from charter.backup.verify import ACTION, verify_backup

    context = _context(args)
    keyring = context.keyring()
    if args.backups:
        paths = [find_backup(context.directory, reference).path for reference in args.backups]
    else:
        paths = [info.path for info in list_backups(context.directory)]
        if not paths:
            _out(f"no backups in {context.directory}")
            return EXIT_OK
    failed = 0
    for path in paths:
        try:
            report = verify_backup(path, keyring)
        except BackupError as exc:
            failed += 1
            _err(f"charter: backup {path.name}: {exc}")
            _audit(context.store_url, AuditEvent(
                actor="cli", action=ACTION, outcome="failure", target=f"file={path.stem}",
                reason=type(exc).__name__))
            continue
        note = "" if report.metadata else " (no metadata file: size and hash not checked)"
        chunks = f"{report.chunks} chunk" + ("" if report.chunks == 1 else "s")
        _out(f"ok {report.id}: {chunks}, {_size(report.snapshot_bytes)} of"
             f" snapshot, {_size(report.size)} on disk{note}")
        _audit(context.store_url, AuditEvent(
            actor="cli", action=ACTION, outcome="success", target=f"backup={report.id}",
            details={"backup_id": report.id, "chunks": report.chunks}))
    return EXIT_FAILURE if failed else EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from charter.audit.log import AuditEvent
    from charter.backup.archive import BackupError
    from charter.backup.catalog import find_backup
    from charter.backup.restore import ACTION, event, restore_backup
    from charter.settings import sqlite_absolute

    context = _context(args)
    target = sqlite_absolute(args.to, Path.cwd())
    ledger_from: str | None = None
    if not args.no_ledger:
        ledger_from = sqlite_absolute(args.ledger_from, Path.cwd()) if args.ledger_from \
            else context.store_url
    info = find_backup(context.directory, args.backup)
    try:
        report = restore_backup(info.path, target, context.keyring(), ledger_from=ledger_from)
    except BackupError as exc:
        _audit(context.store_url, AuditEvent(
            actor="cli", action=ACTION, outcome="failure", target=f"backup={info.id}",
            reason=type(exc).__name__))
        raise
    if ledger_from is not None:
        _audit(ledger_from, event(report, "cli"))
    _out(f"restored backup {report.id} ({report.store}, schema {report.revision_from or '-'}"
         f" -> {report.revision_to})")
    if report.ledger:
        _out(f"erasure ledger: {report.ledger_rows_copied} rows copied from the current store,"
             f" {report.keys_destroyed} subject keys destroyed again")
    else:
        _out(f"erasure ledger: only the backup's own ({report.keys_destroyed} subject keys"
             " destroyed again); people erased after the backup was taken are NOT erased in"
             " the restored store: erase them again before it serves")
    return EXIT_OK


def cmd_prune(args: argparse.Namespace) -> int:
    from charter.audit.log import AuditEvent
    from charter.backup.prune import ACTION, prune_backups

    context = _context(args)
    counts = prune_backups(context.directory, context.keyring(), context.config,
                           datetime.now(UTC))
    _audit(context.store_url, AuditEvent(actor="cli", action=ACTION, outcome="success",
                                         details=dict(counts)))
    _out(f"deleted {counts['deleted']} expired backups ({_size(counts['bytes_freed'])}), kept"
         f" {counts['kept']}")
    if counts["unreadable"]:
        _out(f"{counts['unreadable']} kept backups cannot be opened with this keyring (made"
             " under a key it no longer has)")
    return EXIT_OK


# --- helpers ----------------------------------------------------------------------------------

def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn the expected failures of backups into one line on stderr and exit status 1."""
    def run(args: argparse.Namespace) -> int:
        import sqlite3

        from sqlalchemy.exc import SQLAlchemyError

        from charter.backup.archive import BackupError

        try:
            return command(args)
        except BackupError as exc:
            _err(f"charter: {exc}")
        except SQLAlchemyError as exc:
            # The message could quote a store URL (a password): name the type only.
            _err(f"charter: the store failed: {type(exc).__name__}")
        except (sqlite3.Error, ValueError) as exc:
            _err(f"charter: {type(exc).__name__}: {exc}")
        return EXIT_FAILURE

    return run


def _audit(store_url: str, event: AuditEvent) -> None:
    """Record `event` in the store's audit log; a warning, not a failure, if it cannot be."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from charter.audit.log import AuditLog
    from charter.store.engine import dialect_name, make_engine

    database = Path(make_url(store_url).database or "")
    if dialect_name(store_url) == "sqlite" and not database.is_file():
        # Opening it would create an empty store where the real one is missing.
        _err(f"warning: {event.action} was not recorded in the audit log: the store does not"
             " exist")
        return
    try:
        engine = make_engine(store_url)
        try:
            AuditLog(engine).record_sync(event)
        finally:
            engine.dispose()
    except (SQLAlchemyError, ValueError) as exc:
        _err(f"warning: {event.action} was not recorded in the audit log: the store failed"
             f" ({type(exc).__name__})")


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


def _out(line: str) -> None:
    print(line, file=sys.stdout)


def _err(line: str) -> None:
    print(line, file=sys.stderr)
