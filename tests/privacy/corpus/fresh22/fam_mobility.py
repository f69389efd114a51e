"""Mobility families: ride-hailing, rental, telematics, scooters, parking, transit."""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Ctx
from .registry import ADDRESS, DOB, FIRST, FULL, LAST, NOTES, PHONE, STATUS, fam


@fam("ride_trip", 4)
def ride_trip(c: Ctx) -> Any:
    plat, plon = c.precise()
    dlat, dlon = c.precise()
    doc = {"tripId": c.uuid(), c.k("rider|fahrgast|passager|pasajero"): c.first(),
           c.k("driver|fahrer|chauffeur|conductor"): c.name(),
           "pickup": {"lat": plat, "lng": plon}, "dropoff": {"lat": dlat, "lng": dlon},
           c.k("fare|fahrpreis|tarif|tarifa"): c.money(),
           "payment": {"method": "card", "last4": c.last4()}, "driver_feedback": c.note(0.8),
           "vehicle": {"plate": c.plate(), "model": c.pick(pools.CAR_MODELS)}}
    if c.chance(0.8):
        doc[c.k(NOTES)] = c.note()
    return doc


@fam("driver_onboarding", 4)
def driver_onboarding(c: Ctx) -> Any:
    key, nid = c.national_id()
    doc: dict[str, Any] = {
        c.k(FIRST): c.first(), c.k(LAST): c.last(), c.k(DOB): c.dob(),
        c.k(key): nid, c.k(ADDRESS): c.address(),
        c.k("licence number|führerscheinnummer|numéro de permis|número de carnet"):
            c.alnum(11, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
        c.k("background check|führungszeugnis|casier judiciaire|antecedentes penales"): {
            "provider": "Checkr", "status": "clear", "result": c.special("criminal_record")},
        c.k(NOTES): c.note(0.9),
    }
    if c.chance(0.9):
        doc["selfie_template"] = c.face_embedding()
    return doc


@fam("surge_zones", 4, clean=True)
def surge_zones(c: Ctx) -> Any:
    zones = []
    for _ in range(c.num(3, 5)):
        lat, lon = c.coarse(2)
        zones.append({"h3": f"8{c.hexs(14)}", "center": [lat, lon],
                      "multiplier": round(c.rng.uniform(1, 2.5), 1), "eta_min": c.num(2, 15)})
    return {"city": c.city(), "zones": zones, "generated": c.ts()}


@fam("car_rental_agreement", 4)
def car_rental(c: Ctx) -> Any:
    name = c.name()
    doc = {c.k("agreement|vertrag|contrat|contrato"): c.ref("RA"),
           c.k("driver|fahrer|conducteur|conductor"): {
               c.k(FULL): name, c.k(DOB): c.dob(), c.k(ADDRESS): c.address(),
               c.k("licence|führerschein|permis|carnet"): c.alnum(10, "ABCDEFGHJKLMN0123456789")},
           "id_document": {"type": "passport", "number": c.passport_no()} if c.chance(0.4)
           else None,
           "vehicle": {"vin": c.vin(), "plate": c.plate(), "model": c.pick(pools.CAR_MODELS)},
           "pickup": c.ts(), "return": c.ts(), c.k(NOTES): c.note(0.8)}
    if c.chance(0.8):
        doc["deposit_card"] = {"number": c.card(), "exp": c.expiry()}
    else:
        doc["deposit_card"] = {"masked": c.masked_card()}
    return doc


@fam("rental_fleet_inventory", 4, clean=True)
def rental_fleet(c: Ctx) -> Any:
    return [{"vin": c.vin(), "plate": c.plate(), "model": c.pick(pools.CAR_MODELS),
             "odometer_km": c.num(1000, 90000), "station": c.pick(["MAD-T4", "FRA-T1", "LYS"]),
             c.k(STATUS): c.pick(["available", "cleaning", "maintenance"])}
            for _ in range(c.num(3, 5))]


@fam("telematics_ping", 4, langs="en", style="camel")
def telematics_ping(c: Ctx) -> Any:
    pts = []
    for _ in range(c.num(2, 4)):
        lat, lon = c.precise()
        pts.append({"t": c.ts(), "lat": lat, "lon": lon, "speedKmh": c.num(0, 130),
                    "heading": c.num(0, 359)})
    return {"vin": c.vin(), "firmware": c.version(), "points": pts,
            "battery": {"soc": c.num(10, 100), "health": c.num(80, 100)}}


@fam("telematics_dtc", 4, langs="en", clean=True)
def telematics_dtc(c: Ctx) -> Any:
    c.decoy("battery_health")
    lat, lon = c.coarse()
    return {"vin": c.vin(), "dtc": c.sample(["P0420", "P0301", "U0100", "B1342", "C0035"], 2),
            "battery_health": f"{c.num(70, 99)}%", "approx_position": {"lat": lat, "lon": lon},
            "ecu_versions": {"bms": c.version(), "gateway": c.version()}}


@fam("scooter_ride", 4, langs="en")
def scooter_ride(c: Ctx) -> Any:
    s = c.precise_str()
    e = c.precise_str()
    return {"ride_id": c.uuid(), "user": {"email": c.email(), "ip": c.ip()},
            "start": s, "end": e, "duration_s": c.num(120, 2400),
            "scooter": f"SC-{c.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
            "price": c.money()}


@fam("scooter_fleet_status", 4, clean=True)
def scooter_fleet(c: Ctx) -> Any:
    out = []
    for _ in range(c.num(3, 5)):
        lat, lon = c.coarse(3)
        out.append({"id": f"SC-{c.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
                    "battery_pct": c.num(5, 100), "health": c.pick(["ok", "degraded"]),
                    "lat": lat, "lon": lon})
    c.decoy("battery_health")
    return {"fleet": out}


@fam("parking_session", 4)
def parking_session(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        "session": c.ref("PK"), "zone": f"{c.pick(['A', 'B', 'C'])}{c.num(100, 999)}",
        c.k("licence plate|kennzeichen|plaque|matrícula"): c.plate(),
        c.k(PHONE): c.phone(), "start": c.ts(), "end": c.ts()}
    if c.chance(0.7):
        doc["card"] = c.card()
    else:
        doc["card"] = c.masked_card()
    return doc


@fam("parking_tariffs", 3, clean=True)
def parking_tariffs(c: Ctx) -> Any:
    c.decoy("tariff")
    return {"zone": f"{c.pick('ABC')}{c.num(100, 999)}",
            "tariffs": [{"from": c.hhmm(), "to": c.hhmm(), "per_hour": c.price(0.5, 4)}
                        for _ in range(3)], "max_hours": c.num(1, 4)}


@fam("concession_card", 3)
def concession_card(c: Ctx) -> Any:
    doc = {c.k(FULL): c.name(), c.k(DOB): c.dob(),
           c.k("card number|kartennummer|numéro de carte|número de tarjeta"): c.loyalty(),
           c.k("concession type|ermäßigung|type de réduction|tipo de bonificación"): c.pick(
               ["student", "senior", "jobseeker"])}
    if c.chance(0.6):
        c.add("health")
        doc[c.k("concession type|ermäßigung|type de réduction|tipo de bonificación")] = c.t(
            "disability (visual impairment)|Schwerbehinderung (Merkzeichen G)|"
            "invalidité (taux 80 %)|discapacidad (movilidad reducida)")
    doc[c.k(ADDRESS)] = c.address()
    return doc


@fam("transit_timetable", 4, clean=True)
def transit_timetable(c: Ctx) -> Any:
    c.decoy("timetable")
    return {"line": c.pick(["U2", "S41", "T3", "L6", "M10"]),
            "stops": [{"stop": s, "times": [c.hhmm() for _ in range(4)]}
                      for s in c.sample(["Hbf", "Marktplatz", "Gare Part-Dieu", "Sol",
                                         "Atocha", "Alexanderplatz", "Bellecour"], 4)]}


@fam("ev_charging_session", 4, langs="en", style="snake")
def ev_charging(c: Ctx) -> Any:
    lat, lon = c.precise()
    return {"session_id": c.uuid(), "evse_id": f"DE*ABC*E{c.num(100000, 999999)}",
            "charger": {"lat": lat, "lon": lon, "power_kw": c.pick([11, 22, 50, 150])},
            "user_email": c.email(), "energy_kwh": round(c.rng.uniform(5, 60), 2),
            "payment_token": c.pm_token()}


@fam("gbfs_station_info", 3, style="snake")
def gbfs(c: Ctx) -> Any:
    stations = []
    for i in range(3):
        lat, lon = c.precise()
        stations.append({"station_id": str(c.num(100, 999) + i), "name": c.t(
            "Station|Station|Station|Estación") + f" {c.num(1, 80)}", "lat": lat, "lon": lon,
            "capacity": c.num(8, 40)})
    return {"last_updated": c.epoch(), "ttl": 60, "data": {"stations": stations}}


@fam("mobility_crash_report", 3, langs="en")
def mobility_crash(c: Ctx) -> Any:
    return {"app": "RideLoop", "version": c.version(), "os": "iOS 17.4",
            "exception": "NSInvalidArgumentException: nil key in dictionary",
            "user": {"id": c.uuid(), "email": c.email(), "ip_address": c.ip()},
            "breadcrumbs": [f"{c.ts()} open map", f"{c.ts()} request ride"]}



@fam("ride_support_chat", 4)
def ride_support_chat(c: Ctx) -> Any:
    return {"ticket": c.ref("RS"), "trip": c.uuid(),
            "messages": [{"role": "rider", "text": c.special_any()},
                         {"role": "agent", "text": c.t(
                             "Sorry to hear that, we are looking into it.|Das tut uns leid, "
                             "wir prüfen das.|Désolés, nous examinons la situation.|Lo "
                             "sentimos, lo estamos revisando.")},
                         {"role": "rider", "text": c.note(0.7)}],
            "callback": c.phone() if c.chance(0.5) else None}


@fam("ride_receipt_email", 3)
def ride_receipt(c: Ctx) -> Any:
    name = c.first()
    return {"to": c.email(), "subject": c.t("Your trip receipt|Deine Fahrtquittung|Votre reçu|"
                                            "Tu recibo"),
            "html": f"<p>{c.t('Hi|Hallo|Bonjour|Hola')} {name},</p><p>{c.address()} → "
                    f"{c.address()}</p><p>{c.money()['amount']} EUR</p>"}


@fam("mobility_district_stats", 3, clean=True)
def mobility_stats(c: Ctx) -> Any:
    c.decoy("aggregate_stats")
    return {"period": c.day()[:7], "districts": [
        {"district": d, "trips": c.num(1000, 90000), "avg_km": round(c.rng.uniform(1, 9), 1)}
        for d in c.sample(["Mitte", "Kreuzberg", "Centro", "Chamberí", "Presqu'île", "Gràcia"],
                          3)]}
