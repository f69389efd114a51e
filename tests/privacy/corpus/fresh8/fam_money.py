"""Banking, KYC, payments and e-commerce payloads."""

from __future__ import annotations

from typing import Any

from . import fill
from .ctx import Ctx


def kyc_onboarding(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "applicant": {c.k("first_name"): p.given, c.k("last_name"): p.family,
                      c.k("dob"): c.dob(), c.k("address"): c.address(),
                      c.k("nationality"): c.pick(["DE", "FR", "ES", "GB"])},
        "checks": {"pep": False, "sanctions": "no_match",
                   "liveness": {"passed": True,
                                "face_match_score": round(c.rng.uniform(.8, 1), 3)}},
    }
    c.decoy("pep-flag")
    c.decoy("face-match-score")
    if c.chance(0.5):
        doc["id_document"] = {"type": "passport", "number": c.passport(),
                              "expires": fill.date(c.rng)}
    else:
        scheme, value = c.national_id()
        doc["id_document"] = {"type": scheme, "number": value}
    if c.chance(0.5):
        doc["source_of_funds"] = {"account_iban": c.iban()}
    if c.chance(0.2):
        c.mark("biometric", "biometric:selfie-template")
        doc["checks"]["liveness"]["face_template"] = fill.b64(c.rng, 256)
    return doc


def sepa_transfer(c: Ctx) -> Any:
    c.lang = c.pick(["de", "fr", "es", "en"])
    doc: dict[str, Any] = {
        "endToEndId": fill.short_code(c.rng, "E2E", 12),
        "debtor": {"name": c.name(), "iban": c.iban()},
        "creditor": {"name": c.pick(["Stadtwerke Bochum", "EDF", "Iberdrola Clientes"]),
                     "iban": c.iban(), "bic": c.pick(["DEUTDEFFXXX", "BNPAFRPP", "CAIXESBB"])},
        "amount": {"value": fill.money(c.rng), "currency": "EUR"},
        "remittance": c.pick(["Rechnung 2024-118", "Facture 88412", "Recibo luz marzo"]),
    }
    if c.chance(0.25):
        c.mark("religious_belief", "religious_belief:remittance")
        doc["remittance"] = c.pick(["Zakat al-Fitr 2025", "Kirchgeld 2024", "Tzedakah Pessach"])
    elif c.chance(0.2):
        c.mark("trade_union", "trade_union:remittance")
        doc["remittance"] = c.pick(["Mitgliedsbeitrag IG Metall Q1", "cuota afiliación UGT"])
    return doc


def ach_payout(c: Ctx) -> Any:
    c.lang = "en"
    p = c.person()
    return {"payee": {"legal_name": p.full, "tin_type": "SSN",
                      "tin": c.national_id("ssn")[1], "address": c.address("us")},
            "bank": {**c.us_bank(), "account_type": c.pick(["checking", "savings"])},
            "form": "W-9", "amount_usd": fill.money(c.rng, 100, 9000)}


def bacs_payment(c: Ctx) -> Any:
    c.lang = "en"
    return {"payment_ref": fill.short_code(c.rng, "BACS", 8), "beneficiary": c.name(),
            "bank_details": c.uk_bank(), "amount_gbp": fill.money(c.rng),
            "scheduled": fill.date(c.rng)}


def card_checkout(c: Ctx) -> Any:
    p = c.person()
    items = [{"sku": fill.sku(c.rng), "qty": c.rng.randint(1, 3),
              "price": fill.money(c.rng, 5, 120)}
             for _ in range(c.rng.randint(1, 3))]
    return {"order": fill.short_code(c.rng, "ORD-", 8), "items": items,
            "payment": {"card_number": c.card(),
                        "exp": f"{c.rng.randint(1, 12):02d}/2{c.rng.randint(6, 9)}",
                        "holder": p.full.upper()},
            "billing": {"email": c.email(p), "address": c.address()}}


def payment_webhook(c: Ctx) -> Any:
    c.decoy("card-last4")
    c.decoy("pm-token")
    p = c.person(named=False)
    return {"id": fill.ident(c.rng, "evt_", 24), "type": "payment_intent.payment_failed",
            "data": {"object": {"id": fill.ident(c.rng, "pi_", 24),
                                "amount": c.rng.randint(500, 90000),
                                "payment_method": fill.pm_token(c.rng),
                                "card": {"brand": "visa", "last4": fill.last4(c.rng),
                                         "exp_month": 4, "exp_year": 2027},
                                "receipt_email": c.email(p),
                                "failure_message": "Your card was declined."}}}


def gym_membership(c: Ctx) -> Any:
    c.lang = c.pick(["de", "es", "fr"])
    p = c.person()
    doc: dict[str, Any] = {"mitglied" if c.lang == "de" else "socio": {
        c.k("name"): p.full, c.k("email"): c.email(p), c.k("phone"): c.phone()},
        "tarif": c.pick(["Flex", "Premium 24"]), "sepa_mandat": {"iban": c.iban(),
                                                                 "ref": fill.short_code(c.rng)}}
    if c.chance(0.4):
        doc[c.k("notes")] = c.say("health")
    return doc


def loan_application(c: Ctx) -> Any:
    p = c.person()
    scheme, nid = c.national_id()
    doc = {"application_id": fill.uuid(c.rng),
           "borrower": {"name": p.full, c.k("dob"): c.dob(), "id": {"scheme": scheme, "value": nid},
                        c.k("email"): c.email(p), c.k("phone"): c.phone()},
           "employment": {"employer": c.pick(["Grupo Alcor", "Ferrovia Tech"]),
                          "net_monthly": fill.money(c.rng, 1500, 6000)},
           "amount": c.pick([5000, 12000, 30000]), "term_months": c.pick([24, 48, 72])}
    return doc


def pos_terminal_log(c: Ctx) -> Any:
    c.lang = c.pick(["de", "es", "fr", "en"])
    pan = c.card("plain")
    line = (f"{fill.timestamp(c.rng)} TID={fill.short_code(c.rng, '', 8)} AUTH OK "
            f"PAN={pan} AMT={fill.money(c.rng)} EUR")
    return {"terminal": fill.short_code(c.rng, "T", 6), "store": c.pick(["Filiale 12", "Tienda 4"]),
            "log": [f"{fill.timestamp(c.rng)} BOOT fw={fill.semver(c.rng)}", line]}


def hotel_guarantee(c: Ctx) -> Any:
    p = c.person()
    return {"booking": fill.short_code(c.rng, "HB", 7), "guest": p.full,
            "guarantee": {"type": "credit_card", "number": c.card(), "holder": p.full,
                          "expiry": f"{c.rng.randint(1, 12):02d}/{c.rng.randint(26, 30)}"},
            "arrival": fill.date(c.rng)}


FAMILIES = [
    ("pos_terminal_log", pos_terminal_log, 4),
    ("hotel_guarantee", hotel_guarantee, 3),
    ("kyc_onboarding", kyc_onboarding, 5),
    ("sepa_transfer", sepa_transfer, 6),
    ("ach_payout", ach_payout, 3),
    ("bacs_payment", bacs_payment, 3),
    ("card_checkout", card_checkout, 7),
    ("payment_webhook", payment_webhook, 3),
    ("gym_membership", gym_membership, 3),
    ("loan_application", loan_application, 3),
]
