"""Election campaigns and political funds, inherited-condition screens, vaccination
certificates, police cases, sick notes in French and Spanish word order, declarations,
abbreviated keys and the people named on such records, each beside a near miss: a form's
definition, a feature flag, a product code, a marketing campaign, a related company."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

FOUND: list[tuple[Any, str]] = [
    # working for an election campaign: the campaign named as one, or canvassing for it
    ({"volunteer": {"name": "Jane Doe", "email": "jane@example.org"},
      "campaign": "Ruiz for Senate"}, "political_opinion"),
    ({"volunteer": {"name": "Jane Doe"}, "campaign": "Team Ruiz 2026",
      "roles": ["phonebank", "doorknock"]}, "political_opinion"),
    ({"benevole": {"nom": "Odile Faure"}, "campagne": "Campagne municipale 2026"},
     "political_opinion"),
    ({"voluntaria": {"nombre": "Rosa Lema"}, "campana": "Campaña electoral Lema 2027"},
     "political_opinion"),
    ({"helfer": {"name": "Max Muster"}, "kampagne": "Bundestagswahl 2025",
      "einsatz": ["Haustür"]}, "political_opinion"),
    ({"contributor_name": "Jane Doe", "committee": "Committee to Re-Elect Ruiz",
      "contribution_amount": 250}, "political_opinion"),
    # the party a person or a union's political fund is affiliated with
    ({"memberRef": "m1", "union": "Unite",
      "politicalFund": {"optedIn": True, "affiliatedParty": "Labour"}}, "political_opinion"),
    ({"afiliado": {"nombre": "Rosa Lema", "partido_afiliado": "PSOE"}}, "political_opinion"),
    ({"adherent": {"nom": "Odile Faure", "parti_affilie": "Les Verts"}}, "political_opinion"),
    ({"member": {"name": "Jane Doe", "political_levy": "opted out"}}, "political_opinion"),
    # race and ethnicity under abbreviated keys, in an HR export keyed by employee
    ({"rows": [{"emp": "E1", "job_cat": "Technicians", "race_eth": "Asian"}]},
     "racial_ethnic_origin"),
    ({"employee": {"id": "E2", "raceEthn": "Hispanic or Latino"}}, "racial_ethnic_origin"),
    # a sexual-health risk assessment's condom use, in four languages
    ({"risk_assessment": {"partners_3mo": 1, "condom_use": "sometimes"}},
     "sex_life_orientation"),
    ({"anamnese": {"kondomgebrauch": "nie"}}, "sex_life_orientation"),
    ({"evaluation": {"utilisation_preservatif": "jamais"}}, "sex_life_orientation"),
    ({"valoracion": {"uso_del_preservativo": "a veces"}}, "sex_life_orientation"),
    # a police case: the offence and the accused, or a person's status in a case file
    ({"vorgang": "V1", "delikt": "Sachbeschädigung",
      "beschuldigter": {"vorname": "Max", "nachname": "Muster"}}, "criminal_record"),
    ({"dossier": "D1", "mis_en_cause": {"nom": "Faure", "prenom": "Odile"}},
     "criminal_record"),
    ({"atestado": "A1", "imputado": {"nombre": "Iker Goñi"}}, "criminal_record"),
    ({"case": "C1", "subject": {"name": "Jane Doe", "status": "arrestee"}},
     "criminal_record"),
    # a declaration whose question is about the declarant's health, answered no
    ({"declarations": {"goodCharacter": True, "healthAffectingPractice": "no"}}, "health"),
    ({"declaraciones": {"problemas_salud": "ninguno"}}, "health"),
    # an inherited condition screened for, the person found a carrier
    ({"baby": {"name": "Jane Doe"}, "screen": {"sickle": "FA - carrier"}}, "genetic"),
    ({"baby": {"name": "Jane Doe"}, "screen": {"sickle": "FA - carrier"}}, "health"),
    ({"screening": {"cystic_fibrosis": "carrier (F508del)"}}, "genetic"),
    ({"neugeborenenscreening": {"mukoviszidose": "Anlageträger"}}, "genetic"),
    ({"depistage": {"drepanocytose": "porteur sain"}}, "genetic"),
    ({"cribado": {"talasemia": "portadora"}}, "genetic"),
    # a digital COVID certificate's vaccination and test entries, and its holder's names
    ({"nam": {"fn": "Doe", "gn": "Jane"},
      "v": [{"tg": "840539006", "mp": "EU/1/20/1528", "dn": 3, "sd": 3}]}, "health"),
    ({"t": [{"tg": "840539006", "tt": "LP6464-4", "tr": "260415000", "sc": "2021-05-01"}]},
     "health"),
    ({"nam": {"fn": "Doe", "gn": "Jane", "fnt": "DOE", "gnt": "JANE"}}, "person_name"),
    # a diet that follows a faith, on a pupil's record known by its reference
    ({"pupilRef": "P1", "balance": 12.4, "dietary": "halal"}, "religious_belief"),
    ({"student_id": "S1", "diet": "kosher"}, "religious_belief"),
    # attending mass, said in several ways
    ({"notes": "regular at the parish mass on sundays"}, "religious_belief"),
    ({"remarque": "va à la messe dominicale avec sa mère"}, "religious_belief"),
    ({"nota": "asiste a misa cada semana"}, "religious_belief"),
    ({"notiz": "besucht jeden Sonntag die Sonntagsmesse"}, "religious_belief"),
    # a diagnosis cited by its classification and code in prose
    ({"commentaire_rh": "ICD-10 F32.1 recorded at intake"}, "health"),
    ({"note": "diagnostic CIM-10 : J45.9"}, "health"),
    ({"nota": "CIE-10 E11.9 confirmado por el médico"}, "health"),
    ({"remark": "ICD10 E119 on file"}, "health"),
    # a sick note's reason, with the kind of absence written in French or Spanish order
    ({"salarie": {"nom": "Faure"}, "type_absence": "arret_maladie", "du": "2026-11-03",
      "motif": "lombalgie aigue"}, "health"),
    ({"tipo_ausencia": "baja medica", "desde": "2026-02-01", "motivo": "gripe"}, "health"),
    # a need stated is health data, whatever the language
    ({"solicitante": {"nombre": "Rosa Lema"}, "necesidades_especiales": "silla de ruedas"},
     "health"),
    # people named on these records
    ({"results": [{"pos": 1, "bib": 211, "name": "Jane Doe", "time": "00:34:12"}]},
     "person_name"),
    ({"registrant": {"name": "Jane Doe", "regNumber": "RN1", "profession": "Nurse"}},
     "person_name"),
    ({"panel": "CMP", "orderingProvider": "Jane Doe"}, "person_name"),
    ({"referringPhysician": "Dr Jane Doe"}, "person_name"),
    ({"mandatsreferenz": "MR1", "kontoinhaber": "Max Muster", "betrag": "49.90"},
     "person_name"),
    ({"konto": "K1", "inhaber": "Max Muster"}, "person_name"),
    ({"tenancy": "T1", "household_lead": "Jane Doe"}, "person_name"),
    ({"aktenzeichen": "A1", "antragsteller": "Max Muster"}, "person_name"),
    ({"dossier": "D1", "demandeur": "Odile Faure"}, "person_name"),
    ({"contributor_name": "Jane Doe", "contribution_amount": 25}, "person_name"),
    # a valid card number read out over the phone is a card
    ({"wrapup": "cust read card over phone 3782 822463 10005 exp 0428"}, "payment_card"),
    # a phone number given as one still is
    ({"wrapup": "customer asked for a call back on phone 0171 2345678"}, "phone"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    # a marketing campaign, or an election campaign in a report about no one
    ({"customer": {"name": "Jane Doe"}, "campaign": "Spring Sale 2026"}, "political_opinion"),
    ({"customer": {"name": "Jane Doe"}, "campaign": "Black Friday", "roles": ["admin"]},
     "political_opinion"),
    ({"campaign": "Ruiz for Senate", "impressions": 12000, "spend": 300},
     "political_opinion"),
    ({"committee": "Finance Committee", "member": {"name": "Jane Doe"}}, "political_opinion"),
    ({"donation": {"committee": "Friends of the Library", "amount": 20},
      "donor": {"name": "Jane Doe"}}, "political_opinion"),
    # a bank's affiliated party is a related company
    ({"loan": {"affiliatedParty": "Acme Holdings Ltd", "amount": 10000}},
     "political_opinion"),
    # a form's definition: its fields, labels and options are no one's answers
    ({"fields": [{"key": "ethnicity", "label": "Ethnic group",
                  "options": ["Asian", "Black", "Mixed", "White", "Other"]}]},
     "racial_ethnic_origin"),
    ({"fields": [{"key": "sexual_orientation", "label": "Sexual orientation",
                  "optional": True}]}, "sex_life_orientation"),
    ({"fields": [{"name": "religion", "label": "Religion", "required": False}]},
     "religious_belief"),
    # a product feature named after a category
    ({"flags": {"religion_filter_books": True, "new_checkout": False}}, "religious_belief"),
    ({"features": {"orientation_facet": True}}, "sex_life_orientation"),
    ({"ui": {"ethnicity_filters": ["cuisine"]}}, "racial_ethnic_origin"),
    # a product code whose letters are a lab test's abbreviation
    ({"order": {"lines": [{"sku": "TSH-NQ60", "qty": 2}],
                "shipTo": {"name": "Jane Doe"}}}, "health"),
    # a race result with a team, a cat's breed, a code table of races with no one
    ({"results": [{"pos": 1, "name": "Team Alpha", "time": "01:02:03"}]}, "person_name"),
    ({"cat": {"name": "Tom", "race": "Siamese"}}, "racial_ethnic_origin"),
    ({"rows": [{"code": "2106-3", "race": "White"}]}, "racial_ethnic_origin"),
    # a race's time is no ethnicity
    ({"race_time": "00:41:10", "bib": 12}, "racial_ethnic_origin"),
    # condoms on a pharmacy's shelf
    ({"sku": "CND-12", "product": "Condoms 12 pack", "price": 7.99},
     "sex_life_orientation"),
    # offences counted by district, in statistics named in German, French or Spanish
    ({"bezirk": "Ehrenfeld", "delikt_count": 42}, "criminal_record"),
    ({"statistik": [{"delikt": "Diebstahl", "faelle": 1234, "bezirk": "Ehrenfeld"}]},
     "criminal_record"),
    ({"estadisticas": [{"delito": "hurto", "casos": 120}]}, "criminal_record"),
    ({"statistiques": [{"infraction": "vol", "nombre": 87}]}, "criminal_record"),
    # a union's political fund in its accounts, with no member named
    ({"union": "Unite", "political_fund": {"total": 1200000}}, "political_opinion"),
    # a suspect with no forensic evidence, a ticket's status
    ({"subject": {"name": "Jane Doe", "status": "suspect"}}, "criminal_record"),
    ({"ticket": {"id": "T1", "status": "open"}}, "criminal_record"),
    # a declaration about something else
    ({"declarations": {"conflictOfInterest": "none"}}, "health"),
    # a normal screen result, a shipment's carrier, a mobile carrier
    ({"screen": {"g6pd": "normal"}}, "genetic"),
    ({"shipment": {"fragile": True, "carrier": "DHL"}}, "genetic"),
    ({"cf_carrier": "Vodafone", "cf_ray": "7d1c2b"}, "genetic"),
    # keys that a certificate uses, holding something else
    ({"tg": "travel-group-7", "lang": "de", "dn": 2, "sd": "x"}, "health"),
    ({"nam": {"fn": "sum", "gn": "gamma"}}, "person_name"),
    # a dish's diet, with no one eating it
    ({"menu": "M1", "dietary": "halal"}, "religious_belief"),
    # mass as a measure, a trade fair, a parish as a local council
    ({"notes": "body mass index recorded as 24"}, "religious_belief"),
    ({"notiz": "wir besuchen die Messe in Frankfurt"}, "religious_belief"),
    ({"notes": "the parish council meets on sundays"}, "religious_belief"),
    # classifications named without a code, or a company abbreviation
    ({"note": "we map all diagnoses to ICD-10 codes"}, "health"),
    ({"note": "ICD-10 version 2019 release notes"}, "health"),
    ({"adresse": "La Cie 10 B12 rue du Port"}, "health"),
    # a leave that is not sickness
    ({"type_absence": "conge_paye", "du": "2026-08-01", "motif": "vacances"}, "health"),
    # "none" in other languages says nothing
    ({"solicitante": {"nombre": "Rosa Lema"}, "necesidades_especiales": "ninguna"}, "health"),
    ({"antragsteller": "Max Muster", "besondere_bedurfnisse": "keine"}, "health"),
    # a card number read out is not also a phone number
    ({"wrapup": "cust read card over phone 3782 822463 10005 exp 0428"}, "phone"),
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
