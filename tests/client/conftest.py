"""Fixtures for the client library: a real gateway with a real upstream (the e2e fixtures),
credentials made in its store, and small scripted HTTP(S) servers on loopback."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from charter.identity import service
from charter.privacy.keyring import Keyring
from charter.store.engine import make_engine
from tests.e2e.conftest import (
    STARTUP_SECONDS,
    Charter,
    CharterFactory,
    Upstream,
    charter,
    config_text,
    demo_upstream,
    free_port,
    wait_until,
)
from tests.e2e.test_upstream_tls import _ca_and_leaf

__all__ = ["charter", "demo_upstream"]  # the e2e fixtures, used here as they are

SCOPES = ["orders:read"]


def routes(upstream: str) -> str:
    return f"""\
        upstreams:
          - name: demo
            targets: ["{upstream}"]
        routes:
          - id: orders
            match: {{path_prefix: /api/orders}}
            upstream: demo
            strip_prefix: /api
            stages:
              authorize: {{scopes: [orders:read]}}
          - id: echo
            match: {{path_prefix: /api/echo}}
            upstream: demo
            strip_prefix: /api
            stages:
              authorize: {{scopes: [orders:read]}}
          - id: status
            match: {{path_prefix: /api/status/}}
            upstream: demo
            strip_prefix: /api
            stages:
              authorize: {{scopes: [orders:read]}}
          - id: admin-only
            match: {{path_prefix: /api/admin/echo}}
            upstream: demo
            strip_prefix: /api/admin
            stages:
              authorize: {{scopes: [admin]}}
        """


@dataclass
class Gateway:
    """A running gateway, and a client of it with an API key and client credentials."""

    server: Charter
    client_id: str
    client_secret: str
    api_key: str
    scheme: str = "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server.gateway_port}"

    def secrets(self) -> list[str]:
        return [self.client_secret, self.api_key]


def provision(server: Charter, scheme: str = "http") -> Gateway:
    engine = make_engine(f"sqlite:///{server.db_path}")
    try:
        org = service.create_organization(engine, "Client Tests", "client-tests").id
        client_id = service.create_client(engine, org, "cli-app", SCOPES).id
        _, secret = service.reset_client_secret(engine, server.keyring, client_id)
        _, key = service.create_api_key(engine, server.keyring, client_id)
    finally:
        engine.dispose()
    return Gateway(server, client_id, secret, key, scheme)


@pytest.fixture
def gateway(charter: CharterFactory, demo_upstream: Upstream) -> Gateway:
    return provision(charter(routes(demo_upstream.url)))


@pytest.fixture
def tls_gateway(tmp_path: Path, demo_upstream: Upstream,
                certificates: dict[str, Path]) -> Iterator[Gateway]:
    """A gateway whose listeners speak TLS only, with a certificate from a private CA."""
    directory = tmp_path / "tls-charter"
    directory.mkdir()
    gateway_port, admin_port = free_port(), free_port()
    tls = f"{{cert_file: {certificates['server']}, key_file: {certificates['server_key']}}}"
    text = config_text(gateway_port, admin_port, routes(demo_upstream.url))
    for port in (gateway_port, admin_port):
        text = text.replace(f"port: {port}}}", f"port: {port}, tls: {tls}}}", 1)
    config_path = directory / "charter.yaml"
    config_path.write_text(text)
    Keyring.generate().save(directory / "charter.keyring")
    log_path = directory / "charter.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "charter.cli", "serve", "--config", str(config_path)],
            cwd=directory, stdout=log, stderr=subprocess.STDOUT)
    server = Charter(directory, config_path, directory / "charter.keyring", gateway_port,
                     admin_port, process, log_path)
    verify = ssl.create_default_context(cafile=str(certificates["ca"]))
    try:
        wait_until(lambda: httpx.get(f"https://127.0.0.1:{gateway_port}/readyz",
                                     verify=verify).status_code == 200,
                   STARTUP_SECONDS, "the TLS gateway")
        gateway = provision(server, "https")
        yield gateway
    finally:
        server.stop()


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """An environment where no credential is found unless a test puts it there."""
    for name in ("CHARTER_API_KEY", "CHARTER_CLIENT_ID", "CHARTER_CLIENT_SECRET",
                 "CHARTER_CREDENTIALS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


# --- scripted servers ---------------------------------------------------------------------

Reply = tuple[int, list[tuple[str, str]], bytes]


@dataclass
class Scripted:
    """A loopback HTTP(S) server answering from a script: one reply per request, the last one
    repeated. `seen` records (method, path, headers) of every request that arrived."""

    server: http.server.ThreadingHTTPServer
    scheme: str
    script: list[Reply]
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server.server_address[1]}"


def _handler(state: Callable[[], Scripted]) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            scripted = state()
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            scripted.seen.append((self.command, self.path,
                                  {k.lower(): v for k, v in self.headers.items()}))
            index = min(len(scripted.seen), len(scripted.script)) - 1
            status, headers, body = scripted.script[index]
            if status == 0:  # drop the connection without an answer
                self.close_connection = True
                return
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


ScriptedFactory = Callable[..., Scripted]


@pytest.fixture
def scripted() -> Iterator[ScriptedFactory]:
    started: list[Scripted] = []

    def start(script: list[Reply], *, tls: dict[str, Path] | None = None) -> Scripted:
        holder: list[Scripted] = []
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(lambda: holder[0]))
        scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(tls["server"], tls["server_key"])
            server.socket = context.wrap_socket(server.socket, server_side=True)
            scheme = "https"
        holder.append(Scripted(server, scheme, script))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(holder[0])
        return holder[0]

    yield start
    for item in started:
        item.server.shutdown()
        item.server.server_close()


@pytest.fixture
def certificates(tmp_path: Path) -> dict[str, Path]:
    """A private CA and a server certificate for 127.0.0.1 it signed (the e2e helper)."""
    directory = tmp_path / "tls"
    directory.mkdir()
    return _ca_and_leaf(directory)
