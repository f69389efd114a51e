"""The demo upstream, over a real socket, and the demo configuration that points at it."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable

import httpx
import pytest
import yaml

from charter.config.models import CharterConfig
from charter.demo.config import demo_config_text
from charter.demo.upstream import DemoUpstream

Scenario = Callable[[httpx.AsyncClient], Awaitable[None]]


def against_demo(scenario: Scenario) -> None:
    """Run `scenario` with a client of a freshly started demo upstream, then stop it."""

    async def run() -> None:
        upstream = DemoUpstream()
        port = await upstream.start()
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
                await scenario(http)
        finally:
            await upstream.stop()

    asyncio.run(run())


def test_health_and_orders() -> None:
    async def scenario(http: httpx.AsyncClient) -> None:
        assert (await http.get("/health")).json() == {"status": "ok"}
        listed = (await http.get("/orders")).json()["orders"]
        assert [o["id"] for o in listed] == ["ord_1001", "ord_1002", "ord_1003"]
        one = await http.get("/orders/ord_1001")
        assert one.status_code == 200 and one.json()["customer"]["email"].endswith("@example.com")
        assert (await http.get("/orders/ord_9999")).status_code == 404

        created = await http.post("/orders", json={"items": [{"sku": "MG-007", "quantity": 3}],
                                                   "note": "gift wrap"})
        assert created.status_code == 201
        order = created.json()
        assert order["note"] == "gift wrap" and order["items"][0]["quantity"] == 3
        assert re.fullmatch(r"ord_\d+", order["id"])
        assert created.headers["location"] == f"/orders/{order['id']}"
        assert (await http.get(created.headers["location"])).json() == order
        assert (await http.post("/orders", content=b"not json")).status_code == 400
        assert (await http.post("/orders", json=[1, 2])).status_code == 400

    against_demo(scenario)


def test_patients_carry_a_diagnosis() -> None:
    async def scenario(http: httpx.AsyncClient) -> None:
        patient = await http.get("/patients/pat_001")
        assert patient.status_code == 200
        assert patient.json()["diagnosis"]
        assert (await http.get("/patients/pat_404")).status_code == 404

    against_demo(scenario)


def test_echo_shows_exactly_what_arrived() -> None:
    async def scenario(http: httpx.AsyncClient) -> None:
        got = (await http.get("/echo?b=2&a=1&a=3", headers={"X-Trace": "t1"})).json()
        assert got["method"] == "GET"
        assert got["path"] == "/echo"
        assert got["query"] == "b=2&a=1&a=3"
        assert got["headers"]["x-trace"] == "t1"
        assert ["x-trace", "t1"] in got["header_list"]
        assert got["body"] == "" and got["body_bytes"] == 0

        posted = (await http.post("/echo", content=b'{"hello": "world"}',
                                  headers={"content-type": "application/json"})).json()
        assert posted["method"] == "POST"
        assert posted["body"] == '{"hello": "world"}'
        assert posted["headers"]["content-length"] == "18"

        binary = (await http.post("/echo", content=b"\xff\x00\xfe")).json()
        assert binary["body_base64"] == "/wD+" and "body" not in binary

    against_demo(scenario)


def test_slow_status_and_stream() -> None:
    async def scenario(http: httpx.AsyncClient) -> None:
        started = time.perf_counter()
        slow = await http.get("/slow", params={"ms": 60})
        assert slow.json() == {"slept_ms": 60}
        assert time.perf_counter() - started >= 0.06
        assert (await http.get("/slow", params={"ms": "soon"})).status_code == 400

        teapot = await http.get("/status/418")
        assert (teapot.status_code, teapot.json()) == (418, {"status": 418})
        no_content = await http.get("/status/204")
        assert (no_content.status_code, no_content.content) == (204, b"")
        assert (await http.get("/status/42")).status_code == 400

        async with http.stream("GET", "/stream", params={"chunks": 5, "size": 100}) as response:
            assert response.headers["transfer-encoding"] == "chunked"
            body = b"".join([chunk async for chunk in response.aiter_raw()])
        assert len(body) == 500
        assert [body[i * 100:i * 100 + 8] for i in range(5)] == [
            f"{i:08d}".encode() for i in range(5)]
        assert (await http.get("/stream", params={"size": -1})).status_code == 400

    against_demo(scenario)


def test_start_and_stop() -> None:
    async def run() -> None:
        upstream = DemoUpstream()
        port = await upstream.start()
        with pytest.raises(RuntimeError):
            await upstream.start()
        await upstream.stop()
        await upstream.stop()  # harmless
        async with httpx.AsyncClient() as http:
            with pytest.raises(httpx.ConnectError):
                await http.get(f"http://127.0.0.1:{port}/health")

    asyncio.run(run())


def test_runs_standalone() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "charter.demo.upstream", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert match, line
        with httpx.Client() as http:
            assert http.get(f"http://127.0.0.1:{match.group(1)}/health").json() == {"status": "ok"}
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_demo_config_is_valid_and_points_at_the_demo_upstream() -> None:
    async def scenario(http: httpx.AsyncClient) -> None:
        port = http.base_url.port
        assert port is not None
        text = demo_config_text(port, gateway_port=18080, admin_port=18081,
                                store_url="sqlite:///tmp/demo 'quoted'.db")
        config = CharterConfig.model_validate(yaml.safe_load(text))
        assert (config.listeners.gateway.port, config.listeners.admin.port) == (18080, 18081)
        assert config.listeners.gateway.is_loopback and config.listeners.admin.is_loopback
        assert config.store.url == "sqlite:///tmp/demo 'quoted'.db"
        (target,) = config.upstream("demo").parsed_targets
        assert str(target) == f"http://127.0.0.1:{port}"
        assert [r.id for r in config.routes] == ["orders", "tenant-orders", "patients", "echo",
                                                 "redacting-echo"]
        probes = ("", "org_demo/orders", "/pat_001", "", "echo")
        for route, probe in zip(config.routes, probes, strict=True):
            assert route.visibility == "public" and "access_log" in route.stages
            assert route.strip_prefix is not None
            # What the gateway would forward after stripping the prefix exists upstream.
            forwarded = route.match.path_prefix.removeprefix(route.strip_prefix) + probe
            forwarded = forwarded if forwarded.startswith("/") else "/" + forwarded
            assert (await http.get(forwarded)).status_code == 200, forwarded

    against_demo(scenario)
    assert CharterConfig.model_validate(yaml.safe_load(demo_config_text(9000)))
    with pytest.raises(ValueError):
        demo_config_text(70000)
