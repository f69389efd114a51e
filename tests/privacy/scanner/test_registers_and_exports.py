"""Case files, registers, clinical messages and exports: a suspect charged, an HL7 patient's
race and religion, a FHIR race extension, an iris code or a voiceprint under a compound key,
call records' A and B numbers, NDJSON exports and JSON quoted in text, a union's member
list, a party joined, an elector, a household's medical needs; a moderation model's
categories, a charity's appeal and a holiday calendar are no one's data."""

from __future__ import annotations

from typing import Any

from tests.privacy.scanner.cases import case_tests

_HL7 = ("MSH|^~\\&|LAB|SANRAFAEL|EHR|HOSP|202610151811||ORU^R01|Ccu53XRMmT|P|2.5.1\r"
        "PID|1||B2699A5F^^^MRN||NGUYEN^Thu||19860722|F||{race}|Weidenweg 75^^Hamburg^^22303"
        "||0221 1078-595||||{religion}\r"
        "OBX|1|NM|4548-4^HbA1c^LN||7.5|%|4.0-6.0|H|||F")
_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"
_TEMPLATE = "8fUsH2LnuAEa/sla6+HxXypGG0Jd0ayKDPpHJHR/IBSGoHN5G8v9he1Aksnm"
_IRIS = ("7108eb9ccd2a78b47ae4f420a0629c2652c0c3860cd5e65d2628cd5824f853fda00e70ffba453d6ae5"
         "22ab899bf99e357da1244b6294d451cd3588caf4e5d0f4a5a73f2fd1d0")

FOUND: list[tuple[str, Any, str]] = [
    ("suspect-charged", {"incident": "INC-1", "suspect": {"name": "Hao Liu",
                                                          "status": "charged"}},
     "criminal_record"),
    ("suspect-arrested-fr", {"suspect": {"name": "Théo Castagné", "statut": "arrêté"}},
     "criminal_record"),
    ("hl7-religion", {"message": _HL7.format(race="", religion="MOS")}, "religious_belief"),
    ("hl7-race", {"message": _HL7.format(race="2028-9^Asian^CDCREC", religion="")},
     "racial_ethnic_origin"),
    ("hl7-observation", {"message": _HL7.format(race="", religion="")}, "health"),
    ("fhir-race", {"extension": [{"url": _RACE, "extension": [
        {"url": "ombCategory", "valueCoding": {"code": "2028-9", "display": "Asian"}}]}]},
     "racial_ethnic_origin"),
    ("code-iris", {"identity_verification": {"method": "kiosk", "code_iris": _IRIS}},
     "biometric"),
    ("empreinte-vocale", {"verification": {"empreinte_vocale": {"enrolled": "2025-11-01",
                                                                "template": _TEMPLATE}}},
     "biometric"),
    ("cdr-a-b", {"cdr": [{"a": "342871982099", "b": "347712761546", "dur": 373}]}, "phone"),
    ("movil", {"content": "Mi móvil es el 934 060 833."}, "phone"),
    ("ndjson-passport", {"content_type": "application/x-ndjson", "body": (
        '{"id":"09bd2f87","name":"Zöllner, Svenja","reisepass_nummer":"CLN9146W7"}\n'
        '{"id":"de5f2f3d","name":"Jonas Hollmann"}')}, "passport"),
    ("surname-first", {"rows": [{"id": "e7813ce6", "name": "Kamińska, Małgorzata"}]},
     "person_name"),
    ("estimado-a", {"body": "Estimado/a Rania Boutros: hemos recibido su declaración."},
     "person_name"),
    ("name-opens-a-line", {"content": "Understood. A draft reply follows:\n\nDarnell "
                                      "Castellanos donated £250 to the local campaign."},
     "person_name"),
    ("elector", {"entries": [{"elector": "Krzysztof Wróbel", "district": "F1"}]},
     "person_name"),
    ("union-members-export", {"export": "union-members", "format": "ndjson", "body": (
        '{"member_no":"M7618-5ab","name":"Tunde Adeyemi","joined":"2014-12-04"}\n'
        '{"member_no":"M8797-7d8","name":"Balogun, Emeka","joined":"2010-05-25"}')},
     "trade_union"),
    ("party-joined", {"parti": {"name": "Renaissance", "since": 2022}}, "political_opinion"),
    # a household's priority needs, a drug test's result
    ("priority-services", {"priorityServices": ["home oxygen"]}, "health"),
    ("drug-test", {"drugTest": {"date": "2026-09-28", "result": "positive - cannabis"}},
     "health"),
    # JSON quoted in a model's answer, on its own line or fenced
    ("quoted-json-line", {"content": "Te propongo este borrador:\n{\"handvenenmuster\": "
                                     f"\"{_TEMPLATE}\"}}"}, "biometric"),
    ("fenced-json", {"content": "Here is the record:\n```json\n{\n  \"patient\": "
                                "\"Jane Roe\",\n  \"diagnosis\": \"asthma\"\n}\n```"},
     "health"),
    # an evaluation's tags do not make its conversation a form
    ("eval-labels", {"labels": ["pii_leak"], "conversation": [
        {"role": "user", "content": "I came out as bisexual last year."}]},
     "sex_life_orientation"),
    # the text a moderation model judged is judged on its own
    ("moderation-input", {"input": "I have been self-harming since my depression diagnosis",
                          "results": [{"flagged": True, "category_scores": {"self-harm": 0.9}}]},
     "health"),
]

NOT_FOUND: list[tuple[str, Any, str]] = [
    ("suspect-game", {"suspect": {"name": "Colonel Mustard", "status": "eliminated"}},
     "criminal_record"),
    ("hl7-religion-unknown", {"message": _HL7.format(race="", religion="UNK")},
     "religious_belief"),
    ("fhir-race-asked", {"extension": [{"url": _RACE, "extension": [
        {"url": "ombCategory", "valueCoding": {"code": "ASKU",
                                               "display": "Asked but unknown"}}]}]},
     "racial_ethnic_origin"),
    ("tpm-fingerprint", {"asset": "LAP-1", "tpm_fingerprint":
                         "26dc784b113964703b23907ab58d107d348a32c5"}, "biometric"),
    ("cdr-short", {"cdr": [{"a": "1", "b": "2"}]}, "phone"),
    ("moderation-taxonomy", {"policy": "moderation-taxonomy", "categories": [
        {"id": "self-harm", "description": "Content that promotes or depicts self-harm.",
         "threshold": 0.87}]}, "health"),
    ("charity-appeal", {"org": "charity", "donations": [{"campaign": "winter appeal",
                                                         "amount": 103}]},
     "political_opinion"),
    ("credit-union-export", {"export": "credit union members", "body": [{"id": 1}]},
     "trade_union"),
    ("party-planning", {"party": {"name": "Office party", "guests": 12}}, "political_opinion"),
    ("priority-services-age", {"priorityServices": ["over 65"]}, "health"),
    # a calendar of religious holidays lists feasts, not anyone's faith
    ("holiday-calendar", {"calendar": "religious-holidays-2026", "entries": [
        {"name": "Diwali", "date": "2026-11-08"}, {"name": "Yom Kippur",
                                                  "date": "2026-09-21"}]},
     "religious_belief"),
]


test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
