"""Erasure reaches the file outbox (RIGHTS-3): messages still queued for the person are deleted
and counted with the other stores; those to others, and the notice sent afterwards, stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from charter.audit.log import AuditLog, AuditQuery
from charter.config.models import CharterConfig
from charter.identity import service as identity
from charter.privacy.keyring import Keyring
from charter.rights.models import COMPLETED
from charter.rights.outbox import FileOutbox, Message
from charter.rights.service import RightsService
from charter.rights.settings import RightsSettings

from .conftest import Clock


def _config(outbox: Path, kind: str = "file") -> CharterConfig:
    return CharterConfig.model_validate(
        {
            "rights": {"outbox": {"kind": kind, "directory": str(outbox)}},
        }
    )


def _addresses(directory: Path) -> list[str]:
    return sorted(json.loads(path.read_text())["to"] for path in directory.glob("msg_*.json"))


@pytest.mark.clause("RIGHTS-3")
def test_an_erasure_deletes_the_persons_queued_messages_and_counts_them(
    engine: Engine, keyring: Keyring, clock: Clock, tmp_path: Path
) -> None:
    directory = tmp_path / "outbox"
    config = _config(directory)
    rights = RightsService(engine, keyring, RightsSettings(), clock=clock)
    org = identity.create_organization(engine, "Shop", "shop")
    account = identity.create_account(
        engine,
        keyring,
        username="ada",
        kind="developer",
        org_id=org.id,
        email="ada.work@example.com",
    )
    filed = rights.create(
        "erase",
        [("email", "ada@example.com"), ("account", account.id)],
        actor="operator:acc_1",
        channel="admin",
        contact="ada.answers@example.com",
        verification="operator",
    )
    outbox = FileOutbox(directory)
    outbox.send(Message("ada@example.com", "Your code", "Your code is 123456"))
    outbox.send(Message("ADA@Example.com", "Your code", "Your code is 654321"))
    outbox.send(Message("Ada <ada.answers@example.com>", "Refused", "An older notice"))
    outbox.send(Message("ada.work@example.com", "Your account", "A notice"))
    outbox.send(Message("bo@example.org", "Your code", "Your code is 111111"))
    # A message whose writer died before renaming it: still hers, still deleted.
    (directory / ".msg_0123.tmp").write_text(json.dumps({"to": "ada@example.com"}))

    done = rights.advance(filed.id, actor="operator:acc_1", reason=None, config=config)

    assert done.state == COMPLETED
    assert done.result is not None
    assert done.result["summary"]["outbox_messages.deleted"] == 5
    assert done.result["summary"]["accounts.deleted"] == 1
    assert _addresses(directory) == ["bo@example.org"]
    assert not list(directory.glob(".msg_*"))
    (executed,) = AuditLog(engine).query(AuditQuery(action="rights.erase.executed"))
    assert executed.event.details["outbox_messages.deleted"] == 5
    # The notice that the erasure is done goes out afterwards and stays for the relay.
    outbox.send(Message("ada@example.com", "Your privacy request was carried out", "Done."))
    assert _addresses(directory) == ["ada@example.com", "bo@example.org"]


@pytest.mark.clause("RIGHTS-3")
def test_nothing_is_counted_when_nothing_was_queued_or_the_outbox_is_smtp(
    engine: Engine, keyring: Keyring, clock: Clock, tmp_path: Path
) -> None:
    rights = RightsService(engine, keyring, RightsSettings(), clock=clock)
    for kind in ("file", "smtp"):
        filed = rights.create(
            "erase",
            [("email", f"{kind}@example.com")],
            actor="operator:acc_1",
            channel="admin",
            verification="operator",
        )
        done = rights.advance(
            filed.id, actor="operator:acc_1", reason=None, config=_config(tmp_path / kind, kind)
        )
        assert done.state == COMPLETED
        assert done.result is not None
        assert "outbox_messages.deleted" not in done.result["summary"]
