"""Health, insurance, schools, research, genetics and biometric enrolment."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def _embedding(c: Ctx, size: int) -> list[float]:
    return [round(c.rng.gauss(0, 0.09), 6) for _ in range(size)]


def clinic_appointment(c: Ctx) -> Any:
    p = c.person()
    c.tag("health", "reason")
    return {
        "appointment": {"id": c.uuid(), "start": c.ts(), "slot_min": c.pick([10, 15, 20])},
        "patient": {c.k("name", "name", "nom", "nombre"): p.full,
                    c.k("dob", "geb_datum", "ddn", "fnac"): c.dob("local"),
                    c.k("mobile", "handy", "portable", "movil"): c.phone()},
        "reason": c.pick(["follow-up ICD-10 E11.9", "Kontrolle nach J45.0", "suivi grossesse",
                          "revisión tensión arterial, HTA"]),
        "clinician": c.k("Dr ", "Dr. med. ", "Dr ", "Dra. ") + c.name(c.lang),
        "notes": c.note(c.num(0, 1), ["health", "genetic"], near_miss=0.2),
    }


def pharmacy_refill(c: Ctx) -> Any:
    p = c.person()
    c.tag("health", "rx")
    return {"rx": c.ref("RX"), "patient": {"name": p.full, "address": c.address_line()},
            "items": [{"drug": c.pick(["Levothyroxine 75mcg", "Emtricitabine/Tenofovir",
                                       "Quetiapine 50mg", "Metformin 500mg", "Salbutamol inh"]),
                       "qty": c.num(28, 112)} for _ in range(c.num(1, 3))],
            "prescriber": c.name(c.lang), "status": c.pick(["ready", "queued"])}


def lab_report(c: Ctx) -> Any:
    p = c.person()
    c.tag("health", "lab")
    results = [{"code": "4548-4", "name": "HbA1c", "value": round(c.rng.uniform(4.8, 9.9), 1),
                "unit": "%"},
               {"code": "HIV-AgAb", "name": "HIV-1/2 Ag/Ab", "value": c.pick(
                   ["non-reactive", "reactive"])},
               {"code": "2093-3", "name": "Cholesterol", "value": c.num(140, 280),
                "unit": "mg/dL"}]
    return {"report": c.ref("LAB"), "patient": {"name": p.full, "dob": c.dob("iso")},
            "collected": c.ts(), "results": c.rng.sample(results, c.num(1, 3)),
            "lab": "Synlab Leipzig"}


def insurance_underwriting(c: Ctx) -> Any:
    p = c.person()
    c.tag("health", "underwriting")
    doc: dict[str, Any] = {
        "quote": c.ref("Q"), "product": c.pick(["term_life_20", "income_protection"]),
        "applicant": {"name": p.full, "dob": c.dob(), "address": c.address_local()},
        "smoker": c.chance(0.3), "bmi": round(c.rng.uniform(19, 36), 1),
        "disclosures": [c.say("health")],
        "family_history": c.pick(["mother: breast cancer at 45", "father: MI at 58", "none"]),
    }
    if c.chance(0.35):
        doc["genetic_tests"] = [{"test": c.pick(["BRCA1/2", "HTT CAG repeat", "APOE"]),
                                 "result": c.pick(["pathogenic variant detected",
                                                   "no variant detected", "e3/e4"])}]
        c.tag("genetic", "test")
    return doc


def school_counsellor_note(c: Ctx) -> Any:
    return {"student": {"first_name": c.given(c.lang), "year_group": c.num(7, 13)},
            "counsellor": c.name(c.lang), "session": c.ts(),
            "note": c.note(c.num(1, 2), ["health", "sex_life_orientation", "religious_belief",
                                         "racial_ethnic_origin", "criminal_record"]),
            "safeguarding": c.pick(["none", "DSL informed", "monitor"])}


def sen_iep_plan(c: Ctx) -> Any:
    child, parent = c.person(c.lang), c.person(c.lang)
    c.tag("health", "sen")
    student = {"name": child.full, "dob": c.dob(years=(2010, 2020))}
    return {"plan": c.ref("EHCP"), "student": student,
            "primary_need": c.pick(["ASD", "SpLD - dyslexia", "ADHD", "SEMH",
                                    "hearing impairment"]),
            "provision": [c.pick(["1:1 TA 10h/wk", "speech therapy fortnightly",
                                  "movement breaks", "laptop for extended writing"])],
            "parent_carer": {"name": parent.full, "email": c.email(parent)},
            "review": c.day()}


HESA_ETHNICITY = {"10": "White", "21": "Black - Caribbean", "22": "Black - African",
                  "31": "Asian - Indian", "33": "Asian - Bangladeshi", "98": "Information "
                  "refused"}


def university_application(c: Ctx) -> Any:
    p = c.person()
    code = c.pick(list(HESA_ETHNICITY))
    if code != "98":
        c.tag("racial_ethnic_origin", "hesa")
    c.tag("criminal_record", "declaration")
    doc: dict[str, Any] = {
        "applicant": {"name": p.full, "email": c.email(p), "dob": c.dob("iso"),
                      "address": c.address_line()},
        "course": c.pick(["BSc Nursing", "LLB Law", "MA Social Work"]),
        "monitoring": {"ethnicity": code, "ethnicity_legend": HESA_ETHNICITY},
        "relevant_criminal_convictions": c.pick(["No", "No", "Yes"]),
    }
    if c.chance(0.5):
        doc["monitoring"]["disability"] = c.pick(["none", "mental health condition",
                                                  "specific learning difficulty"])
        c.tag("health", "monitoring")
    return doc


CODEBOOK = {
    "Q12": ("religious_belief", "Religion", {"1": "No religion", "2": "Christian - Catholic",
                                             "3": "Christian - Protestant", "4": "Muslim",
                                             "5": "Jewish", "9": "Prefer not to say"}),
    "Q13": ("political_opinion", "Party voted for at last general election",
            {"1": "Labour", "2": "Conservative", "3": "Liberal Democrat", "4": "Green",
             "5": "Reform UK", "9": "Prefer not to say"}),
    "Q14": ("racial_ethnic_origin", "Ethnic group", {"1": "White British", "2": "Asian/Asian "
                                                     "British", "3": "Black/Black British",
                                                     "4": "Mixed", "9": "Prefer not to say"}),
    "Q15": ("sex_life_orientation", "Sexual orientation",
            {"1": "Heterosexual/straight", "2": "Gay or lesbian", "3": "Bisexual",
             "4": "Other", "9": "Prefer not to say"}),
    "Q16": ("trade_union", "Are you a member of a trade union?",
            {"1": "Yes, currently", "2": "Yes, previously", "3": "No", "9": "Prefer not to say"}),
    "Q17": ("health", "Long-term physical or mental health condition?",
            {"1": "Yes", "2": "No", "9": "Prefer not to say"}),
}


def research_survey_coded(c: Ctx) -> Any:
    asked = c.rng.sample(sorted(CODEBOOK), c.num(3, 5))
    responses = []
    for _ in range(c.num(1, 3)):
        row: dict[str, Any] = {"resp_id": "R_" + c.token(15), "wave": 3,
                               "Q1_age_band": c.pick(["18-24", "35-44", "65+"])}
        for q in asked:
            kind, _, values = CODEBOOK[q]
            code = c.pick([*values, "9"])
            row[q] = int(code)
            if code != "9":
                c.tag(kind, "coded")
        responses.append(row)
    return {"study": "Work and Life Panel", "codebook": {q: {"label": CODEBOOK[q][1],
                                                              "values": CODEBOOK[q][2]}
                                                          for q in asked},
            "responses": responses}


def genealogy_dna_match(c: Ctx) -> Any:
    owner = c.person()
    c.tag("genetic", "matches")
    doc: dict[str, Any] = {
        "kit": {"id": c.ref("KIT"), "owner": owner.full, "chip": "GSA-24v3"},
        "matches": [{"name": c.name(), "shared_cm": round(c.rng.uniform(20, 1800), 1),
                     "segments": c.num(1, 40), "predicted": c.pick(
                         ["2nd cousin", "half sibling", "1st cousin once removed"])}
                    for _ in range(c.num(1, 4))],
        "haplogroups": {"mt": c.pick(["H1a", "U5b2", "J1c"]), "y": c.pick([None, "R1b-L21",
                                                                          "I2a"])},
    }
    if c.chance(0.6):
        doc["ethnicity_estimate"] = {c.pick(["Irish", "Basque", "Ashkenazi Jewish"]): 0.42,
                                     c.pick(["Nigerian", "Scandinavian", "Iberian"]): 0.31,
                                     "Other": 0.27}
        c.tag("racial_ethnic_origin", "estimate")
    if c.chance(0.3):
        doc["tree_notes"] = c.note(1, ["genetic", "religious_belief"])
    return doc


def ivf_clinic(c: Ctx) -> Any:
    a = c.person()
    c.tag("health", "fertility")
    c.tag("genetic", "pgt")
    doc: dict[str, Any] = {
        "cycle": c.ref("IVF"),
        "patients": [{"name": a.full, "dob": c.dob(), "amh_pmol": round(
            c.rng.uniform(3, 40), 1)}],
        "embryos": [{"id": f"E{i}", "grade": c.pick(["4AA", "5AB", "3BB"]),
                     "pgt_a": c.pick(["46,XX euploid", "46,XY euploid", "47,XY,+21"])}
                    for i in range(1, c.num(2, 4))],
    }
    if c.chance(0.5):
        doc["couple"] = c.pick(["same-sex female couple, reciprocal IVF",
                                "pareja de dos mujeres, método ROPA"])
        doc["patients"].append({"name": c.name(), "role": "partner"})
        c.tag("sex_life_orientation", "couple")
    else:
        doc["patients"].append({"role": "sperm_donor", "donor_ref": c.ref("D")})
    return doc


def face_enrolment(c: Ctx) -> Any:
    c.tag("biometric", "face")
    return {"subject": {"employee_no": c.digits(5), "display_name": c.name()},
            "template": {"model": c.pick(["arcface-r100", "facenet-512"]), "dim": 128,
                         "embedding": _embedding(c, 128)},
            "quality": round(c.rng.uniform(0.6, 0.99), 3), "liveness": "passed",
            "enrolled": c.ts()}


def fingerprint_enrolment(c: Ctx) -> Any:
    c.tag("biometric", "minutiae")
    doc: dict[str, Any] = {
        "enrolment": c.uuid(), "person": {"name": c.name()},
        "fingers": [{"position": pos, "format": "ISO/IEC 19794-2:2005",
                     "nfiq2": c.num(40, 90),
                     "template_b64": c.blob(c.num(120, 220), b"FMR\x00 20\x00")}
                    for pos in c.rng.sample(["R_THUMB", "R_INDEX", "L_INDEX", "L_THUMB"], 2)],
    }
    if c.chance(0.4):
        doc["person"]["national_id"] = c.national_id(c.pick(["es", "fr", "uk"]))
    return doc


def border_kiosk_iris(c: Ctx) -> Any:
    p = c.person("world")
    c.tag("biometric", "iris")
    return {"kiosk": f"ABC-{c.num(10, 99)}", "traveller": {
        "name": p.full, "dob": c.dob("iso"),
        "document": {"type": "passport", "number": c.passport()}},
        "iris": [{"eye": eye, "format": "ISO/IEC 19794-6", "code_b64": c.blob(256, b"IIR\x00")}
                 for eye in ("left", "right")], "decision": "refer_to_officer"}


def palm_vein_timeclock(c: Ctx) -> Any:
    c.tag("biometric", "palm-vein")
    return {"terminal": f"TC-{c.num(100, 999)}", "employee": {"name": c.name(),
                                                              "badge": c.digits(5)},
            "palm_template": {"vendor": "PalmSecure", "hand": c.pick(["left", "right"]),
                              "data": c.blob(c.num(180, 300))},
            "punches": [{"at": c.ts(), "dir": d} for d in ("in", "out")]}


def kyc_selfie_check(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "session": c.uuid(), "applicant": {"name": p.full, "dob": c.dob()},
        "document": {"type": c.pick(["national_id", "passport"])},
        "selfie": {"liveness": round(c.rng.uniform(0.8, 1), 3),
                   "face_match_score": round(c.rng.uniform(0.7, 0.99), 3)},
        "ip": c.ip(), "screening": {"pep": False, "sanctions": "no match"},
    }
    if doc["document"]["type"] == "passport":
        doc["document"]["number"] = c.passport()
    else:
        doc["document"]["number"] = c.national_id(c.pick(["es", "uk", "fr"]))
    if c.chance(0.5):
        doc["selfie"]["face_template"] = _embedding(c, 128)
        c.tag("biometric", "face")
    return doc


def voice_assistant_log(c: Ctx) -> Any:
    utterances = [c.pick(["what's the weather tomorrow", "spiel Radio Eins",
                          "mets un minuteur de 10 minutes", "pon música relajante"])]
    if c.chance(0.6):
        utterances.append(c.k("remind me to take my metformin at 8",
                              "erinnere mich an meine Insulinspritze um acht",
                              "rappelle-moi de prendre mon Lévothyrox",
                              "recuérdame tomar el omeprazol"))
        c.tag("health", "utterance")
    doc: dict[str, Any] = {
        "device": c.pick(["kitchen-speaker", "car-head-unit"]), "household": c.uuid(),
        "utterances": [{"text": u, "at": c.ts()} for u in utterances],
        "speaker": {"label": c.given(), "voiceprint": {"type": "x-vector",
                                                       "dim": 64, "vec": _embedding(c, 64)}},
    }
    c.tag("biometric", "voiceprint")
    if c.chance(0.5):
        doc["network"] = {"ip": c.ip()}
    return doc
