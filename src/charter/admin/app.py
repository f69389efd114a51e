"""The admin listener's ASGI app: health, readiness, metrics, and the admin API.

Runs in the supervisor, on its own listener (loopback by default), apart from the gateway's
data plane (clause SCOPE-2). Everything under `/admin/` goes through the admin framework
(`charter.admin.dispatch`): operator sessions, the role matrix, audit of every change and
every refusal (clause SEC-5). The probes and `/metrics` need no credential and carry no
personal data.

The API is assembled from slices, each a list of `Endpoint`s (`admin_endpoints`). Every error
is an RFC 9457 problem document shaped like the gateway's own: a stable `code`, a title,
never internals or credentials.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import StaticPool
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from charter.admin import config_api, openapi, operators_api
from charter.admin.api import AdminServices, Endpoint, problem_response
from charter.admin.dispatch import AdminRouter
from charter.admin.operators import OperatorService
from charter.admin.reload import ReloadOutcome
from charter.audit import api as audit_api
from charter.audit.log import AuditLog
from charter.capture import api as capture_api
from charter.consent import api as consent_api
from charter.governance import api as governance_api
from charter.incidents import api as incidents_api
from charter.metrics import MetricsHub
from charter.privacy import minimisation_api
from charter.privacy.inventory import RecordType, records
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer
from charter.retention import api as retention_api
from charter.rights import api as rights_api
from charter.shredding.keys import SubjectKeys
from charter.support import api as support_api

logger = logging.getLogger(__name__)

PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"

__all__ = ["AdminState", "ReloadOutcome", "admin_endpoints", "build_admin", "problem_response"]


def _no_gauges() -> dict[str, float]:
    return {}


@dataclass(frozen=True)
class AdminState:
    """What the admin app reads and calls; the supervisor owns all of it.

    `config_info` returns a JSON-serialisable summary of the configuration being served
    (version, sha256, route ids). `reload` re-reads the configuration file; when it refuses
    the new file the old configuration keeps serving, and the outcome says why. `engine` is
    the store (operator accounts, sessions, the audit log); without one the app runs on a
    throwaway in-memory store, where only the bootstrap token works and nothing is kept.
    """

    keyring: Keyring
    metrics: MetricsHub
    ready: Callable[[], bool]
    config_info: Callable[[], dict[str, Any]]
    reload: Callable[[], Awaitable[ReloadOutcome]]
    extra_gauges: Callable[[], dict[str, float]] = _no_gauges
    inventory: Callable[[], Iterable[RecordType]] = records
    engine: Engine | None = None
    # Operator networks allowed to reach this listener (CIDRs); empty means no restriction
    # beyond the listener's own address (loopback by default).
    allow: tuple[str, ...] = ()


def admin_endpoints() -> list[Endpoint]:
    """Every slice's endpoints, the API description last (it describes all the others)."""
    endpoints = [*config_api.endpoints(), *operators_api.endpoints(), *audit_api.endpoints(),
                 *_identity_endpoints(), *capture_api.endpoints(),
                 *minimisation_api.endpoints(), *retention_api.endpoints(),
                 *rights_api.endpoints(), *consent_api.endpoints(),
                 *governance_api.endpoints(), *support_api.endpoints(),
                 *incidents_api.endpoints()]
    endpoints.append(openapi.endpoint(lambda: endpoints))
    return endpoints


def _identity_endpoints() -> list[Endpoint]:
    try:
        from charter.identity import api as identity_api
    except ModuleNotFoundError as exc:  # that slice is not there yet; any other error is a bug
        if exc.name != "charter.identity.api":
            raise
        return []
    found: list[Endpoint] = identity_api.endpoints()
    return found


def build_services(state: AdminState) -> AdminServices:
    engine = state.engine
    if engine is None:
        logger.warning("admin: no store given; using a throwaway in-memory store (operator "
                       "logins are not possible and audit events are not kept)")
        engine = _memory_store()
    audit = AuditLog(engine, SubjectKeys(engine, state.keyring))
    return AdminServices(
        engine=engine, keyring=state.keyring, audit=audit, config_info=state.config_info,
        reload=state.reload, operators=OperatorService(engine, state.keyring, audit),
        pseudonymizer=Pseudonymizer(state.keyring), inventory=state.inventory)


def build_admin(state: AdminState) -> Starlette:
    """The admin app over `state`. Serve it on the admin listener only.

    The services are at `app.state.services` (tests adjust the operators' clock there).
    """
    services = build_services(state)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        if state.ready():
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "starting"}, status_code=503)

    async def metrics(request: Request) -> Response:
        gauges = dict(state.extra_gauges())
        try:
            gauges.update(await asyncio.to_thread(rights_api.metrics_gauges, services.engine))
        except Exception as exc:  # the store is down: the other metrics still answer
            logger.warning("admin: rights gauges unavailable",
                           extra={"error": type(exc).__name__})
        return Response(state.metrics.render(gauges), media_type=PROMETHEUS_TEXT)

    app = Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
            Mount("/admin", app=AdminRouter(admin_endpoints(), services)),
        ],
        middleware=[Middleware(CatchAll), Middleware(AllowNetworks, networks=state.allow)],
        exception_handlers={HTTPException: _http_error},
    )
    app.state.services = services
    return app


def _memory_store() -> Engine:
    from charter.store.models import metadata

    # One connection shared by every thread, so all of them see the same in-memory database.
    engine = create_engine("sqlite://", poolclass=StaticPool, hide_parameters=True,
                           connect_args={"check_same_thread": False})
    metadata.create_all(engine)
    return engine


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    try:
        phrase = HTTPStatus(exc.status_code).phrase
    except ValueError:
        phrase = "HTTP error"
    code = phrase.lower().replace(" ", "_").replace("-", "_")
    return problem_response(exc.status_code, code, phrase, headers=exc.headers)


class AllowNetworks:
    """Refuses (403) peers outside the configured operator networks, before anything else."""

    def __init__(self, app: ASGIApp, networks: tuple[str, ...]) -> None:
        self.app = app
        self.networks = [ipaddress.ip_network(n, strict=False) for n in networks]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.networks and scope["type"] == "http":
            client = scope.get("client")
            try:
                peer = ipaddress.ip_address(client[0]) if client else None
            except ValueError:
                peer = None
            if peer is None or not any(peer in net for net in self.networks):
                response = problem_response(403, "network_not_allowed",
                                            "This network may not use the admin listener")
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
