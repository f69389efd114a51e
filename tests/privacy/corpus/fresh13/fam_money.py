"""Neobank, card-issuing and transaction payloads."""

from __future__ import annotations

from . import shapes, values
from .common import biometric_blob, contact, masked_card, name_fields, national_id
from .ctx import Ctx

BICS = ["SOBKDEBBXXX", "NTSBDEB1XXX", "BUNQNL2AXXX", "REVOLT21XXX", "MONZGB2LXXX",
        "QNTOFRP1XXX", "CAIXESBBXXX", "BBVAESMMXXX", "COBADEFFXXX"]


def neobank_account(c: Ctx) -> dict:
    p = c.person()
    holder: dict = {**name_fields(c, p), **contact(c, p, email=0.8, phone=0.6, dob=0.7,
                                                   address=0.7)}
    if c.rot([True, False]):
        k, v = national_id(c)
        holder["tax_residency"] = [{"country": c.loc.upper(), k: v}]
    acct: dict = {"id": c.oid("acc", 16), "type": c.pick(["current", "savings", "joint"]),
                  "currency": "EUR" if c.loc not in ("uk", "us") else c.pick(["GBP", "USD"]),
                  "balance": {"available": c.money(0, 9000), "booked": c.money(0, 9000)},
                  "holder": holder}
    if c.loc == "us":
        routing, account = c.us_bank()
        acct["ach"] = {"routing_number": routing, "account_number": account}
    elif c.loc == "uk" and c.chance(0.5):
        sort, number = c.uk_bank()
        acct["uk"] = {"sort_code": sort, "account_number": number}
    else:
        acct["iban"] = c.iban()
        acct["bic"] = c.pick(BICS)
    if c.chance(0.6):
        kyc: dict = {"status": c.pick(["verified", "pending", "manual_review"]), "pep": False,
                     "sanctions_hit": False}
        if c.rot([True, False, True]):
            kyc["document"] = {"type": c.rot(["passport", "passport", "id_card", "passport"]),
                               "country": c.pick(["DE", "FR", "ES", "GB", "IT"])}
            if kyc["document"]["type"] == "passport":
                kyc["document"]["number"] = c.passport(kyc["document"]["country"])
            else:
                kyc["document"]["number_last4"] = c.b62(4).upper()
        if c.chance(0.4):
            key, blob = biometric_blob(c, "face")
            kyc["selfie"] = {key: blob}
        acct["kyc"] = kyc
    acct["cards"] = [masked_card(c) for _ in range(c.n(1, 2))]
    if c.chance(0.2):
        acct["devices"] = [{"id": c.uuid(), "last_ip": c.ip(), "biometric_login": True}]
    return shapes.jsonapi(c, "accounts", acct) if c.chance(0.4) else {"account": acct}


MERCHANTS = [("REWE SAGT DANKE", "grocery_stores_supermarkets"),
             ("UBER *TRIP", "taxicabs_limousines"),
             ("APOTHEKE AM MARKT", "drug_stores_pharmacies"),
             ("SPOTIFY", "digital_goods_media"), ("DB VERTRIEB", "passenger_railways")]


def card_issuing_webhook(c: Ctx) -> dict:
    p = c.person()
    style = c.pick(["created", "created", "authorization", "jit"])
    holder: dict = {"id": c.oid("ich", 14), **name_fields(c, p)}
    if c.chance(0.6):
        holder["billing"] = {"address": c.address()}
    if c.chance(0.5):
        holder["email"] = p.email()
    if c.chance(0.3):
        holder["phone_number"] = c.phone()
    if style == "created":
        brand = c.pick(["visa", "mastercard"])
        card: dict = {"id": c.oid("ic", 14), "object": "issuing.card", "brand": brand,
                      "type": c.pick(["virtual", "physical"]), "cardholder": holder,
                      "exp_month": c.n(1, 12), "exp_year": c.n(2026, 2031),
                      "spending_controls": {"spending_limits": [
                          {"amount": c.n(50, 5000) * 100, "interval": "monthly"}]}}
        if c.chance(0.7):
            card["number"] = c.card(brand, "plain")
            card["cvc"] = f"{c.n(100, 999)}"
        else:
            card["last4"] = f"{c.n(0, 9999):04d}"
        return shapes.webhook(c, "issuing_card.created", card, "issuing")
    if style == "authorization":
        merchant, category = c.pick(MERCHANTS)
        auth = {"id": c.oid("iauth", 14), "amount": c.n(100, 90000), "currency": "eur",
                "merchant_data": {"name": merchant, "category": category,
                                  "city": c.city()[0]},
                "card": {"id": c.oid("ic", 14), "last4": f"{c.n(0, 9999):04d}",
                         "cardholder": holder},
                "approved": c.chance(0.8)}
        if c.chance(0.3):
            auth["verification_data"] = {"cvc_check": "match", "address_postal_code_check": "match"}
        return shapes.webhook(c, "issuing_authorization.request", auth, "issuing")
    number = c.card(c.pick(["visa", "mastercard"]), "plain")
    jit = {"type": "authorization.jit_funding", "id": c.uuid(),
           "gpa_order": {"amount": c.money(1, 400), "currency_code": "EUR"},
           "card": {"pan": int(number) if c.chance(0.5) else number,
                    "expiration": f"{c.n(1, 12):02d}{c.n(26, 31)}"}, "user": holder}
    return jit


REMITTANCE = [
    ("religious_belief", "zakat", ["Zakat al-Fitr Masjid Al-Noor", "Zakat 2024 - Islamic Relief",
                                   "Kirchgeld Ev. Kirchengemeinde", "Tzedakah Beth Shalom"]),
    ("trade_union", "dues", ["Mitgliedsbeitrag ver.di", "UNISON subscription", "Cotisation CGT",
                             "Cuota CCOO", "Streikgeld IG Metall"]),
    ("political_opinion", "donation", ["Spende BUENDNIS 90/DIE GRUENEN", "Donation Labour Party",
                                       "Don LFI", "Donativo PSOE"]),
    ("health", "therapy", ["Psychotherapie Sitzung 05/24", "Kinésithérapie séance",
                           "IVF Klinik Rate 2",
                           "Methadonprogramm Zuzahlung"]),
]
PLAIN_REMITTANCE = ["REWE Markt", "Deutsche Bahn", "Netflix", "Miete Mai", "Amazon Mktp",
                    "Stadtwerke Abschlag", "Lidl", "Vodafone", "Carrefour", "Mercadona"]


def bank_transactions(c: Ctx) -> dict:
    c.set_loc(c.pick(["de", "de", "fr", "es", "uk"]))
    owner = c.person()
    txs = []
    for _ in range(c.n(3, 6)):
        tx: dict = {"id": c.oid("tx", 12), "bookingDate": c.day(),
                    "amount": {"value": -c.money(3, 300), "currency": "EUR"}}
        if c.chance(0.35):
            kind, detail, texts = c.pick(REMITTANCE)
            tx["remittanceInformation"] = c.pick(texts)
            c.tag(kind, detail)
            if kind == "health" and c.chance(0.5):
                tx["creditorName"] = "Praxis " + c.person().full()
            elif c.chance(0.5):
                tx["creditorAccount"] = {"iban": c.iban()}
        else:
            tx["remittanceInformation"] = c.pick(PLAIN_REMITTANCE)
        txs.append(tx)
    return {"account": {"iban": c.iban(), "ownerName": owner.full()},
            "transactions": {"booked": txs, "pending": []}}


# ---------------------------------------------------------------- clean look-alikes

def _digits(c: Ctx, n: int, prefix: str = "") -> str:
    return prefix + "".join(c.pick("0123456789") for _ in range(n - len(prefix)))


def payment_validation_error(c: Ctx) -> dict:
    r = c.r
    makers = {
        "iban": ("iban", "invalid_checksum", lambda: values.format_iban(
            values.wrong_iban(r, c.pick(["DE", "FR", "ES", "GB", "NL"])), c.chance(0.5))),
        "card": (c.pick(["card_number", "cardNumber", "pan"]), "luhn_failed",
                 lambda: values.format_card(values.wrong_card_number(r), c.pick(["plain",
                                                                                 "space"]))),
        "ssn": ("ssn", "invalid_area", lambda: values.wrong_ssn(r)),
        "nino": ("ni_number", "invalid_prefix", lambda: values.wrong_nino(r)),
        "steuer": ("steuer_id", "pruefziffer_falsch", lambda: values.wrong_steuer_id(r)),
        "nir": ("nir", "cle_invalide", lambda: values.wrong_nir(r)),
        "dni": ("dni", "letra_incorrecta", lambda: values.wrong_dni(r)),
        "nie": ("nie", "letra_incorrecta", lambda: values.wrong_nie(r)),
        "gift": ("gift_card", "not_found", lambda: _digits(c, 16, "6035")),
        "txn": ("reference", "duplicate", lambda: _digits(c, 16, str(c.n(1, 9)))),
        "routing": ("routing_number", "checksum", lambda: values.wrong_aba_routing(r)),
    }
    errs = []
    for name in c.sample(sorted(makers), c.n(2, 4)):
        field, code, make = makers[name]
        errs.append({"field": field, "code": code, "value": c.safe(make)})
    body: dict = {"type": "https://errors.finvia.es/validation", "title": "Unprocessable Entity",
                  "status": 422, "errors": errs, "request_id": c.hexs(20)}
    if c.chance(0.5):
        body["card_on_file"] = {"masked": f"**** **** **** {c.n(0, 9999):04d}",
                                "card_token": c.oid("tok", 20)}
    return body


def fx_rates(c: Ctx) -> object:
    rates = {cur: round(c.r.uniform(0.5, 1.8), 4) for cur in ["USD", "GBP", "CHF", "PLN", "SEK"]}
    body = {"base": "EUR", "date": c.day(), "rates": rates,
            "spread": {"bid": round(c.r.uniform(1.05, 1.1), 4),
                       "ask": round(c.r.uniform(1.1, 1.12), 4)},
            "provider": "ECB reference"}
    return shapes.respond(c, body, "/v1/fx/latest")


def bank_directory(c: Ctx) -> dict:
    return shapes.page(c, [{"bic": bic, "name": c.pick(["Commerzbank", "N26 Bank",
                                                        "bunq", "Revolut Bank UAB",
                                                        "CaixaBank", "Union Bank"]),
                            "country": bic[4:6], "sepa_instant": c.chance(0.7),
                            "routing_number": values.aba_routing(c.r) if c.chance(0.3) else None}
                           for bic in c.sample(BICS, c.n(2, 4))], "banks")
