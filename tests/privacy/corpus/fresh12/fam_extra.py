"""Orders, biometric enrolment, ancestry kits, hotel check-in and call transcripts."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def shop_order(c: Ctx) -> Any:
    order: dict[str, Any] = {
        "order_number": c.ref("ORD"),
        "currency": "EUR",
        "total": c.money(),
        "line_items": [
            {
                "sku": c.ref("SKU"),
                "title": c.pick(
                    (
                        "Race Day Gel 12-pack",
                        "Union Jack mug",
                        "Church's brogues, size 9",
                        "Genetic Algorithms in Practice (book)",
                        "Pond health test strips",
                    )
                ),
                "upc": "40" + str(c.rng.randint(10000, 99999)) + str(c.rng.randint(10000, 99999)),
                "qty": 1,
            }
        ],
        "fulfillments": [{"status": "shipped", "tracking": "JJD" + c.hex(10).upper()}],
    }
    if c.clean:
        order["customer"] = {"id": c.hex(10), "accepts_marketing": False}
        order["gift_card"] = {"code": c.bad_card(), "balance": "0.00"}
        order["note"] = c.trap()
        return order
    f, last = c.person("customer")
    order["customer"] = {"first_name": f, "last_name": last, "email": c.email(f, last)}
    order["shipping_address"] = {
        "name": f"{f} {last}",
        "address1": c.street()[0],
        "city": c.pick(("Lyon", "Leeds")),
        "phone": c.phone(),
    }
    if c.chance(0.6):
        order["legacy_payment"] = {
            "card_number": c.card("legacy_checkout"),
            "exp": f"{c.rng.randint(1, 12):02d}/29",
        }
    if c.chance(0.3):
        order["browser_ip"] = c.ip()
    return order


def access_enrolment(c: Ctx) -> Any:
    dev = {
        "controllerId": c.hex(8),
        "site": c.pick(("Leisure Centre", "Depot 4", "Canteen")),
        "firmware": c.version(),
    }
    if c.clean:
        return {
            "device": dev,
            "settings": {
                "biometricLoginEnabled": True,
                "faceMatchThreshold": 0.82,
                "tlsFingerprint": "SHA256:" + c.b64blob(44),
            },
            "lastAuth": {"method": "face", "matchScore": 0.9412, "result": "granted"},
        }
    modality = c.pick(("fingerprint", "face", "palm_vein", "iris"))
    rec: dict[str, Any] = {
        "memberId": c.ref("MEM"),
        "holder": c.name("card_holder"),
        "modality": modality,
    }
    if modality == "face":
        rec["embedding"] = [round(c.rng.uniform(-1, 1), 5) for _ in range(8)] + ["..."]
    else:
        rec["template"] = {
            "encoding": "base64",
            "format": {
                "fingerprint": "ISO/IEC 19794-2",
                "palm_vein": "vendor-pv3",
                "iris": "ISO/IEC 19794-6 iriscode",
            }[modality],
            "data": c.b64blob(160),
        }
    c.add("biometric", f"{modality}_template")
    return {"device": dev, "enrolment": rec, "at": c.ts()}


def ancestry_kit(c: Ctx) -> Any:
    kit = {"kitId": c.ref("KIT"), "status": c.pick(("received", "results_ready"))}
    if c.clean:
        kit["shipping"] = {"carrier": "DHL", "eta": c.day(5), "city": "Leipzig"}
        kit["lab"] = {"name": "Lab 2", "health": "ok"}
        return kit
    f, last = c.person("kit_owner")
    kit["owner"] = {"name": f"{f} {last}", "email": c.email(f, last)}
    kit["haplogroups"] = {"maternal": c.pick(("H1a", "U5b2", "L3e")), "paternal": "R1b-M269"}
    c.add("genetic", "haplogroup")
    if c.chance(0.5):
        kit["ancestry_composition"] = {
            "Iberian": 0.4312,
            "North African": 0.2210,
            "Ashkenazi Jewish": 0.1203,
        }
        c.add("racial_ethnic_origin", "ancestry_composition")
    if c.chance(0.3):
        kit["raw_snippet"] = "rs4477212\t1\t82154\tAA\nrs3094315\t1\t752566\tAG"
    return kit


def hotel_checkin(c: Ctx) -> Any:
    stay: dict[str, Any] = {
        "reservation": c.ref("RES"),
        "room": str(c.rng.randint(101, 420)),
        "arrival": c.day(3),
        "nights": c.rng.randint(1, 6),
    }
    if c.clean:
        stay["availability"] = {"double": 4, "single": 0}
        stay["hotel"] = {"name": "Casa Mariana Hostel", "city": "Santiago de Compostela"}
        return stay
    f, last = c.person("guest")
    doc_type = "passport" if c.chance(0.7) else "id_card"
    guest: dict[str, Any] = {
        "nombre": f,
        "apellidos": last,
        "fechaNacimiento": c.dob(),
        "nacionalidad": c.pick(("GBR", "DEU", "MAR", "FRA")),
    }
    if doc_type == "passport":
        guest["documento"] = {"type": "passport", "number": c.passport()}
    else:
        which, nid = c.national_id(c.pick(("dni", "nie")))
        guest["documento"] = {"type": which, "number": nid}
    stay["huesped"] = guest
    return stay


def call_transcript(c: Ctx) -> Any:
    call: dict[str, Any] = {
        "callSid": "CA" + c.hex(32),
        "durationSec": c.rng.randint(30, 900),
        "queue": c.pick(("Billing Queue", "Tier 2 Support")),
    }
    if c.clean:
        call["transcript"] = [
            {"speaker": "agent", "text": "Thanks for calling, how can I help?"},
            {"speaker": "caller", "text": c.trap("en")},
        ]
        call["ivr"] = {"voice_biometrics": "not enrolled", "menu": "2"}
        return call
    agent = c.first(detail="agent")
    who = c.name("caller")
    call["from"] = c.phone("caller")
    call["transcript"] = [
        {"speaker": f"Agent ({agent})", "text": f"Hello, you're through to {agent}."},
        {"speaker": "Caller", "text": f"Hi, it's {who}. " + c.any_special("en")},
    ]
    if c.chance(0.4):
        call["voiceprint"] = {"engine": "vbio-4", "vector_b64": c.b64blob(200)}
        c.add("biometric", "voiceprint")
    if c.chance(0.3):
        call["transcript"].append(
            {"speaker": "Caller", "text": "card number is " + c.card("spoken", "space")}
        )
    return call
