"""`charter rights`: rights requests from a shell (create, list, show, the transitions, lift,
sweep).

Like the other store commands, these work on the store the configuration names, bring its
schema up to date first, and use the keyring next to it. Every change is recorded in the
request's history and in the audit log with the actor `cli`; `show`, which prints the
person's identifiers and contact address, is audited too. Exit codes follow `charter.cli`: 1
for a missing request, a refused transition or a store failure, 2 for bad input.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from charter.config.starter import CONFIG_NAME
from charter.rights.settings import REQUEST_TYPES

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from charter.config.models import CharterConfig
    from charter.privacy.keyring import Keyring
    from charter.rights.service import RightsService

Handler = Callable[[argparse.Namespace], int]
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ACTOR = "cli"
# After these the requester is told of a refusal or an extension, through the rights outbox;
# after an advance, of what the run did (`charter.rights.completion`).
TOLD = frozenset({"deny", "extend"})
_STATES = ("received", "verifying", "verified", "in_progress", "extended", "completed",
           "denied")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `charter rights ...` to `charter`'s subparsers."""
    store = argparse.ArgumentParser(add_help=False)
    store.add_argument("--config", default=CONFIG_NAME,
                       help=f"configuration file naming the store (default: ./{CONFIG_NAME})")
    one = argparse.ArgumentParser(add_help=False, parents=[store])
    one.add_argument("request_id", metavar="REQUEST_ID")
    reason = argparse.ArgumentParser(add_help=False, parents=[one])
    reason.add_argument("--reason", help="why; recorded in the request's history (no personal "
                        "data)")

    rights = commands.add_parser("rights", help="data subject rights requests")
    actions = rights.add_subparsers(dest="action", required=True, metavar="ACTION")

    create = actions.add_parser("create", parents=[store], help="file a request for someone")
    create.add_argument("type", metavar="TYPE", choices=REQUEST_TYPES,
                        help=f"one of {', '.join(REQUEST_TYPES)}")
    create.add_argument("--email", help="the person's e-mail address, as an identifier")
    create.add_argument("--account", help="the person's account id")
    create.add_argument("--client", help="a client id, for a client's own request")
    create.add_argument("--sub", help="ISSUER:SUB, the person as a token issuer names them")
    create.add_argument("--contact", help="e-mail address to answer (default: --email)")
    create.add_argument("--jurisdiction", help="whose deadlines apply (default: the "
                        "configured default)")
    create.add_argument("--details", type=_json_object,
                        help="a JSON object: fields to rectify, purposes objected to, ...")
    create.add_argument("--verified", action="store_true",
                        help="you confirmed the person's identity (needs --reason)")
    create.add_argument("--reason", help="how the identity was confirmed")
    create.set_defaults(handler=_create)

    listing = actions.add_parser("list", parents=[store], help="list requests, newest first")
    listing.add_argument("--state", choices=_STATES)
    listing.add_argument("--type", choices=REQUEST_TYPES)
    listing.add_argument("--overdue", action="store_true", help="only open requests past "
                         "their deadline")
    listing.add_argument("--due-soon", action="store_true", help="only open requests due "
                         "within rights.near_deadline")
    listing.add_argument("--limit", type=int, default=100, help="at most this many (default "
                         "100, at most 500)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", parents=[one], help="one request, its identifiers, "
                              "contact and history (audited)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    for name, text in (
        ("verify", "confirm the requester's identity, checked some other way"),
        ("advance", "start carrying the request out (runs the execution side)"),
        ("deny", "refuse the request"),
        ("extend", "extend the deadline once, before it passes"),
        ("complete", "close the request as answered"),
    ):
        actions.add_parser(name, parents=[reason], help=text).set_defaults(
            handler=_transition(name))

    lift = actions.add_parser("lift", parents=[reason], help="lift the restriction a restrict "
                              "request set; the person is told first, through the rights "
                              "outbox (--reason required, and told to them)")
    lift.set_defaults(handler=_lift)

    actions.add_parser("sweep", parents=[store], help="close expired unverified requests and "
                       "send deadline alerts (for cron or the scheduler)"
                       ).set_defaults(handler=_sweep)


@dataclass(frozen=True)
class _Store:
    engine: Engine
    keyring: Keyring
    config: CharterConfig
    service: RightsService


@contextmanager
def _open(args: argparse.Namespace) -> Iterator[_Store]:
    from charter.config.loader import load_config
    from charter.privacy.keyring import Keyring
    from charter.rights.service import RightsService
    from charter.rights.settings import rights_settings
    from charter.settings import Settings
    from charter.store.engine import make_engine
    from charter.store.migrate import upgrade

    loaded = load_config(args.config)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    keyring = Keyring.load(settings.keyring_path)
    upgrade(settings.store_url)
    engine = make_engine(settings.store_url)
    try:
        yield _Store(engine, keyring, loaded.config,
                     RightsService(engine, keyring, rights_settings(loaded.config)))
    finally:
        engine.dispose()


def _command(handler: Callable[[argparse.Namespace, _Store], int]) -> Handler:
    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        from charter.rights.workflow import RightsError

        try:
            with _open(args) as store:
                return handler(args, store)
        except RightsError as exc:
            _err(f"charter: {exc.message} ({exc.code})")
            return EXIT_USAGE if exc.status in (400, 422) else EXIT_FAILURE
        except SQLAlchemyError as exc:
            _err(f"charter: the store failed: {type(exc).__name__}")
            return EXIT_FAILURE

    return run


@_command
def _create(args: argparse.Namespace, store: _Store) -> int:
    from charter.rights.workflow import RightsError

    pairs = [(kind, value) for kind, value in (("email", args.email),
                                               ("account", args.account),
                                               ("client", args.client), ("sub", args.sub))
             if value]
    if not pairs:
        raise RightsError(422, "invalid_request", "name the person: --email, --account, "
                          "--client or --sub")
    if args.verified and not (args.reason or "").strip():
        raise RightsError(422, "reason_required", "--verified needs --reason")
    request = store.service.create(
        args.type, pairs, actor=ACTOR, channel="cli", contact=args.contact or args.email,
        details=args.details, jurisdiction=args.jurisdiction,
        verification="operator" if args.verified else None, reason=args.reason)
    _err(f"filed {request.type} request ({request.state}, due "
         f"{_when(request.due_at)})")
    _out(request.id)
    return EXIT_OK


@_command
def _list(args: argparse.Namespace, store: _Store) -> int:
    service = store.service
    found = service.list(state=args.state, request_type=args.type,
                         overdue=True if args.overdue else None,
                         due_soon=True if args.due_soon else None, limit=args.limit)
    now = datetime.now(UTC)
    from charter.rights.api import summary

    rows = [summary(r, service.settings.near_deadline, now) for r in found]
    if args.json:
        _out(json.dumps(rows, default=_default, indent=2))
        return EXIT_OK
    header = ("ID", "TYPE", "STATE", "JURISDICTION", "RECEIVED", "DUE", "FLAG")
    lines = [(r["id"], r["type"], r["state"], r["jurisdiction"], _when(r["received_at"]),
              _when(r["due_at"]), "overdue" if r["overdue"] else
              "due soon" if r["due_soon"] else "") for r in rows]
    widths = [max(len(h), *(len(line[i]) for line in lines)) if lines else len(h)
              for i, h in enumerate(header)]
    for line in (header, *lines):
        _out("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
             .rstrip())
    return EXIT_OK


@_command
def _show(args: argparse.Namespace, store: _Store) -> int:
    from charter.audit.log import AuditEvent, AuditLog
    from charter.rights.api import detail_of

    detail = detail_of(store.service, args.request_id)
    AuditLog(store.engine).record_sync(AuditEvent(
        actor=ACTOR, action="charter rights show", outcome="success",
        target=f"request_id={detail['id']}",
        subject_key=detail["subject_keys"][0] if detail["subject_keys"] else None))
    if args.json:
        _out(json.dumps(detail, default=_default, indent=2))
        return EXIT_OK
    for name in ("id", "type", "state", "jurisdiction", "verification", "channel",
                 "received_at", "verified_at", "due_at", "extended_at", "closed_at",
                 "reason", "contact", "legal_holds"):
        value = detail[name]
        _out(f"{name}: {_when(value) if isinstance(value, datetime) else value}")
    for pair in detail["identifiers"]:
        _out(f"identifier: {pair['kind']} {pair['value']}")
    if detail["result"]:
        _out(f"result: {json.dumps(detail['result'])}")
    for flag in detail["flags"]:
        scope = ", ".join(flag["purposes"]) if flag["purposes"] is not None else "all"
        _out(f"flag: {flag['flag']} ({scope})")
    if detail["bundle"]:
        _out(f"bundle: {detail['bundle']['path']}")
    for event in detail["events"]:
        why = f" ({event['reason']})" if event["reason"] else ""
        _out(f"event: {_when(event['ts'])} {event['from_state'] or '-'} -> "
             f"{event['to_state']} by {event['actor']}{why}")
    return EXIT_OK


def _transition(name: str) -> Handler:
    def handler(args: argparse.Namespace, store: _Store) -> int:
        from charter.rights.completion import announce, prepare
        from charter.rights.notices import tell
        from charter.rights.outbox import build_outbox

        service = store.service
        outbox = build_outbox(service.settings.outbox, store.keyring.path)
        told = ""
        if name == "advance":
            prepared = prepare(service, args.request_id)
            request = service.advance(args.request_id, actor=ACTOR, reason=args.reason,
                                      config=store.config)
            told = announce(service, outbox, prepared, request, actor=ACTOR,
                            service_name=store.config.service.name)
        else:
            request = getattr(service, name)(args.request_id, actor=ACTOR, reason=args.reason)
            if name in TOLD:
                told = tell(service, outbox, request.id, actor=ACTOR,
                            service_name=store.config.service.name)
        if told:
            _err("the requester was told" if told == "sent" else
                 f"the requester could not be told ({told}): tell them some other way")
            if service.events(request.id)[-1]["details"].get("link") == "link_not_sent":
                _err("the download link was not sent: send it to them (charter rights show "
                     "gives its path; rights.public_url puts it in the notice)")
        _out(f"{request.id}: {request.state} (due {_when(request.due_at)})")
        return EXIT_OK

    handler.__name__ = f"_{name}"
    return _command(handler)


@_command
def _lift(args: argparse.Namespace, store: _Store) -> int:
    from charter.rights.lifting import lift
    from charter.rights.outbox import build_outbox

    outbox = build_outbox(store.service.settings.outbox, store.keyring.path)
    done = lift(store.service, outbox, args.request_id, actor=ACTOR, reason=args.reason,
                service_name=store.config.service.name, config=store.config)
    _err(f"the person was told (message {done.message_id})")
    for name, told in sorted(done.recipients.items()):
        _err(f"upstream {name}: {told.status}"
             + ("" if told.state == "done" else " (not confirmed; tried again later)"))
    _out(f"{done.request_id}: restriction lifted ({done.flags} flag"
         f"{'' if done.flags == 1 else 's'})")
    return EXIT_OK


@_command
def _sweep(args: argparse.Namespace, store: _Store) -> int:
    from charter.rights.alerts import sweep

    counts = sweep(store.engine, store.keyring, store.service.settings)
    _out(f"expired {counts['expired']}, alerts sent {counts['alerts']}")
    return EXIT_OK


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not valid JSON") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError("must be a JSON object")
    return value


def _default(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else "-"


def _out(line: str) -> None:
    print(line, file=sys.stdout, flush=True)


def _err(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
