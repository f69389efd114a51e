"""Real estate and tenancy families."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import ADDRESS, DOB, EMAIL, FIRST, FULL, IBAN, LAST, NOTES, PHONE, fam


@fam("rental_application", 4)
def rental_application(c: Ctx) -> Any:
    name = c.name()
    doc: dict[str, Any] = {
        c.k("applicant|bewerber|candidat|solicitante"): {
            c.k(FULL): name, c.k(DOB): c.dob(), c.k(EMAIL): c.email(name),
            c.k(PHONE): c.phone()},
        c.k("current address|aktuelle anschrift|adresse actuelle|dirección actual"): c.address(),
        c.k("employer|arbeitgeber|employeur|empresa"): c.pick(["Telvana", "Courierly",
                                                               "Bellamar Hotels"]),
        c.k("net income|nettoeinkommen|revenu net|ingresos netos"): c.num(1400, 5200),
        c.k("pets|haustiere|animaux|mascotas"): c.chance(0.3),
    }
    if c.chance(0.5):
        key, nid = c.national_id()
        doc[c.k(key)] = nid
    r = c.num(0, 2)
    if r == 0:
        doc[c.k("criminal record|vorstrafen|casier judiciaire|antecedentes penales")] = (
            c.special("criminal_record", "field"))
    elif r == 1:
        doc[c.k(NOTES)] = c.special_any()
    else:
        doc[c.k(NOTES)] = c.note(0.8)
    return doc


@fam("tenant_screening_report", 4, style="snake")
def tenant_screening(c: Ctx) -> Any:
    c.decoy("eviction_history")
    crim = {"searched": ["county", "national"], "result": c.pick(["clear", "records found"])}
    c.add("criminal_record")
    if crim["result"] != "clear":
        crim["records"] = [c.offence()]
    return {"report_id": c.ref("TS"), "subject": {"name": c.name(), "ssn": c.ssn(),
                                                  "dob": c.dob(iso=True)},
            "credit_score": c.num(480, 820), "evictions": {"count": c.num(0, 2)},
            "criminal": crim}


@fam("mortgage_application", 4)
def mortgage_application(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        c.k("applicants|antragsteller|emprunteurs|solicitantes"): [
            {c.k(FIRST): c.first(), c.k(LAST): c.last(), c.k(DOB): c.dob()}
            for _ in range(c.num(1, 2))],
        c.k("property address|objektanschrift|adresse du bien|dirección del inmueble"):
            c.address(),
        c.k("loan amount|darlehensbetrag|montant du prêt|importe del préstamo"):
            c.num(80, 900) * 1000,
        c.k("salary account|gehaltskonto|compte salaire|cuenta nómina"): c.iban()}
    key, nid = c.national_id()
    doc[c.k(key)] = nid
    if c.lang == "de":
        c.add("religious_belief")
        doc["kirchensteuermerkmal"] = c.pick(["rk", "ev", "ak"])
    return doc


@fam("property_listing", 3, clean=True)
def property_listing(c: Ctx) -> Any:
    lat, lon = c.coarse(3)
    return {"listing": c.ref("PL"), c.k("city|stadt|ville|ciudad"): c.city(),
            c.k("rooms|zimmer|pièces|habitaciones"): c.num(1, 5), "m2": c.num(28, 160),
            c.k("rent|kaltmiete|loyer|alquiler"): c.num(450, 2600), "approx": [lat, lon],
            c.k("description|beschreibung|description|descripción"): c.t(
                "Bright flat near the park, quiet street.|Helle Wohnung am Park.|Appartement "
                "lumineux près du parc.|Piso luminoso junto al parque."),
            "energy_class": c.pick("ABCDEFG")}


@fam("maintenance_ticket", 4)
def maintenance_ticket(c: Ctx) -> Any:
    doc = {"ticket": c.ref("MT"), "unit": f"{c.num(1, 6)}.{c.num(1, 12)}",
           c.k("tenant|mieter|locataire|inquilino"): c.name(), c.k(PHONE): c.phone(),
           c.k("issue|problem|problème|incidencia"): c.neutral(),
           "priority": c.pick(["low", "normal", "urgent"])}
    doc[c.k(NOTES)] = c.note(0.8)
    return doc


@fam("letting_agent_thread", 3)
def letting_agent_thread(c: Ctx) -> Any:
    tenant = c.name()
    agent = c.name()
    return {"thread": c.uuid(), "messages": [
        {"from": c.email(tenant), "to": c.email(role=True), "body": c.note(0.8)},
        {"from": c.email(agent), "to": c.email(tenant), "body": c.t(
            f"Dear {tenant}, the viewing is confirmed.|Hallo {tenant}, die Besichtigung ist "
            f"bestätigt.|Bonjour {tenant}, la visite est confirmée.|Hola {tenant}, la visita "
            "está confirmada.") + f" {c.address()}"}]}


@fam("rent_ledger", 3)
def rent_ledger(c: Ctx) -> Any:
    return {"period": c.day()[:7], "entries": [
        {"unit": f"W{c.num(1, 40):02d}", c.k("tenant|mieter|locataire|inquilino"): c.name(),
         c.k(IBAN): c.iban(), c.k("amount|betrag|montant|importe"): c.num(400, 1900),
         "paid": c.chance(0.8)} for _ in range(c.num(2, 3))]}


@fam("housing_market_stats", 4, clean=True)
def market_stats(c: Ctx) -> Any:
    c.decoy("aggregate_stats")
    return {"quarter": f"{c.num(2023, 2025)}Q{c.num(1, 4)}", "rows": [
        {"district": d, "median_rent_m2": round(c.rng.uniform(8, 24), 2),
         "yoy": round(c.rng.uniform(-0.05, 0.12), 4), "listings": c.num(40, 900)}
        for d in c.sample(["Nord", "Süd", "Centre", "Centro", "Ost", "Ouest"], 3)]}


@fam("lease_form_schema", 3, clean=True)
def lease_schema(c: Ctx) -> Any:
    c.decoy("form_schema")
    return {"form": "lease-v" + c.version(), "sections": [
        {"id": s, "fields": [{"key": f, "type": "text", "required": True} for f in fs]}
        for s, fs in [("tenant", ["tenant_name", "tenant_dob", "tenant_email"]),
                      ("bank", ["iban", "account_holder"]),
                      ("screening", ["criminal_record_consent", "union_membership"])]],
        "example_iban": "DE00 0000 0000 0000 0000 00"}


@fam("smart_lock_log", 3)
def smart_lock_log(c: Ctx) -> Any:
    c.decoy("fingerprint_auth_event")
    return {"lock": f"LK-{c.alnum(6, 'ABCDEF0123456789')}", "events": [
        {"at": c.ts(), "user": c.name(), "method": c.pick(["fingerprint", "pin", "app"]),
         "match_score": round(c.rng.uniform(0.8, 1), 3), "result": "unlocked"}
        for _ in range(c.num(2, 3))]}


@fam("deposit_dispute", 3, langs="en")
def deposit_dispute(c: Ctx) -> Any:
    sort, acct = c.uk_bank()
    return {"case": c.ref("DPS"), "tenant": c.name(), "landlord": c.name(),
            "claim": c.price(100, 1500), "refund_to": {"sort_code": sort, "account_number": acct},
            "statement": c.note()}


@fam("equality_monitoring_housing", 4)
def equality_monitoring(c: Ctx) -> Any:
    doc: dict[str, Any] = {"respondent": c.uuid()}
    opts = [("ethnic origin|ethnische herkunft|origine ethnique|origen étnico", c.ethnicity),
            ("religion|religion|religion|religión", c.religion),
            ("sexual orientation|sexuelle orientierung|orientation sexuelle|orientación sexual",
             c.orientation),
            ("disability|behinderung|handicap|discapacidad", c.condition)]
    for key, gen in opts:
        doc[c.k(key)] = c.prefer_not() if c.chance(0.35) else gen()
    if not any(k in c.kinds for k in ("racial_ethnic_origin", "religious_belief",
                                      "sex_life_orientation", "health")):
        doc[c.k(opts[0][0])] = c.ethnicity()
    return doc



@fam("service_charge_table", 3, clean=True)
def service_charge(c: Ctx) -> Any:
    c.decoy("tariff")
    return [{"unit": f"{b}{c.num(1, 30):02d}", "m2": c.num(30, 140),
             "monthly": c.price(40, 320)} for b in c.sample("ABCDEFG", 4)]


@fam("building_sensor_readings", 3, clean=True)
def sensor_readings(c: Ctx) -> Any:
    c.decoy("four_decimal_measurements")
    return {"building": "B-" + c.alnum(4, "ABCDEF0123456789"), "readings": [
        {"sensor": f"th-{i}", "temp_c": round(c.rng.uniform(17, 24), 4),
         "rh": round(c.rng.uniform(0.3, 0.7), 4)} for i in range(3)]}


@fam("guarantor_form", 3)
def guarantor_form(c: Ctx) -> Any:
    key, nid = c.national_id()
    return {c.k("guarantor|bürge|garant|avalista"): {
        c.k(FULL): c.name(), c.k(DOB): c.dob(), c.k(key): nid, c.k(ADDRESS): c.address()},
        c.k("relationship|beziehung|lien|relación"): c.t("parent|Elternteil|parent|padre/madre"),
        c.k(NOTES): c.note(0.8)}


@fam("eviction_history_check", 3, langs="en", style="snake")
def eviction_check(c: Ctx) -> Any:
    c.decoy("eviction_not_criminal")
    return {"subject": c.name(), "searched_address": c.address(),
            "eviction_filings": [{"year": c.num(2012, 2022), "court": "County Civil Court",
                                  "outcome": c.pick(["dismissed", "judgment for landlord"])}],
            "scope": "civil eviction records only"}
