"""`charter support open|list|show|close|logs`.

A ticket's description is read from a file or stdin (`--description-file -`), never from the
command line. Every change, every reading of a ticket and every look at the logs is recorded
in the audit log as actor `cli`, naming the ticket by id; so is a look at the logs refused
because the ticket is closed.
"""

from __future__ import annotations

import argparse

from charter.support.cli_common import (
    EXIT_OK,
    EXIT_USAGE,
    Failure,
    Store,
    common_options,
    guarded,
    moment,
    print_json,
    read_text,
    status_exit,
    store,
    warn,
)
from charter.support.service import SupportError, SupportService, Ticket


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `support` command group to `charter`'s subparsers."""
    common = common_options()
    group = commands.add_parser("support", help="support tickets, and the access log under "
                                                "an open ticket")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    opening = actions.add_parser("open", parents=[common],
                                 help="open a ticket for a person or an API client")
    who = opening.add_mutually_exclusive_group()
    who.add_argument("--subject", metavar="KIND:VALUE",
                     help="the person, by the identifier their subject key is derived from")
    who.add_argument("--subject-key", metavar="KEY", help="the person, by subject key")
    opening.add_argument("--client-id", metavar="ID",
                         help="the API client the ticket is for, or the one the person uses")
    opening.add_argument("--contact", help="where to answer the requester (kept sealed)")
    opening.add_argument("--description-file", required=True, metavar="PATH",
                         help="the problem as the requester told it; - reads stdin")
    opening.add_argument("--provided-by", choices=("requester", "operator"),
                         default="requester",
                         help="who provided the description (default: requester)")
    opening.set_defaults(handler=cmd_open)
    listing = actions.add_parser("list", parents=[common], help="tickets, newest first")
    listing.add_argument("--status", choices=("open", "closed"))
    listing.add_argument("--limit", type=int, default=100, help="at most this many (max 500)")
    listing.set_defaults(handler=cmd_list)
    show = actions.add_parser("show", parents=[common],
                              help="one ticket with its contact and description (audited)")
    show.add_argument("ticket_id", metavar="TICKET_ID")
    show.set_defaults(handler=cmd_show)
    close = actions.add_parser("close", parents=[common],
                               help="close a ticket: its retention period starts")
    close.add_argument("ticket_id", metavar="TICKET_ID")
    close.set_defaults(handler=cmd_close)
    logs = actions.add_parser("logs", parents=[common],
                              help="the requester's access-log rows, under an open ticket "
                                   "(audited)")
    logs.add_argument("ticket_id", metavar="TICKET_ID")
    logs.add_argument("--since", metavar="TIME", help="from (ISO 8601; default: a day ago)")
    logs.add_argument("--until", metavar="TIME", help="until (ISO 8601; default: now)")
    logs.add_argument("--route", metavar="ROUTE_ID", help="only this route")
    logs.add_argument("--status", type=int, help="only this HTTP status")
    logs.add_argument("--request-id", metavar="ID",
                      help="the rows of a request id the requester quotes")
    logs.add_argument("--limit", type=int, default=100, help="at most this many (max 500)")
    logs.set_defaults(handler=cmd_logs)


def _failure(exc: SupportError) -> Failure:
    return Failure(str(exc), status_exit(exc.status))


def _subject_key(args: argparse.Namespace, opened: Store) -> str | None:
    if args.subject_key:
        return str(args.subject_key)
    if not args.subject:
        return None
    from charter.privacy.pseudonym import Pseudonymizer

    try:
        return Pseudonymizer(opened.keyring).subject_key_of(args.subject)
    except ValueError as exc:
        raise Failure(f"--subject: {exc}", EXIT_USAGE) from None


def _line(ticket: Ticket) -> str:
    who = ticket.subject_key or ticket.client_id or "-"
    return (f"{ticket.id:<26} {ticket.status:<7} {ticket.opened_at:%Y-%m-%d %H:%M}  "
            f"{ticket.requester:<7} {who}")


@guarded
def cmd_open(args: argparse.Namespace) -> int:
    description = read_text(args.description_file, "--description-file")
    with store(args) as opened:
        subject_key = _subject_key(args, opened)
        try:
            ticket, screened = SupportService(opened.engine, opened.keyring).open(
                description=description, opened_by="cli", subject_key=subject_key,
                client_id=args.client_id, contact=args.contact,
                provided_by=args.provided_by)
        except SupportError as exc:
            raise _failure(exc) from None
        opened.audit("charter support open", f"ticket_id={ticket.id}", {
            "provided_by": ticket.provided_by,
            "special_categories": ",".join(ticket.special_categories) or None,
            "redactions": ticket.redactions})
    if screened.special_categories:
        warn("the description holds special-category data ("
             f"{', '.join(screened.special_categories)}): keep only what the ticket needs")
    if screened.redactions:
        warn(f"{screened.redactions} credential(s) in the description were redacted")
    if args.json:
        print_json({**ticket.as_dict(), "warnings": screened.warnings()})
    else:
        print(f"opened {ticket.id}")
    return EXIT_OK


@guarded
def cmd_list(args: argparse.Namespace) -> int:
    with store(args) as opened:
        found = SupportService(opened.engine, opened.keyring).find(status=args.status,
                                                                   limit=args.limit)
    if args.json:
        print_json([t.as_dict() for t in found])
        return EXIT_OK
    print(f"{'ID':<26} {'STATUS':<7} {'OPENED (UTC)':<17} {'FOR':<7} WHO")
    for ticket in found:
        print(_line(ticket))
    return EXIT_OK


@guarded
def cmd_show(args: argparse.Namespace) -> int:
    with store(args) as opened:
        try:
            ticket = SupportService(opened.engine, opened.keyring).get(args.ticket_id,
                                                                       unseal=True)
        except SupportError as exc:
            raise _failure(exc) from None
        opened.audit("charter support show", f"ticket_id={ticket.id}")
    if args.json:
        print_json(ticket.as_dict())
        return EXIT_OK
    print(_line(ticket))
    print(f"provided by: {ticket.provided_by}; special categories: "
          f"{', '.join(ticket.special_categories) or 'none'}; redacted: {ticket.redactions}")
    print(f"contact: {ticket.contact or '-'}")
    print(ticket.description or "")
    return EXIT_OK


@guarded
def cmd_close(args: argparse.Namespace) -> int:
    with store(args) as opened:
        try:
            ticket = SupportService(opened.engine, opened.keyring).close(args.ticket_id,
                                                                         closed_by="cli")
        except SupportError as exc:
            raise _failure(exc) from None
        opened.audit("charter support close", f"ticket_id={ticket.id}")
    print(f"closed {ticket.id}")
    return EXIT_OK


@guarded
def cmd_logs(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from charter.support.logs import LogQuery, read_access_log

    query = LogQuery(since=moment(args.since, "--since"), until=moment(args.until, "--until"),
                     route_id=args.route, status=args.status, request_id=args.request_id,
                     limit=args.limit)
    action = "charter support logs"
    with store(args) as opened:
        service = SupportService(opened.engine, opened.keyring)
        try:
            ticket = service.require_open(args.ticket_id)
            found = read_access_log(opened.engine, ticket, query, datetime.now(UTC))
        except SupportError as exc:
            if exc.code == "ticket_closed":
                opened.audit(action, f"ticket_id={args.ticket_id}", outcome="denied",
                             reason=exc.code)
            raise _failure(exc) from None
        opened.audit(action, f"ticket_id={ticket.id}", found.audit_details(query))
    if args.json:
        print_json({"ticket_id": ticket.id, "scope": found.scope, "rows": found.rows})
        return EXIT_OK
    for row in found.rows:
        print(f"{row['ts']} {row['request_id']} {row['method']} {row['path']} "
              f"{row['status']} {row['latency_ms']:.0f}ms {row['route_id'] or '-'}"
              f" {row['error'] or ''}".rstrip())
    print(f"{len(found.rows)} row(s) of {found.scope}")
    return EXIT_OK
