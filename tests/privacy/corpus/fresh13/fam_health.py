"""Telehealth, mental-health, cycle-tracking, pharmacy, wearable and genomics payloads."""

from __future__ import annotations

from . import shapes, values
from .common import contact, masked_card, name_fields, national_id
from .ctx import Ctx
from .texts import CHAT_FILLER

ICD10 = [("F41.1", "Generalized anxiety disorder"), ("E11.9", "Type 2 diabetes mellitus"),
         ("J45.40", "Moderate persistent asthma"), ("F32.1", "Major depressive disorder, moderate"),
         ("I10", "Essential hypertension"), ("G43.909", "Migraine, unspecified"),
         ("M54.5", "Low back pain"), ("O09.90", "High-risk pregnancy supervision"),
         ("B20", "HIV disease"), ("F90.0", "ADHD, predominantly inattentive"),
         ("K50.90", "Crohn's disease"), ("E03.9", "Hypothyroidism"),
         ("F43.10", "Post-traumatic stress disorder"), ("L40.0", "Psoriasis vulgaris"),
         ("F50.2", "Bulimia nervosa"), ("G35", "Multiple sclerosis")]
ICD10_DE = [("F32.1", "Mittelgradige depressive Episode"), ("M51.2", "Bandscheibenvorfall"),
            ("E10.9", "Diabetes mellitus Typ 1"), ("J30.1", "Heuschnupfen"),
            ("F41.0", "Panikstörung")]
ICD10_FR = [("E11.9", "Diabète de type 2"), ("F43.2", "Trouble de l'adaptation"),
            ("K58.9", "Syndrome de l'intestin irritable"), ("F41.1", "Anxiété généralisée")]
ICD10_ES = [("I10", "Hipertensión esencial"), ("F41.1", "Trastorno de ansiedad generalizada"),
            ("J45.9", "Asma"), ("E66.9", "Obesidad")]
MEDS = [("sertraline", "50 mg"), ("metformin", "850 mg"), ("levothyroxine", "75 mcg"),
        ("salbutamol", "100 mcg/dose"), ("lisinopril", "10 mg"), ("escitalopram", "10 mg"),
        ("methylphenidate", "18 mg"), ("adalimumab", "40 mg"),
        ("bictegravir/emtricitabine/TAF", "50/200/25 mg"), ("sumatriptan", "50 mg"),
        ("quetiapine", "25 mg"), ("insulin glargine", "20 units"), ("lamotrigine", "100 mg"),
        ("buprenorphine", "8 mg"), ("emtricitabine/tenofovir (PrEP)", "200/245 mg")]
ALLERGIES = ["penicillin", "peanuts", "latex", "sulfonamides", "shellfish", "ibuprofen",
             "Penicillin", "Pollen", "arachides", "mariscos"]
SYMPTOMS = ["cramps", "headache", "bloating", "acne", "fatigue", "tender_breasts",
            "mood_swings", "back_pain", "nausea", "spotting"]


def _diag(c: Ctx) -> dict:
    table = {"de": ICD10_DE, "fr": ICD10_FR, "es": ICD10_ES}.get(c.lang, ICD10)
    code, label = c.pick(table)
    c.tag("health", "icd10")
    style = c.pick(["fhir", "flat", "code"])
    if style == "fhir":
        return {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": code,
                            "display": label}], "clinicalStatus": "active"}
    if style == "flat":
        return {"code": code, "label": label}
    return code


def _meds(c: Ctx, k: int | None = None) -> list:
    c.tag("health", "medication")
    out = []
    for drug, dose in c.sample(MEDS, k or c.n(1, 3)):
        out.append(c.pick([
            {"drug": drug, "strength": dose, "sig": c.pick(["1 tab PO daily", "1-0-1", "PRN",
                                                           "2 puffs q4h prn", "qHS"])},
            {"name": drug, "dose": dose, "refills": c.n(0, 5)},
            f"{drug} {dose}",
        ]))
    return out


def _race_extension(c: Ctx) -> dict:
    code, label = c.pick([("2054-5", "Black or African American"), ("2106-3", "White"),
                          ("2028-9", "Asian"), ("1002-5", "American Indian or Alaska Native"),
                          ("2076-8", "Native Hawaiian or Other Pacific Islander")])
    c.tag("racial_ethnic_origin", "coded")
    return {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
            "extension": [{"url": "ombCategory", "valueCoding": {
                "system": "urn:oid:2.16.840.1.113883.6.238", "code": code, "display": label}}]}


def telehealth_visit(c: Ctx) -> dict:
    p = c.person()
    doc_p = c.person()
    patient: dict = {"id": c.oid("pat", 12), **name_fields(c, p)}
    patient.update(contact(c, p, email=0.5, phone=0.4, dob=0.6, address=0.2))
    if c.chance(0.25):
        patient["ssnLast4"] = f"{c.n(1, 9999):04d}"
    if c.chance(0.15):
        key, value = national_id(c)
        patient[key] = value
    if c.loc == "us" and c.chance(0.7):
        patient["extension"] = [_race_extension(c)]
    if c.chance(0.3):
        patient["gender"] = c.pick(["female", "male", "non-binary", "unknown"])
        patient["pronouns"] = c.pick(["she/her", "he/him", "they/them"])
    visit: dict = {
        "visitId": c.uuid(), "type": c.pick(["video", "async", "phone"]),
        "startedAt": c.ts(), "durationMin": c.n(8, 55),
        "clinician": {"npi": f"1{c.n(100000000, 999999999)}",
                      "displayName": "Dr. " + doc_p.full(),
                      "specialty": c.pick(["psychiatry", "family medicine", "dermatology",
                                           "endocrinology", "sexual health"])},
        "assessment": {c.k("diagnosis"): [_diag(c) for _ in range(c.n(1, 2))]},
    }
    if c.chance(0.7):
        visit["assessment"]["note"] = c.say("health")
    if visit["clinician"]["specialty"] == "sexual health":
        visit["sexualHistory"] = c.one(lambda: c.say("sex_life_orientation"),
                                       lambda: c.say_multi("sex_life_orientation"))
    if c.chance(0.6):
        visit[c.k("medication")] = _meds(c)
    if c.chance(0.3):
        visit[c.k("allergy")] = c.sample(ALLERGIES, c.n(1, 2))
        c.tag("health", "allergy")
    if c.chance(0.2):
        visit["socialHistory"] = c.say(c.pick(["sex_life_orientation", "religious_belief",
                                               "criminal_record", "racial_ethnic_origin"]))
    if visit["clinician"]["specialty"] in ("endocrinology", "family medicine") and c.chance(0.25):
        visit["genetics"] = {"test": c.pick(["PGx panel", "MODY panel", "carrier screen"]),
                             "result": c.one(lambda: c.say("genetic"),
                                             lambda: c.say_multi("genetic"))}
    if c.chance(0.3):
        visit["session"] = {"clientIp": c.ip(), "userAgent": c.user_agent()}
    body = {"patient": patient, "visit": visit}
    if c.chance(0.4):
        return shapes.webhook(c, "visit.completed", body, "telehealth")
    return {"data": body, "meta": shapes.http_meta(c, "GET", f"/v1/visits/{visit['visitId']}")}


def mental_health_chat(c: Ctx) -> dict:
    lang = c.pick(["en", "en", "de", "fr", "es", "mix"])
    p = c.person()
    therapist = c.person()
    client_label = c.pick(["client", "member", "user"])
    msgs = []
    filler = CHAT_FILLER.get(lang, CHAT_FILLER["en"])
    turns = c.n(3, 7)
    sensitive_at = c.n(1, turns - 1)
    for i in range(turns):
        who = client_label if i % 2 == 0 else "therapist"
        if i == sensitive_at and who != client_label:
            who = client_label
        if i == sensitive_at:
            text = c.say("health", lang if lang != "mix" else "mix")
        elif who == client_label and c.chance(0.25):
            text = c.say(c.pick(["sex_life_orientation", "religious_belief", "criminal_record",
                                 "racial_ethnic_origin", "trade_union", "health"]), lang)
        else:
            text = c.pick(filler)
        msgs.append({"id": c.oid("msg", 10), "from": who, "text": text, "sentAt": c.ts("z")})
    session: dict = {"sessionId": c.uuid(), "program": c.pick(["anxiety-8wk", "sleep-reset",
                                                              "couples", "grief-support"]),
                     "participants": {client_label: {"handle": p.handle()},
                                      "therapist": {"displayName": therapist.full(),
                                                    "credentials": c.pick(["LCSW", "PsyD",
                                                                           "Dipl.-Psych."])}},
                     "messages": msgs}
    if c.chance(0.4):
        session["mood_checkin"] = {"mood": c.n(1, 10), "anxiety": c.n(1, 10),
                                   "phq9": c.n(3, 24), "at": c.ts()}
        c.tag("health", "score")
    if c.chance(0.25):
        session["participants"][client_label]["email"] = p.email()
    if c.chance(0.2):
        session["emergencyContact"] = {"name": c.person().full(), "phone": c.phone()}
    return shapes.page(c, [session], "sessions") if c.chance(0.3) else {"session": session}


def cycle_tracker_sync(c: Ctx) -> dict:
    keys = c.pick([
        {"flow": "flow", "sym": "symptoms", "sex": "sex", "note": "notes"},
        {"flow": "bleeding", "sym": "symptomTags", "sex": "intercourse", "note": "note"},
        {"flow": "blutung", "sym": "symptome", "sex": "geschlechtsverkehr", "note": "notiz"},
        {"flow": "flux", "sym": "symptômes", "sex": "rapport", "note": "remarque"},
        {"flow": "flujo", "sym": "síntomas", "sex": "relaciones", "note": "nota"},
    ])
    entries = []
    logged_sex = False
    for _ in range(c.n(2, 5)):
        e: dict = {"date": c.day(), keys["flow"]: c.pick(["none", "light", "medium", "heavy",
                                                          "spotting"])}
        if c.chance(0.7):
            e[keys["sym"]] = c.sample(SYMPTOMS, c.n(1, 3))
        if c.chance(0.3):
            e["bbt_c"] = round(c.r.uniform(36.1, 37.2), 2)
        if c.chance(0.35):
            e[keys["sex"]] = c.pick(["protected", "unprotected", "withdrawal"])
            logged_sex = True
        entries.append(e)
    if not logged_sex and c.rot([True, True, False]):
        entries[0][keys["sex"]] = c.pick(["protected", "unprotected"])
        logged_sex = True
    c.tag("health", "cycle")
    if logged_sex:
        c.tag("sex_life_orientation", "logged")
    body: dict = {"deviceId": c.uuid(), "appVersion": c.semver(), "tz": "Europe/Berlin",
                  "entries": entries}
    if c.chance(0.35):
        body["profile"] = {"cycle_length_avg": c.n(24, 34), "goal": c.pick(
            ["track", "conceive", "avoid_pregnancy", "pregnancy_mode"])}
        if body["profile"]["goal"] == "pregnancy_mode":
            body["profile"]["due_date"] = c.day()
    if c.chance(0.4):
        lang = c.pick(["en", "de", "fr", "es"])
        entries[-1][keys["note"]] = c.say(c.pick(["health", "sex_life_orientation", "health"]),
                                          lang)
    if c.chance(0.2):
        body["fertility"] = {"clinic_programme": c.pick(["IVF", "IUI", "egg freezing"]),
                             "carrier_screening": [{"gene": g, "result": c.pick(
                                 ["carrier", "not detected"])} for g in c.sample(
                                 ["CFTR", "SMN1", "HBB", "FMR1"], 2)]}
        c.tag("genetic", "carrier")
    if c.chance(0.3):
        body["account"] = {"email": c.email(), "ip": c.ip()}
    return shapes.batch(c, [body]) if c.chance(0.3) else body


def pharmacy_order(c: Ctx) -> dict:
    p = c.person()
    items = []
    rx_count = c.n(1, 3)
    for drug, dose in c.sample([m for m in (
            ("sertraline", "50 mg"), ("metformin", "500 mg"), ("levothyroxine", "50 mcg"),
            ("quetiapine", "25 mg"), ("insulin aspart", "100 U/ml"), ("lamotrigine", "50 mg"),
            ("norethisterone", "5 mg"), ("emtricitabine/tenofovir", "200/245 mg"),
            ("naltrexone", "50 mg"), ("isotretinoin", "20 mg"))], rx_count):
        items.append({"sku": c.sku(), "rxNumber": f"RX-{c.b62(6).upper()}", "drug": drug,
                      "strength": dose, "qty": c.pick([28, 30, 56, 90]), "rx": True})
    c.tag("health", "prescription")
    if c.chance(0.5):
        items.append({"sku": c.sku(), "name": c.pick(["Ibuprofen 400mg x20", "Vitamin D3 1000IU",
                                                       "Hand sanitiser 100ml"]), "qty": 1,
                      "rx": False})
    order: dict = {"orderId": c.oid("ord", 12), "status": c.pick(["packed", "out_for_delivery",
                                                                 "awaiting_rx"]),
                   "patient": {**name_fields(c, p), c.k("dob"): c.dob()} if c.chance(0.5)
                   else name_fields(c, p),
                   "items": items,
                   "delivery": {"address": c.address(), "window": "18:00-20:00"}}
    if c.chance(0.6):
        order["delivery"]["phone"] = c.phone()
    if c.chance(0.4):
        order["delivery"]["instructions"] = c.delivery_note()
    if c.loc == "fr" and c.chance(0.7):
        order["patient"]["carte_vitale"] = c.national_id("nir", c.pick(["plain", "spaced"]))
    if c.chance(0.35):
        order["prescriber"] = {"name": "Dr. " + c.person().full(), "gmc": str(c.n(1000000,
                                                                                  7999999))}
    if c.chance(0.35):
        order["payment"] = {"card_number": c.card(), "exp": f"{c.n(1, 12):02d}/{c.n(26, 31)}"}
    else:
        order["payment"] = masked_card(c)
    if c.chance(0.3):
        order["insurance"] = {"memberId": f"W{c.n(100000, 999999)}{c.b62(3).upper()}",
                              "plan": c.pick(["Bronze HSA", "TK", "AOK Plus", "Mutuelle Alan"])}
    return shapes.webhook(c, "order.updated", order, "pharmacy") if c.chance(0.5) else order


def wearable_alert(c: Ctx) -> dict:
    p = c.person()
    alert_type, classification = c.pick([
        ("irregular_rhythm", "atrial fibrillation"), ("ecg", "sinus rhythm with PVCs"),
        ("fall_detected", "hard fall, no response"), ("spo2_low", "sustained SpO2 below 88%"),
        ("high_hr", "resting HR above 120 while inactive")])
    c.tag("health", "device_alert")
    hr = [c.n(55, 160) for _ in range(c.n(6, 12))]
    body: dict = {"userId": c.oid("usr", 10), "device": {"model": c.pick(
        ["Galaxy Watch 6", "Fitbit Charge 6", "Oura Ring Gen3", "Apple Watch S9"]),
        "fw": c.semver()}, "alert": {"type": alert_type, "classification": classification,
                                      "hr_bpm": hr, "at": c.ts()}}
    if c.chance(0.6):
        lat, lon = c.coords()
        body["alert"]["location"] = c.pick([{"lat": lat, "lng": lon},
                                            {"type": "Point", "coordinates": [lon, lat]},
                                            f"{lat},{lon}"])
    if c.chance(0.4):
        pts = []
        city = c.city()[0]
        for _ in range(c.n(3, 6)):
            lat, lon = c.coords(city, detail="route")
            pts.append([lon, lat])
        body["workout"] = {"type": c.pick(["run", "ride", "walk"]),
                           "route": {"type": "LineString", "coordinates": pts}}
    if c.chance(0.5):
        body["emergency_contact"] = {"name": c.person().full(), "phone": c.phone()}
    if c.chance(0.3):
        body["owner"] = name_fields(c, p)
    if c.chance(0.2):
        body["note"] = c.say("health", "en")
    return shapes.webhook(c, "health.alert", body, "wearable")


GENOTYPES = [("rs4988235", ["AA", "AG", "GG"]), ("rs1801133", ["CC", "CT", "TT"]),
             ("rs429358", ["TT", "CT", "CC"]), ("rs7412", ["CC", "CT"]),
             ("rs1815739", ["CC", "CT", "TT"]), ("rs762551", ["AA", "AC", "CC"]),
             ("rs12913832", ["AA", "AG", "GG"]), ("rs53576", ["AA", "AG", "GG"])]
PGX = [("CYP2C19", ["*1/*1", "*1/*2", "*2/*2", "*1/*17"]), ("CYP2D6", ["*1/*1", "*1/*4", "*4/*4"]),
       ("SLCO1B1", ["*1/*1", "*1/*5"]), ("TPMT", ["*1/*1", "*1/*3A"]),
       ("DPYD", ["*1/*1", "c.1905+1G>A het"])]
PGX_DRUGS = {"CYP2C19": "clopidogrel", "CYP2D6": "codeine", "SLCO1B1": "simvastatin",
             "TPMT": "azathioprine", "DPYD": "capecitabine"}


def genomics_report(c: Ctx) -> dict:
    p = c.person()
    report: dict = {"kitId": f"KIT-{c.b62(8).upper()}", "status": "ready", "issuedAt": c.ts()}
    style = c.pick(["snp", "pgx", "carrier", "str", "snp", "pgx"])
    if style == "snp":
        report[c.k("genotype")] = {rs: c.pick(calls) for rs, calls in c.sample(GENOTYPES, c.n(3,
                                                                                              6))}
        c.tag("genetic", "snp")
    elif style == "pgx":
        rows = []
        for gene, dips in c.sample(PGX, c.n(1, 3)):
            row = {"gene": gene, "diplotype": c.pick(dips),
                   "phenotype": c.pick(["Normal metabolizer", "Intermediate metabolizer",
                                        "Poor metabolizer"])}
            if c.chance(0.5):
                row["affected_drugs"] = [PGX_DRUGS[gene]]
                c.tag("health", "pgx_drug")
            rows.append(row)
        report["pgx"] = rows
        c.tag("genetic", "pgx")
    elif style == "carrier":
        report["carrier_screen"] = [{"gene": g, "status": c.pick(["carrier", "not_detected"]),
                                     "variant": v} for g, v in c.sample(
            [("CFTR", "F508del"), ("HBB", "c.20A>T"), ("HEXA", "c.1274_1277dup"),
             ("SMN1", "exon 7 deletion"), ("GJB2", "c.35delG")], c.n(2, 3))]
        c.tag("genetic", "carrier")
    else:
        loci = ["D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11", "D18S51",
                "TH01", "FGA", "D5S818", "D13S317", "D7S820"]
        report["str_profile"] = {locus: f"{c.n(6, 20)},{c.n(6, 20)}" for locus in c.sample(
            loci, c.n(6, 10))}
        report["purpose"] = c.pick(["kinship", "paternity", "ancestry-match"])
        c.tag("genetic", "str")
    if c.chance(0.35):
        report["interpretation"] = c.one(lambda: c.say("genetic"),
                                         lambda: c.say_multi("genetic"))
    if c.chance(0.2):
        report["ancestry_composition"] = {
            "regions": [{"region": r, "share": round(c.r.uniform(0.05, 0.6), 2)} for r in
                        c.sample(["West African", "Ashkenazi Jewish", "Southern European",
                                  "East Asian", "Indigenous American", "North African",
                                  "Northwestern European"], 3)]}
        c.tag("racial_ethnic_origin", "ancestry")
    customer: dict = {"customerId": c.oid("cus", 12)}
    if c.chance(0.6):
        customer.update(name_fields(c, p))
    if c.chance(0.5):
        customer["email"] = p.email()
    if c.chance(0.4):
        customer[c.k("dob")] = c.dob()
    report["customer"] = customer
    return shapes.webhook(c, "report.ready", report, "genomics") if c.chance(0.5) else {
        "report": report}


# ---------------------------------------------------------------- clean look-alikes

def service_health(c: Ctx) -> dict:
    checks = {}
    for name in c.sample(["postgres", "redis", "kafka", "s3", "stripe-api", "fhir-server",
                          "search", "smtp-relay"], c.n(3, 6)):
        checks[name] = {"status": c.pick(["up", "up", "up", "degraded"]),
                        "latency_ms": c.n(1, 400)}
    body: dict = {"status": c.pick(["healthy", "healthy", "degraded"]), "version": c.semver(),
                  "commit": c.sha1()[:12], "uptime_s": c.n(100, 900000),
                  "region": c.pick(["eu-west-1", "eu-central-1", "us-east-2"]), "checks": checks}
    style = c.pick(["plain", "k8s", "account"])
    if style == "k8s":
        return {"kind": "Pod", "metadata": {"name": f"api-{c.hexs(10)}-{c.b62(5).lower()}"},
                "spec": {"containers": [{"name": "api", "livenessProbe": {
                    "httpGet": {"path": "/healthz", "port": 8080}, "periodSeconds": 10},
                    "readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}}}]},
                "status": {"phase": "Running", "health": body}}
    if style == "account":
        return shapes.page(c, [{"accountId": c.oid("acct", 10), "company": c.pick(
            ["Northwind Clinics", "Pillbox Care Ltd", "Brightpath Health GmbH"]),
            "health_score": round(c.r.uniform(0.2, 0.99), 2), "nps": c.n(-20, 80),
            "plan": c.pick(["growth", "enterprise"]), "churn_risk": c.pick(["low", "medium"])}
            for _ in range(c.n(2, 4))], "accounts")
    return body


def otc_catalog(c: Ctx) -> dict:
    products = []
    for name, cat in c.sample([
            ("Ibuprofen 400mg 20 tablets", "Pain relief"), ("Loratadine 10mg 30 tablets",
                                                            "Allergy"),
            ("Paracetamol 500mg 16 caplets", "Pain relief"), ("Omeprazole 20mg 14 capsules",
                                                              "Digestive"),
            ("Cetirizine 10mg 7 tablets", "Allergy"), ("Nicotine patches 21mg", "Stop smoking"),
            ("Pregnancy test x2", "Family planning"), ("Condoms Ultra Thin x12",
                                                       "Sexual wellbeing"),
            ("Vitamin D3 1000 IU", "Vitamins"), ("Melatonin 1mg gummies", "Sleep"),
            ("Glucose tablets", "Diabetes care"), ("Blood pressure monitor", "Devices")], c.n(3,
                                                                                              5)):
        ean = c.safe(lambda: values.ean13(c.r, c.pick(["40", "50", "84", "30"])))
        products.append({"sku": c.sku(), "ean": ean, "name": name, "category": cat,
                         "price": {"amount": c.money(2, 60), "currency": c.pick(["EUR", "GBP"])},
                         "allergens": c.sample(["lactose", "gluten", "soy", "peanut", "none"], 1),
                         "prescription_required": False,
                         "leaflet_url": f"https://cdn.pillbox.care/leaflets/{c.hexs(12)}.pdf"})
    return shapes.page(c, products, "products")


def plan_catalog(c: Ctx) -> dict:
    plans = []
    for tier in c.sample(["Bronze", "Silver", "Gold", "Platinum", "Basis", "Komfort"], c.n(2, 4)):
        plans.append({"planId": c.oid("plan", 8),
                      "name": f"{tier} {c.pick(['HSA', 'PPO', 'HMO', 'Tarif'])}",
                      "monthly_premium": c.money(90, 900),
                      "covers": c.sample(["maternity", "mental health", "HIV PrEP",
                                          "fertility treatment", "physiotherapy",
                                          "substance use treatment", "vision"], 3),
                      "deductible": c.pick([500, 1500, 3000, 6000])})
    body = {"employer": c.pick(["Tandem HR GmbH", "Northwind Apps Inc.", "Finvia SL"]),
            "effective": c.day(), "plans": plans,
            "payroll_line": {"code": "HLTH-PREM", "label": "Employer health plan premium",
                             "employer_share_pct": c.pick([50, 70, 80])}}
    return body


def gene_reference(c: Ctx) -> dict:
    genes = c.sample([("BRCA1", "17", 43044295, 43125483), ("CFTR", "7", 117287120, 117715971),
                      ("APOE", "19", 44905796, 44909393), ("HFE", "6", 26087281, 26098343),
                      ("MTHFR", "1", 11785723, 11806455), ("TP53", "17", 7668402, 7687550),
                      ("LRRK2", "12", 40196744, 40369285)], c.n(2, 4))
    rows = [{"symbol": s, "chrom": ch, "start": a, "end": b, "assembly": "GRCh38",
             "hgnc_id": f"HGNC:{c.n(100, 9999)}", "biotype": "protein_coding"} for s, ch, a,
            b in genes]
    return shapes.graphql(c, {"genes": {"edges": [{"node": r} for r in rows],
                                        "pageInfo": {"hasNextPage": c.chance(0.5),
                                                     "endCursor": c.b64(16).rstrip("+/")}}})


def ga_optimizer(c: Ctx) -> dict:
    return {"job": c.oid("job", 10), "optimizer": {
        "kind": c.pick(["genetic_algorithm", "GeneticAlgorithm", "nsga2"]),
        "population": c.pick([50, 100, 200, 500]), "generations": c.n(50, 500),
        "mutation_rate": round(c.r.uniform(0.001, 0.05), 4), "crossover": c.pick(
            ["uniform", "one_point", "pmx"]), "selection": "tournament",
        "elitism": c.n(1, 5)}, "objective": c.pick(["route_cost", "warehouse_slotting",
                                                     "shift_schedule"]),
        "seed": c.n(1, 99999), "best_fitness": round(c.r.uniform(0.1, 0.99), 4),
        "genome": {"encoding": "permutation", "length": c.n(20, 200)}}
