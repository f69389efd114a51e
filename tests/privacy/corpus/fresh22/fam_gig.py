"""Gig and marketplace platform families."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import ADDRESS, DOB, FIRST, FULL, IBAN, LAST, MESSAGE, PHONE, fam


@fam("courier_onboarding", 4)
def courier_onboarding(c: Ctx) -> Any:
    key, nid = c.national_id()
    doc: dict[str, Any] = {
        c.k(FIRST): c.first(), c.k(LAST): c.last(), c.k(DOB): c.dob(), c.k(PHONE): c.phone(),
        c.k(ADDRESS): c.address(), c.k(key): nid, c.k(IBAN): c.iban(),
        c.k("vehicle|fahrzeug|véhicule|vehículo"): c.pick(["bike", "e-bike", "scooter", "car"]),
        "notes": c.note(0.8)}
    if c.chance(0.7):
        doc["right_to_work"] = {"document_type": "passport", "document_number": c.passport_no()}
    if c.chance(0.4):
        doc[c.k("union member|gewerkschaftsmitglied|syndiqué|afiliado sindical")] = c.chance(0.5)
        c.add("trade_union")
    return doc


@fam("background_check_result", 5, langs="en", style="snake")
def background_check(c: Ctx) -> Any:
    c.add("criminal_record")
    clear = c.chance(0.6)
    doc: dict[str, Any] = {"candidate": {"name": c.name(), "ssn_last4": c.last4()},
                           "package": "driver_pro",
                           "components": {"criminal_county": "clear" if clear else "consider",
                                          "mvr": "clear", "identity": "clear"}}
    if not clear:
        doc["records"] = [{"offense": c.offence(), "disposition": "convicted"}]
    return doc


@fam("employment_verification", 3, langs="en", style="snake")
def employment_verification(c: Ctx) -> Any:
    c.decoy("background_check_without_criminal")
    return {"candidate": c.name(), "contact": c.email(), "package": "employment_only",
            "components": {"employment": "verified", "education": "verified"},
            "employer_contact": c.email(role=True)}


@fam("payout_batch", 4)
def payout_batch(c: Ctx) -> Any:
    rows: list[dict[str, Any]] = []
    for _ in range(c.num(2, 4)):
        if c.lang == "en" and c.chance(0.5):
            routing, acct = c.us_bank()
            rows.append({"payee": c.name(), "routing_number": routing, "account_number": acct,
                         "tax_id": c.ssn() if c.chance(0.5) else None,
                         "amount": c.price(20, 900)})
        else:
            rows.append({"payee": c.name(), "iban": c.iban(), "amount": c.price(20, 900)})
    return rows


@fam("marketplace_review", 4)
def marketplace_review(c: Ctx) -> Any:
    return {"listing": c.sku(), "rating": c.num(1, 5), "author": c.first(),
            "text": c.t("Fast delivery, well packed.|Schnelle Lieferung.|Livraison rapide.|"
                        "Entrega rápida.") + " " + c.special_any(
                ("religious_belief", "health", "racial_ethnic_origin", "political_opinion"))}


@fam("marketplace_dispute", 3)
def dispute(c: Ctx) -> Any:
    return {"dispute": c.ref("DSP"), "order": c.order_no(), "transaction": c.txn_id(),
            "buyer_email": c.email(), "card": c.masked_card(),
            "messages": [{"from": "buyer", "text": c.note(0.8)},
                         {"from": "seller", "text": c.t(
                             "Item was shipped on time.|Artikel wurde pünktlich versendet.|"
                             "Article expédié à temps.|El artículo se envió a tiempo.")}]}


@fam("gig_shift_catalogue", 4, clean=True)
def shift_catalogue(c: Ctx) -> Any:
    return {"city": c.city(), "shifts": [{"zone": z, "start": c.hhmm(), "hours": c.num(2, 6),
                                          "bonus": c.price(0, 15)} for z in
                                         c.sample(["Centre", "North", "Station", "Campus"], 3)]}


@fam("union_dues_deduction", 4)
def union_dues(c: Ctx) -> Any:
    key, nid = c.national_id()
    return {"payslip": c.ref("PS"), c.k(FULL): c.name(), "period": c.day()[:7], c.k(key): nid,
            "deductions": [{"type": c.t("union dues|Gewerkschaftsbeitrag|cotisation syndicale|"
                                        "cuota sindical"), "to": c.union(),
                            "amount": c.price(8, 30)},
                           {"type": "pension", "amount": c.price(20, 120)}]}


@fam("courier_eeo_survey", 4, langs="en", style="snake")
def courier_eeo(c: Ctx) -> Any:
    doc: dict[str, Any] = {"applicant_id": c.uuid(), "race_ethnicity": c.ethnicity(),
                           "veteran_status": c.pick(["not a veteran", "prefer not to say"])}
    doc["disability"] = c.pick(["No, I do not have a disability",
                                "Yes, I have a disability (or previously had one)"])
    c.add("health")
    return doc


@fam("gig_task_listing", 4, clean=True)
def task_listing(c: Ctx) -> Any:
    return {"task": c.t("Assemble a wardrobe|Schrank aufbauen|Monter une armoire|Montar un "
                        "armario"), "budget": c.price(30, 120), "city": c.city(),
            "posted": c.ts(), "skills": ["furniture", "tools"]}


@fam("courier_location_ping", 4, langs="en", style="camel")
def courier_ping(c: Ctx) -> Any:
    lat, lon = c.precise()
    return {"courierId": c.uuid(), "orderId": c.order_no(),
            "position": {"type": "Point", "coordinates": [lon, lat]}, "accuracyM": c.num(3, 30),
            "batteryHealth": "good"}


@fam("seller_kyc", 4)
def seller_kyc(c: Ctx) -> Any:
    doc: dict[str, Any] = {"seller": c.uuid(), c.k(FULL): c.name(), c.k(ADDRESS): c.address()}
    if c.chance(0.5):
        doc["document"] = {"type": "passport", "number": c.passport_no(), "country":
                           {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}[c.lang]}
    else:
        key, nid = c.national_id()
        doc["document"] = {"type": "national_id", "number": nid, "kind": key.split("|")[0]}
    if c.chance(0.8):
        doc["selfie_embedding"] = c.face_embedding()
    doc["vat_id"] = c.vat_id()
    return doc


@fam("payout_fee_schedule", 3, clean=True)
def fee_schedule(c: Ctx) -> Any:
    c.decoy("tariff")
    return {"currency": "EUR", "fees": [{"method": m, "fixed": c.price(0, 2),
                                         "pct": round(c.rng.uniform(0, 0.03), 4)}
                                        for m in ["sepa", "instant", "card_push"]]}


@fam("courier_incident_report", 4)
def courier_incident(c: Ctx) -> Any:
    return {"incident": c.ref("INC"), "courier": c.first(), "at": c.ts(),
            c.k(MESSAGE): c.special_any(("health", "trade_union", "criminal_record",
                                         "racial_ethnic_origin")),
            "location": c.precise_str() if c.chance(0.7) else c.city()}


@fam("marketplace_search_log", 3, clean=True)
def search_log(c: Ctx) -> Any:
    return {"day": c.day(), "top_queries": [{"q": q, "count": c.num(10, 9000)} for q in
                                            c.sample(["halal butcher", "kosher wine",
                                                      "bible cover", "yoga mat", "ebike",
                                                      "prayer rug"], 4)]}



@fam("gig_worker_support_ticket", 3)
def worker_ticket(c: Ctx) -> Any:
    return {"ticket": c.ref("SUP"), "worker_email": c.email(), "subject": "account",
            "body": f"{c.neutral()} "
                    f"{c.special_any(('trade_union', 'health', 'political_opinion'))}"}
