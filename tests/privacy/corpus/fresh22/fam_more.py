"""More cross-domain families: payroll, screening, surveys, refunds, device location."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import ADDRESS, DOB, EMAIL, FULL, IBAN, NOTES, PHONE, fam


@fam("hotel_staff_time_clock", 4, langs="en", style="snake")
def staff_clock(c: Ctx) -> Any:
    return {"property": c.pick(["BLM-SVQ", "BLM-LYS", "BLM-BER"]), "employee": c.name(),
            "template": {"type": "fingerprint", "data": c.fingerprint_template()},
            "punches": [c.ts() for _ in range(2)]}


@fam("party_membership_dues", 4, style="snake")
def party_dues(c: Ctx) -> Any:
    return {"subscription": "sub_" + c.alnum(20), "customer": {"name": c.name(),
                                                                "email": c.email()},
            "product": c.t("Membership fee|Mitgliedsbeitrag|Cotisation d'adhérent|Cuota de "
                           "afiliado") + " \u2013 " + c.party(),
            "interval": "month", "amount": c.num(500, 2500)}


@fam("dating_offender_screening", 4, langs="en", style="snake")
def dating_screening(c: Ctx) -> Any:
    c.add("criminal_record")
    hit = c.chance(0.3)
    doc: dict[str, Any] = {"user_id": c.uuid(), "name": c.name(), "dob": c.dob(iso=True),
                           "registry_search": "sex_offender_registry",
                           "result": "match" if hit else "no_match"}
    if hit:
        doc["offence"] = c.offence()
    return doc


@fam("car_hire_convictions", 4)
def car_hire_convictions(c: Ctx) -> Any:
    doc: dict[str, Any] = {c.k(FULL): c.name(), c.k(DOB): c.dob(),
                           c.k("motoring convictions last 5 years|verkehrsstrafen letzte 5 "
                               "jahre|condamnations routières 5 ans|condenas de tráfico 5 años"):
                               _conviction(c)}
    return doc


def _conviction(c: Ctx) -> Any:
    c.add("criminal_record")
    if c.chance(0.5):
        return [{"code": c.pick(["DR10", "IN10", "CD10"]), "year": c.num(2019, 2024)}]
    return c.t("None|Keine|Aucune|Ninguna")


@fam("airline_customer_survey", 4, langs="en", style="snake")
def airline_survey(c: Ctx) -> Any:
    doc: dict[str, Any] = {"response_id": c.uuid(), "flight": c.flight(),
                           "nps": c.num(0, 10), "ethnic_group": c.ethnicity()}
    doc["sexual_orientation"] = c.orientation() if c.chance(0.6) else c.prefer_not()
    return doc


@fam("ivf_pgt_report", 4)
def ivf_pgt(c: Ctx) -> Any:
    c.add("genetic")
    c.add("health")
    return {c.k("patient|patientin|patiente|paciente"): c.name(),
            c.k("indication|indikation|indication|indicación"): c.t(
                "recurrent miscarriage|habituelle Aborte|fausses couches à répétition|abortos "
                "de repetición"),
            "embryos": [{"id": f"E{i}", "karyotype": c.pick(["46,XX", "46,XY", "47,XY,+21"]),
                         "euploid": c.chance(0.6)} for i in range(1, 4)]}


@fam("refund_request", 5)
def refund_request(c: Ctx) -> Any:
    return {"case": c.ref("RF"), c.k(FULL): c.name(), c.k(EMAIL): c.email(),
            c.k("refund iban|erstattung iban|iban remboursement|iban reembolso"): c.iban(),
            c.k("reason|grund|motif|motivo"): c.note(0.9)}


@fam("tax_residency_selfcert", 6)
def tax_selfcert(c: Ctx) -> Any:
    key, nid = c.national_id()
    return {"form": "CRS self-certification", c.k(FULL): c.name(), c.k(DOB): c.dob(),
            c.k(ADDRESS): c.address(), c.k("tax residence|steuerlicher wohnsitz|résidence "
                                           "fiscale|residencia fiscal"): c.lang.upper(),
            c.k(key): nid}


@fam("visa_courier_tracking", 4, langs="en", style="camel")
def visa_courier(c: Ctx) -> Any:
    return {"trackingId": c.ref("VC"), "applicant": c.name(),
            "passportNumber": c.passport_no(), "consulate": c.pick(["IN", "CN", "RU", "TR"]),
            "status": c.pick(["received", "submitted", "ready for collection"])}


@fam("device_locate", 5, langs="en", style="snake")
def device_locate(c: Ctx) -> Any:
    lat, lon = c.precise()
    return {"msisdn": c.phone_e164(), "device": c.pick(["Pixel 8", "iPhone 15"]),
            "located_at": c.ts(), "position": {"latitude": lat, "longitude": lon,
                                               "accuracy_m": c.num(5, 60)}}


@fam("church_tax_payroll", 3, langs="de")
def church_tax_payroll(c: Ctx) -> Any:
    c.add("religious_belief")
    return {"lohnabrechnung": c.ref("LA"), "name": c.name(), "steuer_id": c.steuer_id(),
            "konfession": c.pick(["rk", "ev"]), "kirchensteuer": c.price(10, 90),
            "iban": c.iban(country="DE")}


@fam("agent_manual_payment_note", 5)
def agent_payment_note(c: Ctx) -> Any:
    return {"booking": c.pnr(), "agent": c.first(), c.k(NOTES): c.t(
        "Customer paid by phone, card|Kunde zahlte telefonisch, Karte|Paiement par téléphone, "
        "carte|Pago telefónico, tarjeta") + f" {c.card()}, CVV {c.num(100, 999)}",
        c.k(PHONE): c.phone()}


@fam("union_member_insurance_quote", 4)
def union_insurance(c: Ctx) -> Any:
    return {"quote": c.ref("Q"), c.k(FULL): c.name(), c.k(EMAIL): c.email(),
            c.k("union membership|gewerkschaftsmitgliedschaft|adhésion syndicale|afiliación "
                "sindical"): c.union(), "product": "home contents", c.k(IBAN): c.iban()}
