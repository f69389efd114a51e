"""Accounts, devices, events, log lines and language-model traffic: a user named by a person's
name, a camera's known faces, an analytics event for a gift to a party, a national number or
a passport labelled in text, a model's answer; an application's or a restaurant's name, a
tokenizer's vocabulary, a moderation policy and a gene panel are no one's data."""

from __future__ import annotations

from typing import Any

from tests.privacy.scanner.cases import case_tests

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
    # a language model's answer is text, not a form's options
    ("completion-choices", {"id": "chatcmpl-1", "choices": [{
        "index": 0, "finish_reason": "stop", "message": {
            "role": "assistant", "content": "Genotyp APOE ε3/ε4 laut Laborbericht."}}]},
     "genetic"),
    ("stream-delta", {"choices": [{"delta": {"content": "HIV positive since 2019"}}]},
     "health"),
    # a passport's number after its label, in four languages
    ("passport-en", {"input": "My passport number is 830538082, it expires in 2031."},
     "passport"),
    ("passport-de", {"text": "Meine Reisepassnummer ist K70M7Y4JC."}, "passport"),
    ("passport-de-nr", {"bemerkung": "Reisepass-Nr. H4N335GRG."}, "passport"),
    ("passport-fr", {"commentaire": "Passeport n° 19IS27843."}, "passport"),
    ("passport-es", {"text": "Mi número de pasaporte es CNJ581149."}, "passport"),
    # a name on a letter's own line, and thanks to a person by name
    ("name-line", {"content": "Ladung \u2013 Amtsgericht\nKHALIL Samir\nIhnen wird Diebstahl "
                              "vorgeworfen."}, "person_name"),
    ("name-last-line", {"content": "Ladung\nKHALIL Samir"}, "person_name"),
    # a template under the body part's key
    ("palm-vein-template", {"enrollment": {"palm_vein": {
        "template": "UGFsbVZlaW5UZW1wbGF0ZQ=="}}}, "biometric"),
    ("thanks-name", {"content": "Thanks Jiwoo. Understood. A draft reply follows."},
     "person_name"),
    ("ukrainian-name", {"content": "El expediente lo lleva Dmytro Bondarenko."},
     "person_name"),
    # an accusation, and a birth date after its German label or with "Nacido/a"
    ("charged-with", {"note": "He was charged with theft last year."}, "criminal_record"),
    ("vorgeworfen", {"content": "Ihnen wird Diebstahl gemäß § 242 StGB vorgeworfen."},
     "criminal_record"),
    ("geburtsdatum", {"content": "Hallo.\n\nGeburtsdatum: 7. April 1962."}, "date_of_birth"),
    ("nacido-a", {"content": "CV\nNacido/a el 14 de julio de 1966\nBilbao"}, "date_of_birth"),
]

NOT_FOUND: list[tuple[str, Any, str]] = [
    # handles and accounts that are not people
    ("user-handle", {"user": "jenkins"}, "person_name"),
    ("user-role", {"user": "Admin"}, "person_name"),
    ("user-email-local", {"user_name": "priya.iyer"}, "person_name"),
    # a device's or a visitor's fingerprint is an id, not a body's template
    ("device-fingerprint", {"device": {"fingerprint": "a3f9c2d1e4b5c6d7"}}, "biometric"),
    ("visitor-fingerprint", {"visitor": {"fingerprint": "Xk3p9QvL2mN8"}}, "biometric"),
    # a dish named after a cuisine is nobody's origin
    ("half-dish", {"review": "We ordered the half Korean BBQ platter and it was great."},
     "racial_ethnic_origin"),
    # a heading on a line of its own is not a name
    ("heading-last-line", {"content": "Invoice\nTotal Amount"}, "person_name"),
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
    # a form's choices are still options
    ("form-choices", {"id": "religion", "choices": ["Catholic", "Muslim"]},
     "religious_belief"),
    # a tokenizer's vocabulary, a moderation policy, a model card, a party's press feed, a
    # gene panel
    ("vocabulary", {"vocab_sample": {"\u2581prayer": 18292, "\u2581gene": 18807,
                                     "\u0120union": 36053}}, "religious_belief"),
    ("moderation-policy", {"categories": [{"id": "hate", "description": (
        "Content that expresses hate based on race, religion, sexual orientation or "
        "disability.")}]}, "sex_life_orientation"),
    ("model-card", {"limitations": "May reflect biases related to health, religion, "
                                   "ethnicity or political topics present in web text."},
     "racial_ethnic_origin"),
    ("press-feed", {"feed": "party-press", "party": "Labour Party", "items": [
        {"title": "Our manifesto", "published": "2026-01-26T15:24:03Z"}]},
     "political_opinion"),
    ("str-panel", {"str_loci": ["D3S1358", "TPOX", "D21S11", "D16S539"]}, "genetic"),
    # a card charged with money, a passport's expiry, a passport's number as no phone
    ("card-charged", {"note": "Your card was charged with EUR 20."}, "criminal_record"),
    ("passport-expiry", {"note": "Passport expires 20310101"}, "passport"),
    ("passport-not-phone", {"input": "My passport number is 830538082."}, "phone"),
]


test_found, test_not_found = case_tests(FOUND, NOT_FOUND)
