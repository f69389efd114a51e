"""A governed configuration, a migrated store to publish into, and a webhook receiver."""

from __future__ import annotations

import textwrap
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import Engine

from charter.config.loader import parse_config
from charter.config.models import CharterConfig
from charter.store.engine import make_engine
from charter.store.migrate import upgrade

BASE = """\
service: {name: Example API}
controller: {name: Example GmbH, address: "1 Main St, Berlin", country: DE}
contacts:
  - {role: privacy, name: Privacy Team, email: privacy@example.com}
  - {role: security, name: Security Desk, email: security@example.com}
locations: {infrastructure: [DE], support: [DE]}
recipients:
  - {name: cloudhost, role: processor, country: US, safeguard: scc, agreement: DPA-1,
     purposes: [service_delivery], categories: [user.device.ip_address]}
upstreams:
  - {name: api, targets: ["http://127.0.0.1:9"]}
routes:
  - {id: api, upstream: api}
"""

ConfigFactory = Callable[..., CharterConfig]


@pytest.fixture
def make_config() -> ConfigFactory:
    """`make_config(extra_yaml, replace={old: new})`: the base configuration, adjusted."""
    def build(extra: str = "", replace: dict[str, str] | None = None) -> CharterConfig:
        text = BASE
        for old, new in (replace or {}).items():
            assert old in text, old
            text = text.replace(old, new)
        return parse_config(text + textwrap.dedent(extra), "test.yaml")
    return build


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()


class Receiver:
    """A real HTTP server answering with the statuses queued in `answers` (then 200)."""

    def __init__(self) -> None:
        self.answers: list[int] = []
        self.received: list[tuple[dict[str, str], bytes]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                outer.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                status = outer.answers.pop(0) if outer.answers else 200
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/policy"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    thread = threading.Thread(target=found.server.serve_forever, daemon=True)
    thread.start()
    yield found
    found.server.shutdown()
    found.server.server_close()
    thread.join(5)
