"""Travel bookings, social posts, patient portal messages and police incident records."""

from __future__ import annotations

from typing import Any

from . import pools, text
from .util import body
from .values import Ctx

TEXT_KINDS = (
    "health",
    "genetic",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
)


def travel_booking(c: Ctx) -> Any:
    p = not c.clean
    seg = {
        "carrier": "LH",
        "flight": f"LH{c.num(100, 999)}",
        "from": "FRA",
        "to": "MAD",
        "departure": c.ts(),
        "cabin": "Y",
        "fare_basis": c.rid("", 6).upper(),
    }
    pnr: dict[str, Any] = {
        "recordLocator": c.rid("", 6).upper(),
        "segments": [seg],
        "createdAt": c.ts(),
        "agency": c.company(),
    }
    if p:
        pax = []
        for _ in range(c.num(1, 2)):
            first, last = c.parts()
            person: dict[str, Any] = {
                "firstName": first,
                "lastName": last,
                "dateOfBirth": c.dob(),
                "nationality": c.locale[-2:].upper(),
            }
            if c.chance(0.7):
                person["travelDocument"] = {
                    "type": "passport",
                    "number": c.passport(),
                    "expiry": c.day(),
                    "issuingCountry": "DE",
                }
            if c.chance(0.3):
                person["specialServiceRequests"] = [c.pick(("WCHR", "MOML", "KSML", "DBML"))]
                code = person["specialServiceRequests"][0]
                if code in ("MOML", "KSML"):
                    c.tag("religious_belief", "meal_code")
                else:
                    c.tag("health", "ssr")
            pax.append(person)
        pnr["passengers"] = pax
        pnr["contact"] = {"email": c.email(), "phone": c.phone()}
        if c.chance(0.3):
            pnr["payment"] = {"cardNumber": c.card(), "holder": c.name("full")}
    else:
        pnr["passengers"] = [{"type": "ADT", "count": 2}]
        pnr["payment"] = {"cardNumber": "XXXXXXXXXXXX" + c.last4(), "token": None}
    return pnr


def social_post(c: Ctx) -> Any:
    p = not c.clean
    post: dict[str, Any] = {
        "id": c.rid("", 18),
        "created_time": c.ts(),
        "likes": c.num(0, 900),
        "visibility": c.pick(("public", "friends")),
    }
    if p:
        post["from"] = {"name": c.name(), "id": c.rid("", 12)}
        post["message"] = c.special(c.pick(TEXT_KINDS))
        if c.chance(0.4):
            post["comments"] = {
                "data": [{"from": {"name": c.name("full")}, "message": body(c, TEXT_KINDS, 0.5)}]
            }
        if c.chance(0.3):
            lat, lon = c.coords()
            post["place"] = {
                "name": c.pick(pools.PLACES),
                "location": {"latitude": lat, "longitude": lon},
            }
    else:
        post["from"] = {"name": c.company(), "category": "Brand"}
        post["message"] = f"{c.trap()} {c.neutral()}"
    return post


def patient_message(c: Ctx) -> Any:
    p = not c.clean
    msg: dict[str, Any] = {
        "thread_id": c.uuid(),
        "sent_at": c.ts(),
        "channel": "portal",
        "clinic": c.pick(
            (
                "Praxis am Markt",
                "Clínica San Rafael",
                "Cabinet médical des Lilas",
                "Riverside Surgery",
            )
        ),
    }
    if p:
        msg["sender"] = {"name": c.name(), "role": "patient"}
        msg["subject"] = c.special(c.pick(("health", "health", "genetic")))
        msg["body"] = f"{c.greeting()} {c.special('health')}"
        if c.chance(0.3):
            msg["recipient"] = c.name("title")
        if c.chance(0.2):
            msg["attachments"] = [{"file": "labs.pdf", "note": c.special("genetic")}]
    else:
        msg["subject"] = "Praxis geschlossen" if c.lang == "de" else "Opening hours"
        msg["body"] = c.trap()
    return msg


def police_incident(c: Ctx) -> Any:
    p = not c.clean
    inc: dict[str, Any] = {
        "incident_no": f"INC-{c.num(2024, 2026)}-{c.rid('', 5).upper()}",
        "reported": c.ts(),
        "category": c.pick(("burglary", "traffic")),
        "station": c.pick(("Leeds Central", "PP Köln-Mitte", "Comisaría Centro")),
    }
    if p:
        inc["suspect"] = {"name": c.name(), "dob": c.dob(), "address": c.address()}
        inc["offence"] = c.offence()
        if c.chance(0.4):
            inc["prior_record"] = c.special("criminal_record")
        if c.chance(0.4):
            lat, lon = c.coords()
            inc["scene"] = {"lat": lat, "lon": lon}
        if c.chance(0.3):
            inc["officer"] = c.name("initial")
    else:
        lat, lon = c.coarse()
        inc["district_stats"] = {"burglaries_ytd": c.num(10, 400), "centroid": [lon, lat]}
    return inc


def moderation_queue(c: Ctx) -> Any:
    """A content-moderation or translation API batch: user texts in several languages."""
    items = []
    for _ in range(c.num(2, 5)):
        lang = c.pick(("en", "de", "fr", "es"))
        item: dict[str, Any] = {
            "id": c.rid("msg_", 12),
            "detected_language": lang,
            "scores": {
                "toxicity": round(c.rng.uniform(0, 1), 4),
                "spam": round(c.rng.uniform(0, 1), 4),
            },
        }
        if c.clean:
            item["text"] = c.pick(text.TRAPS[lang])
        else:
            item["text"] = c.special(c.pick(TEXT_KINDS), lang)
            item["author_handle"] = "@" + c.rid("", 7).lower()
        items.append(item)
    return {"batch_id": c.uuid(), "model": "moderation-2026-04", "results": items}
