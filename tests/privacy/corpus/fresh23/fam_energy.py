"""Utilities and energy: meters, tariffs, priority services, debt, field work, EV, solar."""

from __future__ import annotations

import json
from typing import Any

from .ctx import Ctx
from .registry import family

D = "energy"


def _readings(c: Ctx, n: int = 4) -> list[dict[str, Any]]:
    return [c.d(ts=c.ts(), kwh=c.f(0.05, 2.5, 3), quality=c.pick(["A", "E"])) for _ in range(n)]


@family(3, D)
def f_meter_read_submission(c: Ctx) -> Any:
    doc = {c.meter_point_key(): c.meter_point(), **c.d(
        meter_serial=c.meter_serial(), reading=c.n(1000, 99999), read_date=c.date(),
        submitted_by=c.name(), source=c.enum("customer app", "Kunden-App", "appli client",
                                             "app cliente"))}
    if c.chance(0.5):
        doc[c.k("contact_email")] = c.email()
    if c.chance(0.4):
        doc[c.k("photo_url")] = f"https://cdn.example-utility.net/reads/{c.uuid()}.jpg"
    return doc


@family(4, D, clean=True)
def f_meter_interval_data(c: Ctx) -> Any:
    return {c.meter_point_key(): c.meter_point(), **c.d(
        meter_serial=c.meter_serial(), interval_minutes=30, unit="kWh",
        intervals=_readings(c, c.n(4, 8)), firmware=c.fw(),
        device_health=c.pick(["ok", "degraded"]))}


@family(3, D)
def f_tariff_switch(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(request_id=c.ref("SW"), customer=c.d(name=nm, email=c.email(nm), phone=c.phone()),
              supply_address=c.address_struct(),
              current_tariff=c.pick(["Standard Variable", "Fix 24", "Tempo"]),
              new_tariff=c.pick(["Green Fixed 12M", "Öko Flex", "Heures Creuses", "Tarifa 2.0TD"]),
              effective_date=c.date(2024, 2025))
    doc[c.meter_point_key()] = c.meter_point()
    if c.chance(0.6):
        doc[c.k("direct_debit")] = c.d(iban=c.iban(), mandate_ref=c.ref("MD"))
    if c.chance(0.3):
        doc[c.k("date_of_birth")] = c.dob()
    return doc


@family(6, D)
def f_priority_services_register(c: Ctx) -> Any:
    needs = [c.special("health") + c.maybe_special(0.5)]
    if c.chance(0.3):
        needs.append(c.special("health"))
    doc = c.d(psr_id=c.ref("PSR"), account_holder=c.name(), phone=c.phone(),
              address=c.address(), needs=needs,
              consent_to_share=c.pick([True, True, False]),
              review_due=c.date(2025, 2026))
    if c.chance(0.5):
        doc[c.k("doorstep_password")] = c.password()
    if c.chance(0.4):
        doc[c.k("date_of_birth")] = c.dob()
    return doc


@family(5, D, langs="en")
def f_psr_needs_codes_share(c: Ctx) -> Any:
    codes = c.pick([["14", "Oxygen use"], ["18", "Heart, lung & ventilator"],
                    ["19", "Dialysis, feeding pump and automated medication"],
                    ["22", "Blind"], ["24", "Stair lift, hoist, electric bed"]])
    c.add("health")
    return {"header": {"flow": "PSR-SHARE", "from": c.company(), "ts": c.ts()},
            "records": [{"mpan": c.mpan(), "needs_code": codes[0], "needs_desc": codes[1],
                         "surname": c.last(), "postcode_district": c.pick(["LS6", "BS3", "G41"]),
                         "temporary_until": c.pick([None, c.date(2025, 2026)])}]}


@family(6, D)
def f_debt_case(c: Ctx) -> Any:
    nm = c.name()
    notes = [c.t("Agreed payment plan over 12 months.", "Ratenzahlung über 12 Monate vereinbart.",
                 "Échéancier sur 12 mois accepté.", "Plan de pagos a 12 meses acordado.")]
    if c.chance(0.7):
        notes.append(c.special_any(("health", "criminal_record", "religious_belief")))
    if c.chance(0.5):
        notes.append(c.special_any())
    doc = c.d(case_id=c.ref("DEBT"), debtor=nm, arrears=c.f(80, 2400, 2),
              currency=c.currency(), last_payment_card=c.masked_card(), notes=notes,
              stage=c.pick(["reminder", "final_notice", "plan_active"]))
    if c.chance(0.6):
        doc[c.k("repayment_iban")] = c.iban()
    else:
        doc[c.k("contact_phone")] = c.phone()
    return doc


@family(4, D)
def f_disconnection_visit(c: Ctx) -> Any:
    vuln = c.special("health") if c.chance(0.6) else c.t(
        "Nobody in the household depends on medical equipment.",
        "Im Haushalt ist niemand auf medizinische Geräte angewiesen.",
        "Personne au foyer ne dépend d'un équipement médical.",
        "Nadie en el hogar depende de equipos médicos.")
    c.add("health")
    return c.d(warrant_ref=c.ref("WR"), premises=c.address(), occupier=c.name(),
               vulnerability_check=vuln, officer_id=c.ref("ENG", 4),
               outcome=c.pick(["postponed", "completed", "no_access"]))


@family(6, D)
def f_field_engineer_job_notes(c: Ctx) -> Any:
    notes = [c.clean_text(), c.special_any()]
    c.r.shuffle(notes)
    return c.d(job=c.ref("JOB"), engineer=c.name(), customer_phone=c.phone(),
               meter_serial=c.meter_serial(), site=c.coarse(),
               notes=" ".join(notes) + c.maybe_special(0.4),
               parts_used=[c.lot(), c.lot()])


@family(4, D, clean=True)
def f_job_sheet_clean(c: Ctx) -> Any:
    return c.d(job=c.ref("JOB"), crew=c.pick(["crew-7", "team-north", "equipe-b"]),
               meter_serial=c.meter_serial(), notes=f"{c.clean_text()} {c.clean_text()}",
               parts_used=[c.lot()], depot=c.site(), depot_location=c.coarse())


@family(3, D)
def f_ev_charging_session(c: Ctx) -> Any:
    lat, lon = c.coord()
    doc = c.d(session_id=c.uuid(), evse_id=f"DE*ABC*E{c.n(1000, 9999)}*1",
              rfid_uid=c.hexs(14).upper(), start=c.ts(), kwh=c.f(3, 60, 2),
              location=c.d(lat=lat, lon=lon), user_email=c.email(),
              payment=c.masked_card())
    return doc


@family(4, D)
def f_ev_adhoc_payment(c: Ctx) -> Any:
    return {"transaction": c.uuid(), "charger": f"CP-{c.n(100, 999)}",
            "card": {"number": c.card(), "exp": f"{c.n(1, 12):02d}/{c.n(26, 30)}",
                     "holder": c.name()},
            "amount": c.f(5, 45, 2), "currency": c.currency(), "receipt_to": c.email()}


@family(4, D, clean=True)
def f_ocpp_status(c: Ctx) -> Any:
    return [2, c.uuid(), "StatusNotification", {
        "connectorId": c.n(1, 2), "errorCode": c.pick(["NoError", "GroundFailure"]),
        "status": c.pick(["Available", "Charging", "Faulted"]), "timestamp": c.ts(),
        "info": c.pick(["health=ok", "battery health 93%", "meter drift 0.0042"]),
        "vendorId": c.company()}]


@family(3, D)
def f_solar_site_survey(c: Ctx) -> Any:
    nm = c.name()
    return c.d(survey_id=c.ref("SV"), homeowner=nm, phone=c.phone(),
               roof=c.d(pitch_deg=c.n(15, 45), azimuth_deg=c.n(90, 270),
                        area_m2=c.f(12, 60)),
               gps=c.coord_str(), shading_notes=c.clean_text(),
               photos=[f"roof_{i}.jpg" for i in range(c.n(2, 4))],
               installer=c.company())


@family(4, D, clean=True)
def f_inverter_telemetry(c: Ctx) -> Any:
    return c.d(device=c.eui(), firmware=c.fw(),
               ac_voltage=c.f(228, 242, 4), dc_current=c.f(2, 11, 4),
               power_factor=c.f(0.9, 1, 4), yield_kwh=c.f(0, 45, 2),
               site=c.coarse(), battery_health=c.n(80, 100))


@family(4, D)
def f_energy_chat(c: Ctx) -> Any:
    nm = c.first()
    iban = c.iban()
    msgs = [{"from": "bot", "text": c.t("How can I help today?", "Wie kann ich helfen?",
                                        "Comment puis-je vous aider ?", "¿En qué puedo ayudarle?")},
            {"from": "customer", "text": c.t(
                f"Hi, it's {nm}. Please change my debit account to {iban}.",
                f"Hallo, hier {nm}. Bitte buchen Sie künftig von {c.iban()} ab.",
                f"Bonjour, c'est {nm}. Merci de prélever désormais sur {iban}.",
                f"Hola, soy {nm}. Cambien la domiciliación a {iban}, por favor.")},
            {"from": "customer", "text": c.special_any() + c.maybe_special()}]
    return {"conversation_id": c.uuid(), "channel": "webchat", "messages": msgs}


@family(4, D)
def f_meter_tamper_case(c: Ctx) -> Any:
    return c.d(case=c.ref("RP"), premises=c.address(), suspect=c.name(),
               finding=c.t("Bypass cable found at the cut-out.", "Überbrückung am Hausanschluss.",
                           "Pontage constaté au disjoncteur.", "Puente detectado en la acometida."),
               criminal_history=c.special("criminal_record") + c.maybe_special(0.5),
               referred_to_police=True,
               meter_serial=c.meter_serial())


@family(5, D, langs="en")
def f_warm_home_discount(c: Ctx) -> Any:
    c.region = "uk"
    doc = c.d(application=c.ref("WHD"), applicant=c.name(), date_of_birth=c.dob(),
              national_insurance=c.national_id(), address=c.address(),
              disability=c.special("health") + c.maybe_special(0.6),
              benefits=[c.pick(["PIP", "ESA", "Pension Credit"])])
    return doc


@family(4, D, langs="en")
def f_seg_export_payment(c: Ctx) -> Any:
    c.region = "uk"
    return c.d(generator=c.name(), export_mpan=c.mpan(), kwh_exported=c.f(50, 900, 1),
               rate_p=c.f(3, 15, 2), payee_iban=c.iban(), period=c.date())


@family(2, D)
def f_heat_pump_grant(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(grant_ref=c.ref("BUS"), owner=nm, email=c.email(nm), property=c.address_struct(),
              epc_rating=c.pick("CDEF"), heat_loss_kw=c.f(4, 14, 1),
              installer_mcs=f"MCS-{c.n(10000, 99999)}")
    if c.chance(0.5):
        doc[c.k("tax_id")] = c.national_id()
    return doc


@family(2, D)
def f_water_leak_alert(c: Ctx) -> Any:
    return c.d(alert=c.uuid(), sensor=c.eui(), flow_lpm=c.f(2, 30, 2),
               property=c.address(), notify=[c.phone(), c.email()],
               status=c.pick(["open", "acknowledged"]))


@family(4, D, clean=True)
def f_tariff_table(c: Ctx) -> Any:
    return {"tariff": c.pick(["Green Fixed 12M", "Öko Flex", "Heures Creuses", "Tarifa 2.0TD"]),
            "currency": c.currency(), "valid_from": c.date(),
            "bands": [{"from": f"{h:02d}:00", "to": f"{(h + 6) % 24:02d}:00",
                       "p_per_kwh": c.f(0.08, 0.45, 4)} for h in (0, 6, 12, 18)],
            "standing_charge": c.f(0.2, 0.6, 4)}


@family(4, D, clean=True)
def f_outage_webhook(c: Ctx) -> Any:
    return c.d(event="outage.updated", incident=c.ref("INC"), feeder=f"F{c.n(10, 99)}",
               customers_affected=c.n(20, 4000), area=c.coarse(2), eta=c.ts(),
               message=c.clean_text())


@family(4, D, clean=True)
def f_scada_alarm(c: Ctx) -> Any:
    return {"tag": f"SUB{c.n(10, 99)}.TX{c.n(1, 4)}.OIL_TEMP", "value": c.f(40, 95, 4),
            "unit": "degC", "severity": c.pick(["minor", "major"]), "ts": c.ts(),
            "substation": c.site(), "coords": c.coarse(3)}


@family(3, D)
def f_customer_portal_login_log(c: Ctx) -> Any:
    em = c.email()
    lines = [f"{c.ts()} INFO auth.login user={em} ip={c.ip()} result=ok",
             f"{c.ts()} WARN auth.mfa challenge sent user={em}"]
    return {"service": "portal-auth", "lines": lines}


@family(4, D, clean=True)
def f_meter_ota_campaign(c: Ctx) -> Any:
    return c.d(campaign=c.ref("OTA"), target_firmware=c.fw(), devices=[c.eui() for _ in range(3)],
               package_sha256=c.sha(), package_b64_head=c.b64(48),
               rollout=c.d(stage=c.pick([1, 2, 3]), percent=c.pick([5, 20, 40])),
               notes=c.clean_text())


@family(4, D)
def f_meter_install_appointment(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(appointment=c.ref("APT"), slot=c.ts(2025), customer=nm, phone=c.phone(),
              address=c.address(), access_notes=c.clean_text())
    if c.chance(0.5):
        doc[c.k("special_requirements")] = c.special_any(("health", "religious_belief"))
        doc[c.k("special_requirements")] += c.maybe_special(0.5)
    doc[c.meter_point_key()] = c.meter_point()
    return doc


@family(3, D, clean=True)
def f_signup_form_schema(c: Ctx) -> Any:
    fields = ["full_name", "email", "phone", "date_of_birth", "iban", "meter_point"]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": c.t(
        "Switch form", "Wechselformular", "Formulaire de souscription", "Formulario de alta"),
        "type": "object", "required": fields[:3],
        "properties": {c.k(f): {"type": "string", "maxLength": 64} for f in fields}}


@family(2, D)
def f_smart_meter_install_photo_meta(c: Ctx) -> Any:
    lat, lon = c.coord()
    return {"file": f"IMG_{c.n(1000, 9999)}.jpg",
            "exif": {"GPSLatitude": lat, "GPSLongitude": lon, "Model": "TC52"},
            "uploaded_by": c.name(), "job": c.ref("JOB"),
            "embedded": json.dumps({"meter": c.meter_serial(), "ok": True})}


@family(4, D)
def f_energy_account_opening(c: Ctx) -> Any:
    nm = c.name()
    return c.d(account=c.ref("ACC"), holder=nm, identity_number=c.national_id(),
               date_of_birth=c.dob(), supply_address=c.address(), email=c.email(nm))


@family(4, D)
def f_callcentre_voice_auth(c: Ctx) -> Any:
    return c.d(call=c.uuid(), customer=c.name(), voiceprint=c.voiceprint(),
               verified=c.pick([True, False]), ani=c.phone())


@family(4, D)
def f_parking_charge_payment(c: Ctx) -> Any:
    return c.d(charger_bay=f"BAY-{c.n(1, 40)}", plate=c.plate(), card=c.card(),
               amount=c.f(2, 20, 2), receipt_email=c.email())
