"""Templates that name their own biometric format, device features that only mention a body
part, benefit lists, values rejected for their check digit, identifiers that look like phone
numbers, address objects with no street and cloud secrets assigned in text; each next to the
shape that does carry the kind."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

B64 = ("sWtNP/p32z6D0wc/X+cqP/M1Cb9XZvs+nFCtPoKNCb8X5lW/PK4yv2Hjnz0ECQ4/gNKQPo22Vz9z4QK/8QUz"
       "vkxVaL+VuAk/X6bxvtc9I78+GW0/femOvedXhT6HPP8+uv4DPsWoWr7eVTq+4NkZv/aXqj6t")
HEX = "9f3a0c51e7b2d4480a6c1e93f5b7d20c64e8a1f3b9c7d5e2a0f4b6c8d1e3f5a79b2c4d6e8f0a1b3c5"
FLOATS = [0.112, -0.083, 0.254, 0.031, -0.197, 0.166, 0.009, -0.221, 0.148, 0.072]

# (document, kind that must be found)
FOUND: list[tuple[Any, str]] = [
    # a voiceprint object: the engine that computed it and the encoded template
    ({"call_id": "c-1", "voiceprint": {"engine": "vx-2", "template": B64}}, "biometric"),
    ({"faceprint": {"model": "in-house", "data": B64}}, "biometric"),
    # a door controller's enrolment: the template object names its format
    ({"event": "enrol", "employee": {"badge": "B-17"},
      "template": {"format": "iriscode", "data": HEX}}, "biometric"),
    ({"event": "enrol", "template": {"format": "arcface-512", "embedding": FLOATS}},
     "biometric"),
    ({"template": {"format": "voiceprint-v3", "data": B64}}, "biometric"),
    ({"template": {"format": "ISO/IEC 19794-2:2005", "data": B64}}, "biometric"),
    ({"template": {"format": "ANSI INCITS 378-2004", "data": B64}}, "biometric"),
    # free text
    ({"text": "Y-DNA-Haplogruppe R1b-U106 laut Abstammungstest."}, "genetic"),
    ({"note": "Maternal haplogroupe H1 selon le test."}, "genetic"),
    ({"text": "Paciente hipertenso, toma enalapril."}, "health"),
    ({"text": "Keine bekannten Allergien, Blutdruck erhöht."}, "health"),
    ({"text": "Detenido el año pasado por conducción temeraria."}, "criminal_record"),
    ({"note": "Charged with driving under the influence in 2024."}, "criminal_record"),
    ({"defendant": {"name": "Sam Reed"}, "charges": ["driving under the influence"]},
     "criminal_record"),
    ({"body": "Herkunft laut Selbstauskunft: kurdisch."}, "racial_ethnic_origin"),
    # a patient's own list, not a plan's
    ({"patient": {"name": "Ana Ruiz", "diagnoses": ["mental health counselling"]}}, "health"),
    # a union branch is a trade union's
    ({"message": "He is the union branch secretary at the plant."}, "trade_union"),
    # a validation error about something other than a check digit: the value is still there
    ({"validation_errors": [{"field": "tax_id", "value": "71265089369", "error": "required"}]},
     "national_id"),
    # a valid SSN rejected for a wrong reason is still an SSN
    ({"errors": [{"field": "ssn", "value": "123-45-6789", "error": "checksum"}]},
     "national_id"),
    # German mobiles written in groups, with no cue
    ({"From": "0151 5474 833", "To": "0151 8501 716", "Body": "Bin gleich da."}, "phone"),
    ({"body": "Bis morgen!\n0171 234 5678"}, "phone"),
    # a cloud secret assigned in a diff or a shell line
    ({"diff_excerpt": '+AWS_SECRET_ACCESS_KEY="eqsT38L6VKNMy2HeYaRC0rn99lJd95f6i1Dst4oJ"'},
     "credential"),
    ({"text": "aws_secret_access_key = Zq8vN2mP4rT6wY1bC3dF5gH7jK9lQ0sU2xA4eI6o"}, "credential"),
    # an address with its street
    ({"shipping_address": {"line1": "12 rue de la Paix", "city": "Lyon",
                           "postal_code": "69002"}}, "postal_address"),
]

# (document, kind that must not be found)
NOT_FOUND: list[tuple[Any, str]] = [
    # a device's or an app's way to log in is no one's measurement
    ({"description": "Biometric login is enabled for this device."}, "biometric"),
    ({"message": "Fingerabdruck-Entsperrung ist auf diesem Gerät aktiviert."}, "biometric"),
    ({"copy": "Fingerprint unlock is available on all new models."}, "biometric"),
    ({"copy": "Le déverrouillage par empreinte est activé."}, "biometric"),
    # a template of another sort, and a format with no data
    ({"template": {"format": "html", "data": B64}}, "biometric"),
    ({"template": {"format": "iriscode", "description": "2048-bit codes"}}, "biometric"),
    # a genetic algorithm, in German and French
    ({"copy": "Der genetische Algorithmus nutzt eine Population von 200."}, "genetic"),
    ({"copy": "L'algorithme génétique converge après 300 générations."}, "genetic"),
    # a credit union is a bank
    ({"message": "The credit union branch closes early today."}, "trade_union"),
    # what a plan covers names no patient
    ({"plan": {"name": "Gold PPO", "covered_services": ["allergy testing",
                                                        "mental health counselling"]}},
     "health"),
    # values rejected for their check digit
    ({"validation_errors": [{"field": "tax_id", "value": "165104751355978",
                             "error": "checksum"}]}, "national_id"),
    ({"errors": [{"field": "steuer_id", "value": "71265089369", "error": "invalid_checksum"}]},
     "national_id"),
    # identifiers that are not phone numbers
    ({"provider": {"name": "Dr. Lucy Patel", "npi": "2833991086"}}, "phone"),
    ({"template": {"help": "Enter your 9-digit number"}, "rejected": ["167056153779125"]},
     "phone"),
    ({"tax_ids": {"data": [{"type": "eu_vat", "value": "FR98 612 077 719"}]}}, "phone"),
    ({"customer": {"vat": "ES12 612 345 678"}}, "phone"),
    # a secret's reference, not its value
    ({"text": "SECRET_ACCESS_KEY=${SECRET_ACCESS_KEY}"}, "credential"),
    # a city and a postcode are no street-level address
    ({"billing_details": {"address": {"city": "München", "postal_code": "80331"},
                          "email": None}}, "postal_address"),
    ({"shipping_address": {"city": "Lyon", "postal_code": "69002", "country": "FR"}},
     "postal_address"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                      in enumerate(FOUND)])
def test_the_shape_carries_the_kind(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                          in enumerate(NOT_FOUND)])
def test_the_shape_does_not_carry_the_kind(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc))


def test_both_prefilters_agree_on_these_shapes() -> None:
    fast, plain = Scanner("auto"), Scanner("python")
    for doc, _ in FOUND + NOT_FOUND:
        assert fast.scan_value(doc) == plain.scan_value(doc), doc
