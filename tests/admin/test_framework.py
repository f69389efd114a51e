"""The admin framework: validation, problems, request ids, building, a real socket."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.routing import Mount

from charter.admin.api import AdminContext, AdminError, Endpoint
from charter.admin.dispatch import MAX_BODY_BYTES, AdminRouter
from charter.demo.upstream import EmbeddedServer
from tests.admin.conftest import Admin

SECRET_VALUE = "hunter2-do-not-echo"


class Thing(BaseModel):
    name: str
    size: int


class Shown(BaseModel):
    id: str


async def make_thing(ctx: AdminContext, body: Thing) -> dict[str, Any]:
    if body.name == "taken":
        raise AdminError(409, "conflict", "Conflict", "That name is taken.")
    ctx.annotate(size=body.size)
    return {"id": "thing_1", "password_hash": "$argon2id$..."}


def app_with(admin: Admin, *endpoints: Endpoint) -> Starlette:
    return Starlette(routes=[Mount("/admin", app=AdminRouter(list(endpoints),
                                                             admin.services))])


def call(app: Starlette, method: str, path: str, **kwargs: Any) -> httpx.Response:
    async def run() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://admin") as http:
            return await http.request(method, path, **kwargs)

    return asyncio.run(run())


def test_bodies_are_validated_without_echoing_values(admin: Admin) -> None:
    token = admin.login(admin.enrol("owner"))
    response = admin.request("POST", "/admin/operators", token, json={
        "username": SECRET_VALUE * 20, "role": SECRET_VALUE, "email": 5, "extra": SECRET_VALUE})
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid_body"
    assert {p["field"] for p in body["problems"]} == {"username", "role", "email", "extra"}
    assert all(set(p) == {"field", "code", "message"} for p in body["problems"])
    assert SECRET_VALUE not in response.text


def test_malformed_and_oversized_bodies(admin: Admin) -> None:
    token = admin.bootstrap
    broken = admin.request("POST", "/admin/operators", token, content=b"{not json",
                           headers={"content-type": "application/json"})
    assert broken.status_code == 400 and broken.json()["code"] == "invalid_json"
    big = admin.request("POST", "/admin/operators", token,
                        content=b"[" + b"1," * MAX_BODY_BYTES + b"1]")
    assert big.status_code == 413 and big.json()["code"] == "body_too_large"


def test_unknown_paths_and_methods(admin: Admin) -> None:
    assert admin.request("GET", "/admin/nothing-here").status_code == 401
    missing = admin.request("GET", "/admin/nothing-here", admin.bootstrap)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    wrong = admin.request("PUT", "/admin/operators", admin.bootstrap)
    assert wrong.status_code == 405 and wrong.headers["allow"] == "GET, POST"


def test_request_ids_are_kept_when_sane_and_made_otherwise(admin: Admin) -> None:
    given = admin.request("GET", "/admin/me", admin.bootstrap, headers={"x-request-id": "abc-1"})
    assert given.headers["x-request-id"] == "abc-1"
    for bad in ("", "has space", "x" * 65):
        made = admin.request("GET", "/admin/me", admin.bootstrap, headers={"x-request-id": bad})
        assert made.headers["x-request-id"].startswith("adm_")
    problem = admin.request("GET", "/admin/operators/acc_nope0000000000000", admin.bootstrap,
                            headers={"x-request-id": "abc-2"})
    assert problem.json()["request_id"] == "abc-2"


def test_responses_keep_only_the_declared_fields_and_changes_are_annotated(
        admin: Admin) -> None:
    endpoint = Endpoint("POST", "/admin/things", make_thing, "orgs.write", "Make a thing",
                        body=Thing, response=Shown, status=201)
    app = app_with(admin, endpoint)
    auth = {"authorization": f"Bearer {admin.bootstrap}", "x-request-id": "t-1"}
    made = call(app, "POST", "/admin/things", json={"name": "a", "size": 3}, headers=auth)
    assert (made.status_code, made.json()) == (201, {"id": "thing_1"})
    (record,) = admin.events_for("t-1")
    assert (record.event.action, record.event.details) == ("POST /admin/things", {"size": 3})
    auth["x-request-id"] = "t-2"
    taken = call(app, "POST", "/admin/things", json={"name": "taken", "size": 1}, headers=auth)
    assert taken.status_code == 409 and taken.json()["detail"] == "That name is taken."
    (failed,) = admin.events_for("t-2")
    assert (failed.event.outcome, failed.event.reason) == ("failure", "conflict")


@pytest.mark.parametrize(("endpoint", "message"), [
    (Endpoint("GET", "/admin/x", make_thing, "things.read", "x"), "unknown permission"),
    (Endpoint("GET", "/other/x", make_thing, "config.read", "x"), "start with /admin/"),
    (Endpoint("FETCH", "/admin/x", make_thing, "config.read", "x"), "unknown method"),
    (Endpoint("GET", "/admin/x", make_thing, "public", "x"), "only the login"),
])
def test_an_endpoint_outside_the_matrix_cannot_be_mounted(
        admin: Admin, endpoint: Endpoint, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        AdminRouter([endpoint], admin.services)


def test_an_endpoint_cannot_be_defined_twice(admin: Admin) -> None:
    endpoint = Endpoint("GET", "/admin/x", make_thing, "config.read", "x")
    with pytest.raises(ValueError, match="twice"):
        AdminRouter([endpoint, endpoint], admin.services)


@pytest.mark.clause("SEC-5")
@pytest.mark.clause("SCOPE-2")
def test_login_and_calls_over_a_real_socket(admin: Admin) -> None:
    operator = admin.enrol("support")
    body = {"username": operator.username, "password": operator.password,
            "totp": admin.code(operator)}

    async def scenario() -> None:
        server = EmbeddedServer(admin.app)
        port = await server.start()
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
                assert (await http.get("/admin/me")).status_code == 401
                login = await http.post("/admin/login", json=body)
                assert login.status_code == 200
                auth = {"authorization": f"Bearer {login.json()['token']}"}
                me = await http.get("/admin/me", headers=auth)
                assert me.json()["role"] == "support"
                refused = await http.post("/admin/config/reload", headers=auth)
                assert refused.status_code == 403
                assert (await http.post("/admin/logout", headers=auth)).status_code == 204
                assert (await http.get("/admin/me", headers=auth)).status_code == 401
        finally:
            await server.stop()

    asyncio.run(scenario())
    assert admin.reloads == 0
    actions = [(e.event.action, e.event.outcome) for e in admin.events()]
    assert actions == [("POST /admin/login", "success"),
                       ("POST /admin/config/reload", "denied"),
                       ("POST /admin/logout", "success")]
