"""Banking open-API transactions, payment events, KYC checks, tenant applications."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def bank_transactions(c: Ctx) -> Any:
    txs: list[dict[str, Any]] = []
    for _ in range(c.rng.randint(2, 4)):
        tx: dict[str, Any] = {
            "transactionId": c.hex(16),
            "bookingDate": c.day(30),
            "transactionAmount": {"amount": "-" + c.money(), "currency": "EUR"},
        }
        if c.clean:
            tx["creditorName"] = c.pick(("Carrefour Market", "Stadtwerke Bremen", "Deutsche Bahn"))
            tx["remittanceInformationUnstructured"] = c.pick(
                ("RE 2026-1187 Kd-Nr 44-19", "Abschlag Strom Nov", c.bad_iban())
            )
        else:
            tx["creditorName"] = c.name("creditor") if c.chance(0.5) else "Stadtwerke Bremen"
            tx["creditorAccount"] = {"iban": c.iban("counterparty")}
            if c.chance(0.3):
                tx["remittanceInformationUnstructured"] = c.pick(
                    ("Mitgliedsbeitrag ver.di", "Kirchgeld 2026", "Spende Die Linke")
                )
                c.add(
                    {
                        "Mitgliedsbeitrag ver.di": "trade_union",
                        "Kirchgeld 2026": "religious_belief",
                        "Spende Die Linke": "political_opinion",
                    }[tx["remittanceInformationUnstructured"]],
                    "remittance",
                )
        txs.append(tx)
    acct = {
        "resourceId": c.hex(12),
        "currency": "EUR",
        "product": "Girokonto",
        "bic": "COBADEFFXXX",
    }
    errors: list[dict[str, str]] = []
    if not c.clean:
        acct["iban"] = c.iban("own_account")
        acct["ownerName"] = c.name("owner")
    elif c.chance(0.5):
        errors.append({"field": "iban", "code": "FORMAT_ERROR", "value": c.bad_iban()})
    return {
        "tppMessages": errors,
        "account": acct,
        "transactions": {
            "booked": txs,
            "_links": {"next": {"href": f"/v1/accounts/{acct['resourceId']}/transactions?page=2"}},
        },
    }


def payment_event(c: Ctx) -> Any:
    obj: dict[str, Any] = {
        "id": c.pid("pi", 24),
        "object": "payment_intent",
        "amount": c.rng.randint(500, 90000),
        "currency": "eur",
        "status": "succeeded",
        "payment_method": c.pid("pm", 24),
        "metadata": {"order": c.ref("ORD"), "sku": c.ref("SKU")},
    }
    if c.clean:
        obj["payment_method_details"] = {
            "card": {
                "brand": "visa",
                "last4": c.last4(),
                "exp_month": 4,
                "exp_year": 2029,
                "fingerprint": c.rand("ABCDEFGHabcdefgh", 16),
            }
        }
        obj["metadata"]["gift_card"] = c.bad_card()
        return {"id": c.pid("evt", 24), "type": "payment_intent.succeeded", "data": {"object": obj}}
    f, last = c.person("billing_name")
    obj["billing_details"] = {
        "name": f"{f} {last}",
        "email": c.email(f, last),
        "address": c.address_obj(),
    }
    if c.chance(0.6):
        obj["metadata"]["debug_raw_pan"] = c.card("debug_field")
    if c.chance(0.4):
        obj["metadata"]["support_note"] = f"customer read card over phone: {c.card('free_text')}"
    return {
        "id": c.pid("evt", 24),
        "type": "payment_intent.succeeded",
        "data": {"object": obj},
        "request": {"idempotency_key": c.uuid()},
    }


def kyc_check(c: Ctx) -> Any:
    if c.clean:
        return {
            "check": {
                "id": c.uuid(),
                "type": "sanctions",
                "result": "clear",
                "pep": False,
                "lists": ["OFAC", "EU"],
                "vat_id": "DE811128135",
            },
            "webhook_signature_alg": "HMAC-SHA256",
            "rejected_inputs": [
                {"field": "id_number", "error": "checksum", "value": c.bad_national_id()}
                for _ in range(c.rng.randint(0, 2))
            ],
        }
    f, last = c.person("subject")
    which, nid = c.national_id()
    chk: dict[str, Any] = {
        "applicant": {
            "first_name": f,
            "last_name": last,
            "dob": c.dob(),
            "id_numbers": [{"type": which, "value": nid}],
        },
        "document": {"type": "passport", "number": c.passport(), "issuing_country": "GBR"},
        "reports": [{"name": "watchlist", "result": "clear", "pep": False}],
    }
    if c.chance(0.4):
        chk["reports"].append({"name": "facial_similarity", "result": "consider", "score": 0.71})
    if c.chance(0.3):
        chk["reports"].append(
            {"name": "face_embedding", "vector_b64": c.b64blob(88), "model": "arcface-r100"}
        )
        c.add("biometric", "face_embedding")
    return {"payload": {"resource_type": "check", "object": chk}}


def tenant_application(c: Ctx) -> Any:
    if c.clean:
        return {
            "listing": {
                "id": c.hex(10),
                "title": "2-bed flat near Church Lane",
                "rent": "1150.00",
                "area": "Headingley",
                "pets": False,
                "lat": c.coarse()[0],
                "lon": c.coarse()[1],
            }
        }
    f, last = c.person("applicant")
    app: dict[str, Any] = {
        "applicant": {
            "name": f"{f} {last}",
            "email": c.email(f, last),
            "phone": c.phone(),
            "currentAddress": c.address_str(),
        },
        "income": {"monthly": c.money(1500, 4000), "employer": "Leeds Teaching Hospitals"},
        "screening": {"eviction_history": "none found", "credit_score": c.rng.randint(500, 800)},
    }
    if c.chance(0.4):
        app["screening"]["criminal"] = c.pick(("no records found", "1 record: theft 2014"))
        c.add("criminal_record", "tenant_screening")
    if c.chance(0.3):
        rout, acct = c.us_account()
        app["deposit"] = {"routing_number": rout, "account_number": acct}
    if c.chance(0.25):
        app["id_document"] = {"type": "passport", "number": c.passport()}
    if c.chance(0.3):
        which, nid = c.national_id(c.pick(("ssn", "nino")))
        app["applicant"][which] = nid
    return app
