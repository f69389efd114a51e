"""Travel booking, ride-hailing, delivery and smart-home payloads."""

from __future__ import annotations

from . import shapes, values
from .common import biometric_blob, face_embedding, name_fields, scatter_text
from .ctx import Ctx

SSR = [("WCHR", "health", "ssr_wheelchair"), ("DBML", "health", "ssr_diabetic_meal"),
       ("KSML", "religious_belief", "ssr_meal"), ("MOML", "religious_belief", "ssr_meal"),
       ("HNML", "religious_belief", "ssr_meal"), ("VGML", None, None), ("BLND", "health",
                                                                        "ssr_blind"),
       ("CHML", None, None), ("SEAT", None, None)]


AIRLINES = ["LH", "AF", "IB", "BA", "UA"]
CURRENCY = {"us": "USD", "uk": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR", "nl": "EUR"}


def travel_booking(c: Ctx) -> dict:
    pax = []
    for _ in range(c.n(1, 3)):
        p = c.person()
        first, last = p.raw()
        country = c.pick(["GBR", "DEU", "FRA", "ESP", "USA", "NGA", "IND"])
        iso2 = {"GBR": "GB", "DEU": "DE", "FRA": "FR", "ESP": "ES", "USA": "US", "NGA": "NG",
                "IND": "IN"}[country]
        dob = c.dob_date()
        c.tag("date_of_birth", "apis")
        number = c.passport(iso2)
        traveller: dict = {"name": {"first": p.first(), "last": p.last()},
                           "dateOfBirth": dob.isoformat(), "gender": c.pick(["M", "F", "X"]),
                           "nationality": country,
                           "document": {"type": c.pick(["passport", "P"]), "number": number,
                                        "issuingCountry": country, "expiry": c.day()}}
        if c.chance(0.35):
            traveller["apis_mrz"] = values.mrz_td3(last, first, number, country,
                                                   dob.strftime("%y%m%d"),
                                                   traveller["gender"].replace("X", "<"), "310101")
        if c.chance(0.45):
            code, kind, detail = c.pick(SSR)
            traveller["ssr"] = [{"code": code, "status": "HK"}]
            if kind:
                c.tag(kind, detail)
        if c.chance(0.25):
            traveller["frequentFlyer"] = {"program": c.pick(["Miles & More", "Flying Blue",
                                                             "Avios"]),
                                          "number": f"{c.n(100, 999)}{c.b62(5).upper()}"}
        pax.append(traveller)
    lead = c.person()
    booking: dict = {"pnr": c.b62(6).upper(), "created": c.ts(), "passengers": pax,
                     "contact": {"email": lead.email(), "phone": c.phone()},
                     "segments": [{"flight": f"{c.pick(AIRLINES)} {c.n(100, 9999)}",
                                   "from": c.pick(["FRA", "CDG", "MAD", "LHR", "BER"]),
                                   "to": c.pick(["JFK", "BCN", "LIS", "DXB", "TLV"]),
                                   "dep": c.ts("offset")} for _ in range(c.n(1, 2))]}
    if c.chance(0.5):
        booking["payment"] = {"card": c.card(style=c.pick(["plain", "space"])),
                              "holder": lead.full()}
    else:
        booking["payment"] = {"method": "card", "last4": f"{c.n(0, 9999):04d}"}
    if c.chance(0.2):
        booking["remarks"] = scatter_text(c, kinds=["health", "religious_belief"])
    return shapes.webhook(c, "booking.confirmed", booking, "travel") if c.chance(0.4) else booking


def ride_trip(c: Ctx) -> dict:
    rider, driver = c.person(), c.person()
    home = c.city()
    city = home[0]
    plat, plon = c.coords(city, "pickup")
    dlat, dlon = c.coords(city, "dropoff")
    trip: dict = {"trip_id": c.uuid(), "status": c.pick(["completed", "in_progress", "cancelled"]),
                  "rider": {"first_name": rider.first(), "rating": round(c.r.uniform(4.2, 5), 2)},
                  "driver": {"name": driver.full(), "plate": f"{c.b62(2).upper()}-{c.n(100, 9999)}",
                             "vehicle": c.pick(["Toyota Prius", "Skoda Octavia", "Tesla Model 3"])},
                  "pickup": c.pick([{"lat": plat, "lng": plon}, [plon, plat], f"{plat},{plon}"]),
                  "dropoff": {"latitude": dlat, "longitude": dlon},
                  "fare": {"amount": c.money(6, 80), "currency": CURRENCY[c.loc]}}
    if c.chance(0.4):
        trip["pickup_address"] = c.address(form="line", detail="pickup", city=home)
    if c.chance(0.4):
        trace = []
        for _ in range(c.n(3, 5)):
            lat, lon = c.coords(city, "gps_trace")
            trace.append({"t": c.epoch(), "lat": lat, "lon": lon, "speed": c.n(0, 60)})
        trip["gps_trace"] = trace
    if c.chance(0.4):
        trip["rider"]["phone"] = c.phone()
    else:
        trip["rider"]["phone_masked"] = f"+** *** ***{c.n(10, 99)}"
    if c.rot([True, False]):
        trip["driver"]["background_check"] = {"criminal": "clear", "mvr": "clear",
                                              "renewed": c.day()}
        c.tag("criminal_record", "driver_check")
    if c.rot([False, True, False]):
        key, blob = biometric_blob(c, "face")
        trip["driver"]["realtime_id_check"] = {key: blob}
    if c.chance(0.2):
        trip["support_note"] = scatter_text(c)
    return shapes.webhook(c, "trip.updated", trip, "rides") if c.chance(0.5) else {"trip": trip}


def delivery_tracking(c: Ctx) -> dict:
    courier, customer = c.person(), c.person()
    lat, lon = c.coords()
    body: dict = {"deliveryId": c.oid("dlv", 12), "status": c.pick(["en_route", "arriving",
                                                                    "delivered"]),
                  "courier": {"firstName": courier.first(), "vehicle": c.pick(["bike", "scooter"])},
                  "position": c.pick([{"lat": lat, "lng": lon}, {"type": "Point",
                                                                 "coordinates": [lon, lat]}]),
                  "dropoff": {"address": c.address(), "contact": customer.full()},
                  "eta": c.ts()}
    if c.chance(0.6):
        body["dropoff"]["phone"] = c.phone()
    if c.chance(0.45):
        body["dropoff"]["instructions"] = c.delivery_note()
    if c.chance(0.3):
        body["proof_of_delivery"] = {"photo": f"https://cdn.gigforce.co/pod/{c.hexs(16)}.jpg",
                                     "geo": f"POINT({lon} {lat})"}
    return shapes.webhook(c, "delivery.position", body, "delivery")


VOICE = [
    ("health", "en", "remind me to take my insulin at eight"),
    ("health", "en", "add sertraline refill to my shopping list"),
    ("health", "en", "set a reminder for dialysis on Friday morning"),
    ("health", "de", "erinnere mich an mein Asthmaspray um neun"),
    ("health", "fr", "rappelle-moi de prendre mon traitement pour la thyroïde"),
    ("health", "es", "recuérdame tomar la metformina con la cena"),
    ("religious_belief", "en", "remind me to pray fajr tomorrow"),
    ("religious_belief", "en", "play my evening rosary"),
    ("religious_belief", "de", "erinnere mich an das Freitagsgebet in der Moschee"),
    ("religious_belief", "es", "pon el rosario de la tarde"),
    (None, "en", "what's the weather tomorrow"),
    (None, "en", "play some jazz"),
    (None, "de", "mach das Licht im Flur aus"),
    (None, "fr", "mets la musique plus fort"),
]


def _utterance(c: Ctx) -> str:
    kind, lang, text = c.pick(VOICE)
    if kind:
        c.said(kind, lang)
    return text


def smart_home_event(c: Ctx) -> dict:
    p = c.person()
    events = []
    for _ in range(c.n(2, 4)):
        kind = c.pick(["lock", "camera", "thermostat", "voice", "lock"])
        if kind == "lock":
            ev: dict = {"device": "front_door_lock", "event": c.pick(["unlocked", "locked"]),
                        "user": p.first(), "method": c.pick(["fingerprint", "pin", "app",
                                                             "face"])}
        elif kind == "camera":
            ev = {"device": "doorbell_cam", "event": "person_detected",
                  "confidence": round(c.r.uniform(0.6, 0.99), 2)}
            if c.chance(0.75):
                ev["known_face"] = {"label": p.full(), "embedding": face_embedding(c, 16)}
                c.tag("biometric", "face")
        elif kind == "thermostat":
            ev = {"device": "thermostat", "event": "setpoint", "value_c": round(
                c.r.uniform(17, 24), 4), "humidity": round(c.r.uniform(30, 60), 1)}
        else:
            ev = {"device": "kitchen_speaker", "event": "utterance",
                  "transcript": _utterance(c)}
        ev["at"] = c.ts()
        events.append(ev)
    body: dict = {"homeId": c.oid("home", 10), "events": events,
                  "hub": {"fw": c.semver(), "ip": c.ip(4), "mac": ":".join(
                      c.hexs(2) for _ in range(6))}}
    if c.chance(0.4):
        lat, lon = c.coords(detail="geofence")
        body["geofence"] = {"home": {"lat": lat, "lon": lon}, "radius_m": 120}
    if c.chance(0.25):
        key, blob = biometric_blob(c, "voice")
        body["voice_profiles"] = [{"owner": p.first(), key: blob}]
    if c.chance(0.25):
        body["wifi"] = {"ssid": c.pick(["FRITZ!Box 7590 KL", "Livebox-8A2C", "MOVISTAR_5G"]),
                        "psk": c.secret("password")}
    return shapes.batch(c, [body]) if c.chance(0.3) else body


# ---------------------------------------------------------------- clean look-alikes

def ride_pricing(c: Ctx) -> dict:
    city = c.city()[0]
    zones = []
    for place in c.sample(["Union Square", "Victoria Station", "Alexanderplatz", "Gare de Lyon",
                           "Puerta del Sol", "Canary Wharf", "Mount Pleasant"], c.n(2, 4)):
        lat, lon = c.coarse(city)
        zones.append({"zone": place, "centroid": {"lat": lat, "lng": lon},
                      "surge": round(c.r.uniform(1, 2.4), 1), "eta_min": c.n(2, 15)})
    body = {"city": city, "zones": zones, "as_of": c.ts(), "model": f"pricing-{c.semver()}"}
    return shapes.respond(c, body, "/v2/pricing/zones")


def iot_telemetry(c: Ctx) -> dict:
    return {"fleet": c.pick(["thermo-eu", "locks-v2", "air-sensors"]), "devices": [
        {"id": c.oid("dev", 10), "fw": c.semver(), "health": c.pick(["ok", "degraded"]),
         "battery_pct": c.n(5, 100), "temp_c": round(c.r.uniform(15, 30), 4),
         "rssi": -c.n(40, 90), "uptime_h": c.n(1, 4000)} for _ in range(c.n(2, 4))],
        "collected_at": c.ts()}


def flight_status(c: Ctx) -> dict:
    return {"flights": [{"flight": f"{c.pick(['LH', 'AF', 'IB', 'BA'])} {c.n(100, 9999)}",
                         "from": c.pick(["FRA", "CDG", "MAD", "LHR"]),
                         "to": c.pick(["JFK", "BCN", "LIS", "DXB"]),
                         "status": c.pick(["scheduled", "boarding", "delayed", "departed"]),
                         "gate": f"{c.pick('ABCZ')}{c.n(1, 60)}", "terminal": c.n(1, 3),
                         "meal_service": c.sample(["VGML", "KSML", "MOML", "standard"], 2),
                         "aircraft": c.pick(["A320neo", "B787-9", "A350-900"])}
                        for _ in range(c.n(2, 4))], "updated": c.ts()}


def hotel_checkin(c: Ctx) -> dict:
    """Guest registration (Meldeschein, fiche de police, parte de viajeros)."""
    c.set_loc(c.pick(["de", "fr", "es", "es", "uk"]))
    guests = []
    for _ in range(c.n(1, 2)):
        p = c.person()
        country = c.pick(["DE", "FR", "ES", "GB", "US", "IT", "IN"])
        g: dict = {**name_fields(c, p), c.k("dob"): c.dob(), "nationality": country}
        if c.loc == "es" and country == "ES" and c.chance(0.6):
            g["documento"] = {"tipo": "DNI", "numero": c.national_id("dni", "plain")}
        elif c.loc == "es" and c.chance(0.3):
            g["documento"] = {"tipo": "NIE", "numero": c.national_id("nie")}
        else:
            key = c.k("passport")
            g[key] = c.passport(country)
        if c.chance(0.6):
            g[c.k("address")] = c.address(c.pick(["de", "fr", "es", "uk", "us"]))
        guests.append(g)
    body: dict = {"reservation": c.b62(8).upper(), "property": c.pick(
        ["Hotel Lindenhof", "Hôtel des Tilleuls", "Hostal Sol", "The Kingsway Inn"]),
        "arrival": c.day(), "nights": c.n(1, 9), "guests": guests,
        "form": {"type": {"de": "Meldeschein", "fr": "fiche individuelle de police",
                          "es": "parte de entrada de viajeros", "uk": "guest registration"}[c.loc],
                 "signature_png": c.b64(c.n(80, 160))}}
    if c.chance(0.5):
        body["guarantee"] = {"card": c.card(style="plain"), "holder": guests[0].get(
            "name") or "see guest 1"}
    return shapes.jsonapi(c, "checkins", body) if c.chance(0.4) else body
