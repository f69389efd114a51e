"""`charter orgs`, `charter clients`, `charter keys` (clauses SEC-6, SCOPE-3, DATA-3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from charter.audit.models import audit_events
from charter.cli import main
from charter.identity import keys, service
from charter.privacy.keyring import Keyring
from charter.store.engine import make_engine


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory after `charter init`, which is also the current directory."""
    monkeypatch.chdir(tmp_path)
    for name in ("CHARTER_KEYRING", "CHARTER_STORE_URL", "CHARTER_VAR_DIR"):
        monkeypatch.delenv(name, raising=False)
    assert main(["init"]) == 0
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str, status: int = 0) -> tuple[str, str]:
    assert main(list(argv)) == status, capsys.readouterr()
    captured = capsys.readouterr()
    return captured.out, captured.err


@pytest.mark.clause("SEC-6")
def test_create_list_revoke_rotate(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    out, _ = run(capsys, "orgs", "create", "Acme Corp")
    org_id = out.strip()
    assert org_id.startswith("org_")
    out, _ = run(capsys, "orgs", "list")
    assert org_id in out and "acme-corp" in out

    out, _ = run(capsys, "clients", "create", "billing", "--org", org_id,
                 "--scopes", "orders:read,orders:write", "--routes", "orders")
    client_id = out.strip()
    out, _ = run(capsys, "clients", "list", "--org", org_id)
    assert client_id in out and "orders:read,orders:write" in out

    out, err = run(capsys, "keys", "create", "--client", client_id, "--expires", "90d",
                   "--env", "test")
    key = out.strip()
    parsed = keys.parse_key(key)
    assert parsed is not None and parsed.env == "test"
    assert "shown only this once" in err and key not in err
    assert parsed.key_id in err

    out, _ = run(capsys, "keys", "list", "--client", client_id)
    assert parsed.key_id in out and "active" in out and key not in out

    out, err = run(capsys, "keys", "rotate", parsed.key_id, "--overlap", "1d")
    new_key = out.strip()
    new = keys.parse_key(new_key)
    assert new is not None and new.key_id != parsed.key_id
    assert "shown only this once" in err and parsed.key_id in err

    out, _ = run(capsys, "keys", "revoke", new.key_id)
    assert f"revoked {new.key_id}" in out
    out, _ = run(capsys, "keys", "list", "--client", client_id)
    assert "revoked" in out and new_key not in out

    # What the CLI wrote is what the gateway reads.
    keyring = Keyring.load(project / "charter.keyring")
    engine = make_engine(f"sqlite:///{project / 'var' / 'charter.db'}")
    try:
        assert service.authenticate_api_key(engine, keyring, key) is not None  # in overlap
        assert service.authenticate_api_key(engine, keyring, new_key) is None  # revoked
        with engine.connect() as connection:
            events = [dict(row._mapping) for row in connection.execute(
                select(audit_events).order_by(audit_events.c.seq))]
    finally:
        engine.dispose()

    # Every change is audited, listings are not, and no key is in the log.
    assert [(e["actor"], e["action"], e["outcome"]) for e in events] == [
        ("cli", "charter orgs create", "success"),
        ("cli", "charter clients create", "success"),
        ("cli", "charter keys create", "success"),
        ("cli", "charter keys rotate", "success"),
        ("cli", "charter keys revoke", "success"),
    ]
    assert events[2]["target"] == f"client_id={client_id}/key_id={parsed.key_id}"
    assert events[3]["details"] == {"rotated_from": parsed.key_id}
    assert key not in repr(events) and new_key not in repr(events)


@pytest.mark.clause("SCOPE-3")
def test_client_secret_and_disable(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    org_id = run(capsys, "orgs", "create", "Acme")[0].strip()
    client_id = run(capsys, "clients", "create", "svc", "--org", org_id,
                    "--scopes", "a")[0].strip()
    out, err = run(capsys, "clients", "secret", client_id)
    secret = out.strip()
    assert keys.looks_like_client_secret(secret)
    assert "shown only this once" in err and secret not in err

    keyring = Keyring.load(project / "charter.keyring")
    engine = make_engine(f"sqlite:///{project / 'var' / 'charter.db'}")
    try:
        assert service.authenticate_client_secret(engine, keyring, client_id, secret)
        out, _ = run(capsys, "clients", "disable", client_id)
        assert f"disabled {client_id}" in out
        assert service.authenticate_client_secret(engine, keyring, client_id, secret) is None
    finally:
        engine.dispose()


def test_errors_are_one_line_without_traceback(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    _, err = run(capsys, "keys", "revoke", "key_" + "0" * 12, status=1)
    assert err.strip() == "charter: no API key key_000000000000"
    _, err = run(capsys, "clients", "create", "x", "--org", "org_" + "0" * 16, "--scopes", "a",
                 status=1)
    assert "no organization" in err
    _, err = run(capsys, "orgs", "create", "x", "--slug", "Bad Slug", status=2)
    assert err.startswith("charter: a slug")
    _, err = run(capsys, "keys", "create", "--client", "cli_x", "--expires", "soon", status=2)
    assert "expected a duration" in err
    _, err = run(capsys, "orgs", "list", "--config", "missing.yaml", status=2)
    assert "Traceback" not in err


@pytest.mark.clause("DATA-3")
def test_a_key_given_where_an_id_belongs_is_not_repeated(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    key = keys.generate_key().key
    out, err = run(capsys, "keys", "revoke", key, status=1)
    assert key not in out + err
    assert "no API key with that id" in err

    # The refusal is audited, naming no key.
    engine = make_engine(f"sqlite:///{project / 'var' / 'charter.db'}")
    try:
        with engine.connect() as connection:
            event = connection.execute(select(audit_events)).one()
    finally:
        engine.dispose()
    assert (event.action, event.outcome, event.reason, event.target) == (
        "charter keys revoke", "failure", "not_found", "key_id=<invalid>")
