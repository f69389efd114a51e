"""`charter consent give|withdraw|list` and `charter minors mark|authorize|list`.

A person is given as `KIND:VALUE` (`sub:people:ada-7f3` for the subject `ada-7f3` of the
issuer named `people`) and turned into their subject key with the keyring; `--subject-key`
takes the key itself. Every change is published to the gateways (Redis, when configured) and
recorded in the audit log as actor `cli`, naming the consent by id or the minor by subject
key, never an identifier.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine

from charter.config.models import CharterConfig
from charter.config.starter import CONFIG_NAME

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ACTOR = "cli"
Handler = Callable[[argparse.Namespace], int]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `consent` and `minors` command groups to `charter`'s subparsers."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default=CONFIG_NAME,
                        help=f"configuration file naming the store (default: ./{CONFIG_NAME})")
    common.add_argument("--json", action="store_true", help="print JSON instead of a table")
    person = argparse.ArgumentParser(add_help=False)
    who = person.add_mutually_exclusive_group(required=True)
    who.add_argument("--subject", metavar="KIND:VALUE",
                     help="the person, by the identifier their subject key is derived from")
    who.add_argument("--subject-key", metavar="KEY", help="the person, by subject key")

    group = commands.add_parser("consent", help="record, withdraw and list consents")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    give = actions.add_parser("give", parents=[common, person],
                              help="record a consent for a purpose whose basis is consent")
    give.add_argument("--purpose", required=True, help="the purpose consented to")
    give.add_argument("--policy-version", help="the version of the policy the person saw")
    give.add_argument("--source", default="admin", choices=("api", "admin", "import"),
                      help="how the consent was collected (default: admin)")
    give.set_defaults(handler=cmd_give)
    withdraw = actions.add_parser("withdraw", parents=[common],
                                  help="withdraw a consent; gateways refuse within a second")
    withdraw.add_argument("consent_id", metavar="CONSENT_ID")
    withdraw.set_defaults(handler=cmd_withdraw)
    listing = actions.add_parser("list", parents=[common], help="list consents, newest first")
    listing.add_argument("--subject", metavar="KIND:VALUE", help="only this person's")
    listing.add_argument("--subject-key", metavar="KEY", help="only this subject key's")
    listing.add_argument("--purpose", help="only for this purpose")
    listing.add_argument("--current", action="store_true", help="only consents not withdrawn")
    listing.set_defaults(handler=cmd_list)

    minors = commands.add_parser("minors", help="people marked as minors, and their guardian "
                                                "authorizations")
    minor_actions = minors.add_subparsers(dest="action", required=True, metavar="ACTION")
    mark = minor_actions.add_parser("mark", parents=[common, person],
                                    help="mark a person as a minor: refused until authorized")
    mark.set_defaults(handler=cmd_mark)
    authorize = minor_actions.add_parser("authorize", parents=[common, person],
                                         help="record a minor's guardian authorization")
    authorize.add_argument("--reference", required=True,
                           help="where the authorization is kept: a document or ticket "
                                "reference, no personal data")
    authorize.set_defaults(handler=cmd_authorize)
    minor_list = minor_actions.add_parser("list", parents=[common], help="list minors")
    minor_list.set_defaults(handler=cmd_minors_list)


class _Failure(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[tuple[Engine, CharterConfig, Any, Any]]:
    """The store, the configuration, the settings and a change publisher."""
    from charter.config.loader import load_config
    from charter.consent.notify import Publisher
    from charter.settings import Settings
    from charter.store.engine import make_engine

    loaded = load_config(args.config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    engine = make_engine(settings.store_url)
    publisher = Publisher(settings.redis_url)
    try:
        yield engine, loaded.config, settings, publisher
    finally:
        publisher.close()
        engine.dispose()


def _guarded(func: Handler) -> Handler:
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        from charter.consent.records import ConsentError

        try:
            return func(args)
        except _Failure as exc:
            print(f"charter: {exc}", file=sys.stderr)
            return exc.code
        except ConsentError as exc:
            print(f"charter: {exc}", file=sys.stderr)
            return EXIT_FAILURE if exc.code == "not_found" else EXIT_USAGE
        except SQLAlchemyError as exc:
            print(f"charter: the store failed: {type(exc).__name__}", file=sys.stderr)
            return EXIT_FAILURE
    return run


def _subject_key(args: argparse.Namespace, settings: Any) -> str | None:
    if getattr(args, "subject_key", None):
        return str(args.subject_key)
    if not getattr(args, "subject", None):
        return None
    from charter.consent.api import subject_key_of
    from charter.privacy.keyring import Keyring
    from charter.privacy.pseudonym import Pseudonymizer

    try:
        return subject_key_of(Pseudonymizer(Keyring.load(settings.keyring_path)), None,
                              args.subject)
    except ValueError as exc:
        raise _Failure(f"--subject: {exc}", EXIT_USAGE) from None


def _audit(engine: Engine, action: str, target: str, **details: str | bool | None) -> None:
    from charter.audit.log import AuditEvent, AuditLog

    AuditLog(engine).record_sync(AuditEvent(actor=ACTOR, action=action, outcome="success",
                                            target=target, details=details))


def _print(value: Any) -> None:
    print(json.dumps(value, indent=2, default=str))


@_guarded
def cmd_give(args: argparse.Namespace) -> int:
    from charter.consent.records import give

    with _store(args) as (engine, config, settings, publisher):
        subject_key = _subject_key(args, settings)
        assert subject_key is not None
        purposes = [p.name for p in config.purposes if p.legal_basis == "consent"]
        consent, created = give(engine, subject_key, args.purpose, source=args.source,
                                policy_version=args.policy_version, purposes=purposes,
                                notify=publisher)
        _audit(engine, "charter consent give", f"consent_id={consent.id}",
               purpose=consent.purpose, created=created)
    if args.json:
        _print(consent.as_dict())
    else:
        print(f"{'recorded' if created else 'already current'}: {consent.id}")
    return EXIT_OK


@_guarded
def cmd_withdraw(args: argparse.Namespace) -> int:
    from charter.consent.records import withdraw

    with _store(args) as (engine, _config, _settings, publisher):
        consent = withdraw(engine, args.consent_id, source="admin", notify=publisher)
        _audit(engine, "charter consent withdraw", f"consent_id={consent.id}",
               purpose=consent.purpose)
    if args.json:
        _print(consent.as_dict())
    else:
        print(f"withdrawn: {consent.id}")
    return EXIT_OK


@_guarded
def cmd_list(args: argparse.Namespace) -> int:
    from charter.consent.records import list_consents

    with _store(args) as (engine, _config, settings, _publisher):
        found = list_consents(engine, subject_key=_subject_key(args, settings),
                              purpose=args.purpose, include_withdrawn=not args.current)
    if args.json:
        _print([c.as_dict() for c in found])
        return EXIT_OK
    print(f"{'ID':<26} {'SUBJECT KEY':<30} {'PURPOSE':<20} {'GIVEN (UTC)':<20} STATUS")
    for c in found:
        status = "current" if c.current else "withdrawn"
        print(f"{c.id:<26} {c.subject_key:<30} {c.purpose:<20} "
              f"{c.given_at:%Y-%m-%d %H:%M:%S} {status}")
    return EXIT_OK


@_guarded
def cmd_mark(args: argparse.Namespace) -> int:
    from charter.consent.minors import mark

    with _store(args) as (engine, _config, settings, publisher):
        subject_key = _subject_key(args, settings)
        assert subject_key is not None
        minor, created = mark(engine, subject_key, marked_by=ACTOR, notify=publisher)
        _audit(engine, "charter minors mark", f"subject_key={minor.subject_key}",
               created=created)
    if args.json:
        _print(minor.as_dict())
    else:
        print(f"{'marked' if created else 'already marked'}: {minor.subject_key}")
    return EXIT_OK


@_guarded
def cmd_authorize(args: argparse.Namespace) -> int:
    from charter.consent.minors import authorize

    with _store(args) as (engine, _config, settings, publisher):
        subject_key = _subject_key(args, settings)
        assert subject_key is not None
        minor = authorize(engine, subject_key, reference=args.reference, authorized_by=ACTOR,
                          notify=publisher)
        _audit(engine, "charter minors authorize", f"subject_key={minor.subject_key}")
    if args.json:
        _print(minor.as_dict())
    else:
        print(f"authorized: {minor.subject_key}")
    return EXIT_OK


@_guarded
def cmd_minors_list(args: argparse.Namespace) -> int:
    from charter.consent.minors import list_minors

    with _store(args) as (engine, _config, _settings, _publisher):
        found = list_minors(engine)
    if args.json:
        _print([m.as_dict() for m in found])
        return EXIT_OK
    print(f"{'SUBJECT KEY':<30} {'MARKED (UTC)':<20} {'BY ACCOUNT':<22} {'STATE':<9}"
          " AUTHORIZATION")
    for m in found:
        print(f"{m.subject_key:<30} {m.marked_at:%Y-%m-%d %H:%M:%S}  {m.account_id or '-':<22}"
              f" {'marked' if m.marked else 'unmarked':<9} {m.guardian_authorization or 'none'}")
    return EXIT_OK
