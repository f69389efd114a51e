"""Records of services people use and messages they send: a vet's visit, a family tree, a
form service's response, a mailbox's message, a drug's monograph and a clinic's own page."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.cases import case_tests
from tests.privacy.scanner.conftest import kinds

_VET_VISIT: dict[str, Any] = {
    "clinic": "Tierarztpraxis am Deich",
    "patient": {"name": "Tofu", "species": "feline", "breed": "British Shorthair",
                "birthDate": "2015-12-12"},
    "visit": {"date": "2025-09-09", "diagnosis": "Hüftdysplasie",
              "prescribed": ["meloxicam 1.5 mg/ml oral suspension"]},
    "owner": {"fullName": "Lukas Winkler", "phone": "+43 664 8645662"},
}

_FORM_RESPONSE: dict[str, Any] = {
    "event_type": "form_response",
    "form_response": {
        "form_id": "Tik1MBmp", "token": "hm26mn49ndtbwzf4wxdx9cb8jxhrfdf7",
        "landed_at": "2025-12-17T16:45:00Z", "submitted_at": "2025-12-17T17:00:00Z",
        "definition": {"id": "vbUR7NRr", "title": "Member feedback", "fields": [
            {"id": "k3Cue3JXjybn", "type": "multiple_choice",
             "title": "¿Con qué grupo étnico se identifica?"},
            {"id": "7fJAKPLgD3uS", "type": "yes_no",
             "title": "¿Está afiliado/a a un sindicato?"},
        ]},
        "answers": [
            {"field": {"id": "k3Cue3JXjybn", "type": "multiple_choice"}, "type": "choice",
             "choice": {"label": "wayuu"}},
            {"field": {"id": "7fJAKPLgD3uS", "type": "yes_no"}, "type": "boolean",
             "boolean": True},
        ],
    },
}

_GMAIL_MESSAGE: dict[str, Any] = {
    "id": "56ce8fd93386ec17", "labelIds": ["INBOX", "IMPORTANT"],
    "payload": {"mimeType": "text/plain", "body": {
        "text": "Hi Dragan,\n\nIch wurde nach einer Schlägerei festgenommen. Sie ist "
                "Vertrauensfrau der GEW an ihrer Schule."}},
}

FOUND: list[tuple[str, Any, str]] = [
    # the owner's data in a vet's record is still a person's
    ("vet-owner-name", _VET_VISIT, "person_name"),
    ("vet-owner-health", {**_VET_VISIT, "owner": {"fullName": "Lukas Winkler",
                                                   "allergies": "penicillin"}}, "health"),
    ("human-species", {"patient": {"name": "Ann Lee", "species": "human",
                                   "birthDate": "1985-12-12", "diagnosis": "asthma"}},
     "health"),
    # a family tree's birth event
    ("birth-event", {"persons": [{"name": {"given": "Óscar", "surname": "El Amrani"},
                                  "birth": {"date": "1927-02-10", "place": "Málaga"}}]},
     "date_of_birth"),
    # the name a patient goes by
    ("preferred-name", {"patient": {"preferredName": "Lukas"}}, "person_name"),
    # a form service's answers, judged by their fields' titles
    ("form-response-origin", _FORM_RESPONSE, "racial_ethnic_origin"),
    ("form-response-union", _FORM_RESPONSE, "trade_union"),
    # a mailbox's message whose labels are tags, not a form's
    ("mail-labels-criminal", _GMAIL_MESSAGE, "criminal_record"),
    ("mail-labels-union", _GMAIL_MESSAGE, "trade_union"),
    # leaving a union, campaigning for a party, standing for one, an open relationship
    ("left-union-fr", {"text": "Il a quitté la CFE-CGC."}, "trade_union"),
    ("left-union-de", {"text": "Er ist aus der IG Metall ausgetreten."}, "trade_union"),
    ("campaigns-for", {"text": "She campaigns for Plaid Cymru every election."},
     "political_opinion"),
    ("kandidiert", {"text": "Sie kandidiert für Die Linke bei der Kommunalwahl."},
     "political_opinion"),
    ("open-relationship", {"text": "wir führen eine offene beziehung"},
     "sex_life_orientation"),
]

NOT_FOUND: list[tuple[str, Any, str]] = [
    # a pet's birth date, diagnosis and name are no person's
    ("vet-dob", _VET_VISIT, "date_of_birth"),
    ("vet-health", _VET_VISIT, "health"),
    ("vet-pet-name", {"patient": {"name": "Tofu", "species": "feline"}}, "person_name"),
    # a form response's token is its id
    ("form-token", _FORM_RESPONSE, "credential"),
    # a drug's monograph and a clinic's own page are about no one
    ("monograph", {"monograph": {"name": "Sertraline",
                                 "indications": "depression, panic disorder",
                                 "pregnancy": "use only if clearly needed"}}, "health"),
    ("clinic-page", {"service": "Harbour Sexual Health",
                     "openingTimes": [{"day": "Mon", "open": "09:00", "close": "17:00"}],
                     "services": ["HIV testing", "PrEP", "STI screening"]}, "health"),
    # a lane on the left is no party
    ("linke-spur", {"text": "Die linke Spur ist wegen Bauarbeiten gesperrt."},
     "political_opinion"),
]

test_found, test_not_found = case_tests(FOUND, NOT_FOUND)


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_these_records() -> None:
    python, auto = Scanner(engine="python"), Scanner()
    for _, doc, _ in (*FOUND, *NOT_FOUND):
        assert kinds(python.scan_value(doc)) == kinds(auto.scan_value(doc)), doc
