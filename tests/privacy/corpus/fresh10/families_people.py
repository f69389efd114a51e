"""Personal families: health, HR, public sector, membership, social, biometrics and travel."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .families_commerce import any_text
from .keys import Keys

_ICD = (("E11.9", "Type 2 diabetes mellitus"), ("F32.1", "Moderate depressive episode"),
        ("J45.909", "Asthma, unspecified"), ("I10", "Essential hypertension"),
        ("M54.5", "Low back pain"), ("G43.909", "Migraine"))
_MEDS = ("Sertraline 50mg", "Metformin 500mg", "Levothyroxine 75mcg", "Salbutamol inhaler",
         "Atorvastatin 20mg", "Lisinopril 10mg")
_RELIGION = {"en": ("Roman Catholic", "Muslim", "Church of England", "Jewish", "Hindu", "None"),
             "de": ("römisch-katholisch", "evangelisch", "muslimisch", "konfessionslos"),
             "fr": ("catholique", "musulman", "protestant", "sans religion"),
             "es": ("católica", "musulmán", "evangélica", "ninguna")}
_ETHNIC = ("Black or African American", "Hispanic or Latino", "Asian", "White",
           "Two or more races", "Mixed - White and Black Caribbean", "Pakistani")
_PARTIES = ("Labour", "Conservative", "SPD", "CDU", "Die Grünen", "Renaissance", "PSOE", "PP",
            "Democratic Party")
_BIOS = {"en": ("Coffee first, then adventures.", "Weekend climber, weekday accountant."),
         "de": ("Kaffee, Berge und gute Bücher.", "Suche jemanden für Konzerte und Kino."),
         "fr": ("Amateur de randonnée et de cuisine.", "Toujours partant pour un concert."),
         "es": ("Me encanta viajar y cocinar.", "Cine los domingos, playa en verano.")}
_UNIONS = ("ver.di", "IG Metall", "Unite", "UNISON", "CGT", "CFDT", "CCOO", "UGT")


def appointment(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    return {k.w("appointment"): {"start": c.ts(), "practitioner": "Dr. " + c.last(lg),
                                 k.w("patient"): {k("full_name"): c.name(lg),
                                                  k("phone"): c.phone(lg)},
                                 k.w("reason"): c.text("health", lg)}}


def patient_intake(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    code, label = c.pick(_ICD)
    doc: dict[str, Any] = {k("full_name"): c.name(lg), k("dob"): c.dob(c.pick(("iso", "us"))),
                           "sex": c.pick(("F", "M")),
                           k.w("conditions"): c.sp("health", "icd10", [{"code": code,
                                                                         "label": label}]),
                           k.w("allergies"): c.sp("health", "allergy",
                                                  c.pick(("NKDA", "penicillin", "latex"))),
                           k.w("emergency", "contact"): {"name": c.name(lg),
                                                         "phone": c.phone(lg)}}
    if c.chance(0.3):
        doc[k.w("religion")] = c.sp("religious_belief", "intake", c.pick(_RELIGION[lg][:-1]))
    if c.chance(0.4):
        doc[k.w("ethnicity")] = c.sp("racial_ethnic_origin", "intake", c.pick(_ETHNIC))
    return doc


def prescription(c: Ctx) -> Any:
    lg = c.lang()
    return {"resourceType": "MedicationRequest", "status": "active",
            "medicationCodeableConcept": {"text": c.sp("health", "med", c.pick(_MEDS))},
            "subject": {"display": c.name(lg)}, "authoredOn": c.day()}


def lab_result(c: Ctx) -> Any:
    lg = c.lang()
    return {"patient": {"name": c.name(lg), "birthDate": c.dob()},
            "results": c.sp("health", "lab", [
                {"test": "HbA1c", "value": round(c.rng.uniform(5, 9), 1), "unit": "%"},
                {"test": "HIV-1/2 Ag/Ab", "value": "non-reactive"}])}


def fhir_bundle(c: Ctx) -> Any:
    lg = c.lang()
    code, label = c.pick(_ICD)
    return {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "name": [{"family": c.last(lg),
                                                           "given": [c.first(lg)]}],
                      "telecom": [{"system": "phone", "value": c.phone(lg)}],
                      "address": [{"line": [c.street(lg)]}]}},
        {"resource": {"resourceType": "Condition", "code": {"coding": [
            {"system": "http://hl7.org/fhir/sid/icd-10", "code": c.sp("health", "fhir", code),
             "display": label}]}}}]}


def insurance_claim(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    code, _label = c.pick(_ICD)
    return {k.w("claim", "id"): c.rid("clm"), k.w("member"): {k("full_name"): c.name(lg),
                                                               k("national_id"): c.national_id(lg)},
            k.w("diagnosis", "codes"): c.sp("health", "claim", [code]),
            k.w("amount"): c.amount()}


def telehealth_chat(c: Ctx) -> Any:
    lg = c.lang()
    msgs = [{"from": "patient", "text": c.text("health", lg)},
            {"from": "clinician", "text": c.clean_text(lg)}]
    if c.chance(0.4):
        msgs.append({"from": "patient", "text": any_text(c, lg)})
    return {"session": c.uuid(), "messages": msgs}


def candidate_application(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {k("full_name"): c.name(lg), k("email"): c.email(lg),
                           k("phone"): c.phone(lg), "cover_letter": c.clean_text(lg)}
    doc[k.w("background", "check")] = {"criminal": c.sp("criminal_record", "check",
                                                        c.pick(("clear", "record found"))),
                                       "provider": "Sterling"}
    if c.chance(0.3):
        doc[k.w("ethnicity")] = c.sp("racial_ethnic_origin", "application", c.pick(_ETHNIC))
    if c.chance(0.4):
        doc[k.w("disability")] = c.sp("health", "disability",
                                      c.pick(("No, I do not have a disability",
                                              "Yes, I have a disability")))
    return doc


def eeo_survey(c: Ctx) -> Any:
    resp: dict[str, Any] = {"respondent": c.rid("cand"), "gender": c.pick(("female", "male"))}
    resp["race_ethnicity"] = c.sp("racial_ethnic_origin", "eeo", c.pick(_ETHNIC))
    resp["veteran_status"] = "not a protected veteran"
    if c.chance(0.7):
        resp["sexual_orientation"] = c.sp("sex_life_orientation", "eeo",
                                          c.pick(("Gay", "Lesbian", "Bisexual",
                                                  "Heterosexual")))
    if c.chance(0.4):
        resp["disability_status"] = c.sp("health", "eeo", "No, I don't have a disability")
    return resp


def employee_profile(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {k("first_name"): c.first(lg), k("last_name"): c.last(lg),
                           k("dob"): c.dob("eu"), k.w("home"): c.address_line(lg),
                           k("national_id"): c.national_id(lg)}
    if lg == "de":
        doc["kirchensteuermerkmal"] = c.sp("religious_belief", "kist", c.pick(("rk", "ev")))
    if c.chance(0.7):
        doc[k.w("union", "member")] = c.sp("trade_union", "flag", c.chance(0.5))
    return doc


def payroll_run(c: Ctx) -> Any:
    lg = c.lang()
    lines: list[dict[str, Any]] = [{"code": "BASE", "amount": c.amount()},
                                   {"code": "HEALTH_PLAN", "amount": -c.amount()}]
    if c.chance(0.8):
        lines.append(c.sp("trade_union", "dues", {"code": "UNION_DUES",
                                                  "label": c.pick(_UNIONS), "amount": -12.5}))
    if lg == "de" and c.chance(0.7):
        lines.append(c.sp("religious_belief", "kist", {"code": "KIST", "amount": -31.2}))
    return {"employee": c.name(lg), "iban": c.iban(), "lines": lines}


def leave_request(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    kind = c.pick(("health", "religious_belief", "trade_union"))
    return {k.w("employee"): c.name(lg), k.w("from"): c.day(), k.w("to"): c.day(),
            k.w("type"): {"health": "sick", "religious_belief": "religious holiday",
                          "trade_union": "union duties"}[kind],
            k("comment"): c.text(kind, lg)}


def benefits_enrolment(c: Ctx) -> Any:
    lg = c.lang()
    return {"employee": c.name(lg), "plan": "PPO Gold", "dependents": [
        {"name": c.name(lg), "dob": c.dob(), "relationship": "spouse",
         "pre_existing_conditions": c.sp("health", "dependent",
                                         [c.pick(("asthma", "type 1 diabetes", "epilepsy"))])}]}


def union_membership(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {"member_no": c.rid("mem"), k("full_name"): c.name(lg),
                           k("email"): c.email(lg),
                           k.w("union"): c.sp("trade_union", "membership", c.pick(_UNIONS)),
                           k.w("role"): c.pick(("member", "steward", "delegate"))}
    if c.chance(0.4):
        doc[k("iban")] = c.iban()
    return doc


def church_membership(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {k("full_name"): c.name(lg),
                           k.w("congregation"): c.sp("religious_belief", "member",
                                                     c.pick(("St. Mary's Parish",
                                                             "Gemeinde St. Marien",
                                                             "Mezquita Central"))),
                           k.w("baptism", "date"): c.day(), k("street"): c.street(lg)}
    if c.chance(0.5):
        doc[k.w("giving")] = {"type": c.pick(("tithe", "zakat", "Kirchgeld")),
                              "amount": c.amount()}
    return doc


def campaign_crm(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {k("full_name"): c.name(lg), k("street"): c.street(lg),
                           k.w("support", "level"): c.sp("political_opinion", "support",
                                                         c.rng.randrange(1, 6)),
                           k.w("party"): c.sp("political_opinion", "party", c.pick(_PARTIES))}
    if c.chance(0.4):
        doc[k("comment")] = c.text("political_opinion", lg)
    return doc


def campaign_donation(c: Ctx) -> Any:
    lg = c.lang()
    return {"donation": {"donor": c.name(lg), "email": c.email(lg), "amount": c.amount(),
                         "recipient": c.sp("political_opinion", "donation",
                                           c.pick(_PARTIES) + " campaign fund")}}


def voter_registration(c: Ctx) -> Any:
    lg = "en"
    doc: dict[str, Any] = {"name": c.name(lg), "dob": c.dob("us"),
                           "residence": c.address_line(lg), "ssn_last4": c.digits(4)}
    if c.chance(0.6):
        doc["party_affiliation"] = c.sp("political_opinion", "voter",
                                        c.pick(("Democratic", "Republican", "Green")))
    return doc


def court_case(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    return {k.w("case", "number"): f"CR-{c.rng.randrange(100, 999)}-{c.hex(4)}",
            k.w("defendant"): {k("full_name"): c.name(lg), k("dob"): c.dob("eu")},
            k.w("offence"): c.sp("criminal_record", "offence",
                                 c.pick(("theft", "Betrug", "conduite en état d'ivresse",
                                         "lesiones"))),
            k.w("status"): c.pick(("convicted", "pending", "probation"))}


def probation_checkin(c: Ctx) -> Any:
    lg = c.lang()
    lat, lon = c.coords()
    return {"offender": c.name(lg), "officer": c.name(lg),
            "order": c.sp("criminal_record", "probation", "community order, 18 months"),
            "checkin": {"lat": lat, "lng": lon, "at": c.ts()}}


def benefit_application(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {k("full_name"): c.name(lg), k("national_id"): c.national_id(lg),
                           k.w("household"): c.rng.randrange(1, 6), k("iban"): c.iban()}
    if c.chance(0.5):
        doc[k.w("circumstances")] = any_text(c, lg)
    return doc


def dating_profile(c: Ctx) -> Any:
    lg = c.lang()
    doc: dict[str, Any] = {"display_name": c.first(lg), "age": c.rng.randrange(21, 60),
                           "bio": c.pick(_BIOS[lg]), "interests": ["hiking", "cinema"]}
    if c.chance(0.7):
        doc["orientation"] = c.sp("sex_life_orientation", "profile",
                                  c.pick(("gay", "bi", "lesbian", "straight", "pansexual")))
    else:
        doc["bio"] = c.text("sex_life_orientation", lg)
    if c.chance(0.3):
        doc["religion"] = c.sp("religious_belief", "profile", c.pick(_RELIGION[lg][:-1]))
    if c.chance(0.3):
        lat, lon = c.coords()
        doc["last_seen"] = f"{lat},{lon}"
    return doc


def social_post(c: Ctx) -> Any:
    lg = c.lang()
    return {"post": {"id": c.rid("post"), "author": {"handle": "@" + c.hex(6)},
                     "text": any_text(c, lg), "replies": [
                         {"author": c.name(lg), "text": c.clean_text(lg)}]}}


def genotype_report(c: Ctx) -> Any:
    lg = c.lang()
    calls = [{"rsid": "rs4680", "genotype": c.pick(("AG", "GG", "AA"))},
             {"rsid": "rs1801133", "genotype": c.pick(("CT", "TT", "CC"))}]
    doc: dict[str, Any] = {"kit": c.rid("kit"), "customer": c.name(lg),
                           "calls": c.sp("genetic", "snp", calls)}
    if c.chance(0.3):
        doc["interpretation"] = c.sp("health", "pgx", "Poor CYP2C19 metabolizer - avoid "
                                     "clopidogrel")
    return doc


def str_profile(c: Ctx) -> Any:
    loci = {loc: f"{c.rng.randrange(8, 16)},{c.rng.randrange(8, 18)}"
            for loc in ("D8S1179", "D21S11", "TH01", "FGA", "vWA")}
    return {"sample": c.rid("smp"), "subject": c.name(c.lang()),
            "str_profile": c.sp("genetic", "str", loci)}


def carrier_screen(c: Ctx) -> Any:
    lg = c.lang()
    return {"patient": c.name(lg), "dob": c.dob(), "panel": "expanded carrier",
            "findings": c.sp("genetic", "carrier", [{"gene": "CFTR", "variant": "F508del",
                                                     "zygosity": "heterozygous"}]),
            "note": c.text("genetic", lg)}


def face_enrolment(c: Ctx) -> Any:
    emb = [round(c.rng.uniform(-1, 1), 4) for _ in range(32)]
    return {"subject_id": c.rid("sub"), "name": c.name(c.lang()),
            "face": c.sp("biometric", "face", {"embedding": emb, "model": "arcface-r100"}),
            "liveness_score": 0.97}


def fingerprint_enrolment(c: Ctx) -> Any:
    return {"employee": c.name(c.lang()), "badge": c.rid("bdg"),
            "templates": c.sp("biometric", "finger", [
                {"finger": "right_index", "format": "ISO19794-2", "data": c.b64(120)}])}


def voice_enrolment(c: Ctx) -> Any:
    return {"caller": c.phone(), "voiceprint": c.sp("biometric", "voice", c.b64(160)),
            "enrolled_at": c.ts()}


def booking(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    guest: dict[str, Any] = {k("full_name"): c.name(lg), k("passport"): c.passport(lg),
                             "nationality": c.pick(("DE", "FR", "ES", "GB"))}
    doc: dict[str, Any] = {"booking_ref": c.hex(6).upper(), "guests": [guest],
                           "hotel": "Hotel Miramar", "nights": c.rng.randrange(1, 8)}
    if c.chance(0.5):
        kind = c.pick(("health", "religious_belief", "sex_life_orientation"))
        doc[k.w("special", "requests")] = c.text(kind, lg)
    return doc


def shipment(c: Ctx) -> Any:
    lg = c.lang()
    return {"tracking": f"1Z{c.hex(6).upper()}", "recipient": {
        "name": c.name(lg), "phone": c.phone(lg), "address": c.address_line(lg)},
        "status": "out_for_delivery"}


def proof_of_delivery(c: Ctx) -> Any:
    lat, lon = c.coords()
    return {"delivery_id": c.uuid(), "signed_by": c.name(c.lang()),
            "geo": {"type": "Point", "coordinates": [lon, lat]}, "photo": c.b64(60)}


def gps_pings(c: Ctx) -> Any:
    pts = []
    for _ in range(3):
        lat, lon = c.coords()
        pts.append({"lat": lat, "lon": lon, "speed_kmh": c.rng.randrange(0, 60)})
    return {"device": c.rid("dev"), "trip": c.uuid(), "points": pts}


def newsletter_signup(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    doc: dict[str, Any] = {k("email"): c.email(lg), "topics": ["offers", "news"],
                           "consent": True}
    if c.chance(0.4):
        doc[k("first_name")] = c.first(lg)
    return doc


def survey_response(c: Ctx) -> Any:
    lg = c.lang()
    return {"survey": "customer-2026", "respondent": c.email(lg), "answers": [
        {"q": "nps", "a": c.rng.randrange(0, 11)},
        {"q": "anything_else", "a": any_text(c, lg)}]}


def support_ticket(c: Ctx) -> Any:
    lg = c.lang()
    return {"ticket": {"id": c.rng.randrange(10000, 99999), "requester": {
        "name": c.name(lg), "email": c.email(lg)}, "subject": "Account question",
        "description": any_text(c, lg) + " " + c.clean_text(lg)}}


def chat_message(c: Ctx) -> Any:
    lg = c.lang()
    return {"channel": c.rid("ch"), "user": c.rid("u"), "text": any_text(c, lg),
            "ts": c.ts()}


def email_thread(c: Ctx) -> Any:
    lg = c.lang()
    return {"messages": [
        {"from": c.email(lg), "to": [c.role_email()], "body": any_text(c, lg)},
        {"from": c.role_email(), "body": c.clean_text(lg)}]}


def tenant_screening(c: Ctx) -> Any:
    lg = c.lang()
    return {"applicant": c.name(lg), "dob": c.dob("slash"), "previous_address":
            c.address_line(lg), "eviction_history": "none", "criminal_check":
            c.sp("criminal_record", "screening", c.pick(("no records found", "1 conviction")))}


FAMILIES = {
    "appointment": (appointment, 4), "patient_intake": (patient_intake, 7),
    "prescription": (prescription, 4), "lab_result": (lab_result, 3),
    "fhir_bundle": (fhir_bundle, 4), "insurance_claim": (insurance_claim, 4),
    "telehealth_chat": (telehealth_chat, 5), "candidate_application": (candidate_application, 6),
    "eeo_survey": (eeo_survey, 9), "employee_profile": (employee_profile, 7),
    "payroll_run": (payroll_run, 8), "leave_request": (leave_request, 6),
    "benefits_enrolment": (benefits_enrolment, 3), "union_membership": (union_membership, 9),
    "church_membership": (church_membership, 6), "campaign_crm": (campaign_crm, 7),
    "campaign_donation": (campaign_donation, 6), "voter_registration": (voter_registration, 4),
    "court_case": (court_case, 6), "probation_checkin": (probation_checkin, 4),
    "benefit_application": (benefit_application, 4), "dating_profile": (dating_profile, 10),
    "social_post": (social_post, 6), "genotype_report": (genotype_report, 7),
    "str_profile": (str_profile, 6), "carrier_screen": (carrier_screen, 5),
    "face_enrolment": (face_enrolment, 9), "fingerprint_enrolment": (fingerprint_enrolment, 8),
    "voice_enrolment": (voice_enrolment, 6), "booking": (booking, 6), "shipment": (shipment, 3),
    "proof_of_delivery": (proof_of_delivery, 4), "gps_pings": (gps_pings, 4),
    "newsletter_signup": (newsletter_signup, 3), "survey_response": (survey_response, 7),
    "support_ticket": (support_ticket, 7), "chat_message": (chat_message, 8),
    "email_thread": (email_thread, 5), "tenant_screening": (tenant_screening, 3),
}
