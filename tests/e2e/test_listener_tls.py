"""TLS on the gateway and admin listeners: HTTPS, HSTS, routes that refuse plain HTTP, and
certificates replaced by a reload."""

from __future__ import annotations

import hashlib
import http.client
import signal
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from charter.admin.auth import bootstrap_token
from charter.privacy.keyring import Keyring
from tests.e2e.conftest import (
    CharterFactory,
    Upstream,
    config_text,
    demo_routes,
    free_port,
    wait_until,
)
from tests.e2e.test_upstream_tls import _ca_and_leaf

pytestmark = pytest.mark.e2e


@pytest.mark.clause("SEC-3")
def test_the_gateway_serves_https_with_hsts(tmp_path: Path, demo_upstream: Upstream) -> None:
    files = _ca_and_leaf(tmp_path)
    gateway_port, admin_port = free_port(), free_port()
    body = (f"listeners:\n  gateway:\n    host: 127.0.0.1\n    port: {gateway_port}\n"
            f"    tls: {{cert_file: {files['server']}, key_file: {files['server_key']}}}\n"
            f"  admin:\n    host: 127.0.0.1\n    port: {admin_port}\n"
            f"    tls: {{cert_file: {files['server']}, key_file: {files['server_key']}}}\n")
    text = config_text(gateway_port, admin_port, demo_routes(demo_upstream.url))
    text = text.split("store:", 1)[1]
    config = tmp_path / "charter.yaml"
    config.write_text(body + "store:" + text)
    Keyring.generate().save(tmp_path / "charter.keyring")
    with (tmp_path / "charter.log").open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "charter.cli", "serve", "--config",
                                    str(config)], cwd=tmp_path, stdout=log,
                                   stderr=subprocess.STDOUT)
    try:
        https = f"https://127.0.0.1:{gateway_port}"
        client = httpx.Client(verify=ssl.create_default_context(cafile=str(files["ca"])))
        wait_until(lambda: client.get(f"{https}/readyz").status_code == 200,
                   what="the TLS gateway")
        admin = client.get(f"https://127.0.0.1:{admin_port}/readyz")
        assert admin.status_code == 200  # the admin listener speaks TLS too
        response = client.get(f"{https}/api/echo")
        assert response.status_code == 200
        assert response.headers["strict-transport-security"] == "max-age=31536000"
        assert response.json()["headers"]["x-forwarded-proto"] == "https"
        problem = client.get(f"{https}/nowhere")
        assert problem.status_code == 404
        assert "strict-transport-security" in problem.headers
        client.close()
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{gateway_port}/api/echo", timeout=5)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)


@pytest.mark.clause("SEC-3")
def test_a_route_can_require_tls(charter: CharterFactory, demo_upstream: Upstream) -> None:
    routes = demo_routes(demo_upstream.url).replace(
        "strip_prefix: /api\n    max_body_bytes: 8mb",
        "strip_prefix: /api\n    max_body_bytes: 8mb\n    require_tls: true")
    assert "require_tls: true" in routes
    server = charter("trusted_proxies: [127.0.0.0/8]\n" + routes)
    plain = httpx.get(f"{server.gateway}/api/echo")
    assert plain.status_code == 403
    assert plain.json()["code"] == "tls_required"
    # Behind a trusted proxy that terminated TLS, the request counts as HTTPS.
    proxied = httpx.get(f"{server.gateway}/api/echo", headers={"x-forwarded-proto": "https"})
    assert proxied.status_code == 200
    assert httpx.get(f"{server.gateway}/api/orders").status_code == 200  # other routes


def _fingerprint(port: int) -> str:
    """SHA-256 of the certificate a new TLS connection to `port` is shown."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with (socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
          context.wrap_socket(raw) as tls):
        der = tls.getpeercert(binary_form=True)
    assert der is not None
    return hashlib.sha256(der).hexdigest()


def _pem_fingerprint(path: Path) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(path.read_text())).hexdigest()


def _install(source: Path, target: Path) -> None:
    """Put new contents at `target` the way a certificate tool does: write aside, rename."""
    staged = target.with_name(target.name + ".new")
    staged.write_bytes(source.read_bytes())
    staged.replace(target)


@pytest.mark.clause("SEC-3")
def test_certificates_are_replaced_on_reload_without_dropping_connections(
        tmp_path: Path, demo_upstream: Upstream) -> None:
    generations = []
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        generations.append(_ca_and_leaf(tmp_path / name))
    a, b, c = generations
    live = tmp_path / "live"
    live.mkdir()
    cert, key = live / "server.crt", live / "server.key"
    _install(a["server"], cert)
    _install(a["server_key"], key)
    gateway_port, admin_port = free_port(), free_port()

    def listeners(cert_file: Path, key_file: Path) -> str:
        tls = f"    tls: {{cert_file: {cert_file}, key_file: {key_file}}}\n"
        return (f"listeners:\n  gateway:\n    host: 127.0.0.1\n    port: {gateway_port}\n{tls}"
                f"  admin:\n    host: 127.0.0.1\n    port: {admin_port}\n{tls}")

    rest = config_text(gateway_port, admin_port, demo_routes(demo_upstream.url))
    rest = "store:" + rest.split("store:", 1)[1]
    config = tmp_path / "charter.yaml"
    config.write_text(listeners(cert, key) + rest)
    keyring = Keyring.generate()
    keyring.save(tmp_path / "charter.keyring")
    trust = ssl.create_default_context(cafile=str(a["ca"]))
    for generation in (b, c):
        trust.load_verify_locations(cafile=str(generation["ca"]))
    admin = f"https://127.0.0.1:{admin_port}"
    log_path = tmp_path / "charter.log"
    opened: list[httpx.Client | http.client.HTTPSConnection] = []
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "charter.cli", "serve", "--config",
                                    str(config), "--workers", "2"], cwd=tmp_path, stdout=log,
                                   stderr=subprocess.STDOUT)
    try:
        client = httpx.Client(verify=trust, timeout=10)
        opened.append(client)
        wait_until(lambda: client.get(f"https://127.0.0.1:{gateway_port}/readyz").status_code
                   == 200 and client.get(f"{admin}/readyz").status_code == 200,
                   timeout=60, what="the TLS listeners")
        assert _fingerprint(gateway_port) == _pem_fingerprint(a["server"])
        assert _fingerprint(admin_port) == _pem_fingerprint(a["server"])
        # A keep-alive connection made with certificate A, on each listener.
        old_gateway = http.client.HTTPSConnection("127.0.0.1", gateway_port, context=trust,
                                                  timeout=10)
        old_admin = http.client.HTTPSConnection("127.0.0.1", admin_port, context=trust,
                                                timeout=10)
        opened += [old_gateway, old_admin]
        for connection, path in ((old_gateway, "/api/echo"), (old_admin, "/healthz")):
            connection.request("GET", path)
            first = connection.getresponse()
            assert first.status == 200 and first.read() and not first.will_close

        # Same paths, new contents (B), then SIGHUP: new handshakes get B on both listeners.
        _install(b["server"], cert)
        _install(b["server_key"], key)
        process.send_signal(signal.SIGHUP)
        wanted = _pem_fingerprint(b["server"])
        wait_until(lambda: _fingerprint(admin_port) == wanted, what="the admin listener to "
                   "present certificate B")
        wait_until(lambda: all(_fingerprint(gateway_port) == wanted for _ in range(8)),
                   what="every gateway worker to present certificate B")
        # The connections opened before the reload still work, still on certificate A.
        for connection, path in ((old_gateway, "/api/echo"), (old_admin, "/healthz")):
            sock = connection.sock
            connection.request("GET", path)
            again = connection.getresponse()
            assert again.status == 200 and again.read()
            assert connection.sock is sock is not None  # the same connection, not a new one
            der = connection.sock.getpeercert(binary_form=True)
            assert der is not None
            assert hashlib.sha256(der).hexdigest() == _pem_fingerprint(a["server"])

        # A key that does not belong to the certificate: the reload is refused, B serves on.
        _install(c["server"], cert)
        headers = {"authorization": f"Bearer {bootstrap_token(keyring)}"}
        refused = client.post(f"{admin}/admin/config/reload", headers=headers)
        assert refused.status_code == 422
        problems = refused.json()["problems"]
        assert any("listeners.gateway.tls.key_file: the key does not belong to the "
                   "certificate" in p for p in problems), problems
        assert not any("BEGIN" in p for p in problems)  # nothing of the files is repeated
        time.sleep(1.0)
        assert _fingerprint(admin_port) == wanted
        assert all(_fingerprint(gateway_port) == wanted for _ in range(8))
        # A file that is not a certificate at all, by SIGHUP: refused and logged the same way.
        cert.write_text("not a certificate\n")
        process.send_signal(signal.SIGHUP)
        wait_until(lambda: "listeners.gateway.tls.cert_file" in log_path.read_text(),
                   what="the refused reload to be logged")
        assert _fingerprint(gateway_port) == wanted

        # Changed paths in the file (C elsewhere): applied by the reload.
        config.write_text(listeners(c["server"], c["server_key"]) + rest)
        applied = client.post(f"{admin}/admin/config/reload", headers=headers)
        assert applied.status_code == 200, applied.text
        wanted = _pem_fingerprint(c["server"])
        wait_until(lambda: _fingerprint(admin_port) == wanted
                   and all(_fingerprint(gateway_port) == wanted for _ in range(8)),
                   what="both listeners to present certificate C")
        response = client.get(f"https://127.0.0.1:{gateway_port}/api/echo")
        assert response.status_code == 200
        # Anything else about a listener still needs a restart.
        config.write_text(listeners(c["server"], c["server_key"]).replace(
            "    tls:", "    allow: [127.0.0.0/8]\n    tls:", 1) + rest)
        moved = client.post(f"{admin}/admin/config/reload", headers=headers)
        assert moved.status_code == 422
        assert any("listeners: changing it needs a restart" in p
                   for p in moved.json()["problems"])
    finally:
        for closing in opened:
            closing.close()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
