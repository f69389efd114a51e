"""The admin API's building blocks: what a feature slice writes to add endpoints.

A slice exposes `endpoints() -> list[Endpoint]`; `charter.admin.app.build_admin` mounts them.
For each endpoint the framework (`charter.admin.dispatch`) does, in this order:

1. authenticate the bearer credential (an operator session, or the break-glass bootstrap
   token) — 401 without one, for every path under `/admin/` except the login itself;
2. check the endpoint's permission against the caller's role (`charter.admin.roles`) — 403;
3. validate the query string and the JSON body with the endpoint's pydantic models — 422,
   listing the fields at fault without echoing their values;
4. call the handler: `await handler(ctx, body, **path_params)`, where `body` is the validated
   model instance (None when the endpoint has no body model);
5. render the result (a pydantic model, a dict or a list; validated against `response` when
   one is given) with the endpoint's status, or turn an `AdminError` into problem+json;
6. audit: every call that is not a GET, and every refused call, appends one event (actor,
   action = "METHOD /path/template", target = path parameters, outcome, reason, request id)
   and the response waits until it is committed.

Handlers run on the event loop: blocking work (the store, password hashing) goes through
`await ctx.run(func, *args)`. Errors a client may see are raised as `AdminError`; anything
else is a bug and becomes a bare 500.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypeVar

from pydantic import BaseModel
from sqlalchemy import Engine
from starlette.requests import Request
from starlette.responses import Response

from charter.admin.reload import ReloadOutcome
from charter.audit.log import AuditLog, DetailValue
from charter.dataplane.reply import PROBLEM_TYPE
from charter.privacy.inventory import RecordType, records
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer

if TYPE_CHECKING:
    from charter.admin.operators import OperatorService

T = TypeVar("T")

HandlerResult = BaseModel | dict[str, Any] | list[Any] | None
Handler = Callable[..., Awaitable[HandlerResult]]

METHODS: Final = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
PROBLEM_JSON: Final = "application/problem+json"


@dataclass(frozen=True)
class Operator:
    """Who is calling: an operator account, signed in with a session.

    `session_id` is None for the break-glass bootstrap token (account id `bootstrap`, role
    owner). `subject_key` is the operator's pseudonymous key, recorded with audit events.
    """

    account_id: str
    username: str
    role: str
    session_id: str | None
    subject_key: str | None = None


BOOTSTRAP: Final = Operator(account_id="bootstrap", username="bootstrap", role="owner",
                            session_id=None)
ANONYMOUS: Final = Operator(account_id="anonymous", username="anonymous", role="",
                            session_id=None)


def _records() -> Iterable[RecordType]:
    return records()


@dataclass(frozen=True)
class AdminServices:
    """What handlers may use; built once per admin app.

    `config_info` and `reload` are the supervisor's (see `AdminState`); `engine` is the
    store; `audit` is the one audit interface; `operators` signs operators in and out.
    """

    engine: Engine
    keyring: Keyring
    audit: AuditLog
    config_info: Callable[[], dict[str, Any]]
    reload: Callable[[], Awaitable[ReloadOutcome]]
    operators: OperatorService
    pseudonymizer: Pseudonymizer
    inventory: Callable[[], Iterable[RecordType]] = _records


@dataclass(eq=False)
class AdminContext:
    """One admin request, as a handler sees it.

    Handlers may refine the automatic audit event with `annotate` (the login, for example,
    names the account it signed in once it knows it).
    """

    operator: Operator
    request: Request
    request_id: str
    services: AdminServices
    query: BaseModel | None = None
    audit_actor: str | None = None
    audit_subject_key: str | None = None
    audit_target: str | None = None
    audit_reason: str | None = None
    audit_details: dict[str, DetailValue] = field(default_factory=dict)

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """Run blocking `func(*args)` in a worker thread and return its result."""
        return await asyncio.to_thread(func, *args)

    def annotate(self, *, actor: str | None = None, subject_key: str | None = None,
                 target: str | None = None, reason: str | None = None,
                 **details: DetailValue) -> None:
        """Adjust this call's audit event. `details` take ids, counts and codes only."""
        if actor is not None:
            self.audit_actor = actor
        if subject_key is not None:
            self.audit_subject_key = subject_key
        if target is not None:
            self.audit_target = target
        if reason is not None:
            self.audit_reason = reason
        self.audit_details.update(details)


class AdminError(Exception):
    """An error for the client: becomes an RFC 9457 problem with a stable `code`.

    `detail` and `extra` must hold no secrets, internals or personal data.
    """

    def __init__(self, status: int, code: str, title: str, detail: str | None = None, *,
                 headers: Mapping[str, str] | None = None, **extra: object) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.headers = dict(headers or {})
        self.extra = extra


@dataclass(frozen=True)
class Endpoint:
    """One admin API operation.

    `path` is a template under `/admin/` (`/admin/orgs/{org_id}`); its parameters are passed
    to the handler as keyword arguments (strings). `permission` is a name from
    `charter.admin.roles.PERMISSIONS`. `body` and `query` are pydantic models validating the
    JSON body and the query string (the validated query is `ctx.query`). When `response` is
    given, the handler returns an instance of it or a dict it validates (extra keys are
    dropped, so a stray column cannot leak); a list result is rendered as it is. `status` is
    the success status (204 renders no body).
    """

    method: str
    path: str
    handler: Handler
    permission: str
    summary: str
    body: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    query: type[BaseModel] | None = None

    @property
    def action(self) -> str:
        """The stable audit action name: `POST /admin/operators/{account_id}/unlock`."""
        return f"{self.method} {self.path}"

    @property
    def mutating(self) -> bool:
        return self.method != "GET"


def problem_response(
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    request_id: str | None = None,
    **extra: object,
) -> Response:
    """An `application/problem+json` response shaped like the gateway's
    (`charter.dataplane.reply.problem`); `detail` must hold no secrets or internals."""
    doc: dict[str, object] = {"type": PROBLEM_TYPE + code, "title": title, "status": status,
                              "code": code}
    if detail:
        doc["detail"] = detail
    if request_id:
        doc["request_id"] = request_id
    doc.update(extra)
    return Response(json.dumps(doc, separators=(",", ":")), status_code=status,
                    headers=headers, media_type=PROBLEM_JSON)
