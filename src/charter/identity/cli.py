"""`charter orgs`, `charter clients`, `charter accounts`, `charter keys`: identity administration
from a shell.

The commands work on the store named by the configuration (`--config`), bringing its schema
up to date first, and use the keyring next to it to hash new keys and secrets. Whoever can
run them can read the keyring, so they are as trusted as the admin API's owner.

A secret (an API key, a client secret) is printed once, alone on stdout so a script can
capture it, with a warning on stderr that it will not be shown again. Other creations print
the new id on stdout and a description on stderr. Every change, and every change refused for
an expected reason, is written to the audit log (actor `cli`, action `charter keys create`
and so on, ids only) before the command reports it done. Exit codes follow `charter.cli`: 1
for a missing object, a conflict or a store failure, 2 for bad input.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from charter.config.starter import CONFIG_NAME

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from charter.consent.minors import Minor
    from charter.privacy.keyring import Keyring

Handler = Callable[[argparse.Namespace], int]

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ONCE_WARNING = "warning: {what} is shown only this once and cannot be shown again; store it now"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `orgs`, `clients` and `keys` command groups to `charter`'s subparsers."""
    store = argparse.ArgumentParser(add_help=False)
    store.add_argument("--config", default=CONFIG_NAME,
                       help=f"configuration file naming the store (default: ./{CONFIG_NAME})")

    orgs = commands.add_parser("orgs", help="organizations (tenants)")
    actions = orgs.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", parents=[store], help="create an organization")
    create.add_argument("name", metavar="NAME", help="display name")
    create.add_argument("--slug", help="unique short name (default: made from NAME)")
    create.set_defaults(handler=_orgs_create)
    actions.add_parser("list", parents=[store], help="list organizations"
                       ).set_defaults(handler=_orgs_list)

    clients = commands.add_parser("clients", help="machine clients (integrations)")
    actions = clients.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", parents=[store], help="create a client")
    create.add_argument("name", metavar="NAME", help="display name")
    create.add_argument("--org", required=True, help="the owning organization's id")
    create.add_argument("--scopes", required=True, type=_csv, help="comma-separated scopes")
    create.add_argument("--routes", type=_csv,
                        help="comma-separated route ids it may use (default: any route its"
                             " scopes allow)")
    create.set_defaults(handler=_clients_create)
    listing = actions.add_parser("list", parents=[store], help="list clients")
    listing.add_argument("--org", help="only this organization's clients")
    listing.set_defaults(handler=_clients_list)
    disable = actions.add_parser("disable", parents=[store],
                                 help="refuse the client's keys and secret from now on")
    disable.add_argument("client_id", metavar="CLIENT_ID")
    disable.set_defaults(handler=_clients_disable)
    secret = actions.add_parser("secret", parents=[store],
                                help="issue a new client secret (the old one stops working)")
    secret.add_argument("client_id", metavar="CLIENT_ID")
    secret.set_defaults(handler=_clients_secret)

    accounts = commands.add_parser("accounts", help="developer accounts (people of an"
                                                    " organization)")
    actions = accounts.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", parents=[store], help="create a developer account")
    create.add_argument("username", metavar="USERNAME")
    create.add_argument("--org", required=True, help="the organization's id")
    create.add_argument("--email", help="an e-mail address")
    create.add_argument("--minor", action="store_true",
                        help="the person is a minor: refused by the gateway until their"
                             " guardian's authorization is recorded")
    create.add_argument("--gateway-subject", metavar="sub:ISSUER:SUB",
                        help="the sign-in the person uses at the gateway")
    create.set_defaults(handler=_accounts_create)
    listing = actions.add_parser("list", parents=[store], help="list developer accounts")
    listing.add_argument("--org", help="only this organization's accounts")
    listing.set_defaults(handler=_accounts_list)
    change = actions.add_parser("update", parents=[store],
                                help="change whether the person is a minor, or their sign-in")
    change.add_argument("account_id", metavar="ACCOUNT_ID")
    minor = change.add_mutually_exclusive_group()
    minor.add_argument("--minor", dest="minor", action="store_const", const=True,
                       help="the person is a minor (their keys are marked in `minors`)")
    minor.add_argument("--not-minor", dest="minor", action="store_const", const=False,
                       help="the person is not a minor (the marks the account made are"
                            " cleared)")
    sign_in = change.add_mutually_exclusive_group()
    sign_in.add_argument("--gateway-subject", metavar="sub:ISSUER:SUB",
                         help="the sign-in the person uses at the gateway")
    sign_in.add_argument("--no-gateway-subject", action="store_true",
                         help="forget the person's gateway sign-in")
    change.set_defaults(handler=_accounts_update)

    keys = commands.add_parser("keys", help="API keys of clients")
    actions = keys.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", parents=[store], help="create an API key")
    create.add_argument("--client", required=True, help="the client's id")
    create.add_argument("--env", choices=("live", "test"), default="live",
                        help="key environment (default: live)")
    create.add_argument("--expires", type=_duration,
                        help="lifetime such as 90d (default: no expiry)")
    create.add_argument("--description", default="", help="a note for operators")
    create.set_defaults(handler=_keys_create)
    listing = actions.add_parser("list", parents=[store], help="list a client's keys")
    listing.add_argument("--client", required=True, help="the client's id")
    listing.set_defaults(handler=_keys_list)
    revoke = actions.add_parser("revoke", parents=[store], help="refuse a key from now on")
    revoke.add_argument("key_id", metavar="KEY_ID")
    revoke.set_defaults(handler=_keys_revoke)
    rotate = actions.add_parser("rotate", parents=[store],
                                help="issue a replacement; the old key works for the overlap")
    rotate.add_argument("key_id", metavar="KEY_ID")
    rotate.add_argument("--overlap", type=_duration, default=timedelta(days=7),
                        help="how long the old key keeps working (default: 7d)")
    rotate.set_defaults(handler=_keys_rotate)


# --- the store --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Store:
    engine: Engine
    keyring: Keyring
    redis_url: str | None = None  # where the gateway processes hear of changed minors


@contextmanager
def _open(args: argparse.Namespace) -> Iterator[_Store]:
    from charter.config.loader import load_config
    from charter.privacy.keyring import Keyring
    from charter.settings import Settings
    from charter.store.engine import make_engine
    from charter.store.migrate import upgrade

    loaded = load_config(args.config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    keyring = Keyring.load(settings.keyring_path)
    upgrade(settings.store_url)
    engine = make_engine(settings.store_url)
    try:
        yield _Store(engine, keyring, settings.redis_url)
    finally:
        engine.dispose()


def _command(handler: Callable[[argparse.Namespace, _Store], int]) -> Handler:
    """Open the store around `handler` and turn expected failures into one line and a code.

    A change that fails for an expected reason (not found, conflict, invalid) is audited as a
    failure with that reason, as the admin API does; a successful one is audited by the
    handler, before anything is printed.
    """

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        from charter.identity.service import IdentityError

        try:
            with _open(args) as store:
                try:
                    return handler(args, store)
                except IdentityError as exc:
                    _audit(store, args, None, outcome="failure", reason=exc.code)
                    raise
        except IdentityError as exc:
            _err(f"charter: {exc.message}")
            return EXIT_USAGE if exc.code == "invalid" else EXIT_FAILURE
        except SQLAlchemyError as exc:
            # The message could quote the store URL (a password) or row values: name the type.
            _err(f"charter: the store failed: {type(exc).__name__}")
            return EXIT_FAILURE

    return run


# The arguments that name the object a command acts on, and their audit target names.
_TARGET_ARGS = {"key_id": "key_id", "client_id": "client_id", "client": "client_id",
                "org": "org_id", "account_id": "account_id"}


def _audit(
    store: _Store,
    args: argparse.Namespace,
    target: dict[str, str] | None,
    *,
    outcome: Literal["success", "failure"] = "success",
    reason: str | None = None,
    **details: str,
) -> None:
    """Append an audit event for a change made from the command line (listings are not
    audited, as GETs of the admin API are not). Actor `cli`; action `charter GROUP ACTION`;
    the target and details are ids only, never a name or a secret."""
    if args.action == "list":
        return
    from charter.audit.log import AuditEvent, AuditLog, target_of

    if target is None:  # a failure: name what the arguments named, if they are ids at all
        # (someone may paste a key where its id belongs; it must not reach the log)
        from charter.identity.service import looks_like_id

        given = {name: getattr(args, arg, None) for arg, name in _TARGET_ARGS.items()}
        target = {name: value if looks_like_id(value) else "<invalid>"
                  for name, value in given.items() if isinstance(value, str)}
    AuditLog(store.engine).record_sync(AuditEvent(
        actor="cli", action=f"charter {args.command} {args.action}", outcome=outcome,
        target=target_of(target), reason=reason, details=details,
    ))


# --- organizations ----------------------------------------------------------------------------

@_command
def _orgs_create(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    org = service.create_organization(store.engine, args.name, args.slug)
    _audit(store, args, {"org_id": org.id})
    _err(f"created organization {org.id} ({org.slug})")
    _out(org.id)
    return EXIT_OK


@_command
def _orgs_list(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    rows = [(o.id, o.slug, o.status, _when(o.created), o.name)
            for o in service.list_organizations(store.engine)]
    _table(("ID", "SLUG", "STATUS", "CREATED (UTC)", "NAME"), rows)
    return EXIT_OK


# --- clients ----------------------------------------------------------------------------------

@_command
def _clients_create(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    client = service.create_client(store.engine, args.org, args.name, args.scopes, args.routes)
    _audit(store, args, {"org_id": client.org_id, "client_id": client.id})
    _err(f"created client {client.id} in {client.org_id}; give it a secret with"
         f" `charter clients secret {client.id}` or a key with"
         f" `charter keys create --client {client.id}`")
    _out(client.id)
    return EXIT_OK


@_command
def _clients_list(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    rows = [
        (c.id, c.org_id, c.status, "yes" if c.has_secret else "no", ",".join(c.scopes) or "-",
         "any" if c.allowed_routes is None else ",".join(c.allowed_routes) or "none", c.name)
        for c in service.list_clients(store.engine, org_id=args.org)
    ]
    _table(("ID", "ORG", "STATUS", "SECRET", "SCOPES", "ROUTES", "NAME"), rows)
    return EXIT_OK


@_command
def _clients_disable(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    client = service.disable_client(store.engine, args.client_id)
    _audit(store, args, {"client_id": client.id})
    _out(f"disabled {client.id}: its keys and secret are refused from now on")
    return EXIT_OK


@_command
def _clients_secret(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    client, secret = service.reset_client_secret(store.engine, store.keyring, args.client_id)
    _audit(store, args, {"client_id": client.id})
    _err(f"new secret for client {client.id}; any previous secret no longer works")
    _err(ONCE_WARNING.format(what="the client secret"))
    _out(secret)
    return EXIT_OK


# --- developer accounts -----------------------------------------------------------------------

@_command
def _accounts_create(args: argparse.Namespace, store: _Store) -> int:
    from charter.consent.minors import list_minors
    from charter.identity import service

    with _publisher(store) as notify:
        account = service.create_account(
            store.engine, store.keyring, username=args.username, kind="developer",
            org_id=args.org, email=args.email, is_minor=args.minor,
            gateway_subject_key=_sign_in(store, args), actor="cli", notify=notify)
    marks = list_minors(store.engine, account_id=account.id) if account.is_minor else []
    _audit(store, args, {"org_id": account.org_id or "", "account_id": account.id},
           is_minor=str(account.is_minor).lower())
    _audit_marks(store, account.id, marks)
    minor = "; a minor, refused until a guardian authorization is recorded" if marks else ""
    _err(f"created account {account.id} in {account.org_id}{minor}")
    _out(account.id)
    return EXIT_OK


@_command
def _accounts_list(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    rows = [(a.id, a.org_id or "-", a.status, "yes" if a.is_minor else "no",
             a.gateway_subject_key or "-", a.username)
            for a in service.list_accounts(store.engine, kind="developer", org_id=args.org)]
    _table(("ID", "ORG", "STATUS", "MINOR", "GATEWAY SUBJECT KEY", "USERNAME"), rows)
    return EXIT_OK


@_command
def _accounts_update(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service
    from charter.identity.service import IdentityError

    if service.get_account(store.engine, args.account_id).kind != "developer":
        raise IdentityError("not_found", f"no developer account {args.account_id}")
    changes: dict[str, Any] = {}
    if args.minor is not None:
        changes["is_minor"] = args.minor
    if args.gateway_subject is not None or args.no_gateway_subject:
        changes["gateway_subject_key"] = _sign_in(store, args)
    with _publisher(store) as notify:
        account, marks = service.update_account(store.engine, args.account_id, actor="cli",
                                                notify=notify, **changes)
    _audit(store, args, {"account_id": account.id}, is_minor=str(account.is_minor).lower())
    _audit_marks(store, account.id, marks)
    _out(f"{account.id}: minor {'yes' if account.is_minor else 'no'}, gateway sign-in"
         f" {account.gateway_subject_key or 'not known'}; {len(marks)} mark(s) changed")
    return EXIT_OK


def _sign_in(store: _Store, args: argparse.Namespace) -> str | None:
    from charter.identity.service import gateway_key
    from charter.privacy.pseudonym import Pseudonymizer

    if not args.gateway_subject:
        return None
    return gateway_key(Pseudonymizer(store.keyring), args.gateway_subject)


@contextmanager
def _publisher(store: _Store) -> Iterator[Callable[[dict[str, Any]], None]]:
    """Tells the gateway processes of the marks a change makes (Redis, when configured)."""
    from charter.consent.notify import Publisher

    publisher = Publisher(store.redis_url)
    try:
        yield publisher
    finally:
        publisher.close()


def _audit_marks(store: _Store, account_id: str, marks: Sequence[Minor]) -> None:
    """One event per mark an account's flag set or cleared, naming the person by key."""
    from charter.audit.log import AuditEvent, AuditLog

    log = AuditLog(store.engine)
    for mark in marks:
        log.record_sync(AuditEvent(
            actor="cli", action="minor.marked" if mark.marked else "minor.unmarked",
            outcome="success", target=f"subject_key={mark.subject_key}",
            details={"account_id": account_id}))


# --- API keys ---------------------------------------------------------------------------------

@_command
def _keys_create(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    record, key = service.create_api_key(
        store.engine, store.keyring, args.client, env=args.env, expires_in=args.expires,
        description=args.description,
    )
    _audit(store, args, {"client_id": record.client_id, "key_id": record.id}, env=record.env)
    expiry = f"expires {_when(record.expires)} UTC" if record.expires else "no expiry"
    _err(f"created key {record.id} for client {record.client_id} ({record.env}, {expiry})")
    _err(ONCE_WARNING.format(what="the key"))
    _out(key)
    return EXIT_OK


@_command
def _keys_list(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    now = datetime.now(UTC)
    rows = [
        (k.id, k.env, k.state(now), _when(k.created), _when(k.expires), _when(k.last_used),
         k.rotated_from or "-", k.description)
        for k in service.list_api_keys(store.engine, args.client)
    ]
    _table(("KEY ID", "ENV", "STATE", "CREATED (UTC)", "EXPIRES", "LAST USED", "ROTATED FROM",
            "DESCRIPTION"), rows)
    return EXIT_OK


@_command
def _keys_revoke(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    record = service.revoke_api_key(store.engine, args.key_id)
    _audit(store, args, {"client_id": record.client_id, "key_id": record.id})
    _out(f"revoked {record.id}")
    return EXIT_OK


@_command
def _keys_rotate(args: argparse.Namespace, store: _Store) -> int:
    from charter.identity import service

    record, key = service.rotate_api_key(store.engine, store.keyring, args.key_id,
                                         overlap=args.overlap)
    old = service.get_api_key(store.engine, args.key_id)
    _audit(store, args, {"client_id": record.client_id, "key_id": record.id},
           rotated_from=old.id)
    _err(f"created key {record.id} to replace {old.id}, which works until"
         f" {_when(old.expires)} UTC")
    _err(ONCE_WARNING.format(what="the new key"))
    _out(key)
    return EXIT_OK


# --- helpers ----------------------------------------------------------------------------------

def _csv(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _duration(text: str) -> timedelta:
    from charter.config.units import parse_duration

    try:
        return timedelta(seconds=parse_duration(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _when(value: datetime | None) -> str:
    return "-" if value is None else value.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    for row in (header, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        _out("  ".join(cells).rstrip())


def _out(line: str) -> None:
    print(line, file=sys.stdout)


def _err(line: str) -> None:
    print(line, file=sys.stderr)
