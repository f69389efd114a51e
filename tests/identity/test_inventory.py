"""The identity tables are in the privacy inventory, with honest declarations (DATA-1)."""

from __future__ import annotations

import pytest

from charter.identity.models import accounts, api_keys, clients, organizations
from charter.privacy import inventory


@pytest.mark.clause("DATA-1")
def test_the_identity_tables_are_declared_with_their_categories() -> None:
    for table in (organizations, accounts, clients, api_keys):
        record = inventory.get(table.name)
        assert record.categories and record.purposes and record.retention, table.name

    people = inventory.get("accounts")
    assert {"user.account.username", "user.contact.email",
            "user.authorization.credentials"} <= set(people.categories)
    assert people.subject_column == "subject_key" and people.holds_personal_data
    assert set(people.subjects) == {"operator", "client_developer"}
    assert "user.professional_information.workplace" in inventory.get("organizations").categories
    for name in ("clients", "api_keys"):
        assert "system.authentication" in inventory.get(name).categories
        assert inventory.get(name).retention == "security"


@pytest.mark.clause("DATA-3")
def test_no_identity_table_has_a_column_for_a_secret_in_the_clear() -> None:
    # An allow-list: every column whose name speaks of a secret, a key or a password holds a
    # hash, a key id, or (totp_secret) a value the admin plane encrypts.
    allowed = {"secret_hash", "secret_kid", "hash_kid", "password_hash", "totp_secret",
               "subject_key", "gateway_subject_key"}
    for table in (organizations, accounts, clients, api_keys):
        for column in table.columns.keys():
            if any(word in column for word in ("secret", "key", "password", "token")):
                assert column in allowed, f"{table.name}.{column}"
