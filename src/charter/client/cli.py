"""`charter client request|token|save-credentials`: the client library on the command line.

Credentials never come from the command line, where `ps` and shell histories would show them:
the commands read `CHARTER_API_KEY`, or `CHARTER_CLIENT_ID` and `CHARTER_CLIENT_SECRET`, or a
credentials file (`--credentials`, `$CHARTER_CREDENTIALS`, `~/.config/charter/credentials`)
that must have mode 0600. `--header` refuses credential headers for the same reason.

Exit codes: 0 for a 2xx answer (or success); 1 for an HTTP error or any other answer that is
not 2xx, a failed connection, or a refused token request; 2 for a usage error or a refusal
before sending (plain HTTP to a host that is not loopback, a certificate that cannot be
verified, unsafe credentials, special-category data without `--allow-special`). Nothing a
command prints holds a credential, except the token that `charter client token --show-token`
prints when explicitly asked to.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from charter.client.client import DEFAULT_TIMEOUT, Client
from charter.client.credentials import (
    ENV_CREDENTIALS,
    Credentials,
    default_path,
    from_values,
    parse,
    write_file,
)
from charter.client.errors import (
    CertificateError,
    ClientError,
    CredentialsError,
    TokenError,
    TransportError,
)
from charter.privacy.redaction import SENSITIVE_HEADERS

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
SHOWN_WARNING = ("charter: warning: the access token is printed on stdout; anyone who sees "
                 "it can act as this client until it expires")


class _Refused(Exception):
    """A usage error found before anything was sent: exit status 2."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `client` command group to `charter`'s subparsers."""
    group = commands.add_parser(
        "client", help="call an API behind a Charter gateway, following the policy")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    connection = argparse.ArgumentParser(add_help=False)
    connection.add_argument("--ca-file", metavar="FILE",
                            help="trust the CA certificates in this PEM file (instead of the "
                                 "system's)")
    connection.add_argument("--credentials", metavar="FILE",
                            help="credentials file (mode 0600; default: $CHARTER_CREDENTIALS "
                                 "or ~/.config/charter/credentials)")
    connection.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT,
                            metavar="SECONDS",
                            help=f"connect and read timeout (default: {DEFAULT_TIMEOUT:g})")

    request = actions.add_parser(
        "request", parents=[connection],
        help="send one request and print the response body (the status goes to stderr)")
    request.add_argument("method", metavar="METHOD", help="GET, POST, PUT, PATCH, DELETE...")
    request.add_argument("url", metavar="URL",
                         help="https:// URL (http:// only to localhost or 127.0.0.0/8, ::1)")
    request.add_argument("--json", metavar="FILE",
                         help="send this JSON document as the body; - reads stdin")
    request.add_argument("--header", action="append", default=[], metavar="NAME:VALUE",
                         help="add a header (repeatable); credential headers are refused")
    request.add_argument("--allow-special", action="store_true",
                         help="send special-category data found in the body (only to a route "
                              "approved to receive it)")
    request.set_defaults(handler=cmd_request)

    token = actions.add_parser(
        "token", parents=[connection],
        help="obtain an access token with client credentials; print its expiry and scopes")
    token.add_argument("url", metavar="URL", help="the gateway's https:// URL")
    token.add_argument("--scope", action="append", default=[], metavar="SCOPE",
                       help="ask for this scope only (repeatable; default: all of the client's)")
    token.add_argument("--show-token", action="store_true",
                       help="print the token itself too (with a warning on stderr)")
    token.set_defaults(handler=cmd_token)

    save = actions.add_parser(
        "save-credentials",
        help="store credentials read from stdin in a credentials file with mode 0600")
    save.add_argument("--credentials", metavar="FILE",
                      help="file to write (default: $CHARTER_CREDENTIALS or "
                           "~/.config/charter/credentials)")
    save.add_argument("--replace", action="store_true", help="replace an existing file")
    save.set_defaults(handler=cmd_save_credentials)


def cmd_request(args: argparse.Namespace) -> int:
    try:
        headers = [_header(text) for text in args.header]
        body = _json_body(args.json) if args.json is not None else None
        base, path = _split_url(args.url)
        client = Client(base, credentials_file=args.credentials, ca_file=args.ca_file,
                        timeout=args.timeout)
        options: dict[str, Any] = {"headers": headers, "allow_special": args.allow_special,
                                   "check": False}
        if body is not None:
            options["json"] = body
        response = client.request(args.method, path, **options)
    except (TransportError, TokenError) as exc:
        return _fail(exc, _exit_status(exc))
    except (_Refused, ValueError, ClientError) as exc:
        return _fail(exc, EXIT_USAGE)
    status = f"HTTP {response.status} {response.reason}".rstrip()
    if response.request_id:
        status += f" (request id {response.request_id})"
    print(status, file=sys.stderr)
    if response.status >= 400:
        sys.stderr.buffer.write(response.body)
        if response.body and not response.body.endswith(b"\n"):
            sys.stderr.buffer.write(b"\n")
        sys.stderr.flush()
        return EXIT_FAILURE
    sys.stdout.buffer.write(response.body)
    sys.stdout.flush()
    return EXIT_OK if response.ok else EXIT_FAILURE


def cmd_token(args: argparse.Namespace) -> int:
    try:
        base, _ = _split_url(args.url)
        client = Client(base, credentials_file=args.credentials, ca_file=args.ca_file,
                        timeout=args.timeout, scopes=args.scope)
        if client.credentials.kind != "client_credentials":
            raise _Refused("charter client token needs client credentials (CHARTER_CLIENT_ID "
                           "and CHARTER_CLIENT_SECRET, or a credentials file)")
        token = client.token()
    except (TransportError, TokenError) as exc:
        return _fail(exc, _exit_status(exc))
    except (_Refused, ValueError, ClientError) as exc:
        return _fail(exc, EXIT_USAGE)
    document: dict[str, object] = {
        "token_type": "Bearer",
        "expires_in": round(token.lifetime),
        "expires_at": datetime.fromtimestamp(token.expires_at, UTC).isoformat(
            timespec="seconds"),
        "scope": " ".join(token.scopes),
    }
    if args.show_token:
        print(SHOWN_WARNING, file=sys.stderr)
        document["access_token"] = token.value.reveal()
    print(json.dumps(document, indent=2))
    return EXIT_OK


def cmd_save_credentials(args: argparse.Namespace) -> int:
    named = args.credentials or os.environ.get(ENV_CREDENTIALS)
    path = Path(named) if named else default_path()
    try:
        credentials = _prompt() if sys.stdin.isatty() else parse(sys.stdin.read(), "stdin")
        if credentials.kind == "none":
            raise _Refused("no credentials were given")
        write_file(path, credentials, replace=args.replace)
    except (_Refused, CredentialsError) as exc:
        return _fail(exc, EXIT_USAGE)
    except OSError as exc:
        return _fail(ClientError(f"cannot write {path}: {exc.strerror}"), EXIT_FAILURE)
    what = "an API key" if credentials.kind == "api_key" else "client credentials"
    print(f"wrote {what} to {path} (mode 600)")
    return EXIT_OK


def _prompt() -> Credentials:
    """Ask on the terminal, without echo. An empty API key means client credentials."""
    api_key = getpass.getpass("API key (empty for a client id and secret): ").strip()
    if api_key:
        return from_values(api_key, None, None, "the terminal")
    client_id = input("client id: ").strip()
    secret = getpass.getpass("client secret: ").strip()
    return from_values(None, client_id, secret, "the terminal")


def _split_url(url: str) -> tuple[str, str]:
    """(origin, path and query) of a command-line URL."""
    parts = urlsplit(url)
    if parts.fragment:
        raise _Refused("the URL cannot have a #fragment")
    return (urlunsplit((parts.scheme, parts.netloc, "", "", "")),
            urlunsplit(("", "", parts.path or "/", parts.query, "")))


def _header(text: str) -> tuple[str, str]:
    name, colon, value = text.partition(":")
    name = name.strip()
    if not colon or not name:
        raise _Refused("--header takes NAME:VALUE")
    if name.lower() in SENSITIVE_HEADERS:
        # Never echo the value: it is a credential typed where it should not be.
        raise _Refused(f"--header {name.lower()} is refused: credentials on the command line "
                       "are visible to other users (ps, shell history); use CHARTER_API_KEY, "
                       "CHARTER_CLIENT_ID/CHARTER_CLIENT_SECRET or a credentials file")
    return name, value.strip()


def _json_body(source: str) -> object:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise _Refused(f"cannot read {source}: {exc.strerror}") from None
    try:
        return json.loads(data)
    except ValueError as exc:
        where = (f" (line {exc.lineno}, column {exc.colno})"
                 if isinstance(exc, json.JSONDecodeError) else "")
        raise _Refused(f"{'stdin' if source == '-' else source} is not valid JSON{where}"
                       ) from None


def _exit_status(exc: TransportError | TokenError) -> int:
    """A certificate that cannot be verified is a refusal before sending (2); a connection
    that failed or a token request that was refused is a runtime failure (1)."""
    return EXIT_USAGE if isinstance(exc, CertificateError) else EXIT_FAILURE


def _fail(exc: Exception, code: int) -> int:
    print(f"charter: {exc}", file=sys.stderr)
    return code


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return value
