"""The Python API: entry points, paths, de-duplication, engines."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from typing import Any

import pytest

from charter.privacy.scanner import (
    GROUP_OF,
    HIGH_RISK,
    KINDS,
    PERSONAL,
    SPECIAL_CATEGORY,
    Finding,
    Scanner,
)
from tests.privacy.scanner.conftest import kinds


def test_the_kinds_and_their_groups() -> None:
    assert len(KINDS) == 21 and len(set(KINDS)) == 21
    assert set(KINDS) == SPECIAL_CATEGORY | HIGH_RISK | PERSONAL
    assert GROUP_OF["health"] == "special_category"
    assert GROUP_OF["credential"] == "high_risk"
    assert GROUP_OF["email"] == "personal"
    assert set(GROUP_OF) == set(KINDS)


def test_paths_follow_the_structure(scanner: Scanner) -> None:
    doc = {"a": {"b": [{"email": "x@example.com"}]}, "odd key": {"ssn": "123-45-6789"},
           "list": [["jane@example.org"]]}
    paths = {f.path: f.kind for f in scanner.scan_value(doc)}
    assert paths == {"$.a.b[0].email": "email", '$["odd key"].ssn': "national_id",
                     "$.list[0][0]": "email"}


def test_scan_json_parses_bytes_and_text(scanner: Scanner) -> None:
    body = {"contact": {"email": "jane@example.com", "phone": "+44 20 7946 0958"}}
    assert scanner.scan_json(json.dumps(body)) == scanner.scan_json(json.dumps(body).encode())
    with pytest.raises(ValueError):
        scanner.scan_json(b'{"email": ')
    with pytest.raises(ValueError):
        scanner.scan_json(b"\xff\xfe")


def test_one_finding_per_path_and_kind_the_most_confident(scanner: Scanner) -> None:
    found = scanner.scan_value({"iban": "DE89370400440532013000"})
    assert found == [Finding("$.iban", "bank_account", "iban", 0.99)]
    found = scanner.scan_value({"notes": "mail a@example.com or b@example.com"})
    assert [(f.path, f.kind) for f in found] == [("$.notes", "email")]


def test_query_form_and_headers(scanner: Scanner) -> None:
    query = scanner.scan_query("q=shoes&email=jane%40example.com&access_token=abcd1234efgh5678")
    assert {(f.path, f.kind) for f in query} == {
        ("$query.email", "email"), ("$query.access_token", "credential")}
    form = scanner.scan_form(b"name=Jane+Doe&password=s3cret%21&dob=1980-02-03")
    assert {(f.path, f.kind) for f in form} >= {
        ("$form.password", "credential"), ("$form.dob", "date_of_birth")}
    headers = scanner.scan_headers([("Authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l"),
                                    ("X-Forwarded-For", "203.0.113.7, 10.0.0.1"),
                                    ("Accept", "application/json")])
    assert {(f.path, f.kind) for f in headers} == {
        ("$header.authorization", "credential"), ("$header.x-forwarded-for", "ip_address")}


def test_scan_text(scanner: Scanner) -> None:
    found = scanner.scan_text("Patient diagnosed with diabetes, card 4111 1111 1111 1111",
                              path="$body")
    assert {(f.path, f.kind) for f in found} == {("$body", "health"),
                                                 ("$body", "payment_card")}


def test_findings_never_carry_the_data(scanner: Scanner) -> None:
    secret = "4111111111111111"
    for finding in scanner.scan_value({"card": secret, "notes": f"pay with {secret}"}):
        assert secret not in repr(finding)


def test_confidence_is_a_probability(scanner: Scanner) -> None:
    doc = {"patient": {"name": "Jane Doe", "diagnosis": "E11.9", "notes": "is pregnant"},
           "card": "4111111111111111", "ip": "203.0.113.7"}
    for finding in scanner.scan_value(doc):
        assert 0.0 <= finding.confidence <= 1.0


def test_deep_nesting_is_bounded(scanner: Scanner) -> None:
    doc: Any = {"email": "deep@example.com"}
    for _ in range(200):
        doc = {"x": doc}
    assert scanner.scan_value(doc) == []  # below the depth limit nothing is read
    assert kinds(scanner.scan_value({"x": {"email": "a@example.com"}})) == {"email"}


DOCS: list[Any] = [
    {"patient": {"firstName": "Anna", "birthDate": "1971-09-30", "diagnosis": "E11.9",
                 "notes": "Diagnosed with asthma; allergic to penicillin."}},
    {"payment": {"card": "4111 1111 1111 1111", "iban": "GB29NWBK60161331926819"},
     "auth": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4eXoxMjMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ"},
    {"log": "GET /x from 203.0.113.9 and fe80::1ff:fe23:4567:890a", "ver": "1.2.3.4"},
    {"text": "Ruf mich an: 030 1234567, Mail: max@example.de, Hauptstraße 5"},
    {"items": [{"sku": "A-1", "price": 12.5}], "meta": {"trace": "00-4bf92f3577b34da6a3ce"}},
]


def test_both_prefilters_give_the_same_findings() -> None:
    fast = Scanner("auto")
    plain = Scanner("python")
    assert plain.engine == "python"
    for doc in DOCS:
        assert fast.scan_value(doc) == plain.scan_value(doc)


def test_an_engine_that_is_not_there_is_an_error() -> None:
    # In a fresh interpreter where `import hyperscan` fails as if it were not installed (a
    # compiled scanner keeps the modules it has imported, so this cannot be patched in place).
    check = (
        "import sys; sys.modules['hyperscan'] = None\n"
        "from charter.privacy.scanner.prefilter import build\n"
        "assert build('auto')[0] == 'python'\n"
        "try:\n"
        "    build('hyperscan')\n"
        "except RuntimeError:\n"
        "    print('refused')\n"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "refused"


def test_one_scanner_serves_many_threads(scanner: Scanner) -> None:
    expected = [scanner.scan_value(doc) for doc in DOCS]
    failures: list[int] = []

    def work() -> None:
        for _ in range(50):
            for number, doc in enumerate(DOCS):
                if scanner.scan_value(doc) != expected[number]:
                    failures.append(number)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
