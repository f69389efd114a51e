"""Life-event families: funerals, weddings, genealogy, adoption, parenting."""
from __future__ import annotations

from typing import Any

from . import pools as P
from .ctx import LANGS, Ctx

SERVICE_RELIG = {
    "en": [("Requiem Mass", "Father"), ("Janazah prayer", "Imam"),
           ("Church of England funeral service", "Rev."), ("Hindu cremation rites", "Pandit"),
           ("Jewish funeral and shiva", "Rabbi")],
    "de": [("Katholisches Requiem", "Pfarrer"), ("Evangelische Trauerfeier", "Pfarrerin"),
           ("Islamisches Totengebet", "Imam")],
    "fr": [("Messe de funérailles", "Père"), ("Culte protestant d'obsèques", "Pasteure"),
           ("Prière funéraire musulmane", "Imam")],
    "es": [("Misa de difuntos", "Padre"), ("Oración fúnebre islámica", "Imán"),
           ("Culto evangélico de despedida", "Pastor")],
}
SERVICE_CIVIL = {"en": "Civil celebrant ceremony", "de": "Freie Trauerfeier",
                 "fr": "Cérémonie civile", "es": "Ceremonia civil"}
CAUSE = {"en": ["metastatic lung cancer", "heart failure", "complications of dementia", "stroke"],
         "de": ["Herzversagen", "Lungenkrebs", "Schlaganfall"],
         "fr": ["insuffisance cardiaque", "cancer du pancréas", "AVC"],
         "es": ["insuficiencia cardíaca", "cáncer de pulmón", "ictus"]}


def funeral_arrangement(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "funeral"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    dec = c.person(lang)
    nok = c.person(lang)
    k = c.k
    variant = i % 4
    deceased = {k("full_name"): c.full(dec), k("dob"): c.dob(y0=1928, y1=1975),
                "dateOfDeath": c.date(2024, 2025),
                "placeOfDeath": c.pick(["home", "hospice", "hospital", "care home"])}
    if variant in (0, 1):
        stype, title = c.pick(SERVICE_RELIG[lang])
        c.rec("religious_belief", "funeral_rite", None)
        off = c.person(lang)
        officiant = f"{title} {c.last(off)}"
        deceased[c.k("religion")] = c.rec("religious_belief", "religion", c.pick(P.RELIGION[lang]))
        celebrant_note = c.say("religious_belief", lang) if variant == 0 else None
    else:
        celebrant_note = None
        stype = SERVICE_CIVIL[lang]
        officiant = c.full(c.person(lang))
        c.negtag("religious_belief", "chapel_of_rest")
    if variant == 1:
        deceased["causeOfDeath"] = c.rec("health", "cause_of_death", c.pick(CAUSE[lang]))
    doc: dict[str, Any] = {
        "arrangementId": "ARR-" + c.ref(6),
        "funeralHome": {"en": "Kindred Funeral Care", "fr": "Pompes Funèbres du Lac",
                        "de": "Bestattungen Abendruh", "es": "Funeraria La Paz"}[lang],
        "deceased": deceased,
        "service": {"type": stype, "date": c.date(2025, 2025), "officiant": officiant,
                    "venue": {"name": c.L([c.pick(["Chapel of rest", "Crematorium, east chapel"]),
                                           "Trauerhalle", "Salle de cérémonie",
                                           "Sala de velatorio"]),
                              "address": c.address(country)},
                    "music": c.pick([["Abide with me"], ["Time to say goodbye"], []])},
        "nextOfKin": {"name": c.full(nok),
                      "relationship": c.pick(["daughter", "son", "spouse", "niece"]),
                      "phone": c.phone(country), "email": c.email(nok)},
        "invoice": {"vatId": c.vat_id(lang),
                    "deposit": ({"method": "card", "cardNumber": c.card(), "expiry": c.card_exp()}
                                if i % 5 == 2 else {"method": "card", "last4": c.last4()})},
        "lineItems": [{"sku": "FH-" + c.ref(4), "description": d, "amount": c.money(90, 2400)}
                      for d in c.rng.sample(["Coffin - oak veneer", "Hearse", "Limousine",
                                             "Floral tribute", "Cremation fee",
                                             "Order of service (50)"], 3)]}
    if variant == 3:
        doc["familyNotes"] = c.neutral(lang)
    if celebrant_note:
        doc["service"]["notes"] = celebrant_note
    return doc


DIET_PLAIN = {"en": ["vegetarian", "vegan", "none", "pescatarian"],
              "de": ["vegetarisch", "vegan", "keine"], "fr": ["végétarien", "végan", "aucun"],
              "es": ["vegetariano", "vegano", "ninguna"]}
DIET_HEALTH = {"en": ["nut allergy (EpiPen)", "coeliac", "lactose intolerant", "shellfish allergy"],
               "de": ["Nussallergie", "Zöliakie", "Laktoseintoleranz"],
               "fr": ["allergie aux noix", "cœliaque", "intolérant au lactose"],
               "es": ["alergia a frutos secos", "celíaco", "intolerancia a la lactosa"]}
DIET_RELIG = {"en": ["halal", "kosher"], "de": ["halal", "koscher"], "fr": ["halal", "casher"],
              "es": ["halal", "kosher"]}
CEREMONY_RELIG = {"en": "Catholic nuptial Mass", "de": "Evangelische Trauung",
                  "fr": "Mariage religieux à la paroisse", "es": "Boda por la Iglesia"}


def wedding_planner(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "wedding"), LANGS)
    c.set_lang(lang, 0.3)
    country = c.country()
    a, b = c.person(lang), c.person(lang)
    variant = i % 4
    couple = [{"name": c.full(x), "email": c.email(x), "phone": c.phone(country)} for x in (a, b)]
    ceremony = {"type": "civil", "venue": {"name": c.L(["Orangery at Hollin Park", "Gut Lindenhof",
                                                        "Domaine des Vignes", "Finca El Olivar"]),
                                           "address": c.address(country)},
                "time": f"{c.rint(11, 16)}:00"}
    guests = []
    for _ in range(c.rint(3, 6)):
        g = c.person(lang)
        guests.append({"name": c.full(g), "rsvp": c.pick(["yes", "yes", "no", "pending"]),
                       "dietary": c.pick(DIET_PLAIN[lang])})
    if variant == 0:
        ceremony["type"] = c.rec("religious_belief", "ceremony", CEREMONY_RELIG[lang])
        ceremony["notes"] = c.say("religious_belief", lang)
    elif variant == 1:
        guests[0]["dietary"] = c.rec("health", "dietary", c.pick(DIET_HEALTH[lang]))
        guests[-1]["dietary"] = c.rec("religious_belief", "dietary", c.pick(DIET_RELIG[lang]))
        ceremony["notes"] = c.say(c.slot(["health", "religious_belief", "racial_ethnic_origin"],
                                         lang)[0], lang)
    elif variant == 2:
        ceremony["notes"] = c.say("sex_life_orientation", lang)
    else:
        ceremony["notes"] = c.neg("political_opinion", lang)
    return {"eventId": "EV-" + c.ref(6), "planner": "Blossom & Vine Weddings",
            "weddingDate": c.date(2025, 2026), "couple": couple, "ceremony": ceremony,
            "guests": guests,
            "vendors": [{"company": v, "contact": c.role_email(d)}
                        for v, d in c.rng.sample([("Petal Studio", "petalstudio.example"),
                                                  ("Brass & Bloom Band", "brassbloom.example"),
                                                  ("Cake Atelier", "cakeatelier.example")], 2)],
            "budget": {"total": c.money(8000, 30000), "spent": c.money(1000, 8000),
                       "currency": "EUR"}}


RELIG_EVENT = {"en": "RELIGION", "de": "RELI", "fr": "RELI", "es": "RELI"}


OCCUPATIONS = {"en": ["farmer", "teacher", "seamstress", "railway clerk", "nurse"],
               "de": ["Landwirt", "Lehrerin", "Schneiderin", "Schlosser"],
               "fr": ["cultivateur", "institutrice", "couturière", "cheminot"],
               "es": ["labrador", "maestra", "costurera", "ferroviario"]}


def family_tree_export(c: Ctx, i: int) -> Any:
    import datetime as dt
    lang = c.deck(("fl", "tree"), LANGS)
    c.set_lang(lang, 0.3)
    country = c.country()
    variant = i % 3
    father, mother = c.person(lang, "m"), c.person(lang, "f")
    kids = [c.person(lang, "m" if (variant == 1 and n == 0) else None) for n in range(c.rint(1, 3))]
    fy = c.rint(1895, 1935)
    people = [(father, fy), (mother, fy + c.rint(-4, 6))]
    for kid in kids:
        kid.last = father.last
        people.append((kid, fy + c.rint(22, 38)))
    persons = []
    for n, (p, year) in enumerate(people):
        c.add("date_of_birth", "dob")
        born = dt.date(year, c.rint(1, 12), c.rint(1, 28))
        ev = []
        if variant == 0 and n < 2:
            ev.append({"type": RELIG_EVENT[lang],
                       "value": c.rec("religious_belief", "religion", c.pick(P.RELIGION[lang]))})
        if variant == 0 and n == 1:
            ev.append({"type": "NOTE",
                       "value": c.say(c.slot(["religious_belief", "racial_ethnic_origin", "health"],
                                             lang)[0], lang)})
        if variant != 1 and n == 0:
            ev.append({"type": "BAPM",
                       "date": (born + dt.timedelta(days=c.rint(3, 40))).isoformat()})
            if variant == 2:
                c.negtag("religious_belief", "baptism_date_only")
        if variant == 0 and n == 0:
            ev.append({"type": "DEAT_CAUSE",
                       "value": c.rec("health", "cause_of_death", c.pick(CAUSE[lang]))})
        ev.append({"type": "OCCU", "value": c.pick(OCCUPATIONS[lang])})
        rec = {"id": f"I{n + 1}", "name": {"given": c.first(p), "surname": c.last(p)},
               "sex": p.gender.upper(),
               "birth": {"date": born.isoformat(), "place": c.city(country)}, "events": ev}
        if year < 1945:
            rec["death"] = {"date": f"{min(year + c.rint(55, 95), 2024)}", "place": c.city(country)}
        persons.append(rec)
    doc: dict[str, Any] = {"format": "roots-json", "version": "1.2", "exportedAt": c.ts(),
                           "tree": {"id": c.uuid(), "title": f"{c.last(father)} family",
                                    "persons": persons,
                                    "families": [{"id": "F1", "partners": ["I1", "I2"],
                                                  "children": [p["id"] for p in persons[2:]]}]}}
    if variant == 1:
        doc["tree"]["dna"] = {"kitId": "KIT-" + c.ref(8), "testedPerson": "I3",
                              "haplogroupY": c.rec("genetic", "haplogroup", c.pick(P.HAPLO_Y)),
                              "haplogroupMt": c.pick(P.HAPLO_MT),
                              "sampleCalls": {rs: g for rs, g in c.rng.sample(P.GENO, 4)},
                              "note": c.say("genetic", lang)}
    return doc


def adoption_case(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "adoption"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    variant = i % 4
    child = c.person(lang)
    a1, a2 = c.person(lang), c.person(lang)
    sw = c.person(lang)
    k = c.k
    doc = {"caseNumber": "AD-" + c.ref(7),
           "agency": c.L(["Hearth Adoption Service", "Adoptionsvermittlung Nord",
                          "Service adoption du département", "Entidad de adopción Horizonte"]),
           "stage": c.pick(["HOME_STUDY", "MATCHING", "PANEL"]),
           "child": {k("first_name"): c.first(child), k("dob"): c.dob("iso", 2015, 2023)},
           "applicants": [{k("full_name"): c.full(x), k("dob"): c.dob(y0=1975, y1=1994),
                           "occupation": c.pick(["nurse", "engineer", "teacher", "chef",
                                                 "accountant"])}
                          for x in (a1, a2)],
           "applicantAddress": c.address(country), "socialWorker": c.full(sw), "visits": []}
    checks: dict[str, Any] = {"references": c.rint(2, 3)}
    if variant in (0, 1):
        checks[c.k("convictions")] = c.rec("criminal_record", "check",
                                           c.L([c.pick(["clear", "enhanced DBS - no trace"]),
                                                "Führungszeugnis ohne Eintrag",
                                                "casier judiciaire vierge (B2)",
                                                "sin antecedentes penales"]))
    if variant == 0:
        doc["child"]["heritage"] = c.rec("racial_ethnic_origin", "heritage",
                                         c.pick(P.ETHNICITY[lang]))
    if variant == 1:
        doc["visits"].append({"date": c.date(), "summary": c.say("sex_life_orientation", lang)})
    if variant == 2:
        doc["birthParentWishes"] = c.say("religious_belief", lang)
        checks["medical"] = c.rec("health", "medical",
                                  "GP report received; "
                                  + c.pick(["well controlled asthma", "no concerns",
                                            "history of depression, stable"]))
    if variant == 3 and i % 2 == 1:
        doc["visits"].append({"date": c.date(), "summary": c.say("health", lang)})
    if variant != 3:
        doc["visits"].append({"date": c.date(),
                              "summary": c.say(c.slot(["health", "religious_belief",
                                                       "racial_ethnic_origin",
                                                       "sex_life_orientation", "criminal_record"],
                                                      lang)[0], lang)})
    doc["homeStudy"] = {"checks": checks}
    doc["visits"].append({"date": c.date(), "summary": c.neutral(lang)})
    return doc


VACC = ["6-in-1 (DTaP/IPV/Hib/HepB) dose 1", "Rotavirus dose 2", "MenB dose 1",
        "PCV13 dose 1", "MMR dose 1"]


def baby_app(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "baby"), LANGS)
    c.set_lang(lang, 0.3)
    parent = c.person(lang, "f")
    baby = c.person(lang)
    variant = i % 3
    entries = []
    for _ in range(c.rint(3, 6)):
        kind = c.pick(["feed", "sleep", "nappy"])
        e: dict[str, Any] = {"type": kind, "at": c.ts(2025, 2025)}
        if kind == "feed":
            e["ml"] = c.rint(60, 180)
            e["side"] = c.pick(["L", "R", None])
        elif kind == "sleep":
            e["minutes"] = c.rint(20, 240)
        else:
            e["what"] = c.pick(["wet", "dirty", "both"])
        entries.append(e)
    if variant == 0:
        entries.append({"type": "note", "at": c.ts(2025, 2025), "text": c.say("health", lang)})
    elif variant == 1 and i % 2 == 0:
        entries.append({"type": "vaccination", "at": c.ts(2025, 2025),
                        "vaccine": c.rec("health", "vaccination", c.pick(VACC)),
                        "reaction": c.pick(["none", "mild fever", "sleepy"])})
    else:
        entries.append({"type": "tip_read", "at": c.ts(2025, 2025),
                        "snippet": c.neg("health", lang)})
    return {"userId": c.uuid(),
            "caregiver": {"firstName": c.first(parent), "email": c.email(parent)},
            "baby": {"name": c.first(baby), "birthDate": c.dob("iso", 2024, 2025),
                     "sex": baby.gender.upper()},
            "entries": entries, "appVersion": c.version(),
            "sync": {"device": c.pick(["ios", "android"]), "cursor": c.b64(20)}}


ARTICLES = {
    "en": [("colic-what-helps", "Colic: what helps"),
           ("fever-when-to-call", "Fever in babies: when to call the doctor"),
           ("sleep-regression", "The four-month sleep regression")],
    "de": [("koliken", "Dreimonatskoliken: was hilft"),
           ("fieber-baby", "Fieber beim Baby: wann zum Arzt?")],
    "fr": [("coliques", "Coliques du nourrisson : que faire ?"),
           ("fievre-bebe", "Fièvre chez bébé : quand consulter")],
    "es": [("colicos", "Cólicos del lactante: qué ayuda"),
           ("fiebre-bebe", "Fiebre en bebés: cuándo ir al médico")],
}


def parenting_articles(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    items = [{"slug": s, "title": t, "summary": c.neg("health", lang),
              "readingMinutes": c.rint(3, 9),
              "tags": c.rng.sample(["sleep", "feeding", "health", "development"], 2)}
             for s, t in ARTICLES[lang]]
    return {"articles": items, "locale": lang, "cursor": {"next": c.b64(12), "prev": None}}
