"""Accounts of people: operators and client developers (clauses DATA-1, SEC-2)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, select

from charter.identity import service
from charter.identity.models import accounts
from charter.identity.service import IdentityError
from charter.privacy.keyring import Keyring
from charter.privacy.pseudonym import Pseudonymizer


def _code(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(IdentityError) as caught:
        call(*args, **kwargs)
    return caught.value.code


@pytest.mark.clause("DATA-1")
def test_a_developer_account(engine: Engine, keyring: Keyring) -> None:
    org = service.create_organization(engine, "Acme")
    account = service.create_account(engine, keyring, username="  Ada.L@Acme  ", kind="developer",
                                     org_id=org.id, email="ada@acme.example", is_minor=False)
    assert account.id.startswith("acc_")
    assert (account.username, account.kind, account.role, account.org_id) == (
        "ada.l@acme", "developer", None, org.id)
    assert account.subject_key == Pseudonymizer(keyring).subject_key("account", account.id)
    assert not account.has_password and not account.has_totp and account.failed_logins == 0
    assert service.get_account(engine, account.id) == account
    assert service.list_accounts(engine, kind="developer", org_id=org.id) == [account]
    assert service.list_accounts(engine, kind="operator") == []

    # Usernames are unique whatever their case.
    assert _code(service.create_account, engine, keyring, username="ADA.L@ACME",
                 kind="developer", org_id=org.id) == "conflict"


@pytest.mark.clause("SEC-2")
def test_an_operator_account(engine: Engine, keyring: Keyring) -> None:
    hashed = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"
    operator = service.create_account(engine, keyring, username="root-ops", kind="operator",
                                      role="security", password_hash=hashed)
    assert operator.org_id is None and operator.role == "security" and operator.has_password
    assert hashed not in repr(operator)
    with engine.connect() as connection:
        stored = connection.scalar(select(accounts.c.password_hash)
                                   .where(accounts.c.id == operator.id))
    assert stored == hashed


def test_accounts_are_validated(engine: Engine, keyring: Keyring) -> None:
    org = service.create_organization(engine, "Acme")
    bad: list[dict[str, Any]] = [
        {"username": "x", "kind": "developer", "org_id": org.id},  # too short
        {"username": "has space", "kind": "developer", "org_id": org.id},
        {"username": "dev", "kind": "robot", "org_id": org.id},
        {"username": "dev", "kind": "developer"},  # no organization
        {"username": "dev", "kind": "developer", "org_id": org.id, "role": "admin"},
        {"username": "ops", "kind": "operator"},  # no role
        {"username": "ops", "kind": "operator", "role": "god"},
        {"username": "ops", "kind": "operator", "role": "admin", "org_id": org.id},
        {"username": "ops", "kind": "operator", "role": "admin", "password_hash": "hunter2"},
        {"username": "dev", "kind": "developer", "org_id": org.id, "email": "not-an-address"},
    ]
    for fields in bad:
        assert _code(service.create_account, engine, keyring, **fields) == "invalid", fields
    assert _code(service.create_account, engine, keyring, username="dev", kind="developer",
                 org_id="org_" + "0" * 16) == "not_found"
    service.disable_organization(engine, org.id)
    assert _code(service.create_account, engine, keyring, username="dev", kind="developer",
                 org_id=org.id) == "conflict"
    assert _code(service.get_account, engine, "acc_" + "0" * 16) == "not_found"
    assert _code(service.list_accounts, engine, kind="robot") == "invalid"
    assert service.list_accounts(engine) == []
