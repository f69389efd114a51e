"""A migrated store on SQLite and PostgreSQL and the incident service over it; the admin app
on a real socket comes from the support tests' fixtures."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from charter.incidents.service import IncidentService
from charter.privacy.keyring import Keyring
from tests.support.conftest import NOW
from tests.support.conftest import engine as engine  # the fixtures
from tests.support.conftest import keyring as keyring
from tests.support.conftest import live as live


@pytest.fixture
def service(engine: Engine, keyring: Keyring) -> IncidentService:
    return IncidentService(engine, keyring, clock=lambda: NOW)
