"""Minimisation helpers for what the data plane writes down: IPs, query strings, headers."""

from __future__ import annotations

import ipaddress

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


def redact_query(query: str) -> str:
    """Keep parameter names, replace every value: `a=1&b=x` -> `a=[redacted]&b=[redacted]`.

    Names are kept because they say what kind of call it was; values are where personal
    data and secrets live (emails, tokens passed as `?access_token=`). A part without `=`
    (`?ada@example.com`) is all value, so it is replaced whole.
    """
    if not query:
        return ""
    parts = []
    for part in query.split("&"):
        if not part:
            continue
        name, sep, _ = part.partition("=")
        parts.append(f"{name}={REDACTED}" if sep and name else REDACTED)
    return "&".join(parts) if parts else REDACTED


def redact_target(target: str) -> str:
    """A request target with its query values redacted."""
    path, sep, query = target.partition("?")
    return f"{path}?{redact_query(query)}" if sep else path
