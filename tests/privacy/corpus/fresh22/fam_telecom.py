"""Telecom families: SIM KYC, CDRs, porting, roaming, care, device finance."""

from __future__ import annotations

import json
from typing import Any

from .ctx import Ctx
from .registry import ADDRESS, DOB, EMAIL, FIRST, FULL, IBAN, LAST, MOBILE, STATUS, fam


@fam("sim_registration_kyc", 4)
def sim_registration(c: Ctx) -> Any:
    doc: dict[str, Any] = {c.k(FIRST): c.first(), c.k(LAST): c.last(), c.k(DOB): c.dob(),
                           c.k(ADDRESS): c.address_obj(), "iccid": c.iccid_like(),
                           "imei": c.imei_like(), "msisdn": c.phone_e164()}
    if c.chance(0.5):
        doc["id_document"] = {"type": "passport", "number": c.passport_no(),
                              "expiry": c.day(c.num(2026, 2033))}
    else:
        key, nid = c.national_id()
        doc["id_document"] = {"type": "national_id", c.k(key): nid}
    if c.chance(0.7):
        doc["biometric_capture"] = {"finger": "right_thumb", "format": "ISO19794-2",
                                    "template": c.fingerprint_template()}
    return doc



@fam("number_porting_request", 3)
def number_porting(c: Ctx) -> Any:
    return {c.k("port id|portierungs id|id portabilité|id portabilidad"): c.ref("PORT"),
            c.k(FULL): c.name(), c.k(MOBILE): c.phone(),
            c.k("donor|abgebender anbieter|opérateur cédant|operador donante"): c.pick(
                ["Vodafone", "O2", "Orange", "Movistar", "EE"]),
            c.k("customer number|kundennummer|numéro client|número de cliente"): c.order_no(),
            c.k(ADDRESS): c.address(), "remarks": c.note(0.8),
            "rio": f"{c.num(10, 99)}P{c.alnum(6, 'ABCDEFGH23456789')}"}



@fam("roaming_tariffs", 4, clean=True)
def roaming_tariffs(c: Ctx) -> Any:
    c.decoy("tariff")
    return {"zone": c.pick(["EU", "World 1", "World 2"]),
            "note": c.t("Valid in the European Union.|Gilt in der Europäischen Union.|Valable "
                        "dans l'Union européenne.|Válido en la Unión Europea."),
            "rates": {"call_min": c.price(0, 3), "sms": c.price(0, 1), "mb": c.price(0, 2)}}


@fam("care_chat_telecom", 4)
def care_chat(c: Ctx) -> Any:
    agent = c.first()
    return {"conversation": c.uuid(), "queue": c.pick(["billing", "tech", "retention"]),
            "messages": [
                {"by": "bot", "text": c.t("How can we help?|Wie können wir helfen?|Comment "
                                          "pouvons-nous vous aider ?|¿En qué podemos ayudar?")},
                {"by": "customer", "text": f"{c.special_any()} {c.neutral()}"},
                {"by": agent, "text": c.t("Noted, I have paused the direct debit.|Notiert, ich "
                                          "habe die Lastschrift pausiert.|C'est noté.|Anotado.")},
                {"by": "customer", "text": c.note(0.7)}]}


@fam("device_finance_application", 4)
def device_finance(c: Ctx) -> Any:
    key, nid = c.national_id()
    return {"application": c.ref("DF"), c.k(FULL): c.name(), c.k(DOB): c.dob(),
            c.k(key): nid, c.k(IBAN): c.iban(),
            c.k("monthly income|monatseinkommen|revenu mensuel|ingresos mensuales"):
                c.num(900, 6000),
            "device": {"model": c.pick(["Pixel 8", "iPhone 15", "Galaxy S24"]),
                       "imei": c.imei_like()},
            "term_months": c.pick([12, 24, 36]), "agent_notes": c.note(0.8)}


@fam("device_catalogue", 4, langs="en", clean=True)
def device_catalogue(c: Ctx) -> Any:
    return [{"sku": c.sku(), "model": m, "price": c.price(99, 1400),
             "sample_imei": c.imei_like(), "colours": c.sample(["black", "blue", "sand"], 2)}
            for m in c.sample(["Pixel 8", "iPhone 15", "Galaxy S24", "Fairphone 5", "Moto G"], 3)]


@fam("network_status", 4, clean=True)
def network_status(c: Ctx) -> Any:
    c.decoy("service_health")
    return {"health": c.pick(["ok", "degraded"]), "checked": c.ts(), "regions": [
        {"region": r, c.k(STATUS): c.pick(["operational", "partial outage"]),
         "sites_down": c.num(0, 12)} for r in c.sample(["North", "South", "East", "West"], 3)]}


@fam("sms_gateway_webhook", 4, langs="en", style="snake")
def sms_gateway(c: Ctx) -> Any:
    return {"account_sid": "AC" + c.hexs(32), "auth_token": c.secret("generic"),
            "from": c.phone_e164(), "to": c.phone_e164(),
            "body": c.t("Your order has shipped.|Ihre Bestellung ist unterwegs.|Votre commande "
                        "est expédiée.|Tu pedido ha sido enviado."), "status": "delivered"}


@fam("telecom_invoice", 4)
def telecom_invoice(c: Ctx) -> Any:
    return {c.k("invoice|rechnung|facture|factura"): c.order_no(),
            c.k("customer|kunde|client|cliente"): {c.k(FULL): c.name(), c.k(ADDRESS): c.address()},
            c.k("lines|leistungen|lignes|líneas"): [{"msisdn": c.phone(), "plan": "M 20GB",
                                                     "amount": c.price(5, 60)}],
            "payment": {"iban": c.iban(), "bic": c.bic(), "mandate_ref": c.ref("MD")}
            if c.chance(0.5) else {"card": c.card(), "exp": c.expiry()},
            "vat_id": c.vat_id(), "customer_comment": c.note(0.7)}


@fam("plan_catalogue", 4, clean=True)
def plan_catalogue(c: Ctx) -> Any:
    c.decoy("plan_catalogue")
    return {"plans": [{"name": n, "data_gb": d, "price": c.price(5, 60),
                       "eu_roaming": True} for n, d in [("S", 5), ("M", 20), ("L", 60)]],
            "promo": c.t("Unlimited calls, no contract.|Allnet-Flat ohne Vertrag.|Appels "
                         "illimités sans engagement.|Llamadas ilimitadas sin permanencia.")}


@fam("porting_error_log", 3, langs="en")
def porting_error_log(c: Ctx) -> Any:
    return "\n".join([
        f"{c.ts()} WARN port-svc rejected msisdn={c.phone_e164()} reason=RIO_MISMATCH "
        f"src={c.ip(v6=False)}",
        f"{c.ts()} INFO port-svc retry scheduled build={c.version()}",
    ])


@fam("voice_auth_enrolment", 4, langs="en", style="camel")
def voice_auth(c: Ctx) -> Any:
    return {"customerId": c.uuid(), "msisdn": c.phone_e164(),
            "voiceprint": {"engine": "vb-9", "template": c.voiceprint()},
            "enrolledAt": c.ts(), "channel": "IVR"}


@fam("union_discount_signup", 3)
def union_discount(c: Ctx) -> Any:
    return {c.k(EMAIL): c.email(), c.k("union|gewerkschaft|syndicat|sindicato"): c.union(),
            c.k("membership number|mitgliedsnummer|numéro d'adhérent|número de afiliado"):
                c.alnum(8, "0123456789ABCDEF"),
            "discount_pct": c.pick([10, 15, 20])}


@fam("care_call_transcript", 4)
def care_call(c: Ctx) -> Any:
    name = c.name()
    return {"call": c.uuid(), "duration_s": c.num(60, 1800), "transcript": [
        {"speaker": "agent", "text": c.t("Can I take your full name?|Wie ist Ihr vollständiger "
                                         "Name?|Votre nom complet ?|¿Su nombre completo?")},
        {"speaker": "caller", "text": name},
        {"speaker": "caller", "text": c.special_any()}],
        "sentiment": round(c.rng.uniform(-1, 1), 2)}


@fam("esim_profile_catalogue", 3, langs="en", clean=True)
def esim_catalogue(c: Ctx) -> Any:
    c.decoy("iccid_catalogue")
    return {"profiles": [{"iccid": c.iccid_like(), "plan": c.pick(["S", "M", "L"]),
                          "smdp": "rsp.telvana-esim.net", "state": "available"}
                         for _ in range(3)]}


@fam("kyc_schema", 3, langs="en", clean=True)
def kyc_schema(c: Ctx) -> Any:
    c.decoy("form_schema")
    props = {f: {"type": "string", "description": c.t(f"{f}|{f}|{f}|{f}")}
             for f in ["first_name", "last_name", "date_of_birth", "national_id", "passport_no",
                       "fingerprint_template"]}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "SimKyc",
            "type": "object", "properties": props, "required": list(props)[:3],
            "example": json.dumps({"first_name": "{{first_name}}", "national_id": "XXX-XX-XXXX"})}
