"""Public services, charities, justice and civic life."""

from __future__ import annotations

import json
from typing import Any

from .ctx import Ctx
from .pools import COUNTRY_OF_LANG


def benefits_claim(c: Ctx) -> Any:
    p = c.person(c.lang)
    country = COUNTRY_OF_LANG[c.lang]
    claimant: dict[str, Any] = {
        c.k("forename", "Vorname", "prénom", "nombre"): p.given,
        c.k("surname", "Nachname", "nom", "apellidos"): p.family,
        c.k("dateOfBirth", "Geburtsdatum", "date_de_naissance", "fecha_de_nacimiento"): c.dob(),
        c.k("nino", "steuerId", "nir", "dni_nie"): c.national_id(country),
    }
    doc: dict[str, Any] = {
        "claimRef": c.ref(c.k("UC", "BG", "CAF", "IMV")),
        "scheme": c.k("universal_credit", "buergergeld", "rsa", "ingreso_minimo_vital"),
        "claimant": claimant,
        "submitted": c.ts(),
        "household": [],
    }
    if c.chance(0.8):
        doc[c.k("address", "Anschrift", "adresse_postale", "domicilio")] = c.address_local()
    if c.lang == "en" and c.chance(0.4):
        sort, acct = c.uk_bank()
        doc["payment"] = {"sortCode": sort, "accountNumber": acct}
    elif c.chance(0.7):
        doc["payment"] = {"iban": c.iban(c.k("GB", "DE", "FR", "ES"))}
    for _ in range(c.num(0, 3)):
        doc["household"].append({"name": c.given(c.lang), "relationship": c.pick(
            ["child", "partner", "child", "dependant adult"]), "dob": c.dob("iso")})
    if c.chance(0.5):
        doc["elements"] = [{"type": "limited_capability_for_work",
                            "evidence": c.say("health")}]
    else:
        doc["elements"] = [{"type": "housing_costs", "rent_monthly": c.money(380, 1400)}]
    if c.chance(0.3):
        doc["caseworker_note"] = c.note(1)
    return doc


def housing_application(c: Ctx) -> Any:
    lead = c.person()
    members = [{"name": lead.full, "lead": True, "dob": c.dob()}]
    for _ in range(c.num(0, 3)):
        members.append({"name": c.name(), "lead": False,
                        "age": c.num(1, 70)})
    doc: dict[str, Any] = {
        "applicationId": c.uuid(),
        "council": c.k("Leeds City Council", "Stadt Leipzig - Sozialamt",
                       "Métropole de Lyon", "EMVS Madrid"),
        "household": members,
        "currentAddress": c.address_line(),
        "contact": {"phone": c.phone(), "email": c.email(lead)},
        "bedroomNeed": c.num(1, 4),
        "hasUnspentConvictions": c.pick([False, False, True]),
        "priority": {"medical": c.chance(0.5)},
    }
    c.tag("criminal_record", "declaration")
    if doc["priority"]["medical"]:
        doc["priority"]["medicalStatement"] = c.say("health")
    if c.chance(0.4):
        doc["supportNeeds"] = c.note(c.num(1, 2))
    return doc


def social_work_case_note(c: Ctx) -> Any:
    notes = []
    for _ in range(c.num(1, 4)):
        notes.append({"at": c.ts(), "author": c.name(c.lang),
                      "type": c.pick(["home_visit", "phone", "multi_agency", "supervision"]),
                      "text": c.note(c.num(1, 2))})
    if c.lang == "fr":
        # a watch-list flag reported by the press: no conviction, arrest or investigation
        notes[-1]["text"] += " - le fils aîné serait fiché S d'après la presse locale"
    return {"case": c.ref("SW"), "subject": {"firstName": c.given(), "age": c.num(4, 90)},
            "team": c.pick(["Adults East", "Jugendamt Mitte", "ASE Nord",
                            "Servicios Sociales Centro"]), "notes": notes}


def refugee_intake(c: Ctx) -> Any:
    p = c.person("world")
    ethnicity = c.pick(["Hazara", "Rohingya", "Kurdish", "Oromo", "Tigrayan", "Roma",
                        "Baloch", None])
    doc: dict[str, Any] = {
        "intake_id": c.ref("RS"),
        "client": {"name": p.full, "dob": c.dob("iso"),
                   "country_of_origin": c.pick(["AF", "MM", "SY", "ET", "ER", "IR", "UA"]),
                   "languages": c.pick([["Dari"], ["Kurmanji", "Arabic"], ["Tigrinya"],
                                        ["Rohingya", "Burmese"]])},
        "phone": c.phone(c.pick(["de", "fr", "es", "uk"])),
        "needs": c.pick([["legal", "housing"], ["food", "legal"], ["school enrolment"]]),
    }
    if ethnicity:
        doc["client"]["ethnicity"] = ethnicity
        c.tag("racial_ethnic_origin", "field")
    if c.chance(0.4):
        doc["client"]["religion"] = c.pick(["Ahmadi Muslim", "Christian (convert)",
                                            "Shia Muslim", "Orthodox Christian", "Baha'i"])
        c.tag("religious_belief", "field")
    if c.chance(0.5):
        doc["health_flags"] = c.pick([["PHQ-9: 17"], ["PTSD screen positive"],
                                      ["pregnant", "anaemia"], ["TB screening pending"]])
        c.tag("health", "field")
    if c.chance(0.5):
        doc["advisor_notes"] = c.note(c.num(1, 2))
    return doc


def addiction_service_checkin(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        "service": c.pick(["Harbour Recovery", "Suchtberatung Ost", "CSAPA Le Relais",
                           "Proyecto Hombre"]),
        "client": {c.k("first_name", "vorname", "prenom", "nombre"): c.given(),
                   "key_worker": c.name(c.lang)},
        "date": c.day(),
        "ost": {"medication": c.pick(["methadone", "buprenorphine", "Subutex", "Polamidon"]),
                "dose_mg": c.num(8, 90)},
        "urine_screen": c.pick([{"opiates": "neg", "cocaine": "pos"},
                                {"opiates": "neg", "benzo": "neg"}]),
        "notes": c.note(c.num(0, 2), ["health", "criminal_record", "sex_life_orientation"]),
    }
    c.tag("health", "ost")
    if c.chance(0.4):
        doc["referral_source"] = c.k("probation", "Bewährungshilfe", "SPIP", "juzgado")
        c.tag("criminal_record", "referral")
    return doc


def lgbt_helpline_log(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        "contact_id": c.uuid(),
        "channel": c.pick(["phone", "webchat", "whatsapp"]),
        "volunteer": c.given(c.lang),
        "started": c.ts(),
        "caller_handle": c.pick(["moonfish", "anon-17", "blue_fox", "sinNombre"]),
        "summary": c.say("sex_life_orientation") + ". " + c.note(
            c.num(0, 1), ["health", "religious_belief"], near_miss=0.5),
        "risk": c.pick(["none", "low", "medium"]),
    }
    if c.chance(0.3):
        doc["callback"] = c.phone()
    return doc


def reentry_program(c: Ctx) -> Any:
    p = c.person()
    mentor = c.person(c.lang)
    doc: dict[str, Any] = {
        "participant": {"name": p.full, "dob": c.dob(), "phone": c.phone()},
        "released": c.day(),
        "establishment": c.k("HMP Wandsworth", "JVA Tegel", "Centre pénitentiaire de Fresnes",
                             "Centro Penitenciario Madrid V"),
        "offence_category": c.pick(["acquisitive", "drugs supply", "violence", "fraud"]),
        "licence_end": c.day(2027),
        "mentor": {"name": mentor.full, "email": c.email(mentor, work=True)},
        "goals": c.pick([["ID documents", "bank account"], ["CSCS card", "housing"]]),
    }
    c.tag("criminal_record", "release")
    if c.chance(0.6):
        doc["housing"] = c.address()
    if c.chance(0.4):
        doc["notes"] = c.note(1, ["health", "trade_union", "religious_belief"])
    return doc


ETHNIC_CODES = {"W1": "White - English/Welsh/Scottish/NI/British", "A2": "Asian - Pakistani",
                "B1": "Black - Caribbean", "M3": "Mixed - White and Asian",
                "O2": "Other - Arab", "NS": "Not stated"}


def police_incident(c: Ctx) -> Any:
    lat, lon = c.coords(country="uk")
    persons = []
    for role in c.rng.sample(["suspect", "victim", "witness"], c.num(1, 3)):
        code = c.pick(list(ETHNIC_CODES))
        entry: dict[str, Any] = {"role": role, "name": c.name("en"), "dob": c.dob("iso"),
                                 "sde": code}
        if code != "NS":
            c.tag("racial_ethnic_origin", "sde")
        if role == "suspect":
            entry["arrested"] = c.chance(0.6)
            entry["offence"] = c.pick(["s.47 ABH", "theft from shop", "criminal damage"])
            c.tag("criminal_record", "suspect")
        persons.append(entry)
    return {"incident": f"CAD-{c.digits(4)}-{c.num(10, 28)}", "force": "West Yorkshire",
            "location": {"lat": lat, "lon": lon}, "persons": persons,
            "sde_legend": ETHNIC_CODES, "officer_collar": f"PC {c.num(1000, 9999)}"}


def court_docket(c: Ctx) -> Any:
    charges = {"en": ("burglary", "possession with intent", "common assault", "shoplifting"),
               "de": ("Betrug", "Diebstahl", "Körperverletzung", "Fahren ohne Fahrerlaubnis"),
               "fr": ("vol aggravé", "conduite sous stupéfiants", "violences volontaires"),
               "es": ("robo con violencia", "hurto", "delito contra la seguridad vial")}
    outcomes = {"en": ("adjourned", "guilty plea", "remanded"), "de": ("vertagt", "verurteilt",
                                                                     "eingestellt"),
                "fr": ("renvoi", "relaxe", "condamné"), "es": ("aplazado", "condenado",
                                                              "absuelto")}
    listings = []
    for _ in range(c.num(2, 5)):
        listings.append({
            c.k("defendant", "angeklagter", "prevenu", "acusado"): c.name(c.lang),
            c.k("charge", "tatvorwurf", "infraction", "delito"): c.pick(charges[c.lang]),
            c.k("hearing", "termin", "audience", "vista"): c.ts(),
            "room": c.num(1, 12),
            c.k("outcome", "ergebnis", "decision", "fallo"): c.pick(
                [*outcomes[c.lang], None]),
        })
    c.tag("criminal_record", "docket")
    return {"court": c.k("Leeds Magistrates", "Amtsgericht Tiergarten",
                         "Tribunal correctionnel de Lyon", "Juzgado de lo Penal n.º 3"),
            "judge": c.name(c.lang), "date": c.day(), "listings": listings}


def probation_checkin(c: Ctx) -> Any:
    lat, lon = c.coords()
    doc: dict[str, Any] = {
        "supervisee": {"ref": c.ref("PR"), "name": c.name()},
        "officer": c.name(c.lang),
        "checkin": {"at": c.ts(), "method": c.pick(["kiosk", "app", "in_person"]),
                    "gps": [lat, lon] if c.chance(0.5) else f"{lat},{lon}"},
        "order": c.pick(["community order", "Bewährung", "sursis probatoire", "libertad vigilada"]),
    }
    c.tag("criminal_record", "order")
    if c.chance(0.5):
        doc["drug_test"] = {"result": c.pick(["negative", "positive: THC"]),
                            "panel": "10-panel urine"}
        c.tag("health", "drug-test")
    return doc


def prison_visit_booking(c: Ctx) -> Any:
    visitor = c.person()
    doc = {
        "booking": c.ref("VB"),
        "prisoner": {"name": c.name(), "number": f"A{c.digits(4)}{c.letters(2)}"},
        "visitor": {"name": visitor.full, "dob": c.dob(),
                    "id_document": {"type": "passport", "number": c.passport()}},
        "slot": c.ts(), "establishment": c.pick(["HMP Leeds", "HMP Styal", "JVA Stadelheim"]),
    }
    c.tag("criminal_record", "custody")
    return doc


SUPPORT_LEGEND = {"1": "strong support", "2": "leaning", "3": "undecided", "4": "against",
                  "5": "refused to say"}


def canvassing_record(c: Ctx) -> Any:
    party = c.pick(["Labour", "SPD", "Les Écologistes", "PSOE", "Green"])
    doors = []
    for _ in range(c.num(1, 4)):
        level = c.pick(list(SUPPORT_LEGEND))
        door: dict[str, Any] = {"elector": c.name(), "address": c.address_line(),
                                "support": int(level)}
        if level != "5":
            c.tag("political_opinion", "support")
        if c.chance(0.3):
            door["phone"] = c.phone()
        if c.chance(0.3):
            door["note"] = c.say("political_opinion")
        doors.append(door)
    # the canvasser volunteers for the party, which is itself a political opinion
    c.tag("political_opinion", "canvasser")
    return {"campaign": f"{party} ward canvass", "walk": c.ref("W"),
            "canvasser": c.given(), "legend": SUPPORT_LEGEND, "doors": doors}


def party_membership_signup(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "form": c.k("join", "mitglied-werden", "adhesion", "afiliacion"),
        "party": c.pick(["Bündnis 90/Die Grünen", "Parti socialiste", "Más Madrid",
                         "Liberal Democrats"]),
        "member": {c.k("name", "name", "nom_complet", "nombre_completo"): p.full,
                   "email": c.email(p), "dob": c.dob()},
        "membership_fee_monthly": c.money(2, 25),
    }
    c.tag("political_opinion", "membership")
    if c.chance(0.6):
        doc["sepa"] = {"iban": c.iban(), "mandate": c.ref("MD")}
    if c.chance(0.4):
        doc["volunteer_interests"] = ["leafleting", "phone banking"]
    return doc


def religious_community_member(c: Ctx) -> Any:
    p = c.person()
    faith = c.pick([
        ("St. Aidan's Parish", "Roman Catholic", "gift_aid_envelopes"),
        ("Ev. Kirchengemeinde Lindenau", "evangelisch-lutherisch", "Kirchgeld"),
        ("Mosquée de la Duchère", "sunnite", "zakat"),
        ("Comunidad Judía de Madrid", "judía", "tzedakah"),
        ("Gurdwara Sahib Leeds", "Sikh", "dasvandh"),
    ])
    c.tag("religious_belief", "membership")
    doc: dict[str, Any] = {
        "congregation": faith[0], "member": {"name": p.full, "dob": c.dob(),
                                             "denomination": faith[1]},
        "since": c.day(c.num(1990, 2023)),
        "giving": [{"type": faith[2], "amount": c.money(5, 400), "date": c.day()}
                   for _ in range(c.num(1, 3))],
    }
    if c.chance(0.6):
        doc["member"]["address"] = c.address()
    if c.chance(0.5):
        doc["member"]["email"] = c.email(p)
    if c.chance(0.3):
        doc["member"]["baptism_date"] = c.day(c.num(1960, 2010))
    if c.chance(0.3):
        doc["pastoral_note"] = c.note(1, ["health", "sex_life_orientation"])
    return doc


def visa_application(c: Ctx) -> Any:
    p = c.person("world")
    doc: dict[str, Any] = {
        "application": c.ref("VISA"),
        "applicant": {"surname": p.family.upper(), "given_names": p.given.upper(),
                      "date_of_birth": c.dob("iso"), "sex": c.pick("MFX")},
        "travel_document": {"type": c.pick(["passport", "PASSPORT"]),
                            "number": c.passport(c.pick(["in", "ng", "fr", "es"])),
                            "expiry": c.day(2031)},
        "purpose": c.pick(["tourism", "business", "family visit"]),
        "declarations": {"criminal_convictions": c.pick(["none", "yes - see attached"])},
    }
    c.tag("criminal_record", "declaration")
    if c.chance(0.4):
        doc["applicant"]["religion"] = c.pick(["Hindu", "Muslim", "Christian", "Buddhist"])
        c.tag("religious_belief", "field")
    if c.chance(0.5):
        doc["host"] = {"name": c.name(), "address": c.address_line()}
    return doc


def venue_directory(c: Ctx) -> Any:
    """Community venues, several of them churches: addresses, but no one's religion."""
    venues = []
    for _ in range(c.num(2, 4)):
        venue: dict[str, Any] = {
            "name": c.pick(["St Mary's Church Hall", "Salle paroissiale Saint-Jean",
                            "Gemeindehaus der Lutherkirche", "Centro Cívico La Iglesia",
                            "Quaker Meeting House", "Synagogue Road Community Centre"]),
            "address": c.address_line(),
            "capacity": c.num(40, 300), "step_free": c.chance(0.6),
        }
        if c.chance(0.5):
            lat, lon = c.coords()
            venue["geo"] = {"type": "Point", "coordinates": [lon, lat]}
        venues.append(venue)
    return {"directory": "warm-spaces", "updated": c.day(), "venues": venues,
            "raw": json.dumps({"source": "volunteer survey"})}
