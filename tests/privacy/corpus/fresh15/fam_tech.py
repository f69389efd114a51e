"""Reference content, catalogues, identity/biometric systems, genomics,
configuration, webhooks, telemetry and payments."""
from __future__ import annotations

from typing import Any

from . import pools as P
from .ctx import LANGS, SPECIAL, Ctx

EEO = {
    "en": ("We are an equal opportunity employer and welcome applications regardless of race, "
           "ethnicity, religion or belief, sexual orientation, disability, age or trade union "
           "membership.", ["racial_ethnic_origin", "religious_belief", "sex_life_orientation",
                           "health", "trade_union"]),
    "de": ("Wir begrüßen Bewerbungen unabhängig von ethnischer Herkunft, Religion und "
           "Weltanschauung, Behinderung, Alter sowie sexueller Identität.",
           ["racial_ethnic_origin", "religious_belief", "health", "sex_life_orientation"]),
    "fr": (
        "Nous étudions toutes les candidatures sans distinction d'origine, de religion, "
        "d'orientation sexuelle, de handicap, d'opinions politiques ou d'appartenance syndicale.",
        ["racial_ethnic_origin", "religious_belief", "sex_life_orientation", "health",
         "political_opinion", "trade_union"]),
    "es": ("Valoramos todas las candidaturas sin distinción de origen étnico, religión, "
           "orientación sexual, discapacidad, opinión política o afiliación sindical.",
           ["racial_ethnic_origin", "religious_belief", "sex_life_orientation", "health",
            "political_opinion", "trade_union"]),
}
JOBS = {"en": ["Warehouse Team Leader", "Staff Nurse (Night Shifts)", "Data Engineer"],
        "de": ["Lagerist (m/w/d)", "Pflegefachkraft (m/w/d)"],
        "fr": ["Préparateur de commandes (H/F)", "Infirmier de nuit (H/F)"],
        "es": ["Mozo de almacén", "Enfermera/o de noche"]}


def job_ad(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    text, kinds = EEO[lang]
    for k in kinds:
        c.negtag(k, "eeo_statement")
    return {"jobPosting": {"id": c.lref(10), "title": c.pick(JOBS[lang]),
                           "company": c.pick(["Nordwind Logistik", "Hospital Ribera",
                                              "Groupe du Lac", "Acme Retail"]),
                           "location": {"city": c.city_only(), "remote": c.pick([False, "hybrid"])},
                           "employmentType": c.pick(["FULL_TIME", "PART_TIME"]),
                           "description": c.neutral(lang) + " " + c.neg("trade_union", lang),
                           "equalOpportunity": text,
                           "salary": {"min": c.rint(24, 40) * 1000, "max": c.rint(41, 70) * 1000,
                                      "currency": "EUR"},
                           "apply": {"url": "https://jobs.example.com/apply/" + c.lref(8)},
                           "postedAt": c.ts()}}


POLICY = {
    "en": "We do not ask for information about your health, ethnic origin, political opinions, "
          "religious beliefs, trade union membership, genetic or biometric data, sex life or "
          "sexual orientation, or criminal convictions unless the law requires it.",
    "de": "Wir erheben keine Angaben zu Gesundheit, ethnischer Herkunft, politischen Meinungen, "
          "religiösen Überzeugungen, Gewerkschaftszugehörigkeit, genetischen oder biometrischen "
          "Daten, Sexualleben oder sexueller Orientierung oder Straftaten, sofern das Gesetz es "
          "nicht verlangt.",
    "fr": "Nous ne collectons aucune donnée relative à la santé, à l'origine ethnique, aux "
          "opinions politiques, aux convictions religieuses, à l'appartenance syndicale, aux "
          "données génétiques ou biométriques, à la vie ou l'orientation sexuelle ou aux "
          "condamnations pénales.",
    "es": "No recogemos datos de salud, origen étnico, opiniones políticas, convicciones "
          "religiosas, afiliación sindical, datos genéticos o biométricos, vida u orientación "
          "sexual ni antecedentes penales, salvo obligación legal.",
}


def privacy_policy(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    for k in SPECIAL:
        c.negtag(k, "policy_text")
    return {"policy": {"version": c.version(), "effective": c.date(2024, 2025), "locale": lang,
                       "sections": [{"heading": "Special categories", "text": POLICY[lang]},
                                    {"heading": "Retention", "text": c.neutral(lang)}]}}


def news_feed(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    items = []
    for _n in range(c.rint(3, 4)):
        k = c.deck(("news_k",), SPECIAL)
        items.append({"id": c.lref(10), "headline": c.neg(k, lang),
                      "section": c.pick(["local", "business", "culture", "sport"]),
                      "publishedAt": c.ts(), "url": "https://news.example/" + c.lref(12)})
    return items


CATALOG = {
    "pharmacy": ("health", [("Paracetamol 500 mg, 16 tablets", 1.99),
                            ("Antihistamine 10 mg, 30 tablets", 4.49),
                            ("Blood pressure monitor (upper arm)", 34.9),
                            ("Nicotine patches 21 mg, 7 pack", 18.5)]),
    "grocery": ("health", [("Oat cookies - contains gluten, may contain nuts", 2.29),
                           ("Peanut butter 340 g - allergen: peanuts", 3.1),
                           ("Lactose-free milk 1 l", 1.45)]),
    "books": ("religious_belief", [("Religion & Spirituality: A Short History of Prayer", 14.99),
                                   ("True Crime: The Harbour Murders", 9.99),
                                   ("Politics & Current Affairs: Why Turnout Matters", 12.5),
                                   ("LGBTQ+ Fiction: Summer on the Coast", 8.99)]),
    "dogdna": ("genetic", [("Canine DNA breed test", 89.0), ("Feline genetic health panel", 99.0)]),
    "readers": ("biometric", [("USB fingerprint reader, FIDO2", 49.0),
                              ("Face recognition door terminal", 329.0)]),
    "worldfood": ("racial_ethnic_origin", [("Ethnic foods aisle: injera flatbread", 3.5),
                                           ("Ethnic foods aisle: masa harina 1 kg", 2.9)]),
}
CATALOG_EXTRA = {"books": ["criminal_record", "political_opinion", "sex_life_orientation"]}


def product_catalog(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    names = list(CATALOG)
    cat = names[i % len(names)]
    kind, items = CATALOG[cat]
    c.negtag(kind, "catalog")
    for k in CATALOG_EXTRA.get(cat, []):
        c.negtag(k, "catalog")
    products = [{"sku": f"{cat[:3].upper()}-{c.ref(5)}", "name": n,
                 "price": {"amount": pr, "currency": "EUR"}, "ean": None,
                 "inStock": c.pick([True, False])} for n, pr in items]
    return {"catalog": cat, "products": products, "blurb": c.neg(kind, lang),
            "searchVector": c.text_embedding(8),
            "page": {"number": 1, "size": len(products), "totalPages": c.rint(1, 9)}}


GENES = [("BRCA1", "17", 43044295, 43125483, "-"), ("CFTR", "7", 117480025, 117668665, "+"),
         ("HFE", "6", 26087281, 26098343, "+"), ("LDLR", "19", 11089462, 11133820, "+"),
         ("MTHFR", "1", 11785723, 11806455, "-"), ("APOE", "19", 44905754, 44909393, "+"),
         ("CYP2C19", "10", 94762681, 94855547, "+"), ("TPMT", "6", 18128311, 18155169, "-")]


def gene_reference(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("genetic", "gene_reference")
    rows = [{"symbol": s, "chromosome": ch, "start": a, "end": b, "strand": st,
             "assembly": "GRCh38", "biotype": "protein_coding"}
            for s, ch, a, b, st in c.rng.sample(GENES, 4)]
    return {"data": rows, "description": c.neg("genetic", LANGS[i % 4]),
            "release": c.rint(108, 113)}


def ga_config(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("genetic", "ga_config")
    return {"optimizer": "genetic_algorithm", "population": c.pick([100, 200, 400]),
            "generations": c.pick([50, 200]), "mutationRate": c.pick([0.01, 0.02, 0.05]),
            "crossoverRate": c.pick([0.7, 0.8, 0.9]),
            "selection": c.pick(["tournament", "roulette"]), "elitism": c.rint(1, 5),
            "fitness": c.pick(["makespan", "route_length", "loss"]),
            "notes": c.neg("genetic", LANGS[i % 4])}


def auth_log(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("biometric", "auth_method")
    rows = []
    for _ in range(c.rint(3, 6)):
        user = c.email(c.person(c.pick(LANGS))) if i % 2 == 0 else "usr_" + c.lref(10)
        rows.append({"ts": c.ts(style="ms"), "event": c.pick(["login", "step_up", "unlock"]),
                     "user": user, "ip": c.ip(),
                     "method": c.pick(["webauthn", "fingerprint", "face_id", "password+otp"]),
                     "matchScore": round(c.rng.uniform(0.8, 0.99), 2),
                     "deviceFingerprint": c.hexs(24), "userAgent": c.user_agent(),
                     "result": c.pick(["success", "success", "failure"])})
    return rows


def tls_inventory(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("biometric", "tls_ssh_fingerprints")
    hosts = [{"host": f"{h}.{c.pick(['nordwind', 'harbourview', 'ribera'])}.example",
              "ja3": c.ja3(), "sshHostKeyFingerprint": c.sshfp(),
              "cert": {"subject": f"CN={h}", "sha256Fingerprint": c.sha256(),
                       "notAfter": c.date(2025, 2027)},
              "publicKey": c.ssh_pub()}
             for h in c.rng.sample(["api", "vpn", "mail", "git", "sftp"], 3)]
    return {"scan": c.uuid(), "hosts": hosts, "scannedAt": c.ts()}


def access_controller(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "access"), LANGS)
    c.set_lang(lang, 0)
    variant = i % 3
    site = c.L(["Depot North", "Werk Süd", "Site de Vénissieux", "Almacén Ribera"])
    if variant == 2:
        c.negtag("biometric", "door_events")
        evs = [{"at": c.ts(), "door": f"D{c.rint(1, 12)}", "badgeId": c.ref(8),
                "holder": c.full(c.person(lang)),
                "method": c.pick(["FINGERPRINT", "CARD+PIN", "FACE"]),
                "score": round(c.rng.uniform(0.85, 0.99), 2), "granted": True}
               for _ in range(c.rint(2, 4))]
        return {"controller": f"door-ctl-{c.rint(1, 9):02d}", "site": site, "events": evs}
    enr = []
    for _ in range(c.rint(1, 2)):
        p = c.person(lang)
        enr.append({"badgeId": c.ref(8),
                    "employee": {"name": c.full(p), "employeeNo": "E" + c.ref(5)},
                    "credentialType": "FINGERPRINT" if variant == 0 else "PALM_VEIN",
                    "template": c.bio("fp" if variant == 0 else "palm"),
                    "format": "ISO/IEC 19794-2" if variant == 0 else "vendor-v2",
                    "enrolledAt": c.ts()})
    return {"controller": f"door-ctl-{c.rint(1, 9):02d}", "site": site, "firmware": c.version(),
            "enrolments": enr, "auditNote": c.say("biometric", lang)}


def time_clock(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "clock"), LANGS)
    c.set_lang(lang, 0.3)
    emps = []
    for _ in range(c.rint(1, 3)):
        p = c.person(lang)
        emps.append({"employeeNo": "E" + c.ref(5), c.k("full_name"): c.full(p),
                     "fingerTemplates": [{"finger": c.pick(["R1", "R2", "L1", "L2"]),
                                          "template": c.bio("fp")}],
                     "faceTemplate": c.bio("face") if c.chance(0.4) else None})
    return {"terminalId": "TC-" + c.ref(4), "vendorModel": c.pick(["ZK-like T9", "BioClock 300"]),
            "employees": emps, "syncedAt": c.ts(), "operatorNote": c.say("biometric", lang)}


def voiceprint_enrolment(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "voiceprint"), LANGS)
    c.set_lang(lang, 0)
    p = c.person(lang)
    doc: dict[str, Any] = {"customerId": "C-" + c.ref(8), "name": c.full(p),
                           "phone": c.phone(c.country()), "channel": "IVR"}
    if i % 3 != 2:
        doc["enrolment"] = {"status": "ENROLLED", "voiceprint": c.bio("voice"),
                            "engine": "spk-ecapa-v3",
                            "netSpeechSeconds": round(c.rng.uniform(12, 40), 1),
                            "enrolledAt": c.ts()}
        doc["agentNote"] = c.say("biometric", lang)
    else:
        c.negtag("biometric", "verification_score")
        doc["verification"] = {"result": c.pick(["MATCH", "NO_MATCH"]),
                               "score": round(c.rng.uniform(0.4, 0.98), 2), "at": c.ts()}
        doc["agentNote"] = c.neg("biometric", lang)
    return doc


def kyc_check(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "kyc"), LANGS)
    c.set_lang(lang, 0)
    country = c.country()
    iso = P.ISO2[country]
    p = c.person(lang)
    variant = i % 3
    face: dict[str, Any] = {"livenessScore": round(c.rng.uniform(0.9, 0.99), 2),
                            "similarity": round(c.rng.uniform(0.8, 0.99), 2)}
    if variant == 0:
        face["template"] = c.bio("face")
    elif variant == 1:
        face["embedding"] = c.emb_vector(64)
    else:
        c.negtag("biometric", "match_scores")
    c.negtag("criminal_record", "sanctions_screening")
    doc = {"checkId": "kyc_" + c.lref(14),
           "applicant": {"firstName": c.first(p), "lastName": c.last(p), "dob": c.dob("iso"),
                         "address": c.address(country, "dict")},
           "device": {"ip": c.ip(),
                      "geo": (dict(zip(("lat", "lon"), c.geo(c.last_city), strict=True))
                              if i % 2 == 0 else {"country": iso})},
           "document": {"type": "passport", "number": c.passport(iso), "issuingCountry": iso,
                        "expiry": c.date(2027, 2034)},
           "face": face, "screening": {"sanctions": "no_match", "pep": False},
           "result": c.pick(["clear", "consider"]), "completedAt": c.ts()}
    c.negtag("political_opinion", "pep_false")
    if i % 3 == 0:
        doc["callback"] = {"url": "https://onboarding.example.com/kyc/hook",
                           "signingSecret": c.cred("webhook")}
    if variant != 2:
        doc["reviewerNote"] = c.say("biometric", lang)
    return doc


def genomics_report(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "genomics"), LANGS)
    c.set_lang(lang, 0.3)
    p = c.person(lang)
    variant = i % 4
    k = c.k
    doc: dict[str, Any] = {"reportId": "GX-" + c.ref(8),
                           "lab": c.L(["Helix Diagnostics", "Genlabor Nord",
                                       "Laboratoire Génome Val", "Laboratorio Genética Ribera"]),
                           "patient": {k("full_name"): c.full(p), k("dob"): c.dob()},
                           "orderedBy": c.doctor(lang), "reportedAt": c.ts()}
    if variant == 0:
        g, d, ph = c.pick(P.PGX)
        doc["pharmacogenomics"] = [{"gene": g, "diplotype": d, "phenotype": ph}]
        c.rec("genetic", "pgx", None)
    elif variant == 1:
        g, v, z = c.pick(P.VARIANTS)
        doc["carrierScreen"] = {"gene": g, "variant": v, "zygosity": z,
                                "classification": "pathogenic"}
        c.rec("genetic", "carrier_screen", None)
    elif variant == 2:
        doc["strProfile"] = {loc: sorted([c.rint(8, 30), c.rint(8, 30)])
                             for loc in c.rng.sample(P.STR_LOCI, 8)}
        c.rec("genetic", "str_profile", None)
        doc["case"] = {"type": "reference sample", "note": c.say("criminal_record", lang)}
    else:
        g, v, z = c.pick(P.VARIANTS)
        doc["findings"] = [{"gene": g, "variant": v, "zygosity": z}]
        c.rec("genetic", "variant", None)
        code, label = c.pick(P.ICD10[lang])
        doc["clinicalIndication"] = c.rec("health", "indication", f"{code} {label}")
    doc["comment"] = c.say("genetic", lang)
    return doc


def dev_config(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    variant = i % 4
    if variant == 0:
        return {"apiVersion": "v1", "kind": "Secret",
                "metadata": {"name": c.pick(["booking-api", "crm-sync", "payments"]) + "-secrets",
                             "namespace": c.pick(["prod", "staging"])},
                "type": "Opaque", "data": {"DB_PASSWORD": c.cred("k8s"), "API_KEY": c.cred("k8s")}}
    if variant == 1:
        env = {"DATABASE_URL": c.conn_string(), "STRIPE_SECRET_KEY": c.cred("stripe"),
               "LOG_LEVEL": "info", "AWS_ACCESS_KEY_ID": c.cred("aws"),
               "AWS_SECRET_ACCESS_KEY": c.cred("aws_secret"),
               "FEATURE_FLAGS": "search_v2,dark_mode"}
        if c.chance(0.5):
            env["GITHUB_TOKEN"] = c.cred(c.pick(["ghp", "github_pat"]))
        if c.chance(0.5):
            env["SENDGRID_API_KEY"] = c.cred("sendgrid")
        return {"service": c.pick(["booking-api", "crm-sync"]), "environment": env,
                "commit": c.commit_sha()}
    if variant == 2:
        c.tag("decoy:secretKeyRef")
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "booking-api"},
                "spec": {"replicas": c.rint(2, 6), "template": {"spec": {"containers": [{
                    "name": "api", "image": f"registry.example/booking-api:{c.version()}",
                    "env": [{"name": "DB_PASSWORD",
                             "valueFrom": {"secretKeyRef": {"name": "booking-api-secrets",
                                                            "key": "DB_PASSWORD"}}},
                            {"name": "STRIPE_SECRET_KEY", "value": c.masked_secret()},
                            {"name": "LOG_LEVEL", "value": "debug"}]}]}}}}
    return {"auth": {"passwordPolicy": {"minLength": 12, "requireSymbol": True, "maxAgeDays": 365},
                     "adminPasswordHash": c.pick([c.bcrypt(), c.argon2()]),
                     "jwks": {"keys": [{"kty": "RSA", "kid": c.kid(), "use": "sig",
                                        "n": c.b64url(86), "e": "AQAB"}]},
                     "signingPublicKey": c.pem_pub(), "clientSecret": c.masked_secret(),
                     "apiKey": None},
            "build": {"commit": c.commit_sha(), "artifactSha256": c.sha256(),
                      "version": c.version()}}


def webhook_envelope(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "webhook"), LANGS)
    c.set_lang(lang, 0)
    variant = i % 3
    if variant == 0:
        return {"id": "evt_" + c.alnum(24), "type": "webhook_endpoint.created",
                "api_version": "2024-06-20",
                "data": {"object": {"id": "we_" + c.alnum(24),
                                    "url": "https://hooks.example.com/" + c.lref(10),
                                    "secret": c.cred("webhook"),
                                    "enabled_events": ["charge.succeeded", "charge.refunded"],
                                    "status": "enabled"}}}
    if variant == 1:
        return {"integration": "slack-notifier",
                "config": {"bot_token": c.cred("slack"), "channel": "#ops-alerts",
                           "signing_secret": c.alnum(32)},
                "oauth": {"client_id": f"{c.rint(10000, 99999)}.{c.rint(10000, 99999)}",
                          "client_secret": c.cred("oauth")},
                "headers": {"Authorization": c.cred("bearer")}}
    p = c.person(lang)
    c.tag("decoy:signature")
    return {"id": "evt_" + c.alnum(24), "type": "customer.updated",
            "headers": {"Webhook-Signature": "v1=" + c.hexs(64), "Webhook-Id": c.uuid()},
            "data": {"object": {"id": "cus_" + c.alnum(14), "email": c.email(p), "name": c.full(p),
                                "invoice_settings": {"default_payment_method": c.pm_token()},
                                "metadata": {"crm_id": c.lref(8)}}}}


def gps_tracking(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    variant = i % 4
    city = c.pick(list(P.CITY_GEO))
    if variant == 3:
        pts: list[Any] = [{"ts": c.ts(), "cell": c.coarse(city), "source": "cell-tower",
                           "accuracyM": c.rint(800, 4000)} for _ in range(3)]
        return {"deviceId": "trk-" + c.lref(8), "points": pts, "note": "coarse fallback"}
    pts = []
    for _ in range(c.rint(3, 6)):
        lat, lon = c.geo(city)
        if variant == 0:
            pts.append({"ts": c.ts(), "lat": lat, "lon": lon,
                        "speedKmh": round(c.rng.uniform(0, 45), 1), "battery": c.rint(10, 100)})
        elif variant == 1:
            pts.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                        "properties": {"ts": c.ts()}})
        else:
            pts.append(f"{c.ts()} geo:{lat},{lon}")
    if variant == 1:
        return {"type": "FeatureCollection", "features": pts,
                "properties": {"rider": "courier-" + c.ref(4)}}
    if variant == 2:
        return pts
    return {"deviceId": "trk-" + c.lref(8),
            "fleet": c.pick(["vans-north", "bikes-centre"]), "points": pts}


def payment_events(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "pay"), LANGS)
    c.set_lang(lang, 0)
    variant = i % 4
    if variant == 0:
        p = c.person(lang)
        return {"level": "ERROR", "logger": "checkout.validation", "ts": c.ts(style="ms"),
                "message": "card declined: do_not_honor",
                "request": {"cardholder": c.full(p), "card_number": c.card(),
                            "exp": c.card_exp(), "cvc": "***", "email": c.email(p)},
                "clientIp": c.ip()}
    if variant == 1:
        return {"id": "ch_" + c.alnum(24), "object": "charge", "amount": c.rint(500, 90000),
                "currency": "eur", "status": "succeeded", "payment_method": c.pm_token(),
                "payment_method_details": {"card": {"brand": "visa", "last4": c.last4(),
                                                    "exp_month": c.rint(1, 12),
                                                    "exp_year": c.rint(2026, 2030)}},
                "receipt_url": "https://pay.example.com/receipts/" + c.lref(20)}
    if variant == 2:
        c.tag("decoy:gift_card")
        return {"giftCards": [{"number": c.luhn_fail(16, "6"), "balance": c.money(5, 150),
                               "currency": "EUR"} for _ in range(2)],
                "orderRef": c.luhn_fail(15), "issuedAt": c.ts()}
    p = c.person(lang)
    return {"note": f"phone order - customer read card out: {c.card(fmt='spaced')}",
            "agent": "agent-" + c.ref(3),
            "customer": {"name": c.full(p), "phone": c.phone(c.country())}, "at": c.ts()}


def sepa_transfer(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "sepa"), LANGS)
    c.set_lang(lang, 0)
    if i % 3 == 2:
        errs = [{"field": "iban", "code": "INVALID_CHECKSUM",
                 "value": c.bad_iban(spaced=c.chance(0.5)), "message": "IBAN checksum invalid"},
                {"field": "bic", "code": "OK", "value": c.bic()}]
        if lang == "es":
            errs.append({"field": "nif", "code": "INVALID_CHECK_LETTER", "value": c.bad_dni()})
        else:
            errs.append({"field": "vatId", "code": "OK", "value": c.vat_id(lang)})
        return {"status": 422, "errors": errs, "requestId": c.uuid()}
    a, b = c.person(lang), c.person(lang)
    return {"msgId": "MSG-" + c.ref(10), "creDtTm": c.ts(),
            "pmtInf": {"dbtr": {"nm": c.full(a), "iban": c.iban()},
                       "cdtTrfTxInf": [{"amt": {"instdAmt": c.money(10, 4000), "ccy": "EUR"},
                                        "cdtr": {"nm": c.full(b), "iban": c.iban(spaced=False)},
                                        "cdtrAgt": {"bic": c.bic()},
                                        "rmtInf": c.pick(["Miete", "Loyer", "Alquiler",
                                                          "Invoice " + c.ref(5)])}]}}
