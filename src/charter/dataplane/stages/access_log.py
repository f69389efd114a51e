"""access_log: one minimised record per request (clause DATA-4).

Kept: time, route id, method, path with query values redacted (and path segments that hold
an e-mail address, a card number, a token...), status, latency, bytes,
client id, pseudonymous subject key, truncated client IP (/24 or /48), user agent (cut),
counts of what the privacy guard found by kind.
Never kept: header values other than the user agent, bodies, credentials, full IPs.
"""

from __future__ import annotations

import time
from typing import ClassVar, Literal

from pydantic import Field

from charter.dataplane.context import RequestContext
from charter.dataplane.stage import Stage, StageOptions
from charter.privacy.redaction import redact_path, redact_query, truncate_ip
from charter.privacy.shared_scanner import shared_scanner

_UA_LIMIT = 256


class AccessLogOptions(StageOptions):
    user_agent: bool = Field(True, description="record the user agent (cut to 256 characters);"
                             " false leaves it out, for routes where it could fingerprint")
    query_allow: frozenset[str] = Field(
        frozenset(), description="query parameters whose values are kept in the log (say"
        " `page`, `sort`); every other value is replaced by `[redacted]`")
    client_ip: Literal["truncate", "pseudonym"] = Field(
        "truncate", description="`truncate`: keep the /24 (IPv4) or /48 (IPv6) network;"
        " `pseudonym`: a keyed hash of the whole address (`sk_...`), which tells clients"
        " apart without storing where they are")


class AccessLogStage(Stage):
    name: ClassVar[str] = "access_log"
    Options: ClassVar[type[StageOptions]] = AccessLogOptions
    default_enabled: ClassVar[bool] = True

    def on_complete(self, ctx: RequestContext) -> None:
        options = self.options
        assert isinstance(options, AccessLogOptions)
        rights = ctx.state.get("rights")
        if rights is not None and _objected_to(ctx, rights["objected"]):
            return
        user_agent = ""
        if options.user_agent:
            raw = ctx.header(b"user-agent")
            if raw:
                user_agent = raw[:_UA_LIMIT].decode("latin-1")
        path = redact_path(ctx.path, _segment_kind)
        if ctx.query:
            path = f"{path}?{redact_query(ctx.query, options.query_allow)}"
        self.services.access_log.put({
            "ts": time.time(),
            "request_id": ctx.request_id,
            "route_id": ctx.route_id,
            "method": ctx.method,
            "path": path[:2048],
            "status": ctx.status,
            "latency_ms": round((time.perf_counter() - ctx.started) * 1000.0, 3),
            "bytes_in": ctx.bytes_in,
            "bytes_out": ctx.bytes_out,
            "client_id": ctx.client_id,
            "subject_key": ctx.subject_key,
            "client_ip": (_truncated(ctx.client_ip) if options.client_ip == "truncate"
                          else self.services.pseudonymizer.subject_key("ip", ctx.client_ip)),
            "user_agent": user_agent,
            "error": ctx.error,
            "findings": _counts(ctx.state.get("privacy_guard")),
        })


# A row is operations telemetry; a request the gateway refused or failed is a security record
# too, kept on compelling legitimate grounds when the person objected (see the `rights` stage).
_TELEMETRY = frozenset({"operations"})
_SECURITY_RECORD = frozenset({"operations", "security"})
_SECURITY_STATUSES = frozenset({401, 403, 429})


def _objected_to(ctx: RequestContext, objected: frozenset[str]) -> bool:
    """Whether the person objected to every purpose this row would serve."""
    security = ctx.error is not None or ctx.status in _SECURITY_STATUSES
    return (_SECURITY_RECORD if security else _TELEMETRY) <= objected


def _segment_kind(segment: str) -> str | None:
    findings = shared_scanner().scan_text(segment, "$")
    return findings[0].kind if findings else None


def _counts(found: dict[str, int] | None) -> str | None:
    if not found:
        return None
    return ",".join(f"{kind}:{count}" for kind, count in sorted(found.items()))[:256]


_TRUNCATED: dict[str, str] = {}


def _truncated(ip: str) -> str:
    # ipaddress parsing costs microseconds; a small cache keeps it off the hot path.
    cached = _TRUNCATED.get(ip)
    if cached is None:
        if len(_TRUNCATED) > 4096:
            _TRUNCATED.clear()
        cached = _TRUNCATED[ip] = truncate_ip(ip)
    return cached
