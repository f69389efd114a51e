"""Banking, payments and e-commerce payloads."""

from __future__ import annotations

from typing import Any

from . import phrases as T
from .common import contact_block, lang_of, name_block
from .gen import Ctx
from .lexicon import COMPANIES

# remittance lines: (text, kind or None)
REMITTANCE = (
    ("Rechnung RE-2024-1183", None), ("Abschlag Strom Mai", None), ("Loyer avril", None),
    ("Factura 88/2024 material de oficina", None), ("Invoice INV-20931", None),
    ("Kirchgeld 2024 ev.-luth. Kirchengemeinde", "religious_belief"),
    ("Zakat al-Fitr 1445", "religious_belief"),
    ("Donativo parroquia San Lorenzo - colecta", "religious_belief"),
    ("Dauerspende Kirchengemeinde St. Marien", "religious_belief"),
    ("Mitgliedsbeitrag IG Metall Q2", "trade_union"),
    ("Cotisation syndicale SUD Rail 2024", "trade_union"),
    ("Cuota afiliado CCOO junio", "trade_union"),
    ("Spende Bündnis 90/Die Grünen KV Kassel", "political_opinion"),
    ("Don La France insoumise - campagne", "political_opinion"),
    ("Cuota afiliado PSOE agrupación Zaragoza", "political_opinion"),
    ("Mitgliedsbeitrag CDU Ortsverband 2025", "political_opinion"),
)


def sepa_transfer(c: Ctx) -> Any:
    k = c.k
    debtor = c.person(c.pick(("de", "fr", "es", "xx")))
    txs = []
    for _ in range(c.r.randint(1, 3)):
        text, kind = c.pick(REMITTANCE)
        if kind:
            c.mark(kind, f"remittance:{kind}")
        if c.chance(0.5):
            cred: dict[str, Any] = {k("name"): c.pick(COMPANIES)}
        else:
            cp = c.person(tag="creditor name")
            cred = {k("name"): cp.full}
        cred[k("iban")] = c.iban(c.pick(("DE", "FR", "ES", "AT", "BE", "NL", "IT")))
        txs.append({k("end_to_end_id"): c.alnum(16).upper(),
                    k("instructed_amount"): {k("currency"): "EUR",
                                             k("value"): f"{c.money(10, 1500):.2f}"},
                    k("creditor"): cred, k("remittance_information"): text})
    return {k("payment_information_id"): c.hexs(20),
            k("requested_execution_date"): c.day(2024, 2025).isoformat(),
            k("debtor"): {k("name"): debtor.full, k("iban"): c.iban(c.pick(("DE", "FR", "ES"))),
                          k("bic"): c.pick(("GENODEF1BIE", "BNPAFRPPXXX", "CAIXESBBXXX"))},
            k("credit_transfer_transactions"): txs}


def open_banking_tx(c: Ctx) -> Any:
    """A PSD2 account-information response: the account and its recent transactions."""
    k = c.k
    owner = c.person(c.pick(("de", "es", "fr", "en")))
    tx = []
    for _ in range(c.r.randint(2, 5)):
        text, kind = c.pick(REMITTANCE)
        if kind:
            c.mark(kind, f"remittance:{kind}")
        tx.append({k("transaction_id"): c.hexs(16), k("booking_date"): c.day().isoformat(),
                   k("transaction_amount"): {k("amount"): f"-{c.money(5, 400):.2f}",
                                             k("currency"): "EUR"},
                   k("creditor_name"): c.pick(COMPANIES),
                   k("remittance_information_unstructured"): text})
    if c.chance(0.3):  # some aggregators return the bare transaction list
        tx[0][k("account_owner")] = owner.full
        tx[0][k("account_iban")] = c.iban(c.pick(("DE", "ES", "FR", "IE", "PT")))
        return tx
    return {k("account"): {k("iban"): c.iban(c.pick(("DE", "ES", "FR", "IE", "PT"))),
                           k("owner_name"): owner.full, k("currency"): "EUR"},
            k("transactions"): {k("booked"): tx}}


def card_checkout(c: Ctx) -> Any:
    """A merchant back end posting a raw card to a gateway (legacy integration)."""
    k = c.k
    p = c.person(c.pick(("en", "de", "fr", "es", "xx")))
    lang = lang_of(p)
    card = {k("number"): c.card(), k("exp_month"): c.r.randint(1, 12),
            k("exp_year"): c.r.randint(2026, 2030), k("cvc"): f"{c.r.randint(100, 999)}",
            k("holder_name"): p.full.upper()}
    body: dict[str, Any] = {k("merchant_reference"): c.ref("ORD"),
                            k("amount"): {k("value"): int(c.money(5, 900) * 100),
                                          k("currency"): c.pick(("EUR", "USD", "GBP"))},
                            k("payment_method"): {k("type"): "scheme", k("card"): card},
                            k("billing_address"): c.address(p.loc if p.loc != "xx" else "en",
                                                             keys=lang),
                            k("shopper"): {**contact_block(c, p, lang),
                                           k("ip"): c.ipv4(False) if c.chance(0.8)
                                           else c.ipv6()}}
    if c.chance(0.3):
        body[k("shopper")][k("tax_id")] = c.cpf()
        body[k("shopper")][k("country")] = "BR"
    if c.chance(0.3):
        body[k("line_items")] = [{k("sku"): c.sku(), k("ean"): c.ean13(),
                                  k("qty"): c.r.randint(1, 3)} for _ in range(2)]
        c.neg("ean")
    if c.chance(0.2):
        body[k("gift_message")] = T.neutral(c, lang)
    return body


def payment_log(c: Ctx) -> Any:
    """A log line from a payment service that leaked a card number into free text."""
    card = c.card(sep=c.pick(("", " ", "-")))
    ip = c.ipv4()
    text = c.pick((f"WARN declined card={card} reason=insufficient_funds client_ip={ip}",
                   f"Zahlung abgelehnt: Karte {card}, Grund: do_not_honor, IP {ip}",
                   f"retrying authorization for PAN {card} from {ip} (attempt 2)"))
    if c.chance(0.5):
        return text
    return {"level": "warn", "ts": c.ts(), "svc": "payments-api", "msg": text,
            "trace_id": c.hexs(32)}


def ach_payout(c: Ctx) -> Any:
    k = c.k
    p = c.person("en")
    routing, account = c.us_bank()
    return {k("payout_id"): c.obj_id("po", 16), k("payee"): {k("name"): p.full,
                                                             k("email"): c.email(p)},
            k("bank_account"): {k("routing_number"): routing, k("account_number"): account,
                                k("type"): "checking"},
            k("amount_cents"): int(c.money(50, 4000) * 100), k("memo"): c.pick((
                "Freelance design - invoice 118", "Expense reimbursement", "Referral bonus"))}


def loan_application(c: Ctx) -> Any:
    k = c.k
    p = c.person(c.pick(("en", "en", "xx")))
    app: dict[str, Any] = {**name_block(c, p), k("ssn"): c.ssn(c.chance(0.6)),
                           k("date_of_birth"): c.dob(c.pick(("iso", "us"))),
                           k("address"): c.address_text("en"),
                           **contact_block(c, p)}
    app[k("employment")] = {k("employer"): c.pick(COMPANIES),
                            k("annual_income"): c.r.randint(28000, 180000)}
    body: dict[str, Any] = {k("application_id"): c.uuid(), k("product"): "personal_loan",
                            k("requested_amount"): c.r.randint(2000, 40000),
                            k("applicant"): app,
                            k("device"): {k("ip"): c.ipv4(False),
                                          k("user_agent"): "Mozilla/5.0 (iPhone; CPU iPhone OS "
                                                           "17_4 like Mac OS X)"}}
    if c.chance(0.3):
        body[k("credit_union_member")] = c.chance(0.5)
        c.neg("credit union member flag")
    if c.chance(0.3):
        body[k("bankruptcy_last_7y")] = False
        c.neg("bankruptcy")
    return body


def gift_card_redemption(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    return {k("redemption_id"): c.uuid(), k("gift_card_number"): c.gift_card(),
            k("pin_masked"): "****", k("customer_email"): c.email(p),
            k("customer_name"): p.full, k("balance_after"): c.money(0, 80)}
