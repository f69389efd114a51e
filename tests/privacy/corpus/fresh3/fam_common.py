"""Everyday personal and high-risk payloads with no special category: checkout, payouts, KYC,
auth logs, delivery tracking, CRM contacts, secrets in config, tax forms, book orders and race
registrations. Several carry look-alikes of special categories (genres, church streets, race
events, pep flags, health-plan lines, union-type schemas)."""

from __future__ import annotations

import base64
from typing import Any

from . import phrases
from .gen import Ctx
from .lexicon import COMPANIES

Doc = Any


def checkout(ctx: Ctx) -> Doc:
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    pay: dict[str, Any]
    if ctx.chance(0.75):
        pay = {"card": {"number": ctx.card(), "exp_month": ctx.r.randint(1, 12),
                        "exp_year": ctx.r.randint(2026, 2031), "holder": f"{first} {last}"}}
    else:
        pay = {"type": "card", "token": "tok_" + ctx.alnum(24),
               "last4": f"{ctx.r.randint(1000, 9999)}", "fingerprint": ctx.alnum(16)}
    doc = {"cart_id": ctx.uuid(), "currency": "EUR",
           "items": [{"sku": ctx.ref("SKU"), "qty": ctx.r.randint(1, 3), "price": ctx.amount()}
                     for _ in range(ctx.r.randint(1, 4))],
           "customer": {"first_name": first, "last_name": last,
                        "email": ctx.email(first, last, lang), "phone": ctx.phone(lang)},
           "shipping_address": ctx.address_obj(lang), "payment": pay,
           "client": {"ip": ctx.ip(), "user_agent": "Mozilla/5.0 (X11; Linux x86_64) "
                      "AppleWebKit/537.36 Chrome/124.0 Safari/537.36"}}
    ctx.note("checkout")
    return doc


def payout(ctx: Ctx) -> Doc:
    lang = ctx.lang
    holder = ctx.name(lang)
    if lang == "en" and ctx.chance(0.6):
        if ctx.chance(0.5):
            acct = {"routing_number": ctx.routing(), "account_number": ctx.account_no(
                ctx.pick([9, 10, 12])), "account_type": "checking"}
        else:
            acct = {"sort_code": ctx.sort_code(), "account_number": ctx.account_no(8)}
    else:
        country = ctx.pick(["DE", "FR", "ES", "NL", "AT", "BE"])
        acct = {"iban": ctx.iban(country), "bic": {"DE": "COBADEFFXXX", "FR": "BNPAFRPPXXX",
                                                   "ES": "CAIXESBBXXX", "NL": "RABONL2U",
                                                   "AT": "BKAUATWWXXX", "BE": "GEBABEBB"}[country]}
    ctx.note("payout")
    return {"object": "payout_destination", "id": "ba_" + ctx.alnum(20),
            "account_holder_name": holder,
            "country": str(acct["iban"])[:2] if "iban" in acct else "US",
            "bank_account": acct, "created": ctx.ts(), "metadata": {"seller_id": ctx.ref("S")}}


def kyc(ctx: Ctx) -> Doc:
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    country = {"de": "DE", "fr": "FR", "es": "ES"}.get(lang, ctx.pick(["GB", "US"]))
    docs: list[dict[str, Any]] = []
    if ctx.chance(0.7):
        docs.append({"type": "passport", "number": ctx.passport(country),
                     "country": country, "expires": ctx.day(2030)})
    if ctx.chance(0.6) or not docs:
        docs.append({"type": "national_id", "number": ctx.national_id(lang)})
    ctx.note("kyc")
    return {"applicant": {"given_name": first, "family_name": last, "dob": ctx.dob(),
                          "nationality": country, "residence": ctx.address(lang)},
            "documents": docs,
            "screening": {"pep": False, "sanctions": "no_match", "adverse_media": 0,
                          "provider": "screenco"},
            "risk": ctx.pick(["low", "medium"])}


def auth_log(ctx: Ctx) -> Doc:
    entries = []
    for _ in range(ctx.r.randint(2, 4)):
        entries.append(f"{ctx.ts()} INFO auth.login user={ctx.email()} ip={ctx.ip()} "
                       f"result={ctx.pick(['ok', 'ok', 'mfa_required', 'bad_password'])}")
    doc: dict[str, Any] = {"source": "auth-service", "lines": entries}
    leak = ctx.pick(["bearer", "jwt", "basic", "none", "password"])
    if leak == "bearer":
        doc["request_headers"] = {"Authorization": "Bearer " + ctx.secret("opaque"),
                                  "X-Request-Id": ctx.uuid()}
    elif leak == "jwt":
        doc["request_headers"] = {"authorization": "Bearer " + ctx.jwt()}
    elif leak == "basic":
        doc["request_headers"] = {"Authorization": ctx.basic_auth()}
    elif leak == "password":
        doc["body"] = {"username": ctx.pick(["mhagedorn", "b.penhaligon", "cfontanel"]),
                       "password": ctx.secret("password")}
    else:
        doc["request_headers"] = {"Authorization": "[REDACTED]", "Cookie": "********"}
    ctx.note(f"auth log/{leak}")
    return doc


def delivery(ctx: Ctx) -> Doc:
    lang = ctx.lang
    pings = []
    for _ in range(ctx.r.randint(2, 4)):
        lat, lon = ctx.coord()
        pings.append({"t": ctx.ts(), "lat": lat, "lng": lon,
                      "speed_kmh": round(ctx.r.uniform(0, 50), 1)})
    ctx.note("delivery")
    return {"shipment": ctx.ref("SHP"), "status": "out_for_delivery",
            "recipient": {"name": ctx.name(lang), "phone": ctx.phone(lang),
                          "address": ctx.address(lang)},
            "driver": {"id": ctx.ref("DRV")}, "track": pings,
            "eta": ctx.ts(), "package": {"weight_kg": round(ctx.r.uniform(0.2, 12), 2)}}


def crm_contact(ctx: Ctx) -> Doc:
    lang = ctx.lang
    company, domain = ctx.pick(COMPANIES[lang])
    first, last = ctx.name_parts(lang)
    notes = phrases.around(ctx, lang, ctx.pick(phrases.NEUTRAL[lang]))
    ctx.note("crm contact")
    return {"properties": {"firstname": first, "lastname": last,
                           "email": ctx.work_email(first, last, domain),
                           "phone": ctx.phone(lang), "company": company,
                           "address": ctx.address(lang), "lifecyclestage": "customer",
                           "hs_lead_status": "OPEN", "notes_last_contacted": notes}}


def k8s_secret(ctx: Ctx) -> Doc:
    ctx.add("credential")

    def b64(s: str) -> str:
        return base64.b64encode(s.encode()).decode()

    ctx.note("k8s secret")
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": ctx.pick(["billing-db", "smtp-relay", "payments-api"]),
                         "namespace": "prod"},
            "data": {"username": b64(ctx.pick(["svc_billing", "relay", "payments"])),
                     "password": b64(ctx.alnum(20)),
                     ctx.pick(["api_key", "STRIPE_KEY", "token"]): b64(ctx.secret())}}


def ci_config(ctx: Ctx) -> Doc:
    env: dict[str, Any] = {"NODE_ENV": "production", "LOG_LEVEL": "info"}
    for _ in range(ctx.r.randint(1, 3)):
        kind = ctx.pick(["aws", "ghp", "slack", "stripe", "gitlab", "google", "npm", "sendgrid",
                         "dsn", "pem"])
        if kind == "aws":
            env["AWS_ACCESS_KEY_ID"] = ctx.secret("aws")
            env["AWS_SECRET_ACCESS_KEY"] = ctx.secret("aws_secret")
        elif kind == "dsn":
            env["DATABASE_URL"] = ctx.dsn()
        elif kind == "pem":
            env["SIGNING_KEY"] = ctx.pem_private()
        else:
            env[{"ghp": "GITHUB_TOKEN", "slack": "SLACK_BOT_TOKEN", "stripe": "STRIPE_SECRET",
                 "gitlab": "GITLAB_TOKEN", "google": "MAPS_API_KEY", "npm": "NPM_TOKEN",
                 "sendgrid": "SENDGRID_API_KEY"}[kind]] = ctx.secret(kind)
    ctx.note("ci env")
    return {"pipeline": ctx.ref("PL"), "commit": ctx.hex(40), "env": env,
            "secrets_from": [{"name": "vault", "secretKeyRef": "ci/prod"}]}


def tax_form(ctx: Ctx) -> Doc:
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    key = {"de": "steuerliche_identifikationsnummer", "fr": "numero_securite_sociale",
           "es": "nif", "en": ctx.pick(["ssn", "tin", "national_insurance_number"])}[lang]
    idv = ctx.nino() if key == "national_insurance_number" else ctx.national_id(lang) \
        if lang != "en" else ctx.ssn()
    ctx.note("tax form")
    return {"form": ctx.pick(["W-4", "Anlage N", "2042", "Modelo 145", "P46"]),
            "taxpayer": {"first": first, "last": last, key: idv, "dob": ctx.dob(),
                         "address": ctx.address(lang)},
            "year": 2024, "filing_status": ctx.pick({"en": ["single", "married"],
                                                     "de": ["ledig", "verheiratet"],
                                                     "fr": ["célibataire", "marié(e)"],
                                                     "es": ["soltero/a", "casado/a"]}[lang])}


BOOKS = [("Religion & Spirituality", "The Quiet Cloister"), ("True Crime", "Nine Doors on Mill "
         "Lane"), ("Health, Fitness & Dieting", "Run Slow, Live Long"), ("Politics & Social "
         "Sciences", "The Shape of Votes"), ("LGBTQ+ Fiction", "Harbour Lights"),
         ("Religión", "Caminos de silencio"), ("Christliche Literatur", "Lichtjahre")]


def book_order(ctx: Ctx) -> Doc:
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    lines = []
    for genre, title in ctx.r.sample(BOOKS, ctx.r.randint(1, 3)):
        lines.append({"isbn": f"978-{ctx.r.randint(0, 3)}-{ctx.r.randint(100, 999)}-"
                      f"{ctx.r.randint(10000, 99999)}-{ctx.r.randint(0, 9)}", "title": title,
                      "author": ctx.name(ctx.pick(["en", "de", "fr", "es"])), "genre": genre,
                      "qty": 1})
    ctx.note("book order (genres)")
    return {"order": ctx.ref("BK"), "customer": {"name": f"{first} {last}",
                                                 "email": ctx.email(first, last, lang)},
            "ship_to": ctx.address(lang), "lines": lines}


def race_registration(ctx: Ctx) -> Doc:
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    reg: dict[str, Any] = {"event": ctx.pick(["Harbour Half Marathon", "Stadtlauf 10 km",
                                              "Course des Tilleuls", "Carrera de la Ribera"]),
                           "race": ctx.pick(["10K", "half", "21,1 km"]),
                           "runner": {"first": first, "last": last, "dob": ctx.dob(),
                                      "email": ctx.email(first, last, lang),
                                      "club": ctx.pick(["LG Weserbogen", "unattached",
                                                        "AC Rennes"])},
                           "tshirt": ctx.pick(["S", "M", "L"]), "bib": ctx.r.randint(100, 4999),
                           "emergency_contact": {"name": ctx.name(lang),
                                                 "phone": ctx.phone(lang)}}
    if ctx.chance(0.35):
        ctx.add("health")
        reg["medical"] = {"conditions": ctx.pick(["asthma (inhaler carried)", "type 1 diabetes",
                                                  "Epilepsie", "allergie aux piqûres d'abeille"])}
        ctx.note("with medical info")
    else:
        ctx.note("race registration (no health)")
    return {"registration": reg}


def traps_ticket(ctx: Ctx) -> Doc:
    """A ticket with a named customer whose text only has trigger words in ordinary senses."""
    lang = ctx.lang
    body = " ".join([*ctx.r.sample(phrases.TRAPS[lang], 2), ctx.pick(phrases.NEUTRAL[lang])])
    first, last = ctx.name_parts(lang)
    ctx.note("ticket with traps only")
    return {"ticket": {"id": ctx.r.randint(20000, 99999), "subject": ctx.pick(
        phrases.SUBJECTS[lang]), "description": body,
        "requester": {"name": f"{first} {last}", "email": ctx.email(first, last, lang)}}}


def hotel_checkin(ctx: Ctx) -> Doc:
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    country = {"de": "DE", "fr": "FR", "es": "ES"}.get(lang, ctx.pick(["GB", "US"]))
    guest: dict[str, Any] = {"surname": last, "first_name": first, "birth_date": ctx.dob(),
                             "nationality": country,
                             "id_document": {"type": "passport",
                                             "number": ctx.passport(country),
                                             "issued": ctx.day(2019)}}
    if ctx.chance(0.6):
        guest["home_address"] = ctx.address(lang)
    stay = {"arrival": ctx.day(2025), "nights": ctx.r.randint(1, 9),
            "room": ctx.r.randint(101, 640), "rate_code": ctx.pick(["BAR", "CORP", "ADV"])}
    if ctx.chance(0.5):
        stay["guarantee"] = {"card": ctx.card("space"), "holder": f"{first} {last}"}
    ctx.note("hotel check-in")
    return {"property": ctx.pick(["Hotel am Hafenkamp", "Hôtel des Glycines",
                                  "Hostal Ribera"]), "guest": guest, "stay": stay}
