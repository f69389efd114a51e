"""Record shapes that state a special category, and the contexts that make the same words
someone else's or no one's: canvassing sheets, donations, payroll lines, background checks,
DNA kits, diets, FHIR resources, sick notes, affiliations, asylum grounds, enrolment records;
code tables, translation tables, published pages, election results, places and job ads."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

FOUND: list[tuple[Any, str]] = [
    # a walk list's contacts carry the canvass's support levels
    ({"turf": "Ward 3", "canvasser": "Ines",
      "contacts": [{"name": "Jane Doe", "support_level": 2}]}, "political_opinion"),
    # door-to-door campaigning in Spanish and French, answers in the local words
    ({"puerta_a_puerta": {"vecina": "Rosa Lema", "intencion_voto": "BNG"}},
     "political_opinion"),
    ({"tournee": "porte-à-porte", "electrice": {"nom": "Odile Faure"}, "soutien": "moyen"},
     "political_opinion"),
    # money to a party named as such, or to a place of worship
    ({"contribution": {"recipient": "SPD Ortsverein Kassel", "amount": 25}}, "political_opinion"),
    ({"donation": {"type": "Denier du culte", "recipient": "Diocèse de Nantes"}},
     "religious_belief"),
    # a payroll line naming a union by its name
    ({"deductions": [{"code": "TU", "desc": "RMT subs", "amount": 9.1}]},
     "trade_union"),
    ({"payslip": {"union_subs": 11.0}}, "trade_union"),
    # a criminal-records certificate as the document of a check
    ({"aspirante": "Iker Goñi", "documento": "Certificado de Delitos de Naturaleza Sexual",
      "resultado": "negativo"}, "criminal_record"),
    # a conviction question answered, whatever the answer
    ({"declarations": {"convicted_last_10_years": "no"}}, "criminal_record"),
    ({"referral_source": "drug court"}, "criminal_record"),
    # a DNA kit's ethnicity estimate
    ({"kit": "K1", "ethnicity_estimate": [{"region": "Iberian Peninsula", "pct": 61.5}]},
     "racial_ethnic_origin"),
    # a diet that follows a faith
    ({"pupil": {"name": "Sara Kaya", "diet": "halal"}}, "religious_belief"),
    # a clinical FHIR resource
    ({"resourceType": "Condition", "code": {"coding": [{"code": "J45.909"}]},
      "subject": {"reference": "Patient/1"}}, "health"),
    # the reason of a sick leave
    ({"absence": {"type": "sick", "start": "2025-01-13", "reason": "flare-up"}},
     "health"),
    # what a person is affiliated to, named
    ({"socia": {"nombre": "Nuria Vidal", "afiliacion": "CCOO"}}, "trade_union"),
    ({"member": {"memberships": ["Rotary Club", "SPD Ortsverein"]}}, "political_opinion"),
    # an asylum claim's ground
    ({"asylum": {"ground": "political opinion", "country": "SY"}}, "political_opinion"),
    ({"claim": {"grounds": ["religion"]}}, "religious_belief"),
    # a body part's object holding the measurement
    ({"subject": "S-1", "face": {"model": "arcface", "embedding": [0.1, -0.2] * 8}},
     "biometric"),
    # diagnosis codes under generic condition keys, lab units, fertility records
    ({"patient": {"conditions": ["O24.419"]}}, "health"),
    ({"patient": {"problems": ["E11.9", "I10"]}}, "health"),
    ({"patient": {"name": "Eva Lund", "amh_pmol_l": 12.9}}, "health"),
    ({"cycle": {"embryos": [{"embryo": "E1", "grade": "4AA"}]}}, "health"),
    ({"member": {"ill_health_pension": {"approved": True}}}, "health"),
    ({"gesundheitsfragen": [{"frage": "Nehmen Sie Medikamente?", "antwort": "ja"}]}, "health"),
    # a court record's charge and verdict
    ({"case": {"defendant": "John Roe", "charge": "burglary", "verdict": "guilty"}},
     "criminal_record"),
    # a donor's screening question over a time window
    ({"screening": {"q4_msm_last_12_months": "no"}}, "sex_life_orientation"),
    # key spellings that drop their little words
    ({"votante": {"intencion_de_la_voto": "PP"}}, "political_opinion"),
    # keys of HR, travel, wearable and donor records
    ({"employee": {"tu_member": True}}, "trade_union"),
    ({"guest": {"wheelchair_user": True}}, "health"),
    ({"salarie": {"nom": "Luc Morel", "rqth": True}}, "health"),
    ({"wearable": {"spo2": 94}}, "health"),
    ({"donor": {"new_sexual_partner_3_months": "yes"}}, "sex_life_orientation"),
    # a person's short answer to a question about a category
    ({"survey": [{"q": "Which party did you vote for in 2019?", "a": "Labour"}]},
     "political_opinion"),
    ({"question": "¿Cuál es su religión?", "answer": "Ninguna en particular"},
     "religious_belief"),
    ({"frage": "Sind Sie Mitglied einer Gewerkschaft?", "antwort": "nein"}, "trade_union"),
    # a bank statement's transfer: the posting date and opening balance make it no catalog
    ({"opening_balance": 1200.0, "transactions": [
        {"posting_date": "2024-03-01", "remittance": "UNISON membership subscription"}]},
     "trade_union"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    # a credit union's savings plan is no union membership
    ({"deductions": [{"code": "CU", "description": "Lakeside Credit Union savings"}]},
     "trade_union"),
    # a donation to a secular charity
    ({"donation": {"type": "Winter appeal", "recipient": "City Food Bank"}},
     "religious_belief"),
    # a kit's raw SNPs say nothing of ethnicity
    ({"kit": "K1", "snps": [{"rsid": "rs1801133", "genotype": "CT"}]},
     "racial_ethnic_origin"),
    # a diet that is a preference; a dish's label
    ({"guest": {"name": "Jane Doe", "diet": "vegetarian"}}, "religious_belief"),
    ({"menu": [{"dish": "Chicken shawarma", "diet": "halal"}]}, "religious_belief"),
    # a non-clinical FHIR resource
    ({"resourceType": "Organization", "name": "Lakeside Clinic"}, "health"),
    # annual leave with a reason; a leave type's definition (no dates, no one)
    ({"absence": {"type": "annual_leave", "reason": "family wedding"}}, "health"),
    ({"leave_types": [{"type": "sick_leave", "description": "Paid leave when ill",
                       "days": 10}]}, "health"),
    # an affiliation to a club
    ({"member": {"memberships": ["Rotary Club", "Tennis Club"]}}, "political_opinion"),
    # a face detector's settings, a key fingerprint under a face record
    ({"face": {"model": "face-detector-v2", "min_size": 40}}, "biometric"),
    # conditions that are not diagnoses
    ({"payment": {"conditions": "net 30"}, "weather": {"conditions": "Overcast"}}, "health"),
    ({"item": {"condition": "new", "price": 10}}, "health"),
    # a battery's charge, a civil jury's verdict
    ({"battery": {"charge": "80%"}, "trial": {"verdict": "for the plaintiff"}},
     "criminal_record"),
    # a code table, a lookup listing, with no one in them
    ({"ssr_codes": {"WCHC": "wheelchair to the seat", "KSML": "kosher meal"}}, "health"),
    ({"ssr_codes": {"WCHC": "wheelchair to the seat", "KSML": "kosher meal"}},
     "religious_belief"),
    ({"table": "census_ethnic_groups", "rows": ["White British", "Any other ethnic group"]},
     "racial_ethnic_origin"),
    # translation tables keyed by language
    ({"es": {"formulario.sindicato": "Sindicato al que pertenece", "boton": "Enviar"}},
     "trade_union"),
    ({"de": {"feld.konfession": "Konfession", "hilfe.konfession": "Freiwillige Angabe"}},
     "religious_belief"),
    # a published page (its slug) about a parish event
    ({"fields": {"title": "Erntedank", "slug": "erntedank-2025",
                 "body": "Die Pfarrei lädt zum Erntedankfest in den Gemeindesaal ein."}},
     "religious_belief"),
    # election results: a party's tally
    ({"results": [{"party": "Labour", "votes": 9708716, "seats": 411}]}, "political_opinion"),
    # a place of worship on a map
    ({"amenity": "place_of_worship", "religion": "christian", "name": "St Mary"},
     "religious_belief"),
    # a job ad, a policy document
    ({"job_posting": {"title": "Support worker", "body": "Experience with dementia care."}},
     "health"),
    ({"hr_policy": {"body": "Union representatives may take paid time off."}}, "trade_union"),
    # a venue's access, a pool's chlorine, a lead's source, a password's last change
    ({"venue": {"name": "Hall A", "wheelchair_accessible": True}}, "health"),
    ({"pool": {"chlorine_mg_l": 1.2, "ph": 7.2}}, "health"),
    ({"lead": {"referral_source": "newsletter"}}, "criminal_record"),
    # a dating prompt, an FAQ's explanation, a declined answer
    ({"prompts": [{"q": "Typical Sunday", "a": "Brunch and a long run"}]}, "religious_belief"),
    ({"faq": {"q": "Do you offer a party room?",
              "a": "Yes, the party room on the first floor seats forty people."}},
     "political_opinion"),
    ({"question": "What is your religion?", "answer": "Prefer not to say"},
     "religious_belief"),
    # a baptism's date on its own; a press release's party
    ({"child": {"name": "Tom Doe", "baptism_date": "2019-05-05"}}, "religious_belief"),
    ({"press": [{"headline": "Labour launches manifesto", "party": "Labour",
                 "published": "2024-06-13"}]}, "political_opinion"),
    # a gene reference entry names no one's genes
    ({"gene": "TP53", "chromosome": "17", "strand": "+"}, "genetic"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                      in enumerate(FOUND)])
def test_the_record_states_the_category(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                          in enumerate(NOT_FOUND)])
def test_the_record_does_not(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
def test_a_call_transcript_is_not_a_gene_reference(scanner: Scanner) -> None:
    """`transcript` names a gene's transcript only next to another gene-reference key."""
    call = {"callId": "c-1", "transcript": [
        {"speaker": "caller", "utterance": "My doctor told me to stop taking prednisolone."}]}
    assert "health" in kinds(scanner.scan_value(call))
    entry = {"genes": [{"symbol": "BRCA1", "transcript": "NM_007294", "chromosome": "17",
                        "note": "hereditary breast cancer gene"}]}
    assert kinds(scanner.scan_value(entry)) == set()


@pytest.mark.clause("DATA-7")
def test_a_canvass_finding_is_reported_at_the_contact(scanner: Scanner) -> None:
    doc = {"turf": "Ward 3", "contacts": [{"name": "Jane Doe"},
                                          {"name": "John Roe", "support_level": 4}]}
    paths = {f.path for f in scanner.scan_value(doc) if f.kind == "political_opinion"}
    assert paths == {"$.contacts[1].support_level"}
