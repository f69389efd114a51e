"""Special categories (GDPR Art. 9 and 10) from keys and from free text, in EN/DE/FR/ES."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import SPECIAL_CATEGORY, Scanner
from tests.privacy.scanner.conftest import kinds

KEYED: list[tuple[dict[str, Any], str]] = [
    ({"patient": {"diagnosis": "E11.9"}}, "health"),
    ({"medications": ["metformin 500mg"]}, "health"),
    ({"allergies": ["penicillin", "peanuts"]}, "health"),
    ({"bloodType": "A+"}, "health"),
    ({"hiv_positive": True}, "health"),
    ({"Diagnose": "Diabetes mellitus Typ 2"}, "health"),
    ({"Krankheitsgeschichte": "Asthma seit 2010"}, "health"),
    ({"maladie": "asthme"}, "health"),
    ({"enfermedad": "hipertensión"}, "health"),
    ({"genotype": "rs429358 C/C"}, "genetic"),
    ({"brca1_status": "pathogenic variant"}, "genetic"),
    ({"fingerprint_template": "Rk1SACAyMAAAAAEgAAABPAFiAMUAxQEAAAAoJ4"}, "biometric"),
    ({"face_embedding": [0.12, -0.03, 0.44, 0.91, 0.08, -0.5, 0.33, 0.1]}, "biometric"),
    ({"modality": "face", "embedding": [0.12, -0.03, 0.44, 0.91]}, "biometric"),
    ({"modality": "fingerprint", "template": "qM8QfxRd8yARhOtfvnYL/HsP7rQbYl1ov5Mdil"},
     "biometric"),
    ({"ethnicity": "Hispanic"}, "racial_ethnic_origin"),
    ({"ethnische_Herkunft": "kurdisch"}, "racial_ethnic_origin"),
    ({"origine_ethnique": "maghrébine"}, "racial_ethnic_origin"),
    ({"political_party": "Green Party"}, "political_opinion"),
    ({"parti_politique": "Parti socialiste"}, "political_opinion"),
    ({"religion": "Muslim"}, "religious_belief"),
    ({"Konfession": "evangelisch"}, "religious_belief"),
    ({"religión": "católica"}, "religious_belief"),
    ({"union_member": True}, "trade_union"),
    ({"Gewerkschaft": "IG Metall"}, "trade_union"),
    ({"syndicat": "CGT"}, "trade_union"),
    ({"sindicato": "CCOO"}, "trade_union"),
    ({"sexual_orientation": "bisexual"}, "sex_life_orientation"),
    ({"orientation_sexuelle": "homosexuel"}, "sex_life_orientation"),
    ({"criminal_record": "2014 theft conviction"}, "criminal_record"),
    ({"Vorstrafen": "keine Eintragung"}, "criminal_record"),
    ({"casier_judiciaire": "vierge"}, "criminal_record"),
    ({"antecedentes_penales": "sí"}, "criminal_record"),
    ({"survey": {"q_orientation": "pansexual"}}, "sex_life_orientation"),
    ({"employee": {"union": "Unite"}}, "trade_union"),
    ({"member": {"congregation": "Beth Shalom Congregation"}}, "religious_belief"),
    ({"rx": {"drug": "levetiracetam 500 mg"}}, "health"),
    ({"answers": {"q_long_term_condition": "Yes, limited a lot"}}, "health"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), KEYED, ids=[kind + ":" + next(iter(doc))
                                                    for doc, kind in KEYED])
def test_a_key_names_the_category(scanner: Scanner, doc: dict[str, Any], kind: str) -> None:
    found = scanner.scan_value(doc)
    assert kind in kinds(found)
    assert any(f.detector == f"key:{kind}" for f in found) or kind in {"health", "biometric"}


TEXTS: list[tuple[str, str]] = [
    ("The patient was diagnosed with HIV last year.", "health"),
    ("Customer mentioned she is pregnant and asked to move the delivery.", "health"),
    ("Started chemotherapy in March, please be flexible with deadlines.", "health"),
    ("Er ist an Diabetes erkrankt und braucht Insulin.", "health"),
    ("Le client est atteint d'un cancer, traitement en cours.", "health"),
    ("La paciente está embarazada de cinco meses.", "health"),
    ("Genetic testing showed a BRCA1 mutation.", "genetic"),
    ("Employee enrolled her fingerprint template for the door reader.", "biometric"),
    ("Applicant's ethnic origin was recorded as Roma.", "racial_ethnic_origin"),
    ("He has been a member of the Labour Party since 2010.", "political_opinion"),
    ("Sie ist Parteimitglied bei den Grünen.", "political_opinion"),
    ("He attends mosque every Friday, please avoid meetings then.", "religious_belief"),
    ("Ella es católica practicante.", "religious_belief"),
    ("Il est musulman et fait le ramadan.", "religious_belief"),
    ("She is a union member and asked for the union rep to join.", "trade_union"),
    ("Er ist Mitglied der Gewerkschaft ver.di.", "trade_union"),
    ("Il est syndiqué à la CGT depuis 2015.", "trade_union"),
    ("Está afiliado al sindicato desde hace años.", "trade_union"),
    ("He is gay and lives with his husband.", "sex_life_orientation"),
    ("Sie ist lesbisch.", "sex_life_orientation"),
    ("Candidate disclosed a prior conviction for fraud.", "criminal_record"),
    ("Fue condenado en 2015 por robo.", "criminal_record"),
    ("Il a été condamné à deux ans de prison.", "criminal_record"),
    ("Der Bewerber ist vorbestraft.", "criminal_record"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("text", "kind"), TEXTS, ids=[t[:30] for t, _ in TEXTS])
def test_free_text_reveals_the_category(scanner: Scanner, text: str, kind: str) -> None:
    found = scanner.scan_value({"ticket": {"notes": text}})
    assert kind in kinds(found)
    assert all(f.path == "$.ticket.notes" for f in found)
    assert any(f.detector == f"text:{kind}" for f in found)


NEGATIVES: list[dict[str, Any]] = [
    {"status": "ok", "checks": {"health": "pass"}},
    {"service": "orders", "health": "ok", "healthCheck": {"status": "UP", "db": "UP"}},
    {"query": "SELECT id FROM users UNION SELECT id FROM admins"},
    {"sql": "select a from t union all select b from u"},
    {"book": {"title": "A History of God", "genre": "religion", "isbn": "9780345384560"}},
    {"category": "Religion & Spirituality", "tags": ["religion", "history"]},
    {"notes": "Customer asked about VAT rules in the European Union."},
    {"bank": {"name": "Navy Federal Credit Union", "routing": "256074974"}},
    {"race": {"name": "Berlin Marathon", "distance_km": 42.195}} | {"type": "event"},
    {"experiment": {"variant": "treatment", "group": "control"}},
    {"device": {"fingerprint": "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8"}},
    {"tls": {"cert_fingerprint": "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01"}},
    {"diagnosis": None, "religion": "", "allergies": [], "ethnicity": "Prefer not to say"},
    {"q_union": "Keine Angabe", "q_disability": "Je préfère ne pas répondre"},
    {"pharmacy_item": {"name": "Ibuprofen 400", "prescription_only": False}},
    {"stats": {"district": "Mitte", "convictionRate": 0.47, "burglaries": 641}},
    {"users": [{"password_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g"}]},
    {"screen": {"orientation": "landscape"}},
    {"graphql": {"mutation": "createUser", "operationName": "Signup"}},
    {"notes": "We need to diagnose the network issue before the release."},
    {"gender": "female", "sex": "F"},
    {"message": "Customer was charged twice, please refund."},
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), [
    ({"notes": "No history of diabetes, patient denies chest pain."}, "health"),
    ({"message": "Kein Diabetes, keine Allergien bekannt."}, "health"),
    ({"summary": "The applicant has no criminal record."}, "criminal_record"),
    ({"notes": "Sin antecedentes penales."}, "criminal_record"),
    ({"employee": {"isUnionMember": False}}, "trade_union"),
    ({"hiv_status": "negative, tested 2024-01"}, "health"),
])
def test_a_denial_is_still_a_statement_about_the_person(
        scanner: Scanner, doc: dict[str, Any], kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("doc", NEGATIVES, ids=[str(i) for i in range(len(NEGATIVES))])
def test_no_category_where_there_is_none(scanner: Scanner, doc: dict[str, Any]) -> None:
    assert not kinds(scanner.scan_value(doc)) & SPECIAL_CATEGORY
