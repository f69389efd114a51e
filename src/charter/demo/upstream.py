"""A real HTTP upstream for the demo and the tests, with fictional data.

`DemoUpstream` serves a small Starlette app on uvicorn inside the caller's running event loop,
on 127.0.0.1 and a free port. Run it on its own with `python -m charter.demo.upstream --port P`.

Endpoints: `/orders` (list, create), `/orders/{id}`, `/patients/{id}` (a fictional health
record, with a diagnosis: special-category data for the privacy guard to catch), `/echo`
(what arrived: method, path, query, headers, body), `/slow?ms=N`, `/status/{code}`,
`/stream?chunks=N&size=S` (chunked), `/health`, `/recommendations` (invented suggestions for
the person the gateway names in `x-charter-subject`), `/privacy/rights`: Charter's signed rights
webhook (see `charter.rights.execute.webhooks`), answered for the demo's orders when a shared
secret is given (`CHARTER_DEMO_RIGHTS_SECRET` when run on its own), and `/people/token`: a
person's token from the demo's sign-in service (`charter.demo.people`), when it has one
(`--people-key` when run on its own).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import itertools
import json
import os
import signal
import socket
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from charter.demo.people import TOKEN_PATH, TOKEN_SECONDS, DemoIssuer
from charter.rights.execute.webhooks import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    ReplayGuard,
    verify,
)

_MAX_SLEEP_MS = 60_000
_MAX_CHUNKS = 10_000
_MAX_CHUNK_SIZE = 1024 * 1024

# Everything below is invented. The addresses use example.com (reserved for documentation).
_ORDERS: tuple[dict[str, Any], ...] = (
    {"id": "ord_1001", "customer": {"name": "Ada Example", "email": "ada@example.com"},
     "items": [{"sku": "BK-042", "title": "Field guide to ferns", "quantity": 1}],
     "total": "24.90", "currency": "EUR", "status": "shipped"},
    {"id": "ord_1002", "customer": {"name": "Bo Sample", "email": "bo.sample@example.com"},
     "items": [{"sku": "MG-007", "title": "Enamel mug", "quantity": 2}],
     "total": "18.00", "currency": "EUR", "status": "processing"},
    {"id": "ord_1003", "customer": {"name": "Cy Placeholder", "email": "cy@example.com"},
     "items": [{"sku": "TS-113", "title": "Tea sampler", "quantity": 1},
               {"sku": "MG-007", "title": "Enamel mug", "quantity": 1}],
     "total": "31.50", "currency": "EUR", "status": "delivered"},
)
_PATIENTS: dict[str, dict[str, Any]] = {
    "pat_001": {"id": "pat_001", "name": "Dana Fictional", "date_of_birth": "1984-03-12",
                "diagnosis": "Type 2 diabetes mellitus", "icd10": "E11.9",
                "clinician": "Dr. Eli Madeup"},
    "pat_002": {"id": "pat_002", "name": "Eve Invented", "date_of_birth": "1991-11-30",
                "diagnosis": "Seasonal allergic rhinitis", "icd10": "J30.2",
                "clinician": "Dr. Eli Madeup"},
}


_RECOMMENDATIONS: tuple[dict[str, str], ...] = (
    {"sku": "BK-051", "title": "Mosses of the northern woods"},
    {"sku": "TS-120", "title": "Winter tea sampler"},
)


def _not_found(what: str) -> Response:
    return JSONResponse({"error": "not_found", "detail": f"no such {what}"}, status_code=404)


def _bad_request(detail: str) -> Response:
    return JSONResponse({"error": "bad_request", "detail": detail}, status_code=400)


def _int_param(request: Request, name: str, default: int, upper: int) -> int | None:
    """A query parameter as an int within 0..upper, or None when it is not one."""
    try:
        value = int(request.query_params.get(name, default))
    except ValueError:
        return None
    return value if 0 <= value <= upper else None


def build_demo_app(rights_secret: str | None = None,
                   people: DemoIssuer | None = None) -> Starlette:
    """The demo upstream app. Created orders live in this app instance only. Without
    `rights_secret`, `/privacy/rights` answers 503; without `people`, `/people/token` does."""
    orders: dict[str, dict[str, Any]] = {o["id"]: json.loads(json.dumps(o)) for o in _ORDERS}
    # Who placed an order through the gateway (the pseudonymous x-charter-subject), by id.
    owners: dict[str, str] = {}
    numbers = itertools.count(2001)
    rights = _RightsDesk(orders, owners, rights_secret)

    async def list_orders(request: Request) -> Response:
        return JSONResponse({"orders": list(orders.values())})

    async def get_order(request: Request) -> Response:
        order = orders.get(request.path_params["order_id"])
        return JSONResponse(order) if order is not None else _not_found("order")

    async def create_order(request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _bad_request("the body must be a JSON object")
        if not isinstance(body, dict):
            return _bad_request("the body must be a JSON object")
        order = {**body, "id": f"ord_{next(numbers)}", "status": "received"}
        orders[order["id"]] = order
        subject = request.headers.get("x-charter-subject")
        if subject:
            owners[order["id"]] = subject
        return JSONResponse(order, status_code=201, headers={"Location": f"/orders/{order['id']}"})

    async def tenant_orders(request: Request) -> Response:
        # Invented per-tenant data: the organization id is echoed so a caller sees whose
        # orders these are.
        org = request.path_params["org_id"]
        return JSONResponse({"organization": org, "orders": [
            {"id": f"{org}-ord-1", "total": "12.00", "currency": "EUR", "status": "shipped"},
        ]})

    async def get_patient(request: Request) -> Response:
        patient = _PATIENTS.get(request.path_params["patient_id"])
        return JSONResponse(patient) if patient is not None else _not_found("patient")

    async def echo(request: Request) -> Response:
        body = await request.body()
        headers: dict[str, str] = {}
        for name, value in request.headers.items():
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        doc: dict[str, Any] = {
            "method": request.method,
            "path": request.url.path,
            "raw_path": request.scope.get("raw_path", b"").decode("latin-1"),
            "query": request.url.query,
            "http_version": request.scope.get("http_version"),
            "headers": headers,
            "header_list": [[name, value] for name, value in request.headers.items()],
            "body_bytes": len(body),
        }
        try:
            doc["body"] = body.decode("utf-8")
        except UnicodeDecodeError:
            doc["body_base64"] = base64.b64encode(body).decode("ascii")
        return JSONResponse(doc)

    async def slow(request: Request) -> Response:
        ms = _int_param(request, "ms", 100, _MAX_SLEEP_MS)
        if ms is None:
            return _bad_request(f"ms must be an integer from 0 to {_MAX_SLEEP_MS}")
        await asyncio.sleep(ms / 1000)
        return JSONResponse({"slept_ms": ms})

    async def status(request: Request) -> Response:
        try:
            code = int(request.path_params["code"])
        except ValueError:
            code = 0
        if not 200 <= code <= 599:
            return _bad_request("code must be an HTTP status from 200 to 599")
        if code in {204, 304}:
            return Response(status_code=code)  # these statuses carry no body
        return JSONResponse({"status": code}, status_code=code)

    async def stream(request: Request) -> Response:
        chunks = _int_param(request, "chunks", 10, _MAX_CHUNKS)
        size = _int_param(request, "size", 1024, _MAX_CHUNK_SIZE)
        if chunks is None or size is None:
            return _bad_request(f"chunks must be 0..{_MAX_CHUNKS}, size 0..{_MAX_CHUNK_SIZE}")

        async def body() -> AsyncIterator[bytes]:
            for i in range(chunks):
                # Each chunk is recognisable (its index, then filler) so that tests can check
                # order and completeness of what came through.
                yield (f"{i:08d}".encode() + b"." * size)[:size]
                await asyncio.sleep(0)  # one chunk per loop turn, as a real producer would

        return StreamingResponse(body(), media_type="application/octet-stream")

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def recommendations(request: Request) -> Response:
        # The pseudonymous key the gateway sends, never who the person is.
        return JSONResponse({"for": request.headers.get("x-charter-subject"),
                             "recommendations": list(_RECOMMENDATIONS)})

    async def person_token(request: Request) -> Response:
        if people is None:
            return JSONResponse({"error": "not_configured"}, status_code=503)
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        names = form.get("person", [])
        try:
            token = people.mint(names[0] if len(names) == 1 else "")
        except ValueError as exc:
            return _bad_request(str(exc))
        return JSONResponse({"access_token": token, "token_type": "Bearer",
                             "expires_in": TOKEN_SECONDS}, headers={"cache-control": "no-store"})

    return Starlette(routes=[
        Route("/orders", list_orders, methods=["GET"]),
        Route("/orders", create_order, methods=["POST"]),
        Route("/orders/{order_id}", get_order, methods=["GET"]),
        Route("/orgs/{org_id}/orders", tenant_orders, methods=["GET"]),
        Route("/patients/{patient_id}", get_patient, methods=["GET"]),
        Route("/echo", echo, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
        Route("/slow", slow, methods=["GET"]),
        Route("/status/{code}", status, methods=["GET", "POST"]),
        Route("/stream", stream, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/recommendations", recommendations, methods=["GET"]),
        Route("/privacy/rights", rights.handle, methods=["POST"]),
        Route(TOKEN_PATH, person_token, methods=["POST"]),
    ])


class _RightsDesk:
    """The receiving side of Charter's rights webhooks, for the demo's invented orders: the
    signature and timestamp are checked, a replayed signature is refused (409), and an
    idempotency key (a request id, or a notice's) seen before gets the answer it got the first
    time. A restriction marks the person's orders `processing_restricted` until a
    `restriction_lifted` notice arrives."""

    def __init__(self, orders: dict[str, dict[str, Any]], owners: dict[str, str],
                 secret: str | None) -> None:
        self._orders = orders
        self._owners = owners
        self._secret = secret.encode() if secret else None
        self._replays = ReplayGuard()
        self._answers: dict[str, dict[str, Any]] = {}

    async def handle(self, request: Request) -> Response:
        if self._secret is None:
            return JSONResponse({"error": "not_configured"}, status_code=503)
        body = await request.body()
        sig = request.headers.get(SIGNATURE_HEADER)
        if not verify(self._secret, request.headers.get(TIMESTAMP_HEADER), sig, body):
            return JSONResponse({"error": "invalid_signature"}, status_code=401)
        assert sig is not None
        if not self._replays.first_time(sig):
            return JSONResponse({"error": "replayed"}, status_code=409)
        try:
            doc = json.loads(body)
            request_id = str(request.headers.get(IDEMPOTENCY_HEADER) or doc["request_id"])
            subject = doc["subject"]
        except (ValueError, KeyError, TypeError):
            return _bad_request("not a rights webhook")
        if request_id not in self._answers:
            self._answers[request_id] = self._answer(str(doc.get("type")), subject,
                                                     doc.get("details") or {})
        return JSONResponse(self._answers[request_id])

    def _answer(self, kind: str, subject: dict[str, Any],
                details: dict[str, Any]) -> dict[str, Any]:
        emails = {str(item.get("value", "")).lower() for item in subject.get("identifiers", [])
                  if item.get("kind") == "email"}
        keys = set(subject.get("keys", []))
        mine = [order for order in self._orders.values()
                if str((order.get("customer") or {}).get("email", "")).lower() in emails
                or self._owners.get(order["id"]) in keys]
        status = "completed" if mine else "not_found"
        if kind in {"access", "export"}:
            return {"status": status, "data": {"orders": mine}}
        if kind == "erase":
            for order in mine:
                del self._orders[order["id"]]
                self._owners.pop(order["id"], None)
        elif kind == "rectify":
            fields = details.get("fields") or {}
            for order in mine:
                customer = order.setdefault("customer", {})
                for name in ("email", "name"):
                    if isinstance(fields.get(name), str):
                        customer[name] = fields[name]
        elif kind in {"restrict", "restriction_lifted"}:
            # Kept, but held back from processing while restricted (GDPR Art. 18, 19).
            for order in mine:
                if kind == "restrict":
                    order["processing_restricted"] = True
                else:
                    order.pop("processing_restricted", None)
        return {"status": status, "counts": {"orders": len(mine)}}


class EmbeddedServer:
    """An ASGI app on uvicorn inside an already running event loop.

    It binds its own socket (so the port is known, and a bind error is an ordinary OSError),
    and it leaves signal handling and logging configuration to the host process: uvicorn's
    `serve()` would take over SIGINT/SIGTERM, which belong to whoever runs the loop.
    """

    def __init__(self, app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> None:
        self._config = uvicorn.Config(
            app, host=host, port=port, log_config=None, log_level="warning", access_log=False,
            lifespan="off", ws="none", timeout_graceful_shutdown=5,
        )
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None
        self.port: int | None = None

    async def start(self) -> int:
        """Listen and serve; returns the port. Call once."""
        if self._server is not None:
            raise RuntimeError("already started")
        config = self._config
        family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((config.host, config.port))
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        config.load()
        server = self._server = uvicorn.Server(config)
        server.lifespan = config.lifespan_class(config)
        try:
            await server.startup(sockets=[sock])
        except BaseException:
            sock.close()
            self._server = None
            raise
        self._task = asyncio.create_task(self._run([sock]))
        return self.port

    async def _run(self, sockets: list[socket.socket]) -> None:
        assert self._server is not None
        await self._server.main_loop()
        await self._server.shutdown(sockets=sockets)

    async def stop(self) -> None:
        """Stop accepting, let in-flight requests finish (up to 5 s), close. Safe to repeat."""
        if self._server is None or self._task is None:
            return
        self._server.should_exit = True
        await self._task


class DemoUpstream(EmbeddedServer):
    """The demo upstream on 127.0.0.1 (a free port unless `port` is given)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0,
                 rights_secret: str | None = None, people: DemoIssuer | None = None) -> None:
        super().__init__(build_demo_app(rights_secret, people), host=host, port=port)


async def _serve_until_signalled(host: str, port: int, people_key: str | None) -> None:
    people = DemoIssuer.load(Path(people_key)) if people_key else None
    upstream = DemoUpstream(host=host, port=port,
                            rights_secret=os.environ.get("CHARTER_DEMO_RIGHTS_SECRET") or None,
                            people=people)
    bound = await upstream.start()
    print(f"demo upstream listening on http://{host}:{bound}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on every platform
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await upstream.stop()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m charter.demo.upstream",
                                     description="Run Charter's demo upstream.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--people-key", metavar="FILE",
                        help="the demo sign-in service's key (var/demo/people-issuer.pem):"
                             " serve people's tokens at /people/token")
    args = parser.parse_args(argv)
    asyncio.run(_serve_until_signalled(args.host, args.port, args.people_key))


if __name__ == "__main__":
    main()
