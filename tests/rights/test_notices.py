"""Requesters are told of a refusal and of an extension, with the reason, through the rights
outbox; when they cannot be, the change stands and the history says so."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from charter.cli import main
from charter.privacy.keyring import Keyring
from charter.rights.notices import tell
from charter.rights.outbox import FileOutbox
from charter.rights.service import RightsService
from tests.rights.conftest import audit_rows


def _messages(directory: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted(directory.glob("*.json"))]


def _verified(rights: RightsService, contact: str | None) -> str:
    return rights.create("erase", [("email", "ada@example.com")], actor="acc_officer",
                         channel="admin", contact=contact, verification="operator",
                         reason="passport seen").id


@pytest.mark.clause("RIGHTS-7")
def test_an_extension_is_announced_with_its_reason_and_date(
        rights: RightsService, engine: Engine, tmp_path: Path) -> None:
    request_id = _verified(rights, "ada@example.com")
    outbox = FileOutbox(tmp_path / "outbox")
    assert tell(rights, outbox, request_id, actor="acc_officer", service_name="Shop") == ""
    assert not outbox.directory.exists()  # nothing to tell about a verified request
    extended = rights.extend(request_id, actor="acc_officer", reason="records in three systems")
    assert tell(rights, outbox, request_id, actor="acc_officer", service_name="Shop") == "sent"
    (message,) = _messages(outbox.directory)
    assert message["to"] == "ada@example.com" and request_id in message["subject"]
    assert "records in three systems" in message["text"]
    assert extended.due_at is not None and "2026-04-30" in message["text"]
    last = rights.events(request_id)[-1]
    assert last["actor"] == "acc_officer" and last["details"]["message_id"] == message["id"]
    assert [(r["action"], r["reason"]) for r in audit_rows(engine)][-1] == (
        "rights.notice", "sent")


@pytest.mark.clause("RIGHTS-3")
def test_a_refusal_stands_when_the_requester_cannot_be_told(
        rights: RightsService, engine: Engine, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    down = FileOutbox(blocked / "outbox")
    request_id = _verified(rights, "ada@example.com")
    rights.deny(request_id, actor="acc_officer", reason="a legal hold covers the data")
    assert tell(rights, down, request_id, actor="acc_officer",
                service_name="Shop") == "outbox_unavailable"
    assert rights.get(request_id).state == "denied"
    silent = _verified(rights, None)
    rights.deny(silent, actor="acc_officer", reason="duplicate request")
    assert tell(rights, down, silent, actor="acc_officer", service_name="Shop") == "no_contact"
    told = [(r["outcome"], r["reason"]) for r in audit_rows(engine)
            if r["action"] == "rights.notice"]
    assert told == [("failure", "outbox_unavailable"), ("failure", "no_contact")]
    assert rights.events(silent)[-1]["reason"] == ("the requester could not be told: no "
                                                   "address to answer (denied)")


def test_the_cli_tells_the_requester_of_a_refusal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "charter.yaml"
    config.write_text('store: {url: "sqlite:///var/charter.db"}\n')
    Keyring.generate().save(tmp_path / "charter.keyring")
    assert main(["rights", "create", "access", "--config", str(config), "--email",
                 "bo@example.org", "--verified", "--reason", "signed letter"]) == 0
    request_id = capsys.readouterr().out.strip()
    assert main(["rights", "deny", request_id, "--config", str(config), "--reason",
                 "we hold nothing about this address"]) == 0
    assert "the requester was told" in capsys.readouterr().err
    (message,) = _messages(tmp_path / "var" / "outbox")
    assert message["to"] == "bo@example.org"
    assert "we hold nothing about this address" in message["text"]
