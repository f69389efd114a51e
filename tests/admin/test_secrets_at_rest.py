"""Passwords, TOTP secrets and session tokens are never stored or logged in the clear (DATA-3)."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import pytest
from sqlalchemy import select, text

from charter.admin import totp
from charter.identity.models import accounts
from charter.privacy.keyring import Keyring
from charter.store.models import metadata
from tests.admin.conftest import Admin


def stored_text(admin: Admin) -> str:
    """Every value of every table, and the raw bytes of the database files."""
    parts = []
    with admin.engine.connect() as c:
        for table in metadata.sorted_tables:
            for row in c.execute(select(table)):
                parts.append(repr(tuple(row)))
    database = Path(str(admin.engine.url.database))
    c_files = [database, database.with_name(database.name + "-wal")]
    for path in c_files:
        if path.exists():
            parts.append(path.read_bytes().decode("latin-1"))
    return "\n".join(parts)


@pytest.mark.clause("DATA-3")
def test_no_password_totp_secret_or_token_is_stored_or_logged(
        admin: Admin, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    owner = admin.enrol("owner", "erin")
    token = admin.login(owner)
    created = admin.request("POST", "/admin/operators", token,
                            json={"username": "frank", "role": "support"}).json()
    new_password = "correct horse battery staple"
    admin.clock.advance(seconds=30)
    assert admin.request("POST", "/admin/me/password", token, json={
        "current_password": owner.password, "new_password": new_password}).status_code == 204
    admin.request("POST", "/admin/login", json={"username": "erin", "password": "a wrong one!"})
    with admin.engine.begin() as c:
        c.execute(text("PRAGMA wal_checkpoint(PASSIVE)"))

    secrets = {
        "password": owner.password, "new password": new_password,
        "generated password": created["password"], "session token": token,
        "totp secret (base32)": base64.b32encode(owner.secret).decode().rstrip("="),
        "other totp secret": created["totp_uri"].split("secret=")[1].split("&")[0],
        "wrong password": "a wrong one!",
    }
    at_rest = stored_text(admin)
    for name, value in secrets.items():
        assert value not in at_rest, f"{name} is stored in the clear"
        assert value not in caplog.text, f"{name} was logged"
    assert owner.secret.decode("latin-1") not in at_rest

    with admin.engine.connect() as c:
        row = c.execute(select(accounts.c.password_hash, accounts.c.totp_secret)
                        .where(accounts.c.id == owner.account_id)).one()
    assert row.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert row.totp_secret.startswith(f"v1:{admin.keyring.active_kid}:")


@pytest.mark.clause("DATA-3")
def test_a_totp_secret_only_opens_with_the_keyring_and_on_its_own_account() -> None:
    keyring = Keyring.generate()
    secret = totp.new_secret()
    sealed = totp.seal(keyring, "acc_one", secret)
    assert totp.unseal(keyring, "acc_one", sealed) == secret
    with pytest.raises(totp.TotpSecretError):
        totp.unseal(keyring, "acc_two", sealed)  # copied onto another account
    with pytest.raises(totp.TotpSecretError):
        totp.unseal(Keyring.generate(), "acc_one", sealed)
    with pytest.raises(totp.TotpSecretError):
        totp.unseal(keyring, "acc_one", sealed[:-4] + "AAAA")
    old_kid = keyring.active_kid
    keyring.rotate()
    assert totp.needs_reseal(keyring, sealed)
    assert totp.unseal(keyring, "acc_one", sealed) == secret  # still readable after rotation
    keyring.retire(old_kid)
    with pytest.raises(totp.TotpSecretError):
        totp.unseal(keyring, "acc_one", sealed)


@pytest.mark.clause("DATA-3")
def test_a_login_after_a_keyring_rotation_reseals_the_totp_secret(admin: Admin) -> None:
    owner = admin.enrol("owner")
    admin.keyring.rotate()
    admin.login(owner)
    with admin.engine.connect() as c:
        sealed: str = c.execute(select(accounts.c.totp_secret)
                           .where(accounts.c.id == owner.account_id)).scalar_one()
    assert sealed.startswith(f"v1:{admin.keyring.active_kid}:")


@pytest.mark.clause("DATA-3")
def test_a_credential_pasted_into_a_path_does_not_reach_the_audit_log(admin: Admin) -> None:
    support_token = admin.login(admin.enrol("support"))
    leaked = "chk_live_" + "aB3dE5" * 8 + "xyz"
    response = admin.request("POST", f"/admin/keys/{leaked}/revoke", support_token)
    assert response.status_code == 403
    (event,) = admin.events(outcome="denied")
    assert event.event.target == "key_id=<invalid>"
    assert leaked not in stored_text(admin)
