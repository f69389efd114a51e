"""A store holding the consent tables (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from charter.consent.models import consents, minors
from charter.store.engine import make_engine


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = make_engine(store_url)
    consents.create(engine)
    minors.create(engine)
    yield engine
    engine.dispose()
