"""Donations, unions, campaigns, courts, dating, telecom records and telematics."""

from __future__ import annotations

from typing import Any

from . import pools
from .util import body
from .values import Ctx


def donation(c: Ctx) -> Any:
    p = not c.clean
    gift: dict[str, Any] = {
        "donation_id": c.rid("don_", 12),
        "amount": c.money(),
        "currency": c.currency(),
        "recurring": c.chance(0.5),
        "received_at": c.ts(),
    }
    purpose = c.pick(
        (
            "zakat",
            "tzedakah",
            "Kirchgeld",
            "parish roof fund",
            "food bank",
            "animal shelter",
            "campaign",
        )
    )
    gift["fund"] = purpose
    if p:
        gift["donor"] = {"name": c.name(), "email": c.email()}
        if purpose in ("zakat", "tzedakah", "Kirchgeld", "parish roof fund"):
            c.tag("religious_belief", "donation")
            gift["organisation"] = c.pick(
                ("St. Joseph Parish", "Islamic Relief Leeds", "Beth Shalom Synagogue")
            )
        elif purpose == "campaign":
            c.tag("political_opinion", "donation")
            gift["organisation"] = f"{c.pick(pools.PARTIES)} campaign fund"
        else:
            gift["organisation"] = c.company()
        if c.chance(0.3):
            gift["gift_aid"] = {"declaration": True, "address": c.address()}
        if c.chance(0.2):
            gift["congregation_member"] = True
            gift["religion"] = c.religion()
    else:
        gift["fund"] = c.pick(("food bank", "animal shelter", "Religion & Spirituality book drive"))
        gift["donor"] = {"anonymous": True}
    return gift


def union_portal(c: Ctx) -> Any:
    p = not c.clean
    if not p:
        return {
            "schema": {
                "type": "record",
                "name": "MemberEvent",
                "fields": [{"name": "payload", "type": ["null", "string", "MemberRecord"]}],
            },
            "doc": "Avro union type for the member event payload",
            "query": "SELECT id FROM a UNION SELECT id FROM b",
        }
    member: dict[str, Any] = {
        "member_no": c.rid("M", 7),
        "name": c.name(),
        "joined": c.day(),
        "union": c.union(),
        "branch": c.coarse_place()["city"],
        "dues": {"monthly": c.money(), "method": "payroll"},
    }
    if c.chance(0.4):
        member["role"] = c.pick(("shop steward", "Vertrauensperson", "délégué", "delegado"))
    if c.chance(0.3):
        member["dues"]["iban"] = c.iban()
    if c.chance(0.3):
        member["email"] = c.email()
    return {"data": {"member": member}, "errors": None}


def campaign_crm(c: Ctx) -> Any:
    p = not c.clean
    if not p:
        return {
            "feed": "press",
            "items": [
                {
                    "title": f"{c.pick(pools.PARTIES)} unveils manifesto",
                    "published": c.ts(),
                    "url": "/press/" + c.rid("", 8),
                }
                for _ in range(2)
            ],
            "pep": False,
        }
    voter: dict[str, Any] = {
        "voter_id": c.rid("V", 9),
        "name": c.name(),
        "address": c.address(),
        "canvass": {"contacted": c.ts(), "volunteer": c.name("initial")},
    }
    field = c.pick(("support_level", "party", "party", "text", "donation"))
    if field == "support_level":
        voter["canvass"]["support_level"] = c.support_level()
    elif field == "party":
        voter["party_affiliation"] = c.party()
    elif field == "text":
        voter["canvass"]["notes"] = c.special("political_opinion")
    else:
        voter["donations"] = [{"amount": c.money(), "committee": f"{c.pick(pools.PARTIES)} PAC"}]
        c.tag("political_opinion", "donation")
    if c.chance(0.3):
        voter["phone"] = c.phone()
    return voter


def court_case(c: Ctx) -> Any:
    p = not c.clean
    case: dict[str, Any] = {
        "case_no": f"{c.num(1, 99)} Ls {c.num(100, 999)}/26",
        "court": {
            "en": "Crown Court at Leeds",
            "de": "Amtsgericht Köln",
            "fr": "Tribunal judiciaire de Lyon",
            "es": "Juzgado de lo Penal n.º 3 de Sevilla",
        }[c.lang],
        "hearing": c.ts(),
        "status": "scheduled",
    }
    if p:
        case["defendant"] = {"name": c.name(), "dob": c.dob() if c.chance(0.5) else None}
        case["charges"] = [c.offence()]
        case["judge"] = c.name("title")
        if c.chance(0.3):
            case["notes"] = body(c, ("criminal_record",), 0.9)
    else:
        case["type"] = "civil - eviction"
        case["statistics"] = {"district_burglaries_2025": c.num(100, 900)}
    return case


def dating_profile(c: Ctx) -> Any:
    p = not c.clean
    if not p:
        return {
            "feature_flags": {"biometric_login": True, "same_day_match": False},
            "experiment": "onboarding-v3",
            "copy": c.trap(),
        }
    prof: dict[str, Any] = {
        "id": c.uuid(),
        "display_name": c.first(),
        "age": c.num(19, 60),
        "gender": c.pick(("woman", "man", "non-binary")),
        "pronouns": c.pick(("she/her", "he/him", "they/them")),
        "interests": ["hiking", "jazz"],
    }
    if c.chance(0.5):
        prof["orientation"] = c.orientation()
    if c.chance(0.4):
        prof["bio"] = body(
            c, ("sex_life_orientation", "religious_belief", "political_opinion"), 0.8
        )
    if c.chance(0.4):
        lat, lon = c.coords()
        prof["last_location"] = {"lat": lat, "lon": lon}
    else:
        lat, lon = c.coarse()
        prof["area"] = {"lat": lat, "lon": lon}
    if c.chance(0.2):
        prof["religion"] = c.religion() if c.chance(0.6) else "Prefer not to say"
    return {"data": {"profile": prof}}


def telecom_cdr(c: Ctx) -> Any:
    p = not c.clean
    rec: dict[str, Any] = {
        "record_type": c.pick(("MOC", "MTC", "SMS-MO")),
        "start": c.ts(),
        "duration": c.num(0, 3600),
        "cell_id": c.rid("", 6),
        "imei": c.imei(),
        "iccid": "89" + c.digits(17),
        "charge": {"units": c.num(1, 60), "tariff": "EU-ROAM"},
    }
    if p:
        rec["calling"] = "tel:" + c.phone().replace(" ", "")
        rec["called"] = "tel:" + c.phone().replace(" ", "")
        if c.chance(0.4):
            lat, lon = c.coords()
            rec["location"] = f"{lat}, {lon}"
    else:
        rec["calling"] = "anonymous"
        rec["called"] = "voicemail"
    return rec


def iot_telemetry(c: Ctx) -> Any:
    p = not c.clean
    msg: dict[str, Any] = {
        "deviceId": c.rid("veh-", 8),
        "mac": c.mac(),
        "ts": c.epoch(),
        "firmware": c.version(),
        "speed_kmh": c.num(0, 130),
        "engine_temp_c": round(c.rng.uniform(70, 105), 4),
        "battery_v": round(c.rng.uniform(11, 14), 4),
    }
    if p:
        lat, lon = c.coords()
        msg["gps"] = {"lat": lat, "lon": lon, "hdop": 0.9}
        if c.chance(0.4):
            msg["driver"] = {"name": c.name(), "licence": c.rid("", 10).upper()}
    else:
        lat, lon = c.coarse()
        msg["region"] = {"lat": lat, "lon": lon}
        msg["health"] = {"status": "ok", "checks": ["can-bus", "modem"]}
    return {"topic": f"fleet/{c.rid('', 4)}/telemetry", "qos": 1, "payload": msg}
