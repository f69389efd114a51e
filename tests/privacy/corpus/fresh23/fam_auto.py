"""Automotive: connected cars, dealership CRM, finance, service, recalls, insurance telematics."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import family

D = "automotive"


@family(3, D)
def f_connected_car_trip(c: Ctx) -> Any:
    return c.d(vin=c.vin(), trip_id=c.uuid(), start=c.d(ts=c.ts(), position=c.coord()),
               end=c.d(ts=c.ts(), position=c.coord()), distance_km=c.f(2, 300, 1),
               driver_profile=c.email(), eco_score=c.n(40, 99))


@family(4, D, clean=True)
def f_vehicle_health_report(c: Ctx) -> Any:
    return c.d(vin=c.vin(), odometer_km=c.n(1000, 200000),
               dtc=[c.pick(["P0420", "P0171", "U0100", "B1318"]) for _ in range(c.n(0, 3))],
               battery_health_pct=c.n(70, 100), tyre_kpa=[c.n(210, 250) for _ in range(4)],
               software=c.fw(), service_due_km=c.n(500, 15000))


@family(6, D)
def f_dealer_crm_lead(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(lead_id=c.ref("LEAD"), name=nm, email=c.email(nm), phone=c.phone(),
              interest=c.pick(["Enyaq", "Model Y", "ID.4", "e-208"]),
              salesperson=c.name(), notes=c.special_any(
                  ("political_opinion", "religious_belief", "health", "sex_life_orientation"))
              + c.maybe_special())
    return doc


@family(4, D)
def f_dealer_finance_application(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(application=c.ref("FIN"), applicant=c.d(name=nm, date_of_birth=c.dob(),
                                                        national_id=c.national_id(),
                                                        address=c.address()),
              employment=c.d(employer=c.company(), gross_income=c.n(22000, 90000),
                             years=c.n(0, 25)),
              vehicle=c.d(vin=c.vin(), price=c.n(12000, 65000)))
    if c.chance(0.5):
        doc[c.k("bank")] = c.account_fields() if c.region in ("us", "uk") else c.d(
            iban=c.iban())
    if c.chance(0.5):
        doc[c.k("ethnicity")] = c.special("racial_ethnic_origin")
    doc[c.k("iban")] = c.iban()
    return doc


@family(4, D, clean=True)
def f_service_history(c: Ctx) -> Any:
    return c.d(vin=c.vin(), plate=c.plate(), visits=[
        c.d(date=c.date(2019, 2024), km=c.n(10000, 150000),
            work=c.pick(["oil service", "brake pads", "recall 24V-118", "HV battery check"]),
            dealer=c.company()) for _ in range(c.n(2, 4))])


@family(5, D)
def f_service_booking(c: Ctx) -> Any:
    nm = c.name()
    return c.d(booking=c.ref("SB"), customer=nm, phone=c.phone(), plate=c.plate(),
               slot=c.ts(2025), courtesy_car=c.pick([True, False]),
               comment=c.clean_text() if c.chance(0.4) else c.special_any())


@family(2, D)
def f_recall_owner_mailing(c: Ctx) -> Any:
    return {"campaign": f"RC-{c.n(20, 25)}V-{c.n(100, 999)}", "owners": [
        c.d(name=c.name(), address=c.address(), vin=c.vin()) for _ in range(c.n(2, 3))]}


@family(4, D, clean=True)
def f_recall_campaign_definition(c: Ctx) -> Any:
    return c.d(campaign=f"RC-{c.n(20, 25)}V-{c.n(100, 999)}",
               component=c.pick(["airbag inflator", "brake booster", "BMS firmware"]),
               vin_range=[c.vin(), c.vin()], remedy=c.clean_text(),
               affected_units=c.n(200, 90000), lot_numbers=[c.lot(), c.lot()])


@family(3, D)
def f_insurance_telematics_score(c: Ctx) -> Any:
    nm = c.name()
    lat, lon = c.coord()
    return c.d(policy=c.ref("POL"), driver=nm, date_of_birth=c.dob(),
               score=c.n(50, 99), harsh_braking=[c.d(ts=c.ts(), lat=lat, lon=lon)],
               night_driving_pct=c.f(0, 40, 1))


@family(4, D, clean=True)
def f_telematics_portfolio_stats(c: Ctx) -> Any:
    return c.d(portfolio=c.pick(["young drivers", "fleet", "EV"]), month=c.date()[:7],
               policies=c.n(1000, 90000), avg_score=c.f(60, 85, 2),
               claims_frequency=c.f(0.02, 0.2, 4), region_centroid=c.coarse(2))


@family(4, D)
def f_car_rental_checkout(c: Ctx) -> Any:
    nm = c.name()
    c.add("passport")
    return c.d(agreement=c.ref("RA"), renter=nm,
               id_document=c.d(type=c.passport_word(), number=c.passport(),
                               issuing_country=c.pick(["GBR", "DEU", "FRA", "ESP"])),
               card=c.card(), vehicle=c.plate(), pickup=c.ts())


@family(4, D, clean=True)
def f_ev_battery_health(c: Ctx) -> Any:
    return c.d(vin=c.vin(), soh_pct=c.f(80, 100, 1), cell_delta_mv=c.n(5, 60),
               pack_temp=c.f(12, 38, 4), fast_charge_sessions=c.n(0, 400),
               health="good", bms=c.fw())


@family(4, D)
def f_ecall_crash_notification(c: Ctx) -> Any:
    lat, lon = c.coord()
    c.add("health")
    return c.d(msd=c.d(vin=c.vin(), ts=c.ts(), lat=lat, lon=lon, occupants=c.n(1, 4)),
               callback=c.phone(), operator_note=c.t(
                   "Driver conscious, complains of neck pain.",
                   "Fahrer ansprechbar, Nackenschmerzen.",
                   "Conducteur conscient, douleurs cervicales.",
                   "Conductor consciente, dolor cervical."))


@family(3, D)
def f_remote_unlock_log(c: Ctx) -> Any:
    em = c.email()
    return {"lines": [f"{c.ts()} remote.unlock vin={c.vin()} user={em} src={c.ip()} ok",
                      f"{c.ts()} remote.horn vin={c.vin()} user={em} src={c.ip()} ok"],
            "auth": c.bearer()}


@family(4, D, clean=True)
def f_car_listing(c: Ctx) -> Any:
    return c.d(listing=c.ref("AD"), model=c.pick(["Golf GTE", "Zoe R135", "Ioniq 5"]),
               year=c.n(2016, 2023), km=c.n(5000, 140000), price=c.n(8000, 42000),
               description=c.t("One careful owner, full service history, HPI clear.",
                               "Scheckheftgepflegt, unfallfrei.", "Première main, carnet à jour.",
                               "Único propietario, libro de mantenimiento."),
               dealer_area=c.coarse(1))


@family(4, D)
def f_finance_collections_note(c: Ctx) -> Any:
    return c.d(agreement=c.ref("HP"), customer=c.name(), arrears=c.f(200, 3000, 2),
               contact_log=[c.d(ts=c.ts(), channel="phone", note=c.special_any(
                   ("health", "criminal_record")) + c.maybe_special())],
               last4=c.masked_card())


@family(3, D, clean=True)
def f_vehicle_history_check(c: Ctx) -> Any:
    return c.d(vin=c.vin(), stolen=False, outstanding_finance=False, write_off=None,
               previous_keepers=c.n(1, 5), mileage_anomaly=False,
               sanctions_screening="clear")


@family(3, D)
def f_test_drive_waiver(c: Ctx) -> Any:
    nm = c.name()
    return c.d(driver=nm, licence_number=c.ref("DL", 6), date_of_birth=c.dob(),
               signature_b64=c.b64(80), address=c.address(), vehicle=c.plate())


@family(4, D)
def f_vehicle_import_registration(c: Ctx) -> Any:
    c.add("passport")
    return c.d(vin=c.vin(), owner=c.name(), owner_address=c.address(),
               identity=c.d(type=c.passport_word(), number=c.passport()),
               previous_registration=c.pick(["CH", "NO", "US"]))


@family(4, D)
def f_registration_transfer(c: Ctx) -> Any:
    return c.d(plate=c.plate(), seller=c.name(), buyer=c.name(),
               buyer_id=c.national_id(), transfer_date=c.date())


@family(4, D)
def f_spare_parts_order(c: Ctx) -> Any:
    nm = c.name()
    return c.d(order=c.ref("SP"), customer=nm, email=c.email(nm),
               parts=[c.d(part_no=f"{c.n(100, 999)}-{c.n(1000, 9999)}", qty=c.n(1, 4))],
               payment=c.d(card=c.card(), exp=f"{c.n(1, 12):02d}/{c.n(26, 30)}"))


@family(4, D)
def f_ev_subscription_billing(c: Ctx) -> Any:
    return {"subscription": c.uuid(), "plan": "charge-unlimited", "customer": c.name(),
            "payment_method": {"type": "card", "number": c.card()},
            "billing_ip": c.ip()}
