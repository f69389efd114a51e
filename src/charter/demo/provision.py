"""The identities `charter serve --demo` creates, so its printed lines work at once."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from charter.identity.service import (
    create_api_key,
    create_client,
    create_organization,
    reset_client_secret,
)
from charter.privacy.keyring import Keyring


@dataclass(frozen=True)
class DemoIdentities:
    org_id: str
    other_org_id: str
    client_id: str
    client_secret: str = field(repr=False)
    api_key: str = field(repr=False)


def provision(engine: Engine, keyring: Keyring) -> DemoIdentities:
    """A demo organization with one client (key and client credentials), and a second
    organization whose data that client must never reach."""
    org = create_organization(engine, "Demo Shop", "demo-shop")
    other = create_organization(engine, "Other Tenant", "other-tenant")
    client = create_client(engine, org.id, "demo-app", ["orders:read", "patients:read"])
    _, secret = reset_client_secret(engine, keyring, client.id)
    _, key = create_api_key(engine, keyring, client.id, env="test",
                            description="created by charter serve --demo")
    return DemoIdentities(org_id=org.id, other_org_id=other.id, client_id=client.id,
                          client_secret=secret, api_key=key)
