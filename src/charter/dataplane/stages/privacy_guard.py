"""privacy_guard: what personal data may pass through a route, by kind (clause DATA-7).

The scanner (`charter.privacy.scanner`) looks at JSON, form and text bodies, query strings and
headers, in both directions. Each finding falls in a group (special_category, high_risk,
personal) and the route says, per direction and group, what happens:

- `allow`: nothing; `flag`: counted (metrics and the access log, never the value);
- `redact`: the value is replaced by `[redacted:<kind>]` before it goes on;
- `block`: the exchange stops with 422 `sensitive_data_blocked`, listing paths and kinds.

Special categories are blocked unless the route names an approval (`approval:`) that covers
them; `charter check` refuses a route that lets them through without one. A body the guard
must check but cannot read (compressed, not valid JSON, larger than it holds) is refused, not
passed unchecked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Literal
from urllib.parse import quote, unquote_plus

from pydantic import BaseModel, ConfigDict, Field, field_validator

from charter.config.units import parse_size
from charter.dataplane.body import REQUEST, RESPONSE, Body, BodyError
from charter.dataplane.context import RequestContext
from charter.dataplane.reply import Reply, problem
from charter.dataplane.stage import DEFAULT_RESPONSE_BODY_LIMIT, Stage, StageOptions
from charter.privacy import jsonpaths
from charter.privacy.scanner import GROUP_OF, KINDS, Finding
from charter.privacy.scanner.findings import MIN_CONFIDENCE
from charter.privacy.shared_scanner import shared_scanner

if TYPE_CHECKING:
    from charter.config.models import Approval, Route
    from charter.dataplane.services import Services

Action = Literal["allow", "redact", "block", "flag"]
LETS_THROUGH = frozenset({"allow", "flag"})
BLOCK_AUDIT_SECONDS = 60.0

# Headers the guard does not scan: credentials the gateway itself consumes or passes on (their
# handling is authentication's job, and they would always look like credentials), and the
# protocol's own fields.
_SKIP_HEADERS = frozenset(name.encode() for name in {
    "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "host",
    "user-agent", "accept", "accept-encoding", "accept-language", "content-type",
    "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive",
    "te", "trailer", "upgrade", "expect", "x-request-id", "x-forwarded-for",
    "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded", "traceparent",
    "tracestate", "cache-control", "pragma", "if-none-match", "if-modified-since",
    "idempotency-key", "origin", "referer", "date", "etag", "vary", "server",
    "last-modified", "location", "strict-transport-security",
})

def placeholder(kind: str) -> str:
    return f"[redacted:{kind}]"


class DirectionPolicy(BaseModel):
    """What happens to each group of findings in one direction."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    special_category: Action = Field(
        "block", description="health, religion and the other GDPR Art. 9/10 kinds; `allow`"
        " and `flag` need an approval")
    high_risk: Action = Field("flag", description="cards, bank accounts, national ids,"
                              " passports, credentials, precise locations")
    personal: Action = Field("flag", description="emails, phones, IPs, birth dates, postal"
                             " addresses, names")

    def action(self, group: str) -> Action:
        value: Action = getattr(self, group)
        return value


class PrivacyGuardOptions(StageOptions):
    request: DirectionPolicy = Field(
        default_factory=DirectionPolicy,
        description="actions for what clients send: bodies, query strings, headers")
    response: DirectionPolicy = Field(
        default_factory=DirectionPolicy,
        description="actions for what upstreams return (JSON, form and text bodies)")
    query: bool = Field(True, description="scan query string values")
    headers: bool = Field(True, description="scan request headers (not credentials the"
                          " gateway consumes, nor protocol fields)")
    approval: str | None = Field(None, description="the id of an entry in `approvals` that"
                                 " lets the special categories it covers through")
    min_confidence: float = Field(MIN_CONFIDENCE, ge=0.0, le=1.0,
                                  description="findings less certain than this are ignored")
    max_response_bytes: int = Field(
        DEFAULT_RESPONSE_BODY_LIMIT,
        description="the largest response body held for checking; larger ones are refused"
                    " with 502 `response_too_large`")

    @field_validator("max_response_bytes", mode="before")
    @classmethod
    def _size(cls, value: Any) -> int:
        return parse_size(value)


def policy_actions(options: PrivacyGuardOptions, approval: Approval | None,
                   today: str) -> dict[str, dict[str, Action]]:
    """direction -> kind -> action. A special category goes through (`allow`/`flag`) only
    when a current approval covers that kind; otherwise it is blocked."""
    approved: frozenset[str] = frozenset()
    if approval is not None and (approval.expires is None or approval.expires.isoformat()
                                 >= today):
        approved = frozenset(approval.kinds)
    table: dict[str, dict[str, Action]] = {}
    for direction, policy in ((REQUEST, options.request), (RESPONSE, options.response)):
        actions: dict[str, Action] = {}
        for kind in KINDS:
            group = GROUP_OF[kind]
            action = policy.action(group)
            if group == "special_category" and action in LETS_THROUGH and kind not in approved:
                action = "block"
            actions[kind] = action
        table[direction] = actions
    return table


class PrivacyGuardStage(Stage):
    name: ClassVar[str] = "privacy_guard"
    Options: ClassVar[type[StageOptions]] = PrivacyGuardOptions
    default_enabled: ClassVar[bool] = True

    def __init__(self, options: StageOptions, route: Route, services: Services) -> None:
        super().__init__(options, route, services)
        assert isinstance(options, PrivacyGuardOptions)
        self.opts = options
        approval = None
        if options.approval is not None:
            try:
                approval = services.config.approval(options.approval)
            except KeyError:
                approval = None  # the loader refuses this; here it simply approves nothing
        self.actions = policy_actions(options, approval, time.strftime("%Y-%m-%d", time.gmtime()))
        self._checks_request = any(a != "allow" for a in self.actions[REQUEST].values())
        self._checks_response = any(a != "allow" for a in self.actions[RESPONSE].values())
        self.scanner = shared_scanner()
        self._blocks: dict[tuple[str, str], tuple[float, int]] = {}

    def active(self) -> bool:
        return self._checks_request or self._checks_response

    def reads_request_body(self) -> bool:
        return self._checks_request

    def response_body_limit(self) -> int:
        return self.opts.max_response_bytes

    # -- the request head: query string and headers ------------------------------------------
    def on_request(self, ctx: RequestContext) -> Reply | None:
        if self._checks_response:
            # Ask for an uncompressed answer: a compressed one could not be checked.
            ctx.remove_header(b"accept-encoding")
        if not self._checks_request:
            return None
        findings: list[Finding] = []
        if self.opts.query and ctx.query:
            findings.extend(self.scanner.scan_query(ctx.query))
        header_pairs = []
        if self.opts.headers:
            header_pairs = [(n.decode("latin-1"), v.decode("latin-1")) for n, v in ctx.headers
                            if n not in _SKIP_HEADERS]
            if header_pairs:
                findings.extend(self.scanner.scan_headers(header_pairs))
        if not findings:
            return None
        decided = self._decide(ctx, REQUEST, findings)
        blocked = [f for f, action in decided if action == "block"]
        if blocked:
            self._audit_block(ctx, REQUEST, blocked)
            return _blocked(ctx, REQUEST, blocked)
        redact = [f for f, action in decided if action == "redact"]
        if redact:
            self._redact_head(ctx, redact)
        return None

    def _redact_head(self, ctx: RequestContext, findings: list[Finding]) -> None:
        params = {f.path.removeprefix("$query."): f.kind for f in findings
                  if f.path.startswith("$query.")}
        if params:
            ctx.query = _redact_query(ctx.query, params)
        headers = {f.path.removeprefix("$header."): f.kind for f in findings
                   if f.path.startswith("$header.")}
        if headers:
            ctx.headers = [
                (n, placeholder(headers[n.decode("latin-1")]).encode()
                 if n.decode("latin-1") in headers else v)
                for n, v in ctx.headers
            ]

    # -- bodies ---------------------------------------------------------------------------------
    def on_request_body(self, ctx: RequestContext, body: Body) -> Reply | None:
        return self._check_body(ctx, body)

    def wants_response_body(self, ctx: RequestContext, status: int,
                            headers: list[tuple[bytes, bytes]]) -> bool:
        if not self._checks_response:
            return False
        for name, value in headers:
            if name == b"content-type":
                return _readable(value.decode("latin-1"))
        return False

    def on_response_body(self, ctx: RequestContext, status: int, body: Body) -> Reply | None:
        return self._check_body(ctx, body)

    def _check_body(self, ctx: RequestContext, body: Body) -> Reply | None:
        direction = body.direction
        if not body.data or not _readable(body.content_type):
            return None
        if body.encoding:
            return _unreadable(ctx, direction, "encoded_body",
                               "compressed bodies cannot be checked")
        scanner = self.scanner
        value: Any = None
        try:
            if body.is_json():
                value = body.json()
                findings = body.findings
                if findings is None:
                    findings = body.findings = scanner.scan_value(value)
            elif body.is_form():
                findings = scanner.scan_form(body.data)
            else:
                findings = scanner.scan_text(body.data.decode("utf-8", "replace"), "$")
        except BodyError as error:
            return _unreadable(ctx, direction, error.code, str(error))
        if not findings:
            return None
        decided = self._decide(ctx, direction, findings)
        blocked = [f for f, action in decided if action == "block"]
        if blocked:
            self._audit_block(ctx, direction, blocked)
            return _blocked(ctx, direction, blocked)
        redact = [f for f, action in decided if action == "redact"]
        if redact:
            if body.is_json():
                body.replace_json(redact_json(value, redact, scanner.scan_text))
            elif body.is_form():
                body.replace(_redact_form(body.data, redact))
            else:
                body.replace(placeholder(redact[0].kind).encode())
        return None

    def _audit_block(self, ctx: RequestContext, direction: str,
                     findings: list[Finding]) -> None:
        """A block is a security event: audited, at most once a minute per route, direction
        and set of kinds in this process, with the number of blocks since the last event
        (a client sending the same payload in a loop must not flood the audit log)."""
        audit = self.services.audit
        if audit is None:
            return
        kinds = ",".join(sorted({f.kind for f in findings}))
        key = (direction, kinds)
        now = time.monotonic()
        last, count = self._blocks.get(key, (0.0, 0))
        count += 1
        if last and now - last < BLOCK_AUDIT_SECONDS:
            self._blocks[key] = (last, count)
            return
        self._blocks[key] = (now, 0)
        from charter.audit.log import AuditEvent

        audit(AuditEvent(
            actor=ctx.client_id or "anonymous", action="privacy_guard.block", outcome="denied",
            target=f"route={self.route.id}", reason="sensitive_data_blocked",
            request_id=ctx.request_id,
            details={"direction": direction, "kinds": kinds, "blocks": count,
                     "approval": self.opts.approval}))

    def _decide(self, ctx: RequestContext, direction: str,
                findings: list[Finding]) -> list[tuple[Finding, Action]]:
        """Each finding sure enough to count, with its action; counted as it is decided."""
        actions = self.actions[direction]
        floor = self.opts.min_confidence
        metrics = self.services.metrics
        route_id = self.route.id
        seen: dict[str, int] = ctx.state.setdefault(self.name, {})
        decided: list[tuple[Finding, Action]] = []
        for finding in findings:
            if finding.confidence < floor:
                continue
            action = actions.get(finding.kind, "block")
            decided.append((finding, action))
            seen[finding.kind] = seen.get(finding.kind, 0) + 1
            if metrics is not None:
                metrics.finding(route_id, direction, finding.kind, action)
        return decided


def _readable(content_type: str) -> bool:
    media = content_type.partition(";")[0].strip().lower()
    return (media == "application/json" or media == "application/x-www-form-urlencoded"
            or media.startswith("text/")
            or (media.startswith("application/") and media.endswith("+json")))


def _blocked(ctx: RequestContext, direction: str, findings: list[Finding]) -> Reply:
    listed = sorted({(f.path, f.kind) for f in findings})
    ctx.error = "sensitive_data_blocked"
    return problem(
        422, "sensitive_data_blocked", "The payload carries data this route does not accept",
        f"the {direction} carries {len(listed)} value(s) of a kind this route blocks",
        request_id=ctx.request_id, direction=direction,
        findings=[{"path": path, "kind": kind} for path, kind in listed],
    )


def _unreadable(ctx: RequestContext, direction: str, code: str, message: str) -> Reply:
    rid = ctx.request_id
    if direction == RESPONSE:
        ctx.error = "response_not_checkable"
        return problem(502, "response_not_checkable",
                       "The upstream's response cannot be checked", message, request_id=rid)
    ctx.error = code
    title = "The request body cannot be checked"
    if code == "encoded_body":
        return problem(415, "encoded_body", title, message, request_id=rid)
    if code == "json_too_deep":
        return problem(400, "json_too_deep", title, message, request_id=rid)
    if code == "json_too_large":
        return problem(400, "json_too_large", title, message, request_id=rid)
    return problem(400, "invalid_json", title, message, request_id=rid)


def redact_json(value: Any, findings: list[Finding],
                 scan_key: Callable[[str], list[Finding]]) -> Any:
    """`value` with each finding's value replaced by its placeholder. A key that itself holds
    the kind found (an e-mail address used as a key) is renamed to the placeholder too; its
    value stays when it is an object or array, whose own findings name their own paths."""
    keyed: list[tuple[list[jsonpaths.Step], str]] = []
    # Shortest paths first: once a parent is replaced, its children are gone with it.
    for finding in sorted(findings, key=lambda f: len(f.path)):
        steps = jsonpaths.parse(finding.path)
        if steps is None:
            continue
        if _key_holds(steps, finding.kind, scan_key):
            keyed.append((steps, finding.kind))
            if isinstance(jsonpaths.get(value, steps), (dict, list)):
                continue
        value = jsonpaths.replace(value, steps, placeholder(finding.kind), into_strings=True)
    # Deepest keys first, so that renaming a key never moves a path still to be renamed.
    for steps, kind in sorted(keyed, key=lambda item: -len(item[0])):
        jsonpaths.rename_key(value, steps, placeholder(kind))
    return value


def _key_holds(steps: list[jsonpaths.Step], kind: str,
               scan_key: Callable[[str], list[Finding]]) -> bool:
    last = steps[-1] if steps else None
    if not isinstance(last, str) or jsonpaths.is_plain_key(last):
        return False  # `.name` keys are words, never data
    return any(f.kind == kind for f in scan_key(last))


def _redact_form(data: bytes, findings: list[Finding]) -> bytes:
    names = {f.path.removeprefix("$form."): f.kind for f in findings
             if f.path.startswith("$form.")}
    return _redact_query(data.decode("latin-1"), names).encode("latin-1")


def _redact_query(query: str, names: dict[str, str]) -> str:
    parts = []
    for part in query.split("&"):
        name, sep, _ = part.partition("=")
        kind = names.get(unquote_plus(name))
        if kind is not None and sep:
            parts.append(f"{name}={quote(placeholder(kind), safe='')}")
        else:
            parts.append(part)
    return "&".join(parts)
