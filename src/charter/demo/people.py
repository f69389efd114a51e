"""The people of `charter serve --demo`: a stand-in for a sign-in service, and what to try.

The demo's gateway trusts one external issuer, `people`, as a real deployment trusts its
identity provider. Its signing key (Ed25519) is made afresh at every start and written, private
and readable by its owner only, to the demo's own directory (`var/demo/people-issuer.pem`); the
configuration carries only the public half. The demo upstream mints a person's token on
request (`POST /people/token` with `person=NAME`), so that anyone trying the demo can sign in
as any invented person and see consent at work on a route that rests on it.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from charter.identity import jwt

NAME = "people"  # the issuer's name in the demo configuration
ISSUER = "https://people.demo.example/"
AUDIENCE = "charter-demo"
KEY_FILE = "people-issuer.pem"
TOKEN_PATH = "/people/token"  # noqa: S105 (a path, not a secret)
TOKEN_SECONDS = 3600
CONSENT_PURPOSE = "recommendations"
CONSENT_ROUTE = "/api/recommendations"
_PERSON = re.compile(r"[a-z][a-z0-9-]{0,31}")


@dataclass(frozen=True)
class DemoIssuer:
    """The demo's sign-in service: a signing key and its key id."""

    kid: str
    key: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def create(cls, directory: Path) -> DemoIssuer:
        """A new key, written to `directory/KEY_FILE` (mode 0600; an existing file is an
        error, never reused)."""
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        path = directory / KEY_FILE
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
        return cls(kid=_kid(key), key=key)

    @classmethod
    def load(cls, path: Path) -> DemoIssuer:
        """The issuer whose key `create` wrote to `path`."""
        key = load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{path} does not hold an Ed25519 private key")
        return cls(kid=_kid(key), key=key)

    def public_pem(self) -> str:
        return self.key.public_key().public_bytes(
            Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()

    def config(self) -> str:
        """The `issuers:` entry of the demo configuration (the public key only)."""
        keys = json.dumps([{"kid": self.kid, "pem": self.public_pem()}])
        return (f"  - name: {NAME}\n    issuer: {json.dumps(ISSUER)}\n"
                f"    audiences: [{AUDIENCE}]\n    algorithms: [EdDSA]\n    keys: {keys}\n")

    def mint(self, person: str, *, now: float | None = None) -> str:
        """A token for the invented person `person` (lower-case letters, digits, dashes)."""
        if not _PERSON.fullmatch(person):
            raise ValueError("a person is 1 to 32 lower-case letters, digits and dashes, "
                             "starting with a letter")
        issued = int(time.time() if now is None else now)
        return jwt.encode({"iss": ISSUER, "aud": AUDIENCE, "sub": person, "iat": issued,
                           "nbf": issued, "exp": issued + TOKEN_SECONDS,
                           "jti": secrets.token_hex(8)},
                          jwt.SigningKey(self.kid, "EdDSA", self.key))


def _kid(key: Ed25519PrivateKey) -> str:
    """A key id naming the key (the start of its public half): new with every key."""
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return f"demo-people-{public.hex()[:12]}"


def consent_lines(gateway: str, upstream: str) -> list[str]:
    """The banner's lines showing consent: a person's token, the consent-based route refused,
    consent given, the route served, consent withdrawn, refused again."""
    person = (f"  PERSON=$(curl -s -d person=ada {upstream}{TOKEN_PATH} | "
              "python3 -c 'import json,sys; print(json.load(sys.stdin)[\"access_token\"])')")
    bearer = '-H "authorization: Bearer $PERSON"'
    route = f"{gateway}{CONSENT_ROUTE}"
    consent = f"{gateway}/.well-known/privacy/consent"
    return [
        f"  # Consent: {CONSENT_ROUTE} rests on the person's consent (purpose"
        f" {CONSENT_PURPOSE}).",
        "  # The demo upstream stands in for a sign-in service and gives anyone a person's"
        " token:",
        person,
        f"  curl -s {route} {bearer}   # 403 consent_required",
        f"  curl -s -X POST {consent} {bearer} -H 'content-type: application/json' "
        f"-d '{{\"purpose\": \"{CONSENT_PURPOSE}\"}}'   # 201: consent given",
        f"  curl -s {route} {bearer}   # 200",
        f"  curl -s -X DELETE \"{consent}?purpose={CONSENT_PURPOSE}\" {bearer}"
        "   # 200: consent withdrawn",
        f"  curl -s {route} {bearer}   # 403 consent_required again",
    ]
