"""Dating, community, faith, union and campaign apps."""

from __future__ import annotations

from . import pools, shapes, values
from .common import contact, name_fields, scatter_text
from .ctx import Ctx
from .texts import CHAT_FILLER, DATING_LINES

BIOS = ["coffee, climbing, bad puns", "dog person, part-time baker",
        "Sonntags Flohmarkt, montags Reue", "fan de randonnée et de jazz",
        "viajera, lectora, cocinera aficionada", "ask me about my sourdough"]
ORIENTATIONS = {
    "en": ["gay", "lesbian", "bisexual", "pansexual", "queer", "asexual", "straight"],
    "de": ["schwul", "lesbisch", "bisexuell", "hetero", "queer"],
    "fr": ["gay", "lesbienne", "bisexuel·le", "hétéro", "pansexuel"],
    "es": ["gay", "lesbiana", "bisexual", "heterosexual", "pansexual"],
}
RELIGIONS = {
    "en": ["Catholic", "Muslim", "Jewish", "Hindu", "Buddhist", "Sikh", "Agnostic",
           "Atheist", "Protestant", "Orthodox Christian", "Spiritual but not religious"],
    "de": ["katholisch", "evangelisch", "muslimisch", "jüdisch", "konfessionslos", "buddhistisch"],
    "fr": ["catholique", "musulman", "juif", "protestant", "athée", "bouddhiste"],
    "es": ["católica", "musulmán", "evangélico", "judía", "atea", "agnóstico"],
}
ETHNICITIES = ["Black / African descent", "East Asian", "Hispanic / Latino", "Middle Eastern",
               "South Asian", "White", "Mixed", "Pacific Islander", "Native American",
               "Roma", "Kurdish"]
POLITICS = ["liberal", "moderate", "conservative", "progressive", "left-wing",
            "links", "de gauche", "de derecha", "apolitical"]
PARTIES = {"us": ["DEM", "REP", "Green", "Libertarian", "Working Families"],
           "uk": ["Labour", "Conservative", "Liberal Democrats", "Green", "SNP", "Reform UK"],
           "de": ["SPD", "CDU", "Grüne", "FDP", "Die Linke", "CSU"],
           "fr": ["Renaissance", "LFI", "PS", "LR", "EELV", "RN"],
           "es": ["PSOE", "PP", "Sumar", "Vox", "ERC", "PNV"]}


def _profile(c: Ctx, lead: bool = False) -> dict:
    p = c.person()
    lang = c.lang
    prof: dict = {"id": c.oid("u", 10), "displayName": p.first(), "age": c.n(19, 58),
                  "gender": c.pick(["woman", "man", "non-binary", "Frau", "homme", "mujer"]),
                  "pronouns": c.pick(["she/her", "he/him", "they/them", None]),
                  "photos": [{"url": f"https://cdn.northwind.app/p/{c.hexs(16)}.jpg",
                              "w": 1080, "h": 1350} for _ in range(c.n(1, 3))],
                  "relationship_goal": c.pick(["long-term", "figuring it out", "friends",
                                               "short-term"])}
    if (lead and c.rot([True, True, True, False])) or c.chance(0.5):
        key = c.pick(["orientation", "sexualOrientation", "sexual_orientation",
                      "orientación_sexual", "orientation_sexuelle", "sexuelle_orientierung"])
        prof[key] = c.pick(ORIENTATIONS.get(lang, ORIENTATIONS["en"]))
        c.tag("sex_life_orientation", "profile")
    elif c.chance(0.4):
        prof["orientation"] = "Prefer not to say"
    if c.chance(0.4):
        prof[c.k("religion")] = c.pick(RELIGIONS.get(lang, RELIGIONS["en"]))
        c.tag("religious_belief", "profile")
    if c.chance(0.55):
        prof[c.pick(["ethnicity", "ethnicities", "origen_étnico", "ethnic_background"])] = c.sample(
            ETHNICITIES, c.n(1, 2))
        c.tag("racial_ethnic_origin", "profile")
    if c.chance(0.45):
        prof[c.pick(["politics", "political_views", "politische_einstellung", "politique"])] = \
            c.pick(POLITICS[:-1])
        c.tag("political_opinion", "profile")
    if c.chance(0.15):
        prof["hiv_status"] = c.pick(["negative", "negative, on PrEP", "positive, undetectable"])
        prof["last_tested"] = c.day()
        c.tag("health", "hiv_status")
    if c.chance(0.5):
        prof["bio"] = c.one(lambda: c.say(c.pick(["sex_life_orientation", "religious_belief",
                                                  "political_opinion", "racial_ethnic_origin"])),
                            lambda: c.pick(BIOS))
    if c.chance(0.45):
        lat, lon = c.coords(detail="profile")
        prof["location"] = {"lat": lat, "lon": lon, "updatedAt": c.ts()}
    else:
        prof["distance_km"] = c.n(1, 40)
    if c.chance(0.2):
        prof["birthday"] = c.dob("iso")
    return prof


def dating_profile(c: Ctx) -> dict:
    style = c.pick(["graphql", "rest", "single"])
    if style == "graphql":
        recs = [_profile(c, i == 0) for i in range(c.n(1, 3))]
        return shapes.graphql(c, {"recommendations": {"edges": [{"node": r, "score": round(
            c.r.uniform(0.1, 0.9), 2)} for r in recs], "pageInfo": {"endCursor": c.b64(16)}}})
    if style == "rest":
        return shapes.page(c, [_profile(c, i == 0) for i in range(c.n(1, 2))], "profiles")
    return {"profile": _profile(c, True), "viewer": {"id": c.oid("u", 10),
                                                     "premium": c.chance(0.3)}}


def dating_chat(c: Ctx) -> dict:
    a, b = c.person(), c.person()
    lang = c.pick(["en", "en", "de", "fr", "es", "mix"])
    filler = CHAT_FILLER.get(lang, CHAT_FILLER["en"])
    msgs = []
    for _ in range(c.n(4, 8)):
        sender = c.pick(["u1", "u2"])
        roll = c.r.random()
        if roll < 0.22:
            kind, line_lang, text = c.pick(DATING_LINES)
            c.said(kind, line_lang)
        elif roll < 0.3:
            text = f"text me instead: {c.phone(detail='text')}"
        elif roll < 0.36:
            lat, lon = c.coords(detail="text")
            text = c.pick([f"meet here? {lat}, {lon}",
                           f"https://maps.google.com/?q={lat},{lon}"])
        else:
            text = c.pick(filler)
        msgs.append({"id": c.oid("m", 10), "sender": sender, "body": text, "ts": c.epoch()})
    if not any(t.startswith("text:sex_life") for t in c.tags()):
        lines = [x for x in DATING_LINES if x[0] == "sex_life_orientation"]
        _, line_lang, text = c.pick(lines)
        c.said("sex_life_orientation", line_lang)
        msgs.insert(c.n(0, len(msgs)), {"id": c.oid("m", 10), "sender": "u1", "body": text,
                                        "ts": c.epoch()})
    match = {"matchId": c.uuid(), "participants": {"u1": {"name": a.first()},
                                                   "u2": {"name": b.first()}},
             "messages": msgs}
    if c.chance(0.3):
        match["moderation"] = {"flagged": False, "reviewer_ip": c.ip()}
    return {"thread": match} if c.chance(0.5) else shapes.page(c, [match], "threads")


def community_post(c: Ctx) -> dict:
    author = c.person()
    lang = c.pick(["en", "de", "fr", "es", "en"])
    body = scatter_text(c, lang)
    if c.chance(0.4):
        body += " " + c.pick(CHAT_FILLER[lang])
    post: dict = {"id": c.oid("post", 10), "community": c.pick(
        ["Neighbours Kreuzberg", "Parents of Lyon", "Expat Madrid", "Cyclists Leeds",
         "Night Shift Nurses", "Remote Devs EU"]), "author": {
        "handle": author.handle(), "karma": c.n(1, 9000)}, "body": body,
        "createdAt": c.ts(), "reactions": {"like": c.n(0, 80), "hug": c.n(0, 20)}}
    if c.chance(0.35):
        post["author"]["displayName"] = author.full()
    if c.chance(0.4):
        post["replies"] = [{"id": c.oid("c", 8), "author": {"handle": c.person().handle()},
                            "body": c.one(lambda: c.clean_text(lang),
                                          lambda: scatter_text(c, lang),
                                          lambda: c.pick(CHAT_FILLER[lang])), "createdAt": c.ts()}
                           for _ in range(c.n(1, 2))]
    if c.chance(0.2):
        post["audit"] = {"ip": c.ip(), "ua": c.user_agent()}
    return {"post": post} if c.chance(0.5) else shapes.jsonapi(c, "posts", post)


FAITH = [
    ("parish", "St. Michael's Parish", ["tithe", "Sunday collection", "building fund"], None, "us"),
    ("parish", "Pfarrei St. Michael", ["Kirchgeld", "Caritas-Spende"], "rk", "de"),
    ("parish", "Ev. Kirchengemeinde Lindenau", ["Kirchgeld", "Diakonie-Spende"], "ev", "de"),
    ("mosque", "Masjid Al-Noor", ["zakat", "sadaqah", "zakat al-fitr"], None, "uk"),
    ("mosque", "Mosquée de la Paix", ["zakat", "sadaqa"], None, "fr"),
    ("synagogue", "Beth Shalom Congregation", ["tzedakah", "membership dues", "Kol Nidre appeal"],
     None, "us"),
    ("synagogue", "Jüdische Gemeinde Leipzig", ["Gemeindebeitrag", "Zedaka"], None, "de"),
    ("parish", "Paroisse Saint-Pierre", ["denier de l'Église", "quête"], None, "fr"),
    ("parish", "Parroquia San José", ["donativo", "diezmo"], None, "es"),
    ("gurdwara", "Gurdwara Sahib Leeds", ["dasvandh", "langar sewa"], None, "uk"),
]


def faith_member(c: Ctx) -> dict:
    kind, congregation, donation_types, kist, loc = c.pick(FAITH)
    c.set_loc(loc)
    p = c.person()
    c.tag("religious_belief", "membership")
    member: dict = {"memberId": c.oid("mem", 10), **name_fields(c, p),
                    **contact(c, p, email=0.6, phone=0.5, dob=0.3, address=0.6)}
    body: dict = {"congregation": {"name": congregation, "type": kind},
                  "member": member, "since": c.day(),
                  "roles": c.sample(["choir", "volunteer", "youth group", "reader", "usher",
                                     "board"], c.n(0, 2))}
    if kist and c.chance(0.7):
        member[c.pick(["kirchensteuermerkmal", "KiSt", "konfession"])] = kist
    if c.chance(0.35):
        body["sacraments"] = {"baptism_date": c.day(), "confirmation": c.chance(0.5)}
    if c.chance(0.6):
        donations = []
        for _ in range(c.n(1, 3)):
            d: dict = {"type": c.pick(donation_types), "amount": c.money(5, 600),
                       "currency": {"us": "USD", "uk": "GBP"}.get(loc, "EUR"),
                       "date": c.day()}
            donations.append(d)
        if c.chance(0.5):
            donations[0]["sepa"] = {"iban": c.iban(), "mandate": f"MND-{c.b62(8).upper()}"}
        body["donations"] = donations
    if kind == "mosque" and c.chance(0.5):
        body["prayer_reminders"] = c.sample(["fajr", "dhuhr", "asr", "maghrib", "isha"], 3)
    if c.chance(0.25):
        body["note"] = c.say("religious_belief")
    if c.chance(0.15):
        body["leaving"] = {"requested": True, "reason": c.pick(["Kirchenaustritt", "moved away"]),
                           "date": c.day()}
    return shapes.webhook(c, "member.updated", body, "parish") if c.chance(0.4) else {
        "data": body}


UNIONS = {"de": ["ver.di", "IG Metall", "GEW", "NGG", "EVG"], "uk": ["Unite", "UNISON", "GMB",
                                                                    "NEU", "RCN", "USDAW"],
          "fr": ["CGT", "CFDT", "FO", "SUD", "UNSA"], "es": ["CCOO", "UGT", "CGT", "ELA"],
          "us": ["SEIU", "Teamsters", "UAW", "AFT", "UFCW"]}


def union_member_app(c: Ctx) -> dict:
    p = c.person()
    union = c.pick(UNIONS[c.loc])
    style = c.pick(["member", "member", "hr_export", "card"])
    if style == "hr_export":
        rows = []
        for _ in range(c.n(2, 4)):
            q = c.person()
            rows.append({"employeeId": f"E{c.n(10000, 99999)}", **name_fields(c, q, True),
                         c.k("union"): c.pick([True, False, False])})
        c.tag("trade_union", "flag")
        return shapes.page(c, rows, "employees")
    c.tag("trade_union", "membership")
    prefix = union[:3].upper().replace(".", "").strip()
    member: dict = {"membershipNo": f"{prefix}-{c.n(100000, 999999)}",
                    **name_fields(c, p), **contact(c, p, email=0.7, phone=0.5, dob=0.4,
                                                   address=0.5)}
    body: dict = {"union": union, "member": member, "joined": c.day(),
                  "branch": c.pick(["Berlin Mitte", "North West", "Île-de-France", "Madrid Sur",
                                    "Local 1199"]),
                  "status": c.pick(["active", "active", "arrears", "lapsed"])}
    if c.chance(0.5):
        body["role"] = c.pick(["steward", "shop steward", "Vertrauensfrau", "délégué syndical",
                               "delegado sindical", "health & safety rep"])
    if c.chance(0.6):
        dues: dict = {"rate": c.pick(["1% of gross", "£18.40/month", "12,50 €/Monat"]),
                      "method": c.pick(["sepa", "payroll", "card"])}
        if dues["method"] == "sepa":
            dues["iban"] = c.iban()
        body["dues"] = dues
    if c.chance(0.4):
        body["workplace"] = {"employer": c.pick(pools.ORGS), "address": c.address(
            form="line", detail="employer")}
    if c.loc == "uk" or c.rot([False, False, True]):
        body["political_fund"] = {"contributes": True, "since": c.day()}
        c.tag("political_opinion", "political_fund")
    if c.chance(0.25):
        body["note"] = c.say("trade_union")
    if style == "card":
        return {"wallet_pass": {"format": "pkpass", "serial": c.uuid(),
                                "fields": {"primary": member.get("membershipNo"),
                                           "secondary": union}, "payload": shapes.embed(body)}}
    return body


def campaign_crm(c: Ctx) -> dict:
    p = c.person()
    c.tag("political_opinion", "crm")
    home = c.city()
    person: dict = {"id": c.n(1000, 99999), **name_fields(c, p),
                    **contact(c, p, email=0.6, phone=0.6, dob=0.2, address=0)}
    if c.chance(0.8):
        person[c.k("address")] = c.address(city=home)
    body: dict = {"person": person, "support_level": c.n(1, 5),
                  "tags": c.sample(["volunteer", "yard-sign", "donor", "phonebank",
                                    "persuadable", "gotv"], c.n(1, 3))}
    if c.chance(0.6):
        body[c.k("party")] = c.pick(PARTIES[c.loc])
    if c.chance(0.4):
        body["voting_history"] = c.sample(["2020G", "2022P", "2022G", "2024P", "2024G"], c.n(1, 3))
    if c.chance(0.45):
        body["donations"] = [{"amount": c.money(5, 500), "date": c.day(),
                              "recipient": c.pick(["Friends of the Campaign", "Kreisverband",
                                                   "Comité de soutien"])} for _ in range(c.n(1, 2))]
        if c.chance(0.3):
            body["donations"][0]["card"] = c.card()
    if c.chance(0.5):
        lat, lon = c.coords(home[0], detail="canvass")
        body["canvass"] = {"knocked_at": c.ts(), "result": c.pick(
            ["strong support", "lean support", "undecided", "not home"]),
            "geo": {"lat": lat, "lng": lon}, "canvasser": c.person().full()}
    if c.chance(0.3):
        body["note"] = c.say("political_opinion")
    if c.chance(0.35):
        body[c.k("ethnicity")] = c.pick(["Hispanic", "Black", "White", "Asian", "Other"])
        c.tag("racial_ethnic_origin", "voter_file")
    return shapes.page(c, [body], "people") if c.chance(0.4) else {"person": body}


def petition_batch(c: Ctx) -> dict:
    rows = []
    for _ in range(c.n(2, 4)):
        p = c.person()
        row: dict = {**name_fields(c, p, True), "email": p.email(),
                     "postcode": c.city()[2], "opt_in": c.chance(0.6), "signed_at": c.ts()}
        if c.chance(0.35):
            row["comment"] = c.one(lambda: c.say("political_opinion"), c.clean_text,
                                   lambda: scatter_text(c))
        if c.chance(0.15):
            row["party_member"] = c.pick(PARTIES[c.loc])
            c.tag("political_opinion", "petition_field")
        rows.append(row)
    return shapes.batch(c, rows) | {"petition": c.pick(
        ["Save the Riverside Library", "Safe cycle lanes on Hauptstraße",
         "Keep the night bus", "Plus d'arbres à Lyon 3e"])}


def dna_relatives(c: Ctx) -> dict:
    rows = []
    for _ in range(c.n(2, 4)):
        q = c.person()
        relation, lo, hi = c.pick([("2nd cousin", 75, 360), ("half sibling", 1300, 2300),
                                   ("1st cousin once removed", 215, 650),
                                   ("parent/child", 3330, 3720)])
        rows.append({"matchId": c.oid("rel", 10), "displayName": q.full(),
                     "relationship": relation, "shared_cM": round(c.r.uniform(lo, hi), 1),
                     "segments": c.n(2, 40),
                     "maternal_haplogroup": c.pick(["H1a", "U5b2", "L2a1", "M7b", "K1a4"])})
    c.tag("genetic", "relatives")
    body: dict = {"profile": {"id": c.oid("prf", 10), "haplogroups": {
        "maternal": c.pick(["H1a", "T2b", "J1c", "L3e"]), "paternal": c.pick(
            ["R1b-M269", "E1b1a", "I2a", "J2a"])}}, "matches": rows}
    if c.chance(0.4):
        body["profile"]["email"] = c.email()
    return shapes.page(c, [body], "relatives") if c.chance(0.5) else body


# ---------------------------------------------------------------- clean look-alikes

def venue_listing(c: Ctx) -> dict:
    venues = []
    for _ in range(c.n(2, 4)):
        city = c.city()[0]
        lat, lon = c.coarse(city)
        venues.append({"id": c.oid("ven", 8), "name": c.pick(
            ["Habesha Kitchen", "Le Petit Marais", "Taquería El Sol", "Bar Rainbow",
             "Sultan Grill", "Deli Shalom", "Pride Bar & Club", "Café Kirche"]),
            "cuisine": c.pick(["Ethiopian", "Lebanese", "Mexican", "Kosher deli",
                               "Turkish", "ethnic street food"]),
            "tags": c.sample(["LGBTQ+ friendly", "halal", "kosher", "vegan options",
                              "wheelchair accessible", "family friendly"], c.n(1, 3)),
            "party_size_max": c.n(4, 20), "rating": round(c.r.uniform(3.2, 4.9), 1),
            "geo": {"lat": lat, "lon": lon}, "city": city})
    return shapes.page(c, venues, "venues")


def party_press_feed(c: Ctx) -> object:
    style = c.pick(["press", "results", "raft", "screening"])
    body: dict
    if style == "press":
        items = [{"party": c.pick([x for loc in sorted(PARTIES) for x in PARTIES[loc]]),
                  "title": c.pick(["Statement on the housing bill",
                                   "Programme for the regional election",
                                   "Conference agenda published",
                                   "Position paper on rail investment"]),
                  "published": c.ts(), "url": f"https://press.example-party.eu/{c.hexs(8)}"}
                 for _ in range(c.n(2, 4))]
        body = {"feed": "party-press", "items": items}
    elif style == "results":
        body = {"election": "municipal-2024", "district": c.pick(["Mitte", "Lyon 3e", "Centro"]),
                "turnout": round(c.r.uniform(0.3, 0.8), 3), "results": [
                    {"party": party, "votes": c.n(500, 40000)} for party in
                    c.sample(PARTIES[c.pick(["de", "fr", "es"])], 4)]}
    elif style == "raft":
        votes = {f"node-{i}": c.chance(0.8) for i in range(1, 6)}
        body = {"cluster": "etcd-prod", "party": "raft-peers",
                "election": {"term": c.n(10, 900), "leader": f"node-{c.n(1, 5)}",
                             "votes": votes},
                "campaign_timeout_ms": c.n(150, 300)}
    else:
        body = {"screeningRun": c.uuid(), "applicant": c.oid("app", 10),
                "checks": {"pep": False, "sanctions": "no_match", "adverse_media": "none"},
                "lists": ["EU consolidated", "OFAC SDN", "UN"]}
    return shapes.respond(c, body, f"/v1/{style}")


def dating_config(c: Ctx) -> dict:
    return {"app": "northwind-dating", "version": c.semver(), "onboarding": {
        "orientation_options": ["straight", "gay", "lesbian", "bisexual", "asexual", "queer",
                                "prefer not to say"],
        "gender_options": ["woman", "man", "non-binary", "more"],
        "pronoun_options": ["she/her", "he/him", "they/them"],
        "religion_options": c.sample(RELIGIONS["en"], 5),
        "politics_options": ["liberal", "moderate", "conservative", "apolitical"]},
        "ui": {"orientation": c.pick(["portrait", "landscape"]), "theme": "dark"},
        "features": {"incognito": True, "video_chat": c.chance(0.5), "pride_badge": True}}


def faith_events(c: Ctx) -> object:
    city = c.city("de" if c.chance(0.5) else c.pick(["uk", "fr", "es"]))
    lat, lon = c.coarse(city[0])
    if c.chance(0.5):
        body: dict = {"city": city[0], "coords": {"lat": lat, "lon": lon}, "method": "MWL",
                      "date": c.day(), "timings": {"fajr": "04:12", "dhuhr": "13:21",
                                                   "asr": "17:34", "maghrib": "21:05",
                                                   "isha": "22:51"}}
        return shapes.respond(c, body, "/v1/prayer-times")
    titles = ["Christmas Eve Mass", "Iftar for the neighbourhood", "Shabbat dinner",
              "Kirchenkonzert", "Messe des familles", "Misa de Gallo"]
    events = [{"title": c.pick(titles), "starts": c.ts(),
               "room": c.pick(["main hall", "Gemeindesaal", "crypt"]),
               "capacity": c.n(20, 300)} for _ in range(c.n(2, 4))]
    body = {"events": events, "city": city[0], "timezone": "Europe/Berlin"}
    return shapes.respond(c, body, "/v1/calendar")


def book_catalog(c: Ctx) -> dict:
    books = []
    for _ in range(c.n(3, 5)):
        books.append({"isbn13": c.safe(lambda: values.isbn13(c.r)),
                      "title": c.pick(["The Quiet Faith", "Genes and Destiny", "Union Blues",
                                       "A History of Protest", "Crime on the Night Train",
                                       "Healthy Eating for Busy People", "Queer Histories",
                                       "Die Kirche im Dorf", "El Orden Criminal"]),
                      "genre": c.pick(["Religion & Spirituality", "Politics & Social Sciences",
                                       "True Crime", "LGBTQ+ Fiction", "Health, Fitness & Dieting",
                                       "Science & Genetics"]),
                      "publisher": c.pick(["Penguin Random House", "Hachette", "Planeta",
                                           "Suhrkamp"]), "price": c.money(8, 40)})
    return shapes.page(c, books, "books")


def union_lookalikes(c: Ctx) -> object:
    style = c.pick(["sql", "graphql", "credit_union", "eu", "avro"])
    body: dict
    if style == "sql":
        body = {"query_id": c.uuid(), "sql": "SELECT id, created_at FROM orders_2023 UNION ALL "
                "SELECT id, created_at FROM orders_2024 ORDER BY created_at DESC LIMIT 50",
                "rows": c.n(0, 50), "duration_ms": c.n(3, 900)}
    elif style == "graphql":
        body = {"schema": "type Query { search(q: String!): [SearchResult!]! }\n"
                          "union SearchResult = Product | Article | Podcast",
                "hash": c.sha256(), "published": c.ts()}
    elif style == "credit_union":
        body = {"institutions": [{"name": c.pick(["Navy Federal Credit Union",
                                                  "Union Credit Union", "Alliant Credit Union"]),
                                  "routing_number": values.aba_routing(c.r),
                                  "apy_savings": round(c.r.uniform(0.5, 4.5), 2)}
                                 for _ in range(2)], "as_of": c.day()}
    elif style == "eu":
        body = {"vat_check": {"country": "DE", "vat_number": f"DE{c.n(100000000, 999999999)}",
                              "valid": True, "trader": c.pick(["Tandem HR GmbH",
                                                               "Hostly Wohnen GmbH"])},
                "region": "European Union", "reverse_charge": True}
    else:
        body = {"type": "record", "name": "Event", "fields": [
            {"name": "id", "type": "string"},
            {"name": "payload", "type": ["null", "string", "bytes"], "doc": "union type"},
            {"name": "source", "type": {"type": "enum", "name": "Src",
                                        "symbols": ["WEB", "APP"]}}]}
    return shapes.respond(c, body, f"/v1/{style.replace('_', '-')}")


RECIPIENTS = {"us": ["Friends of the Campaign PAC", "DNC Services Corp", "NRCC",
                     "Working Families Party"],
              "uk": ["Labour Party", "Liberal Democrats", "Green Party"],
              "de": ["SPD Parteivorstand", "Bündnis 90/Die Grünen", "FDP Bundespartei"],
              "fr": ["La France insoumise", "Renaissance", "Les Écologistes"],
              "es": ["PSOE", "Sumar", "Partido Popular"]}


def donation_webhook(c: Ctx) -> dict:
    """A campaign/party donation platform notifying the campaign CRM."""
    p = c.person()
    c.tag("political_opinion", "donation")
    donor: dict = {**name_fields(c, p, True), "email": p.email(),
                   "address": c.address(form="dict")}
    if c.loc == "us":
        donor["employer"] = c.pick(["Self-employed", "Northwind Apps Inc.", "Retired",
                                    "Kaiser Permanente"])
        donor["occupation"] = c.pick(["Nurse", "Engineer", "Teacher", "Retired"])
    if c.chance(0.4):
        donor["phone"] = c.phone()
    contribution: dict = {"id": c.oid("ctb", 12), "amount": c.pick([5, 10, 25, 27, 50, 100, 250]),
                          "currency": {"us": "USD", "uk": "GBP"}.get(c.loc, "EUR"),
                          "recurring": c.chance(0.3), "recipient": c.pick(RECIPIENTS[c.loc]),
                          "refcode": c.pick(["email-0614", "sms-gotv", "fb-lookalike"])}
    if c.chance(0.3):
        contribution["card"] = {"number": c.card(), "exp": f"{c.n(1, 12):02d}/{c.n(26, 30)}"}
    else:
        contribution["payment"] = {"method": c.pick(["card", "sepa", "paypal"]),
                                   "last4": f"{c.n(0, 9999):04d}"}
    if c.chance(0.3):
        contribution["ip"] = c.ip()
    return shapes.webhook(c, "contribution.created", {"donor": donor,
                                                       "contribution": contribution}, "donate")
