"""Social services and justice charities: asylum casework, food banks, housing, domestic abuse,
re-entry, legal aid, interpreting, safeguarding and background checks."""

from __future__ import annotations

from .common import staff_note
from .ctx import Ctx, Json
from .registry import family

ORIGINS = (
    ("Syria", "SY", "Arabic"),
    ("Afghanistan", "AF", "Dari"),
    ("Eritrea", "ER", "Tigrinya"),
    ("Iran", "IR", "Farsi"),
    ("Ukraine", "UA", "Ukrainian"),
    ("Sudan", "SD", "Arabic"),
)
ETHNIC = (
    "Kurdish",
    "Hazara",
    "Tigrinya (ethnic group)",
    "Baloch",
    "Yazidi Kurd",
    "Crimean Tatar",
    "Masalit",
)
PERSECUTION = (
    ("religious_belief", "Convert to Christianity from Islam"),
    ("sex_life_orientation", "Sexual orientation (gay man)"),
    ("political_opinion", "Member of opposition party, detained after protests"),
    ("racial_ethnic_origin", "Ethnic Hazara, targeted by the Taliban"),
    ("sex_life_orientation", "Lesbian, forced marriage threatened"),
)


@family("asylum_casework", 4, "en")
def asylum_casework(c: Ctx) -> Json:
    p = c.person("en")
    country, cc, lang = c.pick(ORIGINS)
    kind, basis = c.pick(PERSECUTION)
    doc: dict[str, Json] = {
        "caseId": c.small_ref("AS-", 6),
        "client": {
            "name": p.full,
            "dateOfBirth": c.dob("fr", 1970, 2006),
            "nationality": country,
            "firstLanguage": lang,
            "phone": c.phone("GB"),
        },
        "homeOfficeRef": c.pick("ABCDEFGHJKLMN") + str(c.rint(100000, 999999)),
        "stage": c.pick(
            (
                "Screening done",
                "Substantive interview booked",
                "Refused - appeal lodged",
                "Granted refugee status",
            )
        ),
        "basisOfClaim": c.sp(kind, basis),
        **(
            c.kv(
                "criminal_record",
                "criminalConvictions",
                c.pick(("None declared", "No", "Conviction in country of origin (political)")),
            )
            if c.chance(0.85)
            else {}
        ),
        "caseworker": c.pick(("JW", "AK", "FM")),
        "notes": staff_note(c, [c.pick(("health", "neutral", "neg_racial"))]),
    }
    if c.chance(0.8):
        doc["client"].update(c.kv("racial_ethnic_origin", "ethnicity", c.pick(ETHNIC)))
    if c.chance(0.4):
        doc["client"].update(
            c.kv(
                "religious_belief",
                "religion",
                c.pick(("Sunni Muslim", "Shia Muslim", "Orthodox Christian", "Yazidi", "Baha'i")),
            )
        )
    if c.chance(0.5):
        doc["identityDocuments"] = [
            {
                "type": "passport",
                "number": c.passport(cc if cc in ("SY", "AF", "UA") else "XX"),
                "issuingCountry": cc,
                "heldBy": "Home Office",
            }
        ]
    return doc


@family("foodbank_voucher", 3, "en")
def foodbank_voucher(c: Ctx) -> Json:
    p = c.person("en")
    a = c.addr("GB")
    reason = c.pick(
        (
            "Benefit delays",
            "Low income",
            "Debt",
            "Sickness/ill health",
            "Homeless",
            "Domestic abuse",
        )
    )
    doc: dict[str, Json] = {
        "voucherCode": c.token(4, "ABCDEFGHJKLMNPQRSTUVWXYZ")
        + "-"
        + c.token(4, "23456789ABCDEFGH"),
        "referralAgency": c.pick(
            ("Citizens Advice Leeds", "St Vincent's Support Centre", "Jobcentre Plus Moss Side")
        ),
        "client": {"name": p.full, "address": a.oneline, "phone": c.phone("GB")},
        "household": {"adults": c.rint(1, 2), "children": c.rint(0, 4)},
        "dietary": c.pick(("none", "vegetarian", "no pork")),
        "issuedAt": c.ts(2024, 2025),
    }
    if reason in ("Sickness/ill health",):
        doc["primaryReason"] = c.sp("health", reason)
    elif reason == "Domestic abuse":
        doc["primaryReason"] = reason
        c.note("reason:da")
    else:
        doc["primaryReason"] = reason
    if c.chance(0.3):
        doc["notes"] = staff_note(c, [c.pick(("neutral", "health", "neg_religious"))])
    return doc


@family("housing_intake", 3, "en")
def housing_intake(c: Ctx) -> Json:
    p = c.person("en")
    doc: dict[str, Json] = {
        "intakeId": c.uuid(),
        "applicant": {
            "name": p.full,
            "dob": c.dob("fr", 1960, 2005),
            "mobile": c.phone("GB"),
            "lastSettledAddress": c.addr("GB").oneline,
        },
        "sleepingRough": c.chance(0.4),
        "mentalHealth": c.sp(
            "health",
            c.pick(
                (
                    "Depression, not currently engaging with services",
                    "Diagnosed schizophrenia, on depot injection",
                    "None disclosed",
                )
            ),
        ),
        "substanceUse": c.sp(
            "health", c.pick(("Alcohol - daily", "Heroin - in treatment", "None"))
        ),
        "offendingHistory": c.sp(
            "criminal_record",
            c.pick(
                (
                    "Released from HMP Leeds 3 weeks ago",
                    "Unspent conviction for burglary",
                    "No offending history",
                    "On licence until next year",
                )
            ),
        ),
        "evictionHistory": c.pick(("Evicted 2023 - rent arrears", "None")),
    }
    return doc


@family("domestic_abuse_referral", 3, "en")
def domestic_abuse_referral(c: Ctx) -> Json:
    v = c.person("en")
    perp = c.person("en")
    return {
        "referralId": c.small_ref("DA", 6),
        "riskLevel": c.pick(("standard", "medium", "high - MARAC")),
        "victim": {
            "name": v.full,
            "safeContact": c.phone("GB"),
            "safeToLeaveVoicemail": False,
            "children": c.rint(0, 3),
        },
        "alleged_perpetrator": {
            "name": perp.full,
            "relationship": c.pick(("ex-partner", "husband", "son")),
            "police": c.sp(
                "criminal_record",
                c.pick(
                    (
                        "Arrested 12/03 for ABH, released on bail",
                        "Previous conviction for assault (2019)",
                        "Under investigation for coercive control",
                        "Restraining order breached - charged",
                    )
                ),
            ),
        },
        "injuries": c.sp(
            "health",
            c.pick(
                (
                    "bruising to arms, seen at A&E",
                    "no physical injuries reported",
                    "fractured wrist last month",
                )
            ),
        ),
        "notes": c.say("note"),
    }


@family("reentry_mentoring_case", 3, "en")
def reentry_mentoring_case(c: Ctx) -> Json:
    m = c.person("en")
    mentor = c.person("en")
    return {
        "mentee": {
            "name": m.full,
            "prisonNumber": c.pick("ABGL")
            + str(c.rint(1000, 9999))
            + c.pick("ABCDE")
            + c.pick("ABCDE"),
            "releaseDate": c.date(2024, 2025),
        },
        "offence": c.sp(
            "criminal_record",
            c.pick(
                (
                    "Robbery - 4 years",
                    "Possession with intent to supply",
                    "Fraud by false representation",
                    "Dangerous driving",
                )
            ),
        ),
        "licenceConditions": c.sp(
            "criminal_record",
            c.pick(
                (
                    "Curfew 7pm-7am, tag fitted",
                    "Must not enter Leeds city centre",
                    "Report weekly to probation",
                )
            ),
        ),
        "probationPractitioner": c.person("en").full,
        "mentor": {"name": mentor.full, "email": mentor.email()},
        "goals": c.sample(("housing", "ID documents", "job search", "reconnect with kids"), 2),
        "lastSession": staff_note(c, [c.pick(("neutral", "health", "health"))]),
    }


@family("legal_aid_intake", 3, "en")
def legal_aid_intake(c: Ctx) -> Json:
    p = c.person("en")
    other = c.person("en")
    return {
        "matterType": c.pick(("Immigration", "Housing disrepair", "Family", "Employment")),
        "client": {
            "name": p.full,
            "dob": c.dob("fr", 1960, 2003),
            "email": p.email(),
            "phone": c.phone("GB"),
        },
        "conflictCheck": {"otherParty": other.full, "result": "clear"},
        "meansTest": {
            "benefits": c.pick(("Universal Credit", "PIP", "none")),
            "passported": c.chance(0.5),
        },
        "summary": staff_note(c, [c.pick(("neutral", "health", "criminal", "union", "racial"))]),
    }


@family("interpreter_match", 3, "en")
def interpreter_match(c: Ctx) -> Json:
    interp = c.person("en")
    city = c.pick(("Leeds", "Manchester", "Bristol", "Glasgow"))
    lat, lon = c.latlon(city, c.pick((5, 6)))
    return {
        "request": c.small_ref("INT", 6),
        "language": c.pick(
            ("Tigrinya", "Dari", "Kurdish Sorani", "Arabic (Sudanese)", "Ukrainian")
        ),
        "clientNationality": c.pick(("Eritrean", "Afghan", "Iraqi", "Sudanese")),
        "appointment": {
            "type": c.pick(("GP", "Solicitor", "Housing office")),
            "at": c.ts(2025, 2025),
            "meetingPoint": {"lat": lat, "lng": lon},
        },
        "interpreter": {"name": interp.full, "mobile": c.phone("GB"), "dbsChecked": True},
        "genderPreference": c.pick(("female", "none")),
        "note": c.say("note"),
    }


@family("safeguarding_report", 2, "en")
def safeguarding_report(c: Ctx) -> Json:
    child = c.person("en")
    staff = c.person("en")
    concern = c.pick(
        (
            ("health", "Child disclosed her mum's new partner hits her; bruise on left cheek."),
            (
                "health",
                "Young person said he has not eaten since Friday and seemed very withdrawn.",
            ),
            (
                "criminal_record",
                "Volunteer reported that a parent was convicted of a sexual offence in 2015.",
            ),
            ("health", "Learner disclosed self-harm (cuts on forearm), GP informed."),
        )
    )
    return {
        "reportId": c.uuid(),
        "setting": c.pick(("Saturday youth club", "Holiday hunger scheme", "Sunday football")),
        "child": {"name": child.full, "age": c.rint(8, 16)},
        "concern": c.sp(concern[0], concern[1]),
        "reportedBy": {"name": staff.full, "role": "Session lead"},
        "dsl_action": c.pick(
            ("Referral to children's social care", "Monitor and review", "Police informed")
        ),
        "at": c.ts(2024, 2025),
    }


@family("dbs_check_result", 3, "en")
def dbs_check_result(c: Ctx) -> Json:
    p = c.person("en")
    a = c.addr("GB")
    result = c.pick(
        (
            "No information disclosed",
            "No information disclosed",
            "Information disclosed - see certificate",
        )
    )
    doc: dict[str, Json] = {
        "applicationRef": c.small_ref("E", 6),
        "level": c.pick(("Enhanced with Children's Barred List", "Enhanced", "Standard")),
        "applicant": {
            "forename": p.first,
            "surname": p.last,
            "dateOfBirth": c.dob("fr", 1950, 2004),
            "currentAddress": a.oneline,
        },
        "idChecked": [{"type": "passport", "number": c.passport("GB")}, {"type": "utility bill"}],
        "certificateNumber": c.decoy("dbs_cert", str(c.rint(10**11, 10**12 - 1))),
        **c.kv("criminal_record", "result", result),
        "issued": c.date(2024, 2025),
        "role": c.pick(("Youth volunteer", "Befriender", "Driver")),
    }
    if c.chance(0.3):
        doc["applicant"]["nationalInsuranceNumber"] = c.nino()
    return doc


@family("us_background_check", 2, "en")
def us_background_check(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    a = c.addr("US")
    clear = c.chance(0.6)
    crim: dict[str, Json] = {
        "type": "national_criminal_search",
        "status": "clear" if clear else "consider",
    }
    if not clear:
        crim["records"] = [
            {
                "charge": c.pick(("DUI", "Petty theft", "Possession of a controlled substance")),
                "disposition": "Convicted",
                "offense_date": c.date(2008, 2018),
                "county": c.pick(("Cook", "Fulton", "Maricopa")),
            }
        ]
    return {
        "id": c.hexs(24),
        "object": "report",
        "package": "volunteer_basic_plus",
        "candidate": {
            "first_name": p.first,
            "last_name": p.last,
            "dob": c.dob("iso", 1955, 2004),
            "ssn": c.ssn(),
            "zipcode": a.postcode,
            "email": p.email(),
        },
        "ssn_trace": {"status": "clear", "addresses": [a.oneline]},
        "sex_offender_search": {"status": "clear"},
        **c.kv("criminal_record", "national_criminal_search", crim),
        "completed_at": c.ts(2024, 2025),
    }


@family("fluechtlingshilfe_fallakte", 3, "de")
def fluechtlingshilfe_fallakte(c: Ctx) -> Json:
    p = c.person("en") if c.chance(0.3) else c.person()
    country, cc, lang = c.pick(ORIGINS)
    doc: dict[str, Json] = {
        "aktenzeichen": c.small_ref("FH-", 5),
        "klient": {
            "name": p.full,
            "geburtsdatum": c.dob("de", 1975, 2006),
            "staatsangehörigkeit": country,
            "sprache": lang,
            "handy": c.phone(),
        },
        "aufenthaltsstatus": c.pick(
            ("Aufenthaltsgestattung", "Duldung", "Aufenthaltserlaubnis § 25 Abs. 2")
        ),
        **(
            c.kv("criminal_record", "vorstrafen", c.pick(("keine", "keine bekannt")))
            if c.chance(0.7)
            else {}
        ),
        "bamf_az": c.small_ref("", 6) + "-" + str(c.rint(100, 999)),
        "notiz": staff_note(c, [c.pick(("health", "neutral", "neg_racial", "religious"))]),
    }
    if c.chance(0.7):
        doc["klient"].update(
            c.kv(
                "racial_ethnic_origin",
                "volkszugehörigkeit",
                c.pick(("kurdisch", "jesidisch-kurdisch", "hazara", "paschtunisch")),
            )
        )
    if c.chance(0.4):
        doc["klient"].update(
            c.kv(
                "religious_belief",
                "religion",
                c.pick(("ezidisch", "muslimisch (schiitisch)", "christlich-orthodox")),
            )
        )
    if c.chance(0.4):
        doc["reisepass"] = {
            "nummer": c.passport(cc if cc in ("SY", "AF", "UA") else "XX"),
            "gültig_bis": c.date(2026, 2030),
        }
    return doc


@family("tafel_kundenkarte", 3, "de")
def tafel_kundenkarte(c: Ctx) -> Json:
    p = c.person()
    doc: dict[str, Json] = {
        "kundennummer": c.rint(1000, 9999),
        "name": p.rev,
        "haushalt": {"erwachsene": c.rint(1, 2), "kinder": c.rint(0, 4)},
        "nachweis": c.pick(("Bürgergeld-Bescheid", "Grundsicherung", "Wohngeld")),
        "ausgabetag": c.pick(("Dienstag", "Freitag")),
        "gültig_bis": c.date(2025, 2026),
    }
    if c.chance(0.25):
        doc["hinweis"] = c.sp(
            "health",
            c.pick(
                (
                    "Schwerbehindertenausweis vorgelegt, darf vorgezogen werden",
                    "Diabetiker, bitte zuckerfrei",
                )
            ),
        )
    return doc


@family("frauenhaus_aufnahme", 3, "de")
def frauenhaus_aufnahme(c: Ctx) -> Json:
    p = c.person()
    t = c.person()
    return {
        "aufnahme": c.date(2025, 2025),
        "bewohnerin": {"vorname": p.first, "kinder": c.rint(0, 3), "kontakt": c.phone()},
        "gefaehrder": {
            "name": t.full,
            "beziehung": c.pick(("Ehemann", "Ex-Partner")),
            "polizei": c.sp(
                "criminal_record",
                c.pick(
                    (
                        "Strafanzeige wegen Körperverletzung erstattet, Ermittlungsverfahren läuft",
                        "bereits wegen Bedrohung verurteilt",
                        "Wohnungsverweisung und Anzeige",
                    )
                ),
            ),
        },
        "verletzungen": c.sp(
            "health",
            c.pick(
                (
                    "Prellungen, ärztlich dokumentiert",
                    "keine sichtbaren Verletzungen",
                    "Rippenbruch im Februar",
                )
            ),
        ),
        "hinweis": c.say("note"),
    }


@family("dossier_exile", 3, "fr")
def dossier_exile(c: Ctx) -> Json:
    p = c.person("en") if c.chance(0.3) else c.person()
    country, cc, lang = c.pick(ORIGINS)
    doc: dict[str, Json] = {
        "dossier": c.small_ref("CIM-", 5),
        "personne": {
            "nom": c.morph(p.last, str.upper),
            "prenom": p.first,
            "date_naissance": c.dob(),
            "pays": country,
            "langue": lang,
            "tel": c.phone(),
        },
        "procedure": c.pick(
            ("demande d'asile OFPRA", "recours CNDA", "titre de séjour vie privée et familiale")
        ),
        "récit": c.say(c.pick(("health", "orientation", "religious", "political", "neutral"))),
        **(
            c.kv("criminal_record", "condamnations", c.pick(("néant", "aucune déclarée")))
            if c.chance(0.5)
            else {}
        ),
    }
    if c.chance(0.7):
        doc["personne"].update(
            c.kv(
                "racial_ethnic_origin", "ethnie", c.pick(("peule", "kurde", "hazara", "tigréenne"))
            )
        )
    if c.chance(0.4):
        doc["passeport"] = c.passport(cc if cc in ("SY", "AF", "UA") else "XX")
    return doc


@family("aide_alimentaire_inscription", 3, "fr")
def aide_alimentaire_inscription(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "centre": c.pick(("Centre Lyon 8e", "Antenne Saint-Denis")),
        "beneficiaire": {"nom": p.full, "adresse": a.oneline, "téléphone": c.phone()},
        "num_secu": c.nir() if c.chance(0.6) else c.nir_decoy(),
        "foyer": {"adultes": c.rint(1, 2), "enfants": c.rint(0, 4)},
        "ressources_mensuelles": c.rint(400, 1200),
        "remarque": c.say(c.pick(("neutral", "neutral", "health", "neg_religious"))),
    }


@family("expediente_proteccion", 3, "es")
def expediente_proteccion(c: Ctx) -> Json:
    p = c.person()
    country, _cc, _lang = c.pick(
        (*ORIGINS, ("Venezuela", "VE", "español"), ("Colombia", "CO", "español"))
    )
    doc: dict[str, Json] = {
        "expediente": c.small_ref("PI-", 6),
        "solicitante": {
            "nombre": p.full,
            "nie": c.nie(),
            "fecha_nacimiento": c.dob(),
            "nacionalidad": country,
            "telefono": c.phone(),
        },
        "fase": c.pick(("primera acogida", "segunda fase", "autonomía")),
        **(
            c.kv("criminal_record", "antecedentes_penales", c.pick(("no constan", "no declara")))
            if c.chance(0.5)
            else {}
        ),
        "observaciones": staff_note(c, [c.pick(("health", "neutral", "neg_racial", "political"))]),
    }
    if c.chance(0.5):
        doc["solicitante"].update(
            c.kv(
                "racial_ethnic_origin",
                "origen_etnico",
                c.pick(("afrocolombiana", "wayuu", "kurda", "hazara")),
            )
        )
    return doc


@family("derivacion_banco_alimentos", 3, "es")
def derivacion_banco_alimentos(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "servicio_sociales": c.pick(("CSS Arganzuela", "UTS Triana")),
        "titular": {
            "nombre": p.full,
            "dni": c.dni() if c.chance(0.7) else c.dni_decoy(),
            "domicilio": a.oneline,
        },
        "miembros_unidad_familiar": c.rint(1, 6),
        "motivo": c.pick(("desempleo", "ingresos insuficientes", "ERTE")),
        "observaciones": c.say("note") if c.chance(0.8) else staff_note(c, ["health"]),
    }


@family("reinsercion_penitenciaria", 3, "es")
def reinsercion_penitenciaria(c: Ctx) -> Json:
    p = c.person()
    return {
        "participante": {"nombre": p.full, "dni": c.dni()},
        "centro": c.pick(("CP Madrid VII - Estremera", "CIS Victoria Kent")),
        "situacion": c.sp(
            "criminal_record",
            c.pick(("tercer grado", "libertad condicional", "segundo grado con permisos")),
        ),
        "delito": c.sp(
            "criminal_record", c.pick(("robo con fuerza", "tráfico de drogas", "estafa"))
        ),
        "itinerario": c.sample(("formación", "búsqueda de empleo", "vivienda", "deporte"), 2),
        "tutor": c.person().full,
    }


@family("atencion_violencia_genero", 3, "es")
def atencion_violencia_genero(c: Ctx) -> Json:
    p = c.person()
    ag = c.person()
    return {
        "caso": c.small_ref("VG-", 5),
        "victima": {"nombre": p.first, "telefono_seguro": c.phone()},
        "agresor": {
            "nombre": ag.full,
            "situacion_judicial": c.sp(
                "criminal_record",
                c.pick(
                    (
                        "orden de alejamiento vigente",
                        "denunciado, diligencias abiertas",
                        "condenado por lesiones en 2021",
                    )
                ),
            ),
        },
        "valoracion_riesgo": c.pick(("medio", "alto")),
        "notas": c.say(c.pick(("neutral", "health"))),
    }
