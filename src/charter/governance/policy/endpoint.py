"""`/.well-known/privacy/policy` and `/.well-known/privacy/policy.json` on the gateway.

Workers never read the store per request. Each keeps a `PolicyView`: the latest published
version, already written out as an HTML page and a JSON document with their ETags. It is
refreshed every `REFRESH_SECONDS` (a cheap query for the latest version number and digest;
the version itself is read only when that changed), so a publication on any node is served
by every worker within about that interval.

Both answer `GET` and `HEAD` with `ETag`, `X-Policy-Version` and `Cache-Control: no-cache`
(clients revalidate, cheaply: a matching `If-None-Match` is answered `304` without a body).
Before anything is published they answer `404` with the problem code `policy_not_published`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from charter.dataplane.builtins import Builtin
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.governance.policy import service
from charter.governance.policy.document import CSP
from charter.governance.policy.facts import POLICY_JSON_PATH, POLICY_PATH, canonical_json
from charter.governance.policy.render import render_html

log = logging.getLogger("charter.policy")
REFRESH_SECONDS = 2.0
HTML_TYPE = b"text/html; charset=utf-8"
JSON_TYPE = b"application/json"
_COMMON = [(b"cache-control", b"no-cache"), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer")]
_HTML_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-frame-options", b"DENY")]


@dataclass(frozen=True)
class Served:
    """One version, ready to write: bodies and headers computed once."""

    version: int
    digest: str
    html: bytes
    json: bytes
    html_etag: bytes
    json_etag: bytes


def prepare(published: service.PolicyVersion) -> Served:
    stamp = published.published_at.strftime("%Y-%m-%d")
    html = render_html(published.facts,
                       meta=f"Version {published.version}, published {stamp}").encode()
    document = {"version": published.version, "published_at": published.published_at.isoformat(),
                "material": published.material, "digest": published.digest,
                "policy": published.facts}
    tag = f'"p{published.version}-{published.digest[:24]}'
    return Served(published.version, published.digest, html, canonical_json(document).encode(),
                  (tag + '"').encode(), (tag + '-json"').encode())


def matches(if_none_match: bytes | None, etag: bytes) -> bool:
    """Whether an `If-None-Match` value names `etag` (weak comparison, `*` matches)."""
    if if_none_match is None:
        return False
    for candidate in if_none_match.split(b","):
        value = candidate.strip()
        if value == b"*" or value.removeprefix(b"W/") == etag:
            return True
    return False


class PolicyView:
    """One process's copy of the latest published policy; `served` is replaced whole."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self.served: Served | None = None

    def refresh(self) -> bool:
        """Re-read the latest version if it changed; True when it did. Blocking."""
        marker = service.latest_marker(self._engine)
        current = self.served
        if marker is None or (current is not None and (current.version, current.digest) == marker):
            return False
        published = service.latest(self._engine)
        if published is None:
            return False
        self.served = prepare(published)
        return True

    async def prime(self) -> None:
        try:
            await asyncio.get_running_loop().run_in_executor(None, self.refresh)
        except Exception as exc:
            log.warning("reading the published policy failed", extra={"error": type(exc).__name__})

    async def poll(self, interval: float = REFRESH_SECONDS) -> None:
        while True:
            await asyncio.sleep(interval)
            await self.prime()

    def builtins(self) -> dict[str, Builtin]:
        methods = frozenset({"GET", "HEAD"})
        return {POLICY_PATH: Builtin(methods, self._handler(json=False)),
                POLICY_JSON_PATH: Builtin(methods, self._handler(json=True))}

    def _handler(self, *, json: bool) -> Callable[[RequestContext, bytes], Reply]:
        def handle(ctx: RequestContext, body: bytes) -> Reply:
            served = self.served
            if served is None:
                return problem(404, "policy_not_published", "No policy published",
                               "no privacy policy has been published yet",
                               request_id=ctx.request_id)
            etag = served.json_etag if json else served.html_etag
            headers = [(b"etag", etag), (b"x-policy-version", str(served.version).encode()),
                       *_COMMON, *([] if json else _HTML_HEADERS)]
            content_type = JSON_TYPE if json else HTML_TYPE
            if matches(ctx.header(b"if-none-match"), etag):
                return Reply(status=304, headers=headers, content_type=content_type)
            return Reply(status=200, body=served.json if json else served.html,
                         headers=headers, content_type=content_type)
        return handle
