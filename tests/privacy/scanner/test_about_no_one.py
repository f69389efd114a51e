"""Shapes that name a category without saying it of anyone, next to the same words said of a
person: equal-opportunity statements, declined survey answers, holiday calendars, plan
catalogues, organisations in name fields, enrolment metadata, login methods; and shapes
that do say it: a bare `[lon, lat]` point, a one-word orientation on a sign-up form, a
strike ballot, abbreviated name keys, church-tax codes, charges citing a statute, a call
answered by first name."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

EEO = ("We are an equal opportunity employer and do not discriminate on the basis of race, "
       "religion, sexual orientation, disability or union membership.")

# (document, kind that must be found)
FOUND: list[tuple[Any, str]] = [
    # a complaint about one person: a policy word, but their own story
    ({"ticket": {"text": "My manager discriminated against me because I am a practising "
                         "Muslim; race and disability came up too."}}, "religious_belief"),
    # a survey question that was answered
    ({"answers": [{"question": "What is your ethnic group?", "answer": "Black Caribbean"}]},
     "racial_ethnic_origin"),
    # the holidays one employee observes
    ({"employee": {"name": "Ana Ruiz", "observed_holidays": ["Rosh Hashanah", "Yom Kippur"]}},
     "religious_belief"),
    # a door knocked on, written as a GeoJSON-style pair
    ({"voter": {"name": "Jo Bell", "door_location": [-2.63233, 51.45956]}}, "precise_location"),
    ({"stop": {"pickup_point": [48.13712, 11.57549]}}, "precise_location"),
    # a patient's own treatments, listed
    ({"patient": {"name": "Ana Ruiz", "treatments": ["IVF", "HIV treatment"]}}, "health"),
    # a one-word orientation under a sign-up form's identity field
    ({"answers": {"name": "Sam Reed", "identity": "bi"}}, "sex_life_orientation"),
    ({"antworten": {"identität": "schwul"}}, "sex_life_orientation"),
    # a union's strike ballot: the vote says membership
    ({"member": {"union": "Unite", "strike_ballot": {"voted": True}}}, "trade_union"),
    # a template under an enrolment
    ({"biometrics": {"template": "Rk1SACAyMAAAAAE8AAABQAHgAMUAxQEAAAAoQ4Bf" * 3}}, "biometric"),
    # a name in a reporter field
    ({"article": {"reporter": "Jane Doe", "body": "..."}}, "person_name"),
    # abbreviated name keys
    ({"arrestee": {"fname": "Leilani", "lname": "Park"}}, "person_name"),
    ({"person": {"VollstaendigerName": "Frauke Kötter"}}, "person_name"),
    # a German payslip's church-tax code (`KiSt`), a Sunday collection, Friday prayers
    ({"mitarbeiter": {"name": "Kötter, Frauke", "kist": "rk"}}, "religious_belief"),
    ({"fund": "Quête dominicale en ligne", "amount": 20}, "religious_belief"),
    ({"note": "She swapped shifts because she attends Jumu'ah prayers."}, "religious_belief"),
    # an arrest told in Spanish
    ({"text": "Lo detuvieron en 2022 por conducir ebrio."}, "criminal_record"),
    # a booking's charge citing a penal code section; a screening's clear status
    ({"bookingNo": "B-1", "charges": ["PC 242 Battery"]}, "criminal_record"),
    ({"applicant": {"name": "Jo Bell"}, "criminal_history": {"status": "no records found"}},
     "criminal_record"),
    # a campaign committee named by its party's family
    ({"contribution": {"committee": "Agrupación Socialista de Zaragoza", "amount": 50}},
     "political_opinion"),
    # a person placed in a minority; a straight self-description
    ({"body": "Sie gehört der sorbischen Minderheit an."}, "racial_ethnic_origin"),
    ({"note": "Straight guy, new in town, looking for hiking buddies."},
     "sex_life_orientation"),
    # a zk time clock's fingerprint templates
    ({"users": [{"name": "Jo Bell", "fp_templates": [{"fid": 3, "tmp": "cuSnG2fM9ryw" * 20}]}]},
     "biometric"),
    # an agent answering a call by first name
    ({"transcript": [{"speaker": "agent", "text": "Thanks for calling, this is Tamsin."}]},
     "person_name"),
    ({"transcript": [{"speaker": "agent", "text": "Buenas, le atiende Nerea."}]},
     "person_name"),
    # ligatures folded ("cœliaque" meets "coeliaque"); a French sick note
    ({"notes": "Ma fille est cœliaque, merci de vérifier le menu."}, "health"),
    ({"notes": "Arrêt de travail suite à une fracture du poignet."}, "health"),
    # a supervisee's record: the name is theirs
    ({"superviseeId": "DOC567149", "name": "Cormac Brannigan"}, "person_name"),
]

# (document, kind that must not be found)
NOT_FOUND: list[tuple[Any, str]] = [
    ({"title": "Driver", "eeo_statement": EEO}, "religious_belief"),
    ({"title": "Driver", "eeo_statement": EEO}, "sex_life_orientation"),
    ({"title": "Driver", "eeo_statement": EEO}, "trade_union"),
    ({"stellenanzeige": "Wir benachteiligen niemanden wegen Rasse, Religion, Behinderung, "
                        "Alter oder sexueller Identität."}, "religious_belief"),
    # declining to answer reveals nothing
    ({"answers": [{"question": "Which best describes your sexual orientation?",
                   "answer": "Prefer not to say"}]}, "sex_life_orientation"),
    ({"answers": [{"frage": "Welcher Religion gehören Sie an?", "antwort": "Keine Angabe"}]},
     "religious_belief"),
    # a public-holiday calendar
    ({"holidays": [{"date": "2025-03-31", "name": "Eid al-Fitr"},
                   {"date": "2025-10-02", "name": "Yom Kippur"}]}, "religious_belief"),
    # what a plan covers, in a catalogue
    ({"carrier": "Tidewater Mutual",
      "plans": [{"plan_id": "Gold-2025", "tier": "Gold", "monthly_premium": 337.0,
                 "covers": ["IVF", "mental health", "HIV treatment"]}]}, "health"),
    # coordinates that are not a place: a score pair, coarse points
    ({"door_location": [-2.63, 51.46]}, "precise_location"),
    ({"model": {"point_estimate": [0.12345, 0.67891, 0.1]}}, "precise_location"),
    # an identity that is not an orientation
    ({"user": {"name": "Sam Reed", "identity": "verified"}}, "sex_life_orientation"),
    # a credit union is a bank
    ({"applicant": {"name": "Jo Bell", "credit_union_member": True}}, "trade_union"),
    # the European Union is not a reporter's name
    ({"reporter": "European Union", "partner": "Japan", "value_eur_mn": 1183.0},
     "person_name"),
    # an enrolment's appointment and capture station, no template
    ({"applicant": {"name": "Jo Bell"},
      "biometrics": {"appointment": "2023-07-01T02:08:42+02:00", "status": "enrolled",
                     "captureStation": "ASC-Tacoma-02"}}, "biometric"),
    # a strike ballot is not a political opinion
    ({"member": {"union": "Unite", "strike_ballot": {"voted": True}}}, "political_opinion"),
    # a file name under `fname`; church tax with no church (`--`)
    ({"upload": {"fname": "report-2024.pdf"}}, "person_name"),
    ({"mitarbeiter": {"kist": "--"}}, "religious_belief"),
    # a battery's charges; a charge citing no statute
    ({"vehicle": {"charges": ["Battery 80%", "Fast charge"]}}, "criminal_record"),
    # a credit check's status is no criminal record
    ({"applicant": {"name": "Jo Bell"}, "credit_check": {"status": "clear"}}, "criminal_record"),
    # a committee that is not a party's
    ({"contribution": {"committee": "Friends of the Riverside Library", "amount": 50}},
     "political_opinion"),
    # fingerprint as a way to log in
    ({"messages": [{"from": "visitor",
                    "text": "Die Anmeldung per Fingerabdruck ist jetzt in der App verfügbar."},
                   {"from": "visitor", "text": "You can now log in with your fingerprint."}]},
     "biometric"),
    # a FHIR observation of sexual orientation is not a clinical finding
    ({"resourceType": "Observation", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "76690-7",
                           "display": "Sexual orientation"}]}}, "health"),
    # a French essay's "digital divide", a work stoppage that is a strike
    ({"article": "La fracture numérique touche les zones rurales."}, "health"),
    # "this is" in prose, a first name not answering a call
    ({"review": "This is Amazing value, speaking as a regular."}, "person_name"),
    # an OAuth client's id next to a team's name
    ({"clientId": "c-1", "name": "Night Shift"}, "person_name"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                      in enumerate(FOUND)])
def test_said_of_a_person(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                          in enumerate(NOT_FOUND)])
def test_said_of_no_one(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc))
