"""The admin listener's app: probes, metrics, and the operator API behind the bootstrap token."""

from __future__ import annotations

import asyncio
import base64
import logging
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from charter.admin.app import AdminState, build_admin
from charter.admin.auth import bootstrap_token, check_bearer
from charter.admin.reload import ReloadOutcome
from charter.demo.upstream import EmbeddedServer
from charter.metrics import MetricsHub, WorkerMetrics
from charter.privacy.inventory import RecordType, records
from charter.privacy.keyring import Keyring

ADMIN_PATHS = [("GET", "/admin/config"), ("POST", "/admin/config/reload"),
               ("GET", "/admin/inventory"), ("GET", "/admin/not-there")]
ACCESS_LOG = RecordType(
    table="access_log", description="One minimised record per gateway request",
    categories=("system.operations", "user.device.ip_address"), purposes=("operations",),
    legal_basis="legitimate_interests", retention="operational", subject_column="subject_key",
    subjects=("customer",), erasure="delete", time_column="ts",
)


@dataclass
class Supervisor:
    """Stands in for the supervisor's side of AdminState, with the real keyring and hub."""

    keyring: Keyring = field(default_factory=Keyring.generate)
    metrics: MetricsHub = field(default_factory=MetricsHub)
    is_ready: bool = True
    outcome: ReloadOutcome = field(default_factory=lambda: ReloadOutcome(ok=True, version=4,
                                                                         changed=True))
    reloads: int = 0
    broken: bool = False

    def config_info(self) -> dict[str, Any]:
        if self.broken:
            raise RuntimeError("cannot read /etc/charter/secret-internal-path")
        return {"version": 3, "sha256": "ab" * 32, "routes": ["orders", "echo"]}

    async def reload(self) -> ReloadOutcome:
        self.reloads += 1
        return self.outcome

    def state(self) -> AdminState:
        return AdminState(
            keyring=self.keyring, metrics=self.metrics, ready=lambda: self.is_ready,
            config_info=self.config_info, reload=self.reload,
            extra_gauges=lambda: {"config_version": 3.0}, inventory=lambda: [ACCESS_LOG],
        )


@pytest.fixture
def supervisor() -> Supervisor:
    return Supervisor()


class Client:
    """Calls the app in process through httpx's ASGI transport, one event loop per call.

    (Starlette's TestClient is not used: with this httpx it warns, and warnings fail tests.)
    """

    def __init__(self, app: Starlette) -> None:
        self.app = app

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://admin") as http:
                return await http.request(method, path, **kwargs)

        return asyncio.run(call())

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)


@pytest.fixture
def client(supervisor: Supervisor) -> Client:
    return Client(build_admin(supervisor.state()))


def auth(supervisor: Supervisor) -> dict[str, str]:
    return {"Authorization": f"Bearer {bootstrap_token(supervisor.keyring)}"}


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["type"] == f"urn:charter:problem:{code}"
    assert body["status"] == status
    assert body["code"] == code
    assert body["title"]
    return body


def test_health_and_readiness(client: Client, supervisor: Supervisor) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert (ready.status_code, ready.json()) == (200, {"status": "ready"})
    supervisor.is_ready = False
    starting = client.get("/readyz")
    assert (starting.status_code, starting.json()) == (503, {"status": "starting"})


@pytest.mark.clause("USE-4")
def test_metrics_in_prometheus_text(client: Client, supervisor: Supervisor) -> None:
    worker = WorkerMetrics()
    worker.observe("orders", 200, 0.02)
    supervisor.metrics.update("0:1", worker.snapshot())
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    assert 'charter_requests_total{route="orders",status_class="2xx"} 1\n' in response.text
    assert "charter_config_version 3\n" in response.text
    assert "charter_workers 1\n" in response.text


@pytest.mark.clause("SEC-5")
@pytest.mark.clause("SCOPE-2")
@pytest.mark.parametrize(("method", "path"), ADMIN_PATHS)
def test_admin_routes_need_the_operator_token(
    client: Client, supervisor: Supervisor, method: str, path: str
) -> None:
    response = client.request(method, path)
    body = assert_problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == 'Bearer realm="charter-admin"'
    assert "detail" in body
    assert supervisor.reloads == 0


@pytest.mark.clause("SEC-5")
@pytest.mark.clause("DATA-3")
def test_a_wrong_credential_is_refused_and_never_echoed(
    client: Client, supervisor: Supervisor, caplog: pytest.LogCaptureFixture
) -> None:
    other_token = bootstrap_token(Keyring.generate())
    right = bootstrap_token(supervisor.keyring)
    for header in (f"Bearer {other_token}", f"Basic {right}", "Bearer", f"Bearer {right}x",
                   f"Token {right}", "Bearer \u00e9t\u00e9-not-ascii".encode("latin-1")):
        with caplog.at_level(logging.DEBUG):
            response = client.get("/admin/config", headers={"Authorization": header})
        assert_problem(response, 401, "unauthorized")
        assert other_token not in response.text and right not in response.text
        assert all(other_token not in value and right not in value
                   for value in response.headers.values())
    assert other_token not in caplog.text and right not in caplog.text
    assert "without valid operator credentials" in caplog.text


def test_config_and_inventory(client: Client, supervisor: Supervisor) -> None:
    config = client.get("/admin/config", headers=auth(supervisor))
    assert config.status_code == 200
    assert config.json() == {"version": 3, "sha256": "ab" * 32, "routes": ["orders", "echo"]}
    inventory = client.get("/admin/inventory", headers=auth(supervisor))
    assert inventory.status_code == 200
    (record,) = inventory.json()["records"]
    assert record["table"] == "access_log"
    assert record["categories"] == ["system.operations", "user.device.ip_address"]
    assert record["retention"] == "operational"
    assert record["holds_personal_data"] is True


def test_the_inventory_defaults_to_the_registered_records(supervisor: Supervisor) -> None:
    state = AdminState(keyring=supervisor.keyring, metrics=supervisor.metrics,
                       ready=lambda: True, config_info=supervisor.config_info,
                       reload=supervisor.reload)
    response = Client(build_admin(state)).get("/admin/inventory", headers=auth(supervisor))
    assert [r["table"] for r in response.json()["records"]] == [r.table for r in records()]


def test_reload_reports_the_new_version(client: Client, supervisor: Supervisor) -> None:
    response = client.post("/admin/config/reload", headers=auth(supervisor))
    assert (response.status_code, response.json()) == (200, {"version": 4, "changed": True})
    assert supervisor.reloads == 1


def test_a_refused_reload_is_a_422_with_the_problems(
    client: Client, supervisor: Supervisor
) -> None:
    supervisor.outcome = ReloadOutcome(ok=False, version=3, problems=[
        "routes.0.upstream: unknown upstream 'nowhere'"])
    response = client.post("/admin/config/reload", headers=auth(supervisor))
    body = assert_problem(response, 422, "config_invalid")
    assert body["problems"] == ["routes.0.upstream: unknown upstream 'nowhere'"]
    assert "previous one keeps serving" in body["detail"]


def test_unknown_paths_and_methods_are_problems(client: Client, supervisor: Supervisor) -> None:
    assert_problem(client.get("/nope"), 404, "not_found")
    assert_problem(client.get("/admin/nope", headers=auth(supervisor)), 404, "not_found")
    not_allowed = client.post("/healthz")
    assert_problem(not_allowed, 405, "method_not_allowed")
    assert "GET" in not_allowed.headers["allow"]


def test_an_unhandled_error_is_a_bare_500_and_is_logged(
    client: Client, supervisor: Supervisor, caplog: pytest.LogCaptureFixture
) -> None:
    supervisor.broken = True
    with caplog.at_level(logging.ERROR, logger="charter.admin.app"):
        response = client.get("/admin/config", headers=auth(supervisor))
    body = assert_problem(response, 500, "internal_error")
    assert "secret-internal-path" not in response.text
    assert "RuntimeError" not in response.text
    assert set(body) == {"type", "title", "status", "code", "detail"}
    (record,) = [r for r in caplog.records if r.name == "charter.admin.app"]
    assert record.exc_info is not None


@pytest.mark.clause("SEC-5")
def test_the_bootstrap_token_is_derived_from_the_keyring() -> None:
    keyring = Keyring.generate()
    token = bootstrap_token(keyring)
    assert token.startswith("cha_") and "=" not in token
    assert base64.urlsafe_b64decode(token[4:] + "=") == keyring.derive("admin-bootstrap")
    assert check_bearer(f"Bearer {token}", keyring)
    assert check_bearer(f"bearer   {token} ", keyring)
    assert not check_bearer(None, keyring)
    assert not check_bearer(token, keyring)
    assert bootstrap_token(Keyring.generate()) != token


def test_tokens_survive_rotation_until_the_old_key_is_retired() -> None:
    keyring = Keyring.generate()
    old_kid, old = keyring.active_kid, bootstrap_token(keyring)
    keyring.rotate()
    new = bootstrap_token(keyring)
    assert new != old
    assert check_bearer(f"Bearer {new}", keyring) and check_bearer(f"Bearer {old}", keyring)
    keyring.retire(old_kid)
    assert check_bearer(f"Bearer {new}", keyring) and not check_bearer(f"Bearer {old}", keyring)


@pytest.mark.clause("SCOPE-2")
@pytest.mark.clause("SEC-5")
def test_served_on_its_own_listener_over_a_real_socket(supervisor: Supervisor) -> None:
    async def scenario() -> None:
        server = EmbeddedServer(build_admin(supervisor.state()))
        port = await server.start()
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
                assert (await http.get("/healthz")).json() == {"status": "ok"}
                refused = await http.get("/admin/config")
                assert refused.status_code == 401
                assert refused.headers["www-authenticate"] == 'Bearer realm="charter-admin"'
                allowed = await http.get("/admin/config", headers=auth(supervisor))
                assert allowed.json()["version"] == 3
                reloaded = await http.post("/admin/config/reload", headers=auth(supervisor))
                assert reloaded.json() == {"version": 4, "changed": True}
                # The admin listener serves the control plane only, never gateway routes.
                assert (await http.get("/api/orders")).status_code == 404
                metrics = await http.get("/metrics")
                assert metrics.headers["content-type"].startswith("text/plain; version=0.0.4")
        finally:
            await server.stop()

    asyncio.run(scenario())
