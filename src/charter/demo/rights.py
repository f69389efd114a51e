"""Rights requests in `charter serve --demo`: the demo upstream's webhook secret, where codes
go, and the lines printed to try an access and an erasure request.

The demo upstream declares that it stores personal data (its invented orders), so every
request reaches it as a signed rights webhook. The secret both sides share is made at random
the first time the demo starts in a directory, kept there (`rights-webhook.secret`, mode 0600)
and handed to the demo upstream and, through `SECRET_ENV`, to the process that carries
requests out; it is never a fixed value. One-time codes and notices go to a file outbox in
the same directory; `rights.public_url` is the gateway's loopback address, so the notice that
an access request was carried out holds the whole link to the bundle.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

# Names of where the secret is, not secrets.
SECRET_ENV = "CHARTER_DEMO_RIGHTS_SECRET"  # noqa: S105
SECRET_FILE = "rights-webhook.secret"  # noqa: S105
OUTBOX = "outbox"
WEBHOOK_PATH = "/privacy/rights"
BUNDLE_PATH = "/.well-known/privacy/bundle"  # charter.rights.execute.bundles.LINK_PATH


def webhook_secret(directory: Path) -> str:
    """The secret kept in `directory`, made (random, 256 bits) and written the first time."""
    path = directory / SECRET_FILE
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    secret = secrets.token_urlsafe(32)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secret + "\n")
    return secret


def outbox_directory(directory: Path) -> Path:
    return (directory / OUTBOX).absolute()


def public_url(gateway_port: int) -> str:
    """`rights.public_url` of the demo: its gateway listener, on loopback."""
    return f"http://127.0.0.1:{gateway_port}"


def banner_lines(gateway: str, admin: str, upstream: str, outbox: Path,
                 keyring_path: str | Path) -> list[str]:
    """How to file a request, read its code, confirm it, have an operator carry it out and
    fetch the bundle through the link the requester was sent; then an erasure. Each line can
    be pasted into a shell as it is."""
    intake = f"{gateway}/.well-known/privacy/requests"
    field = "python3 -c 'import json,sys; print(json.load(sys.stdin){})'"
    return [
        f"  # A privacy request (the form: open {intake} in a browser)",
        f"  ID=$(curl -s {intake} -H 'content-type: application/json' "
        "-d '{\"type\": \"access\", \"email\": \"ada@example.com\"}' | "
        + field.format('[\"id\"]') + ")",
        f"  ls -t {outbox}   # the code is e-mailed: here, one JSON file per message",
        f"  CODE=$(grep -ho 'code is [0-9]*' $(ls -t {outbox}/*.json | head -1) | cut -c9-)",
        f"  curl -s {intake}/verify -H 'content-type: application/json' "
        "-d \"{\\\"id\\\": \\\"$ID\\\", \\\"code\\\": \\\"$CODE\\\"}\"   # verified",
        "  # An operator carries it out: the demo upstream answers its signed webhook",
        f"  ADMIN=\"authorization: Bearer $(charter admin-token --keyring {keyring_path})\"",
        f"  curl -s -X POST {admin}/admin/rights/$ID/advance -H \"$ADMIN\" "
        "-H 'content-type: application/json' -d '{}'   # completed",
        "  # Ada is told, with the link to her copy: the newest message in the outbox",
        f"  curl -s -o bundle.zip \"$(grep -ho '{gateway}{BUNDLE_PATH}?[A-Za-z0-9=&_-]*' "
        f"$(ls -t {outbox}/*.json | head -1))\"   # the bundle: unzip -l bundle.zip",
        "  # An erasure: the same steps with \"type\": \"erase\"; afterwards",
        f"  curl -s {upstream}/orders/ord_1001   # 404: the upstream erased Ada's order too",
    ]
