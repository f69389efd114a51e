"""Rules for situations and record shapes that vocabulary alone misses or misreads: a host's
`diagnosis`, rates per 100,000 people, statutes and policies, press feeds, Avro schemas,
road-works feeds; prisoners, probation orders, charges, party members, call records, FHIR
identifiers, kinship tests; ISO/IEC 19794 templates and vectors pasted into text; referral
letters; the everyday words of a prison term, a clinic visit or a couple. Each realistic case
comes with a hard negative that shares its words or its shape."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

_FINGER = base64.b64encode(b"FMR\x00 20\x00" + bytes(range(40, 120))).decode()
_FACE = base64.b64encode(b"FAC\x00010\x00" + bytes(range(90, 170))).decode()
_IRIS = base64.b64encode(b"IIR\x00010\x00" + bytes(range(7, 87))).decode()
_NOISE = base64.b64encode(bytes(range(200, 255)) + b"\x00" * 5).decode()
_VECTOR = "[" + ", ".join(f"{(-1) ** i * 0.0137 * i:.4f}" for i in range(1, 13)) + "]"

FOUND: list[tuple[Any, str]] = [
    # --- record shapes --------------------------------------------------------------------
    # a person held in prison, and a visit to them
    ({"booking": {"visitor": {"name": "Lena Ortmann"},
                  "inmate": {"name": "Kai Berger", "inmate_number": "A4431"}}},
     "criminal_record"),
    ({"besuch": {"gefangener": "Jonas Imhof", "termin": "2025-03-02T14:00:00Z"}},
     "criminal_record"),
    # an order of probation, with its officer and conditions
    ({"case": {"type": "parole", "officer": "R. Diaz", "conditions": ["curfew"]}},
     "criminal_record"),
    # the counts of an indictment, dismissed or not
    ({"defendant": {"name": "Tom Hale"},
      "charges": [{"description": "Aggravated burglary", "status": "dismissed"}]},
     "criminal_record"),
    # a party's member record, whatever the party is called
    ({"partei": "Piratenpartei", "mitglied": {"mitgliedsnummer": "P-77", "eintritt": "2019"}},
     "political_opinion"),
    # German key for a party preference
    ({"wahlkreis": "W-12", "parteineigung": "FDP"}, "political_opinion"),
    # a side under `politica` / `politique`
    ({"perfil": {"alias": "mar", "politica": "de izquierdas"}}, "political_opinion"),
    # who a sexual-health clinic's client has sex with
    ({"intake": {"sex_with": "men and women", "partners_90d": 2}}, "sex_life_orientation"),
    ({"fragebogen": {"sexualkontakte_mit": "Frauen"}}, "sex_life_orientation"),
    # survey microdata: self-rated health, limiting illness, union membership
    ({"resp": {"general_health": {"code": 4, "label": "Bad"}}}, "health"),
    ({"resp": {"UNIONMEMBERSHIP": 1}}, "trade_union"),
    ({"patient": {"ethnicCategory": "A - White British"}}, "racial_ethnic_origin"),
    # a carrier result that names the condition
    ({"result": {"gene": "HBB", "condition": "Sickle cell anaemia", "status": "carrier"}},
     "health"),
    # a FHIR identifier whose system is a national id
    ({"resourceType": "Patient", "identifier": [
        {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "536227831"}]}, "national_id"),
    # a call's party: its number is a phone number
    ({"cdr": {"caller": {"number": "0151 23456789"}, "duration": 61}}, "phone"),
    # kinship testing: names of the people whose role is kin
    ({"subjects": [{"role": "mother", "name": "Ines Amberg"},
                   {"role": "alleged_father", "name": "Ortiz, Ramon"}]}, "person_name"),
    ({"case": {"nom_patient": "Lucie Marchal"}}, "person_name"),
    ({"event": {"user_profile": {"real_name": "Ana Quiroga", "display_name": "anq"}}},
     "person_name"),
    ({"rapport": {"ddn": "1971-04-30"}}, "date_of_birth"),
    ({"order": {"ship_to": "Lindenallee 4, 50968 Köln"}}, "postal_address"),
    # enrolment records under French, Spanish and German keys
    ({"enrolement": {"modalite": "doigt", "minuties": [
        {"x": 10, "y": 22, "angle": 91}, {"x": 48, "y": 7, "angle": 200},
        {"x": 31, "y": 64, "angle": 12}]}}, "biometric"),
    ({"alta": {"huella_de_voz": {"dim": 4, "vector": [0.1, 0.2, 0.3, 0.4]}}}, "biometric"),
    ({"anmeldung": {"handvenenmuster": _NOISE}}, "biometric"),
    ({"crossing": {"biometrics": {"facial_image_template": _NOISE}}}, "biometric"),
    # --- formats in any string ---------------------------------------------------------------
    ({"log": f"enroll_fail q=38 tpl={_FINGER}"}, "biometric"),
    ({"attachment": _FACE}, "biometric"),
    ({"note": f"iris code export: {_IRIS} (retry)"}, "biometric"),
    ({"note": f"Gesichtsvektor aus der Registrierung, bitte neu einspielen: {_VECTOR}"},
     "biometric"),
    ({"comment": f"speaker embedding from the voice enrolment: {_VECTOR}"}, "biometric"),
    # --- referral letters ------------------------------------------------------------------
    ({"text": "Dear Dr Hale,\n\nThank you for seeing Maya Lindqvist (1984-02-17) of 3 "
              "Elm Row, Bath BA1 2AB. Recurrent migraine."}, "date_of_birth"),
    ({"text": "Sehr geehrter Herr Kollege,\nwir überweisen Ute Brandl, geb. am 3. März 1961,"
              " zur Abklärung."}, "date_of_birth"),
    ({"text": "Cher confrère, je vous adresse LEROY, Paul, né(e) le 4 juin 1950, pour avis."},
     "date_of_birth"),
    ({"text": "Cher confrère, je vous adresse LEROY, Paul, né(e) le 4 juin 1950, pour avis."},
     "person_name"),
    ({"text": "Patientin wohnhaft Mühlbach 7, 6020 Innsbruck, seit 2019 in Behandlung."},
     "postal_address"),
    ({"text": "Livraison au 14b place du Marché, 69002 Lyon, merci."}, "postal_address"),
    # --- everyday words --------------------------------------------------------------------
    ({"msg": "My uncle got out of prison last month and is looking for work."},
     "criminal_record"),
    ({"msg": "The applicant is under police investigation for theft."}, "criminal_record"),
    ({"msg": "Enhanced DBS came back clear, no cautions or convictions."}, "criminal_record"),
    ({"msg": "Nous sommes un couple d'hommes et cherchons un appartement."},
     "sex_life_orientation"),
    ({"msg": "Sie berichtet über ungeschützten Geschlechtsverkehr im Urlaub."},
     "sex_life_orientation"),
    ({"msg": "We're polyamorous, so three of us will be on the lease."},
     "sex_life_orientation"),
    ({"msg": "Panel found a variant of uncertain significance in MYH7."}, "genetic"),
    ({"msg": "Exome results are consistent with Noonan syndrome."}, "health"),
    ({"msg": "DPYD poor metabolizer: fluorouracil dose reduced by half."}, "health"),
    ({"booking": {"reason": "STI screen", "slot": "2025-05-01T09:00:00Z"}}, "health"),
    ({"msg": "I'm not in a union, so I'll bring my own representative."}, "trade_union"),
    ({"msg": "Er ist seit Jahren bei ver.di organisiert."}, "trade_union"),
    ({"msg": "Please cancel the Unison deduction on my next payslip."}, "trade_union"),
    ({"msg": "Meine Großmutter hat polnische Wurzeln."}, "racial_ethnic_origin"),
    ({"msg": "En tant que femme noire, je demande un entretien."}, "racial_ethnic_origin"),
    ({"msg": "Unsere Nachbarin ist Sorbin und spricht Obersorbisch."}, "racial_ethnic_origin"),
    ({"msg": "She is Māori and asked for the form in te reo."}, "racial_ethnic_origin"),
    ({"msg": "I donated to the Greens before the election."}, "political_opinion"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    # a host's vitals and an outage's diagnosis
    ({"host": "api-7", "cpu": 0.82, "diagnosis": "memory leak", "symptoms": ["p99 up"]},
     "health"),
    # rates in a population, per 100,000 or as prevalence
    ({"area": "North", "offences_per_100k": {"theft": 210, "assault": 95}}, "criminal_record"),
    ({"indicator": "asthma", "icd10": "J45", "prevalence": 0.071}, "health"),
    # a statute and a staff policy
    ({"code": "StGB", "provision": "§ 242", "text": "Wer eine fremde bewegliche Sache wegnimmt,"
      " wird mit Freiheitsstrafe bis zu fünf Jahren bestraft.", "in_force_since": "1975-01-01"},
     "criminal_record"),
    ({"policy": "time-off", "applies_to": ["staff"], "text": "Staff may take paid time off "
      "for union duties and religious holidays."}, "trade_union"),
    # a press release's party
    ({"items": [{"party": "SPD", "title": "SPD stellt Wahlprogramm vor",
                 "published": "2025-02-01"}]}, "political_opinion"),
    # an Avro schema's fields
    ({"type": "record", "name": "Employee", "fields": [
        {"name": "union_member", "type": ["null", "boolean"], "default": None}]},
     "trade_union"),
    # a certificate's fingerprints are hashes
    ({"certificate": {"fingerprints": ["SHA256:ab12", "SHA1:cd34", "MD5:ef56"]}}, "biometric"),
    # a road-works feed names streets, not addresses
    ({"closures": [{"street": "Chapel Street", "reason": "water main"}]}, "postal_address"),
    # a card's type under a method key, and an organisation's name
    ({"events": [{"door": "D2", "credential_type": "palm_vein", "holder": "B-77"}]},
     "biometric"),
    ({"organisation": "St Mary's Catholic Church", "events": [{"title": "Fête"}]},
     "religious_belief"),
    # an offence charged is not its author's health
    ({"candidate": {"name": "Ivo Marek"}, "records": [{"charge": "driving under the "
      "influence of alcohol", "disposition": "convicted"}]}, "health"),
    # words of a setting under a token's key, a DSN's password before the host
    ({"token": "verification-disabled", "team": "T1"}, "credential"),
    ({"dsn": "postgres://svc:Hunter$99@db.internal:5432/app"}, "email"),
    # an employee's probation period
    ({"employee": "E-1", "contract": {"type": "probation", "end": "2025-09-30"}},
     "criminal_record"),
    # a party key next to no member: a booking's party
    ({"reservation": {"party": "Smith wedding", "size": 40}}, "political_opinion"),
    # `politica` as a site's policy, `relaciones_con` as business relations
    ({"footer": {"politica": "Política de privacidad"}}, "political_opinion"),
    ({"crm": {"relaciones_con": "proveedores"}}, "sex_life_orientation"),
    # an identifier of another scheme
    ({"identifier": [{"system": "urn:oid:1.2.3.4.5/mrn", "value": "536227831"}]},
     "national_id"),
    # a product's condition
    ({"listing": {"condition": "refurbished", "price": 120}}, "health"),
    # a queue's number under `caller`-less objects (a German mobile's shape, 015x-017x, is
    # a phone wherever it is: see `test_european_records`)
    ({"queue": {"number": "0911 23456789"}}, "phone"),
    # base64 that merely contains the characters, and a product embedding
    ({"blob": "QUJD" + "Rk1SACAyMA" + "A" * 60}, "biometric"),
    ({"doc": f"embedding for product SKU-44 (title vector): {_VECTOR}"}, "biometric"),
    # a date in brackets is not a phone number; minutes are not a referral letter
    ({"text": "Release planned (2024-11-05) after review."}, "phone"),
    ({"minutes": "Thanks for seeing Project Atlas (2024-05-01) through to launch."},
     "date_of_birth"),
    ({"text": "Patientin wohnhaft in Innsbruck, seit 2019 in Behandlung."}, "postal_address"),
    # everyday words in other senses
    ({"msg": "Down Syndrome Awareness Week starts on Monday."}, "health"),
    ({"msg": "Grab the black manual from the shelf."}, "racial_ethnic_origin"),
    ({"msg": "The query returns the union of both sets."}, "trade_union"),
    ({"msg": "Sie sorbe su café despacio."}, "racial_ethnic_origin"),
    ({"msg": "The charger delivers 12 Volt."}, "political_opinion"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND,
                         ids=[f"{k}-{i}" for i, (_, k) in enumerate(FOUND)])
def test_the_situation_is_found(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc)), scanner.scan_value(doc)


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND,
                         ids=[f"{k}-{i}" for i, (_, k) in enumerate(NOT_FOUND)])
def test_the_look_alike_is_not(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc)), scanner.scan_value(doc)


@pytest.mark.clause("DATA-7")
def test_a_person_keeps_what_the_vetoes_would_remove(scanner: Scanner) -> None:
    # a patient's record with a host key, and a named person's record with a rate
    assert "health" in kinds(scanner.scan_value(
        {"patient": {"name": "Eva Roth", "diagnosis": "J45"}, "host": "ehr-2"}))
    assert "criminal_record" in kinds(scanner.scan_value(
        {"applicant": {"name": "Eva Roth", "convictions": ["theft"]}, "per_1000": 3}))


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_these_documents() -> None:
    fast, plain = Scanner("auto"), Scanner("python")
    for doc, _ in FOUND + NOT_FOUND:
        assert fast.scan_value(doc) == plain.scan_value(doc), doc
