"""Things named like people under name-like keys (a GraphQL project node, a service
account, a queue, a merchant, a brand's page, a depot), the people kept beside them, a
call's caller ID name, and church tax among a payslip's lines."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from charter.privacy.scanner.detectors import looks_like_name
from charter.privacy.scanner.named import thing_named
from tests.privacy.scanner.conftest import kinds

FOUND: list[tuple[Any, str]] = [
    # people under the same keys as the things below
    ({"node": {"__typename": "User", "id": "u1", "displayName": "Declan Whitfield"}},
     "person_name"),
    ({"from": {"name": "Ruby Thompson", "category": "Person"}, "message": "Hi"},
     "person_name"),
    ({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "rthompson",
      "displayName": "Ruby Thompson"}, "person_name"),
    ({"transactions": [{"creditorName": "Keisha Whitfield", "amount": "-40.00"}]},
     "person_name"),
    ({"ticket": {"assignee": "Marta Lindgren", "status": "open"}}, "person_name"),
    ({"Owner": {"Name": "Sunday Adeyemi"}, "StageName": "Prospecting"}, "person_name"),
    # an unknown given name under a strongly personal key
    ({"patient": {"name": "Xiomara Quist"}}, "person_name"),
    ({"full_name": "Zebulon Hartigan"}, "person_name"),
    # a call's caller ID name, surname first
    ({"caller": {"number": "+33 6 45 55 79 65", "cnam": "Lambert, Anaïs"}}, "person_name"),
    ({"callerName": "Mei Nakamura", "duration_s": 84}, "person_name"),
    # church tax is withheld only from a church's members
    ({"employee": "E-1042", "gross": 4200, "lines": [
        {"code": "BASE", "amount": 4200}, {"code": "KIST", "amount": -31.2}]},
     "religious_belief"),
    ({"payslip": {"employee": {"id": "E-7"}, "components": [
        {"label": "Kirchensteuer", "amount": -18.4}]}}, "religious_belief"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    # a record's own type names what it is
    ({"data": {"members": {"edges": [{"node": {"__typename": "Project", "id": "p1",
                                               "displayName": "Marcus Aurelius"}}]}}},
     "person_name"),
    ({"from": {"name": "Harriet Gable", "category": "Brand"}, "message": "New menu!"},
     "person_name"),
    ({"object": "organization", "name": "Helena Morgan"}, "person_name"),
    ({"type": "Group", "displayName": "Oliver Cromwell"}, "person_name"),
    # a service account
    ({"userName": "svc-reports", "displayName": "Nightly Reports"}, "person_name"),
    ({"login": "deploy-bot", "displayName": "Tobias Keller"}, "person_name"),
    ({"user": {"is_bot": True, "name": "Polly Parrot", "email": "polly@example.org"}},
     "person_name"),
    # names whose words no person's name has
    ({"node": {"displayName": "Darwin Data Lake"}}, "person_name"),
    ({"node": {"displayName": "Heron Migration"}}, "person_name"),
    ({"displayName": "Archive Robot", "active": True}, "person_name"),
    ({"Owner": {"Name": "Priority Escalations"}}, "person_name"),
    ({"ticket": {"assignee": "Billing Escalations", "status": "open"}}, "person_name"),
    ({"transactions": [{"creditorName": "Oak Ridge Winery", "amount": "-80.00"}]},
     "person_name"),
    ({"transactions": [{"creditorName": "Ruby Tuesday", "amount": "-22.10"}]},
     "person_name"),
    ({"seller": {"displayName": "San Joaquin Valley Water", "verified": True}},
     "person_name"),
    ({"from": {"name": "Edith Cavell Foundation"}, "message": "Gala tickets"},
     "person_name"),
    ({"node": {"displayName": "Operation Kestrel"}}, "person_name"),
    # the depot of a shipment, an employer
    ({"data": {"hub": {"name": "Jackson Hole", "lat": 43.48, "lng": -110.76}}},
     "person_name"),
    ({"employer": {"name": "Ted Baker", "vat_id": "FR71 943 525 547"}}, "person_name"),
    # church tax codes outside a payroll record, or in an order's lines
    ({"employee": "E-1042", "lines": [{"sku": "KIST", "quantity": 2, "amount": 31.2}]},
     "religious_belief"),
    ({"order": "O-77", "lines": [{"code": "KIST", "amount": 31.2}]}, "religious_belief"),
    ({"employee": "E-1042", "lines": [{"code": "LSt", "amount": -600}]},
     "religious_belief"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                      in enumerate(FOUND)])
def test_found(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                          in enumerate(NOT_FOUND)])
def test_not_found(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
def test_church_tax_line_path(scanner: Scanner) -> None:
    found = scanner.scan_value({"employee": "E-1", "net": 2800, "lines": [
        {"code": "BASE", "amount": 4200}, {"code": "KIST", "amount": -31.2}]})
    assert [(f.path, f.kind) for f in found if f.kind == "religious_belief"] == [
        ("$.lines[1].code", "religious_belief")]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("value", ["Backup Robot", "Santa Clara Valley Water",
                                   "St. Helena Winery", "Ruby Tuesday", "VIP Escalations",
                                   "Project Hermes"])
def test_thing_names(value: str) -> None:
    assert thing_named(value.split())
    assert not looks_like_name(value)


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("value", ["Ruby Thompson", "Declan Whitfield", "Sunday Adeyemi",
                                   "Anna Lake", "Mary Hall", "Dr. Anna Weber", "Blessing Sunday",
                                   "Santiago Rivera", "Sandra Waterson"])
def test_people_names(value: str) -> None:
    assert not thing_named(value.split())
    assert looks_like_name(value, strict=True)
