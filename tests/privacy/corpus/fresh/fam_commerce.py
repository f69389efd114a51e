"""Payments, commerce, logistics, identity and money: families that usually carry people."""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Doc


def psp_webhook(d: Doc) -> Any:
    loc = d.locale()
    event = d.pick(
        (
            "charge.succeeded",
            "payment_intent.succeeded",
            "customer.created",
            "charge.refunded",
            "payout.paid",
            "invoice.payment_failed",
        )
    )
    obj: dict[str, Any] = {
        "id": d.ref("evt", 24),
        "object": "event",
        "api_version": "2024-06-20",
        "created": d.epoch(),
        "livemode": True,
        "type": event,
    }
    if event == "payout.paid":
        data = {
            "id": d.ref("po", 24),
            "amount": int(d.money(100, 90000) * 100),
            "currency": "eur",
            "arrival_date": d.epoch(),
            "method": "standard",
            "destination": d.ref("ba", 24),
            "bank_last4": f"{d.rng.randint(0, 9999):04d}",
        }
    elif event == "customer.created":
        first, last = d.person(loc)
        data = {
            "id": d.ref("cus", 14),
            "object": "customer",
            "email": d.email(first, last),
            "name": f"{first} {last}",
            "phone": d.phone(loc) if d.chance(0.5) else None,
            "address": d.address(loc, as_text=False) if d.chance(0.5) else None,
            "invoice_prefix": d.hex(8).upper(),
            "metadata": {"crm_id": d.uuid()},
        }
    else:
        billing: dict[str, Any] = {"name": None, "email": None, "phone": None, "address": None}
        if d.chance(0.7):
            first, last = d.person(loc)
            billing["name"] = f"{first} {last}"
            billing["email"] = d.email(first, last) if d.chance(0.7) else None
            billing["address"] = (
                d.address(loc, as_text=False)
                if d.chance(0.6)
                else {"postal_code": "80336", "country": "DE", "line1": None}
            )
        data = {
            "id": d.ref("ch", 24),
            "amount": int(d.money() * 100),
            "currency": d.pick(("usd", "eur", "gbp")),
            "billing_details": billing,
            "payment_method": d.ref("pm", 24),
            "payment_method_details": {
                "card": {
                    "brand": d.pick(("visa", "mastercard", "amex")),
                    "last4": f"{d.rng.randint(0, 9999):04d}",
                    "exp_month": d.rng.randint(1, 12),
                    "exp_year": d.rng.randint(2025, 2031),
                    "fingerprint": d.hex(16),
                    "network_transaction_id": f"{d.rng.randint(10**13, 10**14)}",
                    "three_d_secure": {"result": "authenticated", "version": "2.2.0"},
                }
            },
            "outcome": {
                "risk_level": "normal",
                "risk_score": d.rng.randint(0, 60),
                "seller_message": "Payment complete.",
            },
            "receipt_url": f"https://pay.example.com/receipts/{d.hex(24)}",
        }
        if d.chance(0.2):
            data["radar_session"] = {
                "ip": d.ip(),
                "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
            }
    obj["data"] = {"object": data}
    return obj


def legacy_gateway(d: Doc) -> Any:
    """An older card gateway that still posts raw PANs (or failing look-alikes)."""
    real = d.chance(0.75)
    first, last = d.person()
    body = {
        "MerchantID": f"M{d.rng.randint(100000, 999999)}",
        "TxnType": "SALE",
        "Amount": f"{d.money():.2f}",
        "Currency": d.pick(("USD", "EUR")),
        "CardNumber": d.card(formatted=False) if real else d.bad_card(),
        "ExpDate": f"{d.rng.randint(1, 12):02d}{d.rng.randint(25, 31)}",
        "CardHolder": f"{first.upper()} {last.upper()}",
        "AVS": {"Zip": "60657", "Street": None},
        "ResponseCode": d.pick(("00", "05", "51")),
        "AuthCode": d.hex(6).upper(),
    }
    if not real:
        d.note("pan:luhn_fails")
    if d.chance(0.3):
        body["CVV2"] = f"{d.rng.randint(100, 999)}"
    return body


def card_dispute(d: Doc) -> Any:
    lang = d.pick(("en", "en", "de", "fr", "es"))
    loc = {"en": d.pick(("us", "gb")), "de": "de", "fr": "fr", "es": "es"}[lang]
    first, last = d.person(loc)
    pan = d.card() if d.chance(0.75) else f"**** **** **** {d.rng.randint(0, 9999):04d}"
    reason_text = d.neutral(lang)
    if d.chance(0.35):
        reason_text = d.text("health", lang) + " " + d.neutral(lang)
    dispute = {
        "dispute_id": f"DSP-{d.hex(10).upper()}",
        "cardholder": {
            "name": f"{first} {last}",
            "contact_phone": d.phone(loc),
            "email": d.email(first, last) if d.chance(0.5) else None,
        },
        "card": {"pan": pan, "product": d.pick(("Visa Classic", "World Elite Mastercard"))},
        "transaction": {
            "merchant": d.pick(pools.COMPANIES),
            "amount": d.money(20, 2000),
            "posted": d.day(),
            "arn": f"{d.rng.randint(10**22, 10**23 - 1)}",
        },
        "reason_code": d.pick(("10.4", "13.1", "13.3", "4853", "4837")),
        "cardholder_statement": reason_text,
        "status": d.pick(("needs_response", "under_review", "won", "lost")),
    }
    return d.style(dispute)


def esign_event(d: Doc) -> Any:
    signers = []
    for i in range(d.rng.randint(1, 3)):
        first, last = d.person()
        signer = {
            "recipientId": str(i + 1),
            "name": f"{first} {last}",
            "email": d.email(first, last, work=d.chance(0.5)),
            "status": d.pick(("completed", "sent", "delivered", "declined")),
            "routingOrder": str(i + 1),
        }
        if signer["status"] == "completed":
            signer["signedDateTime"] = d.ts()
            if d.chance(0.6):
                signer["clientIPAddress"] = d.ip()
        signers.append(signer)
    doc_name = d.pick(
        (
            "Master Services Agreement",
            "Tenancy agreement",
            "NDA (mutual)",
            "Offer letter",
            "Statement of Work #7",
        )
    )
    return {
        "event": "envelope-completed",
        "apiVersion": "v2.1",
        "uri": f"/restapi/v2.1/accounts/{d.uuid()}/envelopes/{d.uuid()}",
        "retryCount": 0,
        "configurationId": d.rng.randint(10000, 99999),
        "generatedDateTime": d.ts(),
        "data": {
            "envelopeId": d.uuid(),
            "envelopeSummary": {
                "status": "completed",
                "emailSubject": f"Please sign: {doc_name}",
                "recipients": {"signers": signers},
                "envelopeDocuments": [
                    {
                        "documentId": "1",
                        "name": f"{doc_name}.pdf",
                        "pages": str(d.rng.randint(2, 30)),
                    }
                ],
            },
        },
    }


def carrier_tracking(d: Doc) -> Any:
    loc = d.locale()
    carrier = d.pick(pools.CARRIERS)
    events = []
    for status in ("PRE_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY"):
        name, lat, lon = d.city()
        events.append(
            {"status": status, "time": d.ts(), "location": {"city": name, "lat": lat, "lng": lon}}
        )
    payload: dict[str, Any] = {
        "carrier": carrier,
        "tracking_number": d.hex(18).upper(),
        "service": d.pick(("ground", "express", "Paket", "Colis")),
        "events": events,
    }
    if d.chance(0.7):
        lat, lon = d.coords(d.pick((5, 6)))
        pod: dict[str, Any] = {
            "status": "DELIVERED",
            "time": d.ts(),
            "geo": {"lat": lat, "lng": lon},
        }
        if d.chance(0.6):
            pod["signed_by"] = d.last(loc).upper()
        if d.chance(0.5):
            pod["left_at"] = d.pick(("front door", "neighbour", "parcel locker", "reception"))
        events.append(pod)
    if d.chance(0.6):
        first, last = d.person(loc)
        payload["recipient"] = {
            "name": f"{first} {last}",
            "address": d.address(loc),
            "phone": d.phone(loc) if d.chance(0.6) else None,
        }
    return d.style(payload)


def edi_purchase_order(d: Doc) -> Any:
    lines = []
    for n in range(1, d.rng.randint(2, 6)):
        name, _cat, price = d.pick(pools.PRODUCTS)
        lines.append(
            {
                "line": n,
                "gtin": f"0{d.rng.randint(10**12, 10**13 - 1)}",
                "description": name,
                "qty": d.rng.randint(1, 400),
                "uom": "EA",
                "unit_price": price,
            }
        )
    po: dict[str, Any] = {
        "transaction_set": "850",
        "sender_id": f"ZZ:{d.hex(8).upper()}",
        "receiver_id": f"01:{d.rng.randint(100000000, 999999999)}",
        "beg": {
            "purpose": "00",
            "type": "SA",
            "po_number": f"PO{d.rng.randint(100000, 999999)}",
            "date": d.day().replace("-", ""),
        },
        "ship_to_gln": f"{d.rng.randint(10**12, 10**13 - 1)}",
        "lines": lines,
    }
    if d.chance(0.65):
        loc = d.pick(("us", "de", "gb"))
        po["n1_ship_to"] = {
            "name": d.pick(pools.COMPANIES),
            "address": d.address(loc, as_text=False),
        }
        if d.chance(0.7):
            po["per_contact"] = {
                "function": "BD",
                "name": d.full_name(loc),
                "tel": d.phone(loc),
                "email": d.email(work=True) if d.chance(0.5) else None,
            }
    return d.style(po, (5, 1, 3, 0))


def marketplace_order(d: Doc) -> Any:
    loc = d.locale()
    buyer_first, buyer_last = d.person(loc)
    item, cat, price = d.pick(pools.PRODUCTS)
    order = {
        "order_id": f"{d.rng.randint(100, 999)}-{d.rng.randint(1000000, 9999999)}"
        f"-{d.rng.randint(1000000, 9999999)}",
        "purchase_date": d.ts(),
        "marketplace": d.pick(("DE", "FR", "ES", "UK", "US")),
        "buyer": {
            "name": f"{buyer_first} {buyer_last}" if d.chance(0.7) else buyer_first,
            "email": f"{d.hex(16)}@marketplace.example.com",
        },
        "items": [
            {
                "asin": "B0" + d.hex(8).upper(),
                "title": item,
                "category": cat,
                "qty": 1,
                "price": price,
            }
        ],
        "shipping_address": d.address(loc, as_text=False),
        "fulfillment": d.pick(("merchant", "network")),
    }
    d.mark("email")  # relay addresses are still e-mail addresses
    if d.chance(0.3):
        order["gift_message"] = d.pick(("Happy birthday!", "Alles Gute!", "Joyeux anniversaire !"))
    return d.style(order)


def kyc_verification(d: Doc) -> Any:
    loc = d.locale()
    first, last = d.person(loc)
    born = d.birth(1950, 2004)
    doc_type = d.pick(("passport", "passport", "id_card", "driving_licence"))
    country = {"us": "US", "gb": "GB", "de": "DE", "fr": "FR", "es": "ES"}[loc]
    document: dict[str, Any] = {
        "type": doc_type,
        "issuing_country": country,
        "expiry_date": f"{d.rng.randint(2026, 2034)}-0{d.rng.randint(1, 9)}-1{d.rng.randint(0, 9)}",
    }
    if doc_type == "passport":
        document["number"] = d.passport(country)
    elif doc_type == "id_card" and loc == "es":
        document["number"] = d.dni()
    else:
        document["number_masked"] = "*****" + d.hex(4).upper()
    result: dict[str, Any] = {
        "applicant_id": d.uuid(),
        "review_status": d.pick(("approved", "rejected", "manual_review")),
        "person": {
            "first_name": first,
            "last_name": last,
            "dob": d.dob("iso", born),
            "nationality": d.pick(("DEU", "GBR", "FRA", "ESP", "USA", "TUR", "POL")),
        },
        "document": document,
        "checks": {
            "document_authenticity": "clear",
            "face_match": {"result": "clear", "score": round(d.rng.uniform(0.8, 0.99), 4)},
            "liveness": "passed",
            "sanctions": {"hits": 0, "lists": ["OFAC SDN", "EU CFSP"]},
            "pep": False,
            "adverse_media": False,
        },
    }
    if d.chance(0.45):
        result["person"]["address"] = d.address(loc)
    if d.chance(0.25):
        result["biometrics"] = {
            "face_template": {
                "format": "vendor-v3",
                "dim": 128,
                "vector": [round(d.rng.gauss(0, 0.09), 6) for _ in range(128)],
            }
        }
        d.mark("biometric", "face_template")
    if d.chance(0.2):
        result["device"] = {"ip": d.ip(), "os": "Android 14"}
    return d.style(result)


def loan_application(d: Doc) -> Any:
    loc = d.pick(("us", "us", "gb", "es", "de"))
    first, last = d.person(loc)
    born = d.birth(1955, 2003)
    app: dict[str, Any] = {
        "application_id": f"LA-{d.hex(10).upper()}",
        "product": d.pick(("personal_loan", "auto_refi", "heloc", "consolidation")),
        "amount_requested": d.rng.randint(20, 400) * 250,
        "term_months": d.pick((24, 36, 60, 84)),
    }
    if loc == "us":
        routing, account = d.us_bank()
        app["borrower"] = {
            "first_name": first,
            "last_name": last,
            "dob": d.dob("mdy", born),
            "ssn": d.ssn(),
            "email": d.email(first, last),
            "mobile": d.phone("us"),
            "address": d.address("us", as_text=False),
        }
        app["disbursement"] = {
            "routing_number": routing,
            "account_number": account,
            "account_type": d.pick(("checking", "savings")),
        }
    elif loc == "gb":
        sort, acct = d.uk_bank()
        app["applicant"] = {
            "forename": first,
            "surname": last,
            "date_of_birth": d.dob("dmy_slash", born),
            "ni_number": d.nino(),
            "tel": d.phone("gb"),
            "residential_status": "tenant",
            "address": d.address("gb"),
        }
        app["bank"] = {"sort_code": sort, "account_number": acct}
    elif loc == "es":
        app["solicitante"] = {
            "nombre": first,
            "apellidos": f"{last} {d.last('es')}",
            "fecha_nacimiento": d.dob("dmy_slash", born),
            "dni": d.dni(),
            "telefono": d.phone("es"),
            "domicilio": d.address("es", as_text=True),
        }
        app["cuenta_abono"] = {"iban": d.iban("ES")}
    else:
        app["antragsteller"] = {
            "vorname": first,
            "nachname": last,
            "geburtsdatum": d.dob("dmy_dot", born),
            "steuer_id": d.steuer_id(),
            "anschrift": d.address("de"),
            "familienstand": d.pick(("ledig", "verheiratet", "geschieden")),
        }
        app["auszahlungskonto"] = {"iban": d.iban("DE"), "bic": "COBADEFFXXX"}
    app["employment"] = {
        "employer": d.pick(pools.COMPANIES),
        "annual_income": d.rng.randint(18, 220) * 1000,
        "years": d.rng.randint(0, 30),
    }
    app["credit"] = {
        "bureau": d.pick(("Experian", "Equifax", "SCHUFA")),
        "score": d.rng.randint(520, 840),
        "open_tradelines": d.rng.randint(0, 14),
    }
    if d.chance(0.25):
        app["client"] = {"ip": d.ip(), "session": d.hex(24)}
    return d.style(app) if loc in ("us", "gb") else app


def travel_booking(d: Doc) -> Any:
    pax = []
    locs = []
    for _ in range(d.rng.randint(1, 3)):
        loc = d.locale()
        locs.append(loc)
        first, last = d.person(loc)
        p: dict[str, Any] = {
            "type": "ADT",
            "given_name": first.upper(),
            "surname": last.upper(),
            "gender": d.pick(("M", "F", "X")),
        }
        if d.chance(0.8):
            born = d.birth(1950, 2015)
            country = {"us": "US", "gb": "GB", "de": "DE", "fr": "FR", "es": "ES"}[loc]
            p["apis"] = {
                "document_type": "P",
                "document_number": d.passport(country),
                "issuing_country": country,
                "nationality": country,
                "birth_date": d.dob("iso", born),
                "expiry": f"{d.rng.randint(2026, 2035)}-11-30",
            }
        pax.append(p)
    booking = {
        "record_locator": d.hex(6).upper(),
        "created": d.ts(),
        "segments": [
            {
                "flight": f"{d.pick(('LH', 'IB', 'AF', 'BA', 'UA'))}{d.rng.randint(100, 9999)}",
                "from": d.pick(("MUC", "MAD", "CDG", "LHR", "ORD")),
                "to": d.pick(("BCN", "FRA", "JFK", "LIS", "NCE")),
                "dep": d.ts(),
                "cabin": d.pick(("Y", "W", "J")),
            }
        ],
        "passengers": pax,
        "contact": {"email": d.email(), "phone": d.phone(locs[0])} if d.chance(0.8) else None,
        "ticketing": {
            "fare_basis": f"{d.pick('KQVLT')}{d.hex(4).upper()}",
            "total": d.money(90, 3000),
        },
    }
    if d.chance(0.2):
        booking["ssr"] = [{"code": "WCHR", "text": "passenger needs wheelchair to gate"}]
        d.mark("health", "ssr:wheelchair")
    return d.style(booking)


def hotel_registration(d: Doc) -> Any:
    loc = d.pick(("es", "fr", "de"))
    first, last = d.person()
    born = d.birth(1950, 2005)
    if loc == "es":
        doc_type = d.pick(("NIF", "PAS"))
        number = d.dni() if doc_type == "NIF" else d.passport()
        return {
            "parte_viajero": {
                "nombre": first,
                "primer_apellido": last,
                "tipo_documento": doc_type,
                "numero_documento": number,
                "fecha_nacimiento": d.dob("dmy_slash", born),
                "nacionalidad": d.pick(("ESP", "FRA", "DEU", "GBR")),
                "fecha_entrada": d.day(),
                "establecimiento": "Hostal Las Arenas",
            }
        }
    if loc == "fr":
        return {
            "fiche_police": {
                "nom": last.upper(),
                "prenom": first,
                "date_naissance": d.dob("dmy_slash", born),
                "lieu_naissance": d.pick(("Lille", "Porto", "Casablanca", "Dakar")),
                "piece_identite": {"type": "passeport", "numero": d.passport()},
                "arrivee": d.day(),
                "nb_enfants": d.rng.randint(0, 3),
            }
        }
    return {
        "meldeschein": {
            "familienname": last,
            "vorname": first,
            "geburtsdatum": d.dob("dmy_dot", born),
            "staatsangehoerigkeit": d.pick(("deutsch", "österreichisch", "polnisch")),
            "anschrift": d.address("de", as_text=True),
            "mitreisende": d.rng.randint(0, 3),
            "anreise": d.day(),
        }
    }
