"""The ASGI app behind `/admin/`: matches an `Endpoint`, then authenticates, authorizes,
validates, calls, renders and audits (the steps are listed in `charter.admin.api`).

Authentication comes before routing: without a valid credential every path under `/admin/`,
unknown ones included, answers 401, so probing does not reveal what exists.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, TypeVar

import pydantic_core
from pydantic import BaseModel, ValidationError
from starlette.convertors import Convertor
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import compile_path
from starlette.types import Receive, Scope, Send

from charter.admin import roles
from charter.admin.api import (
    ANONYMOUS,
    METHODS,
    AdminContext,
    AdminError,
    AdminServices,
    Endpoint,
    Operator,
    problem_response,
)
from charter.admin.auth import REALM, authenticate
from charter.audit.log import AuditEvent, Outcome, target_of

logger = logging.getLogger("charter.admin.app")

MAX_BODY_BYTES: Final = 64 * 1024
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_NO_STORE: Final = {"cache-control": "no-store"}

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class _Route:
    endpoint: Endpoint
    regex: re.Pattern[str]
    convertors: dict[str, Convertor[Any]]


class AdminRouter:
    """Serves a list of endpoints. Raises `ValueError` at construction for an endpoint with an
    unknown permission or method, a path outside `/admin/`, or a duplicate method and path."""

    def __init__(self, endpoints: Sequence[Endpoint], services: AdminServices) -> None:
        self.services = services
        self.endpoints = tuple(endpoints)
        self._routes: list[_Route] = []
        seen: set[tuple[str, str]] = set()
        for endpoint in self.endpoints:
            _check(endpoint)
            key = (endpoint.method, endpoint.path)
            if key in seen:
                raise ValueError(f"admin endpoint {endpoint.action} is defined twice")
            seen.add(key)
            regex, _, convertors = compile_path(endpoint.path)
            self._routes.append(_Route(endpoint, regex, convertors))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        request_id = _request_id(request)
        response = await self._handle(request, request_id)
        response.headers["x-request-id"] = request_id
        for name, value in _NO_STORE.items():
            response.headers.setdefault(name, value)
        await response(scope, receive, send)

    # -- the steps ------------------------------------------------------------------------

    async def _handle(self, request: Request, request_id: str) -> Response:
        # Under a Mount the path stays whole ("/admin/..."); the app's own root is removed.
        path = str(request.scope["path"]).removeprefix(request.scope.get("app_root_path", ""))
        method = request.method.upper()
        route, params, allowed_methods = self._match(method, path)
        public = route is not None and route.endpoint.permission == roles.PUBLIC
        operator = ANONYMOUS if public else await authenticate(
            request.headers.get("authorization"), self.services.keyring,
            self.services.operators)
        if operator is None:
            return await self._unauthenticated(route, params, method, request_id)
        if route is None:
            if allowed_methods:
                return problem_response(
                    405, "method_not_allowed", "Method Not Allowed",
                    headers={"Allow": ", ".join(sorted(allowed_methods))},
                    request_id=request_id)
            return problem_response(404, "not_found", "Not Found", request_id=request_id)
        endpoint = route.endpoint
        if not public and not roles.allowed(operator.role, endpoint.permission):
            return await self._forbidden(endpoint, operator, params, request_id)
        ctx = AdminContext(operator=operator, request=request, request_id=request_id,
                           services=self.services)
        try:
            response = await self._call(endpoint, ctx, params, request)
        except AdminError as exc:
            if endpoint.mutating or exc.status == 403:
                # A handler's 401 is a refused login: a failure, not a refusal of access.
                outcome: Outcome = "denied" if exc.status == 403 else "failure"
                await self._audit(endpoint, operator, params, request_id, outcome,
                                  ctx.audit_reason or exc.code, ctx)
            return problem_response(exc.status, exc.code, exc.title, exc.detail,
                                    headers=exc.headers, request_id=request_id, **exc.extra)
        except Exception:
            if endpoint.mutating:
                await self._audit(endpoint, operator, params, request_id, "failure",
                                  "internal_error", ctx)
            raise
        if endpoint.mutating:
            await self._audit(endpoint, operator, params, request_id, "success",
                              ctx.audit_reason, ctx)
        return response

    async def _unauthenticated(self, route: _Route | None, params: dict[str, str],
                               method: str, request_id: str) -> Response:
        logger.warning("admin: request without valid operator credentials",
                       extra={"method": method, "request_id": request_id})
        if route is not None and route.endpoint.mutating:
            await self._audit(route.endpoint, ANONYMOUS, params, request_id, "denied",
                              "unauthenticated")
        return problem_response(
            401, "unauthorized", "Authentication required",
            "Log in with POST /admin/login and send the session token as "
            "'Authorization: Bearer <token>'.",
            headers={"WWW-Authenticate": f'Bearer realm="{REALM}"'}, request_id=request_id)

    async def _forbidden(self, endpoint: Endpoint, operator: Operator, params: dict[str, str],
                         request_id: str) -> Response:
        logger.warning("admin: operator lacks the permission",
                       extra={"action": endpoint.action, "role": operator.role,
                              "request_id": request_id})
        await self._audit(endpoint, operator, params, request_id, "denied", "forbidden",
                          details={"permission": endpoint.permission})
        return problem_response(
            403, "forbidden", "Forbidden",
            f"This needs the permission '{endpoint.permission}', which the role "
            f"'{operator.role}' does not have.", request_id=request_id)

    def _match(self, method: str, path: str) -> tuple[_Route | None, dict[str, str], set[str]]:
        allowed: set[str] = set()
        for route in self._routes:
            found = route.regex.match(path)
            if found is None:
                continue
            if route.endpoint.method == method:
                params = {name: str(route.convertors[name].convert(value))
                          for name, value in found.groupdict().items()}
                return route, params, allowed
            allowed.add(route.endpoint.method)
        return None, {}, allowed

    async def _call(self, endpoint: Endpoint, ctx: AdminContext, params: dict[str, str],
                    request: Request) -> Response:
        if endpoint.query is not None:
            ctx.query = _validate(endpoint.query, dict(request.query_params), "invalid_query")
        body: BaseModel | None = None
        if endpoint.body is not None:
            body = _validate(endpoint.body, await _json_body(request), "invalid_body")
        result = await endpoint.handler(ctx, body, **params)
        return _render(endpoint, result)

    async def _audit(self, endpoint: Endpoint, operator: Operator, params: dict[str, str],
                     request_id: str, outcome: Outcome, reason: str | None,
                     ctx: AdminContext | None = None, details: dict[str, Any] | None = None,
                     ) -> None:
        extra = dict(ctx.audit_details) if ctx is not None else {}
        extra.update(details or {})
        if operator.session_id is not None:
            extra.setdefault("session", operator.session_id)
        actor = ctx.audit_actor if ctx and ctx.audit_actor else operator.account_id
        subject_key = (ctx.audit_subject_key if ctx and ctx.audit_subject_key
                       else operator.subject_key)
        event = AuditEvent(
            actor=actor, subject_key=subject_key,
            # The operator's username, sealed under their own key by the audit log.
            actor_display=(operator.username if actor == operator.account_id
                           and subject_key == operator.subject_key else None),
            action=endpoint.action,
            target=(ctx.audit_target if ctx and ctx.audit_target else target_of(params)),
            outcome=outcome, reason=reason, request_id=request_id, details=extra,
        )
        await self.services.audit.record(event)


def _check(endpoint: Endpoint) -> None:
    if endpoint.method not in METHODS:
        raise ValueError(f"admin endpoint {endpoint.action}: unknown method")
    if not endpoint.path.startswith("/admin/"):
        raise ValueError(f"admin endpoint {endpoint.action}: paths start with /admin/")
    if endpoint.permission != roles.PUBLIC and not roles.is_permission(endpoint.permission):
        raise ValueError(f"admin endpoint {endpoint.action}: unknown permission "
                         f"{endpoint.permission!r} (add it to charter.admin.roles)")
    if endpoint.permission == roles.PUBLIC and endpoint.method == "GET":
        raise ValueError(f"admin endpoint {endpoint.action}: only the login may be public")


def _request_id(request: Request) -> str:
    given = request.headers.get("x-request-id", "")
    return given if _REQUEST_ID.match(given) else "adm_" + secrets.token_hex(8)


async def _json_body(request: Request) -> Any:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise AdminError(400, "invalid_json", "Malformed JSON",
                         "The request body is not a JSON document.") from None


def _too_large() -> AdminError:
    return AdminError(413, "body_too_large", "Request body too large",
                      f"Admin request bodies are limited to {MAX_BODY_BYTES} bytes.")


def _validate(model: type[M], data: Any, code: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise AdminError(422, code, "Invalid request",
                         "Some fields are missing or invalid; see 'problems'.",
                         problems=field_problems(exc)) from None


def field_problems(exc: ValidationError) -> list[dict[str, str]]:
    """Where and why validation failed — never the offending values."""
    return [
        {"field": ".".join(str(part) for part in error["loc"]) or "(body)",
         "code": error["type"], "message": error["msg"]}
        for error in exc.errors(include_url=False, include_input=False, include_context=False)
    ]


def _render(endpoint: Endpoint, result: Any) -> Response:
    if endpoint.status == 204:
        return Response(status_code=204)
    if endpoint.response is not None and isinstance(result, dict):
        result = endpoint.response.model_validate(result)
    if isinstance(result, BaseModel):
        payload = result.model_dump_json().encode()
    else:
        payload = pydantic_core.to_json(result)
    return Response(payload, status_code=endpoint.status, media_type="application/json")
