"""Names of the identity headers the gateway sends upstream (see `upstream_headers`)."""

from __future__ import annotations

# A client can never send these through: the gateway drops them from every request.
IDENTITY_HEADERS = frozenset({
    b"x-charter-auth", b"x-charter-client", b"x-charter-org", b"x-charter-scopes",
    b"x-charter-subject", b"x-charter-identity",
})
