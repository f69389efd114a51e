"""The transport rule for URLs (clause CLIENT-4): HTTPS, or plain HTTP to loopback only.

Every URL the client is about to use (the base URL, the token endpoint, a redirect target)
goes through `checked_url` before any connection is made. Plain `http://` is accepted only
for `localhost` (and names under it, RFC 6761) and for literal loopback addresses
(127.0.0.0/8, ::1): a request that never leaves the machine. Host names are not resolved to
decide this, so a name that merely resolves to 127.0.0.1 is still refused. URLs with a user
name or password in them are refused too: a secret in a URL ends up in logs and histories.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

from charter.client.errors import InsecureTransportError

RULE = "plain HTTP is allowed only to loopback (localhost, 127.0.0.0/8, ::1); use https://"
DEFAULT_PORTS = {"https": 443, "http": 80}
_UNSAFE_TARGET = re.compile(r"[\x00-\x20\x7f]")


@dataclass(frozen=True)
class Origin:
    """Scheme, host and port: where a connection goes, and what credentials are bound to."""

    scheme: str
    host: str
    port: int

    @property
    def secure(self) -> bool:
        return self.scheme == "https"

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = DEFAULT_PORTS[self.scheme] == self.port
        return f"{self.scheme}://{host}" if default else f"{self.scheme}://{host}:{self.port}"


def is_loopback(host: str) -> bool:
    """True for `localhost`, `*.localhost` and literal loopback addresses. No DNS lookup."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def checked_url(url: str) -> tuple[Origin, str]:
    """The origin of `url` and its request target (path and query), if the transport rule
    allows it; else `InsecureTransportError` (or `ValueError` for a URL that is not one)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"the URL must start with https:// (or http:// to loopback), not "
                         f"{scheme + '://' if scheme else 'nothing'}")
    if parts.username is not None or parts.password is not None:
        raise InsecureTransportError(
            "the URL holds credentials (user:password@); give them to the client, not the URL")
    host = parts.hostname
    if not host:
        raise ValueError("the URL has no host")
    if scheme == "http" and not is_loopback(host):
        raise InsecureTransportError(f"refusing http://{_shown(parts)}: {RULE} (clause CLIENT-4)")
    try:
        port = parts.port or DEFAULT_PORTS[scheme]
    except ValueError:
        raise ValueError("the URL has an invalid port") from None
    target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    if _UNSAFE_TARGET.search(target):
        raise ValueError("the URL's path or query holds spaces or control characters; "
                         "percent-encode them")
    return Origin(scheme, host, port), target


def _shown(parts: SplitResult) -> str:
    """Host and port of a refused URL, for the message (never its path or query)."""
    return parts.netloc.rpartition("@")[2]


def join(base: str, reference: str) -> str:
    """`reference` as an absolute URL. A path (`/orders`, `orders?page=2`) is appended to the
    base URL's path (`https://gw/api` + `/orders` is `https://gw/api/orders`); an absolute URL
    is returned as it is (the caller checks its origin)."""
    if "://" in reference:
        return reference
    parts = urlsplit(base)
    path, _, query = reference.partition("?")
    full_path = parts.path.rstrip("/") + "/" + path.lstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, full_path, query, ""))
