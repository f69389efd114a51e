"""Civic, faith, political, migration, education, travel and social payloads."""

from __future__ import annotations

import json
from typing import Any

from . import fill
from .ctx import Ctx


def parish_register(c: Ctx) -> Any:
    c.lang = c.pick(["de", "en", "es"])
    c.mark("religious_belief", "religious_belief:congregation")
    p = c.person()
    keys = {"de": ("gemeindeglied", "konfession", "taufdatum"),
            "en": ("parishioner", "denomination", "baptism_date"),
            "es": ("feligres", "confesion", "fecha_bautismo")}[c.lang]
    doc: dict[str, Any] = {keys[0]: {c.k("first_name"): p.given, c.k("last_name"): p.family,
                                     c.k("address"): c.address(), keys[2]: fill.date(c.rng)},
                           keys[1]: c.pick(["römisch-katholisch", "Anglican", "evangélica"]),
                           "parish": c.pick(["St. Marien", "St Aidan", "Santa María la Mayor"])}
    if c.chance(0.4):
        doc["ministries"] = [c.pick(["choir", "Lektor", "catequesis"])]
    if c.chance(0.3):
        doc[c.k("dob")] = c.dob()
    return doc


def religious_donation(c: Ctx) -> Any:
    c.mark("religious_belief", "religious_belief:donation")
    kind = c.pick(["zakat", "tzedakah", "Kirchgeld", "tithe", "denier de l'Église"])
    p = c.person()
    doc: dict[str, Any] = {"donation_id": fill.uuid(c.rng), "type": kind,
                           "amount": fill.money(c.rng, 20, 2000), "currency": "EUR",
                           "donor": {"name": p.full, "email": c.email(p)}}
    if c.chance(0.5):
        doc["debtor_iban"] = c.iban()
    if c.chance(0.4):
        doc["donor"]["address"] = c.address()
    return doc


SUPPORT = ["1-strong support", "2-lean support", "3-undecided", "4-lean oppose", "5-strong oppose"]


def campaign_voter(c: Ctx) -> Any:
    c.lang = c.pick(["en", "en", "fr", "de"])
    c.mark("political_opinion", "political_opinion:support-score")
    p = c.person()
    doc: dict[str, Any] = {"van_id": c.rng.randint(100000, 999999),
                           "voter": {"first": p.given, "last": p.family,
                                     "addr": c.address(structured=False), "phone": c.phone()},
                           "support_id": c.pick(SUPPORT),
                           "tags": c.pick([["yard sign"], ["volunteer prospect"], []])}
    if c.chance(0.4):
        doc["canvass_note"] = c.say("political_opinion")
    return doc


def canvass_shift(c: Ctx) -> Any:
    doors = []
    for _ in range(c.rng.randint(2, 4)):
        if c.chance(0.6):
            doors.append({"door": c.address(structured=False), "result": "contact",
                          "note": c.say("political_opinion")})
        else:
            doors.append({"door": c.address(structured=False), "result": "not home"})
    return {"turf": fill.short_code(c.rng, "T", 4), "volunteer": c.name(), "doors": doors}


def party_membership(c: Ctx) -> Any:
    c.mark("political_opinion", "political_opinion:membership")
    p = c.person()
    party = {"de": "SPD", "fr": "Les Écologistes", "es": "PSOE", "en": "Liberal Democrats"}[c.lang]
    doc = {"partei" if c.lang == "de" else "party": party,
           "mitgliedsnummer" if c.lang == "de" else "membership_no": fill.short_code(c.rng, "", 8),
           "member": {c.k("name"): p.full, c.k("email"): c.email(p), c.k("dob"): c.dob()},
           "local_branch": c.pick(["Ortsverein Linden", "Section Rennes-Sud", "Agrupación Centro"]),
           "fee": {"monthly": fill.money(c.rng, 5, 30), "iban": c.iban()}}
    return doc


def political_donation(c: Ctx) -> Any:
    c.lang = "en"
    c.mark("political_opinion", "political_opinion:donation")
    p = c.person()
    return {"committee": c.pick(["Coalition for Clean Water PAC", "Harbor County Victory Fund"]),
            "contributor": {"name": f"{p.family.upper()}, {p.given.upper()}",
                            "address": c.address("us"), "employer": "Self-employed",
                            "occupation": "Architect"},
            "amount": c.pick([25, 250, 1000, 2900]), "date": fill.date(c.rng)}


def visa_application(c: Ctx) -> Any:
    c.lang = "en"
    p = c.person(c.pick(["en", "es", "fr"]))
    doc: dict[str, Any] = {
        "application": fill.short_code(c.rng, "AA", 8), "visa_class": c.pick(["B1/B2", "F-1"]),
        "applicant": {"surname": p.family, "given_names": p.given, "dob": c.dob("iso"),
                      "nationality": c.pick(["MEX", "IND", "NGA", "FRA"]),
                      "passport": {"number": c.passport(c.pick(["IN", "FR", "ES"])),
                                   "expiry": fill.date(c.rng)}},
        "contact": {"email": c.email(p), "us_address": c.address("us")},
    }
    if c.chance(0.6):
        c.mark("criminal_record", "criminal_record:visa-question")
        doc["security"] = {"ever_arrested_or_convicted": c.pick([False, True])}
    if c.chance(0.4):
        c.mark("health", "health:visa-question")
        doc["medical"] = {"communicable_disease": False, "drug_abuser": False}
    return doc


def asylum_case(c: Ctx) -> Any:
    c.lang = c.pick(["de", "en", "fr"])
    kinds = c.rng.sample(["racial_ethnic_origin", "political_opinion", "religious_belief",
                          "sex_life_orientation"], 2)
    return {"aktenzeichen" if c.lang == "de" else "case_ref": fill.short_code(c.rng, "BAMF-", 7),
            "applicant": {"name": c.name(lang="fr" if c.lang == "fr" else None),
                          "dob": c.dob("iso")},
            "grounds": [c.say(k) for k in kinds],
            "interpreter_language": c.pick(["Kurmanji", "Tigrinya", "Dari"])}


def census_response(c: Ctx) -> Any:
    c.lang = c.pick(["en", "es"])
    doc: dict[str, Any] = {"household": fill.short_code(c.rng, "HH", 9),
                           "person_1": {"name": c.name(), "age": c.rng.randint(19, 88)}}
    eth = c.pick(["White - Irish", "Mixed: White and Black Caribbean", "Prefer not to say",
                  "Asian - Pakistani"])
    if eth == "Prefer not to say":
        c.decoy("prefer-not-to-say")
    else:
        c.mark("racial_ethnic_origin", "racial_ethnic_origin:census")
    doc["person_1"]["ethnic_group"] = eth
    rel = c.pick(["No religion", "Muslim", "Christian", "Prefer not to say", "Sikh"])
    if rel == "Prefer not to say":
        c.decoy("prefer-not-to-say")
    else:
        c.mark("religious_belief", "religious_belief:census")
    doc["person_1"]["religion"] = rel
    return doc


def student_record(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {"student_id": fill.short_code(c.rng, "ST", 7),
                           c.k("first_name"): p.given, c.k("last_name"): p.family,
                           c.k("dob"): c.dob(), "grade": c.pick(["5e", "10", "2º ESO", "Q1"]),
                           "guardian": {"name": c.name(), "phone": c.phone()}}
    if c.chance(0.5):
        c.mark("health", "health:iep")
        doc["accommodations"] = {"plan": c.pick(["IEP", "PAP", "Nachteilsausgleich"]),
                                 "reason": c.pick(["dyslexia", "ADHD", "type 1 diabetes"])}
    if c.chance(0.3):
        c.mark("religious_belief", "religious_belief:ethics-class")
        doc["religionsunterricht"] = c.pick(["katholisch", "islamisch"])
    return doc


def school_trip_consent(c: Ctx) -> Any:
    c.lang = c.pick(["en", "fr", "de"])
    doc: dict[str, Any] = {"trip": "Year 8 residential", "child": c.name(),
                           "parent_phone": c.phone(), "consent": True}
    if c.chance(0.7):
        c.mark("health", "health:medical-form")
        doc["medical"] = c.pick(["nut allergy - epipen in bag", "asthma, blue inhaler",
                                 "none known"])
    if c.chance(0.4):
        c.mark("religious_belief", "religious_belief:diet")
        doc["diet"] = c.pick(["halal only (we are Muslim)", "kosher - family is Jewish"])
    else:
        doc["diet"] = c.pick(["vegetarian", "no restrictions"])
    return doc


def dating_profile(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {"id": fill.uuid(c.rng), "display_name": p.given,
                           "age": c.rng.randint(21, 58), "bio": c.chat()}
    if c.chance(0.6):
        c.mark("sex_life_orientation", "sex_life_orientation:field")
        doc["orientation"] = c.pick(["gay", "bisexual", "lesbian", "straight", "pansexual"])
    else:
        doc["bio"] += " " + c.say(c.pick(["sex_life_orientation", "religious_belief"]))
    if c.chance(0.4):
        c.mark("religious_belief", "religious_belief:field")
        doc["religion"] = c.pick(["Catholic", "Muslim", "Jewish", "Buddhist"])
    if c.chance(0.3):
        c.mark("racial_ethnic_origin", "racial_ethnic_origin:field")
        doc["ethnicity"] = c.pick(["Latino/Hispanic", "Black", "South Asian", "Middle Eastern"])
    if c.chance(0.5):
        lat, lon = c.coords()
        doc["last_location"] = {"lat": lat, "lng": lon}
    return doc


def social_feed(c: Ctx) -> Any:
    posts = []
    for _ in range(c.rng.randint(2, 4)):
        if c.chance(0.5):
            text = c.special()
        else:
            text = c.chat()
        posts.append({"author": {"handle": "@" + fill.ident(c.rng, "", 7).lower(),
                                 "name": c.name()}, "text": text,
                      "likes": c.rng.randint(0, 400)})
    return {"data": posts, "paging": {"cursor": fill.b64(c.rng, 24)}}


SSR_MEALS = {"KSML": "religious_belief", "MOML": "religious_belief", "HNML": "religious_belief",
             "DBML": "health", "VGML": "", "CHML": ""}


def airline_pnr(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    p = c.person()
    pax: dict[str, Any] = {"name": f"{p.family.upper().replace(' ', '')}/{p.given.upper()}",
                           "apis": {"doc_type": "P", "doc_number": c.passport(),
                                    "dob": c.dob("iso")},
                           "contact": {"mobile": c.phone(), "email": c.email(p)}}
    meal = c.pick(list(SSR_MEALS))
    if SSR_MEALS[meal]:
        c.mark(SSR_MEALS[meal], f"{SSR_MEALS[meal]}:ssr-meal")
    else:
        c.decoy("ssr-meal-neutral")
    pax["ssr"] = [{"code": meal, "segment": 1}]
    if c.chance(0.3):
        c.mark("health", "health:ssr-wchr")
        pax["ssr"].append({"code": "WCHR", "text": "cannot walk long distances"})
    return {"record_locator": fill.short_code(c.rng, "", 6), "passengers": [pax],
            "segments": [{"from": "FRA", "to": c.pick(["JFK", "MAD", "CDG"]),
                          "flight": "LH" + str(c.rng.randint(100, 999))}]}


def hotel_checkin(c: Ctx) -> Any:
    c.lang = c.pick(["fr", "es", "de"])
    p = c.person()
    return {"reservation": fill.short_code(c.rng, "R", 7),
            "fiche" if c.lang == "fr" else "parte_viajero" if c.lang == "es" else "meldeschein": {
                c.k("last_name"): p.family, c.k("first_name"): p.given, c.k("dob"): c.dob(),
                "document": {"type": "passport", "number": c.passport()},
                c.k("address"): c.address()},
            "room": c.rng.randint(101, 540), "nights": c.rng.randint(1, 6)}


def tenant_screening(c: Ctx) -> Any:
    c.lang = "en"
    p = c.person()
    doc: dict[str, Any] = {"applicant": {"name": p.full, "email": c.email(p), "dob": c.dob("iso")},
                           "credit_score": c.rng.randint(540, 820),
                           "eviction_history": c.pick([[], [{"year": 2019, "county": "Pierce"}]]),
                           "income_verified": True}
    c.decoy("eviction-history")
    if c.chance(0.5):
        c.mark("criminal_record", "criminal_record:screening")
        doc["criminal"] = c.pick([{"result": "no records found"},
                                  {"result": "1 record", "detail": "misdemeanor theft 2016"}])
    if c.chance(0.4):
        doc["applicant"]["ssn"] = c.national_id("ssn")[1]
    return doc


def conference_registration(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {"ticket": fill.short_code(c.rng, "TK", 6), "attendee": p.full,
                           "email": c.email(p, c.pick(["northpeak.io", "helios-care.org"])),
                           "company": c.pick(["Northpeak", "Helios Care"]),
                           "tshirt": c.pick(["S", "M", "L"])}
    if c.chance(0.5):
        c.mark("health", "health:accessibility")
        doc["accessibility"] = c.pick(["wheelchair user", "hard of hearing - need captions",
                                       "service dog (epilepsy)"])
    else:
        doc["dietary"] = c.pick(["vegan", "none"])
    return doc


def stringified_profile(c: Ctx) -> Any:
    """A message-queue envelope whose payload is nested JSON kept as a string."""
    p = c.person()
    inner: dict[str, Any] = {"user": {"name": p.full, "email": c.email(p)},
                             "prefs": {"lang": c.lang}}
    if c.chance(0.6):
        inner["about_me"] = c.special()
    return {"topic": "profile.updated", "partition": c.rng.randint(0, 11),
            "offset": c.rng.randint(1000, 99999),
            "payload": json.dumps(inner, ensure_ascii=False)}


FAMILIES = [
    ("parish_register", parish_register, 5),
    ("religious_donation", religious_donation, 4),
    ("campaign_voter", campaign_voter, 6),
    ("canvass_shift", canvass_shift, 4),
    ("party_membership", party_membership, 5),
    ("political_donation", political_donation, 3),
    ("visa_application", visa_application, 4),
    ("asylum_case", asylum_case, 5),
    ("census_response", census_response, 4),
    ("student_record", student_record, 4),
    ("school_trip_consent", school_trip_consent, 3),
    ("dating_profile", dating_profile, 9),
    ("social_feed", social_feed, 6),
    ("airline_pnr", airline_pnr, 4),
    ("hotel_checkin", hotel_checkin, 2),
    ("tenant_screening", tenant_screening, 4),
    ("conference_registration", conference_registration, 2),
    ("stringified_profile", stringified_profile, 3),
]
