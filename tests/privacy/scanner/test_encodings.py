"""Documents in other documents' clothes: DynamoDB's and Firestore's typed values, a CRM's
`{"value": ...}` wrappers, a BigQuery table's rows apart from its column names, and XML
carried in a JSON string."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy import jsonpaths
from charter.privacy.scanner import Scanner
from charter.privacy.scanner.typed import original_path, plain
from tests.privacy.scanner.cases import case_tests
from tests.privacy.scanner.conftest import kinds

_DYNAMO_ITEM: dict[str, Any] = {"Items": [{
    "pk": {"S": "USER#123"}, "religion": {"S": "Catholic"}, "dob": {"S": "1984-03-02"},
    "tags": {"L": [{"S": "vip"}]},
    "profile": {"M": {"fullName": {"S": "Ana Moreno"}, "unionMember": {"BOOL": False}}}}]}

_FIRESTORE_DOC: dict[str, Any] = {"document": {
    "name": "projects/p/databases/(default)/documents/members/m1",
    "fields": {
        "birthDate": {"stringValue": "1990-05-04"},
        "name": {"stringValue": "Karim Haddad"},
        "party": {"mapValue": {"fields": {"name": {"stringValue": "SPD"},
                                          "member": {"booleanValue": True}}}},
        "visits": {"arrayValue": {"values": [{"timestampValue": "2026-01-02T10:00:00Z"}]}}}}}

_BIGQUERY_ROWS: dict[str, Any] = {
    "kind": "bigquery#tableDataList",
    "schema": {"fields": [{"name": "full_name", "type": "STRING"},
                          {"name": "ethnicity", "type": "STRING"},
                          {"name": "conviction", "type": "STRING"}]},
    "rows": [{"f": [{"v": "Omar Farouk"}, {"v": "Arab"}, {"v": "Theft (2018)"}]}],
}

FOUND = [
    ("dynamo-birth-date", _DYNAMO_ITEM, "date_of_birth"),
    ("dynamo-religion", _DYNAMO_ITEM, "religious_belief"),
    ("dynamo-map-name", _DYNAMO_ITEM, "person_name"),
    ("dynamo-union-false", _DYNAMO_ITEM, "trade_union"),
    ("dynamo-text", {"Item": {"notes": {"S": "Seit der Reha nimmt sie Insulin."}}}, "health"),
    ("firestore-birth-date", _FIRESTORE_DOC, "date_of_birth"),
    ("firestore-name", _FIRESTORE_DOC, "person_name"),
    ("firestore-party-member", _FIRESTORE_DOC, "political_opinion"),
    ("crm-value-wrappers", {"properties": {"firstname": {"value": "Laura"},
                                           "lastname": {"value": "Becker"}}}, "person_name"),
    ("bigquery-name", _BIGQUERY_ROWS, "person_name"),
    ("bigquery-ethnicity", _BIGQUERY_ROWS, "racial_ethnic_origin"),
    ("bigquery-conviction", _BIGQUERY_ROWS, "criminal_record"),
    ("xml-name", {"payload": "<patient><name>Hans Vogel</name><birthDate>1955-09-30"
                             "</birthDate><condition>COPD</condition></patient>"},
     "person_name"),
    ("xml-birth-date", {"payload": "<patient><name>Hans Vogel</name><birthDate>1955-09-30"
                                   "</birthDate></patient>"}, "date_of_birth"),
    ("xml-namespaced", '<?xml version="1.0"?><ns2:Customer xmlns:ns2="urn:x"><ns2:FirstName>'
                       'Claire</ns2:FirstName><ns2:Religion>Catholique</ns2:Religion>'
                       '</ns2:Customer>', "religious_belief"),
]

NOT_FOUND = [
    # typed values that are no one's
    ("dynamo-catalogue", {"Items": [{"sku": {"S": "AB-1234"}, "price": {"N": "19.99"},
                                     "category": {"S": "Religion & Spirituality"}}]},
     "religious_belief"),
    ("firestore-health-check", {"fields": {"status": {"stringValue": "healthy"},
                                           "uptime": {"integerValue": "86400"}}}, "health"),
    ("bigquery-no-rows", {"schema": {"fields": [{"name": "ethnicity"}]}, "rows": []},
     "racial_ethnic_origin"),
    # HTML is prose, not a record
    ("html-paragraphs", {"body": "<p>Hello team, the release is out.</p><p>Thanks, "
                                 "<b>Ops</b></p>"}, "person_name"),
    ("html-privacy-notice", {"html": "<html><body><h1>Privacy</h1><p>We never ask about "
                                     "your religion.</p></body></html>"}, "religious_belief"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)


@pytest.mark.clause("DATA-7")
def test_findings_in_typed_values_point_at_the_value_itself(scanner: Scanner) -> None:
    paths = {(f.path, f.kind) for f in scanner.scan_value(_DYNAMO_ITEM)}
    assert ("$.Items[0].dob.S", "date_of_birth") in paths
    assert ("$.Items[0].profile.M.fullName.S", "person_name") in paths
    paths = {(f.path, f.kind) for f in scanner.scan_value(_FIRESTORE_DOC)}
    assert ("$.document.fields.birthDate.stringValue", "date_of_birth") in paths
    paths = {(f.path, f.kind) for f in scanner.scan_value(_BIGQUERY_ROWS)}
    assert ("$.rows[0].f[1].v", "racial_ethnic_origin") in paths
    # every reported path names a node of the document as sent
    for doc in (_DYNAMO_ITEM, _FIRESTORE_DOC, _BIGQUERY_ROWS):
        for finding in scanner.scan_value(doc):
            steps = jsonpaths.parse(finding.path)
            assert steps is not None and jsonpaths.get(doc, steps) is not None, finding


@pytest.mark.clause("DATA-7")
def test_a_typed_document_scanned_under_a_path_keeps_that_path(scanner: Scanner) -> None:
    paths = {f.path for f in scanner.scan_value({"dob": {"S": "1984-03-02"}}, "$.body")}
    assert "$.body.dob.S" in paths


@pytest.mark.clause("DATA-7")
def test_plain_unwraps_and_maps_paths_back() -> None:
    document, moved = plain({"a": {"M": {"b": {"S": "x"}, "c": {"L": [{"N": "1"}]}}}})
    assert document == {"a": {"b": "x", "c": ["1"]}}
    assert moved["$.a.b"] == "$.a.M.b.S" and moved["$.a.c[0]"] == "$.a.M.c.L[0].N"
    # a plain document is returned as it is, with nothing moved
    assert plain({"a": [1, {"b": "x"}]}) == ({"a": [1, {"b": "x"}]}, {})
    # a row whose cells do not match the schema is kept as it is
    table = {"schema": {"fields": [{"name": "a"}]}, "rows": [{"f": [{"v": 1}, {"v": 2}]}]}
    assert plain(table)[0]["rows"] == [{"f": [1, 2]}]


@pytest.mark.clause("DATA-7")
def test_a_finding_inside_a_wrapped_string_keeps_its_place(scanner: Scanner) -> None:
    doc = {"Item": {"M": {"payload": {"S": "<patient><name>Hans Vogel</name></patient>"}}}}
    paths = {f.path for f in scanner.scan_value(doc) if f.kind == "person_name"}
    assert "$.Item.M.payload.S.name" in paths
    moved = {"$.record.note": "$.Item.M.note.S"}
    assert original_path("$.record.note.name", moved) == "$.Item.M.note.S.name"
    assert original_path('$.record["a.b"]', {"$.record": "$.Item"}) == '$.Item["a.b"]'
    assert original_path("$.x", moved) == "$.x"


@pytest.mark.clause("DATA-7")
def test_the_guard_can_redact_what_was_found_in_xml(scanner: Scanner) -> None:
    doc = {"payload": "<patient><name>Hans Vogel</name></patient>", "id": 7}
    for finding in scanner.scan_value(doc):
        steps = jsonpaths.parse(finding.path)
        assert steps is not None
        doc = jsonpaths.replace(doc, steps, "[person_name]", into_strings=True)
    assert doc == {"payload": "[person_name]", "id": 7}


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_these_documents() -> None:
    python, auto = Scanner(engine="python"), Scanner()
    for _, doc, _ in (*FOUND, *NOT_FOUND):
        assert kinds(python.scan_value(doc)) == kinds(auto.scan_value(doc)), doc
