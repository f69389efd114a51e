"""Payments, campaign finance, genotype exports and developer credentials."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def campaign_donation_ledger(c: Ctx) -> Any:
    rows = []
    for _ in range(c.num(1, 4)):
        p = c.person()
        row: dict[str, Any] = {
            c.k("donor", "spender", "donateur", "donante"): p.full,
            c.k("address", "anschrift", "adresse", "domicilio"): c.address_line(),
            c.k("amount", "betrag", "montant", "importe"): c.money(20, 4000),
            c.k("date", "datum", "date", "fecha"): c.day(),
        }
        if c.chance(0.3):
            row["employer"] = c.pick(["self-employed", "Stadtwerke Nord", "retired"])
        rows.append(row)
    c.tag("political_opinion", "donation")
    return {"recipient": c.k("Green Party - Leeds branch", "SPD Unterbezirk Köln",
                             "Association de financement - Renaissance Lyon",
                             "Sumar - candidatura Sevilla"),
            "report_period": c.pick(["2025-Q1", "2025-Q2"]), "entries": rows}


def dtc_raw_genotype_export(c: Ctx) -> Any:
    owner = c.person()
    c.tag("genetic", "raw")
    rows = ["# rsid\tchromosome\tposition\tgenotype"]
    for _ in range(c.num(4, 8)):
        rows.append(f"rs{c.num(1000, 99999)}\t{c.num(1, 22)}\t{c.num(10000, 99999)}\t"
                    f"{c.pick(['AA', 'AG', 'GG', 'CT', 'TT', '--'])}")
    return {"export": {"requested_by": owner.full, "email": c.email(owner),
                       "file": "genome_raw_v5.txt", "content": "\n".join(rows) + "\n"},
            "chip": c.pick(["v5", "GSA"]), "build": "GRCh37"}


def pharmacogenomics_report(c: Ctx) -> Any:
    p = c.person()
    c.tag("genetic", "pgx")
    results = [{"gene": g, "diplotype": d, "phenotype": ph} for g, d, ph in c.rng.sample([
        ("CYP2C19", "*2/*2", "poor metabolizer"), ("CYP2D6", "*1/*4", "intermediate"),
        ("SLCO1B1", "*5/*5", "decreased function"), ("DPYD", "*1/*2A", "intermediate")],
        c.num(1, 3))]
    doc: dict[str, Any] = {"patient": {"name": p.full, "dob": c.dob()}, "results": results,
                           "lab": "PGx Labs Europe", "reported": c.day()}
    if c.chance(0.6):
        doc["recommendation"] = c.pick(["avoid clopidogrel, consider prasugrel",
                                        "reduce simvastatin dose", "codeine: use alternative"])
        c.tag("health", "medication")
    return doc


def chargeback_dispute(c: Ctx) -> Any:
    p = c.person()
    return {"dispute": c.ref("CB"), "reason_code": c.pick(["10.4", "13.1", "4837"]),
            "cardholder": {"name": p.full, "email": c.email(p)},
            "card": {"pan": c.card(), "exp": f"{c.num(1, 12):02d}/{c.num(27, 31)}"},
            "amount": c.money(10, 900), "merchant_note": c.filler(),
            "evidence_due": c.day()}


def checkout_error_log(c: Ctx) -> Any:
    lines = [f"{c.ts()} INFO checkout started session={c.token(12)}"]
    lines.append(f"{c.ts()} WARN card validation failed: number={c.card(sep='')} "
                 f"reason=expired client_ip={c.ip()}")
    if c.chance(0.5):
        lines.append(f"{c.ts()} ERROR gateway timeout order={c.ref('ORD')} "
                     f"pan={c.bad_card()} (rejected before auth)")
    return {"service": "checkout", "level": "WARN", "lines": lines}


def oauth_client_registration(c: Ctx) -> Any:
    p = c.person(c.lang)
    return {"client_id": c.token(24), "client_secret": c.secret("client-secret"),
            "client_name": c.pick(["Caseworker Mobile", "Partner Portal"]),
            "redirect_uris": ["https://partner.example/callback"],
            "contacts": [c.email(p, work=True)], "owner": p.full,
            "token_endpoint_auth_method": "client_secret_basic"}


def support_chat_pasted_secret(c: Ctx) -> Any:
    cust = c.person()
    leaked = c.pick(["password", "stripe", "github", "sendgrid", "jwt"])
    secret = c.secret(leaked)
    said = c.k(f"here's my login, password is {secret}", f"mein Passwort ist {secret}",
               f"mon mot de passe est {secret}", f"mi contraseña es {secret}")
    if leaked != "password":
        said = c.k(f"this is the key we use: {secret}", f"das ist der Key: {secret}",
                   f"voilà la clé : {secret}", f"esta es la clave: {secret}")
    return {"chat": c.uuid(), "customer": {"name": cust.full, "email": c.email(cust)},
            "messages": [{"from": "customer", "text": said},
                         {"from": "agent", "text": c.k(
                             "please never share secrets here, rotate it now",
                             "bitte keine Zugangsdaten im Chat teilen",
                             "ne partagez jamais vos identifiants ici",
                             "no comparta nunca sus claves aquí")}]}


def mobile_app_config(c: Ctx) -> Any:
    return {"platform": c.pick(["android", "ios"]), "app_version": f"5.{c.num(0, 9)}.{c.num(0, 9)}",
            "maps": {"api_key": c.secret("google")},
            "push": {"sender": "casework-push", "server_key_ref": "vault:kv/push#key"},
            "features": {"dark_mode": True, "biometric_unlock": c.chance(0.5)}}


def direct_deposit_form(c: Ctx) -> Any:
    c.lang = "en"
    p = c.person(c.pick(["en", "world"]))
    routing, account = c.us_bank()
    return {"form": "direct-deposit-authorization", "employee": {
        "name": p.full, "ssn_last4": c.digits(4), "email": c.email(p, work=True)},
        "bank": {"routing_number": routing, "account_number": account,
                 "account_type": c.pick(["checking", "savings"])},
        "split": {"percent": 100}, "signed": c.day()}
