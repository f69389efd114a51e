"""Templates named by the model that computed them; prison, monitoring and same-sex-couple
idioms in four languages; forms filed against a vacancy; coded answers with their legend;
HLA typing; addresses under a `location` key; contributors reported to an election
committee; role keys, CSV exports, airline and HL7 names; national mobile numbers; years
of birth and access-log methods. Each rule comes with hard negatives that share its words or
its shape."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

_VEC = [0.27855, 0.10597, -0.08287, 0.22422, -0.14945, -0.08163, 0.25489, 0.20498, -0.11849,
        0.138]

FOUND: list[tuple[Any, str]] = [
    # --- a vector beside a face, speaker or fingerprint recognition model ----------------
    ({"model": "arcface-r100", "embedding_dim": 512, "embedding_head": _VEC}, "biometric"),
    ({"algorithm": "FaceNet (VGGFace2)", "face_vector_preview": _VEC}, "biometric"),
    ({"modelo": "InsightFace buffalo_l", "vector_rostro": _VEC}, "biometric"),
    ({"engine": "ECAPA-TDNN", "speaker_embedding_first16": _VEC}, "biometric"),
    ({"extractor": "x-vector v2", "enrolment_vectors": _VEC}, "biometric"),
    ({"encoder": "dlib_face_recognition_resnet_v1", "encoding_sample": _VEC}, "biometric"),
    ({"model": "speechbrain/spkrec-ecapa-voxceleb", "emb": _VEC}, "biometric"),
    # --- time served, remand and electronic monitoring -------------------------------------
    ({"t": "was inside for 2 yrs for burglary, been clean since"}, "criminal_record"),
    ({"t": "he did time for robbery back in 2015"}, "criminal_record"),
    ({"t": "my cousin is behind bars again"}, "criminal_record"),
    ({"t": "he is on remand until the trial"}, "criminal_record"),
    ({"t": "Ilse sitzt gerade in U-Haft"}, "criminal_record"),
    ({"t": "er sitzt seit März im Knast"}, "criminal_record"),
    ({"t": "hat zwei Jahre abgesessen"}, "criminal_record"),
    ({"t": "il a fait de la taule à Fresnes"}, "criminal_record"),
    ({"t": "elle est en détention provisoire"}, "criminal_record"),
    ({"t": "estuvo preso dos años en Soto del Real"}, "criminal_record"),
    ({"t": "su hermano está en el talego"}, "criminal_record"),
    ({"t": "she still wears an ankle tag"}, "criminal_record"),
    ({"t": "lleva una tobillera electrónica"}, "criminal_record"),
    ({"t": "he is an ex-con, give him a chance"}, "criminal_record"),
    ({"t": "er ist Ex-Häftling"}, "criminal_record"),
    ({"t": "c'est un ancien détenu"}, "criminal_record"),
    ({"t": "es ex presidiario"}, "criminal_record"),
    ({"t": "she is on electronic monitoring until May"}, "criminal_record"),
    ({"t": "elektronische Aufenthaltsüberwachung angeordnet"}, "criminal_record"),
    ({"t": "il est placé sous surveillance électronique"}, "criminal_record"),
    ({"client": {"name": "Ilse Bauer"}, "ankle_monitor": {"last_fix": "51.6138,14.4924"}},
     "criminal_record"),
    ({"conditions": ["no contact with the victim", "curfew 21:00"]}, "criminal_record"),
    ({"auflagen": ["kein Kontakt zum Opfer"]}, "criminal_record"),
    ({"conditions": "pas de contact avec la victime"}, "criminal_record"),
    ({"condiciones": ["prohibición de acercarse a la víctima"]}, "criminal_record"),
    # --- orientation stated with the subject dropped; same-sex couples ---------------------
    ({"about_me": "bin bi und hab das auch so im Profil stehen"}, "sex_life_orientation"),
    ({"note": "Bin schwul, na und?"}, "sex_life_orientation"),
    ({"comment": "somos dos chicos casados, queremos la habitación doble"},
     "sex_life_orientation"),
    ({"comment": "deux femmes mariées, une chambre double svp"}, "sex_life_orientation"),
    ({"comment": "my bf and I (I'm a guy too) are looking for a 1-bed"},
     "sex_life_orientation"),
    ({"comment": "my girlfriend and I - I'm a woman too - need a double room"},
     "sex_life_orientation"),
    ({"comment": "mi novio y yo (yo también soy chico) buscamos piso"},
     "sex_life_orientation"),
    ({"comment": "mon copain et moi (je suis aussi un homme)"}, "sex_life_orientation"),
    ({"comment": "nous sommes un couple homo"}, "sex_life_orientation"),
    ({"comment": "wir sind ein schwules Paar"}, "sex_life_orientation"),
    ({"comment": "she came out to her parents at 16"}, "sex_life_orientation"),
    # --- a monitoring form filed against a vacancy ----------------------------------------
    ({"form": "equal opportunities monitoring", "vacancy": "VAC531AJ",
      "answers": {"sexual_orientation": "Bisexual"}}, "sex_life_orientation"),
    ({"vacancy": "REQ-2291", "answers": {"ethnic_group": "Black African"}},
     "racial_ethnic_origin"),
    ({"vacancy": 4471, "answers": {"religion_or_belief": "Sikh"}}, "religious_belief"),
    # --- a coded answer decoded by the legend shipped with it ------------------------------
    ({"applicant": "Oliver Hart", "race_ethnicity_code": "1",
      "code_legend": {"1": "Hispanic or Latino", "2": "White", "9": "Decline to answer"}},
     "racial_ethnic_origin"),
    # --- HLA typing ------------------------------------------------------------------------
    ({"subject": {"biomarkers": {"HLA-B*57:01": "positive"}}}, "genetic"),
    ({"patient": "x", "hla_b": ["B*57:01", "B*08:01"]}, "genetic"),
    ({"typing": {"HLA-A": "A*02:01", "HLA-DRB1": "DRB1*15:01"}}, "genetic"),
    ({"befund": {"HLA-B27": "positiv"}}, "genetic"),
    ({"note": "HLA-B*58:01 negative, allopurinol can be started"}, "genetic"),
    ({"note": "Sie ist HLA-B27 positiv"}, "genetic"),
    # --- health: visa questions answered, multiple sclerosis abbreviated -------------------
    ({"medical": {"communicable_disease": False, "drug_abuser": False}}, "health"),
    ({"salud": {"enfermedad_contagiosa": "no"}}, "health"),
    ({"subject": {"condition": "relapsing MS"}}, "health"),
    ({"note": "Sie hat schubförmige MS"}, "health"),
    # --- a congregation's choir and lay offices --------------------------------------------
    ({"summary": "singt im Kirchenchor von St. Marien"}, "religious_belief"),
    ({"summary": "ist im Kirchenvorstand"}, "religious_belief"),
    ({"summary": "she sings in the church choir every Sunday"}, "religious_belief"),
    ({"summary": "canta en el coro de la iglesia"}, "religious_belief"),
    ({"summary": "membre du conseil paroissial"}, "religious_belief"),
    # --- political: an unnamed party of one's own, a campaign, a reported contributor -----
    ({"body": "er ist seit der Wende in der Partei"}, "political_opinion"),
    ({"body": "bin seit 2010 in der Partei"}, "political_opinion"),
    ({"body": "doné 50€ a la campaña de Sumar"}, "political_opinion"),
    ({"body": "elle est membre du parti depuis 2019"}, "political_opinion"),
    ({"committee": "Harbor County Victory Fund", "amount": 250,
      "contributor": {"name": "MACAULAY, TYRONE", "employer": "Self-employed",
                      "occupation": "Architect"}}, "political_opinion"),
    ({"committee": "Lakeside Forward", "contributor_name": "Jo Bell",
      "contributor_employer": "Acme", "contributor_occupation": "Nurse", "amount": 250},
     "political_opinion"),
    # --- a street address under a `location` key ------------------------------------------
    ({"incident": {"location": "44 Wellington Terrace, Bristol BS3 1QT"}}, "postal_address"),
    ({"location": "Paseo de Gracia 89, 41003 Sevilla"}, "postal_address"),
    ({"standort": "Hauptstraße 12, 10115 Berlin"}, "postal_address"),
    # --- names under role keys, types, references, exports, bookings, HL7 ------------------
    ({"submitter": "Tobias Kowalczyk", "total": 190.64}, "person_name"),
    ({"trip": "Year 8", "child": "Gaëlle de La Roche"}, "person_name"),
    ({"investigator": "Dr. Megan MacAulay"}, "person_name"),
    ({"source": {"type": "paternity", "tested_party": "Keisha O'Sullivan"}}, "person_name"),
    ({"source": {"type": "arrestee", "name": "Ayşe Sato"}}, "person_name"),
    ({"sample": {"type": "victim", "name": "Jonas Imhof"}}, "person_name"),
    ({"answers": {"ethnic_group": "White British"}, "candidate_ref": "Xiuying Raghunathan"},
     "person_name"),
    ({"roster": [{"name": "Farida Nguyen", "union_member": True, "workplace": "Depot 4"}]},
     "person_name"),
    ({"csv": "name,email,city\n\"Iñaki Quiroga\",iq@example.net,Leeds\n"
             "\"Ainhoa Etxeberria\",ae@example.net,Bilbao"}, "person_name"),
    ({"export": "Vorname;Nachname;Ort\nJana;Kötter;Köln\nMax;Weber;Bonn"}, "person_name"),
    ({"passengers": [{"name": "DELAROCHE/OCÉANE", "apis": {"dob": "2007-07-17"}}]},
     "person_name"),
    ({"segments": [{"id": "PID", "fields": {"5": "PRENDERGAST^Callum", "7": "19730926"}}]},
     "person_name"),
    ({"segments": [{"id": "PID", "fields": {"5": "PRENDERGAST^Callum", "7": "19730926"}}]},
     "date_of_birth"),
    ({"segments": [{"id": "NK1", "fields": {"2": "DOE^JANE"}}]}, "person_name"),
    ({"PID.5": "DOE^JANE^Q", "PID.7": "19800101"}, "person_name"),
    ({"PID.5": "DOE^JANE^Q", "PID.7": "19800101"}, "date_of_birth"),
    ({"PID-11": "12 Mill Lane^^Leeds^^LS1 4AB"}, "postal_address"),
    # --- mobile numbers in national form --------------------------------------------------
    ({"messages": [{"from": "07700 891226", "body": "can you resend the invoice"}]}, "phone"),
    ({"body": "gracias\n\nPriya Kim\n673 34 20 02"}, "phone"),
    ({"from": "612 345 678"}, "phone"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    # embeddings from a text model, a model's benchmark without a vector
    ({"model": "text-embedding-3-small", "embedding": _VEC}, "biometric"),
    ({"model": "arcface-r100", "benchmark": "LFW", "accuracy": 0.998, "embedding_dim": 512},
     "biometric"),
    ({"model": "arcface-r100", "template_id": "T-2231"}, "biometric"),
    ({"model": "resnet50", "feat": _VEC}, "biometric"),
    # inside for a while, locked in a shed, a building's remand centre on a map
    ({"t": "we stayed inside for the afternoon because of the rain"}, "criminal_record"),
    ({"t": "the cat was locked up in the shed"}, "criminal_record"),
    ({"t": "die Haftung des Vermieters ist ausgeschlossen"}, "criminal_record"),
    ({"t": "we offer victim support services; no contact details are stored"},
     "criminal_record"),
    ({"conditions": ["curfew 23:00 in the hostel", "no pets"]}, "criminal_record"),
    ({"t": "served 3 years for the company as CTO"}, "criminal_record"),
    ({"t": "locaux sous surveillance électronique 24h/24"}, "criminal_record"),
    # the bin collection, a name with `bin`, two friends sharing a room
    ({"t": "Bin bi-weekly collection starts Monday"}, "sex_life_orientation"),
    ({"holder": "D. bin Hamdan"}, "sex_life_orientation"),
    ({"comment": "somos dos chicos, queremos dos camas"}, "sex_life_orientation"),
    ({"comment": "my bf and I are looking for a flat"}, "sex_life_orientation"),
    ({"comment": "the new model came out to great reviews"}, "sex_life_orientation"),
    # a job advert and a trial registry entry are still catalogues
    ({"vacancy": {"title": "Nurse", "requirements": "applicants of any religion welcome"}},
     "religious_belief"),
    ({"vacancy": "Senior nurse", "answers": {"ethnic_group": "Black African"}},
     "racial_ethnic_origin"),
    ({"nct_id": "NCT04958343", "title": "Semaglutide in type 2 diabetes",
      "conditions": ["Type 2 Diabetes"]}, "health"),
    # a declined coded answer; the legend alone
    ({"applicant": "Oliver Hart", "race_ethnicity_code": "9",
      "code_legend": {"1": "Hispanic or Latino", "2": "White", "9": "Decline to self-identify"}},
     "racial_ethnic_origin"),
    ({"applicant": "Oliver Hart", "religion_code": 9,
      "codes": {"3": "Muslim", "4": "Christian", "9": "Prefer not to say"}},
     "religious_belief"),
    # an antibody screen; STR loci need alleles, not words
    ({"hla_antibodies_screen": "negative"}, "genetic"),
    ({"TPOX": "positive"}, "genetic"),
    # a count of cases; a carrier's rule for everyone
    ({"communicable_disease_cases": {"count": 42, "region": "Leeds"}}, "health"),
    ({"policy": "Travellers with a communicable disease must inform the crew."}, "health"),
    # a quarrel in a party; a Christmas campaign; a committee without a disclosed giver
    ({"body": "Streit in der Partei über den Kurs"}, "political_opinion"),
    ({"body": "la campaña de Navidad empieza el lunes"}, "political_opinion"),
    ({"committee": "Library Friends", "contributor": {"name": "Jo Bell"}, "amount": 25},
     "political_opinion"),
    ({"repo": "x", "committee": "Steering",
      "contributors": [{"login": "octo", "employer": "GitHub", "occupation": "dev"}]},
     "political_opinion"),
    # rooms and shops under `location`
    ({"location": "Conference room B, 3rd floor"}, "postal_address"),
    ({"location": "Main Street Cafe"}, "postal_address"),
    # product types and ids; a product CSV
    ({"product": {"type": "child", "name": "Booster Seat"}}, "person_name"),
    ({"candidate_ref": "CAND-2024-113"}, "person_name"),
    ({"name": "ACME^CORP", "PID-3": "MRN123"}, "person_name"),
    ({"csv": "name,price,sku\nBlue Shirt,12.00,A1\nRed Hat,9.99,B2"}, "person_name"),
    ({"submitter": "Build Bot"}, "person_name"),
    # amounts and order numbers grouped like mobiles; compact dates
    ({"amount": "612 345 678"}, "phone"),
    ({"segments": [{"id": "PID", "fields": {"7": "19730926"}}]}, "phone"),
    ({"batch": "20240115"}, "phone"),
    # a year of birth alone
    ({"subject": {"year_of_birth": 1998}}, "date_of_birth"),
    ({"person": {"geburtsjahr": "1971"}}, "date_of_birth"),
    # how a door was opened; not a secret
    ({"events": [{"holder": "Megan O'Sullivan", "auth": "face", "match_score": 0.83}]},
     "credential"),
    ({"login": {"user": "jbell", "auth": "fingerprint"}}, "credential"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND,
                         ids=[f"{k}-{i}" for i, (_, k) in enumerate(FOUND)])
def test_the_payload_is_found(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc)), scanner.scan_value(doc)


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND,
                         ids=[f"{k}-{i}" for i, (_, k) in enumerate(NOT_FOUND)])
def test_the_look_alike_is_not(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc)), scanner.scan_value(doc)


@pytest.mark.clause("DATA-7")
def test_a_real_secret_under_auth_and_a_full_birth_date_stay_found(scanner: Scanner) -> None:
    assert "credential" in kinds(scanner.scan_value({"auth": "sunshine42"}))
    assert "credential" in kinds(scanner.scan_value({"password": "fingerprint"}))
    assert "date_of_birth" in kinds(scanner.scan_value({"dob": 19980514}))
    assert "date_of_birth" in kinds(scanner.scan_value({"dob": "1998-05-14"}))


@pytest.mark.clause("DATA-7")
def test_both_prefilters_agree_on_these_documents() -> None:
    fast, plain = Scanner("auto"), Scanner("python")
    for doc, _ in FOUND + NOT_FOUND:
        assert fast.scan_value(doc) == plain.scan_value(doc), doc
