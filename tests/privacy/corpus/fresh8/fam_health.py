"""Healthcare payloads: telehealth, FHIR, HL7-over-JSON, pharmacy, labs, claims, trials."""

from __future__ import annotations

from typing import Any

from . import fill
from .ctx import Ctx

ICD10 = [("E11.9", "Type 2 diabetes mellitus without complications"),
         ("F32.1", "Major depressive disorder, single episode, moderate"),
         ("J45.909", "Unspecified asthma, uncomplicated"), ("Z21", "Asymptomatic HIV infection"),
         ("M54.5", "Low back pain"), ("O09.90", "Supervision of high risk pregnancy"),
         ("G40.909", "Epilepsy, unspecified"), ("F10.20", "Alcohol dependence, uncomplicated")]
DRUGS = ["sertraline 50 mg", "emtricitabine/tenofovir (PrEP)", "metformin 850 mg",
         "levothyroxine 75 mcg", "salbutamol inhaler", "lamotrigine 100 mg", "methadone 60 mg"]


def telehealth_visit(c: Ctx) -> Any:
    p = c.person()
    c.mark("health", "health:visit")
    visit: dict[str, Any] = {
        "visitId": fill.uuid(c.rng),
        "patient": {"name": p.full, c.k("dob"): c.dob(), "phone": c.phone()},
        "provider": "Dr. " + c.name(c.pick(["full", "initial"])),
        "chief_complaint": c.say("health"),
        "assessment": c.pick(["viral URI, supportive care", "BP elevated, recheck in 2 wks",
                              "anxiety sx, refer to CBT"]),
        "video": {"room": fill.ident(c.rng, "rm_"), "duration_s": c.rng.randint(300, 1800)},
    }
    if c.chance(0.5):
        visit["patient"]["allergies"] = c.pick(["NKDA", "penicillin (rash)", "latex"])
    if c.chance(0.3):
        visit["client_ip"] = c.ip()
    return visit


def fhir_bundle(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr"])
    p = c.person()
    code, display = c.pick(ICD10)
    c.mark("health", "health:fhir-condition")
    patient = {"resourceType": "Patient", "id": fill.hexstr(c.rng, 12),
               "name": [{"family": p.family, "given": [p.given]}],
               "gender": c.pick(["female", "male"]), "birthDate": c.dob("iso")}
    if c.chance(0.5):
        patient["telecom"] = [{"system": "phone", "value": c.phone()}]
    if c.chance(0.4):
        patient["address"] = [{"line": [c.address(structured=True)["street"]],
                               "city": "Leipzig", "country": "DE"}]
    entries: list[dict[str, Any]] = [
        {"resource": patient},
        {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/1"},
                      "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10",
                                           "code": code, "display": display}]}}},
    ]
    if c.chance(0.5):
        entries.append({"resource": {"resourceType": "Observation", "status": "final",
                                     "code": {"text": "HbA1c"},
                                     "valueQuantity": {"value": round(c.rng.uniform(5.2, 9.8), 1),
                                                       "unit": "%"}}})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def hl7_json(c: Ctx) -> Any:
    c.lang = "en"
    p = c.person()
    code, display = c.pick(ICD10)
    c.mark("health", "health:hl7-dg1")
    return {"message_type": "ADT^A01", "control_id": fill.short_code(c.rng, "MSG", 8),
            "segments": [
                {"id": "PID", "fields": {"3": fill.short_code(c.rng, "MRN", 7),
                                         "5": f"{p.family.upper()}^{p.given}",
                                         "7": c.dob("iso").replace("-", ""),
                                         "11": c.address(structured=False)}},
                {"id": "PV1", "fields": {"2": "I", "3": "WARD4^B12"}},
                {"id": "DG1", "fields": {"3": f"{code}^{display}^I10"}}]}


def pharmacy_rx(c: Ctx) -> Any:
    p = c.person()
    c.mark("health", "health:medication")
    rx: dict[str, Any] = {
        "rx_number": fill.short_code(c.rng, "RX", 8),
        "patient": {c.k("name"): p.full, c.k("dob"): c.dob()},
        "drug": c.pick(DRUGS), "qty": c.rng.choice([28, 30, 90]), "refills": c.rng.randint(0, 5),
        "prescriber": {"name": "Dr " + c.name(), "npi": str(c.rng.randint(1000000000, 1999999999))},
        "pickup": c.pick(["in store", "courier"]),
    }
    if rx["pickup"] == "courier":
        rx["deliver_to"] = c.address()
    return rx


def lab_results(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "es"])
    c.mark("health", "health:lab")
    tests: list[tuple[str, Any, str]] = c.pick([
        [("HbA1c", 7.9, "%"), ("Glucose fasting", 142, "mg/dL")],
        [("HIV-1/2 Ag/Ab", "non-reactive", ""), ("Syphilis TPPA", "negative", "")],
        [("TSH", 6.8, "mIU/L"), ("fT4", 0.8, "ng/dL")],
        [("Ferritin", 9, "ng/mL"), ("Hb", 10.1, "g/dL")],
    ])
    return {"order": fill.short_code(c.rng, "L", 9), "patient_name": c.name(c.pick(
        ["reversed", "upper_family"])), "collected": fill.timestamp(c.rng),
        "results": [{"test": t, "value": v, "unit": u} for t, v, u in tests],
        "lab": "Synlab Leipzig" if c.lang == "de" else "Quest West"}


def clinical_trial(c: Ctx) -> Any:
    c.lang = "en"
    c.mark("health", "health:trial-condition")
    subject: dict[str, Any] = {"subject_id": f"S-{c.rng.randint(100, 999)}-{c.rng.randint(10, 99)}",
                               "site": c.pick(["Lyon-02", "Madrid-07", "Boston-01"]),
                               "year_of_birth": c.rng.randint(1950, 2000),
                               "condition": c.pick(["moderate plaque psoriasis",
                                                    "relapsing MS", "NASH F2"])}
    if c.chance(0.6):
        c.mark("racial_ethnic_origin", "racial_ethnic_origin:fda-race")
        subject["race"] = c.pick(["Asian", "Black or African American", "White",
                                  "American Indian or Alaska Native"])
        subject["ethnicity"] = c.pick(["Hispanic or Latino", "Not Hispanic or Latino"])
    if c.chance(0.4):
        c.mark("genetic", "genetic:hla")
        subject["biomarkers"] = {"HLA-B*57:01": c.pick(["positive", "negative"])}
    return {"protocol": "NCT0" + str(c.rng.randint(4000000, 6999999)), "visit": "V3",
            "subject": subject, "investigator": "Dr. " + c.name()}


def mental_health_journal(c: Ctx) -> Any:
    entries = []
    for _ in range(c.rng.randint(1, 3)):
        entries.append({"at": fill.timestamp(c.rng), "mood": c.rng.randint(1, 10),
                        "text": c.chat()})
    c.mark("health", "health:mood-tracker")
    entries.append({"at": fill.timestamp(c.rng), "mood": c.rng.randint(1, 4),
                    "text": c.say("health")})
    return {"user": {"display_name": c.name("given"), "uid": fill.uuid(c.rng)},
            "app": "moodnest", "phq9_total": c.rng.randint(5, 22), "entries": entries}


def insurance_claim(c: Ctx) -> Any:
    p = c.person()
    code, _ = c.pick(ICD10)
    c.mark("health", "health:claim-icd10")
    claim: dict[str, Any] = {
        "claim_no": fill.short_code(c.rng, "CLM-", 9), "policy": fill.short_code(c.rng, "POL", 7),
        "claimant": {c.k("first_name"): p.given, c.k("last_name"): p.family,
                     c.k("dob"): c.dob(), c.k("email"): c.email(p)},
        "diagnosis_codes": [code], "amount_claimed": fill.money(c.rng, 80, 4000),
        "treatment_date": fill.date(c.rng),
    }
    if c.chance(0.6):
        claim["payout"] = {"iban": c.iban({"de": "DE", "fr": "FR", "es": "ES", "en": "NL"}[c.lang])}
    if c.chance(0.4):
        claim[c.k("notes")] = c.say("health")
    return claim


def vaccination_record(c: Ctx) -> Any:
    c.mark("health", "health:vaccination")
    return {"person": {"name": c.name(), "dob": c.dob("iso")},
            "doses": [{"vaccine": c.pick(["Comirnaty", "Gardasil 9", "Twinrix", "Fluad"]),
                       "lot": fill.short_code(c.rng, "", 6), "date": fill.date(c.rng)}
                      for _ in range(c.rng.randint(1, 3))],
            "issuer": c.pick(["Impfzentrum Bochum", "Centre de vaccination Rennes"])}


def cgm_readings(c: Ctx) -> Any:
    c.lang = "en"
    c.mark("health", "health:cgm")
    readings = [{"t": fill.timestamp(c.rng), "mg_dl": c.rng.randint(62, 240)} for _ in range(6)]
    return {"device": "CGM-G7", "patient": {"name": c.name(), "diabetes_type": "T1"},
            "readings": readings, "alerts": [{"type": "low", "threshold": 70}]}


def life_insurance_app(c: Ctx) -> Any:
    p = c.person()
    c.mark("health", "health:questionnaire")
    answers = {"smoker": c.pick([True, False]),
               "heart_condition": False,
               "cancer_last_10y": c.pick([False, "basal cell carcinoma 2019"]),
               "hiv_positive": False,
               "medications": c.pick([[], ["atorvastatin 20 mg"]])}
    doc: dict[str, Any] = {"applicant": {"name": p.full, c.k("dob"): c.dob(),
                                         c.k("address"): c.address()},
                           "sum_insured": c.pick([100000, 250000]), "health_questions": answers}
    if c.lang == "en" and c.chance(0.5):
        doc["applicant"]["ssn"] = c.national_id("ssn")[1]
    return doc


def jsonapi_patient(c: Ctx) -> Any:
    c.lang = c.pick(["en", "fr"])
    p = c.person()
    c.mark("health", "health:allergy")
    return {"data": {"type": "patients", "id": str(c.rng.randint(1000, 99999)),
                     "attributes": {"given-name": p.given, "family-name": p.family,
                                    "email": c.email(p), "allergies": [
                                        c.pick(["peanuts", "penicillin", "ibuprofen"])]},
                     "relationships": {"practice": {"data": {"type": "practices", "id": "12"}}}},
            "meta": {"generated": fill.timestamp(c.rng)}}


def wearable_sync(c: Ctx) -> Any:
    lat, lon = c.coords()
    route = [[round(lon + i * 0.00031, 5), round(lat + i * 0.00017, 5)] for i in range(4)]
    doc: dict[str, Any] = {"device": "band-7", "user": fill.uuid(c.rng),
                           "workout": {"type": c.pick(["run", "ride"]),
                                       "distance_km": round(c.rng.uniform(3, 40), 2),
                                       "steps": c.rng.randint(3000, 19000),
                                       "route": {"type": "LineString", "coordinates": route}}}
    if c.chance(0.4):
        c.mark("health", "health:afib-alert")
        doc["notifications"] = [{"type": "irregular_rhythm", "detail": "possible AFib detected"}]
    if c.chance(0.5):
        doc["owner_name"] = c.name()
    return doc


def genomics_report(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de"])
    c.mark("genetic", "genetic:snp-calls")
    calls = [{"rsid": rs, "genotype": c.pick(["AA", "AG", "GG", "CT", "CC"])}
             for rs in c.rng.sample(["rs4680", "rs1801133", "rs429358", "rs7412", "rs53576"], 3)]
    doc: dict[str, Any] = {"sample_id": fill.short_code(c.rng, "GX", 8),
                           "patient": c.name(), "assay": "Global Screening Array v3",
                           "calls": calls}
    if c.chance(0.4):
        c.mark("health", "health:indication")
        doc["indication"] = c.pick(["family history of early-onset Alzheimer's",
                                    "recurrent DVT, on apixaban"])
    return doc


def pgx_report(c: Ctx) -> Any:
    c.lang = "en"
    c.mark("genetic", "genetic:pgx")
    doc: dict[str, Any] = {"patient": {"name": c.name(), "dob": c.dob("iso")},
                           "results": [{"gene": "CYP2C19", "diplotype": "*2/*2",
                                        "phenotype": "poor metabolizer"},
                                       {"gene": "SLCO1B1", "diplotype": "*1/*5"}]}
    if c.chance(0.5):
        c.mark("health", "health:current-medication")
        doc["current_medications"] = ["clopidogrel 75 mg"]
    return doc


def dna_str_profile(c: Ctx) -> Any:
    c.lang = "en"
    c.mark("genetic", "genetic:str")
    loci = {loc: sorted(c.rng.sample(range(8, 24), 2)) for loc in
            ["D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "TH01"]}
    doc: dict[str, Any] = {"specimen": fill.short_code(c.rng, "FS-", 7), "kit": "GlobalFiler",
                           "loci": loci, "amelogenin": c.pick(["X,X", "X,Y"])}
    if c.chance(0.6):
        c.mark("criminal_record", "criminal_record:arrestee-sample")
        doc["source"] = {"type": "arrestee", "name": c.name(), "offense": "burglary 2nd degree",
                         "case": fill.short_code(c.rng, "CR", 8)}
    else:
        doc["source"] = {"type": "paternity", "tested_party": c.name()}
    return doc


def face_enrolment(c: Ctx) -> Any:
    c.mark("biometric", "biometric:face-embedding")
    emb = [round(c.rng.uniform(-0.3, 0.3), 5) for _ in range(16)]
    return {"subject": {"name": c.name(), "employee_no": fill.short_code(c.rng, "E", 5)},
            "model": "arcface-r100", "embedding_dim": 512, "embedding_head": emb,
            "quality": round(c.rng.uniform(0.6, 0.99), 2)}


def voiceprint(c: Ctx) -> Any:
    c.lang = "en"
    c.mark("biometric", "biometric:voiceprint")
    return {"caller": {"name": c.name(), "phone": c.phone("us")},
            "voiceprint": {"vendor": "VB", "version": 3, "vector": fill.b64(c.rng, 256)},
            "enrolled_via": "IVR passive enrolment"}


def iris_border(c: Ctx) -> Any:
    c.mark("biometric", "biometric:iris-code")
    return {"traveller": {"name": c.name("upper_family"), "passport_no": c.passport(),
                          "nationality": c.pick(["DEU", "FRA", "ESP", "IND"])},
            "iris": {"eye": "left", "code_bits": 2048, "iris_code": fill.b64(c.rng, 344)},
            "gate": fill.short_code(c.rng, "EG", 3)}


def palm_vein(c: Ctx) -> Any:
    c.mark("biometric", "biometric:palm-vein")
    return {"member": {"name": c.name(), "club": "Fit & Co Bilbao"},
            "palm_vein_template": fill.b64(c.rng, 200), "hand": "right",
            "created": fill.timestamp(c.rng)}


FAMILIES = [
    ("telehealth_visit", telehealth_visit, 4),
    ("fhir_bundle", fhir_bundle, 4),
    ("hl7_json", hl7_json, 3),
    ("pharmacy_rx", pharmacy_rx, 3),
    ("lab_results", lab_results, 3),
    ("clinical_trial", clinical_trial, 4),
    ("mental_health_journal", mental_health_journal, 2),
    ("insurance_claim", insurance_claim, 3),
    ("vaccination_record", vaccination_record, 2),
    ("cgm_readings", cgm_readings, 2),
    ("life_insurance_app", life_insurance_app, 3),
    ("jsonapi_patient", jsonapi_patient, 2),
    ("wearable_sync", wearable_sync, 3),
    ("genomics_report", genomics_report, 7),
    ("pgx_report", pgx_report, 5),
    ("dna_str_profile", dna_str_profile, 6),
    ("face_enrolment", face_enrolment, 8),
    ("voiceprint", voiceprint, 7),
    ("iris_border", iris_border, 6),
    ("palm_vein", palm_vein, 5),
]

