"""The operator credential of the admin listener, until operator accounts exist.

The bootstrap token is derived from the keyring (domain `admin-bootstrap`), so it needs no
storage, is the same in every process that reads the keyring, and changes when the master key
rotates. `charter` prints it for the operator; it is never logged.
"""

from __future__ import annotations

import base64
import hmac

from charter.privacy.keyring import Keyring

BOOTSTRAP_PREFIX = "cha_"
REALM = "charter-admin"


def _token(keyring: Keyring, kid: str | None = None) -> str:
    raw = keyring.derive("admin-bootstrap", kid)
    return BOOTSTRAP_PREFIX + base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def bootstrap_token(keyring: Keyring) -> str:
    """`cha_` + unpadded base64url of the `admin-bootstrap` key under the active master key."""
    return _token(keyring)


def check_bearer(header_value: str | None, keyring: Keyring) -> bool:
    """True when `header_value` is `Bearer <token>` with a valid bootstrap token.

    Tokens derived under every master key not yet retired are accepted, so rotating the
    keyring does not lock operators out before they pick up the new token. Comparison is
    constant-time, and every candidate is compared, whichever matches.
    """
    if not header_value:
        return False
    scheme, _, presented = header_value.strip().partition(" ")
    if scheme.lower() != "bearer":
        return False
    given = presented.strip().encode("utf-8", "replace")
    matched = False
    for kid in keyring.kids():
        matched |= hmac.compare_digest(given, _token(keyring, kid).encode("ascii"))
    return matched
