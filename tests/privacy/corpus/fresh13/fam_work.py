"""Legal aid, recruiting, insurance, tenancy, schools, gig work and payroll payloads."""

from __future__ import annotations

from . import pools, shapes
from .common import biometric_blob, contact, name_fields, national_id, scatter_text
from .ctx import Ctx

OFFENCES = {"en": ["theft", "assault", "possession of a controlled substance", "DUI",
                   "criminal damage", "fraud by false representation", "burglary"],
            "de": ["Diebstahl (§ 242 StGB)", "Körperverletzung (§ 223 StGB)", "Betrug (§ 263 StGB)",
                   "Trunkenheit im Verkehr (§ 316 StGB)"],
            "fr": ["vol simple", "violences volontaires", "conduite en état d'ivresse",
                   "outrage à agent"],
            "es": ["hurto", "lesiones", "conducción bajo los efectos del alcohol", "estafa"]}


CLEAR_RECORD = ("clear", "vierge", "sin antecedentes", "ohne Eintragungen")


def legal_aid_intake(c: Ctx) -> dict:
    p = c.person()
    lang = c.lang
    matter = c.rot(["criminal", "employment", "criminal", "family", "criminal", "immigration",
                    "criminal", "employment", "housing"])
    applicant: dict = {**name_fields(c, p), **contact(c, p, email=0.6, phone=0.8, dob=0.7,
                                                      address=0.6)}
    if c.chance(0.3):
        k, v = national_id(c)
        applicant[k] = v
    body: dict = {"intakeId": f"LA-{c.b62(8).upper()}", "received": c.ts(), "channel": c.pick(
        ["web", "phone", "walk-in"]), "applicant": applicant, "matter": {"type": matter}}
    if matter == "criminal":
        charges = [{"offence": c.pick(OFFENCES.get(lang, OFFENCES["en"])),
                    "status": c.pick(["charged", "pending", "convicted", "under investigation"]),
                    "court_date": c.day()} for _ in range(c.n(1, 2))]
        body["matter"][c.pick(["charges", "Tatvorwurf", "infractions", "cargos"])] = charges
        c.tag("criminal_record", "charges")
        if c.chance(0.5):
            body["matter"][c.k("criminal")] = c.pick(["none", "keine", "néant",
                                                      "2 prior (2014, 2019)",
                                                      "ninguno"])
        if c.chance(0.5):
            body["matter"]["summary"] = c.say("criminal_record", lang, avoid=CLEAR_RECORD)
    elif matter == "employment":
        body["matter"]["summary"] = c.say("trade_union", lang)
        body["matter"]["employer"] = c.pick(pools.ORGS)
    elif matter == "family":
        body["matter"]["summary"] = c.one(lambda: c.say("genetic", lang),
                                          lambda: c.say_multi("genetic"))
        body["matter"]["other_party"] = c.person().full()
    elif matter == "immigration":
        body["matter"]["summary"] = c.say(c.pick(["religious_belief", "racial_ethnic_origin",
                                                  "sex_life_orientation", "political_opinion"]),
                                          lang)
        body["matter"]["interpreter"] = c.pick(["Arabic", "Dari", "Ukrainian", "Farsi",
                                                "Portuguese"])
    else:
        body["matter"]["summary"] = c.pick(["Eviction notice received, rent arrears 3 months.",
                                            "Räumungsklage angekündigt.",
                                            "Avis d'expulsion reçu la semaine dernière."])
        body["matter"]["landlord"] = c.pick(["Hostly Wohnen GmbH", "Greystar", "Vonovia SE"])
    if c.chance(0.3):
        body["eligibility"] = {"income_monthly": c.money(400, 2500),
                               "disability": c.pick(["No, I do not have a disability",
                                                     "Yes - mobility impairment",
                                                     "Prefer not to say"])}
        if body["eligibility"]["disability"] != "Prefer not to say":
            c.tag("health", "disability")
    if c.chance(0.2):
        body["matter"]["other_party"] = c.person().full()
    return shapes.jsonapi(c, "intakes", body) if c.chance(0.4) else body


def ats_candidate(c: Ctx) -> dict:
    c.set_loc(c.rot(["us", "uk", "us", "de", "us", "fr", "es"]))
    p = c.person()
    cand: dict = {"id": c.n(10000000, 99999999), **name_fields(c, p, True),
                  "email_addresses": [{"value": p.email(), "type": "personal"}],
                  "applications": [{"job": c.pick(["Warehouse Associate", "Senior Backend Engineer",
                                                    "Care Assistant", "Delivery Driver",
                                                    "Data Analyst"]),
                                    "stage": c.pick(["Application Review", "Phone Screen",
                                                     "Offer"]), "applied_at": c.ts()}]}
    if c.chance(0.6):
        cand["phone_numbers"] = [{"value": c.phone(), "type": "mobile"}]
    if c.chance(0.4):
        cand["addresses"] = [{"value": c.address(form="line"), "type": "home"}]
    if c.chance(0.35):
        cand["resume_text"] = (c.pick(["Experienced team lead. ", "Berufserfahrung: 6 Jahre. ",
                                       "Profil : développeur. "])
                               + scatter_text(c, kinds=["trade_union", "religious_belief",
                                                        "political_opinion", "health"]))
    if c.loc == "us":
        race = c.pick(["Hispanic or Latino", "Black or African American", "Asian", "White",
                       "Two or More Races", "American Indian or Alaska Native",
                       "Decline to self-identify"])
        eeo: dict = {"race": race, "gender": c.pick(["Female", "Male", "Decline to self-identify"]),
                     "veteran_status": c.pick(["I am not a protected veteran",
                                               "I don't wish to answer"])}
        if race != "Decline to self-identify":
            c.tag("racial_ethnic_origin", "eeo")
        dis = c.pick(["No, I do not have a disability", "Yes, I have a disability",
                      "I do not want to answer"])
        eeo["disability_status"] = dis
        if dis != "I do not want to answer":
            c.tag("health", "eeo_disability")
        cand["eeoc"] = eeo
    if c.rot([True, True, False]):
        check: dict = {"vendor": c.pick(["Checkr", "Sterling", "HireRight"]),
                       "status": "complete", "package": c.pick(["basic", "driver_pro", "standard"])}
        if c.rot([True, True, True, False]):
            check["criminal"] = c.pick(["clear", "clear", "consider: misdemeanor 2016"])
            check["county_searches"] = [{"county": c.pick(["Travis", "Multnomah", "Franklin"]),
                                         "result": "no records"}]
            c.tag("criminal_record", "background_check")
        check["employment_verification"] = c.pick(["verified", "unable to verify"])
        cand["background_check"] = check
    if c.loc == "de" and c.chance(0.4):
        cand["führungszeugnis"] = c.pick(["ohne Eintragungen", "liegt vor - 1 Eintrag"])
        c.tag("criminal_record", "certificate")
    if c.chance(0.25):
        cand["source"] = {"referrer": c.person().full(), "channel": "referral"}
    return shapes.page(c, [cand], "candidates") if c.chance(0.5) else cand


def insurance_quote(c: Ctx) -> dict:
    c.set_loc(c.rot(["us", "de", "uk", "us", "fr", "es"]))
    p = c.person()
    applicant: dict = {**name_fields(c, p), c.k("dob"): c.dob(),
                       **contact(c, p, email=0.7, phone=0.5, dob=0, address=0.6)}
    product = c.rot(["private_health", "term_life_20", "home_contents", "income_protection"])
    quote: dict = {"quoteId": f"Q-{c.b62(10).upper()}", "product": product,
                   "applicant": applicant, "premium_monthly": c.money(9, 220)}
    if product != "home_contents" and c.loc in ("us", "fr") and c.chance(0.7):
        k, v = national_id(c)
        applicant[k] = v
    if product != "home_contents":
        qs = [("Have you ever been diagnosed with cancer, heart disease or diabetes?",
               c.pick(["No", "No", "Yes - type 2 diabetes, diet controlled"])),
              ("Are you currently taking any prescribed medication?",
               c.pick(["No", "Yes: sertraline 50mg", "Yes: levothyroxine"])),
              ("Have you been in hospital in the last 5 years?", c.pick(["No",
                                                                         "Yes, appendectomy"])),
              ("Have you ever tested positive for HIV?", "No")]
        quote["questionnaire"] = [{"q": q, "a": a} for q, a in c.sample(qs, c.n(2, 4))]
        c.tag("health", "questionnaire")
        if c.rot([True, False, True, True, False, False]):
            quote["genetic_test"] = {"taken": True, "gene": c.pick(["BRCA1", "BRCA2", "HTT",
                                                                    "APOE"]),
                                     "result": c.pick(["pathogenic variant detected",
                                                       "heterozygous e4 carrier",
                                                       "no variant detected"])}
            c.tag("genetic", "insurance")
        if c.loc == "us" and product == "private_health":
            quote["demographics"] = {"ethnicity": c.pick(["Hispanic or Latino",
                                                          "Not Hispanic or Latino"]),
                                     "race": c.sample(["Asian Indian", "Black or African American",
                                                       "White", "Filipino", "Samoan"], c.n(1, 2))}
            c.tag("racial_ethnic_origin", "application")
    else:
        quote["property"] = {"address": c.address(), "rebuild_value": c.n(100, 900) * 1000}
        if c.rot([True, True, False]):
            quote["questionnaire"] = [{"q": "Do you or anyone living with you have any unspent "
                                            "criminal convictions?", "a": c.pick(["No", "Yes"])}]
            c.tag("criminal_record", "questionnaire")
    if c.chance(0.5):
        quote["payment"] = c.one(lambda: {"iban": c.iban()}, lambda: {"card": c.card()})
    return shapes.webhook(c, "quote.created", quote, "insurance") if c.chance(0.4) else quote


def tenancy_application(c: Ctx) -> dict:
    p = c.person()
    applicant: dict = {**name_fields(c, p), **contact(c, p, email=0.9, phone=0.7, dob=0.6,
                                                      address=0)}
    applicant["current_address"] = c.address()
    if c.loc == "us" and c.chance(0.6):
        applicant["ssn"] = c.national_id("ssn", c.pick(["dashed", "plain"]))
    app: dict = {"applicationId": c.uuid(), "unit": f"Unit {c.n(1, 40)}{c.pick('ABC')}",
                 "applicant": applicant,
                 "employment": {"employer": c.pick(pools.ORGS), "monthly_income": c.money(1500,
                                                                                          9000)},
                 "screening": {"credit_score": c.n(520, 820),
                               "eviction_history": c.pick(["none", "1 filing (2019), dismissed"])}}
    if c.rot([True, True, False]):
        app["screening"]["criminal_background"] = c.pick(["clear", "no records found",
                                                          "1 misdemeanor (2016)"])
        c.tag("criminal_record", "screening")
    if c.chance(0.5):
        q = c.person()
        app["references"] = [{"name": q.full(), "phone": c.phone(),
                              "relation": "previous landlord"}]
    if c.chance(0.4):
        if c.loc == "us":
            routing, account = c.us_bank()
            app["bank"] = {"routing_number": routing, "account_number": account}
        else:
            app["bank"] = {"iban": c.iban()}
    if c.chance(0.3):
        app["notes"] = scatter_text(c)
    if c.loc == "de" and c.chance(0.5):
        app["schufa"] = {"score": c.n(80, 99), "status": "positiv"}
    return {"application": app} if c.chance(0.5) else shapes.jsonapi(c, "applications", app)


UK_ETHNICITY = [("WBRI", "White - British"), ("BCRB", "Black - Caribbean"),
                ("APKN", "Asian - Pakistani"), ("MWBA", "Mixed White and Black African"),
                ("WROM", "Gypsy/Roma"), ("CHNE", "Chinese"), ("REFU", "Refused")]


def school_portal(c: Ctx) -> dict:
    c.set_loc(c.pick(["uk", "uk", "fr", "de", "es", "us"]))
    p = c.person()
    student: dict = {"studentId": f"S{c.n(10000, 99999)}", **name_fields(c, p),
                     c.k("dob"): c.dob(young=True), "year_group": c.n(1, 13)}
    g = c.person()
    student["guardians"] = [{"name": g.full(), "relationship": c.pick(["mother", "father",
                                                                       "carer"]),
                             "phone": c.phone(), **({"email": g.email()} if c.chance(0.6) else {})}]
    if c.chance(0.4):
        student["address"] = c.address()
    if c.loc == "uk" and c.chance(0.6):
        code, label = c.pick(UK_ETHNICITY)
        student["ethnicity"] = {"code": code, "description": label}
        if code != "REFU":
            c.tag("racial_ethnic_origin", "census_code")
    if c.chance(0.45):
        student[c.pick(["sen", "SEND", "besoins_particuliers", "Förderbedarf", "nee"])] = {
            "status": c.pick(["EHCP", "SEN support", "PAP", "PAI"]),
            "needs": c.sample(["autism", "dyslexia", "ADHD", "hearing impairment",
                               "type 1 diabetes"],
                              c.n(1, 2))}
        c.tag("health", "sen")
    if c.chance(0.3):
        student["medical"] = {"allergies": c.sample(["peanut", "egg", "penicillin"], 1),
                              "inhaler": c.chance(0.5)}
        c.tag("health", "medical")
    if c.chance(0.3):
        student[c.pick(["religion", "Religionszugehörigkeit", "religión"])] = c.pick(
            ["Muslim", "Roman Catholic", "evangelisch", "católica", "Sikh", "Jewish"])
        c.tag("religious_belief", "student")
    if c.rot([True, False]):
        key, blob = biometric_blob(c, "finger")
        student["canteen"] = {"cashless": True, "balance": c.money(0, 40), key: blob}
    if c.rot([True, False, False]):
        staff = c.person()
        student["form_tutor"] = {"name": staff.full(), "dbs_check": {"level": "enhanced",
                                                                     "result": "clear",
                                                                     "checked": c.day()}}
        c.tag("criminal_record", "dbs")
    if c.chance(0.2):
        student["safeguarding_note"] = scatter_text(c, kinds=["health", "religious_belief",
                                                              "criminal_record"])
    return shapes.page(c, [student], "students") if c.chance(0.5) else {"student": student}


def gig_onboarding(c: Ctx) -> dict:
    p = c.person()
    worker: dict = {"workerId": c.oid("wrk", 10), **name_fields(c, p),
                    **contact(c, p, email=0.8, phone=0.9, dob=0.7, address=0.6)}
    body: dict = {"worker": worker, "vehicle": {"type": c.pick(["bike", "e-bike", "car",
                                                                "scooter"])},
                  "status": c.pick(["pending_review", "approved", "docs_required"])}
    if c.rot([True, True, False]):
        k, v = national_id(c)
        worker[k] = v
    if c.rot([True, False]):
        body["right_to_work"] = {"document": {"type": "passport", "number": c.passport(
            c.pick(["GB", "DE", "FR", "ES", "IN", "NG", "IT"])), "expires": c.day()}}
    pay = c.pick(["iban", "iban", "us", "uk"])
    if pay == "iban":
        body["payout"] = {"iban": c.iban(), "holder": p.full()}
    elif pay == "us":
        routing, account = c.us_bank()
        body["payout"] = {"routing_number": routing, "account_number": account}
    else:
        sort, acct = c.uk_bank()
        body["payout"] = {"sort_code": sort, "account_number": acct}
    if c.rot([True, True, False]):
        body["background_check"] = {"criminal": c.pick(["clear", "clear", "consider"]),
                                    "completed": c.day()}
        c.tag("criminal_record", "background_check")
    if c.rot([False, True]):
        key, blob = biometric_blob(c, "face")
        body["selfie_check"] = {key: blob, "liveness": "passed"}
    elif c.chance(0.4):
        body["selfie_check"] = {"match_score": round(c.r.uniform(0.7, 0.99), 3), "result": "match"}
    if c.chance(0.35):
        lat, lon = c.coords()
        body["last_location"] = {"lat": lat, "lng": lon, "accuracy_m": c.n(3, 30)}
    return shapes.webhook(c, "worker.onboarded", body, "gigforce") if c.chance(0.4) else body


def hr_payroll_sync(c: Ctx) -> dict:
    c.set_loc(c.pick(["de", "de", "uk", "us", "fr", "es"]))
    rows = []
    for idx in range(c.n(1, 3)):
        e = c.person()
        row: dict = {"personnelNo": f"P{c.n(1000, 9999)}", **name_fields(c, e, True)}
        if c.chance(0.7):
            k, v = national_id(c)
            row[k] = v
        if c.loc == "de":
            row["steuerklasse"] = c.n(1, 5)
            if c.chance(0.6):
                row["kirchensteuermerkmal"] = c.pick(["rk", "ev", "ak", "lt"])
                c.tag("religious_belief", "church_tax")
        if c.chance(0.6):
            row["iban"] = c.iban()
        roll = c.r.random()
        if idx == 0:
            roll = c.rot([0.1, 0.5])
        if roll < 0.35:
            row[c.pick(["union_dues", "gewerkschaftsbeitrag", "cotisation_syndicale",
                        "cuota_sindical"])] = c.money(8, 40)
            c.tag("trade_union", "dues")
        elif roll < 0.6:
            row[c.k("union")] = c.pick([True, False])
            c.tag("trade_union", "flag")
        if c.chance(0.4):
            row["absences"] = [{"type": "sick", "from": c.day(), "days": c.n(1, 15),
                                "reason": c.pick(["Bandscheibenvorfall", "influenza",
                                                  "burn-out", "COVID-19", "grossesse pathologique",
                                                  "migraña"])}]
            c.tag("health", "sick_leave")
        elif c.chance(0.4):
            row["absences"] = [{"type": "vacation", "from": c.day(), "days": c.n(1, 15)}]
        if c.loc == "us" and c.chance(0.6):
            row["eeo1"] = {"race_ethnicity": c.pick(["Hispanic or Latino", "Asian",
                                                     "Black or African American", "White"]),
                           "job_category": c.pick(["Professionals", "Service Workers"])}
            c.tag("racial_ethnic_origin", "eeo1")
        if c.chance(0.25):
            key, blob = biometric_blob(c, c.pick(["palm", "finger"]))
            row["time_clock"] = {key: blob}
        rows.append(row)
    return {"sync": c.uuid(), "provider": c.pick(["personio", "workday", "sage", "a3nom"]),
            "period": c.day()[:7], "employees": rows}


# ---------------------------------------------------------------- clean look-alikes

def hr_policy(c: Ctx) -> dict:
    return {"policy": "employee-handbook", "version": c.semver(), "rules": {
        "probation_period_months": c.pick([3, 6]),
        "sick_leave": {"paid_days": c.pick([10, 30, 42]), "certificate_after_days": 3},
        "parental_leave_weeks": c.pick([12, 14, 26]),
        "background_checks": "criminal record checks only for regulated roles",
        "union_recognition": {"collective_agreement": c.pick(["TVöD", "none", "Syntec"]),
                              "works_council": c.chance(0.7)}},
        "holidays": [{"name": n, "date": c.day()} for n in c.sample(
            ["Good Friday", "Eid al-Fitr (floating)", "Yom Kippur (floating)", "Fronleichnam",
             "Christmas Day", "Diwali (floating)"], 3)],
        "updated": c.ts()}


def legal_kb(c: Ctx) -> dict:
    arts = [{"id": c.oid("kb", 8), "title": t, "tags": tags, "updated": c.day(),
             "summary": s} for t, tags, s in c.sample([
                 ("What happens after an arrest?", ["criminal law"],
                  "General overview of custody time limits and the right to a lawyer."),
                 ("Spent and unspent convictions", ["criminal records"],
                  "How rehabilitation periods work for job applications."),
                 ("Joining a trade union", ["employment"],
                  "Your right to join or not join a union is protected by law."),
                 ("Discrimination at work", ["equality"],
                  "Protected characteristics include religion, race and sexual orientation."),
                 ("Räumungsklage: Ihre Rechte", ["Mietrecht"],
                  "Allgemeine Hinweise zur Räumung und Fristen."),
                 ("Casier judiciaire : qui peut le consulter ?", ["pénal"],
                  "Informations générales sur les bulletins n°1, 2 et 3.")], c.n(2, 4))]
    return shapes.page(c, arts, "articles")


def school_timetable(c: Ctx) -> dict:
    return {"class": f"{c.n(7, 11)}{c.pick('ABCD')}", "week": c.day(), "timetable": [
        {"day": d, "slots": [{"subject": s, "room": f"R{c.n(1, 40)}",
                              "teacher_code": c.b62(3).upper()}
                             for s in c.sample(["Religious Studies", "Biology: Genetics",
                                                "PSHE: Relationships & sex education",
                                                "Citizenship: elections", "History: civil rights",
                                                "PE", "Maths"], 3)]}
        for d in ["Mon", "Tue", "Wed"]]}


def tenancy_listing(c: Ctx) -> dict:
    city, _, postcode = c.city()
    lat, lon = c.coarse(city)
    return shapes.page(c, [{"listingId": c.oid("lst", 10), "city": city, "postcode": postcode,
                            "geo": {"lat": lat, "lng": lon}, "rent": c.money(600, 2400),
                            "rooms": c.n(1, 5), "features": c.sample(
                                ["balcony", "lift", "pets allowed", "near church", "garden"], 2),
                            "screening_required": ["credit", "references"],
                            "landlord": c.pick(["Hostly Wohnen GmbH", "Greystar", "Vonovia SE"])}
                           for _ in range(c.n(1, 3))], "listings")


def crime_stats(c: Ctx) -> object:
    body = {"source": "open-data",
            "district": c.pick(["Mitte", "Neukölln", "Lyon 3e", "Centro", "Hackney"]),
            "period": f"{c.n(2022, 2024)}-Q{c.n(1, 4)}",
            "offences": {k: c.n(5, 900) for k in c.sample(
                ["burglary", "theft", "assault", "vehicle crime", "fraud", "drug offences"], 4)},
            "clearance_rate": round(c.r.uniform(0.2, 0.6), 2),
            "per_1000_residents": round(c.r.uniform(20, 140), 1)}
    return shapes.respond(c, body, "/open-data/v1/crime")


def screening_catalog(c: Ctx) -> object:
    packages = [("basic", ["ssn_trace", "national_criminal_search"]),
                ("driver_pro", ["mvr", "county_criminal_search"]),
                ("employment", ["employment_verification", "education"]),
                ("tenant", ["eviction_search", "credit_report"])]
    body = {"vendor": c.pick(["Checkr", "Sterling"]), "currency": "USD", "packages": [
        {"name": n, "includes": inc, "price_usd": c.n(19, 120), "turnaround_days": c.n(1, 5)}
        for n, inc in c.sample(packages, c.n(2, 3))]}
    return shapes.respond(c, body, "/v1/packages")


SURVEY_Q = {
    "ethnicity": ("racial_ethnic_origin", ["Black British", "Asian - Indian", "White - Irish",
                                           "Mixed", "Arab", "Roma", "Hispanic/Latinx"]),
    "sexual_orientation": ("sex_life_orientation", ["Gay or lesbian", "Bisexual", "Heterosexual",
                                                    "Queer", "Asexual"]),
    "religion": ("religious_belief", ["No religion", "Christian", "Muslim", "Jewish", "Hindu",
                                      "Sikh", "Buddhist"]),
    "disability": ("health", ["Yes - neurodivergent (ADHD)", "Yes - chronic illness", "No"]),
    "union_member": ("trade_union", ["Yes", "No"]),
}
PREFER_NOT = ["Prefer not to say", "Keine Angabe", "Je préfère ne pas répondre",
              "Prefiero no decirlo"]


def employee_survey(c: Ctx) -> dict:
    responses = []
    focus = c.rot(["union_member", "ethnicity", "sexual_orientation", "ethnicity", "religion",
                   "union_member", "disability"])
    for _ in range(c.n(1, 3)):
        answers: dict = {}
        asked = [focus] + [q for q in c.sample(sorted(SURVEY_Q), c.n(1, 3)) if q != focus]
        for q in asked:
            kind, options = SURVEY_Q[q]
            if c.chance(0.2):
                answers[q] = c.pick(PREFER_NOT)
            else:
                answers[q] = c.pick(options)
                c.tag(kind, "survey")
        resp: dict = {"respondent": c.sha256()[:16], "submitted": c.ts(), "answers": answers}
        if c.chance(0.5):
            e = c.person()
            resp["respondent"] = e.email(c.pick(pools.WORK_DOMAINS), "work")
            if c.chance(0.5):
                resp["name"] = e.full()
        if c.chance(0.25):
            resp["comment"] = scatter_text(c, kinds=["racial_ethnic_origin",
                                                     "sex_life_orientation", "religious_belief",
                                                     "trade_union"])
        responses.append(resp)
    return {"survey": c.pick(["DEI census 2024", "Mitarbeiterbefragung", "Enquête égalité"]),
            "anonymity": c.pick(["confidential", "identified"]), "responses": responses}


ASYLUM_ETHNICITY = ["Hazara", "Kurdish", "Rohingya", "Uyghur", "Tigrayan", "Roma", "Baloch",
                    "Yazidi", "Amhara"]
ASYLUM_RELIGION = ["Shia Muslim", "Sunni Muslim", "Yazidi", "Christian (Orthodox)",
                   "Ahmadiyya", "Baha'i", "none (apostate)"]


def asylum_case(c: Ctx) -> dict:
    """Immigration case-management record kept by a legal-aid organisation."""
    c.set_loc(c.pick(["de", "fr", "es", "uk"]))
    p = c.person(c.pick(["ar", "fa", "tr", "ua", "ke", "ng"]))
    client: dict = {**name_fields(c, p), c.k("dob"): c.dob(),
                    "nationality": c.pick(["AF", "SY", "IQ", "ER", "MM", "CN", "TR", "ET"]),
                    c.k("ethnicity"): c.pick(ASYLUM_ETHNICITY),
                    "languages": c.sample(["Dari", "Farsi", "Kurmanji", "Arabic", "Tigrinya",
                                           "English", "French"], 2)}
    c.tag("racial_ethnic_origin", "case_field")
    if c.chance(0.6):
        client[c.k("religion")] = c.pick(ASYLUM_RELIGION)
        c.tag("religious_belief", "case_field")
    if c.chance(0.5):
        client["phone"] = c.phone()
    case: dict = {"caseRef": f"AS-{c.n(2022, 2025)}-{c.n(1000, 9999)}", "client": client,
                  "stage": c.pick(["screening", "interview scheduled", "appeal", "granted"]),
                  "statement": c.say(c.rot(["political_opinion", "religious_belief",
                                            "sex_life_orientation", "racial_ethnic_origin",
                                            "criminal_record"]))}
    if c.rot([True, False]):
        case["documents"] = [{"type": "passport", "number": c.passport(c.pick(["IN", "NG", "GB"])),
                              "held_by": "client"}]
    if c.chance(0.4):
        case["caseworker"] = {"name": c.person().full(), "email": c.email(kind="work")}
    if c.chance(0.3):
        case["health_needs"] = c.say("health")
    return {"case": case} if c.chance(0.5) else shapes.jsonapi(c, "cases", case)
