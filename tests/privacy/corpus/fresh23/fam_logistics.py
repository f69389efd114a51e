"""Logistics and shipping: tracking, proof of delivery, customs, warehouse, fleet, drivers."""

from __future__ import annotations

import json
from typing import Any

from .ctx import Ctx
from .registry import family

D = "logistics"


@family(4, D, clean=True)
def f_tracking_events(c: Ctx) -> Any:
    return c.d(tracking_number=c.tracking(), carrier=c.pick(["DHL", "UPS", "Colissimo", "SEUR"]),
               events=[c.d(ts=c.ts(), status=c.pick(["in_transit", "out_for_delivery",
                                                     "delivered"]), hub=c.site())
                       for _ in range(c.n(2, 4))], weight_kg=c.f(0.2, 30, 2))


@family(3, D)
def f_delivery_note(c: Ctx) -> Any:
    nm = c.name()
    note = c.clean_text()
    if c.chance(0.5):
        p = c.phone()
        note += " " + c.t(f"Call {p} if no answer.", f"Bei Abwesenheit {p} anrufen.",
                          f"Appeler le {p} si absent.", f"Llamar al {p} si no hay nadie.")
    return c.d(tracking_number=c.tracking(), recipient=nm, address=c.address(),
               instructions=note, parcels=c.n(1, 3))


@family(3, D)
def f_proof_of_delivery(c: Ctx) -> Any:
    lat, lon = c.coord()
    return c.d(tracking_number=c.tracking(), delivered_at=c.ts(), signed_by=c.last(),
               signature_png_b64=c.b64(96), photo=f"pod/{c.uuid()}.jpg",
               gps=c.d(lat=lat, lng=lon, accuracy_m=c.n(3, 25)), driver=c.ref("DRV", 4))


@family(4, D, clean=True)
def f_pod_summary_clean(c: Ctx) -> Any:
    return c.d(tracking_number=c.tracking(), delivered_at=c.ts(), signature_captured=True,
               safe_place=c.pick(["porch", "reception", "neighbour"]), depot=c.site(),
               depot_location=c.coarse(), photo_count=c.n(0, 2))


@family(3, D)
def f_customs_declaration(c: Ctx) -> Any:
    items = [c.d(description=c.pick(["Lithium-ion cells", "Cotton T-shirts", "Motor parts",
                                     "Smart meters"]), hs_code=c.hs(), qty=c.n(1, 500),
                 value=c.f(10, 9000, 2), origin=c.pick(["CN", "DE", "FR", "ES", "GB"]))
             for _ in range(c.n(1, 3))]
    doc = c.d(declaration=c.ref("CDS"), eori=f"GB{c.n(100000, 999999)}000",
              consignee=c.d(name=c.name(), address=c.address(), phone=c.phone()),
              items=items, incoterm=c.pick(["DAP", "DDP", "EXW"]))
    if c.chance(0.4):
        doc[c.k("consignee_tax_id")] = c.national_id()
    return doc


@family(4, D, clean=True)
def f_hs_tariff_lookup(c: Ctx) -> Any:
    return {"query": c.hs(), "results": [
        {"code": c.hs(), "desc": c.pick(["Static converters", "Parts of meters",
                                         "Biometric readers, fingerprint type"]),
         "duty_rate": c.f(0, 12, 1), "union": "EU"} for _ in range(2)]}


@family(4, D, clean=True)
def f_warehouse_scanner_events(c: Ctx) -> Any:
    return [c.d(scanner=f"TC{c.n(20, 78)}-{c.n(100, 999)}", user=c.ref("OP", 4), ts=c.ts(),
                barcode=c.lot(), location=f"A{c.n(1, 40)}-{c.n(1, 9)}",
                action=c.pick(["pick", "putaway", "count"])) for _ in range(c.n(2, 4))]


@family(5, D)
def f_warehouse_worker_profile(c: Ctx) -> Any:
    doc = c.d(employee_no=c.ref("E", 5), name=c.name(), shift=c.pick(["early", "late", "night"]),
              forklift_licence=c.pick([True, False]),
              notes=c.special_any(("health", "religious_belief", "trade_union"))
              + c.maybe_special(0.4))
    if c.chance(0.4):
        doc[c.k("badge_photo")] = f"badges/{c.uuid()}.jpg"
    return doc


@family(4, D, clean=True)
def f_fleet_telematics(c: Ctx) -> Any:
    return c.d(vehicle=c.plate(), vin=c.vin(), ts=c.ts(), speed_kmh=c.n(0, 110),
               fuel_pct=c.n(5, 100), engine_health=c.pick(["ok", "check"]),
               position=c.coarse(3), odometer_km=c.n(10000, 400000))


@family(3, D)
def f_fleet_gps_ping(c: Ctx) -> Any:
    lat, lon = c.coord()
    return c.d(vehicle=c.plate(), driver=c.name(), ts=c.ts(), lat=lat, lon=lon,
               heading=c.n(0, 359), ignition=True)


@family(5, D)
def f_driver_licence_check(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(driver=nm, date_of_birth=c.dob(), licence_number=c.ref("DL", 6),
              categories=["B", "C", "CE"], check_date=c.date(),
              endorsements=c.special("criminal_record") if c.chance(0.6) else [],
              licence_holder_id=c.national_id())
    if "criminal_record" not in c.kinds and c.chance(0.5):
        doc[c.k("medical")] = c.special("health")
    return doc


@family(2, D)
def f_tachograph_download(c: Ctx) -> Any:
    return c.d(card_holder=c.name(), card_number=f"DB{c.n(100000, 999999)}ABC{c.n(10, 99)}",
               vehicle=c.plate(), driving_min=c.n(120, 540), rest_min=c.n(600, 900),
               downloaded_at=c.ts(), week=c.n(1, 52))


@family(3, D)
def f_freight_broker_carrier_onboarding(c: Ctx) -> Any:
    doc = c.d(carrier=c.company(), contact=c.name(), email=c.email(), phone=c.phone(),
              bank=c.account_fields() if c.region in ("us", "uk") else c.d(iban=c.iban()),
              insurance_cert=f"COI-{c.n(1000, 9999)}.pdf")
    return doc


@family(4, D, clean=True)
def f_freight_load_board(c: Ctx) -> Any:
    return c.d(load=c.ref("LD"), origin=c.site(), destination=c.site(),
               pickup=c.date(), weight_t=c.f(1, 24, 1), rate=c.f(300, 3000, 2),
               equipment=c.pick(["curtainsider", "reefer", "flatbed"]),
               hazmat=c.pick([False, "UN3480"]))


@family(5, D)
def f_driver_chat(c: Ctx) -> Any:
    msgs = [{"from": "dispatch", "text": c.t("Where are you now?", "Wo bist du gerade?",
                                             "Tu es où ?", "¿Dónde estás?")},
            {"from": "driver", "text": c.coord_str() if c.chance(0.5) else c.clean_text()},
            {"from": "driver", "text": c.special_any() + c.maybe_special()}]
    return {"thread": c.uuid(), "driver": c.name(), "messages": msgs}


@family(2, D)
def f_returns_label_request(c: Ctx) -> Any:
    nm = c.name()
    return c.d(rma=c.ref("RMA"), customer=nm, pickup_address=c.address_struct(),
               email=c.email(nm), reason=c.pick(["damaged", "wrong_item"]),
               label_url=f"https://labels.example-parcel.com/{c.uuid()}.pdf")


@family(5, D)
def f_cash_on_delivery(c: Ctx) -> Any:
    return c.d(tracking_number=c.tracking(), recipient=c.name(), amount=c.f(10, 400, 2),
               paid_by=c.pick(["card", "cash"]), card_number=c.card(),
               terminal=f"POS-{c.n(100, 999)}")


@family(4, D, clean=True)
def f_route_optimizer_config(c: Ctx) -> Any:
    return {"solver": "genetic algorithm", "population": c.n(50, 400),
            "mutation_rate": c.f(0.01, 0.1, 4), "depots": [c.coarse(2) for _ in range(2)],
            "constraints": {"max_stops": c.n(60, 140), "break_minutes": 45},
            "notes": c.clean_text()}


@family(3, D)
def f_webhook_shipment_created(c: Ctx) -> Any:
    nm = c.name()
    payload = {"recipient": {"name": nm, "email": c.email(nm), "phone": c.phone()},
               "tracking": c.tracking()}
    return {"event": "shipment.created", "signature": "sha256=" + c.sha(),
            "payload": json.dumps(payload, ensure_ascii=False)}


@family(2, D)
def f_address_validation_error(c: Ctx) -> Any:
    return {"error": "ADDRESS_UNVERIFIED", "input": c.address(),
            "suggestions": [c.address()], "request_ip": c.ip()}


@family(4, D, clean=True)
def f_iban_validation_error(c: Ctx) -> Any:
    return {"status": 422, "errors": [{"field": "iban", "value": c.bad_iban(),
                                       "code": "checksum_mismatch"},
                                      {"field": "card", "value": c.masked_card(),
                                       "code": "expired"}], "trace": c.uuid()}


@family(4, D)
def f_cross_border_driver_docs(c: Ctx) -> Any:
    c.add("passport")
    return c.d(driver=c.name(), nationality=c.pick(["PL", "RO", "PT", "UA", "GB"]),
               documents=[{"type": "passport", "number": c.passport(),
                           "expiry": c.date(2026, 2032)},
                          {"type": "driving_licence", "number": c.ref("DL", 6)}],
               trip=c.ref("TRP"))


@family(4, D)
def f_warehouse_injury_report(c: Ctx) -> Any:
    c.add("health")
    return c.d(incident=c.ref("HS"), site=c.site(), injured_person=c.name(),
               injury=c.t("Crush injury to left hand, taken to A&E.",
                          "Quetschung der linken Hand, Notaufnahme.",
                          "Écrasement de la main gauche, transporté aux urgences.",
                          "Aplastamiento de la mano izquierda, trasladado a urgencias."),
               riddor=c.pick([True, False]), equipment=c.pick(["pallet truck", "conveyor"]))


@family(3, D)
def f_parcel_locker_pickup(c: Ctx) -> Any:
    return c.d(locker=f"LK-{c.n(100, 999)}", pin_sent_to=c.phone(), collected_at=c.ts(),
               tracking_number=c.tracking(), landmark=c.clean_text())


@family(5, D)
def f_crew_manifest(c: Ctx) -> Any:
    return {"vessel": c.pick(["MV Nordic Tern", "MV Atlantic Crane"]), "voyage": c.ref("VY"),
            "crew": [c.d(name=c.name(), rank=c.pick(["Master", "AB", "Cook"]),
                         date_of_birth=c.dob(), passport_no=c.passport())
                     for _ in range(c.n(2, 3))]}


@family(4, D)
def f_customs_traveller_declaration(c: Ctx) -> Any:
    c.add("passport")
    return c.d(traveller=c.name(), document=c.d(type=c.passport_word(), number=c.passport()),
               goods=[c.d(desc=c.pick(["tools", "samples"]), value=c.f(20, 800, 2),
                          hs_code=c.hs())], border_post=c.site())


@family(5, D)
def f_fuel_card_issue(c: Ctx) -> Any:
    return c.d(fleet=c.company(), driver=c.name(), vehicle=c.plate(), card_number=c.card(),
               limit=c.n(200, 1500), pin_mailer=c.pick([True, False]))


@family(4, D)
def f_driver_fatigue_camera(c: Ctx) -> Any:
    return c.d(vehicle=c.plate(), ts=c.ts(), event="eyes_off_road", driver_face=c.embedding(24),
               driver=c.name(), perclos=c.f(0.1, 0.6, 4))
