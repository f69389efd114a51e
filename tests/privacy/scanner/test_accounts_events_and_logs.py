"""Accounts, devices, events and log lines: a user named by a person's name, a camera's known
faces, an analytics event for a gift to a party, a national number labelled in a log line;
an application's or a restaurant's name is no one's."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

_VECTOR = [-0.2292, 0.1066, -0.0778, -0.1674, -0.1661, -0.0418, 0.0585, 0.1901, 0.0373,
           0.0121, -0.0288, 0.1551, -0.1337, -0.1249, -0.0439, 0.1522]

FOUND: list[tuple[str, Any, str]] = [
    # an account's user, by a person's name
    ("user-full-name", {"user_name": "Priya Iyer", "ts": "1788585720.238"}, "person_name"),
    ("user-given-name", {"device": "front_door_lock", "event": "unlocked", "user": "Camille"},
     "person_name"),
    ("username-full-name", {"username": "Iker Olmedo"}, "person_name"),
    # a camera's known face: the template and whose it is
    ("known-face-vector", {"known_face": {"embedding": _VECTOR}}, "biometric"),
    ("known-face-label", {"known_face": {"label": "Olena Tkachenko", "embedding": _VECTOR}},
     "person_name"),
    ("enrolled-voice", {"enrolled_voice": {"vector": _VECTOR}}, "biometric"),
    # an analytics event for a gift: the party it went to
    ("donation-event", {"batch": [{"type": "track", "event": "Donation Completed",
                                   "properties": {"recipient": "Labour"}}]},
     "political_opinion"),
    ("spende-event", {"event_name": "Spende abgeschlossen", "data": {"empfänger": "SPD"}},
     "political_opinion"),
    # a party written without umlauts in a bank transfer
    ("party-transliterated", {"remittanceInformation": "Spende BUENDNIS 90/DIE GRUENEN"},
     "political_opinion"),
    # a national number after its label in a log line
    ("ssn-labelled", {"lines": ["ERROR [intake] kyc check SSN=681774098 result=ok"]},
     "national_id"),
    ("ssn-in-words", {"note": "his SSN is 536904399, please verify"}, "national_id"),
    ("steuer-id-labelled", {"msg": "kyc check steuerId=37 204 871 656 result=ok"},
     "national_id"),
    # birth dates written out in Spanish and English
    ("naci-el", {"description": "Para verificar, nací el 19 de enero de 1994. ¡gracias!"},
     "date_of_birth"),
    ("born-on-the", {"note": "he was born on the 3rd of March 1990"}, "date_of_birth"),
    # a family speaking of its faith and its origin
    ("wir-sind-muslime", {"resume_text": "Wir sind Muslime und essen kein Schweinefleisch."},
     "religious_belief"),
    ("family-punjabi", {"body": "my family's Punjabi, my mum will ask you a million questions"},
     "racial_ethnic_origin"),
    ("were-hmong", {"body": "we're Hmong and my grandparents only speak Hmong at home"},
     "racial_ethnic_origin"),
    ("half-half", {"text": "soy half Korean half Mexican, so the form should let me pick two"},
     "racial_ethnic_origin"),
]

NOT_FOUND: list[tuple[str, Any, str]] = [
    # handles and accounts that are not people
    ("user-handle", {"user": "jenkins"}, "person_name"),
    ("user-role", {"user": "Admin"}, "person_name"),
    ("user-email-local", {"user_name": "priya.iyer"}, "person_name"),
    # an identity provider's application
    ("client-name-app", {"client_name": "UnionHall Web", "type": "f"}, "person_name"),
    ("client-name-mobile", {"client_name": "Parish Connect Mobile"}, "person_name"),
    # a restaurant named after someone's name
    ("venue-grill", {"data": [{"name": "Sultan Grill", "cuisine": "Turkish"}]}, "person_name"),
    # a face's match score is not the face
    ("known-face-score", {"known_face": {"match": 0.93}}, "biometric"),
    # an event that is no gift, and a gift to no party
    ("order-event", {"event": "Order Completed", "properties": {"recipient": "Labour"}},
     "political_opinion"),
    ("charity-event", {"event": "Donation Completed",
                       "properties": {"recipient": "Oxfam"}}, "political_opinion"),
    # nine digits after a label that is no SSN's, and a labelled number failing its check
    ("order-number", {"msg": "order 681774098 shipped"}, "national_id"),
    ("ssn-invalid", {"msg": "SSN=666123456 rejected"}, "national_id"),
    ("steuer-id-invalid", {"msg": "steuerId=37 204 871 657"}, "national_id"),
    # a group's food or language is no one's origin
    ("punjabi-food", {"title": "Punjabi food night at the community hall"},
     "racial_ethnic_origin"),
    ("speaks-tamil", {"languages": "I speak Tamil and English"}, "racial_ethnic_origin"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("name", "doc", "kind"), FOUND, ids=[case[0] for case in FOUND])
def test_found(scanner: Scanner, name: str, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc)), name


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("name", "doc", "kind"), NOT_FOUND,
                         ids=[case[0] for case in NOT_FOUND])
def test_not_found(scanner: Scanner, name: str, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc)), name
