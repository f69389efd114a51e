"""Security and facilities: visitors, biometric access, CCTV, guards, police reports."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import family

D = "security"


@family(6, D)
def f_visitor_checkin(c: Ctx) -> Any:
    nm = c.name()
    doc = c.d(visit=c.ref("VIS"), visitor=nm, company=c.company(), email=c.email(nm),
              host=c.name(), arrived=c.ts(), badge=f"V{c.n(1000, 9999)}",
              nda_signed=True)
    if c.chance(0.7):
        c.add("passport")
        doc[c.k("id_document")] = {"type": "passport", "number": c.passport()}
    if c.chance(0.3):
        doc[c.k("car_registration")] = c.plate()
    return doc


@family(3, D, clean=True)
def f_visitor_badge_template(c: Ctx) -> Any:
    return {"template": "visitor_v2", "fields": ["{{visitor.name}}", "{{host.name}}",
                                                 "{{visit.date}}"],
            "qr": c.b64(40), "colour": c.pick(["#ff9900", "#0066cc"]),
            "footer": c.t("Escort required beyond reception.", "Nur mit Begleitung.",
                          "Accompagnement obligatoire.", "Acceso solo acompañado.")}


@family(7, D)
def f_biometric_access_enrolment(c: Ctx) -> Any:
    key, val = c.biometric_any()
    return c.d(employee=c.name(), badge=f"B{c.n(10000, 99999)}", enrolled=c.ts(),
               reader_model=c.pick(["BioStation 3", "Morpho Sigma"]), **{key: val})


@family(4, D, clean=True)
def f_access_control_events(c: Ctx) -> Any:
    return [c.d(reader=f"RD-{c.n(10, 99)}", badge=f"B{c.n(10000, 99999)}", ts=c.ts(),
                auth=c.pick(["fingerprint", "face", "card+pin"]),
                match_score=c.f(0.6, 0.99, 4), result=c.pick(["granted", "denied"]))
            for _ in range(c.n(2, 4))]


@family(3, D)
def f_cctv_subject_access_request(c: Ctx) -> Any:
    nm = c.name()
    return c.d(request=c.ref("SAR"), requester=nm, email=c.email(nm), date_of_birth=c.dob(),
               camera=f"CAM-{c.n(1, 60)}", window=[c.ts(), c.ts()],
               description=c.t("Wearing a red jacket, entered via car park.",
                               "Rote Jacke, kam über den Parkplatz.",
                               "Veste rouge, entré par le parking.",
                               "Chaqueta roja, entró por el aparcamiento.") + c.maybe_special(0.7))


@family(5, D)
def f_cctv_police_request(c: Ctx) -> Any:
    return c.d(crime_ref=f"CR/{c.n(10000, 99999)}/{c.n(23, 25)}", officer=c.name(),
               officer_email=c.email(), suspect=c.name(),
               context=c.special("criminal_record") + c.maybe_special(0.6),
               cameras=[f"CAM-{c.n(1, 60)}"],
               export_format="mp4")


@family(4, D, clean=True)
def f_guard_patrol_log(c: Ctx) -> Any:
    return c.d(route=c.pick(["R1", "R2", "perimeter"]), guard=c.ref("G", 3), checkpoints=[
        c.d(tag=c.hexs(8).upper(), ts=c.ts(), ok=True) for _ in range(c.n(3, 5))],
        site=c.site(), note=c.clean_text())


@family(5, D)
def f_guard_incident_report(c: Ctx) -> Any:
    doc = c.d(incident=c.ref("SEC"), site=c.site(), ts=c.ts(), reported_by=c.name(),
              persons_involved=[c.name()],
              narrative=c.special_any(("criminal_record", "health", "racial_ethnic_origin"))
              + c.maybe_special(0.4))
    return doc


@family(5, D)
def f_police_incident_submission(c: Ctx) -> Any:
    c.add("criminal_record")
    return c.d(force=c.pick(["West Yorkshire Police", "Polizei Köln", "Police nationale",
                             "Policía Nacional"]),
               reporting_company=c.company(), offence=c.t("theft from vehicle", "Diebstahl aus Kfz",
                                                           "vol dans un véhicule",
                                                           "robo en vehículo"),
               arrested=c.d(name=c.name(), date_of_birth=c.dob(), address=c.address()),
               statement=c.special_any(),
               location=c.coord_str())


@family(4, D)
def f_security_licence_check(c: Ctx) -> Any:
    return c.d(officer=c.name(), licence=f"{c.n(1000, 9999)} {c.n(1000, 9999)}",
               expiry=c.date(2025, 2027),
               background=c.special("criminal_record"))


@family(3, D, clean=True)
def f_lost_property(c: Ctx) -> Any:
    return c.d(item=c.pick(["umbrella", "laptop bag", "keys"]), found=c.ts(),
               location=c.site(), stored_in=f"locker {c.n(1, 40)}", status="unclaimed")


@family(2, D)
def f_keyholder_list(c: Ctx) -> Any:
    return c.d(site=c.site(), keyholders=[c.d(name=c.name(), mobile=c.phone(), priority=i + 1)
                                          for i in range(c.n(2, 3))])


@family(3, D, clean=True)
def f_room_booking(c: Ctx) -> Any:
    return c.d(room=c.pick(["Boardroom", "Kanban 2", "Salle Loire"]), start=c.ts(),
               minutes=c.pick([30, 60]), organiser=c.ref("U", 4), catering=False)


@family(5, D)
def f_watchlist_alert(c: Ctx) -> Any:
    return c.d(alert=c.uuid(), camera=f"CAM-{c.n(1, 60)}", probe_embedding=c.embedding(),
               match=c.d(subject=c.name(), score=c.f(0.8, 0.99, 3),
                         reason=c.special("criminal_record")))


@family(3, D, clean=True)
def f_anpr_event(c: Ctx) -> Any:
    return c.d(camera=f"ANPR-{c.n(1, 9)}", plate=c.plate(), ts=c.ts(),
               direction=c.pick(["in", "out"]), confidence=c.f(0.8, 0.99, 4),
               fleet_vehicle=True, site=c.coarse(2))


@family(3, D)
def f_alarm_response_dispatch(c: Ctx) -> Any:
    return c.d(job=c.ref("RSP"), premises=c.address(), gps=c.coord(), responder=c.name(),
               eta_min=c.n(5, 30), keyholder_notes=c.special_any())


@family(4, D)
def f_evacuation_roll(c: Ctx) -> Any:
    c.add("health")
    return c.d(drill=c.date(), assembly_point=c.pick(["A", "B"]), peeps=[
        c.d(name=c.name(), need=c.t("uses a wheelchair - evac chair on floor 3",
                                    "Rollstuhlfahrer - Evakuierungsstuhl 3. OG",
                                    "en fauteuil roulant - chaise d'évacuation au 3e",
                                    "usa silla de ruedas - silla de evacuación planta 3"))])


@family(2, D)
def f_bodycam_metadata(c: Ctx) -> Any:
    return c.d(clip=c.uuid(), device=c.mac(), wearer=c.name(), start=c.ts(),
               gps_track=[c.coord() for _ in range(2)], sha256=c.sha())


@family(3, D, clean=True)
def f_security_kpi(c: Ctx) -> Any:
    return c.d(month=c.date()[:7], patrols=c.n(100, 900), alarms=c.n(0, 40),
               false_alarm_rate=c.f(0.1, 0.9, 4), district_crime_index=c.f(40, 120, 1))


@family(6, D)
def f_secure_site_preregistration(c: Ctx) -> Any:
    c.add("passport")
    return c.d(visitor=c.name(), date_of_birth=c.dob(), nationality=c.pick(["FR", "DE", "US"]),
               passport_number=c.passport(), host=c.name(), escort_required=True)
