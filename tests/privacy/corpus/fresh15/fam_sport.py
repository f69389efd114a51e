"""Sports and leisure families."""
from __future__ import annotations

from typing import Any

from . import pools as P
from .ctx import LANGS, Ctx

PARQ = ["heartCondition", "chestPainDuringActivity", "chestPainAtRest", "lossOfBalanceOrDizziness",
        "boneOrJointProblem", "bloodPressureOrHeartMedication", "otherReasonNotToExercise"]


def gym_membership(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "gym"), LANGS)
    c.set_lang(lang)
    country = c.country()
    p = c.person(lang)
    k = c.k
    variant = i % 4
    member = {k("first_name"): c.first(p), k("last_name"): c.last(p), k("dob"): c.dob(),
              k("email"): c.email(p), k("phone"): c.phone(country),
              k("address"): c.address(country, "dict")}
    if lang == "es":
        member["dni"] = c.dni()
    doc: dict[str, Any] = {"memberId": "M-" + c.ref(7),
                           "status": c.pick(["ACTIVE", "FROZEN", "ACTIVE"]),
                           "club": c.pick(P.GYMS[lang]), "member": member,
                           "membership": {"plan": c.pick(["Off-Peak", "Anytime",
                                                          "Student", "Family"]),
                                          "startDate": c.date(2022, 2025),
                                          "priceMonthly": c.money(19, 79)}}
    if c.chance(0.6):
        doc["membership"]["billing"] = {"method": "SEPA_DD", "iban": c.iban(),
                                        "mandateRef": "MND-" + c.ref(8)}
    else:
        doc["membership"]["billing"] = {"method": "CARD", "last4": c.last4(),
                                        "brand": c.pick(["visa", "mastercard"])}
    if variant == 0:
        answers = {q: False for q in PARQ}
        if i % 8 == 4:
            answers[c.pick(PARQ)] = True
            doc["injuryNotes"] = [{"date": c.date(), "author": "front-desk",
                                   "text": c.say("health", lang)}]
        doc["parq"] = {"completedAt": c.ts(), "answers": answers}
        c.rec("health", "parq", None)
    elif variant == 1:
        doc["staffNote"] = c.neutral(lang)
        doc["referral"] = {"scheme": c.pick(["corporate", "friend", "walk-in"]), "code": c.ref(6)}
    elif variant == 2:
        doc["access"] = {"method": "FINGERPRINT", "template": c.bio("fp"),
                         "format": "ISO/IEC 19794-2", "enrolledAt": c.ts(),
                         "reader": "turnstile-" + str(c.rint(1, 4))}
        doc["staffNote"] = c.say("biometric", lang)
    else:
        doc["access"] = {"method": "FINGERPRINT",
                         "lastScanScore": round(c.rng.uniform(0.86, 0.99), 2), "lastEntry": c.ts(),
                         "reader": "turnstile-" + str(c.rint(1, 4))}
        c.negtag("biometric", "auth_method")
        doc["staffNote"] = c.neg(c.pick(["health", "biometric"]), lang)
    return doc


CLASSES = {
    "en": ["Back Care Pilates", "Prenatal Yoga", "Cardio Blast", "Seniors Strength", "Spin 45",
           "Mobility & Recovery"],
    "de": ["Rückenfit", "Schwangerschaftsyoga", "Cardio Mix", "Fit ab 60", "Indoor Cycling",
           "Faszientraining"],
    "fr": ["Pilates dos", "Yoga prénatal", "Cardio training", "Gym seniors", "RPM 45",
           "Stretching récupération"],
    "es": ["Pilates espalda sana", "Yoga para embarazadas", "Cardio box", "Gimnasia mayores",
           "Ciclo indoor", "Movilidad"],
}


def gym_timetable(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    c.negtag("health", "class_names")
    classes = [{"day": c.pick(["MON", "TUE", "WED", "THU", "FRI", "SAT"]),
                "start": f"{c.rint(6, 20):02d}:{c.pick(['00', '15', '30', '45'])}",
                "class": c.pick(CLASSES[lang]), "studio": f"Studio {c.rint(1, 3)}",
                "spaces": c.rint(8, 30), "level": c.pick(["all", "beginner", "advanced"])}
               for _ in range(c.rint(5, 9))]
    return {"club": c.pick(P.GYMS[lang]), "weekStarting": c.date(), "classes": classes,
            "notice": c.neg("health", lang), "page": {"size": len(classes), "next": None}}


def marathon_registration(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "race"), LANGS)
    c.set_lang(lang)
    country = c.country()
    p = c.person(lang)
    ec = c.person(lang)
    reg: dict[str, Any] = {
        "id": "REG-" + c.ref(8), "bib": c.rint(100, 9999), "status": "CONFIRMED",
        "wave": c.pick("ABCD"),
        "participant": {"firstName": c.first(p), "lastName": c.last(p),
                        "dateOfBirth": c.dob("iso", 1950, 2006), "gender": c.pick(["F", "M", "X"]),
                        "email": c.email(p), "phone": c.phone(country),
                        "club": c.pick([None, "Harbour Harriers RC", "LG Stadtwald",
                                        "Club Athlétique du Lac", "CD Ribera Runners"])},
        "emergencyContact": {"name": c.full(ec),
                             "relationship": c.pick(["partner", "mother", "friend", "brother"]),
                             "phone": c.phone(country)},
        "tshirt": c.pick(["XS", "S", "M", "L", "XL"]),
        "estimatedFinish": f"00:{c.rint(38, 75):02d}:00"}
    if lang == "es" and i % 2 == 0:
        reg["participant"]["documento"] = {"tipo": "DNI", "numero": c.dni()}
    elif lang == "es":
        reg["participant"]["documento"] = {"tipo": "DNI", "numero": c.bad_dni(), "validado": False}
    if i % 4 == 0:
        reg["medical"] = {"conditions": c.rec("health", "conditions", c.pick(P.CONDITIONS[lang])),
                          "medications": c.pick([None, c.pick(P.MEDS)]),
                          "consentToShareWithMedics": True}
        if i % 6 == 0:
            reg["messageToOrganisers"] = c.say("health", lang)
    else:
        reg["messageToOrganisers"] = c.pick([c.neutral(lang), c.neg("health", lang)])
    return {"event": {"name": "Run the Harbour 10K", "date": c.date(2025, 2025), "distanceKm": 10},
            "registration": reg,
            "payment": {"amount": c.money(25, 60), "currency": "EUR", "cardLast4": c.last4()}}


def race_results(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    rows = []
    for pos in range(1, c.rint(8, 14)):
        rows.append({"pos": pos, "bib": c.rint(100, 9999),
                     "category": c.pick(["M", "F"]) + c.pick(["SEN", "35", "40", "45", "50", "55"]),
                     "chipTime": f"00:{c.rint(31, 59):02d}:{c.rint(0, 59):02d}",
                     "gunTime": f"00:{c.rint(31, 59):02d}:{c.rint(0, 59):02d}"})
    return {"event": "Run the Harbour 10K", "edition": c.rint(5, 14), "results": rows,
            "paging": {"page": 1, "perPage": len(rows), "total": c.rint(400, 2000)}}


DATING_PROMPTS = {
    "en": [("My ideal Sunday", "long walk, bakery run, too much coffee"),
           ("Two truths and a lie", "I've climbed Ben Nevis, I hate cheese, I can juggle"),
           ("Green flags", "people who text back")],
    "de": [("Mein perfekter Sonntag", "Flohmarkt und Kuchen"),
           ("Ich geek aus über", "Brettspiele und Bahnstrecken")],
    "fr": [("Mon dimanche idéal", "marché, vélo, sieste"),
           ("Je suis fan de", "jeux de société et vieux films")],
    "es": [("Mi domingo ideal", "vermut y paseo por el parque"),
           ("Me flipa", "la montaña y los juegos de mesa")],
}
PNTS = {"en": "Prefer not to say", "de": "Keine Angabe", "fr": "Je préfère ne pas répondre",
        "es": "Prefiero no decirlo"}


def dating_profile(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "dating"), LANGS)
    c.set_lang(lang, 0.3)
    p = c.person(lang)
    variant = i % 6
    details = {"smoking": c.pick(["never", "socially"]),
               "drinks": c.pick(["sometimes", "never", "socially"]), "height_cm": c.rint(155, 195),
               "kids": c.pick(["want someday", "don't want", "not sure"])}
    bio = c.neutral(lang, chat=True)
    if variant == 0:
        details[c.k("orientation")] = c.rec("sex_life_orientation", "orientation",
                                            c.pick(P.ORIENTATION[lang]))
        details[c.k("religion")] = c.rec("religious_belief", "religion", c.pick(P.RELIGION[lang]))
    elif variant == 1:
        bio = (c.say("sex_life_orientation", lang, chat=True) + " "
               + c.say(c.slot(["religious_belief", "political_opinion", "racial_ethnic_origin",
                               "health"], lang)[0], lang, chat=True))
    elif variant == 2:
        details[c.k("party")] = c.rec("political_opinion", "politics", c.pick(P.PARTY[lang]))
        bio = c.say("political_opinion", lang, chat=True)
    elif variant == 3:
        details[c.k("ethnicity")] = c.rec("racial_ethnic_origin", "ethnicity",
                                          c.pick(P.ETHNICITY[lang]))
        bio = c.say("racial_ethnic_origin", lang, chat=True)
    elif variant == 4:
        bio = c.neg(c.pick(["religious_belief", "political_opinion", "sex_life_orientation"]),
                    lang, chat=True)
    else:
        details[c.k("religion")] = PNTS[lang]
        details["politics"] = PNTS[lang]
        details[c.k("orientation")] = PNTS[lang]
        c.negtag("religious_belief", "prefer_not")
        c.negtag("political_opinion", "prefer_not")
        c.negtag("sex_life_orientation", "prefer_not")
    user = {"id": c.uuid(), "handle": c.handle(), "firstName": c.first(p), "age": c.rint(21, 58),
            "pronouns": c.pick(["she/her", "he/him", "they/them"]), "bio": bio,
            "prompts": [{"q": q, "a": a} for q, a in DATING_PROMPTS[lang][:2]], "details": details,
            "photos": [{"url": f"https://cdn.match-app.example/u/{c.hexs(16)}.jpg",
                        "primary": n == 0} for n in range(c.rint(1, 4))],
            "lastActive": c.ts(), "lastLoginIp": c.ip() if i % 4 == 1 else None}
    c.negtag("sex_life_orientation", "pronouns")
    if i % 3 == 0:
        lat, lon = c.geo(c.pick(list(P.CITY_GEO)))
        user["location"] = {"lat": lat, "lng": lon, "accuracy_m": c.rint(5, 60)}
    else:
        lat, lon = c.coarse()
        user["location"] = {"lat": lat, "lng": lon, "approximate": True}
    return {"user": user, "meta": {"requestId": c.uuid(), "apiVersion": "3." + str(c.rint(0, 9))}}


EVENT_TITLES = {
    "en": ["Pub quiz night", "Saturday park run social", "Board games & pizza",
           "Sunset kayak tour"],
    "de": ["Spieleabend", "Lauftreff am Kanal", "Kneipenquiz", "Stadtführung bei Nacht"],
    "fr": ["Soirée jeux", "Footing du samedi", "Quiz au bar", "Balade au coucher du soleil"],
    "es": ["Noche de juegos", "Quedada para correr", "Trivial en el bar", "Ruta en kayak"],
}


def community_events(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    kinds = ["sex_life_orientation", "religious_belief", "trade_union", "political_opinion",
             "racial_ethnic_origin", "criminal_record", "health", "genetic", "biometric"]
    evs = []
    for n in range(3):
        kind = kinds[(i * 3 + n) % len(kinds)]
        evs.append(
            {"id": c.lref(10), "title": c.pick(EVENT_TITLES[lang]),
             "group": {"urlname": c.lref(8) + "-" + c.lref(5)}, "time": c.ts(),
             "venue": {"name": c.pick(["Community Hall", "Riverside Café", "Library Room 2",
                                       "Bürgerhaus", "Maison des associations", "Centro cívico"]),
                       "city": c.city_only()},
             "description": c.neg(kind, lang), "rsvpCount": c.rint(3, 80)})
    return {"data": {"events": evs}, "pageInfo": {"hasNextPage": True, "endCursor": c.b64(16)}}


def gaming_report(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "game"), LANGS)
    c.set_lang(lang, 0)
    rep, bad = c.handle(), c.handle()
    variant = i % 3
    lines = []
    t = c.rint(60, 3000)

    def line(who: str, msg: str) -> None:
        nonlocal t
        t += c.rint(3, 90)
        lines.append({"t": f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}",
                      "from": who, "msg": msg})

    line(bad, c.pick(["gg ez", "noob team", "uninstall pls", "report me lol", "lag again??"]))
    if variant in (0, 2):
        kind = c.slot(["sex_life_orientation", "religious_belief", "health", "racial_ethnic_origin",
                       "political_opinion", "criminal_record", "trade_union"], lang)[0]
        line(c.pick([rep, bad]), c.say(kind, lang, chat=True))
        kind = c.slot(["sex_life_orientation", "religious_belief", "health", "racial_ethnic_origin",
                       "political_opinion", "criminal_record", "trade_union"], lang)[0]
        line(c.pick([rep, bad]), c.say(kind, lang, chat=True))
    if variant in (1, 2):
        kind = c.deck(("game_neg",), ["health", "criminal_record", "trade_union",
                                      "political_opinion", "sex_life_orientation"])
        line(c.pick([rep, bad]), c.neg(kind, lang, chat=True))
    if i % 3 == 0:
        line(c.pick([rep, bad]),
             c.say(c.deck(("mix_k", "game"),
                          ["sex_life_orientation", "religious_belief", "health",
                           "racial_ethnic_origin", "political_opinion", "criminal_record"]),
                   "mix", chat=True))
    line(rep, c.pick(["stop it", "reported", "muting you", "can a mod look at this"]))
    doc: dict[str, Any] = {"reportId": "rpt_" + c.lref(12), "createdAt": c.ts(),
                           "game": c.pick(["Skyforge Arena", "Tidebreakers", "Mossgrave Online"]),
                           "reporter": {"playerId": c.lref(10), "handle": rep},
                           "reported": {"playerId": c.lref(10), "handle": bad,
                                        "platform": c.pick(["PC", "PS5", "Switch", "Xbox"])},
                           "reason": c.pick(["HARASSMENT", "HATE_SPEECH", "SPAM", "GRIEFING"]),
                           "chatExcerpt": lines,
                           "moderation": {"action": c.pick(["WARN", "MUTE_24H", "NO_ACTION",
                                                            "SUSPEND_3D"]),
                                          "reviewer": "mod-" + c.ref(4)}}
    if i % 2 == 0:
        doc["serverLog"] = [f"{c.ts()} session={c.lref(8)} player={doc['reported']['playerId']} "
                            f"ip={c.ip()} region=eu-west",
                            f"{c.ts()} session={c.lref(8)} player={doc['reporter']['playerId']} "
                            f"ip={c.ip()} region=eu-central"]
    return doc


def game_telemetry(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    c.negtag("health", "game_health")
    c.negtag("biometric", "device_fingerprint")
    evs = [{"type": c.pick(["damage", "heal", "respawn", "loot"]), "tick": c.rint(100, 90000),
            "health": c.rint(0, 100), "maxHealth": 100, "zone": c.pick(["ridge", "docks", "crypt"])}
           for _ in range(c.rint(4, 8))]
    return {"session": c.uuid(), "build": c.version(),
            "platform": c.pick(["win64", "ps5", "switch"]), "deviceFingerprint": c.hexs(32),
            "events": evs, "fps": {"avg": c.rint(40, 144), "p1": c.rint(20, 60)}}
