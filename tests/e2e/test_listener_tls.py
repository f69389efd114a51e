"""TLS on the gateway listener: HTTPS, HSTS, and routes that refuse plain HTTP."""

from __future__ import annotations

import signal
import ssl
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

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
