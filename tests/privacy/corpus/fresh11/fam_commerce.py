"""Payments, e-commerce, marketplaces, banking, mobility and food delivery payloads."""

from __future__ import annotations

from typing import Any

from . import pools
from .util import body, page
from .values import Ctx


def payment_event(c: Ctx) -> Any:
    p = not c.clean
    card: dict[str, Any] = {
        "brand": c.pick(("visa", "mastercard", "amex")),
        "last4": c.last4(),
        "exp_month": c.num(1, 12),
        "exp_year": c.num(2027, 2032),
        "fingerprint": c.rid("", 16),
        "funding": "credit",
    }
    billing: dict[str, Any] = {"address": c.coarse_place(), "email": None, "name": None}
    if p:
        billing = {
            "address": c.address_obj(),
            "email": c.email() if c.chance(0.7) else None,
            "name": c.name("full"),
            "phone": c.phone() if c.chance(0.4) else None,
        }
    obj: dict[str, Any] = {
        "id": c.rid("ch_", 24),
        "object": "charge",
        "amount": c.amount(),
        "currency": c.currency(),
        "created": c.epoch(),
        "livemode": c.chance(0.5),
        "payment_method": c.rid("pm_", 24),
        "billing_details": billing,
        "payment_method_details": {"card": card, "type": "card"},
        "metadata": {"order_id": c.rid("ord_", 10), "channel": "web"},
        "outcome": {
            "network_status": "approved_by_network",
            "risk_level": "normal",
            "risk_score": c.num(0, 99),
        },
    }
    if p and c.chance(0.45):
        obj["metadata"]["raw_pan_debug"] = c.card()
    if p and c.chance(0.3):
        obj["metadata"]["client_ip"] = c.ip()
    if c.chance(0.3):
        obj["metadata"]["gift_card_ref"] = c.bad_card()
    return {
        "id": c.rid("evt_", 24),
        "object": "event",
        "type": "charge.succeeded",
        "api_version": "2024-06-20",
        "data": {"object": obj},
        "pending_webhooks": 1,
    }


def customer_list(c: Ctx) -> Any:
    p = not c.clean
    items = []
    for _ in range(c.num(1, 3)):
        cust: dict[str, Any] = {
            "id": c.rid("cus_", 14),
            "object": "customer",
            "created": c.epoch(),
            "currency": c.currency(),
            "invoice_prefix": c.rid("", 8).upper(),
            "delinquent": False,
            "tax_ids": {"data": [{"type": "eu_vat", "value": c.vat_id()}]},
        }
        if p:
            cust.update(
                {
                    "name": c.name(),
                    "email": c.email(),
                    "phone": c.phone(),
                    "shipping": {"address": c.address_obj(), "name": c.name("full")},
                }
            )
            if c.chance(0.25):
                cust["invoice_settings"] = {"custom_fields": [{"name": "IBAN", "value": c.iban()}]}
        else:
            cust.update({"name": c.company(), "email": None, "description": c.trap()})
        items.append(cust)
    return {"object": "list", "url": "/v1/customers", **page(c, items, "cursor")}


def shop_order(c: Ctx) -> Any:
    p = not c.clean
    lines = [
        {
            "id": c.num(1000, 9999),
            "title": c.pick(pools.PRODUCTS),
            "sku": c.sku(),
            "quantity": c.num(1, 4),
            "price": c.money(),
            "vendor": c.company(),
            "barcode": c.isbn(),
        }
        for _ in range(c.num(1, 3))
    ]
    order: dict[str, Any] = {
        "id": c.rid("gid://shop/Order/", 10),
        "name": f"#{c.num(1000, 99999)}",
        "created_at": c.ts(),
        "currency": c.currency(),
        "total_price": c.money(),
        "financial_status": "paid",
        "line_items": lines,
        "tags": "wholesale, repeat",
        "note": body(c, ("health", "religious_belief"), 0.3),
    }
    if p:
        first, last = c.parts()
        order["customer"] = {
            "first_name": first,
            "last_name": last,
            "email": c.email(first, last),
            "accepts_marketing": False,
        }
        order["shipping_address"] = {
            **c.address_obj(),
            "phone": c.phone(),
            "name": f"{first} {last}",
        }
        order["browser_ip"] = c.ip()
        if c.chance(0.25):
            order["payment_details"] = {"credit_card_number": c.card(), "gateway": "manual"}
    else:
        order["shipping_lines"] = [{"title": "DHL Express", "price": c.money()}]
        order["shipping_address"] = c.coarse_place()
    return {"order": order}


def fulfilment(c: Ctx) -> Any:
    p = not c.clean
    event: dict[str, Any] = {
        "tracking_number": c.rid("1Z", 16).upper(),
        "carrier": "UPS",
        "status": c.pick(("in_transit", "delivered", "exception")),
        "estimated_delivery": c.day(),
        "weight_kg": c.num(1, 30),
    }
    if p:
        event["recipient"] = {"contact": {"name": c.name()}, "address": c.address()}
        if c.chance(0.5):
            lat, lon = c.coords()
            event["proof_of_delivery"] = {"lat": lat, "lng": lon, "signed_by": c.name("initial")}
        if c.chance(0.3):
            event["driver_note"] = body(c, ("health",), 0.4)
    else:
        lat, lon = c.coarse()
        event["hub"] = {"name": c.pick(pools.PLACES), "lat": lat, "lng": lon}
    return {
        "specversion": "1.0",
        "type": "com.carrier.shipment.updated",
        "source": "/tracking",
        "id": c.uuid(),
        "time": c.ts(),
        "datacontenttype": "application/json",
        "data": event,
    }


def marketplace_listing(c: Ctx) -> Any:
    p = not c.clean
    attrs: dict[str, Any] = {
        "title": c.pick(pools.PRODUCTS),
        "price": {"amount": c.money(), "currency": c.currency()},
        "condition": "used",
        "category": c.pick(
            ("Books > Religion & Spirituality", "Sports", "Home & Garden", "Health & Beauty")
        ),
        "description": f"{c.trap()} {c.neutral()}",
    }
    if p:
        attrs["seller"] = {
            "displayName": c.name(c.pick(("full", "initial"))),
            "location": c.coarse_place(),
            "memberSince": c.day(),
        }
        if c.chance(0.4):
            attrs["description"] += f" Tel. {c.phone()}"
        if c.chance(0.3):
            lat, lon = c.coords()
            attrs["pickup_point"] = f"{lat},{lon}"
    else:
        attrs["seller"] = {"displayName": c.company(), "verified": True}
    return {
        "data": {
            "type": "listings",
            "id": c.rid("", 10),
            "attributes": attrs,
            "relationships": {"seller": {"data": {"type": "users", "id": c.rid("", 8)}}},
        },
        "jsonapi": {"version": "1.1"},
    }


def bank_transactions(c: Ctx) -> Any:
    p = not c.clean
    txns = []
    for _ in range(c.num(1, 4)):
        t: dict[str, Any] = {
            "transactionId": c.uuid(),
            "bookingDate": c.day(),
            "transactionAmount": {"amount": f"-{c.money()}", "currency": "EUR"},
            "bankTransactionCode": "PMNT-ICDT-STDO",
            "remittanceInformationUnstructured": c.pick(("Miete", "Invoice", "Abo", "Factura")),
        }
        if p:
            t["creditorName"] = c.name("full") if c.chance(0.5) else c.company()
            t["creditorAccount"] = {"iban": c.iban()}
            if c.chance(0.3):
                t["remittanceInformationUnstructured"] = c.pick(
                    (
                        f"Kirchgeld {c.num(2024, 2026)}",
                        "Mitgliedsbeitrag ver.di",
                        "Spende SPD Ortsverein",
                    )
                )
                tag = {
                    "K": ("religious_belief", "kirchgeld"),
                    "M": ("trade_union", "dues"),
                    "S": ("political_opinion", "donation"),
                }[t["remittanceInformationUnstructured"][0]]
                c.tag(*tag)
        else:
            t["creditorName"] = c.company()
            t["creditorAgent"] = {"bic": c.bic()}
        txns.append(t)
    account: dict[str, Any] = {"resourceId": c.uuid(), "currency": "EUR", "product": "Girokonto"}
    if p:
        account["iban"] = c.iban()
        account["ownerName"] = c.name("last_first")
    return {"account": account, "transactions": {"booked": txns, "pending": []}}


def us_ach(c: Ctx) -> Any:
    p = not c.clean
    payout: dict[str, Any] = {
        "id": c.rid("po_", 20),
        "amount": c.amount(),
        "currency": "usd",
        "method": "standard",
        "status": "paid",
        "arrival_date": c.epoch(),
        "statement_descriptor": c.company().upper()[:22],
    }
    if p:
        routing, account = c.us_account() if c.locale != "en_gb" else c.uk_account()
        payout["destination"] = {
            "object": "bank_account",
            "account_holder_name": c.name("full"),
            "routing_number": routing,
            "account_number": account,
        }
        if c.chance(0.3):
            payout["tax_form"] = {"tin": c.ssn(c.chance(0.5)), "type": "1099-K"}
    else:
        payout["destination"] = {
            "object": "bank_account",
            "last4": c.last4(),
            "bank_name": "Chase",
            "routing_number": None,
            "fingerprint": c.rid("", 16),
        }
        if c.chance(0.4):
            payout["error"] = {"field": "iban", "code": "invalid_checksum", "value": c.bad_iban()}
    return payout


def ride_trip(c: Ctx) -> Any:
    p = not c.clean
    trip: dict[str, Any] = {
        "trip_id": c.uuid(),
        "status": "completed",
        "product": "UberX",
        "distance_km": round(c.rng.uniform(1, 30), 2),
        "surge": 1.2,
        "fare": {"total": c.money(), "currency": c.currency()},
        "fx_rate": round(c.rng.uniform(0.8, 1.3), 4),
    }
    if p:
        (a, b), (d, e) = c.coords(), c.coords()
        trip["pickup"] = {"latitude": a, "longitude": b, "time": c.ts()}
        trip["dropoff"] = {"latitude": d, "longitude": e, "address": c.address()}
        trip["rider"] = {"first_name": c.first(), "rating": 4.9}
        trip["driver"] = {
            "name": c.name("full"),
            "phone_masked": "+44 **** ***123",
            "vehicle": {"make": "Toyota", "model": "Prius", "plate": "FAKE123"},
        }
    else:
        a, b = c.coarse()
        trip["pickup"] = {"latitude": a, "longitude": b, "zone": c.pick(pools.PLACES)}
    return trip


def food_delivery(c: Ctx) -> Any:
    p = not c.clean
    items = [
        {
            "name": c.pick(("Pad Thai", "Falafel Wrap", "Margherita", "Bibimbap")),
            "qty": c.num(1, 3),
            "allergens": c.pick((["gluten", "sesame"], ["peanuts"], [])),
        }
        for _ in range(c.num(1, 3))
    ]
    order: dict[str, Any] = {
        "orderId": c.rid("", 12),
        "restaurant": {"name": c.company(), "cuisine": "ethnic fusion"},
        "items": items,
        "placedAt": c.ts(),
        "status": "DELIVERED",
    }
    if p:
        order["customer"] = {"name": c.name(), "phone": c.phone()}
        order["deliveryAddress"] = {"street": c.street_line(), **c.coarse_place()}
        if c.chance(0.5):
            order["specialInstructions"] = body(c, ("health", "religious_belief"), 0.7)
        if c.chance(0.3):
            lat, lon = c.coords()
            order["courierLocation"] = {"type": "Point", "coordinates": [lon, lat]}
    else:
        order["specialInstructions"] = c.neutral()
    return order
