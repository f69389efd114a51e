"""HR, payroll, recruiting and benefits payloads."""

from __future__ import annotations

from typing import Any

from . import phrases as T
from .common import contact_block, envelope, lang_of, name_block
from .gen import Ctx

US_RACE = ("Hispanic or Latino", "White (Not Hispanic or Latino)", "Black or African American",
           "Asian", "Native Hawaiian or Other Pacific Islander",
           "American Indian or Alaska Native", "Two or More Races")
UK_ETHNICITY = ("Asian or Asian British: Pakistani", "Black or Black British: African",
                "Mixed: White and Asian", "White: Irish", "White: Gypsy or Irish Traveller",
                "Other ethnic group: Arab", "Asian or Asian British: Bangladeshi")
DECLINE = ("Decline to self-identify", "I don't wish to answer", "Prefer not to say")
DISABILITY_YES = "Yes, I have a disability (or previously had a disability)"
DISABILITY_NO = "No, I do not have a disability and have not had one in the past"
DISABILITY_SKIP = "I do not want to answer"
VETERAN = ("I am not a protected veteran", "I identify as one or more of the classifications "
           "of protected veteran", "I don't wish to answer")
KIST = ("rk", "ev", "ak", "lt", "rf", "jd", "ib")
UNION_DEDUCTION = {
    "us": ("Union dues - SEIU Local 1021", "AFSCME Council 31 dues", "UFCW Local 400 dues",
           "IBEW Local 46 monthly dues"),
    "uk": ("Trade union subscription - UNISON", "GMB subs", "Unite the Union contribution"),
    "de": ("Gewerkschaftsbeitrag ver.di", "Beitrag IG Metall", "GEW Mitgliedsbeitrag"),
    "es": ("Cuota sindical CCOO", "Cuota afiliación UGT", "Cuota sindical CSIF"),
}
DEPARTMENTS = ("Warehouse", "Finance", "Customer Care", "Engineering", "Nursing", "Facilities",
               "Sales DACH", "Logistique", "Atención al cliente")
TITLES = ("Forklift Operator", "Accounts Payable Clerk", "Support Agent II", "Backend Engineer",
          "Staff Nurse", "Site Supervisor", "Sachbearbeiterin Lohn", "Chargé de clientèle",
          "Técnico de mantenimiento")


def _pay_ids(c: Ctx, country: str) -> dict[str, Any]:
    k = c.k
    if country == "us":
        routing, account = c.us_bank()
        return {k("ssn") if c.chance(0.6) else k("social_security_number"): c.ssn(c.chance(0.8)),
                k("direct_deposit"): {k("routing_number"): routing,
                                      k("account_number"): account,
                                      k("account_type"): c.pick(("checking", "savings"))}}
    if country == "uk":
        sort, account = c.uk_bank()
        return {k("ni_number") if c.chance(0.5) else k("national_insurance_no"): c.nino(),
                k("bank"): {k("sort_code"): sort, k("account_number"): account}}
    if country == "de":
        return {k("steuer_id") if c.chance(0.5) else k("steuerliche_identifikationsnummer"):
                c.steuer_id(c.chance(0.3)),
                k("bankverbindung"): {k("iban"): c.iban("DE"), k("bic"): "GENODEF1BIE"}}
    if country == "fr":
        born = c.birth()
        return {k("numero_securite_sociale") if c.chance(0.5) else k("nir"):
                c.nir(c.pick((1, 2)), born, c.chance(0.5)),
                k("rib"): {k("iban"): c.iban("FR"), k("bic"): "CCBPFRPPREN"}}
    if country == "nl":
        return {k("bsn"): c.bsn(), k("iban"): c.iban("NL")}
    if country == "ca":
        return {k("sin"): c.sin(), k("payroll_province"): "ON"}
    return {k("dni") if c.chance(0.6) else k("nie"): c.dni() if c.chance(0.6) else c.nie(),
            k("cuenta"): {k("iban"): c.iban("ES")}}


def hr_employee(c: Ctx) -> Any:
    """An HRIS 'employee changed' webhook."""
    k = c.k
    country = c.pick(("us", "us", "uk", "de", "fr", "es", "nl", "ca"))
    lang = {"de": "de", "fr": "fr", "es": "es"}.get(country, "en")
    p = c.person({"us": "en", "uk": "en", "nl": "xx", "ca": "en"}.get(country, lang))
    emp: dict[str, Any] = {k("employee_id"): f"E-{c.r.randint(1000, 99999)}"}
    emp.update(name_block(c, p, lang))
    emp.update(contact_block(c, p, lang, phone=c.chance(0.7)))
    if c.chance(0.7):
        emp[k(c.pick(("date_of_birth", "dob", "birth_date")))] = c.dob(
            c.pick(("iso", "us" if country == "us" else "eu")))
    if c.chance(0.6):
        emp[k("home_address")] = c.address(lang if country != "us" else "en",
                                           keys=lang if lang != "en" else "en")
    emp[k("hire_date")] = c.day(2015, 2024).isoformat()
    emp[k("job_title")] = c.pick(TITLES)
    emp[k("department")] = c.pick(DEPARTMENTS)
    emp[k("gender")] = c.pick(("Female", "Male", "Non-binary", "F", "M"))
    c.neg("gender")
    if c.chance(0.3):
        emp[k("probation_end_date")] = c.day(2024, 2025).isoformat()
        c.neg("hr probation")
    emp[k("payroll")] = _pay_ids(c, country)
    if country == "us" and c.chance(0.75):
        answer = c.pick(US_RACE + DECLINE[:1])
        eeo: dict[str, Any] = {k("race_ethnicity"): answer,
                               k("veteran_status"): c.pick(VETERAN)}
        if answer not in DECLINE:
            c.mark("racial_ethnic_origin", "eeo race")
        dis = c.pick((DISABILITY_YES, DISABILITY_NO, DISABILITY_SKIP))
        eeo[k("disability_status")] = dis
        if dis != DISABILITY_SKIP:
            c.mark("health", "cc-305 disability answer")
        emp[k("eeo_self_id")] = eeo
    if country == "uk" and c.chance(0.6):
        answer = c.pick((*UK_ETHNICITY, "Prefer not to say"))
        emp[k("equality_monitoring")] = {k("ethnic_group"): answer,
                                         k("religion_or_belief"): c.pick(
                                             ("Prefer not to say", "Christian", "Muslim",
                                              "Hindu", "Jewish", "Sikh"))}
        if answer != "Prefer not to say":
            c.mark("racial_ethnic_origin", "uk ethnic group")
        if emp[k("equality_monitoring")][k("religion_or_belief")] != "Prefer not to say":
            c.mark("religious_belief", "uk religion or belief")
    if country == "de" and c.chance(0.7):
        emp[k("payroll")][k("kirchensteuermerkmal") if c.chance(0.5) else k("konfession")] = \
            c.pick(KIST)
        c.mark("religious_belief", "kirchensteuer code")
    deductions = [{k("code"): "401K" if country == "us" else "PENS",
                   k("description"): "Retirement plan", k("amount"): c.money(40, 300)},
                  {k("code"): "MED", k("description"): c.pick(("PPO Gold medical premium",
                                                                "Employee health plan premium")),
                   k("amount"): c.money(60, 400)}]
    c.neg("health plan premium")
    if country in UNION_DEDUCTION and c.chance(0.45):
        deductions.append({k("code"): "UNION", k("description"):
                           c.pick(UNION_DEDUCTION[country]), k("amount"): c.money(12, 60)})
        c.mark("trade_union", "union dues deduction")
    elif c.chance(0.25):
        emp[k("union_member")] = c.chance(0.5)
        c.mark("trade_union", f"union_member={emp[k('union_member')]}".lower())
    emp[k("deductions")] = deductions
    if c.chance(0.3):
        emp[k("accommodation_notes")] = T.special(c, "health", lang if lang != "en" else None)
    if c.chance(0.15):
        emp[k("notes")] = T.special(c, c.pick(("religious_belief", "trade_union",
                                                "sex_life_orientation")), lang)
    return envelope(c, "employee.updated", emp, "hris")


def payroll_de(c: Ctx) -> Any:
    """A German payslip (Lohnabrechnung) as exported by a payroll system."""
    k = c.k
    p = c.person("de")
    brutto = c.money(2400, 6800)
    bezuege = [{k("lohnart"): "1000", k("bezeichnung"): "Grundgehalt", k("betrag"): brutto}]
    if c.chance(0.4):
        bezuege.append({k("lohnart"): "1200", k("bezeichnung"): "Schichtzulage",
                        k("betrag"): c.money(80, 400)})
    abzuege = [{k("bezeichnung"): "Lohnsteuer", k("betrag"): round(brutto * 0.14, 2)},
               {k("bezeichnung"): "Solidaritätszuschlag", k("betrag"): 0.0},
               {k("bezeichnung"): "KV-Beitrag AN", k("betrag"): round(brutto * 0.081, 2)}]
    ma: dict[str, Any] = {k("personalnummer"): f"{c.r.randint(1000, 99999):05d}",
                          k("name"): f"{p.last}, {p.first}",
                          k("geburtsdatum"): c.dob(c.pick(("de", "iso"))),
                          k("steuer_id"): c.steuer_id(c.chance(0.4)),
                          k("steuerklasse"): c.r.randint(1, 5),
                          k("krankenkasse"): c.pick(("AOK Nordwest", "TK", "Barmer", "DAK")),
                          k("bankverbindung"): {k("iban"): c.iban("DE", c.chance(0.6)),
                                                k("bic"): "COBADEFFXXX"}}
    c.neg("krankenkasse name")
    if c.chance(0.75):
        ma[k("kirchensteuermerkmal") if c.chance(0.6) else k("kist")] = c.pick(KIST)
        abzuege.append({k("bezeichnung"): "Kirchensteuer", k("betrag"): round(brutto * 0.012,
                                                                                2)})
        c.mark("religious_belief", "kirchensteuer")
    if c.chance(0.5):
        abzuege.append({k("bezeichnung"): c.pick(UNION_DEDUCTION["de"]),
                        k("betrag"): round(brutto * 0.01, 2)})
        c.mark("trade_union", "gewerkschaftsbeitrag")
    doc: dict[str, Any] = {k("abrechnungsmonat"): f"{c.r.randint(2023, 2025)}-"
                                                   f"{c.r.randint(1, 12):02d}",
                           k("mandant"): "Nordlicht Versand AG",
                           k("mitarbeiter"): ma, k("bezuege"): bezuege, k("abzuege"): abzuege}
    if c.chance(0.35):
        doc[k("fehlzeiten")] = [{k("art"): "Arbeitsunfähigkeit", k("von"): c.day().isoformat(),
                                 k("tage"): c.r.randint(2, 15),
                                 k("bemerkung"): T.special(c, "health", "de")}]
    return doc


def leave_request(c: Ctx) -> Any:
    """An absence request from a self-service HR portal."""
    k = c.k
    p = c.person()
    lang = lang_of(p)
    kind = c.r.random()
    body: dict[str, Any] = {k("request_id"): c.uuid(), k("employee"): name_block(c, p, lang),
                            k("from"): c.day(2024, 2025).isoformat(),
                            k("days"): c.r.randint(1, 20), k("status"): "pending"}
    if kind < 0.55:
        body[k("type")] = c.pick(("sick", "medical", "Krankheit", "maladie", "enfermedad"))
        body[k("reason")] = T.special(c, "health", lang)
    elif kind < 0.7:
        body[k("type")] = c.pick(("religious_observance", "personal"))
        body[k("reason")] = T.special(c, "religious_belief", lang)
    elif kind < 0.8:
        body[k("type")] = c.pick(("union_duty", "trade_union_activity", "délégation"))
        body[k("reason")] = T.special(c, "trade_union", lang)
    else:
        body[k("type")] = c.pick(("vacation", "Urlaub", "congés payés", "vacaciones"))
        body[k("reason")] = T.neutral(c, lang)
        body[k("policy_note")] = T.near_miss(c, "criminal_record")
    if c.chance(0.4):
        body[k("approver_email")] = c.email(c.person(silent=True), work=True)
    return body


def recruiting_application(c: Ctx) -> Any:
    """An applicant-tracking-system 'application submitted' webhook with voluntary self-id."""
    k = c.k
    p = c.person()
    lang = lang_of(p)
    cand: dict[str, Any] = {k("candidate_id"): c.obj_id("cand", 10)}
    cand.update(name_block(c, p, lang))
    cand.update(contact_block(c, p, lang))
    if c.chance(0.5):
        cand[k("location")] = c.pick(("Tacoma, WA", "Leeds, UK", "Kassel", "Rennes",
                                      "Zaragoza"))
    cand[k("resume_url")] = f"https://files.example-ats.com/r/{c.hexs(24)}.pdf"
    answers: list[dict[str, Any]] = []
    if c.chance(0.6):
        q = c.pick(("Have you ever been convicted of a felony?",
                    "Have you been convicted of a crime in the last seven years?",
                    "¿Tiene antecedentes penales?"))
        a = c.pick(("No", "Yes - misdemeanor in 2015, details attached", "No"))
        answers.append({k("question"): q, k("answer"): a})
        c.mark("criminal_record", "conviction question answered")
    if c.chance(0.5):
        answers.append({k("question"): "Are you legally authorized to work in this country?",
                        k("answer"): "Yes"})
    cand[k("screening_answers")] = answers
    eeo: dict[str, Any] = {}
    if c.chance(0.6):
        v = c.pick(US_RACE + DECLINE)
        eeo[k("race")] = v
        if v not in DECLINE:
            c.mark("racial_ethnic_origin", "eeo race")
    if c.chance(0.5):
        v = c.pick((DISABILITY_YES, DISABILITY_NO, DISABILITY_SKIP))
        eeo[k("disability")] = v
        if v != DISABILITY_SKIP:
            c.mark("health", "disability answer")
    if c.chance(0.4):
        eeo[k("gender")] = c.pick(("Woman", "Man", "Decline to self-identify"))
        c.neg("gender")
    if c.chance(0.35):
        v = c.pick(("Heterosexual or straight", "Gay or lesbian", "Bisexual",
                    "Prefer not to say"))
        eeo[k("sexual_orientation")] = v
        if v != "Prefer not to say":
            c.mark("sex_life_orientation", "self-id orientation")
    if eeo:
        cand[k("voluntary_self_identification")] = eeo
    if c.chance(0.3):
        cand[k("cover_letter_excerpt")] = T.special(c, c.pick((
            "racial_ethnic_origin", "health", "religious_belief")), lang)
    return envelope(c, "application.created", {k("job_id"): f"REQ-{c.r.randint(100, 9999)}",
                                               k("candidate"): cand}, "ats")


def benefits_enrollment(c: Ctx) -> Any:
    k = c.k
    p = c.person("en")
    spouse = c.person("en", tag="dependent name")
    deps: list[dict[str, Any]] = [{k("relationship"): c.pick(("spouse", "domestic_partner")),
                                   k("name"): spouse.full,
                                   k("dob"): c.dob(c.pick(("iso", "us")))}]
    if c.chance(0.4):
        child = c.person("en", tag="dependent name")
        dep: dict[str, Any] = {k("relationship"): "child", k("name"): child.full,
                               k("dob"): c.dob("iso", c.birth(2008, 2022))}
        if c.chance(0.5):
            dep[k("disabled_dependent")] = True
            dep[k("disability_description")] = c.pick(("Cerebral palsy", "Type 1 diabetes",
                                                        "Down syndrome"))
            c.mark("health", "dependent disability")
        deps.append(dep)
    doc: dict[str, Any] = {k("enrollment_id"): c.uuid(), k("plan_year"): 2025,
                           k("subscriber"): {k("name"): p.full, k("ssn"): c.ssn(),
                                             k("email"): c.email(p, work=True)},
                           k("elections"): [{k("plan"): "Medical - HDHP", k("tier"): "family",
                                             k("per_pay_period"): c.money(80, 260)},
                                            {k("plan"): "Dental PPO", k("tier"): "family"}],
                           k("dependents"): deps}
    c.neg("plan names")
    if c.chance(0.4):
        doc[k("life_event_note")] = T.special(c, "sex_life_orientation", "en")
    return doc
