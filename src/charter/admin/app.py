"""The admin listener's ASGI app: health, readiness, metrics, and the operator API.

Runs in the supervisor, on its own listener (loopback by default), apart from the gateway's
data plane (clause SCOPE-2). Everything under `/admin/` sits behind the operator credential
(clause SEC-5); the probes and `/metrics` do not, and carry no personal data.

Every error is an RFC 9457 problem document shaped like the gateway's own
(`charter.dataplane.reply.problem`): a stable `code`, a title, never internals or credentials.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from charter.admin.auth import REALM, check_bearer
from charter.admin.reload import ReloadOutcome
from charter.dataplane.reply import problem
from charter.metrics import MetricsHub
from charter.privacy.inventory import RecordType, records
from charter.privacy.keyring import Keyring

logger = logging.getLogger(__name__)

PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"

__all__ = ["AdminState", "ReloadOutcome", "build_admin"]


def _no_gauges() -> dict[str, float]:
    return {}


@dataclass(frozen=True)
class AdminState:
    """What the admin app reads and calls; the supervisor owns all of it.

    `config_info` returns a JSON-serialisable summary of the configuration being served
    (version, sha256, route ids). `reload` re-reads the configuration file; when it refuses
    the new file the old configuration keeps serving, and the outcome says why.
    """

    keyring: Keyring
    metrics: MetricsHub
    ready: Callable[[], bool]
    config_info: Callable[[], dict[str, Any]]
    reload: Callable[[], Awaitable[ReloadOutcome]]
    extra_gauges: Callable[[], dict[str, float]] = _no_gauges
    inventory: Callable[[], Iterable[RecordType]] = records


def problem_response(
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    problems: list[str] | None = None,
) -> Response:
    """An `application/problem+json` response; `detail` must hold no secrets or internals."""
    reply = (problem(status, code, title, detail) if problems is None
             else problem(status, code, title, detail, problems=problems))
    return Response(reply.body, status_code=status, headers=headers,
                    media_type="application/problem+json")


def build_admin(state: AdminState) -> Starlette:
    """The admin app over `state`. Serve it on the admin listener only."""

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        if state.ready():
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "starting"}, status_code=503)

    async def metrics(request: Request) -> Response:
        return Response(state.metrics.render(state.extra_gauges()), media_type=PROMETHEUS_TEXT)

    async def config(request: Request) -> Response:
        return JSONResponse(state.config_info())

    async def reload(request: Request) -> Response:
        outcome = await state.reload()
        if outcome.ok:
            logger.info("admin: configuration reloaded",
                        extra={"version": outcome.version, "changed": outcome.changed})
            return JSONResponse({"version": outcome.version, "changed": outcome.changed})
        logger.warning("admin: configuration reload refused",
                       extra={"problem_count": len(outcome.problems)})
        return problem_response(
            422, "config_invalid", "Configuration refused",
            "The new configuration was not applied; the previous one keeps serving.",
            problems=list(outcome.problems),
        )

    async def inventory_records(request: Request) -> Response:
        return JSONResponse({"records": [_record_json(r) for r in state.inventory()]})

    operator_api = [
        Route("/config", config, methods=["GET"]),
        Route("/config/reload", reload, methods=["POST"]),
        Route("/inventory", inventory_records, methods=["GET"]),
    ]
    return Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
            # The credential check wraps the whole mount, unknown paths included, so a route
            # added here cannot be left unguarded and probing does not reveal what exists.
            Mount("/admin", routes=operator_api,
                  middleware=[Middleware(RequireOperator, keyring=state.keyring)]),
        ],
        middleware=[Middleware(CatchAll)],
        exception_handlers={HTTPException: _http_error},
    )


def _record_json(record: RecordType) -> dict[str, Any]:
    doc = dataclasses.asdict(record)
    doc["holds_personal_data"] = record.holds_personal_data
    return doc


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    try:
        phrase = HTTPStatus(exc.status_code).phrase
    except ValueError:
        phrase = "HTTP error"
    code = phrase.lower().replace(" ", "_").replace("-", "_")
    return problem_response(exc.status_code, code, phrase, headers=exc.headers)


class RequireOperator:
    """Lets a request through only with the operator's bearer token; 401 otherwise.

    The presented credential is never echoed or logged.
    """

    def __init__(self, app: ASGIApp, keyring: Keyring) -> None:
        self.app = app
        self.keyring = keyring

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not check_bearer(
                Headers(scope=scope).get("authorization"), self.keyring):
            logger.warning("admin: request without valid operator credentials",
                           extra={"method": scope["method"], "path": scope["path"]})
            response = problem_response(
                401, "unauthorized", "Authentication required",
                "Send the admin token as 'Authorization: Bearer <token>'.",
                headers={"WWW-Authenticate": f'Bearer realm="{REALM}"'},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


class CatchAll:
    """Turns an unhandled exception into a bare 500 problem and logs it with its traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            logger.exception("admin: unhandled error",
                             extra={"method": scope["method"], "path": scope["path"]})
            if started:
                raise  # too late for a clean reply; the server drops the connection
            response = problem_response(500, "internal_error", "Internal error",
                                        "The request failed; the error has been logged.")
            await response(scope, receive, send)
