"""Manufacturing, construction and agriculture: ERP/MES, rosters, sites, H&S, unions, farms."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import family

D = "industry"
PNS = {"en": "Prefer not to say", "de": "Keine Angabe", "fr": "Ne souhaite pas répondre",
       "es": "Prefiero no decirlo"}


@family(3, D, clean=True)
def f_erp_purchase_order(c: Ctx) -> Any:
    return c.d(po=c.ref("PO"), supplier=c.company(), currency=c.currency(),
               lines=[c.d(sku=f"SKU-{c.n(1000, 9999)}", qty=c.n(1, 500), price=c.f(1, 900, 2),
                          lot=c.lot()) for _ in range(c.n(1, 3))],
               incoterm="FCA", delivery_site=c.site())


@family(4, D, clean=True)
def f_mes_machine_event(c: Ctx) -> Any:
    return c.d(line=f"L{c.n(1, 9)}", station=f"ST{c.n(10, 90)}", ts=c.ts(),
               state=c.pick(["RUN", "IDLE", "FAULT"]), cycle_time_s=c.f(20, 90, 4),
               spindle_temp=c.f(30, 70, 4), batch=c.lot(), operator=c.ref("OP", 4),
               message=c.pick(["race condition in PLC handshake", "tool wear 82%", "ok"]))


@family(6, D)
def f_shift_roster(c: Ctx) -> Any:
    rows = [c.d(employee=c.name(), shift=c.pick(["F", "S", "N"]), line=f"L{c.n(1, 9)}")
            for _ in range(c.n(2, 4))]
    rows[0][c.k("remark")] = c.special_any(("religious_belief", "health", "trade_union"))
    return c.d(week=c.n(1, 52), site=c.site(), roster=rows)


@family(5, D, langs="de")
def f_lohnexport_de(c: Ctx) -> Any:
    c.add("religious_belief")
    doc = {"personalnummer": c.ref("P", 5), "name": c.name(), "steuer_id": c.national_id(),
           "steuerklasse": c.n(1, 5), "kirchensteuermerkmal": c.pick(["rk", "ev", "ak"]),
           "iban": c.iban(), "brutto": c.f(2400, 6800, 2)}
    if c.chance(0.5):
        c.add("trade_union")
        doc["abzuege"] = [{"art": "Gewerkschaftsbeitrag IG Metall", "betrag": c.f(20, 60, 2)}]
    return doc


@family(5, D)
def f_site_induction(c: Ctx) -> Any:
    nm = c.name()
    return c.d(site=c.site(), worker=nm, date_of_birth=c.dob(),
               trade=c.pick(["scaffolder", "electrician", "groundworker"]),
               competence_card=f"CSCS-{c.n(100000, 999999)}",
               emergency_contact=c.d(name=c.name(), phone=c.phone()),
               medical_declaration=c.special("health") + c.maybe_special(0.6),
               inducted_by=c.ref("SM", 3))


@family(4, D, clean=True)
def f_site_access_log(c: Ctx) -> Any:
    return [c.d(badge=f"B{c.n(10000, 99999)}", gate=c.pick(["north", "south"]), ts=c.ts(),
                result=c.pick(["granted", "denied"]), reader=c.mac()) for _ in range(c.n(2, 5))]


@family(5, D)
def f_hs_incident_report(c: Ctx) -> Any:
    c.add("health")
    return c.d(incident=c.ref("HS"), site=c.site(), ts=c.ts(), injured=c.name(),
               injury=c.t("Laceration to forearm, 4 stitches.", "Schnittwunde am Unterarm, genäht.",
                          "Coupure à l'avant-bras, 4 points.", "Corte en el antebrazo, 4 puntos."),
               witnesses=[c.name()], lost_time_days=c.n(0, 10),
               witness_statement=c.clean_text() + c.maybe_special(0.6),
               root_cause=c.pick(["guard removed", "wet floor", "fatigue"]))


@family(6, D)
def f_occupational_health_referral(c: Ctx) -> Any:
    reason = c.special(c.least(("genetic", "health")))
    return c.d(referral=c.ref("OH"), employee=c.name(), manager=c.name(), reason=reason,
               questions=[c.t("Is the employee fit for night work?",
                              "Ist Nachtarbeit möglich?", "Apte au travail de nuit ?",
                              "¿Apto para turno de noche?")],
               consent=True)


@family(3, D, clean=True)
def f_works_council_minutes(c: Ctx) -> Any:
    return c.d(body=c.t("Works council", "Betriebsrat", "CSE", "Comité de empresa"),
               meeting=c.date(), decisions=[
                   c.t("Approved the new overtime framework.",
                       "Neue Mehrarbeitsregelung zugestimmt.",
                       "Accord sur le cadre des heures supplémentaires.",
                       "Aprobado el marco de horas extra."),
                   c.t("Canteen survey to run in May.", "Kantinenumfrage im Mai.",
                       "Enquête cantine en mai.", "Encuesta del comedor en mayo.")],
               attendance=c.n(7, 15), quorum=True)


@family(5, D)
def f_union_rep_register(c: Ctx) -> Any:
    c.add("trade_union")
    union = {"en": ["Unite", "GMB", "Unison"], "de": ["IG Metall", "ver.di", "IG BAU"],
             "fr": ["CGT", "CFDT", "FO"], "es": ["CCOO", "UGT", "ELA"]}[c.lang]
    return c.d(site=c.site(), representatives=[
        c.d(name=c.name(), union=c.pick(union), role=c.pick(["steward", "convenor", "H&S rep"]),
            mobile=c.phone()) for _ in range(c.n(1, 3))])


@family(5, D)
def f_payroll_deductions(c: Ctx) -> Any:
    rows = [c.d(employee=c.name(), code=c.pick(["PEN", "CYC"]), amount=c.f(5, 200, 2))]
    c.add("trade_union")
    rows.append(c.d(employee=c.name(), code="UNION", desc=c.pick(["Unite dues", "GMB subs",
                                                                  "Cotisation CGT",
                                                                  "Cuota CCOO"]),
                    amount=c.f(10, 25, 2)))
    return c.d(period=c.date()[:7], deductions=rows)


@family(5, D)
def f_contractor_vetting(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(contractor=nm, company=c.company(), date_of_birth=c.dob(),
              checks=c.d(criminal=c.special("criminal_record"), right_to_work="verified",
                         sanctions="clear"), notes=c.special_any())
    if c.chance(0.7):
        doc[c.k("national_id")] = c.national_id()
    if c.chance(0.4):
        c.add("passport")
        doc[c.k("passport_number")] = c.passport()
    return doc


@family(3, D)
def f_farm_subsidy_claim(c: Ctx) -> Any:
    return c.d(claim=c.ref("BPS"), farmer=c.name(), holding_number=f"{c.n(10, 99)}/"
               f"{c.n(100, 999)}/{c.n(1000, 9999)}", iban=c.iban(),
               parcels=[c.d(parcel_id=f"SK{c.n(1000, 9999)} {c.n(1000, 9999)}",
                            crop=c.pick(["winter wheat", "oilseed rape", "maize"]),
                            ha=c.f(1, 40, 2), centroid=c.coord()) for _ in range(c.n(1, 2))])


@family(3, D, clean=True)
def f_farm_parcel_registry(c: Ctx) -> Any:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"crop_code": c.pick(["AC01", "AC66", "PG01"]),
                                           "area_ha": c.f(1, 30, 2)},
         "geometry": {"type": "Point", "coordinates": c.coarse(3)[::-1]}} for _ in range(2)]}


@family(6, D)
def f_equal_opportunities_form(c: Ctx) -> Any:
    pns = PNS[c.lang]
    kinds = [c.least(("racial_ethnic_origin", "sex_life_orientation", "religious_belief",
                      "health"))]
    doc = c.d(candidate_ref=c.ref("CAND"), ethnicity=pns, sexual_orientation=pns,
              religion=pns, disability=pns)
    key = {"racial_ethnic_origin": "ethnicity", "sex_life_orientation": "sexual_orientation",
           "religious_belief": "religion", "health": "disability"}[kinds[0]]
    c.add(kinds[0])
    doc[c.k(key)] = {
        "ethnicity": c.t("Black British", "Türkisch-kurdisch", "Maghrébine", "Gitana"),
        "sexual_orientation": c.t("Gay man", "Bisexuell", "Lesbienne", "Bisexual"),
        "religion": c.t("Sikh", "Muslimisch", "Catholique", "Evangélica"),
        "disability": c.t("Yes - dyslexia", "Ja - Schwerbehinderung (GdB 50)",
                          "Oui - RQTH", "Sí - discapacidad auditiva")}[key]
    return doc


@family(4, D, clean=True)
def f_eo_form_definition(c: Ctx) -> Any:
    return {"form": "equal_opportunities_v3", "fields": [
        {"name": f, "type": "select", "options_ref": f"lists/{f}"}
        for f in ("ethnicity", "religion", "sexual_orientation", "disability", "date_of_birth")],
        "retention_days": 365}


@family(5, D)
def f_grievance_case(c: Ctx) -> Any:
    return c.d(case=c.ref("GRV"), complainant=c.name(), respondent=c.name(),
               summary=c.special_any(("sex_life_orientation", "racial_ethnic_origin",
                                      "religious_belief", "trade_union"))
               + c.maybe_special(),
               status=c.pick(["investigating", "closed"]))


@family(3, D, clean=True)
def f_mes_nonconformance(c: Ctx) -> Any:
    return c.d(ncr=c.ref("NCR"), part=f"PN-{c.n(10000, 99999)}", batch=c.lot(),
               defect=c.pick(["porosity", "burr", "dimension out of tolerance"]),
               measured=c.f(9.9, 10.1, 4), nominal=10.0, disposition="rework")


@family(2, D)
def f_construction_daily_diary(c: Ctx) -> Any:
    return c.d(site=c.site(), date=c.date(), foreman=c.name(), weather=c.pick(["rain", "dry"]),
               workforce=c.n(4, 40), diary=c.clean_text(),
               deliveries=[c.d(supplier=c.company(), ticket=c.ref("DN"))])


@family(3, D, clean=True)
def f_crane_inspection(c: Ctx) -> Any:
    return c.d(asset=f"CR-{c.n(10, 99)}", inspection=c.date(), swl_t=c.n(5, 60),
               result=c.pick(["pass", "pass_with_advisory"]), next_due=c.date(2025, 2026),
               inspector_company=c.company(), wind_limit_ms=c.f(9, 20, 1))


@family(4, D)
def f_benefits_enrolment(c: Ctx) -> Any:
    return c.d(employee=c.name(), date_of_birth=c.dob(),
               health_plan=c.d(plan="Silver", monthly_premium=c.f(40, 180, 2)),
               dependants=[c.d(name=c.name(), relation="child")], salary_iban=c.iban(),
               tax_id=c.national_id(), notes=c.special_any())


@family(5, D)
def f_sick_leave_notification(c: Ctx) -> Any:
    return c.d(employee=c.name(), first_day=c.date(), expected_return=c.date(),
               reason=c.special("health") + c.maybe_special(0.5),
               certificate=c.pick([True, False]))


@family(4, D)
def f_right_to_work_check(c: Ctx) -> Any:
    c.add("passport")
    return c.d(worker=c.name(), date_of_birth=c.dob(), passport_number=c.passport(),
               nationality=c.pick(["IT", "PL", "IN", "NG"]), checked_on=c.date(),
               notes=c.special_any())


@family(4, D)
def f_shift_swap_chat(c: Ctx) -> Any:
    a, b = c.first(), c.first()
    return {"channel": "#shift-swaps", "messages": [
        {"user": a, "text": c.t("Can anyone cover my late on Friday?",
                                "Kann jemand meine Spätschicht am Freitag übernehmen?",
                                "Quelqu'un peut me remplacer vendredi soir ?",
                                "¿Alguien me cubre el turno de tarde del viernes?")},
        {"user": b, "text": c.special_any() + c.maybe_special()}]}


@family(3, D, clean=True)
def f_ppe_issue_log(c: Ctx) -> Any:
    return [c.d(badge=f"B{c.n(10000, 99999)}", item=c.pick(["hi-vis", "gloves", "hard hat"]),
                size=c.pick(["M", "L", "XL"]), ts=c.ts()) for _ in range(3)]


@family(4, D, clean=True)
def f_safety_statistics(c: Ctx) -> Any:
    return c.d(period=c.date()[:7], sites=c.n(3, 20), ltifr=c.f(0.1, 2.5, 4),
               near_misses=c.n(3, 80), first_aid_cases=c.n(0, 12),
               note=c.clean_text())


@family(4, D)
def f_works_council_election_list(c: Ctx) -> Any:
    c.add("trade_union")
    lst = c.t("Unite slate", "Liste IG Metall", "Liste CGT", "Candidatura CCOO")
    return c.d(election=c.date(), list=lst, candidates=[c.name() for _ in range(c.n(2, 4))])


@family(4, D)
def f_public_duties_leave(c: Ctx) -> Any:
    c.add("political_opinion")
    return c.d(employee=c.name(), leave_days=c.n(1, 10), type="public_duties",
               justification=c.t("Councillor for the Green Party, attending full council.",
                                 "Stadtrat der SPD, Teilnahme an der Ratssitzung.",
                                 "Conseiller municipal Les Républicains, séance du conseil.",
                                 "Concejal del PSOE, asiste al pleno municipal."))


@family(4, D)
def f_seasonal_worker_housing(c: Ctx) -> Any:
    occupants = []
    for _ in range(2):
        occ = c.d(name=c.name(), phone=c.phone(), arrival=c.date())
        if c.chance(0.6):
            occ[c.k("passport_no")] = c.passport()
        occupants.append(occ)
    return c.d(farm=c.company(), accommodation=c.address(), occupants=occupants,
               welfare_notes=c.special_any())


@family(5, D)
def f_employee_assistance_case(c: Ctx) -> Any:
    return c.d(case=c.ref("EAP"), employee=c.name(), counsellor=c.name(),
               presenting_issue=c.special("sex_life_orientation") + " " + c.special("health")
               + c.maybe_special(0.6),
               sessions=c.n(1, 6))


@family(4, D)
def f_next_of_kin_update(c: Ctx) -> Any:
    return c.d(employee=c.ref("E", 5), name=c.name(), next_of_kin=c.d(
        name=c.name(), phone=c.phone()), comment=c.special("sex_life_orientation"))


@family(5, D)
def f_wellness_dna_sync(c: Ctx) -> Any:
    return c.d(participant=c.name(), provider="HelixWell", results=[c.special("genetic")],
               steps_avg=c.n(3000, 12000), consent_scope=["research", "coaching"])


@family(5, D)
def f_employee_onboarding(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(employee=nm, date_of_birth=c.dob(), national_id=c.national_id(),
              home_address=c.address(), start_date=c.date(2025, 2025),
              role=c.pick(["machine operator", "welder", "QA technician"]),
              hr_notes=c.special_any())
    if c.region in ("us", "uk"):
        doc[c.k("payroll")] = c.account_fields()
    else:
        doc[c.k("iban")] = c.iban()
    return doc


@family(4, D)
def f_time_clock_enrolment(c: Ctx) -> Any:
    return c.d(terminal=f"TC-{c.n(10, 99)}", employee=c.name(),
               template=c.fingerprint_template(), enrolled=c.ts())


@family(4, D)
def f_strike_ballot_roster(c: Ctx) -> Any:
    c.add("trade_union")
    return c.d(ballot=c.ref("BAL"), union=c.t("Unite", "IG Metall", "CGT", "CCOO"),
               eligible_members=[c.d(name=c.name(), workplace=c.site()) for _ in range(2)])


@family(4, D)
def f_prayer_room_booking(c: Ctx) -> Any:
    c.add("religious_belief")
    return c.d(room=c.t("Prayer room", "Gebetsraum", "Salle de prière", "Sala de oración"),
               booked_by=c.name(), slot=c.pick(["12:30", "13:15"]),
               purpose=c.t("Friday prayers (Jumu'ah)", "Freitagsgebet", "Prière du vendredi",
                           "Oración del viernes"), recurring=True)


@family(4, D)
def f_apprentice_diversity_monitoring(c: Ctx) -> Any:
    return c.d(apprentice=c.ref("APP", 4), name=c.name(),
               ethnic_origin=c.special("racial_ethnic_origin"),
               mentor_notes=c.special_any(),
               first_generation_student=c.pick([True, False]))


@family(4, D)
def f_payroll_giving(c: Ctx) -> Any:
    kind = c.least(("political_opinion", "religious_belief"))
    c.add(kind)
    if kind == "political_opinion":
        text = c.t("Payroll donation to the Labour Party", "Spende an die CDU",
                   "Don au Parti socialiste", "Donativo al PSOE")
    else:
        text = c.t("Monthly zakat via payroll giving", "Kirchgeld (ev.)",
                   "Don au denier de l'Église", "Donativo mensual a la parroquia")
    return c.d(employee=c.name(), period=c.date()[:7], deduction=text, amount=c.f(5, 50, 2))
