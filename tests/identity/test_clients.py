"""Organizations and clients, and OAuth2 client-secret authentication (clause SCOPE-3)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from charter.identity import keys, service
from charter.identity.models import Client
from charter.identity.service import IdentityError
from charter.privacy.keyring import Keyring

from .conftest import Statements


def _code(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(IdentityError) as caught:
        call(*args, **kwargs)
    return caught.value.code


def test_organizations(engine: Engine) -> None:
    acme = service.create_organization(engine, "  Acme Corp. (EU)  ")
    assert (acme.name, acme.slug, acme.status) == ("Acme Corp. (EU)", "acme-corp-eu", "active")
    assert acme.id.startswith("org_") and len(acme.id) == 20
    other = service.create_organization(engine, "Other", slug="other-1")
    assert service.get_organization(engine, acme.id) == acme
    assert [o.id for o in service.list_organizations(engine)] == [acme.id, other.id]

    assert _code(service.create_organization, engine, "Acme again", "acme-corp-eu") == "conflict"
    assert _code(service.create_organization, engine, "x", "Not A Slug") == "invalid"
    assert _code(service.create_organization, engine, "!!!") == "invalid"  # no slug to make
    assert _code(service.create_organization, engine, "") == "invalid"
    assert _code(service.create_organization, engine, "tab\there") == "invalid"
    assert _code(service.get_organization, engine, "org_" + "0" * 16) == "not_found"
    assert _code(service.get_organization, engine, "'; drop table x") == "not_found"

    disabled = service.disable_organization(engine, other.id)
    assert disabled.status == "disabled"
    assert service.disable_organization(engine, other.id) == disabled
    assert [o.id for o in service.list_organizations(engine, status="active")] == [acme.id]
    assert _code(service.create_client, engine, other.id, "c", ["a"]) == "conflict"


def test_clients(engine: Engine) -> None:
    org = service.create_organization(engine, "Acme")
    client = service.create_client(engine, org.id, "billing", ["orders:read", "orders:read",
                                                              "invoices/write"])
    assert client.scopes == ("orders:read", "invoices/write")
    assert client.allowed_routes is None and not client.has_secret
    limited = service.create_client(engine, org.id, "reports", [], ["reports", "orders.v2"])
    assert limited.allowed_routes == ("reports", "orders.v2")
    assert service.get_client(engine, client.id) == client
    assert [c.id for c in service.list_clients(engine, org_id=org.id)] == [client.id, limited.id]
    assert service.list_clients(engine, org_id="org_" + "0" * 16) == []

    too_many = [f"s{i}" for i in range(101)]
    for scopes in (["has space"], ["x" * 129], [""], "orders:read", too_many):
        assert _code(service.create_client, engine, org.id, "c", scopes) == "invalid", scopes
    for routes in (["Orders"], ["../x"], "orders"):
        assert _code(service.create_client, engine, org.id, "c", ["a"], routes) == "invalid"
    assert _code(service.create_client, engine, "org_" + "0" * 16, "c", ["a"]) == "not_found"

    assert service.disable_client(engine, client.id).status == "disabled"
    assert _code(service.disable_client, engine, "cli_nope") == "not_found"
    assert _code(service.create_api_key, engine, Keyring.generate(), limited.id,
                 env="prod") == "invalid"


@pytest.mark.clause("SCOPE-3")
def test_client_secret_authentication(engine: Engine, keyring: Keyring, client: Client) -> None:
    assert service.authenticate_client_secret(engine, keyring, client.id,
                                              keys.generate_client_secret()) is None  # no secret

    updated, secret = service.reset_client_secret(engine, keyring, client.id)
    assert updated.has_secret and keys.looks_like_client_secret(secret)
    assert secret not in repr(updated)
    found = service.authenticate_client_secret(engine, keyring, client.id, secret)
    assert found is not None
    assert (found.client_id, found.org_id, found.scopes, found.allowed_routes) == (
        client.id, client.org_id, client.scopes, client.allowed_routes)

    wrong = keys.generate_client_secret()
    for client_id, presented in (
        (client.id, wrong),  # wrong secret
        (client.id, secret[:-1]),  # malformed
        (client.id, secret + "x"),
        (client.id, ""),
        (client.id, secret.upper()),
        ("cli_" + "0" * 16, secret),  # unknown client
        ("not an id", secret),
    ):
        assert service.authenticate_client_secret(engine, keyring, client_id, presented) is None

    # A reset replaces the old secret at once.
    _, newer = service.reset_client_secret(engine, keyring, client.id)
    assert service.authenticate_client_secret(engine, keyring, client.id, secret) is None
    assert service.authenticate_client_secret(engine, keyring, client.id, newer) is not None

    service.disable_client(engine, client.id)
    assert service.authenticate_client_secret(engine, keyring, client.id, newer) is None
    assert _code(service.reset_client_secret, engine, keyring, client.id) == "conflict"


@pytest.mark.clause("SCOPE-3")
def test_a_disabled_organization_stops_its_clients(
    engine: Engine, keyring: Keyring, client: Client
) -> None:
    _, secret = service.reset_client_secret(engine, keyring, client.id)
    service.disable_organization(engine, client.org_id)
    assert service.authenticate_client_secret(engine, keyring, client.id, secret) is None


@pytest.mark.clause("SCOPE-3")
def test_every_attempt_costs_one_read_and_one_hmac(
    engine: Engine, keyring: Keyring, client: Client, statements: Statements,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, secret = service.reset_client_secret(engine, keyring, client.id)
    calls: list[str] = []
    real = keys._hmac

    def counting(keyring: Keyring, domain: str, text: str, kid: str | None) -> str:
        calls.append(domain)
        return real(keyring, domain, text, kid)

    monkeypatch.setattr(keys, "_hmac", counting)
    attempts = [
        (client.id, secret), (client.id, keys.generate_client_secret()), (client.id, "short"),
        ("cli_" + "0" * 16, secret), ("cli_" + "0" * 16, "x" * 10_000),
    ]
    for client_id, presented in attempts:
        calls.clear()
        statements.seen.clear()
        service.authenticate_client_secret(engine, keyring, client_id, presented)
        assert calls == ["client-secret-hash"], (client_id, presented[:8])
        assert len(statements.seen) == 1
