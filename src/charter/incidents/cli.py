"""`charter incidents open|list|show|update|note|notify|link`.

Descriptions and notes are read from a file or stdin (`-`), never from the command line.
Every change and every reading of an incident is recorded in the audit log as actor `cli`,
naming the incident by id.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from charter.incidents.models import SEVERITIES, STATUSES
from charter.incidents.service import Changes, Incident, IncidentError, IncidentService
from charter.support.cli_common import (
    EXIT_OK,
    EXIT_USAGE,
    Failure,
    common_options,
    guarded,
    moment,
    print_json,
    read_text,
    status_exit,
    store,
)
from charter.support.service import SupportError, SupportService


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `incidents` command group to `charter`'s subparsers."""
    common = common_options()
    group = commands.add_parser("incidents", help="incident records and their deadlines")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    opening = actions.add_parser("open", parents=[common], help="record an incident")
    opening.add_argument("--title", required=True, help="a short title naming nobody")
    opening.add_argument("--severity", required=True, choices=SEVERITIES)
    opening.add_argument("--description-file", required=True, metavar="PATH",
                         help="what happened; - reads stdin")
    opening.add_argument("--personal-data", action="store_true",
                         help="personal data is concerned: the authority is due in 72 hours")
    opening.add_argument("--detected-at", metavar="TIME",
                         help="when it was detected (ISO 8601; default: now)")
    opening.add_argument("--categories", metavar="KEYS",
                         help="data category keys concerned, comma-separated")
    opening.add_argument("--people-affected", type=int, metavar="N", help="an estimate")
    opening.set_defaults(handler=cmd_open)
    listing = actions.add_parser("list", parents=[common], help="incidents, newest first")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--limit", type=int, default=100, help="at most this many (max 500)")
    listing.set_defaults(handler=cmd_list)
    show = actions.add_parser("show", parents=[common],
                              help="one incident with its description and timeline (audited)")
    show.add_argument("incident_id", metavar="INCIDENT_ID")
    show.set_defaults(handler=cmd_show)
    change = actions.add_parser("update", parents=[common],
                                help="change the status (forward only) or the scope")
    change.add_argument("incident_id", metavar="INCIDENT_ID")
    change.add_argument("--status", choices=STATUSES)
    change.add_argument("--severity", choices=SEVERITIES)
    change.add_argument("--personal-data", action=argparse.BooleanOptionalAction,
                        default=None, help="whether personal data is concerned")
    change.add_argument("--categories", metavar="KEYS",
                        help="data category keys concerned, comma-separated")
    change.add_argument("--people-affected", type=int, metavar="N", help="an estimate")
    change.set_defaults(handler=cmd_update)
    note = actions.add_parser("note", parents=[common], help="add a note to the timeline")
    note.add_argument("incident_id", metavar="INCIDENT_ID")
    note.add_argument("--text-file", required=True, metavar="PATH",
                      help="the note; - reads stdin")
    note.set_defaults(handler=cmd_note)
    notify = actions.add_parser("notify", parents=[common],
                                help="record that the authority or the people were told")
    notify.add_argument("incident_id", metavar="INCIDENT_ID")
    notify.add_argument("--audience", required=True, choices=("authority", "subjects"))
    notify.add_argument("--at", metavar="TIME", help="when (ISO 8601; default: now)")
    notify.add_argument("--reference", help="the authority's case reference")
    notify.set_defaults(handler=cmd_notify)
    link = actions.add_parser("link", parents=[common], help="link a support ticket")
    link.add_argument("incident_id", metavar="INCIDENT_ID")
    link.add_argument("ticket_id", metavar="TICKET_ID")
    link.set_defaults(handler=cmd_link)


def _failure(exc: IncidentError | SupportError) -> Failure:
    return Failure(str(exc), status_exit(exc.status))


def _categories(text: str | None) -> list[str] | None:
    return None if text is None else [c.strip() for c in text.split(",") if c.strip()]


def _line(incident: Incident, now: datetime) -> str:
    due = (f"authority due {incident.authority_due_at:%Y-%m-%d %H:%M}"
           if incident.authority_due_at and not incident.authority_notified_at else "")
    late = " OVERDUE" if incident.authority_overdue(now) else ""
    return (f"{incident.id:<26} {incident.severity:<8} {incident.status:<9} "
            f"{incident.title} {due}{late}").rstrip()


def _print(incident: Incident) -> None:
    print_json(incident.as_dict(datetime.now(UTC)))


@guarded
def cmd_open(args: argparse.Namespace) -> int:
    if args.people_affected is not None and args.people_affected < 0:
        raise Failure("--people-affected: at least 0", EXIT_USAGE)
    description = read_text(args.description_file, "--description-file")
    detected = moment(args.detected_at, "--detected-at")
    with store(args) as opened:
        try:
            incident = IncidentService(opened.engine, opened.keyring).open(
                title=args.title, severity=args.severity, description=description,
                personal_data=args.personal_data, opened_by="cli", detected_at=detected,
                data_categories=_categories(args.categories),
                people_affected=args.people_affected)
        except IncidentError as exc:
            raise _failure(exc) from None
        opened.audit("charter incidents open", f"incident_id={incident.id}",
                     {"severity": incident.severity, "personal_data": incident.personal_data})
    if args.json:
        _print(incident)
    else:
        deadline = incident.authority_due_at
        due = (f"; the supervisory authority is due by {deadline:%Y-%m-%d %H:%M} UTC"
               if deadline else "")
        print(f"opened {incident.id}{due}")
    return EXIT_OK


@guarded
def cmd_list(args: argparse.Namespace) -> int:
    with store(args) as opened:
        found = IncidentService(opened.engine, opened.keyring).find(status=args.status,
                                                                    limit=args.limit)
    now = datetime.now(UTC)
    if args.json:
        print_json([i.as_dict(now) for i in found])
        return EXIT_OK
    print(f"{'ID':<26} {'SEVERITY':<8} {'STATUS':<9} TITLE")
    for incident in found:
        print(_line(incident, now))
    return EXIT_OK


@guarded
def cmd_show(args: argparse.Namespace) -> int:
    with store(args) as opened:
        try:
            incident = IncidentService(opened.engine, opened.keyring).get(args.incident_id,
                                                                          unseal=True)
            tickets = SupportService(opened.engine, opened.keyring).linked(incident.id)
        except IncidentError as exc:
            raise _failure(exc) from None
        opened.audit("charter incidents show", f"incident_id={incident.id}")
    if args.json:
        print_json({**incident.as_dict(datetime.now(UTC)),
                    "tickets": [t.as_dict() for t in tickets]})
        return EXIT_OK
    print(_line(incident, datetime.now(UTC)))
    print(incident.description or "")
    for entry in incident.timeline:
        print(f"  {entry.at:%Y-%m-%d %H:%M} {entry.author} {entry.kind}"
              f" {entry.text or entry.details or ''}".rstrip())
    for ticket in tickets:
        print(f"  ticket {ticket.id} ({ticket.status})")
    return EXIT_OK


@guarded
def cmd_update(args: argparse.Namespace) -> int:
    changes = Changes(status=args.status, severity=args.severity,
                      personal_data=args.personal_data,
                      data_categories=_categories(args.categories),
                      people_affected=args.people_affected)
    if changes == Changes():
        raise Failure("nothing to change: give --status, --severity, --personal-data, "
                      "--categories or --people-affected", EXIT_USAGE)
    if args.people_affected is not None and args.people_affected < 0:
        raise Failure("--people-affected: at least 0", EXIT_USAGE)
    with store(args) as opened:
        try:
            incident = IncidentService(opened.engine, opened.keyring).update(
                args.incident_id, changes, actor="cli")
        except IncidentError as exc:
            raise _failure(exc) from None
        opened.audit("charter incidents update", f"incident_id={incident.id}",
                     {"status": incident.status})
    if args.json:
        _print(incident)
    else:
        print(f"{incident.id}: {incident.status}, {incident.severity}")
    return EXIT_OK


@guarded
def cmd_note(args: argparse.Namespace) -> int:
    text = read_text(args.text_file, "--text-file")
    with store(args) as opened:
        try:
            IncidentService(opened.engine, opened.keyring).add_note(args.incident_id, text,
                                                                    author="cli")
        except IncidentError as exc:
            raise _failure(exc) from None
        opened.audit("charter incidents note", f"incident_id={args.incident_id}")
    print(f"noted on {args.incident_id}")
    return EXIT_OK


@guarded
def cmd_notify(args: argparse.Namespace) -> int:
    at = moment(args.at, "--at")
    with store(args) as opened:
        try:
            incident = IncidentService(opened.engine, opened.keyring).notify(
                args.incident_id, args.audience, actor="cli", at=at, reference=args.reference)
        except IncidentError as exc:
            raise _failure(exc) from None
        opened.audit("charter incidents notify", f"incident_id={incident.id}",
                     {"audience": args.audience})
    if args.json:
        _print(incident)
    else:
        print(f"{incident.id}: the {args.audience} told, on record")
    return EXIT_OK


@guarded
def cmd_link(args: argparse.Namespace) -> int:
    with store(args) as opened:
        incidents = IncidentService(opened.engine, opened.keyring)
        try:
            incidents.get(args.incident_id)
            ticket = SupportService(opened.engine, opened.keyring).link_incident(
                args.ticket_id, args.incident_id)
            incidents.note_link(args.incident_id, ticket.id, actor="cli")
        except (IncidentError, SupportError) as exc:
            raise _failure(exc) from None
        opened.audit("charter incidents link", f"incident_id={args.incident_id}",
                     {"ticket_id": ticket.id})
    print(f"linked {ticket.id} to {args.incident_id}")
    return EXIT_OK
