"""The governance admin API and commands, on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from charter.cli import main
from charter.config.snapshots import save_snapshot
from charter.governance.disclosures import entered
from tests.admin.conftest import Admin
from tests.admin.conftest import admin as admin  # the fixtures
from tests.admin.conftest import store as store
from tests.governance.conftest import BASE


@pytest.mark.clause("SHARE-3")
def test_the_admin_api_serves_the_record_and_takes_disclosures(admin: Admin,
                                                               store: Engine) -> None:
    save_snapshot(store, BASE, "charter.yaml")
    ropa = admin.request("GET", "/admin/governance/ropa", admin.bootstrap)
    assert ropa.status_code == 200, ropa.text
    assert [r["name"] for r in ropa.json()["recipients"]] == ["CloudHost"]
    transfers = admin.request("GET", "/admin/governance/transfers", admin.bootstrap).json()
    assert {(t["name"], t["status"]) for t in transfers["transfers"]} == {
        ("shop", "home"), ("CloudHost", "home")}
    body = {"recipient": "Data Protection Authority", "legal_reference": "Art. 58(1)(a) GDPR",
            "categories": ["user.contact.email"], "reason": "inquiry 2026-17"}
    made = admin.request("POST", "/admin/governance/disclosures", admin.bootstrap, json=body)
    assert made.status_code == 201, made.text
    [stored] = entered(store)
    assert stored.legal_reference == "Art. 58(1)(a) GDPR" and stored.entered_by == "bootstrap"
    bad = admin.request("POST", "/admin/governance/disclosures", admin.bootstrap,
                        json={**body, "categories": ["user.unknown"]})
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_disclosure"


def test_reading_and_entering_need_their_permissions(admin: Admin) -> None:
    auditor = admin.login(admin.enrol("auditor"))
    support = admin.login(admin.enrol("support"))
    assert admin.request("GET", "/admin/governance/ropa", auditor).status_code == 200
    assert admin.request("GET", "/admin/governance/ropa", support).status_code == 403
    body = {"recipient": "Court", "legal_reference": "order 7", "categories": ["user.name"]}
    assert admin.request("POST", "/admin/governance/disclosures", auditor,
                         json=body).status_code == 403


@pytest.mark.clause("XFER-1")
def test_the_commands_print_the_record_transfers_and_disclosures(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "charter.yaml"
    path.write_text(BASE.replace("country: IE", "country: US, safeguard: scc")
                    + f"store: {{url: \"sqlite:///{tmp_path / 'charter.db'}\"}}\n")
    assert main(["migrate", "--config", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "recipient CloudHost: processor in US" in out
    assert "transfer: recipient CloudHost to US, safeguard scc (safeguarded)" in out
    assert "contact privacy: Privacy team (privacy@example.com)" in out
    assert main(["governance", "ropa", "--config", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["recipients"][0]["safeguard"] == "scc"
    assert main(["governance", "transfers", "--config", str(path)]) == 0
    assert "safeguarded" in capsys.readouterr().out
    assert main(["governance", "disclose", "--config", str(path), "--recipient", "Court",
                 "--legal-reference", "order 7", "--categories", "user.name,user.contact.email",
                 "--reason", "court order"]) == 0
    capsys.readouterr()
    assert main(["governance", "disclosures", "--config", str(path), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all("order 7" in line for line in lines[1:])
