"""`charter policy render|publish|versions|diff|subscribe|unsubscribe|deliver|conformance`.

Exit codes follow `charter`'s: 0 success, 1 a runtime failure, 2 a usage or configuration
error; `diff` exits 3 when a change is material, and `conformance` 1 when a clause has no
test. Publishing is recorded in the audit log as actor `cli` (the version, whether it was
material, and how many clients were queued a webhook; never the approver's name).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from charter.config.starter import CONFIG_NAME

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_MATERIAL = 0, 1, 2, 3
ACTOR = "cli"
Handler = Callable[[argparse.Namespace], int]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `policy` command group to `charter`'s subparsers."""
    config = argparse.ArgumentParser(add_help=False)
    config.add_argument("--config", default=CONFIG_NAME,
                        help=f"configuration file (default: ./{CONFIG_NAME})")
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON")

    group = commands.add_parser("policy", help="render, publish and diff the privacy policy")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    render = actions.add_parser("render", parents=[config],
                                help="print the policy the configuration gives")
    render.add_argument("--format", choices=("md", "html", "json"), default="md",
                        help="md (default), html (a standalone page) or json (the facts)")
    render.set_defaults(handler=cmd_render)

    publish = actions.add_parser("publish", parents=[config],
                                 help="store the policy as a new version if it changed")
    publish.add_argument("--approver", metavar="NAME",
                         help="who approves it (required for a material change)")
    publish.set_defaults(handler=cmd_publish)

    listing = actions.add_parser("versions", parents=[config, as_json],
                                 help="list the published versions")
    listing.set_defaults(handler=cmd_versions)

    diff = actions.add_parser("diff", parents=[config, as_json],
                              help="the changes from A to B, each material or editorial")
    diff.add_argument("a", metavar="A", help="a version number, or `current`")
    diff.add_argument("b", metavar="B", nargs="?", default="current",
                      help="a version number, or `current` (the default)")
    diff.set_defaults(handler=cmd_diff)

    subscribe = actions.add_parser("subscribe", parents=[config],
                                   help="send a client signed webhooks on material changes")
    subscribe.add_argument("--client", required=True, metavar="ID", help="the client id")
    subscribe.add_argument("--url", required=True, help="where to POST (https://)")
    subscribe.set_defaults(handler=cmd_subscribe)
    unsubscribe = actions.add_parser("unsubscribe", parents=[config],
                                     help="stop a client's policy webhooks")
    unsubscribe.add_argument("--client", required=True, metavar="ID", help="the client id")
    unsubscribe.set_defaults(handler=cmd_unsubscribe)
    deliver = actions.add_parser("deliver", parents=[config],
                                 help="send the policy webhooks that are due (retries)")
    deliver.set_defaults(handler=cmd_deliver)

    conformance = actions.add_parser("conformance", parents=[as_json],
                                     help="clause by clause: controls and tests")
    conformance.add_argument("--tests", default="tests", metavar="DIR",
                             help="the test suite to read markers from (default: ./tests)")
    conformance.set_defaults(handler=cmd_conformance)


class _Failure(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


def _guarded(func: Handler) -> Handler:
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        from charter.governance.policy.service import PolicyError
        from charter.governance.policy.webhooks import WebhookError

        try:
            return func(args)
        except _Failure as exc:
            _err(f"charter: {exc}")
            return exc.code
        except (PolicyError, WebhookError) as exc:
            _err(f"charter: {exc}")
            return EXIT_USAGE
        except SQLAlchemyError as exc:
            _err(f"charter: the store failed: {type(exc).__name__} (has `charter migrate` run?)")
            return EXIT_FAILURE
    return run


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[tuple[Engine, Any, Any]]:
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


def cmd_render(args: argparse.Namespace) -> int:
    from charter.config.loader import load_config
    from charter.governance.policy.facts import canonical_json, policy_facts
    from charter.governance.policy.render import render_html, render_markdown

    facts = policy_facts(load_config(args.config).config)
    if args.format == "json":
        _out(canonical_json(facts))
    elif args.format == "html":
        sys.stdout.write(render_html(facts))
    else:
        sys.stdout.write(render_markdown(facts))
    return EXIT_OK


@_guarded
def cmd_publish(args: argparse.Namespace) -> int:
    from charter.audit.log import AuditEvent, AuditLog
    from charter.governance.policy import service, webhooks
    from charter.privacy.keyring import Keyring, KeyringError

    with _store(args) as (engine, config, settings):
        result = service.publish(engine, config, approver=args.approver)
        version = result.version
        if not result.created:
            _out(f"policy unchanged: version {version.version} (digest {version.digest[:12]})")
            return EXIT_OK
        AuditLog(engine).record_sync(AuditEvent(
            actor=ACTOR, action="policy.published", outcome="success",
            target=f"policy_version:{version.version}",
            details={"version": version.version, "material": version.material,
                     "approved": version.approver is not None,
                     "notifications": result.notifications}))
        kind = "material" if version.material else "editorial"
        _out(f"published policy version {version.version} ({kind}; digest"
             f" {version.digest[:12]})")
        for change in result.changes:
            _out(f"  {change.kind:<9} {change.summary}")
        if result.notifications:
            try:
                report = webhooks.deliver_due(engine, Keyring.load(settings.keyring_path))
            except KeyringError as exc:
                _err(f"charter: webhooks queued but not sent: {exc}")
                return EXIT_OK
            _out(f"webhooks: {report.delivered} delivered, {report.retrying} to retry"
                 f" (`charter policy deliver`), {report.failed} failed")
    return EXIT_OK


@_guarded
def cmd_versions(args: argparse.Namespace) -> int:
    from charter.governance.policy import service

    with _store(args) as (engine, _config, _settings):
        found = service.versions(engine)
    if args.json:
        _out(json.dumps([v.summary() for v in found], indent=2))
        return EXIT_OK
    _out(f"{'VERSION':<8} {'PUBLISHED (UTC)':<20} {'KIND':<10} {'DIGEST':<13} APPROVER")
    for v in found:
        _out(f"{v.version:<8} {v.published_at.strftime('%Y-%m-%d %H:%M:%S'):<20}"
             f" {'material' if v.material else 'editorial':<10} {v.digest[:12]:<13}"
             f" {v.approver or '-'}")
    return EXIT_OK


def _facts(engine: Engine, config: Any, which: str) -> dict[str, Any]:
    from charter.governance.policy import service
    from charter.governance.policy.facts import policy_facts

    if which == "current":
        return policy_facts(config)
    if not which.isdigit():
        raise _Failure(f"expected a version number or `current`, got {which!r}", EXIT_USAGE)
    return service.get(engine, int(which)).facts


@_guarded
def cmd_diff(args: argparse.Namespace) -> int:
    from charter.governance.policy.diff import diff_policies, is_material

    with _store(args) as (engine, config, _settings):
        changes = diff_policies(_facts(engine, config, args.a), _facts(engine, config, args.b))
    material = is_material(changes)
    if args.json:
        _out(json.dumps({"material": material, "changes": [c.as_dict() for c in changes]},
                        indent=2))
    elif not changes:
        _out(f"no changes from {args.a} to {args.b}")
    else:
        for change in changes:
            _out(f"{change.kind:<9} {change.summary}")
    return EXIT_MATERIAL if material else EXIT_OK


@_guarded
def cmd_subscribe(args: argparse.Namespace) -> int:
    from charter.governance.policy import webhooks
    from charter.privacy.keyring import Keyring

    with _store(args) as (engine, _config, settings):
        secret = webhooks.subscribe(engine, Keyring.load(settings.keyring_path), args.client,
                                    args.url)
        _audit_subscription(engine, "charter policy subscribe", args.client, args.url)
    _out(f"client {args.client} will receive policy webhooks; verify them with this secret"
         " (shown once, hex):")
    _out(secret.hex())
    return EXIT_OK


@_guarded
def cmd_unsubscribe(args: argparse.Namespace) -> int:
    from charter.governance.policy import webhooks

    with _store(args) as (engine, _config, _settings):
        if not webhooks.unsubscribe(engine, args.client):
            raise _Failure(f"client {args.client} has no policy subscription", EXIT_USAGE)
        _audit_subscription(engine, "charter policy unsubscribe", args.client, None)
    _out(f"client {args.client} will no longer receive policy webhooks")
    return EXIT_OK


def _audit_subscription(engine: Engine, action: str, client_id: str, url: str | None) -> None:
    """A change of who is told of policy changes: the client by id, the URL by its host only
    (the rest may carry a receiver's token), never the signing secret."""
    from urllib.parse import urlsplit

    from charter.audit.log import AuditEvent, AuditLog
    from charter.identity.service import looks_like_id

    host = urlsplit(url).hostname if url else None
    AuditLog(engine).record_sync(AuditEvent(
        actor=ACTOR, action=action, outcome="success",
        target=f"client_id={client_id if looks_like_id(client_id) else '<invalid>'}",
        details={"host": host[:253]} if host else {}))


@_guarded
def cmd_deliver(args: argparse.Namespace) -> int:
    from charter.governance.policy import webhooks
    from charter.privacy.keyring import Keyring

    with _store(args) as (engine, _config, settings):
        report = webhooks.deliver_due(engine, Keyring.load(settings.keyring_path))
    _out(f"webhooks: {report.delivered} delivered, {report.retrying} to retry,"
         f" {report.failed} failed")
    return EXIT_OK


def cmd_conformance(args: argparse.Namespace) -> int:
    from charter.governance.policy.conformance import conformance

    tests_dir = Path(args.tests)
    if not tests_dir.is_dir():
        _err(f"charter: {tests_dir} is not a directory")
        return EXIT_USAGE
    report = conformance(tests_dir)
    if args.json:
        _out(json.dumps(report.as_dict(), indent=2))
    else:
        for item in report.clauses:
            clause = item.clause
            _out(f"{clause.id}: {clause.statement}")
            _out(f"  controls: {', '.join(clause.controls) or 'none yet'}")
            if item.tests:
                _out(f"  tests ({len(item.tests)}):")
                for test in item.tests:
                    _out(f"    {test}")
            else:
                _out("  tests: NONE")
        for tagged in report.unknown:
            _err(f"warning: {tagged.test} is tagged with unknown clause {tagged.clause}")
    if report.untested:
        _err(f"clauses without a test: {', '.join(report.untested)}")
        return EXIT_FAILURE
    return EXIT_OK


def _out(line: str) -> None:
    print(line, file=sys.stdout)


def _err(line: str) -> None:
    print(line, file=sys.stderr)
