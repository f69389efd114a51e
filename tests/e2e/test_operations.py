"""Running Charter: the access log it writes, metrics, reloads, workers, shutdown."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import Charter, CharterFactory, Upstream, demo_routes, wait_until

pytestmark = pytest.mark.e2e

SECRET_TOKEN = "Bearer s3cr3t-t0ken-that-must-never-be-stored-0123456789"
EMAIL = "jane.doe@example.com"


def _access_rows(server: Charter, minimum: int) -> list[tuple[object, ...]]:
    sql = ("select route_id, method, path, status, client_ip, user_agent, bytes_in, bytes_out,"
           " latency_ms, request_id, error from access_log order by id")
    wait_until(lambda: len(server.rows(sql)) >= minimum, what="access log rows")
    return server.rows(sql)


@pytest.mark.clause("DATA-4")
@pytest.mark.clause("SCOPE-6")
def test_access_log_is_minimised(charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url))
    response = httpx.post(
        f"{server.gateway}/api/echo?email={EMAIL}&token=abc123",
        content=b'{"card": "4111 1111 1111 1111"}',
        headers={"authorization": SECRET_TOKEN, "cookie": "session=cookie-secret-value",
                 "user-agent": "charter-test/1.0", "x-api-key": "key-secret-value"},
    )
    assert response.status_code == 200
    httpx.get(f"{server.gateway}/nowhere?x=1")
    rows = _access_rows(server, 2)
    route_id, method, path, status, client_ip, user_agent, bytes_in, bytes_out, latency, rid, \
        error = rows[0]
    assert (route_id, method, status) == ("echo", "POST", 200)
    assert path == "/api/echo?email=[redacted]&token=[redacted]"
    assert client_ip == "127.0.0.0"  # truncated to /24
    assert user_agent == "charter-test/1.0"
    assert bytes_in == len(b'{"card": "4111 1111 1111 1111"}')
    assert bytes_out > 0 and latency > 0
    assert rid == response.headers["x-request-id"]
    assert error is None
    assert rows[1][0] is None and rows[1][3] == 404  # unmatched requests are logged too
    # Nothing secret or personal is anywhere in the database file, in any table.
    stored = b"".join(p.read_bytes() for p in server.db_path.parent.glob("charter.db*"))
    for secret in (b"s3cr3t-t0ken", b"cookie-secret-value", b"key-secret-value",
                   EMAIL.encode(), b"4111 1111", b"abc123"):
        assert secret not in stored, secret


@pytest.mark.clause("DATA-4")
def test_access_log_can_leave_out_the_user_agent(charter: CharterFactory,
                                                 demo_upstream: Upstream) -> None:
    server = charter(f"""\
        upstreams:
          - name: demo
            targets: ["{demo_upstream.url}"]
        routes:
          - id: quiet
            match: {{path_prefix: /}}
            upstream: demo
            stages:
              access_log: {{user_agent: false}}
              authenticate: {{methods: [none], reason: test route}}
        """)
    httpx.get(f"{server.gateway}/orders", headers={"user-agent": "fingerprint/9.9"})
    rows = _access_rows(server, 1)
    assert rows[0][5] == ""


@pytest.mark.clause("USE-4")
@pytest.mark.clause("DATA-5")
def test_metrics_count_by_route_and_status_class_without_personal_data(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url))
    for _ in range(3):
        httpx.get(f"{server.gateway}/api/orders?email={EMAIL}")
    httpx.get(f"{server.gateway}/api/orders/missing-{EMAIL}")
    httpx.get(f"{server.gateway}/unknown/{EMAIL}")

    def counted() -> bool:
        text = httpx.get(f"{server.admin}/metrics").text
        return 'charter_requests_total{route="orders",status_class="2xx"} 3' in text

    wait_until(counted, what="request counts in the metrics")
    text = httpx.get(f"{server.admin}/metrics").text
    assert 'charter_requests_total{route="orders",status_class="4xx"} 1' in text
    assert 'charter_requests_total{route="-",status_class="4xx"} 1' in text
    assert 'charter_request_duration_seconds_bucket{route="orders",le="+Inf"} 4' in text
    assert "charter_workers 1" in text
    assert EMAIL not in text and "127.0.0.1" not in text and "missing" not in text


@pytest.mark.clause("USE-4")
def test_health_and_readiness_on_both_listeners(charter: CharterFactory,
                                                demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url))
    for base in (server.gateway, server.admin):
        assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
        assert httpx.get(f"{base}/readyz").status_code == 200


def _add_route(server: Charter, upstream: Upstream) -> None:
    server.write_config(demo_routes(upstream.url) + """\
  - id: health
    match: {path_prefix: /api/health}
    upstream: demo
    stages:
      authenticate: {methods: [none], reason: test route}
    strip_prefix: /api
""")


def test_reload_through_the_admin_api(charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url))
    assert httpx.get(f"{server.gateway}/api/health").status_code == 404
    _add_route(server, demo_upstream)
    response = httpx.post(f"{server.admin}/admin/config/reload", headers=server.admin_headers)
    assert response.status_code == 200
    assert response.json() == {"version": 2, "changed": True}
    wait_until(lambda: httpx.get(f"{server.gateway}/api/health").status_code == 200,
               what="the new route")
    # The same file again changes nothing.
    again = httpx.post(f"{server.admin}/admin/config/reload", headers=server.admin_headers)
    assert again.json() == {"version": 2, "changed": False}


def test_reload_needs_the_operator_credential(charter: CharterFactory,
                                              demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url))
    response = httpx.post(f"{server.admin}/admin/config/reload",
                          headers={"authorization": "Bearer wrong"})
    assert response.status_code == 401
    assert "wrong" not in response.text


def test_bad_config_is_refused_and_the_old_one_keeps_serving(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url))
    good = server.config_path.read_text()
    server.config_path.write_text(good.replace("upstream: demo", "upstream: missing", 1))
    response = httpx.post(f"{server.admin}/admin/config/reload", headers=server.admin_headers)
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "config_invalid"
    assert any("unknown upstream" in line and "charter.yaml:" in line
               for line in problem["problems"])
    assert httpx.get(f"{server.gateway}/api/orders").status_code == 200
    info = httpx.get(f"{server.admin}/admin/config", headers=server.admin_headers).json()
    assert info["version"] == 1


def test_sighup_reloads_without_dropping_requests_in_flight(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url).replace("timeouts: {read: 1s}",
                                                            "timeouts: {read: 10s}"))
    results: list[int] = []

    def slow_request() -> None:
        results.append(httpx.get(f"{server.gateway}/api/slow?ms=1500", timeout=20).status_code)

    thread = threading.Thread(target=slow_request)
    thread.start()
    wait_until(lambda: _in_flight(server), what="the slow request to be in flight")
    _add_route(server, demo_upstream)
    server.process.send_signal(signal.SIGHUP)
    wait_until(lambda: httpx.get(f"{server.gateway}/api/health").status_code == 200,
               what="the reloaded route")
    thread.join(30)
    assert results == [200]


def _in_flight(server: Charter) -> bool:
    text = httpx.get(f"{server.admin}/metrics").text
    return "charter_connections_open 1" in text


def test_two_workers_share_the_port(charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url), workers=2)
    with httpx.Client() as client:
        statuses = [client.get(f"{server.gateway}/api/orders").status_code for _ in range(20)]
    statuses += [httpx.get(f"{server.gateway}/api/orders").status_code for _ in range(20)]
    assert statuses == [200] * 40
    wait_until(lambda: "charter_workers 2" in httpx.get(f"{server.admin}/metrics").text,
               what="two workers reporting")


def test_a_worker_that_dies_is_replaced(charter: CharterFactory,
                                        demo_upstream: Upstream) -> None:
    import os

    server = charter(demo_routes(demo_upstream.url))
    before = _worker_pids(server)
    assert len(before) == 1
    os.kill(before[0], signal.SIGKILL)
    wait_until(lambda: len(_worker_pids(server)) == 1 and _worker_pids(server) != before,
               what="a new worker")
    wait_until(lambda: httpx.get(f"{server.gateway}/api/orders").status_code == 200,
               what="the new worker to serve")


def _worker_pids(server: Charter) -> list[int]:
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    pids = [int(p) for p in children.read_text().split()]
    # Gateway workers are spawned interpreters; the resource tracker is not one of them.
    return [pid for pid in pids if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]


def test_sigterm_finishes_requests_in_flight(charter: CharterFactory,
                                             demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url).replace("timeouts: {read: 1s}",
                                                            "timeouts: {read: 10s}"))
    results: list[int] = []

    def slow_request() -> None:
        results.append(httpx.get(f"{server.gateway}/api/slow?ms=1500", timeout=20).status_code)

    thread = threading.Thread(target=slow_request)
    thread.start()
    wait_until(lambda: _in_flight(server), what="the slow request to be in flight")
    assert server.stop(signal.SIGTERM) == 0
    thread.join(30)
    assert results == [200]
    # The access log (on by default) was flushed to the store before the process ended.
    rows = server.rows("select route_id, status from access_log")
    assert ("slow", 200) in rows


def test_a_rotated_keyring_takes_effect_on_reload(charter: CharterFactory,
                                                  demo_upstream: Upstream) -> None:
    from charter.admin.auth import bootstrap_token
    from charter.privacy.keyring import Keyring

    server = charter(demo_routes(demo_upstream.url))
    old_headers = server.admin_headers
    keyring = Keyring.load(server.keyring_path)
    keyring.rotate()
    keyring.save()
    new_headers = {"authorization": f"Bearer {bootstrap_token(keyring)}"}
    assert httpx.get(f"{server.admin}/admin/config", headers=new_headers).status_code == 401
    assert httpx.post(f"{server.admin}/admin/config/reload",
                      headers=old_headers).status_code == 200
    assert httpx.get(f"{server.admin}/admin/config", headers=new_headers).status_code == 200
    assert httpx.get(f"{server.admin}/admin/config", headers=old_headers).status_code == 200
    assert httpx.get(f"{server.gateway}/api/orders").status_code == 200


def test_nodes_sharing_a_store_serve_one_version_and_a_stale_file_rolls_nothing_back(
        charter: CharterFactory, demo_upstream: Upstream, tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'shared.db'}"
    env = {"CHARTER_STORE_URL": store}
    first = charter(demo_routes(demo_upstream.url), env=env)
    stale_text = first.config_path.read_text()
    _add_route(first, demo_upstream)
    assert httpx.post(f"{first.admin}/admin/config/reload",
                      headers=first.admin_headers).json()["version"] == 2
    # A second node starts from the old file: it must serve the store's newest version.
    second = charter(demo_routes(demo_upstream.url), env=env)
    assert second.config_path.read_text().split("store:")[1] == stale_text.split("store:")[1]
    for node in (first, second):
        wait_until(lambda node=node: httpx.get(f"{node.gateway}/api/health").status_code == 200,
                   what="the newest version on every node")
        info = httpx.get(f"{node.admin}/admin/config", headers=node.admin_headers).json()
        assert info["version"] == 2


@pytest.mark.clause("SEC-5")
@pytest.mark.clause("SCOPE-2")
def test_an_operator_created_by_the_cli_logs_in_to_the_running_admin_plane(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    import base64
    import subprocess
    import sys
    from datetime import UTC, datetime
    from urllib.parse import parse_qs, urlsplit

    from charter.admin.totp import code_at, step_at

    server = charter(demo_routes(demo_upstream.url))
    created = subprocess.run(
        [sys.executable, "-m", "charter.cli", "admin", "create-owner", "--config",
         str(server.config_path), "--username", "olivia", "--password-stdin"],
        input="a long passphrase for olivia\n", capture_output=True, text=True, check=True,
        cwd=server.directory)
    uri = next(line for line in created.stdout.splitlines() if line.startswith("otpauth://"))
    secret = parse_qs(urlsplit(uri).query)["secret"][0]
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    code = code_at(key, step_at(datetime.now(UTC)))
    login = httpx.post(f"{server.admin}/admin/login", json={
        "username": "olivia", "password": "a long passphrase for olivia", "totp": code})
    assert login.status_code == 200, login.text
    token = login.json()["token"]
    session = {"authorization": f"Bearer {token}"}
    assert httpx.get(f"{server.admin}/admin/config", headers=session).status_code == 200
    audit = httpx.get(f"{server.admin}/admin/audit", headers=session)
    assert audit.status_code == 200
    assert any(event["action"].endswith("/admin/login") and event["outcome"] == "success"
               for event in audit.json()["events"])
    # The events are in the store the gateway uses, not in memory.
    assert server.rows("select count(*) from audit_events")[0][0] >= 1


@pytest.mark.clause("SEC-1")
@pytest.mark.clause("SEC-5")
def test_listener_allow_lists_keep_other_networks_out(charter: CharterFactory,
                                                      demo_upstream: Upstream) -> None:
    import socket

    server = charter(demo_routes(demo_upstream.url))
    # Allow only a network this test is not in, on both listeners.
    text = server.config_path.read_text().replace(
        "port: " + str(server.gateway_port) + "}",
        "port: " + str(server.gateway_port) + ", allow: [10.0.0.0/8]}").replace(
        "port: " + str(server.admin_port) + "}",
        "port: " + str(server.admin_port) + ", allow: [10.0.0.0/8]}")
    assert text.count("allow: [10.0.0.0/8]") == 2
    server.stop()
    server.config_path.write_text(text)
    import subprocess
    import sys

    log = (server.directory / "second.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "charter.cli", "serve", "--config",
                                str(server.config_path)], cwd=server.directory, stdout=log,
                               stderr=subprocess.STDOUT)
    try:
        def listening() -> bool:
            socket.create_connection(("127.0.0.1", server.gateway_port), timeout=1).close()
            return httpx.get(f"{server.admin}/healthz").status_code == 403

        wait_until(listening, what="the restarted server")
        refused = httpx.get(f"{server.admin}/admin/config", headers=server.admin_headers)
        assert refused.status_code == 403
        assert refused.json()["code"] == "network_not_allowed"
        with socket.create_connection(("127.0.0.1", server.gateway_port), timeout=5) as sock:
            sock.sendall(b"GET /api/orders HTTP/1.1\r\nHost: x\r\n\r\n")
            try:
                answer = sock.recv(1024)
            except ConnectionResetError:
                answer = b""
        assert answer == b""  # closed without a word
    finally:
        process.terminate()
        process.wait(30)
        log.close()


@pytest.mark.clause("SCOPE-2")
def test_routes_can_be_read_through_the_admin_api(charter: CharterFactory,
                                                  demo_upstream: Upstream) -> None:
    server = charter(demo_routes(demo_upstream.url))
    routes = httpx.get(f"{server.admin}/admin/routes", headers=server.admin_headers).json()
    by_id = {route["id"]: route for route in routes["routes"]}
    assert set(by_id) == {"orders", "echo", "slow", "stream"}
    assert by_id["orders"]["authentication"] == ["none"]
    # The stages on by default, in registry order (some are left out of the pipeline where
    # they have nothing to do, but the route runs them all).
    assert by_id["orders"]["stages"] == ["access_log", "network", "authenticate", "authorize",
                                         "rights", "privacy_guard", "consent", "children",
                                         "disclosure"]
    assert httpx.get(f"{server.admin}/admin/routes").status_code == 401
