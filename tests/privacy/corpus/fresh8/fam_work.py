"""Workplace payloads: HR, payroll, recruiting, unions, access control."""

from __future__ import annotations

from typing import Any

from . import fill
from .ctx import Ctx

CHURCH_TAX = {"rk": "römisch-katholisch", "ev": "evangelisch", "lt": "lutherisch"}


def hr_employee(c: Ctx) -> Any:
    p = c.person()
    scheme, nid = c.national_id()
    doc: dict[str, Any] = {
        "employeeId": fill.short_code(c.rng, "E", 6),
        c.k("first_name"): p.given,
        c.k("last_name"): p.family,
        c.k("dob"): c.dob(),
        c.k("address"): c.address(),
        scheme if c.chance(0.5) else "national_id": nid,
        "department": c.pick(["Logistics", "Finance", "Pflege", "Ventes", "Almacén"]),
        "hired": fill.date(c.rng),
    }
    if c.chance(0.6):
        doc[c.k("iban")] = c.iban({"de": "DE", "fr": "FR", "es": "ES", "en": "GB"}[c.lang])
    if c.lang == "de" and c.chance(0.7):
        c.mark("religious_belief", "religious_belief:kirchensteuer")
        doc["lohnsteuer"] = {"steuerklasse": c.pick([1, 3, 4]),
                             "kirchensteuermerkmal": c.pick(list(CHURCH_TAX))}
    elif c.lang == "de":
        doc["lohnsteuer"] = {"steuerklasse": c.pick([1, 2, 5])}
    if c.chance(0.5):
        c.mark("trade_union", "trade_union:flag")
        doc["union_member"] = c.chance(0.5)
    if c.chance(0.4):
        q = c.person()
        doc["emergency_contact"] = {"name": q.full, "phone": c.phone(),
                                    "relation": c.pick(["spouse", "Mutter", "frère", "hermana"])}
    return doc


def payroll_run(c: Ctx) -> Any:
    c.lang = "de" if c.chance(0.6) else "en"
    slips = []
    for _ in range(c.rng.randint(2, 4)):
        gross = fill.money(c.rng, 2400, 7200)
        deductions: list[dict[str, Any]] = [
            {"code": "LST", "label": "Lohnsteuer", "amount": round(gross * 0.14, 2)},
            {"code": "KV-AG", "label": "employer health plan premium", "amount": 189.4},
        ]
        slip: dict[str, Any] = {"name": c.name(c.pick(["full", "reversed"])), "gross": gross}
        if c.lang == "de":
            slip["steuerId"] = c.national_id("steuer_id")[1]
            if c.chance(0.5):
                c.mark("religious_belief", "religious_belief:church-tax-line")
                deductions.append({"code": "KiSt", "label": "Kirchensteuer rk",
                                   "amount": round(gross * 0.012, 2)})
        else:
            slip["ni_number"] = c.national_id("nino")[1]
        if c.chance(0.4):
            c.mark("trade_union", "trade_union:dues")
            deductions.append({"code": "UD", "label": c.pick(["ver.di Beitrag", "Unison dues"]),
                               "amount": round(gross * 0.01, 2)})
        slip["deductions"] = deductions
        slip["pay_to"] = c.iban("DE" if c.lang == "de" else "GB")
        slips.append(slip)
    c.decoy("health-plan-premium")
    return {"run": fill.short_code(c.rng, "PR-", 8), "period": fill.date(c.rng)[:7],
            "currency": "EUR" if c.lang == "de" else "GBP", "payslips": slips}


def sick_leave(c: Ctx) -> Any:
    keys = {"en": ("sick_note", "reason"), "de": ("krankmeldung", "grund"),
            "fr": ("arret_travail", "motif"), "es": ("baja_medica", "motivo")}[c.lang]
    body: dict[str, Any] = {
        "employee": c.name(c.pick(["full", "initial"])),
        "from": fill.date(c.rng), "days": c.rng.randint(1, 15),
        keys[1]: c.say("health"),
    }
    if c.chance(0.5):
        body["certified_by"] = "Dr. " + c.name("full")
    return {keys[0]: body, "submitted": fill.timestamp(c.rng)}


EEO_LEGEND = {"1": "Hispanic or Latino", "2": "White", "3": "Black or African American",
              "4": "Asian", "5": "Two or more races", "9": "Decline to self-identify"}


def eeo_self_id(c: Ctx) -> Any:
    c.lang = "en"
    doc: dict[str, Any] = {"applicant": c.name(), "requisition": fill.short_code(c.rng, "REQ-")}
    code = c.pick(list(EEO_LEGEND))
    if code == "9":
        c.decoy("eeo-declined")
    else:
        c.mark("racial_ethnic_origin", "racial_ethnic_origin:eeo-code")
    doc["race_ethnicity_code"] = code
    doc["code_legend"] = EEO_LEGEND
    disability = c.pick(["Yes, I have a disability (or previously had one)",
                         "No, I do not have a disability", "I do not want to answer"])
    if disability.startswith("I do not"):
        c.decoy("disability-no-answer")
    else:
        c.mark("health", "health:disability-answer")
    doc["disability_status"] = disability
    doc["veteran_status"] = c.pick(["not a protected veteran", "I don't wish to answer"])
    doc["gender"] = c.pick(["Female", "Male", "Prefer not to say"])
    return doc


def ats_candidate(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "candidate": {"name": p.full, "email": c.email(p), "phone": c.phone(),
                      "location": c.pick(["Berlin", "Lyon", "remote", "Valencia"])},
        "stage": c.pick(["screen", "onsite", "offer"]),
        "resume_url": f"https://files.example-ats.io/{fill.uuid(c.rng)}.pdf",
    }
    if c.chance(0.5):
        doc["candidate"][c.k("address")] = c.address()
    if c.chance(0.5):
        doc["cover_letter_excerpt"] = c.chat("en") + ". " + c.special(
            kinds=("trade_union", "health", "criminal_record", "religious_belief"))
    if c.chance(0.3):
        doc["scorecard"] = {"interviewer": c.name(), "rating": c.rng.randint(1, 4)}
    return doc


def background_check(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de"])
    components: list[dict[str, Any]] = [
        {"type": "employment_verification", "status": "verified",
         "employer": c.pick(["Northpeak GmbH", "Brightlane Ltd"])},
        {"type": "education", "status": c.pick(["verified", "unable_to_verify"])},
    ]
    subject: dict[str, Any] = {"name": c.name(), "dob": c.dob("iso")}
    if c.lang == "en" and c.chance(0.6):
        subject["ssn"] = c.national_id("ssn")[1]
    if c.chance(0.75):
        c.mark("criminal_record", "criminal_record:check-result")
        result: dict[str, Any] = c.pick([{"status": "clear", "records": []},
                         {"status": "consider", "records": [
                             {"offense": c.pick(["Theft under $950", "DUI", "Possession"]),
                              "disposition": "convicted", "year": c.rng.randint(2008, 2021)}]},
                         {"status": "clear", "summary": "Führungszeugnis ohne Eintragungen"}])
        components.append({"type": "criminal_county_search", **result})
    else:
        c.decoy("bgcheck-no-criminal-component")
    return {"report_id": fill.uuid(c.rng), "subject": subject, "components": components}


def door_access(c: Ctx) -> Any:
    events = []
    for _ in range(c.rng.randint(2, 5)):
        events.append({"ts": fill.timestamp(c.rng), "door": c.pick(["R&D-2", "Lager", "Hall B"]),
                       "holder": c.name(c.pick(["full", "initial"])),
                       "auth": c.pick(["fingerprint", "badge+pin", "face"]),
                       "match_score": round(c.rng.uniform(0.81, 0.99), 3), "granted": True})
    c.decoy("auth-method-biometric-word")
    return {"controller": fill.short_code(c.rng, "DAC-"), "events": events}


def timeclock_enrolment(c: Ctx) -> Any:
    c.mark("biometric", "biometric:fingerprint-template")
    return {
        "device": {"model": "TC-900", "serial": fill.short_code(c.rng, "SN", 8)},
        "employee": {"id": fill.short_code(c.rng, "E", 5), "name": c.name()},
        "finger": c.pick(["right_index", "left_thumb"]),
        "template_format": "ISO/IEC 19794-2:2005",
        "minutiae_count": c.rng.randint(28, 61),
        "template": fill.b64(c.rng, 344),
        "enrolled_at": fill.timestamp(c.rng),
    }


def union_member_record(c: Ctx) -> Any:
    c.mark("trade_union", "trade_union:membership")
    p = c.person()
    union = {"de": "IG BCE", "fr": "CFDT", "es": "CCOO", "en": "GMB"}[c.lang]
    doc: dict[str, Any] = {
        "union": union, "member_no": fill.short_code(c.rng, "M", 7),
        c.k("first_name"): p.given, c.k("last_name"): p.family,
        "branch": c.pick(["Nord", "Local 12", "Section 3"]),
        "role": c.pick(["member", "steward", "delegate", "branch secretary"]),
        "dues": {"monthly": fill.money(c.rng, 8, 40), "method": "SEPA",
                 "mandate_iban": c.iban({"de": "DE", "fr": "FR", "es": "ES", "en": "IE"}[c.lang])},
    }
    if c.chance(0.5):
        doc[c.k("email")] = c.email(p)
    return doc


def strike_ballot_roster(c: Ctx) -> Any:
    c.lang = "en"
    c.mark("trade_union", "trade_union:roster")
    rows = [{"name": c.name(), "union_member": True, "workplace": c.pick(["Depot 4", "Depot 9"]),
             "ballot_sent": fill.date(c.rng)} for _ in range(c.rng.randint(2, 4))]
    return {"ballot": "industrial action 2025", "roster": rows}


def benefits_enrolment(c: Ctx) -> Any:
    c.lang = "en"
    p = c.person()
    deps = [{"name": c.name("given") + " " + p.family, "dob": c.dob("iso"),
             "relation": c.pick(["child", "spouse"])} for _ in range(c.rng.randint(1, 2))]
    c.decoy("health-plan-premium")
    doc: dict[str, Any] = {"employee": p.full, "plan": "PPO Gold", "premium_monthly": 212.5,
                           "dependents": deps}
    if c.chance(0.5):
        c.mark("trade_union", "trade_union:flag")
        doc["union_member"] = False
    return doc


def expense_report(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr"])
    lines = [{"date": fill.date(c.rng), "merchant": c.pick(["DB Fernverkehr", "Uber", "Ibis"]),
              "amount": fill.money(c.rng)} for _ in range(3)]
    doc: dict[str, Any] = {"submitter": c.name(), "lines": lines}
    if c.chance(0.5):
        doc["corporate_card"] = c.card()
    else:
        c.decoy("card-last4")
        doc["corporate_card"] = {"last4": fill.last4(c.rng), "brand": "visa"}
    return doc


def union_checkoff(c: Ctx) -> Any:
    """Monthly dues check-off file an employer sends to a union."""
    c.lang = c.pick(["en", "de", "es"])
    c.mark("trade_union", "trade_union:checkoff")
    rows = [{"member": c.name(c.pick(["full", "reversed"])),
             "payroll_no": fill.short_code(c.rng, "", 6),
             "dues": fill.money(c.rng, 9, 35)} for _ in range(c.rng.randint(2, 5))]
    return {"employer": c.pick(["Brightlane Logistics", "Grupo Alcor"]),
            "union": c.pick(["Unite", "IG Metall", "CCOO"]), "period": fill.date(c.rng)[:7],
            "rows": rows}


FAMILIES = [
    ("union_checkoff", union_checkoff, 5),
    ("hr_employee", hr_employee, 6),
    ("payroll_run", payroll_run, 4),
    ("sick_leave", sick_leave, 4),
    ("eeo_self_id", eeo_self_id, 5),
    ("ats_candidate", ats_candidate, 3),
    ("background_check", background_check, 6),
    ("door_access", door_access, 3),
    ("timeclock_enrolment", timeclock_enrolment, 5),
    ("union_member_record", union_member_record, 6),
    ("strike_ballot_roster", strike_ballot_roster, 4),
    ("benefits_enrolment", benefits_enrolment, 2),
    ("expense_report", expense_report, 3),
]
