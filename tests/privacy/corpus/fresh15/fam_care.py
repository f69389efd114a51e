"""Care and support families."""
from __future__ import annotations

from typing import Any

from . import pools as P
from .ctx import LANGS, Ctx

STI_TESTS = ["HIV Ag/Ab (4th gen)", "Syphilis EIA", "Chlamydia NAAT (urine)",
             "Gonorrhoea NAAT (throat swab)", "Hepatitis B sAg", "Hepatitis C Ab"]


def sexual_health_clinic(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "shc"), LANGS)
    c.set_lang(lang, 0.3)
    country = c.country()
    p = c.person(lang)
    variant = i % 3
    doc: dict[str, Any] = {"appointmentId": "SH-" + c.ref(7),
                           "clinic": c.L(["Harbour Sexual Health", "Checkpoint Hafen",
                                          "Centre de santé sexuelle Nord",
                                          "Centro Jóvenes y Salud"]),
                           "slot": c.ts(2025, 2025),
                           "service": c.pick(["STI screen", "PrEP review", "Contraception",
                                              "Results call-back"]),
                           "patient": {"clinicNumber": "GU" + c.ref(6), "preferredName": c.first(p),
                                       c.k("dob"): c.dob(y0=1975, y1=2006),
                                       "mobile": c.phone(country),
                                       "smsConsent": c.pick([True, False])}}
    if variant in (0, 2):
        doc["sexualHistory"] = {"partnersLast3Months": c.rint(1, 6),
                                "partnerGender": c.pick([["male"], ["female"], ["male", "female"]]),
                                "condomUse": c.pick(["always", "sometimes", "never"]),
                                "chemsex": c.pick([False, False, True])}
        c.rec("sex_life_orientation", "sexual_history", None)
    if variant == 1 and i % 2 == 1:
        doc["patient"]["rx"] = "emtricitabine/tenofovir disoproxil (PrEP) 1 tab daily"
    if variant in (0, 1):
        doc["results"] = [{"test": t, "result": c.pick(["negative", "negative", "negative",
                                                        "reactive - confirm"]),
                           "reportedAt": c.ts(2025, 2025)} for t in c.rng.sample(STI_TESTS, 3)]
        c.rec("health", "lab_results", None)
    if variant in (0, 1):
        doc["clinicianNote"] = c.say(c.slot(["health", "sex_life_orientation"], lang)[0], lang)
    if variant == 2:
        doc["clinicianNote"] = c.say("sex_life_orientation", lang)
    return doc


def clinic_service_info(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    return {"service": c.L(["Harbour Sexual Health", "Checkpoint Hafen",
                            "Centre de santé sexuelle Nord", "Centro Jóvenes y Salud"]),
            "openingTimes": [{"day": d, "open": "09:00", "close": c.pick(["17:00", "19:30"])}
                             for d in ["Mon", "Tue", "Thu"]],
            "services": ["HIV testing", "PrEP", "contraception", "STI screening", "vaccinations"],
            "notices": [c.neg("health", lang), c.neg("sex_life_orientation", lang)],
            "bookingUrl": "https://book.clinic.example/" + c.lref(6)}


def recovery_programme(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "recovery"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    p, sp = c.person(lang), c.person(lang)
    variant = i % 3
    checkins = [{"date": c.date(2025, 2025), "mood": c.rint(1, 5), "cravings": c.rint(0, 5),
                 "note": c.neutral(lang, chat=True)} for _ in range(c.rint(1, 3))]
    checkins.append({"date": c.date(2025, 2025), "mood": c.rint(1, 5), "cravings": c.rint(0, 5),
                     "note": c.say("health", lang, chat=True)})
    checkins.append({"date": c.date(2025, 2025), "mood": c.rint(1, 5), "cravings": c.rint(0, 5),
                     "note": c.say(c.slot(["criminal_record", "sex_life_orientation",
                                           "religious_belief"], lang)[0], lang, chat=True)})
    doc: dict[str, Any] = {
        "participantId": "P-" + c.ref(6), "programme": "Second Wind 12-week",
        "participant": {"firstName": c.first(p), "lastInitial": p.last[0] + ".",
                        "phone": c.phone(country)},
        "intake": {"substances": c.rec("health", "substances",
                                       c.rng.sample(["alcohol", "cannabis", "opioids", "cocaine",
                                                     "benzodiazepines"], c.rint(1, 2))),
                   "referralSource": "self",
                   c.k("medication"): c.pick(["methadone 60 mg daily", "buprenorphine 8 mg SL",
                                              "naltrexone 50 mg", "none"])},
        "soberSince": c.date(2024, 2025), "checkIns": checkins,
        "sponsor": {"firstName": c.first(sp), "phone": c.phone(country)},
        "meetingVenue": {"name": c.L([c.pick(["Church hall, side entrance",
                                              "Community centre room 4"]),
                                      c.pick(["Gemeindesaal (Nebeneingang)", "Bürgerhaus, Raum 2"]),
                                      c.pick(["Salle paroissiale", "Maison des associations"]),
                                      c.pick(["Salón parroquial", "Centro cívico"])]),
                         "city": c.city(country)}}
    if any(w in doc["meetingVenue"]["name"].lower()
           for w in ("church", "gemeinde", "paroiss", "parroquial")):
        c.negtag("religious_belief", "meeting_venue")
    if variant == 0:
        doc["intake"]["referralSource"] = c.rec("criminal_record", "referral",
                                                c.L([c.pick(["probation service",
                                                             "court order (DRR)"]),
                                                     "Bewährungshilfe", "SPIP (sursis probatoire)",
                                                     "servicio de gestión de penas"]))
        doc["caseworkerNote"] = c.say("criminal_record", lang)
    elif variant == 1:
        doc["caseworkerNote"] = c.say(c.pick(["religious_belief", "sex_life_orientation"]), lang)
    return doc


ISSUES = {"en": ["work-related stress", "anxiety", "low mood", "alcohol use", "sleep problems"],
          "de": ["Arbeitsstress", "Angst", "gedrückte Stimmung", "Alkoholkonsum"],
          "fr": ["stress au travail", "anxiété", "humeur dépressive", "consommation d'alcool"],
          "es": ["estrés laboral", "ansiedad", "ánimo bajo", "consumo de alcohol"]}


NON_HEALTH_ISSUES = {"en": ["workplace conflict", "debt advice", "relationship issues",
                            "childcare arrangements"],
                     "de": ["Konflikt am Arbeitsplatz", "Schuldnerberatung", "Beziehungsprobleme"],
                     "fr": ["conflit au travail", "conseil budgétaire", "difficultés de couple"],
                     "es": ["conflicto laboral", "asesoría de deudas", "problemas de pareja"]}


def eap_case(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "eap"), LANGS)
    c.set_lang(lang, 0.4)
    p, couns = c.person(lang), c.person(lang)
    variant = i % 4
    k = c.k
    notes = []
    kind = ["trade_union", "health", "religious_belief", "sex_life_orientation"][variant]
    notes.append(c.say(kind, lang))
    notes.append(c.say(c.slot(["health", "religious_belief", "sex_life_orientation", "trade_union",
                               "criminal_record", "racial_ethnic_origin"], lang)[0], lang))
    notes.append(c.neutral(lang))
    if variant == 1:
        issue = c.rec("health", "presenting_issue", c.pick(ISSUES[lang]))
    else:
        issue = c.pick(NON_HEALTH_ISSUES[lang])
    doc = {"caseId": "EAP-" + c.ref(7), "provider": "Beacon EAP",
           "client": {k("full_name"): c.full(p),
                      k("email"): c.email(p, c.pick(["nordwind-logistik.example",
                                                     "acme-retail.example", "groupe-lac.example"])),
                      "employer": c.pick(["Nordwind Logistik", "Acme Retail", "Groupe du Lac",
                                          "Hospital Ribera"]),
                      "department": c.pick(["warehouse", "finance", "customer care", "nursing"])},
           "presentingIssue": issue,
           "sessions": [{"date": c.date(2025, 2025),
                         "mode": c.pick(["phone", "video", "in person"]),
                         "counsellor": c.full(couns)} for _ in range(c.rint(1, 3))],
           k("notes"): notes, "risk": {"level": c.pick(["low", "low", "medium"]), "reviewed": True}}
    return doc


def donor_registry(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "donor"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    p = c.person(lang)
    k = c.k
    variant = i % 3
    donations = []
    for _ in range(c.rint(1, 4)):
        d = {"date": c.date(2022, 2025),
             "site": c.pick(["Mobile unit 7", "City donor centre", "Blutspendedienst Mitte",
                             "Centre EFS", "Hospital Ribera"]),
             "volumeMl": c.pick([470, 475, 0]), "haemoglobin_g_L": c.rint(118, 165),
             "outcome": "COMPLETED"}
        donations.append(d)
    if variant == 1:
        donations[-1].update({"volumeMl": 0, "outcome": "DEFERRED",
                              "deferralReason": c.pick(["low haemoglobin", "recent tattoo",
                                                        "antibiotics in last 7 days",
                                                        "travel to malaria area"])})
    c.rec("health", "blood_results", None)
    extra_id = ({"numeroSecu": c.nir()} if lang == "fr"
                else ({"nino": c.nino()} if lang == "en" and i % 2 == 0 else {}))
    doc: dict[str, Any] = {"donor": {"donorNumber": "D" + c.ref(8), **extra_id,
                                     k("full_name"): c.full(p), k("dob"): c.dob(y0=1960, y1=2005),
                                     "bloodGroup": c.pick(["O RhD negative", "A RhD positive",
                                                           "B RhD positive", "AB RhD negative",
                                                           "O RhD positive"]),
                                     k("address"): c.address(country), k("email"): c.email(p)},
                           "donations": donations,
                           "organDonation": {"registered": c.pick([True, False]),
                                             "decision": c.pick(["opt-in", "family to decide"])}}
    if variant == 0:
        doc["organDonation"]["faithOrBeliefNote"] = c.say("religious_belief", lang)
    elif variant == 2:
        doc["nurseNote"] = c.say("health", lang)
    return doc


PETS = ["Biscuit", "Pepper", "Nugget", "Mochi", "Pixel", "Waffle", "Pumpkin", "Noodle", "Ziggy",
        "Bramble", "Tofu", "Pretzel"]
VET_DX = {"en": ["otitis externa", "hip dysplasia", "feline hyperthyroidism", "kennel cough",
                 "diabetes mellitus (canine)", "dental disease grade 2"],
          "de": ["Otitis externa", "Hüftdysplasie", "Schilddrüsenüberfunktion (Katze)",
                 "Zwingerhusten", "Diabetes mellitus (Hund)"],
          "fr": ["otite externe", "dysplasie de la hanche", "hyperthyroïdie féline",
                 "toux de chenil", "diabète sucré (chien)"],
          "es": ["otitis externa", "displasia de cadera", "hipertiroidismo felino",
                 "tos de las perreras", "diabetes mellitus canina"]}
VET_RX = ["meloxicam 1.5 mg/ml oral suspension", "Caninsulin 40 IU/ml", "methimazole 2.5 mg",
          "amoxicillin/clavulanate 250 mg", "gabapentin 100 mg"]
OWNER_HEALTH = {
    "en": "Owner is immunocompromised (on chemotherapy) - staff to wear gloves during home visit.",
    "de": "Halterin ist schwanger, bitte keine Röntgenaufnahmen in ihrer Anwesenheit.",
    "fr": "Le propriétaire est allergique aux chats, rendez-vous en fin de journée.",
    "es": "La dueña es diabética; prefiere citas a primera hora."}


def vet_clinic(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "vet"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    o = c.person(lang)
    k = c.k
    c.negtag("health", "animal_diagnosis")
    pet = {"name": c.pick(PETS), "species": c.pick(["canine", "feline", "rabbit"]),
           "breed": c.pick(["cross", "Labrador", "British Shorthair", "Dachshund", "Maine Coon"]),
           "birthDate": c.date(2014, 2023), "weightKg": round(c.rng.uniform(2, 38), 1),
           "microchip": c.pick(["yes", "no"])}
    c.tag("decoy:pet_birth_date")
    visit = {"date": c.date(2025, 2025), "diagnosis": c.pick(VET_DX[lang]),
             "prescribed": [c.pick(VET_RX)], "vet": "Vet " + c.ref(3),
             "nextCheck": c.date(2025, 2026)}
    doc: dict[str, Any] = {"clinic": c.L(["Pawsome Vet Clinic", "Tierarztpraxis am Deich",
                                          "Clinique vétérinaire des Saules",
                                          "Clínica Veterinaria Huellas"]),
                           "patient": pet, "visit": visit,
                           "owner": {k("full_name"): c.full(o), k("phone"): c.phone(country),
                                     k("email"): c.email(o), k("address"): c.address(country)},
                           "invoice": {"number": "INV-" + c.ref(6),
                                       "total": c.money(35, 600), "paid": True}}
    if i % 4 == 0:
        doc["owner"][k("notes")] = c.rec("health", "owner_note", OWNER_HEALTH[lang])
    return doc


def homecare_visit_log(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "homecare"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    cl, carer = c.person(lang), c.person(lang)
    variant = i % 3
    addr = c.address(country)
    city = c.last_city
    lat, lon = c.geo(city)
    tasks = [{"task": "Personal care", "done": True},
             {"task": "Meal preparation", "done": c.pick([True, False])}]
    if variant == 0:
        med = c.pick(P.MEDS_LOC.get(lang, P.MEDS)) if lang != "en" else c.pick(P.MEDS)
        tasks.insert(0, {"task": "Medication prompt", "done": True,
                         "detail": c.rec("health", "medication", med)})
        notes = c.say("health", lang)
        if i % 2 == 0:
            notes += " " + c.say(c.slot(["religious_belief", "racial_ethnic_origin",
                                         "sex_life_orientation"], lang)[0], lang)
    else:
        tasks.append({"task": "Shopping", "done": True})
        notes = c.neutral(lang)
    client = {"name": c.full(cl), "address": addr, "clientRef": "CL-" + c.ref(5)}
    if variant == 0:
        code, label = c.pick(P.ICD10[lang])
        client["dx" if i % 2 else c.k("diagnosis")] = c.rec("health", "diagnosis",
                                                            f"{code} {label}")
        client["algs" if i % 4 == 1 else c.k("allergies")] = c.pick(P.ALLERGIES[lang])
    if lang == "fr":
        client["nir"] = c.nir()
    return {"visitId": "V-" + c.ref(8), "agency": "Hearthside Homecare",
            "client": client,
            "carer": {"name": c.full(carer), "staffId": "ST-" + c.ref(4)},
            "scheduled": {"start": c.ts(2025, 2025), "durationMin": c.pick([30, 45, 60])},
            "checkIn": {"at": c.ts(2025, 2025), "method": "GPS", "lat": lat, "lon": lon},
            "tasks": tasks, "notes": notes}


LANG_PAIRS = ["English <> Kurdish (Sorani)", "German <> Arabic (Levantine)", "French <> Tigrinya",
              "Spanish <> Romanian", "English <> Polish", "German <> Dari", "French <> Wolof",
              "Spanish <> Quechua"]


def interpreter_job(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "interp"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    cl, it = c.person_intl(), c.person(lang)
    variant = i % 4
    c.negtag("racial_ethnic_origin", "language_pair")
    a: dict[str, Any] = {"type": ["MEDICAL", "COURT", "ASYLUM_INTERVIEW", "SCHOOL"][variant],
                         "date": c.date(2025, 2025), "durationMin": c.pick([60, 90, 120]),
                         "venue": {"name": "", "address": c.address(country)}}
    if variant == 0:
        a["venue"]["name"] = c.pick(["Oncology outpatients", "Antenatal clinic",
                                     "Mental health team", "Dialysis unit"])
        c.rec("health", "clinic_type", None)
        a["notes"] = (c.say("health", lang) + " "
                      + c.say(c.slot(["religious_belief", "racial_ethnic_origin",
                                      "sex_life_orientation", "genetic"], lang)[0], lang))
    elif variant == 1:
        a["venue"]["name"] = c.L(["Magistrates' court", "Amtsgericht", "Tribunal correctionnel",
                                  "Juzgado de lo penal"])
        a["hearing"] = c.rec("criminal_record", "hearing",
                             c.pick(["bail hearing for the defendant",
                                     "plea hearing, defendant is the client", "sentencing"]))
        a["notes"] = c.say(c.slot(["criminal_record", "political_opinion", "racial_ethnic_origin",
                                   "trade_union"], lang)[0], lang)
    elif variant == 2:
        a["venue"]["name"] = c.L(["Home Office, Croydon", "BAMF Außenstelle", "OFPRA",
                                  "Oficina de Asilo y Refugio"])
        a["notes"] = " ".join([c.say(c.slot(["political_opinion", "religious_belief",
                                             "racial_ethnic_origin", "sex_life_orientation"],
                                            lang)[0], lang),
                               c.say(c.slot(["political_opinion", "religious_belief",
                                             "racial_ethnic_origin", "sex_life_orientation"],
                                            lang)[0], lang)])
    else:
        a["venue"]["name"] = c.L(["Parents' evening, primary school", "Elternabend",
                                  "Réunion parents-professeurs", "Tutoría escolar"])
        a["notes"] = c.neutral(lang)
    return {"jobId": "J-" + c.ref(7), "agency": "LinguaBridge Interpreting",
            "languagePair": c.pick(LANG_PAIRS), "assignment": a, "client": {"name": c.full(cl)},
            "interpreter": {"name": c.full(it), "id": "INT-" + c.ref(4)},
            "timesheet": {"start": c.ts(2025, 2025), "travelMin": c.rint(10, 90),
                          "mileageKm": c.rint(2, 60)}}
