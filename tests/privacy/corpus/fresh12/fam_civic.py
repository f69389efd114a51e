"""Campaign tools, union portals, church and association software, charity CRMs."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def canvass_record(c: Ctx) -> Any:
    if c.clean:
        return c.pick(
            (
                {
                    "event": {
                        "type": "party",
                        "title": "Office Christmas party",
                        "rsvp": 31,
                        "venue": "The Crown, upstairs room",
                    }
                },
                {
                    "results": [
                        {
                            "district": "Leeds Central",
                            "turnout": 0.5143,
                            "seats": {"LAB": 3, "GRN": 1},
                        }
                    ],
                    "source": "returning officer",
                },
                {
                    "press": [
                        {
                            "party": "Green Party",
                            "headline": "Manifesto launch in Bristol",
                            "published": c.day(),
                        }
                    ]
                },
            )
        )
    f, last = c.person("voter")
    rec: dict[str, Any] = {
        "van_id": c.rng.randint(100000, 999999),
        "first": f,
        "last": last,
        "address": c.address_str(),
        "support_score": c.rng.randint(1, 5),
        "canvassed_by": c.name("canvasser") if c.chance(0.5) else "volunteer_" + c.hex(4),
    }
    c.add("political_opinion", "support_score")
    if c.chance(0.5):
        rec["notes"] = c.text("political_opinion")
    if c.chance(0.3):
        rec["donations"] = [{"amount": "25.00", "currency": "GBP", "fund": "ward campaign"}]
    if c.chance(0.3):
        rec["phone"] = c.phone()
    return {"data": {"type": "voter", "id": str(rec["van_id"]), "attributes": rec}}


def union_member(c: Ctx) -> Any:
    if c.clean:
        return c.pick(
            (
                {
                    "schema": "type SearchResult = Member | Branch | Event\nunion Payload = A | B",
                    "service": "graphql-gateway",
                },
                {
                    "payment": {
                        "payee": "Nationwide Credit Union",
                        "amount": c.money(),
                        "reference": c.ref("CU"),
                    }
                },
                {"query": "SELECT id FROM branches UNION SELECT id FROM regions", "rows": 14},
            )
        )
    f, last = c.person("member")
    m: dict[str, Any] = {
        "membershipNumber": c.ref("MEM"),
        "forename": f,
        "surname": last,
        "union_member": c.pick((True, False)),
        "branch": c.pick(("Leeds Health", "Bezirk Nord")),
        "dues": {"method": "direct_debit", "monthly": c.money(8, 30)},
    }
    c.add("trade_union", "membership")
    if c.chance(0.5):
        m["bank"] = {"iban": c.iban(), "mandate": c.ref("MND")}
    if c.chance(0.4):
        m["role"] = c.pick(("steward", "health & safety rep", "branch secretary"))
    if c.chance(0.3):
        m["email"] = c.email(f, last)
    return {"webhook": "member.updated", "payload": m, "ts": c.epoch()}


def church_member(c: Ctx) -> Any:
    if c.clean:
        return {
            "events": [
                {
                    "title": "Orgelkonzert",
                    "venue": "Kirche St. Marien, Am Kirchberg",
                    "tickets": 120,
                    "price": "12.00",
                },
                {"title": "Book fair: Religion & Spirituality", "tickets": 40},
            ],
            "organiser": "Kulturamt",
            "health": "ok",
        }
    f, last = c.person("gemeindeglied")
    rec: dict[str, Any] = {
        "mitgliedsnummer": c.rng.randint(10000, 99999),
        "vorname": f,
        "nachname": last,
        "konfession": c.pick(("römisch-katholisch", "evangelisch", "altkatholisch")),
        "gemeinde": "St. Marien",
        "taufdatum": c.day(9000),
        "anschrift": c.address_obj("de"),
    }
    c.add("religious_belief", "konfession")
    if c.chance(0.5):
        rec["geburtsdatum"] = c.dob(fmt="local")
    if c.chance(0.3):
        rec["austritt"] = {"datum": c.day(100), "grund": "keine Angabe"}
    if c.chance(0.3):
        rec["kirchgeld"] = {"betrag": "96.00", "iban": c.iban()}
    return {"kind": "member", "data": rec}


def charity_donation(c: Ctx) -> Any:
    if c.clean:
        return {
            "campaign": {
                "name": "Winter Appeal",
                "raised": c.money(1000, 9000),
                "currency": "EUR",
                "donors": 212,
                "top_region": "Bilbao",
            }
        }
    f, last = c.person("donor")
    d: dict[str, Any] = {
        "donation_id": c.pid("don"),
        "amount": c.money(),
        "currency": "EUR",
        "donor": {"name": f"{f} {last}", "email": c.email(f, last)},
        "fund": c.pick(
            (
                "Zakat al-Mal",
                "Tzedakah fund",
                "Kirchgeld",
                "Food bank",
                "Refugee support",
                "Labour Victory Fund",
                "Campaña Sumar 2027",
            )
        ),
        "gift_aid": c.chance(0.5),
    }
    if d["fund"] in ("Zakat al-Mal", "Tzedakah fund", "Kirchgeld"):
        c.add("religious_belief", "religious_donation")
    if d["fund"] in ("Labour Victory Fund", "Campaña Sumar 2027"):
        c.add("political_opinion", "party_donation")
    if c.chance(0.3):
        d["payment"] = {"card": c.card()}
    else:
        d["payment"] = {"method": "card", "last4": c.last4(), "token": c.pid("pm")}
    if c.chance(0.3):
        d["message"] = f"In memory of {c.name('in_memoriam')}"
    return d
