"""A governed configuration, and a migrated store to publish into."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator

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
