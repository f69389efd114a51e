"""Further families: consumer DNA exports, HR self-identification, campaign
canvassing, union membership systems, and clean reference feeds."""
from __future__ import annotations

from typing import Any

from . import pools as P
from .ctx import LANGS, Ctx

DTC_SNPS = [("rs4477212", "1", 82154), ("rs3094315", "1", 752566), ("rs12562034", "1", 768448),
            ("rs1801133", "1", 11856378), ("rs429358", "19", 44908684), ("rs7412", "19", 44908822),
            ("rs4988235", "2", 135851076), ("rs762551", "15", 74749576),
            ("rs1815739", "11", 66560624), ("rs12913832", "15", 28120472),
            ("rs9939609", "16", 53786615), ("rs53576", "3", 8762685)]
BASES = ["AA", "AG", "GG", "CC", "CT", "TT", "AC", "GT"]


def dna_kit_export(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "dtc"), LANGS)
    c.set_lang(lang, 0)
    p = c.person(lang)
    rows = [{"rsid": rs, "chromosome": ch, "position": pos, "genotype": c.pick(BASES)}
            for rs, ch, pos in c.rng.sample(DTC_SNPS, 6)]
    c.rec("genetic", "raw_genotypes", None)
    doc = {"account": {"id": c.uuid(), "firstName": c.first(p), "email": c.email(p)},
           "kit": {"id": "KIT-" + c.ref(10), "activatedAt": c.ts(), "status": "RESULTS_READY",
                   "chip": "GSA v3"},
           "genotypes": rows,
           "export": {"format": "tsv-json", "build": "GRCh37", "rows": len(rows),
                      "truncated": True}}
    if i % 2 == 0:
        doc["haplogroups"] = {"maternal": c.pick(P.HAPLO_MT),
                              "paternal": c.pick(P.HAPLO_Y) if p.gender == "m" else None}
    doc["supportTicket"] = c.say("genetic", lang)
    return doc


EEO_RACE_US = ["Hispanic or Latino", "White (Not Hispanic or Latino)",
               "Black or African American (Not Hispanic or Latino)",
               "Asian (Not Hispanic or Latino)", "Two or More Races (Not Hispanic or Latino)",
               "American Indian or Alaska Native (Not Hispanic or Latino)"]
EEO_UK = ["White - English, Welsh, Scottish, Northern Irish or British", "Mixed - White and Asian",
          "Asian or Asian British - Indian",
          "Black, Black British, Caribbean or African - Caribbean", "Other ethnic group - Arab",
          "White - Irish", "White - Gypsy or Irish Traveller"]
DISAB = ["Yes, I have a disability (or previously had a disability)",
         "No, I do not have a disability", "I do not want to answer"]


def eeo_hr_record(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    country = c.pick(["us", "uk", "us", "ie"])
    p = c.person("en")
    variant = i % 4
    si = {}
    if variant == 3:
        si["ethnicity"] = "I do not wish to answer"
        c.negtag("racial_ethnic_origin", "prefer_not")
    else:
        si["ethnicity"] = c.rec("racial_ethnic_origin", "eeo_self_id",
                                c.pick(EEO_RACE_US if country == "us" else EEO_UK))
    d = c.pick(DISAB)
    si["disabilityStatus"] = d
    if d != "I do not want to answer":
        c.rec("health", "disability_self_id", None)
    else:
        c.negtag("health", "prefer_not")
    if country == "us":
        si["veteranStatus"] = c.pick(["I am not a protected veteran",
                                      "I identify as one or more of the classifications of "
                                      "protected veteran"])
    if variant == 1:
        si["sexualOrientation"] = c.rec("sex_life_orientation", "eeo_self_id",
                                        c.pick(["Gay", "Lesbian", "Bisexual",
                                                "Heterosexual/straight"]))
    if variant == 2:
        si["religionOrBelief"] = c.rec("religious_belief", "eeo_self_id",
                                       c.pick(["Christian", "Muslim", "Hindu", "No religion",
                                               "Jewish", "Sikh"]))
    return {"worker": {"workerId": "W" + c.ref(6), "name": c.full(p),
                       "workEmail": c.email(p, c.pick(["acme-retail.example",
                                                       "brightpath.example"])),
                       "location": c.city_only(country)},
            "selfIdentification": si, "effectiveDate": c.date(2024, 2025), "source": "self-service",
            "version": c.rint(1, 4)}


def canvassing_record(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "canvass"), LANGS)
    c.set_lang(lang, 0.3)
    country = c.country()
    v, canv = c.person(lang), c.person(lang)
    variant = i % 4
    doc: dict[str, Any] = {"voterId": "EV-" + c.ref(7),
                           "voter": {"name": c.full(v), "address": c.address(country),
                                     "phone": c.phone(country)},
                           "campaign": c.L(["Local elections 2025", "Kommunalwahl 2025",
                                            "Municipales 2026", "Municipales 2027"]),
                           "contacts": []}
    if variant == 3:
        doc["contacts"].append({"date": c.date(2025, 2025), "canvasser": c.first(canv),
                                "outcome": "not home", "leaflet": True})
        c.negtag("political_opinion", "canvass_no_contact")
        return doc
    doc["contacts"].append(
        {"date": c.date(2025, 2025), "canvasser": c.first(canv), "outcome": "spoke",
         "supportLevel": c.rec("political_opinion", "support_level", c.pick(P.SUPPORT[lang])),
         "issues": c.rng.sample(["housing", "potholes", "bus routes", "schools", "bins"], 2),
         "notes": c.say("political_opinion", lang) + " "
                  + c.say(c.slot(["political_opinion", "trade_union"], lang)[0], lang)})
    if variant == 1:
        doc["donations"] = [{"date": c.date(2024, 2025), "amount": c.money(10, 250),
                             "party": c.rec("political_opinion", "donation",
                                            c.pick(P.PARTY[lang]))}]
    return doc


def union_membership(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "unionm"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    p = c.person(lang)
    k = c.k
    union = c.pick(P.UNION[lang])
    c.rec("trade_union", "membership", None)
    doc = {"union": union,
           "member": {"membershipNo": c.ref(8), k("full_name"): c.full(p), k("dob"): c.dob(),
                      k("email"): c.email(p), k("address"): c.address(country)},
           "branch": c.L(["Depot North", "Bezirk Nord", "Section Lyon-Est",
                          "Sección Hospital Ribera"]),
           "role": c.pick(P.UNION_ROLE[lang]), "joined": c.date(2005, 2024),
           "status": c.pick(["active", "active", "lapsed", "resigned"])}
    if i % 2 == 0:
        doc["dues"] = {"method": "direct_debit", "iban": c.iban(), "amountMonthly": c.money(8, 30)}
    else:
        doc["dues"] = {"method": "payroll",
                       "employer": c.pick(["Nordwind Logistik", "Hospital Ribera", "Acme Retail"]),
                       "amountMonthly": c.money(8, 30)}
    if i % 3 != 2:
        doc["caseNote"] = (c.say("trade_union", lang) + " "
                           + c.say(c.slot(["political_opinion", "health", "racial_ethnic_origin"],
                                          lang)[0], lang))
    return doc


# ------------------------------------------------------------------- clean feeds

RATES: dict[str, list[tuple[str, str, str | None]]] = {
    "en": [("XMAS3", "Christmas Break - 3 nights", "religious_belief"),
           ("EAST2", "Easter Family Escape", "religious_belief"),
           ("SPA1", "Wellness & Health Spa Package", "health"), ("BB", "Bed & Breakfast", None)],
    "de": [("WEIH", "Weihnachtsarrangement", "religious_belief"),
           ("OST", "Osterangebot", "religious_belief"),
           ("GES", "Gesundheitswoche mit Sauna", "health")],
    "fr": [("NOEL", "Séjour de Noël", "religious_belief"),
           ("PAQ", "Week-end de Pâques", "religious_belief"),
           ("BIEN", "Forfait bien-être et santé", "health")],
    "es": [("NAV", "Escapada de Navidad", "religious_belief"),
           ("SSANTA", "Oferta Semana Santa", "religious_belief"),
           ("SALUD", "Paquete salud y spa", "health")]
}


def hotel_rate_plans(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    plans = []
    for code, name, kind in RATES[lang]:
        if kind:
            c.negtag(kind, "rate_plan")
        plans.append({"code": code, "name": name, "pricePerNight": c.money(70, 260),
                      "currency": "EUR", "refundable": c.pick([True, False])})
    return {"hotel": c.pick(P.HOTELS[lang]), "ratePlans": plans, "validFrom": c.date(2025, 2025),
            "channel": c.pick(["web", "ota", "gds"])}


def sports_fixtures(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("trade_union", "rugby_union")
    c.negtag("criminal_record", "penalty")
    teams = ["Harbour Gulls", "Northmoor Rovers", "Valley Stags", "Riverside Otters",
             "Greystone Ravens"]
    fx = []
    for _ in range(3):
        a, b = c.rng.sample(teams, 2)
        fx.append({"home": a, "away": b, "kickoff": c.ts(2025, 2025),
                   "competition": c.pick(["Rugby union - County League", "Rugby Union Cup"]),
                   "score": f"{c.rint(0, 40)}-{c.rint(0, 40)}", "penalties": c.rint(0, 6),
                   "yellowCards": c.rint(0, 3)})
    return {"fixtures": fx, "notes": c.neg("criminal_record", "en")}


HOLIDAYS = {"en": [("Ramadan begins (approx.)", "2025-03-01"),
                   ("Eid al-Fitr (approx.)", "2025-03-30"), ("Good Friday", "2025-04-18"),
                   ("Easter Monday", "2025-04-21"), ("Yom Kippur", "2025-10-02"),
                   ("Diwali", "2025-10-20"), ("Christmas Day", "2025-12-25")],
            "de": [("Karfreitag", "2025-04-18"), ("Ostermontag", "2025-04-21"),
                   ("Fronleichnam", "2025-06-19"), ("Reformationstag", "2025-10-31"),
                   ("Allerheiligen", "2025-11-01")],
            "fr": [("Lundi de Pâques", "2025-04-21"), ("Ascension", "2025-05-29"),
                   ("Assomption", "2025-08-15"), ("Toussaint", "2025-11-01"),
                   ("Noël", "2025-12-25")],
            "es": [("Jueves Santo", "2025-04-17"), ("Viernes Santo", "2025-04-18"),
                   ("Asunción", "2025-08-15"), ("Todos los Santos", "2025-11-01"),
                   ("Inmaculada Concepción", "2025-12-08")]}


def holiday_calendar(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    c.negtag("religious_belief", "public_holidays")
    return {"kind": "calendar#events",
            "summary": {"en": "Public holidays", "de": "Feiertage", "fr": "Jours fériés",
                        "es": "Festivos"}[lang],
            "items": [{"id": c.lref(12), "summary": h, "start": {"date": d},
                       "transparency": "transparent"} for h, d in HOLIDAYS[lang]],
            "nextSyncToken": c.b64(20)}


DRUGS = [("Metformin", "type 2 diabetes", "severe renal impairment"),
         ("Sertraline", "depression, panic disorder", "MAOI use within 14 days"),
         ("Clopidogrel", "prevention of atherothrombotic events", "active bleeding"),
         ("Salbutamol", "asthma, COPD", "hypersensitivity")]


def drug_reference(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("health", "drug_monograph")
    name, ind, contra = DRUGS[i % len(DRUGS)]
    doc = {"monograph": {"name": name, "indications": ind, "contraindications": contra,
                         "commonAdverseEffects": c.rng.sample(["nausea", "headache", "dizziness",
                                                               "insomnia", "tremor"], 3),
                         "pregnancy": "use only if clearly needed", "revised": c.date(2022, 2025)}}
    if name == "Clopidogrel":
        doc["monograph"]["pharmacogenomics"] = ("Reduced effect in CYP2C19 poor metabolizers; "
                                                "consider alternative therapy.")
        c.negtag("genetic", "drug_monograph")
    return doc


def election_results(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    c.negtag("political_opinion", "aggregate_results")
    parties = c.rng.sample(P.PARTY[lang], 4)
    return {"election": c.L(["Local elections", "Kommunalwahl", "Municipales",
                             "Elecciones municipales"]),
            "district": c.city_only("uk" if lang == "en" else None),
            "turnoutPct": round(c.rng.uniform(35, 78), 1),
            "results": [{"party": pt, "votes": c.rint(200, 40000), "seats": c.rint(0, 12)}
                        for pt in parties],
            "commentary": c.neg("political_opinion", lang)}


def census_table(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("racial_ethnic_origin", "census_aggregate")
    c.negtag("religious_belief", "census_aggregate")
    return {"table": "TS021/TS030 (synthetic extract)", "area": c.city_only("uk"),
            "ethnicGroup": [{"category": x, "pct": round(c.rng.uniform(0.5, 60), 1)}
                            for x in ["White", "Asian", "Black", "Mixed", "Other"]],
            "religion": [{"category": x, "pct": round(c.rng.uniform(0.5, 50), 1)}
                         for x in ["Christian", "Muslim", "Hindu", "No religion", "Not answered"]],
            "note": c.neg("racial_ethnic_origin", "en")}


def dating_app_config(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("sex_life_orientation", "feature_flags")
    return {"flags": {"orientationFilter": {"enabled": True, "rollout": c.rint(10, 100)},
                      "pronounsField": {"enabled": True},
                      "prideBadge": {"enabled": c.pick([True, False])},
                      "religionFilter": {"enabled": False}},
            "experiments": [{"key": "onboarding_v" + str(c.rint(2, 5)), "variants": ["a", "b"]}],
            "updatedAt": c.ts()}


def sql_query_log(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("trade_union", "sql_union")
    qs = ["SELECT id, sku FROM orders_2024 UNION ALL SELECT id, sku FROM orders_2025 "
          "WHERE status = 'open'",
          "SELECT name FROM venues UNION SELECT name FROM archived_venues",
          "SELECT COUNT(*) FROM events WHERE type = 'union_type_migration'"]
    return [{"ts": c.ts(style="ms"), "durationMs": c.rint(200, 9000), "rows": c.rint(0, 50000),
             "query": c.pick(qs), "db": c.pick(["reporting", "bookings"])}
            for _ in range(c.rint(2, 4))]


BOOKS = [("A Short History of Prayer", "Religion & Spirituality", "religious_belief"),
         ("The Harbour Murders", "True Crime", "criminal_record"),
         ("Why Turnout Matters", "Politics & Current Affairs", "political_opinion"),
         ("Summer on the Coast", "LGBTQ+ Fiction", "sex_life_orientation"),
         ("Living Well with Diabetes", "Health & Wellbeing", "health"),
         ("The Gene Machine", "Popular Science", "genetic"),
         ("Knots and Nets", "Crafts", None), ("Rivers of the North", "Travel", None)]


def bookshop_order(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "books"), LANGS)
    c.set_lang(lang, 0)
    country = c.country()
    cust = c.person(lang)
    items = []
    for title, genre, kind in c.rng.sample(BOOKS, 3):
        author = c.person(c.pick(LANGS))
        items.append({"isbn13": _isbn(c), "title": title, "author": c.full(author, "fl"),
                      "genre": genre, "qty": 1, "price": c.money(7, 24)})
        if kind:
            c.negtag(kind, "book_genre")
    return {"orderId": "BK-" + c.ref(7), "placedAt": c.ts(),
            "customer": {"name": c.full(cust), "email": c.email(cust)},
            "shipTo": c.address(country, "dict"), "items": items,
            "payment": {"method": "card", "last4": c.last4()},
            "status": c.pick(["paid", "shipped", "delivered"])}


def _isbn(c: Ctx) -> str:
    """ISBN-13 with a correct EAN check digit (a hard negative for phone and
    card numbers); regenerated when the 13 digits happen to pass Luhn."""
    from .validators import card_safe, ean13_check
    while True:
        body = "978" + "".join(str(c.rint(0, 9)) for _ in range(9))
        isbn = f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{ean13_check(body)}"
        if card_safe(isbn):
            c.tag("decoy:isbn")
            return isbn
