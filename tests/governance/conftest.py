"""A migrated store (SQLite and PostgreSQL) and a governance configuration to start from."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from charter.store.engine import make_engine
from charter.store.migrate import upgrade

BASE = textwrap.dedent("""\
    version: 1
    controller: {name: Example Shop GmbH, address: "Hauptstr. 1, 10115 Berlin", country: DE}
    contacts:
      - {role: privacy, name: Privacy team, email: privacy@example.com}
    purposes:
      - {name: service_delivery, legal_basis: contract, categories: [user.contact.email]}
      - {name: security, legal_basis: legitimate_interests, use: essential.service.security}
      - {name: operations, legal_basis: legitimate_interests}
    recipients:
      - {name: CloudHost, role: processor, country: IE, agreement: DPA-2024-03,
         agreement_date: 2024-03-01, purposes: [service_delivery],
         categories: [user.contact.email]}
    upstreams:
      - {name: shop, targets: ["http://127.0.0.1:9000"], recipient: CloudHost}
    routes:
      - {id: orders, upstream: shop, purpose: service_delivery}
    """)


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield engine
    engine.dispose()
