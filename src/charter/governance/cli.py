"""`charter governance ropa|transfers|disclose|disclosures`.

`ropa` and `transfers` read only the configuration file. `disclose` records a disclosure in
the store and in the audit log (actor `cli`; the event names the disclosure by id and its
recipient, never the person); `disclosures` exports the disclosure log for a period.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from charter.config.starter import CONFIG_NAME
from charter.governance.ropa import FORMATS

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from charter.settings import Settings

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ACTOR = "cli"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `governance` command group to `charter`'s subparsers."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default=CONFIG_NAME,
                        help=f"configuration file (default: ./{CONFIG_NAME})")
    group = commands.add_parser("governance", help="record of processing, transfers, "
                                "disclosures")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    ropa = actions.add_parser("ropa", parents=[common],
                              help="the record of processing activities (GDPR Art. 30)")
    ropa.add_argument("--format", choices=FORMATS, default="md")
    ropa.set_defaults(handler=cmd_ropa)
    transfers = actions.add_parser(
        "transfers", parents=[common],
        help="each upstream, recipient and location: country, home or not, safeguard, status")
    transfers.add_argument("--json", action="store_true", help="print JSON instead of a table")
    transfers.set_defaults(handler=cmd_transfers)
    disclose = actions.add_parser("disclose", parents=[common],
                                  help="record a disclosure to an authority")
    disclose.add_argument("--recipient", required=True,
                          help="who received the data (an authority, auditor, court)")
    disclose.add_argument("--legal-reference", required=True,
                          help="the legal basis or order: a statute, a case number")
    disclose.add_argument("--categories", required=True,
                          help="data category keys disclosed, comma-separated")
    disclose.add_argument("--reason", help="why, in a few words, without personal data")
    disclose.add_argument("--subject", metavar="KIND:VALUE",
                          help="the person concerned (stored as a pseudonymous key)")
    disclose.set_defaults(handler=cmd_disclose)
    export = actions.add_parser("disclosures", parents=[common],
                                help="export the disclosure log for a period")
    export.add_argument("--from", dest="start", metavar="DAY",
                        help="first day or time (ISO 8601; default: a year ago)")
    export.add_argument("--to", dest="end", metavar="DAY",
                        help="end, exclusive (ISO 8601; default: tomorrow)")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.set_defaults(handler=cmd_disclosures)


def cmd_ropa(args: argparse.Namespace) -> int:
    from charter.config.loader import load_config
    from charter.governance.ropa import build_ropa, render
    from charter.privacy.inventory import records

    config = load_config(args.config).config
    sys.stdout.write(render(build_ropa(config, records()), args.format))
    return EXIT_OK


def cmd_transfers(args: argparse.Namespace) -> int:
    import json

    from charter.config.loader import load_config
    from charter.governance.transfers import transfers

    config = load_config(args.config).config
    found = transfers(config)
    if args.json:
        print(json.dumps([t.as_dict() for t in found], indent=2))
        return EXIT_OK
    print(f"home: {', '.join(config.transfers.home)}; without a safeguard:"
          f" {config.transfers.without_safeguard}")
    print(f"{'KIND':<15} {'NAME':<24} {'COUNTRY':<8} {'HOME':<5} {'SAFEGUARD':<11} STATUS")
    for t in found:
        home = "-" if t.in_home is None else "yes" if t.in_home else "no"
        print(f"{t.kind:<15} {t.name:<24} {t.country or '-':<8} {home:<5}"
              f" {t.safeguard or '-':<11} {t.status}")
    return EXIT_OK


def _time(text: str | None, option: str) -> datetime | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        print(f"charter: {option}: expected an ISO 8601 day or time such as 2026-01-31",
              file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _engine(config_path: str) -> tuple[Engine, Settings]:
    from charter.config.loader import load_config
    from charter.settings import Settings
    from charter.store.engine import make_engine

    loaded = load_config(config_path)
    settings = Settings.resolve(loaded.config, config_path=loaded.path)
    return make_engine(settings.store_url), settings


def cmd_disclose(args: argparse.Namespace) -> int:
    from charter.audit.log import AuditEvent, AuditLog
    from charter.governance.disclosures import DisclosureError, record_disclosure

    engine, settings = _engine(args.config)
    try:
        subject_key = None
        if args.subject is not None:
            from charter.privacy.keyring import Keyring
            from charter.privacy.pseudonym import Pseudonymizer

            try:
                subject_key = Pseudonymizer(Keyring.load(settings.keyring_path)) \
                    .subject_key_of(args.subject)
            except ValueError as exc:
                print(f"charter: --subject: {exc}", file=sys.stderr)
                return EXIT_USAGE
        categories = [c.strip() for c in args.categories.split(",") if c.strip()]
        try:
            found = record_disclosure(engine, recipient=args.recipient,
                                      legal_reference=args.legal_reference,
                                      categories=categories, reason=args.reason,
                                      subject_key=subject_key, entered_by=ACTOR,
                                      now=datetime.now(UTC))
        except DisclosureError as exc:
            print(f"charter: {exc}", file=sys.stderr)
            return EXIT_USAGE
        AuditLog(engine).record_sync(AuditEvent(
            actor=ACTOR, action="charter governance disclose", outcome="success",
            target=f"disclosure_id={found.id}",
            details={"recipient": found.recipient, "categories": len(found.categories)}))
    finally:
        engine.dispose()
    print(f"recorded {found.id}: {found.recipient}, {', '.join(found.categories)}")
    return EXIT_OK


def cmd_disclosures(args: argparse.Namespace) -> int:
    from charter.governance.disclosures import export

    start, end = _time(args.start, "--from"), _time(args.end, "--to")
    engine, _settings = _engine(args.config)
    try:
        sys.stdout.write(export(engine, start, end, args.format))
    finally:
        engine.dispose()
    return EXIT_OK
