"""Operator credentials on the admin listener: session tokens, and the break-glass token.

Operators sign in with `POST /admin/login` (password and TOTP, see
`charter.admin.operators`) and send the session token they get as `Authorization: Bearer`.

The bootstrap token is the break-glass credential: derived from the keyring (domain
`admin-bootstrap`), so it needs no storage and only someone who can read the keyring file can
produce it (`charter admin-token`). It acts as an owner, and everything done with it is
audited as actor `bootstrap`. It changes when the master key rotates and the old key is
retired. It is never logged.
"""

from __future__ import annotations

import base64
import hmac
from typing import TYPE_CHECKING

from charter.admin.api import BOOTSTRAP, Operator
from charter.privacy.keyring import Keyring

if TYPE_CHECKING:
    from charter.admin.operators import OperatorService

BOOTSTRAP_PREFIX = "cha_"
SESSION_PREFIX = "cha_s_"
REALM = "charter-admin"
# Far longer than any token we issue; longer headers are refused before any work.
_MAX_TOKEN = 256


def _token(keyring: Keyring, kid: str | None = None) -> str:
    raw = keyring.derive("admin-bootstrap", kid)
    return BOOTSTRAP_PREFIX + base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def bootstrap_token(keyring: Keyring) -> str:
    """`cha_` + unpadded base64url of the `admin-bootstrap` key under the active master key."""
    return _token(keyring)


def bearer(header_value: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None."""
    if not header_value:
        return None
    scheme, _, presented = header_value.strip().partition(" ")
    token = presented.strip()
    if scheme.lower() != "bearer" or not token or len(token) > _MAX_TOKEN:
        return None
    return token


def check_bootstrap(token: str, keyring: Keyring) -> bool:
    """True when `token` is the bootstrap token under any master key not yet retired.

    Rotating the keyring does not lock operators out before they pick up the new token.
    Comparison is constant-time, and every candidate is compared, whichever matches.
    """
    given = token.encode("utf-8", "replace")
    matched = False
    for kid in keyring.kids():
        matched |= hmac.compare_digest(given, _token(keyring, kid).encode("ascii"))
    return matched


def check_bearer(header_value: str | None, keyring: Keyring) -> bool:
    """True when `header_value` is `Bearer <token>` with a valid bootstrap token."""
    token = bearer(header_value)
    return token is not None and check_bootstrap(token, keyring)


async def authenticate(header_value: str | None, keyring: Keyring,
                       operators: OperatorService) -> Operator | None:
    """The operator an `Authorization` header stands for, or None.

    A session token (`cha_s_...`) is looked up by its hash; otherwise the bootstrap token is
    checked. The token is never logged or echoed.
    """
    token = bearer(header_value)
    if token is None:
        return None
    if token.startswith(SESSION_PREFIX):
        operator = await operators.authenticate(token)
        if operator is not None:
            return operator
    return BOOTSTRAP if check_bootstrap(token, keyring) else None
