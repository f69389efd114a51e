"""Network rules: per route, per listener, and connections per client address."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from charter.identity import service
from charter.store.engine import make_engine
from tests.e2e.conftest import CharterFactory, Upstream

pytestmark = pytest.mark.e2e

PUBLIC = "authenticate: {methods: [none], reason: a test route}"


def _routes(upstream: str) -> str:
    return f"""\
        limits: {{max_connections_per_ip: 3}}
        upstreams:
          - name: demo
            targets: ["{upstream}"]
        routes:
          - id: office-only
            match: {{path_prefix: /office/}}
            upstream: demo
            strip_prefix: /office
            stages:
              {PUBLIC}
              network: {{allow: [10.0.0.0/8]}}
          - id: denied
            match: {{path_prefix: /denied/}}
            upstream: demo
            strip_prefix: /denied
            stages:
              {PUBLIC}
              network: {{deny: [127.0.0.0/8]}}
          - id: internal
            match: {{path_prefix: /internal/}}
            upstream: demo
            strip_prefix: /internal
            visibility: private
          - id: open
            match: {{path_prefix: /open/}}
            upstream: demo
            strip_prefix: /open
            stages:
              {PUBLIC}
        """


@pytest.mark.clause("SEC-1")
@pytest.mark.clause("SCOPE-1")
def test_route_network_rules(charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    for path in ("/office/orders", "/denied/orders"):
        response = httpx.get(f"{server.gateway}{path}")
        assert response.status_code == 403
        assert response.json()["code"] == "network_not_allowed"
    assert httpx.get(f"{server.gateway}/open/orders").status_code == 200
    # A private route: only machine clients, by default only from private networks and
    # loopback (where this test runs).
    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org = service.create_organization(engine, "Internal", "internal").id
        client = service.create_client(engine, org, "job", ["jobs"]).id
        _, key = service.create_api_key(engine, server.keyring, client)
    finally:
        engine.dispose()
    assert httpx.get(f"{server.gateway}/internal/orders").status_code == 401
    assert httpx.get(f"{server.gateway}/internal/orders",
                     headers={"x-api-key": key}).status_code == 200


@pytest.mark.clause("USE-3")
def test_connections_per_client_address_are_limited(charter: CharterFactory,
                                                    demo_upstream: Upstream) -> None:
    server = charter(_routes(demo_upstream.url))
    held = [socket.create_connection(("127.0.0.1", server.gateway_port), timeout=5)
            for _ in range(3)]
    try:
        time.sleep(0.2)
        extra = socket.create_connection(("127.0.0.1", server.gateway_port), timeout=5)
        with extra:
            extra.sendall(b"GET /open/orders HTTP/1.1\r\nHost: x\r\n\r\n")
            try:
                answer = extra.recv(1024)
            except ConnectionResetError:
                answer = b""
        assert answer == b""
        held[0].sendall(b"GET /open/orders HTTP/1.1\r\nHost: x\r\n\r\n")
        assert held[0].recv(1024).startswith(b"HTTP/1.1 200 OK")
    finally:
        for sock in held:
            sock.close()
    # Once they are closed, new connections are welcome again.
    time.sleep(0.3)
    assert httpx.get(f"{server.gateway}/open/orders").status_code == 200
