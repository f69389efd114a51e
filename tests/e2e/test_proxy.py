"""The gateway as a client sees it: a real `charter serve` in front of real upstreams."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time

import httpx
import pytest

from tests.e2e.conftest import (
    CharterFactory,
    Upstream,
    demo_routes,
    raw_exchange,
    read_request,
    wait_until,
)

pytestmark = pytest.mark.e2e


@pytest.fixture
def gw(charter: CharterFactory, demo_upstream: Upstream):  # type: ignore[no-untyped-def]
    return charter(demo_routes(demo_upstream.url))


@pytest.mark.clause("USE-2")
def test_forwards_and_returns_the_upstream_response(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(f"{gw.gateway}/api/orders/ord_1001")
    assert response.status_code == 200
    assert response.json()["id"] == "ord_1001"
    assert response.headers["x-request-id"]


@pytest.mark.clause("USE-2")
def test_request_headers_are_rewritten_for_the_upstream(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.post(
        f"{gw.gateway}/api/echo?a=1",
        content=b'{"x": 1}',
        headers={
            "content-type": "application/json",
            "x-forwarded-for": "203.0.113.9",  # not trusted: no trusted proxies configured
            "x-forwarded-host": "evil.example",
            "connection": "keep-alive, x-hop",
            "x-hop": "secret-hop-value",
            "keep-alive": "timeout=5",
            "te": "trailers",
            "x-request-id": "client-rid-123",
        },
    )
    assert response.status_code == 200
    seen = response.json()
    headers = seen["headers"]
    assert seen["path"] == "/echo"  # strip_prefix /api
    assert seen["query"] == "a=1"
    assert seen["body"] == '{"x": 1}'
    assert headers["x-forwarded-for"] == "127.0.0.1"
    assert headers["x-forwarded-proto"] == "http"
    assert headers["x-forwarded-host"] == f"127.0.0.1:{gw.gateway_port}"
    assert headers["x-request-id"] == "client-rid-123"
    assert response.headers["x-request-id"] == "client-rid-123"
    for hop in ("x-hop", "keep-alive", "te", "connection"):
        assert hop not in headers, hop


def test_an_invalid_request_id_is_replaced(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(f"{gw.gateway}/api/echo", headers={"x-request-id": "bad id\t<script>"})
    seen = response.json()["headers"]["x-request-id"]
    assert seen != "bad id\t<script>"
    assert seen == response.headers["x-request-id"]


@pytest.mark.clause("USE-2")
def test_keep_alive_carries_many_requests_on_one_connection(gw) -> None:  # type: ignore[no-untyped-def]
    conn = http.client.HTTPConnection("127.0.0.1", gw.gateway_port, timeout=10)
    conn.connect()
    first_socket = conn.sock
    for index in range(20):
        conn.request("GET", f"/api/orders?page={index}")
        response = conn.getresponse()
        assert response.status == 200
        response.read()
        assert conn.sock is first_socket
    conn.close()


@pytest.mark.clause("USE-2")
def test_chunked_request_body_streams_to_the_upstream(gw) -> None:  # type: ignore[no-untyped-def]
    parts = [b"a" * 1000, b"b" * 70000, b"c" * 5]

    def body():  # type: ignore[no-untyped-def]
        yield from parts

    response = httpx.post(f"{gw.gateway}/api/echo", content=body())
    assert response.status_code == 200
    assert response.json()["body_bytes"] == sum(len(p) for p in parts)
    assert response.json()["body"] == b"".join(parts).decode()


def test_large_body_within_the_limit_passes_whole(gw) -> None:  # type: ignore[no-untyped-def]
    payload = bytes(range(256)) * (6 * 4096)  # 6 MiB, the route allows 8 MiB
    response = httpx.post(f"{gw.gateway}/api/echo", content=payload, timeout=30)
    assert response.status_code == 200
    assert response.json()["body_bytes"] == len(payload)


@pytest.mark.clause("USE-3")
def test_body_over_the_limit_is_refused_before_it_is_read(gw) -> None:  # type: ignore[no-untyped-def]
    # Only the head is sent: a 413 must come back without waiting for 1 GB.
    head = (b"POST /api/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000000000\r\n\r\n")
    received = raw_exchange(gw.gateway_port, head, timeout=10)
    status_line, _, rest = received.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 413 ")
    assert b"application/problem+json" in rest
    assert json.loads(rest.partition(b"\r\n\r\n")[2])["code"] == "body_too_large"


@pytest.mark.clause("USE-3")
def test_chunked_body_over_the_limit_is_cut_off(gw) -> None:  # type: ignore[no-untyped-def]
    def body():  # type: ignore[no-untyped-def]
        for _ in range(200):
            yield b"z" * 65536  # 12.5 MiB in all, limit 8 MiB

    with pytest.raises(httpx.HTTPError):
        response = httpx.post(f"{gw.gateway}/api/echo", content=body(), timeout=30)
        # Some clients see the early 413 before the reset; both outcomes refuse the body.
        assert response.status_code == 413
        raise httpx.RemoteProtocolError("refused")


def test_no_route_is_a_404_problem(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(f"{gw.gateway}/nowhere/at/all")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == "no_route"
    assert problem["status"] == 404
    assert problem["type"].endswith("no_route")


def test_method_not_on_the_route_is_a_405(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.post(f"{gw.gateway}/api/stream", content=b"x")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


def test_path_with_dot_segments_is_refused(gw) -> None:  # type: ignore[no-untyped-def]
    for target in (b"/api/orders/../../admin", b"/api/orders/%2e%2e/x", b"/api/orders%2Fx"):
        received = raw_exchange(gw.gateway_port, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        assert received.startswith(b"HTTP/1.1 400 "), target


def test_upstream_down_is_a_502_problem(charter: CharterFactory) -> None:
    from tests.e2e.conftest import free_port

    server = charter(f"""\
        upstreams:
          - name: gone
            targets: ["http://127.0.0.1:{free_port()}"]
            retries: 0
        routes:
          - id: gone
            match: {{path_prefix: /}}
            upstream: gone
            stages:
              authenticate: {{methods: [none], reason: test route}}
        """)
    response = httpx.get(f"{server.gateway}/x")
    assert response.status_code == 502
    assert response.json()["code"] == "upstream_unreachable"


def test_slow_upstream_is_a_504_problem(gw) -> None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    response = httpx.get(f"{gw.gateway}/api/slow?ms=4000", timeout=10)
    assert response.status_code == 504
    assert response.json()["code"] == "upstream_timeout"
    assert time.monotonic() - started < 4.0  # cut at the read timeout, not at the answer


@pytest.mark.clause("USE-3")
def test_oversized_header_section_is_a_431(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(f"{gw.gateway}/api/orders", headers={"x-big": "v" * 20000})
    assert response.status_code == 431
    assert response.json()["code"] == "header_too_large"


def test_overlong_url_is_a_414(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(f"{gw.gateway}/api/orders?q={'a' * 10000}")
    assert response.status_code == 414


@pytest.mark.clause("USE-3")
@pytest.mark.parametrize("request_bytes", [
    # Content-Length and Transfer-Encoding together (CL.TE / TE.CL smuggling)
    b"POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nX",
    # two different Content-Length values
    b"POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde",
    # a chunk size that is not hex
    b"POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"zz\r\nabc\r\n0\r\n\r\n",
    # obs-fold (a header continued on the next line)
    b"GET /api/orders HTTP/1.1\r\nHost: x\r\nX-A: b\r\n c\r\n\r\n",
    # bare LF line endings
    b"GET /api/orders HTTP/1.1\nHost: x\n\n",
    # Transfer-Encoding that is not exactly chunked
    b"POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
    # whitespace between a header name and the colon
    b"GET /api/orders HTTP/1.1\r\nHost : x\r\n\r\n",
    # two Host headers
    b"GET /api/orders HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    # no Host header in HTTP/1.1
    b"GET /api/orders HTTP/1.1\r\nAccept: */*\r\n\r\n",
], ids=["cl-te", "dup-cl", "bad-chunk", "obs-fold", "bare-lf", "te-list", "space-colon",
        "two-hosts", "no-host"])
def test_smuggling_shapes_are_refused_and_the_connection_closed(
    gw, request_bytes: bytes  # type: ignore[no-untyped-def]
) -> None:
    # A second, valid request follows on the same connection: it must never be answered.
    follow = b"GET /api/orders HTTP/1.1\r\nHost: x\r\n\r\n"
    received = raw_exchange(gw.gateway_port, request_bytes + follow)
    assert received.startswith(b"HTTP/1.1 400 Bad Request\r\n"), received[:80]
    assert received.count(b"HTTP/1.1 ") == 1
    assert b"connection: close" in received.lower()


@pytest.mark.clause("USE-3")
def test_slow_client_is_cut_off_at_the_header_timeout(charter: CharterFactory,
                                                      demo_upstream: Upstream) -> None:
    server = charter("limits: {header_timeout: 1s}\n" + demo_routes(demo_upstream.url))
    sock = socket.create_connection(("127.0.0.1", server.gateway_port), timeout=10)
    request = b"GET /api/orders HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 40 + b"\r\n\r\n"
    closed_after = None
    try:
        for index, byte in enumerate(request):
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                closed_after = index
                break
            time.sleep(0.1)
            sock.setblocking(False)
            try:
                data = sock.recv(4096)
            except BlockingIOError:
                data = None
            finally:
                sock.setblocking(True)
            if data is not None:
                closed_after = index
                assert data == b"" or data.startswith(b"HTTP/1.1 408 ")
                break
    finally:
        sock.close()
    # One byte every 100 ms would need ~8 s; the server must have cut us off long before.
    assert closed_after is not None and closed_after < len(request) - 1


def test_head_keeps_the_connection_usable(gw) -> None:  # type: ignore[no-untyped-def]
    conn = http.client.HTTPConnection("127.0.0.1", gw.gateway_port, timeout=10)
    conn.request("HEAD", "/api/stream?chunks=2&size=10")
    response = conn.getresponse()
    assert response.status == 200
    assert response.read() == b""
    conn.request("GET", "/api/orders")
    response = conn.getresponse()
    assert response.status == 200
    assert json.loads(response.read())["orders"]
    conn.close()


def test_streamed_response_arrives_whole_and_in_order(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(f"{gw.gateway}/api/stream?chunks=50&size=1000")
    assert response.status_code == 200
    body = response.content
    assert len(body) == 50 * 1000
    for index in range(50):
        assert body[index * 1000: index * 1000 + 8] == f"{index:08d}".encode()


def test_expect_100_continue_is_answered(gw) -> None:  # type: ignore[no-untyped-def]
    with socket.create_connection(("127.0.0.1", gw.gateway_port), timeout=10) as sock:
        sock.sendall(b"POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                     b"Expect: 100-continue\r\n\r\n")
        interim = sock.recv(4096)
        assert interim.startswith(b"HTTP/1.1 100 Continue\r\n\r\n")
        sock.sendall(b"hello")
        data = interim.split(b"\r\n\r\n", 1)[1]
        while b'"body":"hello"' not in data:
            chunk = sock.recv(65536)
            assert chunk
            data += chunk
        assert b"HTTP/1.1 200 OK" in data


def test_pipelined_requests_are_answered_in_order(gw) -> None:  # type: ignore[no-untyped-def]
    requests = b"".join(
        b"GET /api/echo?n=%d HTTP/1.1\r\nHost: x\r\n\r\n" % n for n in range(5)
    ) + b"GET /api/echo?n=5 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    received = raw_exchange(gw.gateway_port, requests)
    assert received.count(b"HTTP/1.1 200 OK") == 6
    positions = [received.find(b'"query":"n=%d"' % n) for n in range(6)]
    assert all(p > 0 for p in positions)
    assert positions == sorted(positions)


@pytest.mark.clause("USE-2")
def test_failing_target_is_skipped_for_idempotent_requests(charter: CharterFactory,
                                                           demo_upstream: Upstream) -> None:
    from tests.e2e.conftest import free_port

    server = charter(f"""\
        upstreams:
          - name: pair
            targets: ["http://127.0.0.1:{free_port()}", "{demo_upstream.url}"]
            retries: 1
            eject_after_failures: 1
            eject_for: 30s
        routes:
          - id: pair
            match: {{path_prefix: /}}
            upstream: pair
            stages:
              authenticate: {{methods: [none], reason: test route}}
        """)
    for _ in range(10):
        assert httpx.get(f"{server.gateway}/orders").status_code == 200

    def ejection_counted() -> bool:
        metrics = httpx.get(f"{server.admin}/metrics").text
        return "charter_upstream_ejections_total 1" in metrics

    wait_until(ejection_counted, what="the ejection to show in the metrics")


def test_upstream_that_closes_without_answering_is_a_502(charter: CharterFactory,
                                                        raw_upstream) -> None:  # type: ignore[no-untyped-def]
    def hang_up(conn: socket.socket) -> None:
        read_request(conn)

    upstream = raw_upstream(hang_up)
    server = charter(f"""\
        upstreams:
          - name: rude
            targets: ["{upstream.url}"]
            retries: 0
        routes:
          - id: rude
            match: {{path_prefix: /}}
            upstream: rude
            stages:
              authenticate: {{methods: [none], reason: test route}}
        """)
    response = httpx.post(f"{server.gateway}/x", content=b"{}")
    assert response.status_code == 502
    assert response.json()["code"] == "upstream_connection_lost"


def test_close_delimited_upstream_body_is_rechunked(charter: CharterFactory,
                                                   raw_upstream) -> None:  # type: ignore[no-untyped-def]
    def old_style(conn: socket.socket) -> None:
        read_request(conn)
        # Not text: the privacy guard would hold a text body whole and send it with a length.
        conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n")
        for part in (b"first ", b"second ", b"third"):
            conn.sendall(part)
            time.sleep(0.02)

    upstream = raw_upstream(old_style)
    server = charter(f"""\
        upstreams:
          - name: old
            targets: ["{upstream.url}"]
        routes:
          - id: old
            match: {{path_prefix: /}}
            upstream: old
            stages:
              authenticate: {{methods: [none], reason: test route}}
        """)
    with httpx.Client() as client:
        first = client.get(f"{server.gateway}/a")
        assert first.text == "first second third"
        assert first.headers.get("transfer-encoding") == "chunked"
        second = client.get(f"{server.gateway}/b")  # the client connection is still good
        assert second.text == "first second third"


def test_client_that_goes_away_mid_request_does_not_hurt_others(gw) -> None:  # type: ignore[no-untyped-def]
    with socket.create_connection(("127.0.0.1", gw.gateway_port)) as sock:
        sock.sendall(b"GET /api/slow?ms=300 HTTP/1.1\r\nHost: x\r\n\r\n")
    results: list[int] = []

    def fetch() -> None:
        results.append(httpx.get(f"{gw.gateway}/api/orders").status_code)

    threads = [threading.Thread(target=fetch) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 8


@pytest.mark.clause("USE-3")
def test_a_client_stalling_its_body_gets_a_408_and_the_upstream_is_not_blamed(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter("limits: {body_timeout: 1s}\n" + demo_routes(demo_upstream.url).replace(
        "read_timeout: 5s", "read_timeout: 5s\n    eject_after_failures: 1"))
    with socket.create_connection(("127.0.0.1", server.gateway_port), timeout=10) as sock:
        sock.sendall(b"POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")
        received = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    assert received.startswith(b"HTTP/1.1 408 ")
    assert b'"code":"request_timeout"' in received
    # The upstream was not at fault: it still serves, nothing was ejected.
    assert httpx.get(f"{server.gateway}/api/orders").status_code == 200
    metrics = httpx.get(f"{server.admin}/metrics").text
    assert "charter_upstream_ejections_total 1" not in metrics


def test_a_post_goes_to_the_next_target_when_the_first_refuses_to_connect(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    from tests.e2e.conftest import free_port

    server = charter(f"""\
        upstreams:
          - name: pair
            targets: ["http://127.0.0.1:{free_port()}", "{demo_upstream.url}"]
            retries: 1
        routes:
          - id: pair
            match: {{path_prefix: /}}
            upstream: pair
            stages:
              authenticate: {{methods: [none], reason: test route}}
        """)
    with httpx.Client() as client:
        client.get(f"{server.gateway}/orders")  # leaves an idle pooled connection to the demo
        for _ in range(4):
            response = client.post(f"{server.gateway}/echo", content=b"payload", timeout=10)
            assert response.status_code == 200
            assert response.json()["body"] == "payload"


def test_405_says_what_is_allowed(gw) -> None:  # type: ignore[no-untyped-def]
    response = httpx.delete(f"{gw.gateway}/api/stream")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"


def test_connect_is_refused(gw) -> None:  # type: ignore[no-untyped-def]
    received = raw_exchange(gw.gateway_port,
                            b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n")
    assert received.startswith(b"HTTP/1.1 405 ")


def test_an_idle_keep_alive_connection_is_closed_quietly(charter: CharterFactory,
                                                         demo_upstream: Upstream) -> None:
    server = charter("limits: {keepalive_timeout: 1s}\n" + demo_routes(demo_upstream.url))
    with socket.create_connection(("127.0.0.1", server.gateway_port), timeout=10) as sock:
        sock.sendall(b"GET /api/orders HTTP/1.1\r\nHost: x\r\n\r\n")
        received = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    assert received.count(b"HTTP/1.1 ") == 1  # the answer, and no unsolicited 408 after it
    assert received.startswith(b"HTTP/1.1 200 OK")


@pytest.mark.clause("USE-2")
def test_a_trusted_proxy_in_front_keeps_its_forwarded_headers(
        charter: CharterFactory, demo_upstream: Upstream) -> None:
    server = charter("trusted_proxies: [127.0.0.0/8]\n" + demo_routes(demo_upstream.url))
    response = httpx.get(f"{server.gateway}/api/echo", headers={
        "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https",
        "x-forwarded-host": "api.example.com"})
    headers = response.json()["headers"]
    assert headers["x-forwarded-for"] == "198.51.100.7, 127.0.0.1"
    assert headers["x-forwarded-proto"] == "https"
    assert headers["x-forwarded-host"] == "api.example.com"
    wait_until(lambda: bool(server.rows("select client_ip from access_log")),
               what="the access log row")
    rows = server.rows("select client_ip from access_log")
    assert rows[-1] == ("198.51.100.0",)  # the client behind the proxy, truncated
