"""Minimisation helpers for what the data plane writes down: IPs, query strings, headers."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from urllib.parse import unquote

REDACTED = "[redacted]"

# Headers whose values are never written anywhere (credentials, session material).
SENSITIVE_HEADERS = frozenset({
    "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key",
    "x-auth-token", "x-csrf-token", "x-amz-security-token",
})


def truncate_ip(address: str) -> str:
    """Drop the host part: IPv4 keeps /24, IPv6 keeps /48. Unparseable input gives ''."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False).network_address)


def redact_query(query: str, keep: frozenset[str] = frozenset()) -> str:
    """Keep parameter names, replace every value: `a=1&b=x` -> `a=[redacted]&b=[redacted]`.

    Names are kept because they say what kind of call it was; values are where personal
    data and secrets live (emails, tokens passed as `?access_token=`). A part without `=`
    (`?ada@example.com`) is all value, so it is replaced whole. Values of parameters named
    in `keep` (an allow-list, such as `page` or `sort`) are kept.
    """
    if not query:
        return ""
    parts = []
    for part in query.split("&"):
        if not part:
            continue
        name, sep, _ = part.partition("=")
        if sep and name in keep:
            parts.append(part)
        else:
            parts.append(f"{name}={REDACTED}" if sep and name else REDACTED)
    return "&".join(parts) if parts else REDACTED


def redact_target(target: str) -> str:
    """A request target with its query values redacted."""
    path, sep, query = target.partition("?")
    return f"{path}?{redact_query(query)}" if sep else path


# A path segment worth a closer look: it holds an `@`, a long run of digits (with spaces or
# dashes), or a long token. Everything else (`orders`, `ord_1001`, `v2`) is passed at once.
_SUSPECT_SEGMENT = re.compile(r"@|%40|\d[\d\s.-]{6,}\d|[A-Za-z0-9_.~-]{24,}")


def redact_path(path: str, finds: Callable[[str], str | None]) -> str:
    """`path` with each segment that `finds` names a kind for replaced by
    `[redacted:<kind>]`: an e-mail address, a card number or a token in a URL is as personal
    as one in a body. `finds` gets the percent-decoded segment and returns a kind or None;
    only segments that look suspect are given to it."""
    if not _SUSPECT_SEGMENT.search(path) and "%" not in path:
        return path
    segments = path.split("/")
    for index, segment in enumerate(segments):
        decoded = unquote(segment)
        if decoded and _SUSPECT_SEGMENT.search(decoded):
            kind = finds(decoded)
            if kind is not None:
                segments[index] = f"[redacted:{kind}]"
    return "/".join(segments)
