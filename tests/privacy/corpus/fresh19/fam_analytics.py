"""Product analytics: Segment, Amplitude, Mixpanel, PostHog, GA4, Firebase, Snowplow, Matomo."""

from typing import Any

from .common import app, q, query, seg_envelope, slug
from .doc import Doc, Json

RECOVERY_FROM = {
    "en": ["alcohol", "opioids", "gambling", "cannabis"],
    "de": ["Alkohol", "Opioide", "Glücksspiel", "Cannabis"],
    "fr": ["alcool", "opioïdes", "jeux d'argent", "cannabis"],
    "es": ["alcohol", "opioides", "juego", "cannabis"],
}
HANDLES = ["trailfox", "pacer", "milehigh", "runbex"]
MOODS = ["anxious", "low", "calm", "irritable", "hopeful", "numb", "overwhelmed"]
PRAYERS = {
    "muslim": ["Fajr", "Dhuhr", "Asr", "Maghrib", "Isha"],
    "catholic": ["Morning Rosary", "Angelus", "Divine Mercy Chaplet", "Compline"],
    "jewish": ["Shacharit", "Mincha", "Maariv"],
}


def segment_identify_profile(d: Doc) -> Json:
    env = seg_envelope(d, "identify", app(d, d.pick(["retail", "fitness", "social"])))
    traits: dict[str, Any] = {}
    parts = None
    if d.chance(0.5):
        parts = d.name_parts()
        traits["firstName"], traits["lastName"] = parts
    else:
        traits["name"] = d.name()
    traits["email"] = d.email(parts)
    if d.chance(0.6):
        traits["phone"] = d.phone()
    if d.chance(0.5):
        a = d.address()
        traits["address"] = {
            "street": a.line1,
            "city": a.city,
            "postalCode": a.postcode,
            "country": a.country,
        }
    if d.chance(0.5):
        traits["birthday"] = d.dob()
    traits["createdAt"] = d.ts()
    traits["plan"] = d.pick(["free", "plus", "family"])
    traits["gender"] = d.pick(["female", "male", "non-binary"])
    env["traits"] = traits
    return env


def segment_track_period(d: Doc) -> Json:
    env = seg_envelope(d, "track", app(d, "period"))
    env["event"] = "Logged Symptom"
    props: dict[str, Any] = {
        "symptom": d.symptom(),
        "intensity": d.pick(["mild", "moderate", "severe"]),
        "cycle_day": d.rng.randint(1, 34),
        "flow": d.pick(["light", "medium", "heavy", "none"]),
        "source": d.pick(["calendar", "quick_log", "widget"]),
    }
    if d.chance(0.35):
        props["pregnancy_mode"] = d.kv("health", "pregnancy_mode", True)
        props["weeks"] = d.rng.randint(5, 36)
    if d.chance(0.6):
        props["note"] = d.say_special(("health", "sex_life_orientation", "genetic"))
    env["properties"] = props
    return env


def segment_screen_therapy(d: Doc) -> Json:
    env = seg_envelope(d, "screen", app(d, "therapy"))
    env["name"] = "Mood Check-in"
    props: dict[str, Any] = {
        "mood_score": d.rng.randint(1, 10),
        "emotions": d.rng.sample(MOODS, 2),
        "journal_entry": d.say_special(),
        "session_number": d.rng.randint(1, 40),
    }
    if d.chance(0.4):
        props["therapist"] = d.name()
    if d.chance(0.3):
        props["phq9_total"] = d.kv("health", "phq9_total", d.rng.randint(5, 24))
    env["properties"] = props
    return env


def segment_track_pharmacy(d: Doc) -> Json:
    env = seg_envelope(d, "track", app(d, "pharmacy"))
    env["event"] = "Added to cart" if d.chance(0.6) else "Order Completed"
    products = [
        {
            "product_id": f"rx-{d.hex(8)}",
            "name": d.medication(),
            "prescription": True,
            "quantity": d.rng.randint(1, 3),
            "price": round(d.rng.uniform(4, 90), 2),
        }
    ]
    if d.chance(0.5):
        products.append(
            {
                "product_id": f"otc-{d.hex(8)}",
                "name": d.pick(["Vitamin D3 1000 IU", "Zinc lozenges", "Hand cream 75 ml"]),
                "prescription": False,
                "quantity": 1,
                "price": round(d.rng.uniform(3, 20), 2),
            }
        )
    props: dict[str, Any] = {"cart_id": d.uuid(), "products": products, "currency": "EUR"}
    if env["event"] == "Order Completed":
        a = d.address()
        props["shipping"] = {"name": d.name(), "address": a.full, "phone": d.phone()}
    env["properties"] = props
    return env


def segment_group_union(d: Doc) -> Json:
    env = seg_envelope(d, "group", app(d, "union"))
    union = d.union()
    env["groupId"] = f"local-{d.rng.randint(10, 999)}"
    env["traits"] = {
        "name": f"{union} {d.pick(['Local', 'Branch', 'Section'])} {d.rng.randint(10, 999)}",
        "member_role": d.union_role(),
        "dues_status": d.pick(["current", "arrears", "exempt"]),
        "joined": d.ts()[:10],
        "industry": d.pick(["logistics", "health care", "education", "retail"]),
    }
    return env


def amplitude_recovery(d: Doc) -> Json:
    a_name = app(d, "recovery")
    key = d.api_key_hex() if d.chance(0.5) else "[REDACTED]"
    user_id = f"u{d.hex(10)}"
    ev: dict[str, Any] = {
        "user_id": user_id,
        "device_id": d.uuid(),
        "event_type": d.pick(["Streak Updated", "Milestone Reached", "Craving Logged"]),
        "time": d.epoch_ms(),
        "event_properties": {
            "days_clean": d.rng.randint(1, 400),
            "recovering_from": d.kv("health", "recovering_from", d.pick(RECOVERY_FROM[d.lang])),
        },
        "user_properties": {"cohort": d.pick(["A", "B"]), "sponsor_assigned": d.chance(0.5)},
        "app_version": d.version(),
        "platform": (platform := d.pick(["iOS", "Android"])),
        "os_name": platform.lower(),
        "language": d.locale(),
        "ip": d.ip(),
        "insert_id": d.uuid(),
    }
    if d.chance(0.4):
        lat, lon = d.geo()
        ev["location_lat"], ev["location_lng"] = lat, lon
    if d.chance(0.5):
        ev["event_properties"]["note"] = d.say_special(
            ("health", "criminal_record", "religious_belief")
        )
    return {"api_key": key, "events": [ev], "options": {"min_id_length": 5}, "app": a_name}


def mixpanel_dating_profile(d: Doc) -> Json:
    props: dict[str, Any] = {
        "$distinct_id": d.uuid(),
        "$ip": d.ip(),
        "$token": "[REDACTED]",
    }
    s: dict[str, Any] = {
        "$name": d.name(),
        "gender": d.pick(["woman", "man", "non-binary"]),
        "pronouns": d.pick(["she/her", "he/him", "they/them"]),
        "age": d.rng.randint(19, 58),
        "$city": d.city(),
        "height_cm": d.rng.randint(150, 198),
    }
    s["orientation"] = d.orientation() if d.chance(0.8) else d.prefer_not()
    if d.chance(0.45):
        s["religion"] = d.religion()
    if d.chance(0.35):
        s["ethnicity"] = d.ethnicity()
    if d.chance(0.3):
        s["$email"] = d.email()
    if d.chance(0.5):
        s["bio"] = d.say_special(
            (
                "sex_life_orientation",
                "religious_belief",
                "racial_ethnic_origin",
                "political_opinion",
            )
        )
    props["$set"] = s
    props["$time"] = d.epoch_ms()
    return props


def posthog_faith(d: Doc) -> Json:
    a_name = app(d, "faith")
    event = d.pick(["devotional_completed", "prayer_logged", "sermon_saved"])
    props: dict[str, Any] = {
        "$current_url": f"https://app.{slug(a_name)}.org/today",
        "$ip": d.ip(),
        "$lib": "posthog-js",
        "$lib_version": d.version(),
        "$browser": d.pick(["Chrome", "Safari", "Firefox"]),
        "$device_type": "Mobile",
        "$geoip_city_name": d.city(),
        "streak": d.rng.randint(1, 200),
    }
    props["$set"] = {"denomination": d.religion()}
    if d.chance(0.4):
        props["prayer_intention"] = d.say_special(("religious_belief", "health"))
    if d.chance(0.5):
        props["$set"]["congregation"] = d.congregation()
    if d.chance(0.3):
        props["$set"]["email"] = d.email()
    return {
        "api_key": "phc_" + "*" * 12,
        "event": event,
        "distinct_id": d.uuid(),
        "properties": props,
        "timestamp": d.ts(),
    }


def ga4_campaign_donation(d: Doc) -> Json:
    cid = f"{d.rng.randint(100000000, 1999999999)}.{d.epoch_s()}"
    d.filler(cid.split(".")[0])
    party = d.party()
    params: dict[str, Any] = {
        "value": d.pick([10, 25, 50, 100, 250]),
        "currency": "USD" if d.lang == "en" else "EUR",
        "campaign_name": f"{party} {d.pick(['2025', 'Spring Drive', 'Matching Weekend'])}",
        "recurring": d.chance(0.4),
        "engagement_time_msec": d.rng.randint(100, 9000),
    }
    body: dict[str, Any] = {
        "client_id": cid,
        "user_id": f"don_{d.hex(10)}",
        "timestamp_micros": d.epoch_ms() * 1000,
        "events": [{"name": "donate", "params": params}],
    }
    d.filler(str(body["timestamp_micros"]))
    if d.chance(0.5):
        body["user_properties"] = {
            "member_status": {"value": d.kv("political_opinion", "value", "party_member")}
        }
    if d.chance(0.4):
        body["user_data"] = {"sha256_email_address": [d.hashed_identifier(d.unused_email())]}
    return body


def firebase_prayer(d: Doc) -> Json:
    faith = d.pick(sorted(PRAYERS))
    prayer = d.pick(PRAYERS[faith])
    params = [
        {
            "key": "prayer",
            "value": {"string_value": d.kv("religious_belief", "string_value", prayer)},
        },
        {"key": "on_time", "value": {"int_value": int(d.chance(0.7))}},
        {"key": "firebase_screen_class", "value": {"string_value": "TodayViewController"}},
    ]
    if d.chance(0.4):
        note = d.say_special(("religious_belief", "health"))
        params.append({"key": "note", "value": {"string_value": note}})
    return {
        "event_date": d.filler(d.ts()[:10].replace("-", "")),
        "event_timestamp": int(d.filler(str(d.epoch_ms() * 1000))),
        "event_name": "prayer_completed",
        "event_params": params,
        "user_pseudo_id": d.hex(32),
        "user_properties": [{"key": "madhab_or_tradition", "value": {"string_value": faith}}],
        "device": {"category": "mobile", "operating_system": d.pick(["IOS", "ANDROID"])},
        "geo": {"city": d.city(), "country": d.country()},
        "app_info": {"id": f"com.{slug(app(d, 'faith'))}", "version": d.version()},
        "platform": d.pick(["IOS", "ANDROID"]),
    }


def snowplow_union_dues(d: Doc) -> Json:
    data: dict[str, Any] = {
        "union": d.union(),
        "amount": round(d.rng.uniform(8, 45), 2),
        "period": d.ts()[:7],
        "method": d.pick(["direct_debit", "payroll", "card"]),
    }
    if d.chance(0.5):
        data["member_role"] = d.union_role()
    ev: dict[str, Any] = {
        "e": "ue",
        "eid": d.uuid(),
        "tv": f"andr-{d.version()}",
        "p": "mob",
        "aid": app(d, "union"),
        "uid": f"m-{d.hex(8)}",
        "dtm": str(d.epoch_ms()),
        "ue_pr": {
            "schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
            "data": {"schema": "iglu:org.unionlink/dues_paid/jsonschema/1-0-2", "data": data},
        },
        "co": {
            "schema": "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1",
            "data": [
                {
                    "schema": "iglu:com.snowplowanalytics.snowplow/mobile_context/jsonschema/1-0-2",
                    "data": {"osType": "android", "deviceModel": "Pixel 8"},
                }
            ],
        },
    }
    if d.chance(0.6):
        ev["user_ipaddress"] = d.ip()
    if d.chance(0.4):
        ev["ue_pr"]["data"]["data"]["contact_email"] = d.email()
    return ev


def matomo_hit(d: Doc) -> Json:
    site = d.pick(["shop", "clinic", "news", "library"])
    params: dict[str, Any] = {
        "idsite": d.rng.randint(1, 12),
        "rec": 1,
        "action_name": q(d.pick(["Search", "Suche", "Recherche", "Búsqueda"])),
        "url": q(f"https://www.{site}-portal.example/search"),
        "_id": d.hex(16),
        "rand": d.rng.randint(1000, 99999),
        "apiv": 1,
        "res": "1920x1080",
        "cip": d.ip4(),
    }
    special = d.chance(0.6)
    params["search"] = d.say_encoded("health" if special else "neutral")
    params["search_count"] = d.rng.randint(0, 40)
    if d.chance(0.4):
        params["uid"] = d.enc(d.email())
    if d.chance(0.3):
        params["_cvar"] = q('{"1":["plan","basic"]}')
    return f"GET /matomo.php?{query(params)} HTTP/1.1"


def rudderstack_batch(d: Doc) -> Json:
    a_name = app(d, d.pick(["retail", "social", "fitness"]))
    anon = d.uuid()
    user = f"usr_{d.hex(12)}"
    ident = {
        "type": "identify",
        "anonymousId": anon,
        "userId": user,
        "context": {"traits": {"email": d.email(), "name": d.name()}, "ip": d.ip()},
        "messageId": d.uuid(),
    }
    track: dict[str, Any] = {
        "type": "track",
        "anonymousId": anon,
        "userId": user,
        "event": d.pick(["Feedback Submitted", "Search Performed", "Message Sent"]),
        "properties": {"channel": d.pick(["app", "web"])},
        "messageId": d.uuid(),
    }
    track["properties"]["text"] = d.text_any(0.3)
    page = {
        "type": "page",
        "anonymousId": anon,
        "name": "Checkout",
        "properties": {"path": "/checkout", "referrer": "https://www.google.com/"},
        "messageId": d.uuid(),
    }
    return {
        "batch": [ident, track, page],
        "sentAt": d.ts(),
        "context": {"library": "rudder-js", "app": a_name},
    }


def mixpanel_fintech_people(d: Doc) -> Json:
    parts = d.name_parts()
    s: dict[str, Any] = {
        "$first_name": parts[0],
        "$last_name": parts[1],
        "$email": d.email(parts),
        "$phone": d.phone(compact=True),
        "kyc_level": d.pick(["basic", "verified", "enhanced"]),
    }
    if d.chance(0.6):
        s["payout_iban"] = d.iban()
    else:
        s["card_on_file"] = d.card_decoy()
    if d.chance(0.3):
        s["date_of_birth"] = d.dob()
    return [{"$token": "[REDACTED]", "$distinct_id": f"cus_{d.hex(14)}", "$set": s}]


def heap_canvass(d: Doc) -> Json:
    a = d.address()
    lat, lon = d.geo()
    support = d.rng.randint(1, 5)
    props: dict[str, Any] = {
        "voter_name": d.name(),
        "address": a.full,
        "support_level": d.kv("political_opinion", "support_level", support),
        "party_lean": d.party(),
        "yard_sign": d.chance(0.3),
        "canvasser": d.name(),
        "turf": f"T-{d.rng.randint(10, 99)}",
        "lat": lat,
        "lng": lon,
    }
    if d.chance(0.5):
        props["notes"] = d.say_special(("political_opinion", "trade_union", "racial_ethnic_origin"))
    return {
        "app_id": str(d.rng.randint(1000, 9999)),
        "identity": f"vol-{d.hex(8)}",
        "event": "Door Knocked",
        "timestamp": d.ts(),
        "properties": props,
    }


def segment_identify_kyc(d: Doc) -> Json:
    env = seg_envelope(d, "identify", app(d, "fintech"))
    parts = d.name_parts()
    traits: dict[str, Any] = {
        "firstName": parts[0],
        "lastName": parts[1],
        "birthday": d.dob(),
        "nationality": d.pick(["DE", "FR", "ES", "GB", "US", "PT"]),
        "kycStatus": d.pick(["approved", "pending_review"]),
    }
    if d.chance(0.8):
        traits["taxId"] = d.national_id()
    else:
        traits["taxIdInput"] = d.national_id_decoy()
        traits["taxIdValid"] = False
    if d.chance(0.4):
        traits["document"] = {"type": "passport", "number": d.passport(), "issuer": d.country()}
    if d.chance(0.5):
        traits["address"] = d.address().full
    env["traits"] = traits
    return env


def clevertap_matrimony(d: Doc) -> Json:
    parts = d.name_parts()
    pdata: dict[str, Any] = {
        "Name": f"{parts[0]} {parts[1]}",
        "Email": d.email(parts),
        "Phone": d.phone(compact=True),
        "Religion": d.religion() if d.chance(0.8) else d.prefer_not(),
        "Community": d.ethnicity() if d.chance(0.7) else d.prefer_not(),
        "Diet": d.pick(["vegetarian", "any", "vegan"]),
        "MSG-push": True,
    }
    if d.chance(0.4):
        pdata["About"] = d.say_special(("religious_belief", "racial_ethnic_origin"))
    return {
        "d": [
            {
                "identity": f"mx{d.hex(10)}",
                "ts": d.epoch_s(),
                "type": "profile",
                "profileData": pdata,
            }
        ]
    }


def braze_users_track(d: Doc) -> Json:
    attrs: dict[str, Any] = {
        "external_id": f"bz-{d.hex(12)}",
        "email": d.email(),
        "pronouns": d.pick(["she/her", "he/him", "they/them"]),
        "gender": d.pick(["F", "M", "O"]),
        "push_subscribe": "opted_in",
    }
    status = {
        "en": ["negative", "positive"],
        "de": ["negativ", "positiv"],
        "fr": ["négatif", "positif"],
        "es": ["negativo", "positivo"],
    }[d.lang]
    attrs["hiv_status"] = d.kv("health", "hiv_status", d.pick(status))
    if d.chance(0.5):
        attrs["prep_user"] = d.kv("health", "prep_user", True)
    if d.chance(0.5):
        attrs["phone"] = d.phone(compact=True)
    events = [
        {
            "external_id": attrs["external_id"],
            "name": d.pick(["test_kit_ordered", "clinic_locator_opened", "reminder_set"]),
            "time": d.ts(),
        }
    ]
    return {"attributes": [attrs], "events": events}


def run_tracker_route(d: Doc) -> Json:
    start_lat, start_lon = d.geo(5)
    pts = [[start_lon, start_lat]]
    for _ in range(d.rng.randint(4, 8)):
        la = round(pts[-1][1] + d.rng.uniform(-0.0009, 0.0011), 5)
        lo = round(pts[-1][0] + d.rng.uniform(-0.0009, 0.0011), 5)
        pts.append([lo, la])
    return {
        "type": "Feature",
        "properties": {
            "activity_id": d.uuid(),
            "athlete": f"@{d.pick(HANDLES)}{d.rng.randint(1, 99)}",
            "sport": d.pick(["run", "ride", "walk"]),
            "distance_m": d.rng.randint(1500, 21000),
            "moving_time_s": d.rng.randint(600, 7200),
            "start_date": d.ts(),
            "app": app(d, "fitness"),
        },
        "geometry": {"type": "LineString", "coordinates": pts},
    }


def posthog_clinic_search(d: Doc) -> Json:
    """A health-portal search, captured with the URL and the typed query."""
    term = d.say_encoded("health")
    return {
        "event": "$pageview",
        "distinct_id": d.uuid(),
        "properties": {
            "$current_url": f"https://care.{slug(app(d, 'health'))}.com/search?q={term}&page=1",
            "$pathname": "/search",
            "$ip": d.ip() if d.chance(0.6) else None,
            "$browser": d.pick(["Chrome", "Safari"]),
            "$session_id": d.uuid(),
        },
        "timestamp": d.ts(),
    }
