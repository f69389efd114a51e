"""People's names where records put them (a test's subject, a FHIR reference's display, an
ISO 20022 party, a chat message's author, a form body kept as a string, a quoted e-mail's
attribution), and identifiers that only look like one."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

FOUND: list[tuple[Any, str]] = [
    ({"subject": {"employee_no": "E1", "name": "Marta Lindgren"}, "modality": "voice"},
     "person_name"),
    ({"resourceType": "Composition", "subject": {"display": "Tomás Ortega"}}, "person_name"),
    ({"patientDisplay": "Ingrid Solheim", "sessionId": "s-1"}, "person_name"),
    ({"CdtTrfTxInf": [{"Cdtr": {"Nm": "Irene Castell"}, "Amt": {"InstdAmt": 20.5}}]},
     "person_name"),
    ({"messages": [{"from": "agent", "name": "Bruno", "text": "Bonjour !"}]}, "person_name"),
    ({"bewerber": "Lena Vogt", "ergebnis": "geeignet"}, "person_name"),
    ({"subscriber": {"name_last": "OKONKWO", "name_first": "ADA"}}, "person_name"),
    ("first_name=Mara&last_name=Quist&email=mara.quist%40example.org", "person_name"),
    ({"comments": [{"body": "Thanks!\n\nOn 2025-02-11 Paula Serrano wrote:\n> Bonjour"}]},
     "person_name"),
    ({"text": "Export fails.\n\n--\nRhys Evans\nOperations"}, "person_name"),
    ({"profile": {"displayName": "Anne-Sophie", "age": 38}}, "person_name"),
    ({"employee": {"IdNr": "73 402 118 905"}}, "national_id"),
    ({"geofence": {"center": [52.520008, 13.404954], "radius_m": 150}}, "precise_location"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    ({"subject": "Password Reset Request", "body": "Click the link."}, "person_name"),
    ({"code": {"coding": [{"display": "Essential Hypertension"}]}}, "person_name"),
    ({"CdtTrfTxInf": [{"Cdtr": {"Nm": "Harbour Logistics BV"}}]}, "person_name"),
    ({"messages": [{"from": "system", "name": "Reminder", "type": "notice"}]}, "person_name"),
    ({"transactions": [{"creditorName": "Netflix", "amount": "-9.99"}]}, "person_name"),
    ({"comments": [{"body": "The build wrote: OK"}]}, "person_name"),
    ({"errors": [{"field": "ssn", "value": "212-51-0000", "code": "invalid_area"}]},
     "national_id"),
    ({"errors": [{"field": "dni", "value": "12345678A", "code": "letra_incorrecta"}]},
     "national_id"),
    ({"bank_details": {"iban": "ES13 5302 7922 7800 3682 1684"}}, "payment_card"),
    # sixteen of the IBAN's digits pass Luhn: they are still the account's
    ({"note": "Pay the difference into IT16 D703 4236 6712 7684 2684 656, thanks."},
     "payment_card"),
    ({"authorized_keys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAIzaBq7Xv2k9LmN0pQrStUvWxYz"
                          "1234567890123 deploy@ci"]}, "credential"),
    ("Tom & Jerry & friends: a cartoon night", "person_name"),
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
def test_a_form_body_string_is_read_as_its_fields(scanner: Scanner) -> None:
    found = scanner.scan_value({"raw_body": "first_name=Mara&last_name=Quist&plan=pro"})
    assert {(f.path, f.kind) for f in found} >= {("$.raw_body.first_name", "person_name"),
                                                ("$.raw_body.last_name", "person_name")}


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_attributions_signatures_and_form_bodies() -> None:
    """The prose cues added for quoted attributions (`wrote:`, `schrieb`, `a écrit`) and for
    `--` signatures point Hyperscan at single values; the pure-Python prefilter reads every
    value from the first cue on. The findings must be the same."""
    from tests.privacy.scanner import test_everyday_terms, test_pairs, test_record_contexts

    fast, plain = Scanner("auto"), Scanner("python")
    docs: list[Any] = [doc for doc, _ in FOUND + NOT_FOUND]
    docs += [doc for doc, _ in test_record_contexts.FOUND + test_record_contexts.NOT_FOUND]
    docs += [{"note": text} for text, _, _ in test_pairs.CASES + test_everyday_terms.CASES]
    docs += [{"a": "nothing", "b": "Le 3 mai, Hélène Dubois a écrit :\n> Bonjour"},
             {"a": "x", "b": "Am 3. Mai schrieb Jürgen Weiß:\n> Hallo"},
             {"a": "Straße 5", "b": "Gracias.\n\n--\nLucía Pérez\nVentas"}]
    for doc in docs:
        assert fast.scan_value(doc) == plain.scan_value(doc), doc
