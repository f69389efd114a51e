"""The `charter` command.

Exit codes: 0 success; 1 a runtime failure (missing or unsafe keyring, unreachable store, a
file that cannot be written); 2 a usage or configuration error. Expected failures print one
line per problem to stderr, never a traceback, and never a secret. Secrets are printed only
by the commands whose purpose is to hand one over (`admin-token`, `admin create-owner`, and
those creating keys or client secrets), once, on stdout.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from charter import __version__
from charter.admin import cli as admin_cli
from charter.audit import cli as audit_cli
from charter.backup import cli as backup_cli
from charter.capture import cli as capture_cli
from charter.client import cli as client_cli
from charter.config.loader import ConfigError, LoadedConfig, load_config, warnings
from charter.config.models import CharterConfig, Route
from charter.config.starter import CONFIG_NAME, starter_config
from charter.consent import cli as consent_cli
from charter.governance import cli as governance_cli
from charter.governance.policy import cli as policy_cli
from charter.identity import cli as identity_cli
from charter.incidents import cli as incidents_cli
from charter.privacy.keyring import Keyring, KeyringError
from charter.privacy.scanner import cli as scanner_cli
from charter.retention import cli as retention_cli
from charter.rights import cli as rights_cli
from charter.settings import ENV_KEYRING, KEYRING_NAME, Settings, SettingsError
from charter.support import cli as support_cli

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """An expected failure: `message` goes to stderr, `code` becomes the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: `sys.argv[1:]`) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except ConfigError as exc:
        for problem in exc.problems:
            _err(str(problem))
        return EXIT_USAGE
    except SettingsError as exc:
        _err(f"charter: {exc}")
        return EXIT_USAGE
    except CommandError as exc:
        _err(f"charter: {exc}")
        return exc.code
    except KeyringError as exc:
        _err(f"charter: {exc}")
        return EXIT_FAILURE
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        _err(f"charter: {exc.strerror or type(exc).__name__}{where}")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="charter", description="Charter: a privacy-first API gateway."
    )
    parser.add_argument("--version", action="version", version=f"charter {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser("init", help="write a starter charter.yaml and a new keyring")
    init.add_argument("--dir", default=".", help="directory to write into (default: .)")
    init.add_argument("--force", action="store_true",
                      help="overwrite charter.yaml (the keyring is never overwritten)")
    init.set_defaults(handler=cmd_init)

    check = commands.add_parser("check", help="validate a configuration file")
    _config_option(check)
    check.add_argument("--against-published", action="store_true",
                       help="fail, too, when the store cannot be read or holds no published"
                            " privacy policy to compare with")
    check.set_defaults(handler=cmd_check)

    serve = commands.add_parser("serve", help="run the gateway and admin listeners")
    serve.add_argument("--config", help=f"configuration file (default: ./{CONFIG_NAME})")
    serve.add_argument("--workers", type=_positive_int, default=1,
                       help="gateway worker processes (default: 1)")
    serve.add_argument("--demo", action="store_true",
                       help="demo mode; without --config, serve a built-in demo from ./var")
    serve.add_argument("--keyring", help="keyring file (default: next to the configuration)")
    serve.set_defaults(handler=cmd_serve)

    migrate = commands.add_parser("migrate", help="bring the store's schema up to date")
    _config_option(migrate)
    migrate.set_defaults(handler=cmd_migrate)

    keyring_source = argparse.ArgumentParser(add_help=False)
    source = keyring_source.add_mutually_exclusive_group()
    source.add_argument("--keyring", help=f"keyring file (default: ${ENV_KEYRING} or"
                        f" ./{KEYRING_NAME})")
    source.add_argument("--config", help="find the keyring through this configuration file")

    keyring = commands.add_parser("keyring", help="list, rotate or retire master keys")
    actions = keyring.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser(
        "list", parents=[keyring_source], help="key ids, creation times and status (no secrets)"
    ).set_defaults(handler=cmd_keyring_list)
    actions.add_parser(
        "rotate", parents=[keyring_source],
        help="add a new active master key; older keys stay readable until retired",
    ).set_defaults(handler=cmd_keyring_rotate)
    retire = actions.add_parser(
        "retire", parents=[keyring_source],
        help="stop accepting a non-active key; what was derived from it can no longer be read",
    )
    retire.add_argument("kid", metavar="KID", help="the key id to retire")
    retire.set_defaults(handler=cmd_keyring_retire)

    token = commands.add_parser(
        "admin-token", parents=[keyring_source], help="print the bootstrap admin token"
    )
    token.set_defaults(handler=cmd_admin_token)
    identity_key = commands.add_parser(
        "identity-key", parents=[keyring_source],
        help="print the key upstreams use to verify the X-Charter-* identity headers",
    )
    identity_key.set_defaults(handler=cmd_identity_key)

    identity_cli.register(commands)
    admin_cli.register(commands)
    capture_cli.register(commands)
    backup_cli.register(commands)
    scanner_cli.register(commands)
    client_cli.register(commands)
    audit_cli.register(commands)
    retention_cli.register(commands)
    rights_cli.register(commands)
    governance_cli.register(commands)
    consent_cli.register(commands)
    policy_cli.register(commands)
    support_cli.register(commands)
    incidents_cli.register(commands)
    return parser


# --- commands ---------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    directory = Path(args.dir)
    directory.mkdir(parents=True, exist_ok=True)
    config_path = directory / CONFIG_NAME
    keyring_path = directory / KEYRING_NAME
    try:
        with config_path.open("w" if args.force else "x", encoding="utf-8") as handle:
            handle.write(starter_config())
    except FileExistsError:
        raise CommandError(f"{config_path} already exists; use --force to overwrite it") from None
    _out(f"wrote {config_path}")

    if _create_keyring(keyring_path):
        _out(f"created {keyring_path} (mode 0600): keep it private, back it up, and keep it out"
             " of version control; without it, hashed API keys and pseudonyms cannot be"
             " verified and encrypted backups cannot be read")
    else:
        _out(f"kept the existing {keyring_path} (a keyring is never overwritten, not even with"
             " --force)")

    shown = config_path if directory != Path(".") else Path(CONFIG_NAME)
    _out("\nnext steps:")
    _out(f"  charter check --config {shown}        # validate after every edit")
    _out(f"  charter migrate --config {shown}      # create the store")
    _out(f"  charter serve --config {shown}        # gateway on 127.0.0.1:8080, admin on :8081")
    _out(f"  charter admin-token --config {shown}  # the token for the admin API")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    loaded = load_config(args.config)
    config = loaded.config
    _out(f"{loaded.path}: ok ({_count(len(config.routes), 'route')},"
         f" {_count(len(config.upstreams), 'upstream')},"
         f" {_count(len(config.purposes), 'purpose')}; sha256 {loaded.sha256[:12]})")
    for route in config.routes:
        _out(f"  route {route.id}: {route.match.path_prefix} -> {route.upstream}"
             f" [{_auth_summary(route)}]")
    public = [route.id for route in config.routes if _is_public(route)]
    if public:
        _out(f"  routes without authentication: {', '.join(public)}")
    for approval in config.approvals:
        users = [route.id for route in config.routes
                 if (route.stages.get("privacy_guard") or {}).get("approval") == approval.id]
        expires = f", expires {approval.expires}" if approval.expires else ""
        _out(f"  approval {approval.id}: {', '.join(approval.kinds)} for"
             f" {', '.join(users) or 'no route'}; approved by {approval.approver} on"
             f" {approval.date}{expires}; {approval.use_case}")
        controls = approval.controls
        _out(f"    controls: capture {controls.capture}, retention {controls.retention},"
             f" readable by {', '.join(controls.roles)}")
    _print_governance(config)
    for warning in warnings(config):
        _err(f"warning: {warning}")
    return _check_published(loaded, strict=bool(getattr(args, "against_published", False)))


def _check_published(loaded: LoadedConfig, *, strict: bool) -> int:
    """Compare the configuration with the policy published in its store, when there is one.

    A store that does not exist yet, cannot be read, or holds no published policy leaves
    nothing to compare: said so, and not a failure unless `strict` (`--against-published`).
    A configuration that goes beyond the published policy fails either way."""
    from charter.governance.policy.check import NOTHING_PUBLISHED, compare_with_published

    try:
        settings = Settings.resolve(loaded.config, config_path=loaded.path)
    except SettingsError as exc:
        if strict:
            raise
        _err(f"warning: not compared with the published privacy policy: {exc}")
        return EXIT_OK
    found = compare_with_published(loaded.config, settings.store_url)
    if found.outcome == "contradicts":
        for problem in found.problems:
            _err(problem)
        return EXIT_FAILURE
    if found.outcome == "matches":
        _out(f"  matches the published privacy policy (version {found.version})")
        return EXIT_OK
    if found.outcome == "unreachable":
        message = (f"the store cannot be read ({found.error}), so the configuration was not"
                   " compared with the published privacy policy")
        if strict:
            raise CommandError(message)
        _err(f"warning: {message}")
        return EXIT_OK
    if strict:
        _err(NOTHING_PUBLISHED)
        return EXIT_FAILURE
    if found.outcome == "no_store":
        _out("  published privacy policy: none to compare with, the store does not exist yet"
             " (`charter migrate` or `charter serve` creates it)")
    else:
        _out("  published privacy policy: none yet, nothing to compare with"
             " (`charter policy publish`)")
    return EXIT_OK


def _print_governance(config: CharterConfig) -> None:
    """Recipients, transfers outside home, and contacts: what `charter check` also shows."""
    from charter.governance.transfers import transfers

    for recipient in config.recipients:
        agreement = (f"agreement {recipient.agreement} of {recipient.agreement_date}"
                     if recipient.agreement else "no agreement")
        _out(f"  recipient {recipient.name}: {recipient.role} in {recipient.country},"
             f" {agreement}, use {recipient.use}")
    for transfer in transfers(config):
        if transfer.in_home is False:
            _out(f"  transfer: {transfer.kind} {transfer.name} to {transfer.country},"
                 f" safeguard {transfer.safeguard or 'none'} ({transfer.status})")
    for contact in config.contacts:
        reach = ", ".join(x for x in (contact.email, contact.url) if x)
        _out(f"  contact {contact.role}: {contact.name} ({reach})")


def cmd_serve(args: argparse.Namespace) -> int:
    # Imported here, not at the top: `charter check` must not pay for the server.
    from charter import supervisor

    if args.demo and args.config is None:
        return supervisor.serve_demo(var_dir=Path("var"), workers=args.workers)
    loaded = load_config(args.config or CONFIG_NAME)
    settings = Settings.resolve(
        loaded.config, config_path=loaded.path, workers=args.workers, demo=args.demo,
        keyring_path=args.keyring,
    )
    if not args.demo:
        # Fail here, with one clear line, rather than in every worker.
        Keyring.load(settings.keyring_path)
    return supervisor.serve(settings, loaded)


def cmd_migrate(args: argparse.Namespace) -> int:
    loaded = load_config(args.config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    from charter.store.migrate import upgrade

    try:
        revision = upgrade(settings.store_url)
    except Exception as exc:
        # A store that cannot be reached or migrated is a runtime failure worth one line. The
        # URL is not printed: it may carry a password.
        first_line = (str(exc).strip().splitlines() or [""])[0]
        raise CommandError(f"migration failed: {type(exc).__name__}: {first_line}") from None
    _out(f"store at revision {revision}")
    return EXIT_OK


def cmd_keyring_list(args: argparse.Namespace) -> int:
    keyring = Keyring.load(_keyring_path(args))
    _out(f"{'KID':<18} {'CREATED (UTC)':<20} STATUS")
    for key in keyring.keys:
        if key.kid == keyring.active_kid:
            status = "active"
        elif key.retired:
            status = "retired"
        else:
            status = "readable"  # still accepted and derivable, no longer used for new material
        created = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(key.created))
        _out(f"{key.kid:<18} {created:<20} {status}")
    return EXIT_OK


def cmd_keyring_rotate(args: argparse.Namespace) -> int:
    path = _keyring_path(args)
    keyring = Keyring.load(path)
    previous = keyring.active_kid
    key = keyring.rotate()
    keyring.save(path)
    _out(f"new active key {key.kid}; {previous} stays readable until you retire it"
         " (reload running processes to pick up the new key)")
    return EXIT_OK


def cmd_keyring_retire(args: argparse.Namespace) -> int:
    path = _keyring_path(args)
    keyring = Keyring.load(path)
    kid: str = args.kid
    try:
        key = keyring.master(kid)
    except KeyError:
        raise CommandError(f"no key {kid!r} in {path}", EXIT_USAGE) from None
    if key.retired:
        _out(f"{kid} is already retired")
        return EXIT_OK
    try:
        keyring.retire(kid)
    except KeyringError as exc:  # the active key
        raise CommandError(str(exc), EXIT_USAGE) from None
    keyring.save(path)
    _out(f"retired {kid}; anything derived only from it (hashed keys, pseudonyms, tokens) no"
         " longer verifies")
    return EXIT_OK


def _is_public(route: Route) -> bool:
    return (route.stages.get("authenticate") or {}).get("methods") == ["none"]


def _auth_summary(route: Route) -> str:
    options = route.stages.get("authenticate") or {}
    if _is_public(route):
        return f"no authentication: {options.get('reason', '')}"
    methods = options.get("methods") or ["api_key", "bearer"]
    return "auth: " + ", ".join(methods)


def cmd_identity_key(args: argparse.Namespace) -> int:
    import base64

    keyring = Keyring.load(_keyring_path(args))
    key = keyring.derive("upstream-identity", keyring.oldest.kid)
    _out(base64.urlsafe_b64encode(key).decode().rstrip("="))
    return EXIT_OK


def cmd_admin_token(args: argparse.Namespace) -> int:
    keyring = Keyring.load(_keyring_path(args))
    from charter.admin.auth import bootstrap_token

    _out(bootstrap_token(keyring))
    return EXIT_OK


# --- helpers ----------------------------------------------------------------------------------

def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", default=CONFIG_NAME,
                        help=f"configuration file (default: ./{CONFIG_NAME})")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _keyring_path(args: argparse.Namespace) -> Path:
    """--keyring, else the keyring of --config's settings, else $CHARTER_KEYRING, else ./."""
    if args.keyring:
        return Path(args.keyring)
    if args.config:
        loaded: LoadedConfig = load_config(args.config)
        return Settings.resolve(loaded.config, config_path=loaded.path).keyring_path
    return Path(os.environ.get(ENV_KEYRING) or KEYRING_NAME)


def _create_keyring(path: Path) -> bool:
    """Write a new keyring at `path` unless one exists; never replaces an existing file.

    The keyring is written (0600) under a temporary name and then hard-linked into place,
    which fails if `path` appeared meanwhile: no window in which a keyring could be replaced.
    """
    if path.exists():
        return False
    staging = path.with_name(f".{path.name}.{secrets.token_hex(4)}.new")
    Keyring.generate().save(staging)
    try:
        os.link(staging, path)
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links
        if path.exists():
            return False
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)
    return True


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _out(line: str) -> None:
    print(line, file=sys.stdout)


def _err(line: str) -> None:
    print(line, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
