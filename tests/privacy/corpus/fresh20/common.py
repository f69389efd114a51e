"""Envelope pieces shared by families: user agents, gateway captures, organisations."""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Ctx


def brand(c: Ctx, lang: str = "") -> tuple[str, str]:
    return c.pick(pools.BRANDS[lang or c.lang])


def employer(c: Ctx, lang: str = "") -> tuple[str, str]:
    return c.pick(pools.EMPLOYERS[lang or c.lang])


def user_agent(c: Ctx) -> str:
    """A browser user agent; its Chrome version is four dotted numbers, so it is a decoy."""
    major = c.rint(118, 131)
    ver = c.decoy(f"{major}.0.0.0", "decoy:version-string")
    return c.pick(
        [
            f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{ver} Safari/537.36",
            f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
            f"Gecko) Chrome/{ver} Safari/537.36",
            f"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{ver} Mobile Safari/537.36",
        ]
    )


def mobile_ua(c: Ctx) -> str:
    return c.pick(
        [
            f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{c.rint(1, 6)} like Mac OS X) "
            "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
            f"okhttp/4.{c.rint(9, 12)}.{c.rint(0, 3)}",
        ]
    )


def gateway(
    c: Ctx, route: str, body: Any, auth: str = "", ip: bool = True, source: str = ""
) -> dict[str, Any]:
    """How the gateway logs a captured request: meta first, then the body as received."""
    headers: dict[str, Any] = {
        "content-type": "application/json",
        "user-agent": source
        or c.pick(
            ["Zendesk Webhook", "Go-http-client/2.0", "python-requests/2.31.0", "axios/1.6.8"]
        ),
        "x-request-id": c.uuid(),
    }
    if ip:
        headers["x-forwarded-for"] = c.ip()
    if auth == "bearer":
        headers["authorization"] = c.bearer()
    elif auth == "basic":
        headers["authorization"] = c.basic_auth(c.pick(["zendesk", "hris-sync", "ats"]))
    elif auth == "masked":
        headers["authorization"] = "Bearer " + c.masked_secret()
    return {
        "received_at": c.ts(0, "ms"),
        "method": "POST",
        "route": route,
        "upstream": c.pick(["hr-core", "care-hub", "crm-sync", "people-api"]),
        "status": c.pick([200, 200, 202, 204]),
        "latency_ms": c.rint(8, 420),
        "headers": headers,
        "body": body,
    }
