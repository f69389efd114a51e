"""Consumer platforms: apps, dating, marketplaces, travel, hospitality, support."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def app_analytics_batch(c: Ctx) -> Any:
    app = c.pick(["cycle", "prayer", "fitness", "shop", "transit"])
    user = c.person()
    events: list[dict[str, Any]] = []
    for _ in range(c.num(2, 4)):
        props: dict[str, Any] = {"screen": c.pick(["home", "log", "settings"])}
        name = "screen_viewed"
        if app == "cycle" and c.chance(0.7):
            name, props = "symptom_logged", {"symptoms": c.pick(
                [["cramps", "headache"], ["spotting"], ["nausea", "positive test"]])}
            c.tag("health", "cycle-app")
        elif app == "prayer" and c.chance(0.7):
            name, props = "prayer_logged", {"prayer": c.pick(["fajr", "dhuhr", "maghrib"]),
                                            "on_time": c.chance(0.7)}
            c.tag("religious_belief", "prayer-app")
        elif app == "fitness" and c.chance(0.5):
            lat, lon = c.coords()
            name, props = "run_started", {"start": {"latitude": lat, "longitude": lon}}
        events.append({"type": "track", "event": name, "properties": props,
                       "messageId": c.uuid(), "timestamp": c.ts()})
    context: dict[str, Any] = {"app": {"name": f"{app}-app", "version": f"4.{c.num(0, 19)}.2",
                                       "build": str(c.num(400, 990))},
                               "os": {"name": c.pick(["iOS", "Android"]), "version": "17.4"},
                               "locale": c.pick(["de-DE", "fr-FR", "es-ES", "en-GB"])}
    if c.chance(0.7):
        context["ip"] = c.ip()
    if c.chance(0.4):
        lat, lon = c.coords()
        context["location"] = {"latitude": lat, "longitude": lon, "speed": 0}
    return {"batch": events, "context": context, "userId": c.uuid(),
            "traits": {"email": c.email(user), "firstName": user.given}, "sentAt": c.ts()}


def dating_profile(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "profile_id": c.hexs(24), "display_name": p.given, "birthdate": c.dob("iso"),
        "gender": c.pick(["woman", "man", "non-binary"]),
        "bio": c.note(c.num(0, 1), ["religious_belief", "political_opinion", "health",
                                    "racial_ethnic_origin"], near_miss=0.3, filler=False)
        if c.chance(0.7) else c.pick(["hiking, coffee, bad puns", "Berge > Meer",
                                      "cuisine, ciné, rando", "viajar y el vermut"]),
        "photos": [f"https://cdn.example-dating.app/p/{c.hexs(16)}.jpg"
                   for _ in range(c.num(1, 3))],
    }
    if c.chance(0.6):
        doc["orientation"] = c.pick(["straight", "gay", "bisexual", "pansexual", "lesbian"])
        c.tag("sex_life_orientation", "field")
    if c.chance(0.4):
        doc["religion"] = c.pick(["Catholic", "Muslim", "Spiritual but not religious",
                                  "Atheist", "Jewish"])
        c.tag("religious_belief", "field")
    if c.chance(0.3):
        doc["politics"] = c.pick(["Liberal", "Conservative", "Left", "Moderate"])
        c.tag("political_opinion", "field")
    if c.chance(0.3):
        doc["ethnicity"] = c.pick(["Black/African descent", "South Asian", "Latino/Hispanic",
                                   "Middle Eastern", "White/Caucasian"])
        c.tag("racial_ethnic_origin", "field")
    if c.chance(0.5):
        lat, lon = c.coords()
        doc["last_location"] = {"lat": lat, "lng": lon}
    else:
        doc["last_location"] = {"lat": c.coarse(48.85), "lng": c.coarse(2.35), "city": "Paris"}
    return doc


def dating_chat(c: Ctx) -> Any:
    a, b = c.given(), c.given()
    lines = [{"from": "a", "text": c.k("hey :)", "na, wie gehts?", "coucou", "hola!")},
             {"from": "b", "text": c.say_any(["sex_life_orientation", "health",
                                              "religious_belief"])},
             {"from": "a", "text": c.k("haha same", "ok krass", "mdr", "jajaja")}]
    if c.chance(0.5):
        lines.append({"from": "b", "text": c.k("text me instead: ", "schreib mir lieber: ",
                                               "écris-moi plutôt au ", "escríbeme al ")
                      + c.phone()})
    return {"match_id": c.uuid(), "participants": {"a": {"first_name": a},
                                                   "b": {"first_name": b}},
            "messages": [{**m, "sent": c.ts()} for m in lines],
            "safety_scan": {"flagged": False, "model": "msgguard-2.3"}}


def community_forum_thread(c: Ctx) -> Any:
    posts = []
    for i in range(c.num(2, 4)):
        body = c.note(c.num(0, 2), lang=c.lang, near_miss=0.4)
        if i == 0:
            body = c.say_any() + ". " + body
        if c.chance(0.3):
            body += "\n\n-- " + c.given()
        posts.append({"author": {"handle": c.pick(["tired_mum_84", "BerlinerBär",
                                                   "lapetitefee", "chico_del_norte",
                                                   "quietstorm"]), "karma": c.num(0, 4000)},
                      "body_markdown": body, "created": c.ts()})
    return {"data": {"thread": {"title": c.pick(["anyone else?", "Frage an die Runde",
                                                 "besoin de conseils", "ayuda porfa"]),
                                "forum": c.pick(["parenting", "work-life", "vivre-ensemble"]),
                                "posts": posts}}}


def marketplace_chat(c: Ctx) -> Any:
    buyer, seller = c.person(), c.person()
    msgs = [
        {"sender": "buyer", "body": c.pick(["still available?", "noch da?", "toujours dispo ?",
                                            "¿sigue disponible?"])},
        {"sender": "seller", "body": c.pick(["yes", "ja klar", "oui", "sí"])},
    ]
    choice = c.pick(["iban", "phone", "address", "card"])
    if choice == "iban":
        msgs.append({"sender": "seller", "body": f"überweis einfach an {c.iban()} danke"})
    elif choice == "phone":
        msgs.append({"sender": "buyer", "body": f"call me {c.phone()}"})
    elif choice == "address":
        msgs.append({"sender": "seller", "body": f"pickup at {c.address_line()} after 6"})
    else:
        msgs.append({"sender": "buyer", "body": f"can I just give u my card {c.card()} exp "
                                                f"0{c.num(1, 9)}/2{c.num(7, 9)}"})
    return {"conversation": c.uuid(), "listing": {"title": c.pick(
        ["IKEA Kallax", "vélo enfant 16 pouces", "PS5 + 2 mandos"]), "price": c.num(10, 300)},
        "buyer": {"name": buyer.full}, "seller": {"name": seller.given},
        "messages": msgs, "risk_score": round(c.rng.random(), 2)}


MEALS = {"KSML": "religious_belief", "MOML": "religious_belief", "HNML": "religious_belief",
         "DBML": "health", "GFML": "health", "VGML": "", "CHML": ""}


def pnr_record(c: Ctx) -> Any:
    pax = []
    for i in range(c.num(1, 3)):
        p = c.person()
        sex = c.pick("MF")
        ssrs = [f"DOCS YY HK1 P/{c.pick(['GBR', 'DEU', 'FRA', 'ESP'])}/{c.passport()}/"
                f"{c.pick(['GBR', 'DEU', 'FRA', 'ESP'])}/{c.num(10, 28)}"
                f"{c.pick(['JAN', 'MAR', 'JUL', 'OCT'])}{c.num(50, 99)}/"
                f"{sex}/{c.num(10, 28)}DEC{c.num(27, 32)}/"
                f"{p.family.upper().replace(' ', '')}/{p.given.upper().replace(' ', '')}"]
        c.tag("date_of_birth", "docs")
        meal = c.pick(list(MEALS))
        ssrs.append(f"{meal} YY HK1")
        if MEALS[meal]:
            c.tag(MEALS[meal], "ssr")
        if c.chance(0.25):
            ssrs.append("WCHR YY HK1 NEEDS ASSISTANCE TO GATE")
            c.tag("health", "ssr")
        title = "MR" if sex == "M" else c.pick(["MS", "MRS"])
        pax.append({"n": i + 1, "name": f"{p.family.upper()}/{p.given.upper()} {title}",
                    "ssr": ssrs})
    return {"recordLocator": c.letters(6), "created": c.ts(),
            "passengers": pax,
            "contacts": [f"CTCM YY HK1/{c.phone()}", f"CTCE YY HK1/{c.email(c.someone())}"],
            "segments": [{"flight": f"YY{c.num(100, 999)}", "from": c.pick(["LHR", "MAD"]),
                          "to": c.pick(["CDG", "FRA", "BCN"]), "dep": c.ts()}]}


def hotel_reservation(c: Ctx) -> Any:
    g = c.person()
    doc: dict[str, Any] = {
        "confirmation": c.ref("HX"),
        "guest": {"firstName": g.given, "lastName": g.family, "email": c.email(g),
                  "phone": c.phone()},
        "stay": {"arrival": c.day(), "nights": c.num(1, 7), "room": c.pick(["DBL", "TWN"])},
        "requests": c.pick(["late check-in", "high floor", "cot", ""]),
    }
    pay = c.pick(["card", "token", "token"])
    if pay == "card":
        doc["guarantee"] = {"type": "card", "number": c.card(), "holder": g.full.upper(),
                            "expiry": f"{c.num(1, 12):02d}/{c.num(27, 31)}"}
    else:
        doc["guarantee"] = {"type": "token", "ref": "pm_" + c.token(24), "last4": c.digits(4)}
    if c.chance(0.4):
        text, kind = c.pick([
            ("accessible room please, wheelchair user", "health"),
            ("halal breakfast options pls, we are muslim", "religious_belief"),
            ("severe nut allergy - please inform kitchen", "health"),
            ("kosher meals if possible, we keep kosher", "religious_belief"),
        ])
        doc["requests"] = text
        c.tag(kind, "request")
    if c.chance(0.3):
        doc["billing_address"] = c.address()
    return doc


def ride_hail_trip(c: Ctx) -> Any:
    plat, plon = c.coords()
    dlat, dlon = c.coords()
    return {"trip": c.uuid(), "rider": {"name": c.given(), "phone": c.phone()},
            "driver": {"name": c.name(), "vehicle": c.pick(["Toyota Prius", "Dacia Jogger"])},
            "pickup": {"lat": plat, "lng": plon, "at": c.ts()},
            "dropoff": {"lat": dlat, "lng": dlon},
            "fare": {"amount": c.money(7, 60), "currency": "EUR",
                     "card_last4": c.digits(4)}, "rating": c.num(3, 5)}


def fleet_telematics(c: Ctx) -> Any:
    pings = []
    for _ in range(c.num(2, 5)):
        lat, lon = c.coords()
        pings.append([c.ts(), lat, lon, c.num(0, 110)])
    return {"vehicle": f"VAN-{c.num(10, 99)}", "driver": {"display": c.name()},
            "columns": ["ts", "lat", "lon", "kmh"], "pings": pings,
            "events": [{"type": c.pick(["harsh_brake", "idle", "geofence_exit"]),
                        "at": c.ts()}]}


def gym_membership(c: Ctx) -> Any:
    p = c.person()
    answers = {q: c.chance(0.2) for q in ("heart_condition", "chest_pain_at_rest",
                                          "dizziness", "bone_or_joint_problem",
                                          "takes_blood_pressure_medication")}
    c.tag("health", "par-q")
    doc: dict[str, Any] = {
        "member": {"name": p.full, "dob": c.dob(), "email": c.email(p), "phone": c.phone()},
        "plan": c.pick(["Flex", "Premium"]), "par_q": answers,
    }
    if c.chance(0.5):
        doc["sepa_mandate"] = {"iban": c.iban(), "signed": c.day()}
    else:
        doc["card_on_file"] = {"brand": "visa", "last4": c.digits(4), "token": "pm_" + c.token(
            24)}
    return doc


def loyalty_signup(c: Ctx) -> Any:
    p = c.person()
    return {"form": "loyalty_join", "fields": [
        {"name": "first_name", "value": p.given}, {"name": "last_name", "value": p.family},
        {"name": "birthday", "value": c.dob()}, {"name": "email", "value": c.email(p)},
        {"name": "mobile", "value": c.phone()},
        {"name": "street", "value": c.address()["street"]},
        {"name": "marketing_opt_in", "value": c.chance(0.5)}], "store": c.pick(
        ["Marta Foods Leipzig", "Boulangerie Paul & Fils", "Tienda Juanita"])}


def wearable_sync(c: Ctx) -> Any:
    c.tag("health", "vitals")
    doc: dict[str, Any] = {
        "user": c.uuid(), "device": c.pick(["band-5", "ring-gen3"]), "day": c.day(),
        "heart_rate": [{"t": f"{h:02d}:00", "bpm": c.num(52, 140)} for h in range(0, 24, 6)],
        "sleep": {"deep_min": c.num(30, 120), "rem_min": c.num(40, 110)},
        "spo2_avg": c.num(93, 99),
    }
    if c.chance(0.6):
        track = []
        for _ in range(3):
            lat, lon = c.coords()
            track.append({"lat": lat, "lon": lon})
        doc["workout"] = {"type": "run", "track": track}
    if c.chance(0.3):
        doc["owner_email"] = c.email(c.someone())
    return doc


def call_centre_transcript(c: Ctx) -> Any:
    cust = c.person()
    agent = c.given(c.lang)
    turns = [
        {"spk": "agent", "text": c.k(f"thanks for calling, you're through to {agent}",
                                     f"Kundenservice, Sie sprechen mit {agent}",
                                     f"service client, {agent} à l'appareil",
                                     f"atención al cliente, le atiende {agent}")},
        {"spk": "customer", "text": c.k(f"hi it's {cust.full}", f"ja hallo, {cust.full} hier",
                                        f"oui bonjour c'est {cust.full}",
                                        f"hola soy {cust.full}")},
        {"spk": "agent", "text": c.k("can you confirm your date of birth",
                                     "Geburtsdatum bitte zur Verifizierung",
                                     "votre date de naissance svp",
                                     "¿me confirma su fecha de nacimiento?")},
        {"spk": "customer", "text": c.dob("long")},
    ]
    topic = c.pick(["card", "address", "health"])
    if topic == "card":
        turns.append({"spk": "customer", "text": c.card(sep=" ")})
    elif topic == "address":
        turns.append({"spk": "customer", "text": c.address_line()})
    else:
        turns.append({"spk": "customer", "text": c.say("health")})
    return {"call_id": c.uuid(), "queue": c.pick(["billing", "claims", "retention"]),
            "asr_model": "whisper-large-v3", "turns": turns, "duration_s": c.num(60, 900)}


def support_email_thread(c: Ctx) -> Any:
    cust = c.person()
    agent = c.person(c.lang)
    body = (c.k(f"Hi {agent.given},", f"Hallo {agent.given},", f"Bonjour {agent.given},",
                f"Hola {agent.given},") + "\n\n" + c.note(c.num(1, 2), near_miss=0.3)
            + "\n\n" + cust.given)
    reply = c.k(f"Hi {cust.given}, thanks, noted.", f"Hallo {cust.given}, danke.",
                f"Bonjour {cust.given}, c'est noté.", f"Hola {cust.given}, anotado.")
    raw = (f"From: {cust.full} <{c.email(cust)}>\nTo: {c.email(work=True)}\n"
           f"Subject: {c.pick(['Re: my case', 'AW: Antrag', 'TR: dossier', 'RE: solicitud'])}\n\n"
           f"{body}")
    return {"thread": c.ref("T"), "messages": [{"raw": raw}, {"from_agent": agent.full,
                                                             "text": reply}]}


def telehealth_chat(c: Ctx) -> Any:
    clinician = c.name(c.lang)
    msgs = [{"role": "patient", "text": c.note(c.num(1, 2), ["health", "health",
                                                            "sex_life_orientation",
                                                            "genetic"], near_miss=0.0)},
            {"role": "clinician", "text": c.pick(["ok, let's book bloods", "verstanden",
                                                  "d'accord", "vale"])}]
    c.tag("health", "consultation")
    return {"consultation": c.uuid(), "clinician": clinician, "patient_ref": c.ref("PT"),
            "messages": msgs, "prescription": c.pick([None, {"drug": "amoxicillin",
                                                             "dose": "500mg tds"}])}


def mental_health_journal(c: Ctx) -> Any:
    c.tag("health", "mood")
    entries = [{"date": c.day(), "mood": c.num(1, 10), "anxiety": c.num(0, 21),
                "text": c.note(c.num(0, 2), near_miss=0.2)} for _ in range(c.num(1, 3))]
    return {"app": "moodline", "user": c.uuid(), "phq9_last": c.num(0, 27),
            "entries": entries}


def voicemail_transcript_text(c: Ctx) -> Any:
    """A plain-string document: a voicemail transcription as delivered by the ASR vendor."""
    caller = c.person()
    opening = c.k(f"Hi, it's {caller.full}", f"Hallo, hier ist {caller.full}",
                  f"Bonjour, c'est {caller.full}", f"Hola, soy {caller.full}")
    back = c.k("call me back on", "ruf mich zurück unter", "rappelez-moi au",
               "llámame al")
    return f"{opening}. {c.note(1, near_miss=0.0)}. {back} {c.phone()}."


def contact_list_array(c: Ctx) -> Any:
    """A bare JSON array of contacts, as returned by a bulk export endpoint."""
    out = []
    for _ in range(c.num(2, 4)):
        p = c.person()
        row: dict[str, Any] = {"n": p.full, "e": c.email(p)}
        if c.chance(0.5):
            row["dob"] = c.dob("iso")
        out.append(row)
    return out
