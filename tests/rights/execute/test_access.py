"""Access and export (RIGHTS-1, RIGHTS-6): every row about the subject, nothing about others,
readable by them, with what Art. 15 asks to be told; encrypted at rest, fetched by a signed
link, deleted when it expires."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import Engine, insert, select

from charter.audit.log import AuditEvent, AuditLog
from charter.capture.crypto import body_aad, seal
from charter.capture.keys import ensure_day_key
from charter.capture.models import captures
from charter.config.models import CharterConfig
from charter.identity import service
from charter.privacy.keyring import Keyring
from charter.privacy.minimisation import minimisation_warnings
from charter.rights.execute import purge_bundles, run, signed_link
from charter.rights.execute.bundles import load_bundle, verify_link
from charter.rights.execute.collect import WITHHELD
from charter.rights.execute.models import rights_bundles
from charter.shredding.keys import SubjectKeys

from .conftest import NOW, Request, bundle_files, log_requests, request, subject_key

ADA_SUB = ("sub", "people:ada-7f3")
BO_SUB = ("sub", "people:bo-2c9")


def _world(engine: Engine, keyring: Keyring) -> Request:
    """Ada's rows in every kind of table, and Bo's in some; returns Ada's access request."""
    org = service.create_organization(engine, "Shop", "shop")
    account = service.create_account(engine, keyring, username="ada", kind="developer",
                                     org_id=org.id, email="ada@example.com",
                                     password_hash="$argon2id$v=19$not-a-real-hash")
    ada = subject_key(keyring, *ADA_SUB)
    bo = subject_key(keyring, *BO_SUB)
    log_requests(engine, ada, 5, user_agent="ada-agent/1")
    log_requests(engine, bo, 3, user_agent="bo-agent/1")
    keys = SubjectKeys(engine, keyring)
    AuditLog(engine).record_sync(AuditEvent(
        actor="system", action="rights.test", outcome="success", subject_key=ada,
        target=keys.seal(ada, "Ada's parcel order", "audit.target")))
    day = date(2026, 3, 2)
    key = ensure_day_key(engine, keyring, day)
    nonce, ciphertext = seal(key, b'{"note": "leave at the green door"}',
                             body_aad("cap_ada", "r1", "request"))
    with engine.begin() as connection:
        connection.execute(insert(captures), [{
            "id": "cap_ada", "ts": NOW, "day": day, "request_id": "r1", "route_id": "orders",
            "client_id": None, "subject_key": ada, "direction": "request", "status": None,
            "content_type": "application/json", "size": 34, "truncated": False,
            "nonce": nonce, "ciphertext": ciphertext, "retention": "operational",
            "approval_id": None, "readers": None}])
        connection.execute(insert(minimisation_warnings), [
            {"ts": NOW, "route_id": "orders", "client_id": "cli_ada", "path": "$.note",
             "kind": "email", "count": 1},
            {"ts": NOW, "route_id": "orders", "client_id": "cli_bo", "path": "$.note",
             "kind": "phone", "count": 2}])
    return request(keyring, "access", [ADA_SUB, ("account", account.id), ("client", "cli_ada")])


@pytest.mark.clause("RIGHTS-1")
def test_the_bundle_holds_every_row_about_the_subject_and_nothing_about_others(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    result = run(engine, keyring, config, _world(engine, keyring))
    assert result.outcome == "completed", result
    assert result.summary["access_log.rows"] == 5
    files = bundle_files(engine, keyring, result.artifact_id)
    everything = b"".join(files.values())
    assert b"bo-agent" not in everything and b"cli_bo" not in everything
    assert subject_key(keyring, *BO_SUB).encode() not in everything

    log = json.loads(files["tables/access_log.json"])
    assert len(log) == 5 and {row["user_agent"] for row in log} == {"ada-agent/1"}
    (account,) = json.loads(files["tables/accounts.json"])
    assert account["email"] == "ada@example.com" and account["password_hash"] == WITHHELD
    (event,) = [e for e in json.loads(files["tables/audit_events.json"])
                if e["action"] == "rights.test"]
    assert event["target"] == "Ada's parcel order"  # sealed for her, opened for her
    (capture,) = json.loads(files["tables/captures.json"])
    assert capture["body"] == '{"note": "leave at the green door"}'
    assert "ciphertext" not in capture
    (warning,) = json.loads(files["tables/minimisation_warnings.json"])
    assert warning["client_id"] == "cli_ada"
    assert all(row["wrapped"] == WITHHELD
               for row in json.loads(files["tables/subject_keys.json"]))


@pytest.mark.clause("RIGHTS-1")
def test_the_summary_says_what_article_15_asks(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    result = run(engine, keyring, config, _world(engine, keyring))
    summary = json.loads(bundle_files(engine, keyring, result.artifact_id)["summary.json"])
    assert summary["kind"] == "access" and summary["request_id"] == "rr_test1"
    tables = {table["table"]: table for table in summary["tables"]}
    assert tables["access_log"]["rows"] == 5
    assert tables["access_log"]["retention"] == {"class": "operational", "days": 7}
    assert tables["access_log"]["legal_basis"] == "legitimate_interests"
    assert "user.device.ip_address" in summary["categories"]
    assert {"name": "operations", "legal_basis": "legitimate_interests",
            "description": "Monitor availability, performance and reliability"} in (
        summary["purposes"])
    (shop,) = summary["recipients"]
    assert shop["name"] == "shop" and shop["purposes"] == ["service_delivery"]
    assert summary["retention_periods_days"]["security"] == 1095
    assert summary["sources"] and summary["rights"] and summary["automated_decisions"]


@pytest.mark.clause("RIGHTS-6")
def test_an_export_is_machine_readable_json_and_csv(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    access = _world(engine, keyring)
    export = request(keyring, "export", access.subject_identifiers)
    result = run(engine, keyring, config, export)
    files = bundle_files(engine, keyring, result.artifact_id)
    assert json.loads(files["summary.json"])["kind"] == "export"
    for name in ("access_log", "accounts", "captures", "audit_events"):
        rows = json.loads(files[f"tables/{name}.json"])
        table = list(csv.DictReader(io.StringIO(files[f"tables/{name}.csv"].decode())))
        assert len(table) == len(rows) > 0
    log = list(csv.DictReader(io.StringIO(files["tables/access_log.csv"].decode())))
    assert log[0]["user_agent"] == "ada-agent/1" and log[0]["status"] == "200"


def test_a_csv_cell_is_never_a_formula(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    key = subject_key(keyring, *ADA_SUB)
    log_requests(engine, key, 1, user_agent="=HYPERLINK(\"http://x\")")
    result = run(engine, keyring, config, request(keyring, "export", [ADA_SUB]))
    cell = bundle_files(engine, keyring, result.artifact_id)["tables/access_log.csv"].decode()
    assert "'=HYPERLINK" in cell


@pytest.mark.clause("RIGHTS-1")
def test_the_bundle_is_encrypted_at_rest_and_the_link_is_signed_and_expires(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    result = run(engine, keyring, config, _world(engine, keyring))
    assert result.artifact_id is not None
    with engine.connect() as connection:
        row = connection.execute(select(rights_bundles)).mappings().one()
    assert b"ada-agent" not in bytes(row["blob"]) and len(row["blob"]) == row["size"] + 16
    link = signed_link(engine, keyring, result.artifact_id)
    assert link is not None and link.startswith("/.well-known/privacy/bundle?")
    query = {name: values[0] for name, values in parse_qs(urlsplit(link).query).items()}
    assert query["id"] == result.artifact_id
    assert verify_link(keyring, query["id"], query["expires"], query["sig"])
    assert not verify_link(keyring, query["id"], query["expires"], query["sig"][:-2] + "AA")
    assert not verify_link(keyring, "bnd_other", query["expires"], query["sig"])
    assert not verify_link(keyring, query["id"], str(int(query["expires"]) + 60), query["sig"])
    assert not verify_link(Keyring.generate(), query["id"], query["expires"], query["sig"])
    later = datetime.fromtimestamp(int(query["expires"]), UTC) + timedelta(seconds=1)
    assert not verify_link(keyring, query["id"], query["expires"], query["sig"], now=later)
    # A rotated keyring still honours the links it made.
    keyring.rotate()
    assert verify_link(keyring, query["id"], query["expires"], query["sig"])
    assert load_bundle(engine, keyring, result.artifact_id) is not None


@pytest.mark.clause("RIGHTS-1")
def test_bundles_are_purged_when_they_expire(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    result = run(engine, keyring, config, _world(engine, keyring))
    assert result.artifact_id is not None
    assert purge_bundles(engine, datetime.now(UTC)) == 0
    assert purge_bundles(engine, datetime.now(UTC) + timedelta(days=8)) == 1
    assert load_bundle(engine, keyring, result.artifact_id) is None
    assert signed_link(engine, keyring, result.artifact_id) is None


def test_a_subject_found_nowhere_gets_an_empty_bundle(
        engine: Engine, keyring: Keyring, config: CharterConfig) -> None:
    result = run(engine, keyring, config, request(keyring, "access", [("email", "x@example.com")]))
    assert result.outcome == "completed" and result.summary["tables"] == 0
    files = bundle_files(engine, keyring, result.artifact_id)
    assert set(files) == {"summary.json"}
