"""Payload shapes: event streams, HL7 v2, passenger records, intake forms, member portals.

Each case is one document and the exact set of kinds it must give, hard negatives included
(a user agent, a band's name, a trial registry entry, payment object ids, a declined answer).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

_HL7 = ("MSH|^~\\&|LAB|HOSP|EHR|HOSP|202401011200||ADT^A01|77|P|2.5\r"
        "PID|1||12345^^^H||DOE^JANE^A||19800101|F|||1 MAIN ST^^SPRINGFIELD^IL^62704||555-1234")

CASES: list[tuple[str, Any, set[str]]] = [
    # JSON inside a string: scanned as a document under the string's path.
    ("escaped-json", {"events": [{"type": "visit", "payload": json.dumps(
        {"patient": {"name": "Jane Doe", "diagnosis": "E11.9"}})}]},
     {"person_name", "health"}),
    ("escaped-array", {"payload": json.dumps([{"first_name": "Ana", "id": 1}])},
     {"person_name"}),
    ("not-json", {"note": "[draft] call back later about the invoice"}, set()),
    ("hl7-pid", {"message": _HL7},
     {"person_name", "date_of_birth", "postal_address", "phone"}),
    ("pipes", {"log": "a|b|c PID|x"}, set()),
    # names beside door and biometric events, in chats, in remittances, in reply quotes
    ("badge-holder", {"event": "door_open", "badge_holder": "Maria Lopez", "door": "B2"},
     {"person_name"}),
    ("chat-agent", {"agent": "Sofia", "messages": [{"from": "agent", "text": "Hi!"}]},
     {"person_name"}),
    ("user-agent", {"agent": "Chrome", "version": "120"}, set()),
    ("creditor", {"creditorName": "John Smith", "amount": {"value": "12.00"}},
     {"person_name"}),
    ("counterparty", {"counterparty": {"name": "Anna Schmidt", "type": "individual"}},
     {"person_name"}),
    ("counterparty-shop", {"counterparty": {"name": "Tesco Stores Ltd"}}, set()),
    ("quoted-signature", {"body": "Done.\n\n> Best regards,\n> Jane Doe\n"}, {"person_name"}),
    # health
    ("ssr", {"passengers": [{"ssr": ["WCHR"], "meal": "DBML"}]}, {"health"}),
    ("ssr-docs", {"passengers": [{"ssr": [{"code": "DOCS"}, {"code": "FOID"}]}]}, set()),
    ("religious-meal", {"passengers": [{"meal": "KSML"}]}, {"religious_belief"}),
    ("ivf", {"cycle": {"protocol": "antagonist protocol", "embryos": [
        {"grade": "4AA", "pgt_a": "euploid"}]}}, {"health", "genetic"}),
    ("ecg", {"device": "watch", "ecg_classification": "sinus rhythm"}, {"health"}),
    ("blood-type", {"Blutgruppe": "0+"}, {"health"}),
    ("intake", {"intake": {"substances_used": ["opioids"], "mat": "buprenorphine"}},
     {"health"}),
    ("trial", {"nct_id": "NCT01234567", "sponsor": "Acme Pharma",
               "conditions": ["Type 2 Diabetes", "heart failure"]}, set()),
    ("declined", {"eeo": {"disability": "I do not wish to answer"}}, set()),
    ("band", {"name": "Deaf Havana"}, set()),
    # political, religious, union, orientation, criminal, genetic
    ("canvass", {"voter": {"id": 7, "support_level": 2, "likely_vote": "yes"}},
     {"political_opinion"}),
    ("sympathisant", {"contact": {"sympathisant": "oui"}}, {"political_opinion"}),
    ("bar-mitzvah", {"member": {"bar_mitzvah_date": "2011-05-02"}}, {"religious_belief"}),
    ("religion-codes", {"codes": [{"code": "CATH", "description": "Catholic"}]}, set()),
    ("union-portal", {"union": {"member_number": "12345", "steward": "Yes"}},
     {"trade_union"}),
    ("dating", {"profile": {"pronouns": "she/her", "interested_in": ["women"]}},
     {"sex_life_orientation"}),
    ("dating-friends", {"profile": {"pronouns": "she/her", "looking_for": "friends"}},
     set()),
    ("conviction-no", {"visa": {"convicted_of_offence": "No"}}, {"criminal_record"}),
    ("charges", {"filing": {"charges": [{"statute": "18 USC 1343",
                                         "description": "wire fraud"}]}},
     {"criminal_record"}),
    ("probation", {"probation_officer": "Officer Kim"}, {"criminal_record"}),
    # a DNA kit's ethnicity estimate is genetic data, and it says the person's ethnic origin
    ("ancestry", {"kit": {"ethnicity_estimate": {"Iberian": 0.4, "Irish": 0.6}}},
     {"genetic", "racial_ethnic_origin"}),
    # dates and ids
    ("apis-dob", {"passenger": {"dob": "850412"}}, {"date_of_birth"}),
    ("apis-not-a-date", {"passenger": {"dob": "851399"}}, set()),
    ("payment-ids", {"payment_method": "pm_1NabcdEFghIJklmn",
                     "client_secret": "seti_1NabcdEFghIJklmn"}, set()),
    ("stripe-secret", {"api_key": "sk_live_4eC39HqLyjWDarjtT1zdp7dc"}, {"credential"}),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "expected"), [(d, e) for _, d, e in CASES],
                         ids=[name for name, _, _ in CASES])
def test_the_document_gives_exactly_these_kinds(scanner: Scanner, doc: Any,
                                                expected: set[str]) -> None:
    assert kinds(scanner.scan_value(doc)) == expected


def test_nested_json_is_reported_under_the_string(scanner: Scanner) -> None:
    doc = {"events": [{"payload": json.dumps({"patient": {"name": "Jane Doe"}})}]}
    assert {f.path for f in scanner.scan_value(doc)} == {"$.events[0].payload.patient.name"}


def test_both_prefilters_agree_on_shapes() -> None:
    fast, plain = Scanner("auto"), Scanner("python")
    for _, doc, _ in CASES:
        assert fast.scan_value(doc) == plain.scan_value(doc)
