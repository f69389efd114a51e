"""Sports, fitness and wellbeing families."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import ADDRESS, DOB, EMAIL, EMERGENCY, FIRST, FULL, IBAN, LAST, NOTES, PHONE, fam


@fam("gym_membership", 4)
def gym_membership(c: Ctx) -> Any:
    name = c.name()
    doc = {c.k("member|mitglied|adhérent|socio"): {
        c.k(FULL): name, c.k(DOB): c.dob(), c.k(EMAIL): c.email(name),
        c.k(ADDRESS): c.address_obj()},
        c.k("plan|tarif|formule|plan"): c.pick(["Basic", "Premium", "Off-Peak"]),
        c.k("start date|startdatum|date de début|fecha de alta"): c.day(),
        "sepa": {c.k(IBAN): c.iban(), "mandate": c.ref("GYM")},
        c.k(NOTES): c.note(0.8)}
    if c.chance(0.4):
        doc["card_on_file"] = {"pan": c.card(), "exp": c.expiry()}
    return doc


@fam("gym_access_control", 3, langs="en", style="snake")
def gym_access(c: Ctx) -> Any:
    kind, tmpl = c.pick([("fingerprint", c.fingerprint_template), ("palm_vein", c.palm_vein)])
    return {"member_id": c.num(100000, 999999), "club": c.pick(["PG-LYON-01", "PG-MAD-02"]),
            "enrolment": {"modality": kind, "template": tmpl(), "quality": c.num(40, 99)},
            "door": f"D{c.num(1, 4)}", "last_entry": c.ts()}


@fam("gym_class_catalogue", 3, clean=True)
def gym_classes(c: Ctx) -> Any:
    c.decoy("class_catalogue")
    return {"week": c.day(), "classes": [
        {"class": cl, "day": c.pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), "time": c.hhmm(),
         "coach": c.t("Coach|Trainerteam|Coach|Monitor") + f" {c.pick('ABC')}",
         "spots": c.num(8, 30)}
        for cl in c.sample(["HIIT", "Yoga Flow", "Spinning", "Pilates", "Zumba",
                            "Body Pump", "Aqua Fit"], 4)]}


@fam("parq_intake", 4)
def parq(c: Ctx) -> Any:
    qs = ["heart condition|Herzerkrankung|problème cardiaque|afección cardíaca",
          "chest pain|Brustschmerzen|douleur thoracique|dolor torácico",
          "dizziness|Schwindel|vertiges|mareos",
          "bone or joint problem|Knochen- oder Gelenkprobleme|problème osseux|problema óseo",
          "blood pressure medication|Blutdruckmedikamente|médicaments tension|"
          "medicación presión"]
    c.add("health")
    answers = {c.k(q): c.chance(0.25) for q in qs}
    doc = {c.k(FULL): c.name(), c.k(DOB): c.dob(), "parq": answers,
           c.k(EMERGENCY): {c.k(FULL): c.name(), c.k(PHONE): c.phone()}}
    if c.chance(0.4):
        doc[c.k(NOTES)] = c.special("health")
    return doc


@fam("wearable_sync", 4, langs="en", style="camel")
def wearable_sync(c: Ctx) -> Any:
    track = []
    for _ in range(3):
        lat, lon = c.precise()
        track.append([lon, lat])
    doc: dict[str, Any] = {"deviceId": c.uuid(), "syncedAt": c.ts(), "steps": c.num(800, 22000),
                           "route": {"type": "LineString", "coordinates": track}}
    if c.chance(0.6):
        c.add("health")
        doc["ecg"] = {"classification": c.pick(["atrial fibrillation", "sinus rhythm",
                                                "inconclusive"]), "avgHr": c.num(55, 110)}
    return doc


@fam("wearable_firmware", 3, clean=True)
def wearable_firmware(c: Ctx) -> Any:
    c.decoy("battery_health")
    return {"model": c.pick(["Pulse 3", "Pulse 4 Pro"]), "firmware": c.version(),
            "battery_health": c.num(70, 100), "changelog": c.t(
                "Improved GPS lock time.|Schnellere GPS-Ortung.|GPS plus rapide.|GPS más rápido.")}


@fam("youth_club_registration", 3)
def youth_club(c: Ctx) -> Any:
    doc = {c.k("child|kind|enfant|niño"): {c.k(FIRST): c.first(), c.k(LAST): c.last(),
                                          c.k(DOB): c.dob()},
           c.k("parent|elternteil|parent|tutor"): {c.k(FULL): c.name(), c.k(PHONE): c.phone(),
                                                   c.k(EMAIL): c.email()},
           c.k("team|mannschaft|équipe|equipo"): c.pick(["U10", "U12", "U14"]),
           c.k("photo consent|fotoerlaubnis|droit à l'image|consentimiento foto"): c.chance(0.7),
           c.k("parent notes|hinweise der eltern|remarques des parents|notas de los padres"):
               c.note(0.8)}
    if c.chance(0.6):
        doc[c.k("medical notes|medizinische hinweise|infos médicales|notas médicas")] = (
            c.special("health"))
    return doc


@fam("marathon_entry", 4)
def marathon_entry(c: Ctx) -> Any:
    doc = {"bib": c.num(1000, 29999), c.k(FIRST): c.first(), c.k(LAST): c.last(),
           c.k(DOB): c.dob(), c.k("shirt size|shirtgröße|taille t-shirt|talla camiseta"):
           c.pick(["S", "M", "L", "XL"]), c.k("club|verein|club|club"): c.pick(
               ["Harriers AC", "LG Nord", "AS Lyon Running", "CA Retiro", None]),
           c.k(EMERGENCY): {c.k(FULL): c.name(), c.k(PHONE): c.phone()},
           c.k("anything else|sonstiges|autre chose|algo más"): c.note(0.8)}
    if c.chance(0.5):
        doc[c.k("medical conditions|vorerkrankungen|antécédents médicaux|condiciones médicas")] = [
            c.condition()]
    return doc


@fam("race_age_group_stats", 3, clean=True)
def race_stats(c: Ctx) -> Any:
    c.decoy("aggregate_stats")
    return {"race": "City Marathon", "year": c.num(2019, 2024), "age_groups": [
        {"group": g, "finishers": c.num(50, 2400), "median": f"{c.num(3, 5)}:{c.num(10, 59)}"}
        for g in ["M30", "W30", "M40", "W40", "M50"]]}


@fam("trainer_session_notes", 4)
def trainer_notes(c: Ctx) -> Any:
    return {"client": c.first(), "session": c.day(),
            c.k(NOTES): f"{c.special_any(('health', 'genetic', 'religious_belief'))} "
                        + c.t("Focus on mobility.|Fokus Mobilität.|Travail mobilité.|Movilidad."),
            "next": c.day()}


@fam("fitness_app_review", 3)
def fitness_review(c: Ctx) -> Any:
    return {"store": c.pick(["app_store", "play"]), "stars": c.num(1, 5),
            "handle": f"runner_{c.alnum(4, 'abcdefghjk')}",
            "text": f"{c.special_any(('health', 'sex_life_orientation', 'racial_ethnic_origin'))}"
                    f" {c.neutral()}", "app_version": c.version()}


@fam("rugby_club_fixtures", 3, clean=True)
def rugby_fixtures(c: Ctx) -> Any:
    c.decoy("rugby_union")
    return {"competition": c.t("Regional Rugby Union League|Rugby-Union-Regionalliga|"
                               "Championnat régional de rugby à XV|Liga regional de rugby union"),
            "fixtures": [{"home": h, "away": a, "kickoff": c.ts()} for h, a in
                         [("Harlequins B", "Saracens B"), ("RC Lyon", "SC Grenoble")]]}


@fam("gym_payment_webhook", 3, langs="en", style="snake")
def gym_payment(c: Ctx) -> Any:
    return {"type": "invoice.paid", "data": {"customer_email": c.email(),
                                             "payment_method": c.pm_token(),
                                             "card": {"brand": "visa", "last4": c.last4()},
                                             "amount": c.num(1500, 8900)}}


@fam("coach_safeguarding_check", 3)
def coach_safeguarding(c: Ctx) -> Any:
    return {c.k("volunteer|ehrenamtliche|bénévole|voluntario"): c.name(),
            c.k("role|rolle|rôle|rol"): c.t("junior coach|Jugendtrainer|entraîneur jeunes|"
                                            "entrenador infantil"),
            c.k("check|prüfung|contrôle|verificación"): c.special("criminal_record", "field"),
            "checked_on": c.day()}


@fam("dna_fitness_plan", 4)
def dna_fitness(c: Ctx) -> Any:
    return {"user": c.uuid(), "genotypes": c.genotype(),
            "plan": c.t("Power-focused strength block|Kraftblock|Bloc force|Bloque de fuerza"),
            "weeks": c.num(4, 12)}


@fam("sports_event_schedule", 3, clean=True)
def sports_schedule(c: Ctx) -> Any:
    return {"venue": c.pick(["Sportpark Nord", "Stade Municipal", "Polideportivo Sur"]),
            "events": [{"event": e, "start": c.ts()} for e in
                       c.sample(["5K fun run", "Open water swim", "Kids triathlon",
                                 "Padel open"], 3)]}


@fam("gym_diversity_survey", 4)
def gym_diversity(c: Ctx) -> Any:
    doc: dict[str, Any] = {"response": c.uuid(), "club": "PulseGym"}
    doc[c.k("ethnicity|ethnische herkunft|origine ethnique|etnia")] = (
        c.ethnicity() if c.chance(0.6) else c.prefer_not())
    doc[c.k("sexual orientation|sexuelle orientierung|orientation sexuelle|orientación sexual")] = (
        c.orientation() if c.chance(0.6) or "racial_ethnic_origin" not in c.kinds
        else c.prefer_not())
    doc[c.k("satisfaction|zufriedenheit|satisfaction|satisfacción")] = c.num(1, 10)
    return doc
