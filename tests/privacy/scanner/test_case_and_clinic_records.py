"""Records of criminal cases, register extracts, declarations, screening panels, political
gifts, ancestry shares and the people on a case, each beside a near miss that is no one's
or says nothing of the kind."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

FOUND: list[tuple[Any, str]] = [
    # a person held in a case: an arrestee outright, a suspect beside a DNA profile
    ({"booking": "B-88", "role": "detainee", "name": "Jon Amsel"}, "criminal_record"),
    ({"case": "K-1", "subject_role": "suspect", "subject": "Jo Eck",
      "dna": {"D3S1358": "15,16", "vWA": "17,18"}}, "criminal_record"),
    # a supervised person's check-in under a court's conditions
    ({"offender_ref": "OF-77", "officer": "Ada Rudd",
      "conditions": ["electronic monitoring", "no contact order"]}, "criminal_record"),
    # a police certificate's extract, clean or not (DE, ES)
    ({"antrag": {"name": "Lea Vogt"}, "ergebnis": "Keine Eintragungen"}, "criminal_record"),
    ({"solicitante": "Ana Gil", "resultado": "Sin antecedentes penales"}, "criminal_record"),
    # a declaration answered "none" still answers the question
    ({"declarations": {"medical_conditions": "None", "convictions": "no"}}, "health"),
    ({"declarations": {"criminal_history": "nein"}}, "criminal_record"),
    # a sexual-health screen's results
    ({"screen": {"gonorrhoea": "not detected", "trichomonas": "non-reactive"}}, "health"),
    ({"labs": {"syphilis": "positive"}}, "health"),
    # money to a committee or for a ballot measure
    ({"contribution": {"committee": "Friends of Dana Ruiz", "amount": 100}},
     "political_opinion"),
    ({"donation": {"recipient": "Yes on Measure B Ballot Fund", "amount": 20}},
     "political_opinion"),
    # a DNA kit's ancestry shares
    ({"kit": "K9", "ancestry": {"West African": 0.55, "Irish": 0.45}}, "racial_ethnic_origin"),
    ({"kit": "K9", "ancestry": {"Sardinian": 70, "Balkan": 30}}, "racial_ethnic_origin"),
    # a short birthday key, an officer and a body's members by name
    ({"user": {"bday": "1990-02-11", "email": "a@b.example"}}, "date_of_birth"),
    ({"case": "PR-4", "officer": "Anouk Meyer"}, "person_name"),
    ({"gremium": "Betriebsrat", "mitglieder": [{"name": "Till Brandt", "role": "Mitglied"}]},
     "person_name"),
    # a trial participant's adverse event
    ({"participant": "P-17", "adverse_events": ["rash grade 1"]}, "health"),
    # who signed a consent form
    ({"study": "S-1", "consent_signed_by": "Tobiah Brandt"}, "person_name"),
    # a faith stated under a religion key stays a faith
    ({"respondent": "r1", "answers": {"religion": "jüdisch"}}, "religious_belief"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    # a murder-mystery game's suspect, a ticket's "suspect" component
    ({"characters": [{"name": "Colonel Mustard", "role": "suspect"}]}, "criminal_record"),
    ({"incident": "INC-1", "role": "suspect", "service": "payments-api"}, "criminal_record"),
    # a user's role in an app
    ({"user": "u1", "role": "moderator"}, "criminal_record"),
    # a lab's QC result with no register behind it
    ({"job": "qc-7", "ergebnis": "ohne Befund"}, "criminal_record"),
    # a customs declaration answered "none"
    ({"declarations": {"goods_to_declare": "none", "currency_over_limit": "no"}}, "health"),
    # a lone two-letter key with a test-like value
    ({"ct": "negative", "build": "passed"}, "health"),
    # a charity's gala committee
    ({"donation": {"committee": "Children's Hospital Gala", "amount": 50}},
     "political_opinion"),
    # population frequencies per ancestry (they do not add up to one person's whole)
    ({"variant": "rs123", "ancestry": {"afr": 0.12, "eur": 0.03, "eas": 0.2}},
     "racial_ethnic_origin"),
    # an origin stated under an ethnicity key is an ethnic origin, not a faith
    ({"respondent": "r1", "answers": {"ethnic_origin": "polnisch-jüdisch"}},
     "religious_belief"),
    # a bot approved the change
    ({"pr": 12, "merge_approved_by": "release-bot"}, "person_name"),
    # an adverse-events field with nothing in it
    ({"participant": "P-17", "adverse_events": None}, "health"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND)
def test_the_record_states_the_kind(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND)
def test_the_near_miss_does_not(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_these_records() -> None:
    fast, plain = Scanner("auto"), Scanner("python")
    for doc, _ in FOUND + NOT_FOUND:
        assert fast.scan_value(doc) == plain.scan_value(doc), doc
