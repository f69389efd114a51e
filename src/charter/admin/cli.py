"""`charter admin create-owner`: the first operator account, made from a shell.

There are no default credentials: the first owner is created here, by someone who can read
the keyring and reach the store. The password is generated and printed once (or read from
standard input with `--password-stdin`); the TOTP enrolment URI is printed once, to be added
to an authenticator app at once. Secrets go to stdout, everything else to stderr. Once an
owner exists the command refuses, unless `--additional` says another one is wanted. The
creation (or the refusal) is written to the audit log as actor `cli`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Literal

from charter.config.starter import CONFIG_NAME

if TYPE_CHECKING:
    from charter.admin.operators import OperatorService

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ACTION = "charter admin create-owner"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `admin` command group to `charter`'s subparsers."""
    admin = commands.add_parser("admin", help="operator accounts of the admin API")
    actions = admin.add_subparsers(dest="action", required=True, metavar="ACTION")
    owner = actions.add_parser(
        "create-owner", help="create an owner operator; prints a one-time password and the "
                             "TOTP enrolment URI")
    owner.add_argument("--config", default=CONFIG_NAME,
                       help=f"configuration file naming the store (default: ./{CONFIG_NAME})")
    owner.add_argument("--username", required=True, help="the owner's username")
    owner.add_argument("--password-stdin", action="store_true",
                       help="read the password from standard input instead of generating one")
    owner.add_argument("--additional", action="store_true",
                       help="create an owner even though one exists already")
    owner.set_defaults(handler=cmd_create_owner)


def cmd_create_owner(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from charter.admin.operators import OperatorError

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            _err("charter: no password on standard input")
            return EXIT_USAGE
    try:
        service = _service(args.config)
    except SQLAlchemyError as exc:
        _err(f"charter: the store failed: {type(exc).__name__}")
        return EXIT_FAILURE
    try:
        if service.owner_exists() and not args.additional:
            _audit(service, "denied", "owner_exists")
            _err("charter: an owner exists already; use --additional to create another")
            return EXIT_FAILURE
        try:
            enrolment = service.create(args.username, "owner", password=password)
        except OperatorError as exc:
            _audit(service, "failure", exc.code)
            _err(f"charter: {exc.message}")
            return EXIT_USAGE if exc.code == "invalid" else EXIT_FAILURE
        _audit(service, "success", None, enrolment.account.id)
    except SQLAlchemyError as exc:
        # The message could quote the store URL (a password) or row values: name the type.
        _err(f"charter: the store failed: {type(exc).__name__}")
        return EXIT_FAILURE
    finally:
        service.engine.dispose()
    _err(f"created owner {enrolment.account.username} ({enrolment.account.id})")
    if enrolment.password is not None:
        _err("one-time password (shown only this once; change it after logging in):")
        _out(enrolment.password)
    _err("TOTP enrolment URI (add it to an authenticator app now; shown only this once):")
    _out(enrolment.totp_uri)
    _err("log in with POST /admin/login {\"username\", \"password\", \"totp\"}")
    return EXIT_OK


def _service(config: str) -> OperatorService:
    from charter.admin.operators import OperatorService
    from charter.audit.log import AuditLog
    from charter.config.loader import load_config
    from charter.privacy.keyring import Keyring
    from charter.settings import Settings
    from charter.store.engine import make_engine
    from charter.store.migrate import upgrade

    loaded = load_config(config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    keyring = Keyring.load(settings.keyring_path)
    upgrade(settings.store_url)
    engine = make_engine(settings.store_url)
    return OperatorService(engine, keyring, AuditLog(engine))


def _audit(service: OperatorService, outcome: Literal["success", "failure", "denied"],
           reason: str | None, account_id: str | None = None) -> None:
    from charter.audit.log import AuditEvent, target_of

    service.audit.record_sync(AuditEvent(
        actor="cli", action=ACTION, outcome=outcome, reason=reason,
        target=target_of({"account_id": account_id}) if account_id else None,
        details={"role": "owner"}))


def _out(line: str) -> None:
    print(line, file=sys.stdout, flush=True)


def _err(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
