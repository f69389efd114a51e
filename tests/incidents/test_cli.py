"""`charter incidents ...` on a real store: every action audited as `cli` (clause USE-5)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from charter.audit.log import AuditLog, AuditQuery
from tests.support.test_cli import config as config  # the fixture
from tests.support.test_cli import run, store_of


@pytest.mark.clause("USE-5")
def test_an_incident_from_open_to_resolved(config: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    text = tmp_path / "what.txt"
    text.write_text("An export with customers' e-mail addresses was public for 3 hours\n")
    code, out, err = run(capsys, "incidents", "open", "--config", config, "--title",
                         "Public export bucket", "--severity", "high", "--description-file",
                         str(text), "--personal-data", "--categories", "user.contact.email",
                         "--people-affected", "1200", "--detected-at", "2026-03-02T09:00")
    assert code == 0, err
    incident_id = out.split()[1].rstrip(";")
    assert incident_id.startswith("inc_")
    assert "authority is due by 2026-03-05 09:00 UTC" in out

    code, out, _ = run(capsys, "incidents", "list", "--config", config)
    assert incident_id in out and "OVERDUE" in out  # detected long before today
    monkeypatch.setattr("sys.stdin", io.StringIO("Bucket closed at 12:04\n"))
    assert run(capsys, "incidents", "note", incident_id, "--config", config,
               "--text-file", "-")[0] == 0
    assert run(capsys, "incidents", "notify", incident_id, "--config", config, "--audience",
               "authority", "--reference", "DPA-2026-0042")[0] == 0
    ticket_file = tmp_path / "ticket.txt"
    ticket_file.write_text("Customers see others' e-mails\n")
    code, out, _ = run(capsys, "support", "open", "--config", config, "--client-id",
                       "cli_shop", "--description-file", str(ticket_file))
    ticket_id = out.split()[-1]
    assert run(capsys, "incidents", "link", incident_id, ticket_id, "--config", config)[0] == 0
    code, out, err = run(capsys, "incidents", "update", incident_id, "--config", config,
                         "--status", "resolved", "--no-personal-data")
    assert code == 0, err
    code, out, err = run(capsys, "incidents", "update", incident_id, "--config", config,
                         "--status", "open")
    assert code == 1 and "cannot become open" in err
    assert run(capsys, "incidents", "update", incident_id, "--config", config)[0] == 2

    code, out, _ = run(capsys, "incidents", "show", incident_id, "--config", config, "--json")
    shown = json.loads(out)
    assert shown["status"] == "resolved" and shown["authority_reference"] == "DPA-2026-0042"
    assert shown["personal_data"] is False and shown["authority_due_at"] is None
    assert [t["id"] for t in shown["tickets"]] == [ticket_id]
    assert [n["kind"] for n in shown["timeline"]] == [
        "opened", "note", "authority_notified", "ticket_linked", "status", "changed"]

    engine = store_of(config)
    actions = [e.event.action for e in reversed(AuditLog(engine).query(AuditQuery(actor="cli")))
               if e.event.action.startswith("charter incidents")]
    engine.dispose()
    assert actions == ["charter incidents open", "charter incidents note",
                       "charter incidents notify", "charter incidents link",
                       "charter incidents update", "charter incidents show"]


def test_a_title_naming_someone_is_refused(config: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "what.txt"
    text.write_text("details\n")
    code, _, err = run(capsys, "incidents", "open", "--config", config, "--title",
                       "Mail to ada@example.com bounced", "--severity", "low",
                       "--description-file", str(text))
    assert code == 2 and "the title holds personal data" in err
    assert "ada@example.com" not in err
