"""Real processes for end-to-end tests: `charter serve` and upstream HTTP servers."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from charter.admin.auth import bootstrap_token
from charter.privacy.keyring import Keyring

STARTUP_SECONDS = 60.0


def free_port() -> int:
    """A free port below the kernel's ephemeral range: a port from bind(0) can be handed
    to an outgoing connection as its local port before the server under test binds it."""
    for _ in range(200):
        port = random.randrange(15000, 32000)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port found")


def wait_until(check: Callable[[], bool], timeout: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (httpx.HTTPError, OSError):
            pass
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Upstream:
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="session")
def demo_upstream() -> Iterator[Upstream]:
    """The demo upstream as its own process (a real HTTP server)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "charter.demo.upstream", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    upstream = Upstream(port, process)
    wait_until(lambda: httpx.get(f"{upstream.url}/health").status_code == 200,
               what="the demo upstream")
    yield upstream
    process.terminate()
    process.wait(10)
    if process.stderr is not None:
        process.stderr.close()


@dataclass
class Charter:
    """A running `charter serve` process."""

    directory: Path
    config_path: Path
    keyring_path: Path
    gateway_port: int
    admin_port: int
    process: subprocess.Popen[bytes]
    log_path: Path
    keyring: Keyring = field(init=False)

    def __post_init__(self) -> None:
        self.keyring = Keyring.load(self.keyring_path)

    @property
    def gateway(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}"

    @property
    def admin(self) -> str:
        return f"http://127.0.0.1:{self.admin_port}"

    @property
    def db_path(self) -> Path:
        return self.directory / "var" / "charter.db"

    @property
    def admin_headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {bootstrap_token(self.keyring)}"}

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        import sqlite3

        with sqlite3.connect(self.db_path) as conn:
            return list(conn.execute(sql))

    def write_config(self, body: str) -> None:
        self.config_path.write_text(config_text(self.gateway_port, self.admin_port, body))

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        return self.process.wait(timeout)


def config_text(gateway_port: int, admin_port: int, body: str) -> str:
    return textwrap.dedent(f"""\
        listeners:
          gateway: {{host: 127.0.0.1, port: {gateway_port}}}
          admin: {{host: 127.0.0.1, port: {admin_port}}}
        store: {{url: "sqlite:///var/charter.db"}}
        """) + textwrap.dedent(body)


CharterFactory = Callable[..., Charter]
BIND_ATTEMPTS = 3


class PortTaken(Exception):
    """The server exited because a port picked for it was taken before it could bind."""


@pytest.fixture
def charter(tmp_path: Path) -> Iterator[CharterFactory]:
    """Start `charter serve` with a configuration body (upstreams, routes, limits...)."""
    started: list[Charter] = []

    def start(body: str, *, workers: int = 1, env: dict[str, str] | None = None) -> Charter:
        # A port found free can be taken by another socket before the server binds it (a
        # client's ephemeral port): start again on new ports, a few times, before failing.
        for _ in range(BIND_ATTEMPTS - 1):
            try:
                return launch(body, workers, env)
            except PortTaken:
                continue
        return launch(body, workers, env)

    def launch(body: str, workers: int, env: dict[str, str] | None) -> Charter:
        directory = tmp_path / f"charter{len(started)}"
        directory.mkdir()
        gateway_port, admin_port = free_port(), free_port()
        config_path = directory / "charter.yaml"
        config_path.write_text(config_text(gateway_port, admin_port, body))
        keyring_path = directory / "charter.keyring"
        Keyring.generate().save(keyring_path)
        log_path = directory / "charter.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "charter.cli", "serve", "--config", str(config_path),
                 "--workers", str(workers)],
                cwd=directory, stdout=log, stderr=subprocess.STDOUT,
                env={**os.environ, **(env or {})},
            )
        server = Charter(directory, config_path, keyring_path, gateway_port, admin_port,
                         process, log_path)
        started.append(server)

        def ready() -> bool:
            if process.poll() is not None:
                log_text = server.log()
                if "Address already in use" in log_text:
                    raise PortTaken(log_text)
                raise AssertionError(f"charter exited early:\n{log_text}")
            return (httpx.get(f"{server.gateway}/readyz").status_code == 200
                    and httpx.get(f"{server.admin}/readyz").status_code == 200)

        wait_until(ready, STARTUP_SECONDS, "charter to become ready")
        return server

    yield start
    for server in started:
        if server.process.poll() is None:
            server.process.send_signal(signal.SIGTERM)
            try:
                server.process.wait(30)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait(10)


class RawUpstream:
    """A TCP server whose answers a test scripts byte by byte (misbehaving upstreams)."""

    def __init__(self, handler: Callable[[socket.socket], None]) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port: int = self.sock.getsockname()[1]
        self.handler = handler
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                self.handler(conn)
            except OSError:
                pass

    def close(self) -> None:
        self._stop = True
        self.sock.close()


@pytest.fixture
def raw_upstream() -> Iterator[Callable[[Callable[[socket.socket], None]], RawUpstream]]:
    servers: list[RawUpstream] = []

    def start(handler: Callable[[socket.socket], None]) -> RawUpstream:
        server = RawUpstream(handler)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def read_request(conn: socket.socket) -> bytes:
    """Read one request head (and a Content-Length body) from a raw connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def raw_exchange(port: int, data: bytes, timeout: float = 10.0) -> bytes:
    """Send raw bytes to the gateway, read until it closes (or the timeout)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        received = b""
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
        except TimeoutError:
            pass
        return received


def demo_routes(upstream_url: str) -> str:
    return textwrap.dedent(f"""\
        upstreams:
          - name: demo
            targets: ["{upstream_url}"]
            read_timeout: 5s
        routes:
          - id: orders
            match: {{path_prefix: /api/orders}}
            upstream: demo
            strip_prefix: /api
            stages:
              access_log: {{}}
              authenticate: {{methods: [none], reason: test route}}
          - id: echo
            match: {{path_prefix: /api/echo}}
            upstream: demo
            strip_prefix: /api
            max_body_bytes: 8mb
            stages:
              access_log: {{}}
              authenticate: {{methods: [none], reason: test route}}
              # The echo of an 8 MB body is a larger JSON answer, checked whole.
              privacy_guard: {{max_response_bytes: 16mb}}
          - id: slow
            match: {{path_prefix: /api/slow}}
            upstream: demo
            stages:
              authenticate: {{methods: [none], reason: test route}}
            strip_prefix: /api
            timeouts: {{read: 1s}}
          - id: stream
            match: {{path_prefix: /api/stream, methods: [GET, HEAD]}}
            upstream: demo
            stages:
              authenticate: {{methods: [none], reason: test route}}
            strip_prefix: /api
        """)
