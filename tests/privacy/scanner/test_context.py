"""Structure and context beyond single keys: whole documents that hold a kind (or do not)
because of where a value sits, what its neighbours say and what shape it has. Each case is a
document and the exact set of kinds it must give (scored per document, like the corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

CASES: list[tuple[str, Any, set[str]]] = [
    # Payment cards: a card's `fingerprint` identifies the card, not a finger.
    ("card-fingerprint", {"data": {"object": {"payment_method_details": {"card": {
        "brand": "visa", "last4": "4242", "fingerprint": "Xt5EWLLDS7FJjR1c"}}}}}, set()),
    ("pm-card-fingerprint", {"payment_method": {"card": {"fingerprint": "hG9dJ3kLq0P1xYz2",
                                                          "country": "US"}}}, set()),
    ("enrolment-fingerprint", {"enrollment": {"modality": "finger", "fingerprint":
                               "Rk1SACAyMAAAAAFcAAABQAHgAMUAxQEAAAA8KIBPAHoFAEBu"}},
     {"biometric"}),
    # Connection strings and remotes: a URL's user at a host is no mailbox.
    ("dsn-user", {"db": "postgres://app@db.internal:5432/x", "cache": "mysql://root@db2/"},
     set()),
    ("git-remote", {"origin": "git@github.com:org/repo.git"}, set()),
    # (a known given name beside an e-mail address is the person's name)
    ("percent-encoded", {"body": "name=Ana&email=ana.k%40example.de"}, {"email", "person_name"}),
    # Forms, label tables and schemas define questions; nobody answered them.
    ("label-table", {"labels": {"religion": "Religion", "ethnicity": "Ethnicity",
                                "union": "Trade union membership"}}, set()),
    ("form-field", {"fields": [{"name": "religion", "label": "Religion", "placeholder":
                                "Your religion", "enum": ["Christian", "Muslim", "None"]}]},
     set()),
    ("json-schema", {"properties": {"ethnicity": {"type": "string", "enum": ["A", "B"]},
                                    "union_member": {"type": "boolean"}}}, set()),
    ("form-answer", {"fields": [{"label": "Religion", "value": "Catholic"}]},
     {"religious_belief"}),
    ("payslip-label", {"payslip": {"lines": [{"label": "Union dues", "amount": -18.0}]}},
     {"trade_union"}),
    ("crm-properties", {"properties": {"firstname": "Jane", "religion": "Buddhist"}},
     {"person_name", "religious_belief"}),
    # Code lists and statistics name no one.
    ("icd-catalog", {"codes": [{"code": "E11.9", "description": "Type 2 diabetes mellitus"},
                               {"code": "I10", "description": "Essential hypertension"}]},
     set()),
    ("icd-for-patient", {"patient": {"name": "Jane Doe"}, "codes": [
        {"code": "F32.1", "description": "Major depressive disorder"}]},
     {"person_name", "health"}),
    ("ethnicity-shares", {"ethnicity": {"White": 62.1, "Asian": 14.3, "Black": 9.8}}, set()),
    ("ethnicity-counts", {"ethnicity": [{"group": "Asian", "count": 12}]}, set()),
    # Words that mean something else.
    ("pet-breed", {"animal": {"espece": "chat", "race": "Siamois"}}, set()),
    ("race-ethnicity", {"eeo1": {"race_ethnicity": "Two or more races"}},
     {"racial_ethnic_origin"}),
    ("eu", {"union": "European Union"}, set()),
    ("graphql-sdl", {"query": "union SearchResult = User | Post\ntype User { name: String }"},
     set()),
    ("press-source", {"source": "Green Party press office", "headline": "Party launches"},
     set()),
    ("feature-disabled", {"note": "Third-party integrations are disabled"}, set()),
    ("departments", {"clinic": {"departments": ["Oncology", "Cardiology"]}}, set()),
    # Background checks: a completed criminal search is a record, even when clear.
    ("criminal-search", {"checks": [{"type": "county_criminal_search", "status": "clear",
                                     "records": []}]}, {"criminal_record"}),
    ("other-check", {"check": {"type": "motor_vehicle_report", "status": "clear"}}, set()),
    # Passenger data: ICAO document code `P`.
    ("icao-passport", {"passengers": [{"documentType": "P", "documentNumber": "X1234567"}]},
     {"passport"}),
    ("icao-under-document", {"document": {"type": "P", "number": "C01X00T47"}},
     {"passport"}),
    ("seat-type", {"seat": {"type": "P", "number": "12345"}}, set()),
    # Health in structured fields.
    ("x12-icd", {"segment": "HI*ABK:E119*ABF:I10"}, {"health"}),
    ("mood-scale", {"journal": [{"date": "2024-01-02", "mood": 2}]}, {"health"}),
    ("music-mood", {"track": {"mood": "chill", "genre": "lofi"}}, set()),
    ("appointment", {"events": [{"summary": "Cardiology appointment"}]}, {"health"}),
    ("rendez-vous", {"agenda": {"objet": "Rendez-vous en cardiologie"}}, {"health"}),
    ("prenatal", {"appointment": {"reason": "Prenatal check"}}, {"health"}),
    ("due-date", {"pregnancy": {"expected_due_date": "2024-09-01"}}, {"health"}),
    ("invoice-due", {"invoice": {"due_date": "2024-09-01"}}, set()),
    # Political opinion and trade unions.
    ("strike-ballot", {"ballot": {"member_id": "M-1", "voted": True,
                                  "ballot_id": "strike-2024"}}, {"trade_union"}),
    ("election-ballot", {"election": {"ballot": "general", "voted": True}},
     {"political_opinion"}),
    ("pac-donation", {"contribution": {"committee": "Friends of Smith for Congress",
                                       "amount": 250}}, {"political_opinion"}),
    ("charity-donation", {"donation": {"amount": 25, "cause": "Food bank"}}, set()),
    ("union-duties", {"leave": {"type": "union duties"}}, {"trade_union"}),
    ("activite-syndicale", {"absence": {"motif": "activité syndicale"}}, {"trade_union"}),
    # Names and phones.
    ("canvasser", {"canvasser": "Tom"}, {"person_name"}),
    ("display-name", {"displayName": "Jane"}, {"person_name"}),
    ("agent-software", {"agent": "Chrome"}, set()),
    ("from-header", {"from": "Jane Doe <jane@example.com>"}, {"person_name", "email"}),
    ("from-quoted", {"from": "\"Doe, Jane\" <jane@example.com>"}, {"person_name", "email"}),
    ("from-team", {"from": "Acme Support <support@acme.com>"}, {"email"}),
    ("signature", {"body": "Thanks for the update.\n\nBest regards,\nJane Doe"},
     {"person_name"}),
    ("gruss", {"body": "Bis morgen.\nMit freundlichen Grüßen\nLukas Weber"}, {"person_name"}),
    ("team-signature", {"body": "We are on it.\nBest regards,\nThe Support Team"}, set()),
    ("cdr", {"cdr": {"calling_number": "4915112345678", "called_number": "4930123456"}},
     {"phone"}),
    ("ani-dnis", {"ani": "2125550143", "dnis": "8005551234"}, {"phone"}),
    # Credentials.
    ("docker-login", {"log": "docker login -u ci -p s3cr3tP4ss registry.example.com"},
     {"credential"}),
    ("password-stdin", {"log": "docker login -u ci --password-stdin registry"}, set()),
    ("password-variable", {"log": "mysql -u root --password=$MYSQL_PWD"}, set()),
    ("audit-diff", {"audit": [{"field": "password", "old": "hunter2a", "new": "Tr0ub4d&3"}]},
     {"credential"}),
    ("env-var", {"env": [{"name": "DB_PASSWORD", "value": "s3cr3tvalue"}]}, {"credential"}),
    ("setting", {"settings": [{"key": "theme", "value": "dark"}]}, set()),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "expected"), [(d, e) for _, d, e in CASES],
                         ids=[name for name, _, _ in CASES])
def test_the_document_gives_exactly_these_kinds(scanner: Scanner, doc: Any,
                                                expected: set[str]) -> None:
    assert kinds(scanner.scan_value(doc)) == expected


def test_findings_stay_at_the_value_the_guard_redacts(scanner: Scanner) -> None:
    found = {(f.path, f.kind) for f in scanner.scan_value(
        {"audit": [{"field": "password", "old": "hunter2a", "new": "Tr0ub4d&3"}],
         "checks": [{"type": "county_criminal_search", "status": "clear"}],
         "passengers": [{"documentType": "P", "documentNumber": "X1234567"}]})}
    assert found == {("$.audit[0].old", "credential"), ("$.audit[0].new", "credential"),
                     ("$.checks[0].status", "criminal_record"),
                     ("$.passengers[0].documentNumber", "passport")}


def test_both_prefilters_agree_on_context() -> None:
    fast, plain = Scanner("auto"), Scanner("python")
    for _, doc, _ in CASES:
        assert fast.scan_value(doc) == plain.scan_value(doc)
