"""Political campaigns and civic tech: CRM contacts, canvassing, donations, petitions, ballots."""

from __future__ import annotations

import datetime as dt

from .common import edi, reported
from .ctx import Ctx, Json
from .registry import family

US_CITIES = ("Boston", "Philadelphia", "Atlanta", "Milwaukee", "Phoenix", "Detroit")
COMMITTEES = (
    "Democratic Congressional Campaign Committee",
    "Arizona Democratic Party",
    "Working Families Party National PAC",
    "Swing Left",
    "Wisconsin Democrats",
    "Georgia Democratic Party",
)
SUPPORT = (
    "1 - Strong Support",
    "2 - Lean Support",
    "3 - Undecided",
    "4 - Lean Oppose",
    "5 - Strong Oppose",
)


@family("nationbuilder_person", 3, "en")
def nationbuilder_person(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    a = c.addr("US")
    person: dict[str, Json] = {
        "id": c.num_id(1000, 999999),
        "first_name": p.first,
        "last_name": p.last,
        "email": p.email(),
        "mobile": c.phone("US"),
        "birthdate": c.dob("iso", 1945, 2004) if c.chance(0.6) else None,
        "sex": c.pick(("F", "M", None)),
        "is_volunteer": c.chance(0.4),
        "email_opt_in": True,
        "tags": c.sample(("newsletter", "event-attendee", "housing", "climate", "rsvp-june"), 2),
        "primary_address": {
            "address1": a.line,
            "city": a.city,
            "state": a.state,
            "zip": a.postcode,
            "country_code": "US",
        },
        "created_at": c.ts(2020, 2024, "offset"),
    }
    lat, lon = c.latlon(a.city, c.pick((6, 7)))
    person["primary_address"]["lat"] = repr(lat)
    person["primary_address"]["lng"] = repr(lon)
    if c.chance(0.5):
        person.update(c.kv("political_opinion", "support_level", c.rint(1, 5)))
        person.update(c.kv("political_opinion", "party", c.pick(("D", "R", "G", "I"))))
        person["tags"].append("canvass-2024")
    else:
        person["support_level"] = None
        person["party"] = None
    return {"person": person, "precinct_name": f"Ward {c.rint(1, 40)} Precinct {c.rint(1, 30)}"}


@family("ngpvan_canvass", 3, "en")
def ngpvan_canvass(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    a = c.addr("US")
    not_home = c.chance(0.45)
    doc: dict[str, Json] = {
        "vanId": c.num_id(100000, 999999),
        "firstName": p.first,
        "lastName": p.last,
        "addresses": [
            {
                "addressLine1": a.line,
                "city": a.city,
                "stateOrProvince": a.state,
                "zipOrPostalCode": a.postcode,
                "type": "Voting",
            }
        ],
        "canvassContext": {
            "contactTypeId": 2,
            "inputTypeId": 14,
            "dateCanvassed": c.ts(2024, 2024, "offset"),
        },
    }
    if not_home:
        doc["resultCodeId"] = 18
        doc["resultCodeName"] = "Not Home"
        doc["responses"] = None
    else:
        doc["resultCodeId"] = None
        doc["responses"] = [
            {
                "type": "SurveyResponse",
                "surveyQuestionId": c.num_id(100000, 999999),
                "surveyQuestionName": "Support ID 2024",
                "surveyResponseId": c.num_id(100000, 999999),
                "surveyResponseName": c.sp("political_opinion", c.pick(SUPPORT)),
            },
            {
                "type": "ActivistCode",
                "activistCodeId": c.num_id(1000, 9999),
                "activistCodeName": c.pick(("Yard Sign", "Needs Ride", "Vol Prospect")),
                "action": "Apply",
            },
        ]
        if c.chance(0.4):
            doc["notes"] = [
                {
                    "text": reported(c, c.pick(("health", "religious", "neutral"))),
                    "isViewRestricted": False,
                }
            ]
    return doc


@family("actblue_webhook", 3, "en")
def actblue_webhook(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    a = c.addr("US")
    committee = c.pick(COMMITTEES)
    amt = f"{c.amount((5, 10, 19, 27, 50, 100))}.00"
    return {
        "donor": {
            "firstname": p.first,
            "lastname": p.last,
            "addr1": a.line,
            "city": a.city,
            "state": a.state,
            "zip": a.postcode,
            "country": "United States",
            "isEligibleForExpressLane": c.chance(0.5),
            "employerData": {
                "employer": c.pick(("Not Employed", "Self", "Wells Fargo", "Emory University")),
                "occupation": c.pick(("Retired", "Nurse", "Teacher", "Engineer")),
            },
            "email": p.email(),
            "phone": c.phone("US") if c.chance(0.6) else None,
        },
        "contribution": {
            "createdAt": c.ts(2024, 2024, "offset"),
            "orderNumber": "AB" + str(c.rint(100000, 999999)),
            "contributionForm": c.token(10, "abcdefghijklmnopqrstuvwxyz") + "-fall",
            "refcodes": {"refcode": c.pick(("em_0912", "sms_gotv", "fb_lookalike"))},
            "recurringPeriod": c.pick(("once", "monthly")),
            "status": "approved",
        },
        "lineitems": [
            {
                "sequence": 0,
                "entityId": c.num_id(10000, 99999),
                "fecId": c.decoy("fec_id", "C00" + str(c.rint(100000, 999999))),
                "committeeName": c.sp("political_opinion", committee),
                "amount": amt,
                "paidAt": c.ts(2024, 2024, "offset"),
            }
        ],
    }


@family("phonebank_result", 3, "en")
def phonebank_result(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    talked = c.chance(0.7)
    doc: dict[str, Json] = {
        "call_id": c.uuid(),
        "campaign": c.pick(("GOTV Phonebank - Maricopa", "Senate persuasion calls wk3")),
        "caller_handle": c.pick(("vol_kayla22", "phonebanker-88", "rosie.k")),
        "contact": {"name": p.full, "phone": c.phone("US")},
        "disposition": "Talked to Correct Person"
        if talked
        else c.pick(("Left Message", "Wrong Number")),
        "duration_s": c.rint(20, 600),
    }
    if talked:
        doc["survey"] = {
            "Q1 Vote plan": c.sp(
                "political_opinion",
                c.pick(
                    ("Voting early in person", "Already voted by mail", "Will vote on Election Day")
                ),
            ),
            "Q2 Support": c.sp("political_opinion", c.pick(SUPPORT)),
            "Q3 Top issue": c.pick(("Cost of living", "Abortion access", "Housing", "Immigration")),
        }
        doc["notes"] = reported(c, c.pick(("health", "union", "neutral", "religious")))
    return doc


@family("mobilize_attendance", 3, "en")
def mobilize_attendance(c: Ctx) -> Json:
    c.region = "us"
    t0 = c.when(2024, 2024)
    slot = [(t0 + dt.timedelta(hours=h)).strftime("%Y-%m-%dT%H:%M:%SZ") for h in (0, 3)]
    p = c.person("en")
    partisan = c.chance(0.4)
    if partisan:
        sponsor = c.sp(
            "political_opinion",
            c.pick(("Arizona Democratic Party", "Wisconsin Democrats", "Working Families Party")),
        )
        title = "Weekend of Action: door knocking"
    else:
        sponsor = c.pick(("League of Women Voters", "Rock the Vote", "Habitat for Humanity"))
        title = c.pick(("Voter registration drive", "Build day"))
    return {
        "id": c.num_id(),
        "person": {
            "given_name": p.first,
            "family_name": p.last,
            "email_address": p.email(),
            "phone_number": c.phone("US"),
            "postal_code": c.addr("US").postcode,
        },
        "event": {
            "id": c.num_id(),
            "title": title,
            "sponsor": {"name": sponsor},
            "event_type": "CANVASS" if partisan else "VOTER_REG",
        },
        "timeslot": {"start_date": slot[0], "end_date": slot[1]},
        "status": c.pick(("CONFIRMED", "CANCELLED")),
        "attended": c.chance(0.6),
        "referrer": {"utm_source": c.pick(("email", "sms", None))},
    }


@family("petition_signature", 3, "en")
def petition_signature(c: Ctx) -> Json:
    p = c.person("en")
    title = c.pick(
        (
            "Fund insulin at cost for everyone",
            "Keep our community hospital open",
            "Protect the right to strike",
            "Ban conversion practices now",
            "Safe routes to school on Harrow Drive",
        )
    )
    comment = c.neutral()
    if c.chance(0.2):
        comment = c.say(c.pick(("health", "orientation", "union", "racial", "religious")))
    return {
        "action": "signature",
        "petition": {"slug": title.lower().replace(" ", "-")[:40], "title": title},
        "signer": {
            "first_name": p.first,
            "last_name": p.last,
            "email": p.email(),
            "postcode": c.addr("GB").postcode,
            "country": "GB",
        },
        "comment": comment,
        "opt_in": c.chance(0.5),
        "source": {
            "ip": c.ip(c.pick(("public", "v6"))),
            "user_agent": "Mozilla/5.0 (Linux; Android 14)",
        },
        "signed_at": c.ts(2024, 2025, "ms"),
    }


@family("voter_file_match", 5, "en")
def voter_file_match(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    a = c.addr("US")
    d = c.dob_date(1940, 2004)
    dob = c.mark("date_of_birth", d.strftime("%Y%m%d"), "dob")
    out: dict[str, Json] = {
        "matchback_id": c.uuid(),
        "input": {
            "first_name": p.first,
            "last_name": p.last,
            "address1": a.line,
            "zip": a.postcode,
        },
        "vb.voterbase_id": f"{a.state}-{c.hexs(12).upper()}",
        "vb.voterbase_dob": dob,
        "vb.tsmart_full_address": a.oneline,
        "match_score": c.pick((0.98, 0.91, 0.87)),
    }
    out.update(c.kv("political_opinion", "vb.vf_g2020", c.pick(("Y", "N"))))
    out.update(
        c.kv("political_opinion", "vb.vf_party", c.pick(("Democrat", "Republican", "Unaffiliated")))
    )
    out.update(c.kv("political_opinion", "ts.tsmart_partisan_score", round(c.r.uniform(5, 95), 1)))
    if c.chance(0.6):
        out.update(
            c.kv(
                "racial_ethnic_origin",
                "vb.voterbase_race",
                c.pick(("Hispanic", "African-American", "Caucasian", "East Asian")),
            )
        )
    return out


@family("party_membership_renewal", 5, "en")
def party_membership_renewal(c: Ctx) -> Json:
    p = c.person("en")
    a = c.addr("GB")
    party, branch = c.pick(
        (
            ("Labour Party", "Leeds North East CLP"),
            ("Liberal Democrats", "Sheffield Hallam Local Party"),
            ("Green Party of England and Wales", "Bristol Green Party"),
            ("Scottish National Party", "Glasgow Kelvin Branch"),
        )
    )
    doc: dict[str, Json] = {
        "membershipNumber": c.pick("LGSE") + str(c.rint(100000, 999999)),
        "organisation": c.sp("political_opinion", party),
        "branch": branch,
        "member": {
            "title": c.pick(("Mr", "Ms", "Mx", "Dr")),
            "firstName": p.first,
            "lastName": p.last,
            "dateOfBirth": c.dob("iso", 1940, 2006),
            "email": p.email(),
            "mobile": c.phone("GB"),
            "address": {"line1": a.line, "town": a.city, "postcode": a.postcode},
        },
        "rate": c.pick(("Standard", "Reduced", "Youth")),
        "renewalDate": c.date(2025, 2025),
        "payment": {
            "method": "Direct Debit",
            "sortCode": c.sort_code(),
            "accountNumber": c.uk_account(),
        },
    }
    if c.chance(0.8):
        doc["equalities"] = edi(
            c, "camel", ("gender", "ethnicity", "religion", "orientation", "disability"), pnts=0.2
        )
    if party == "Labour Party" and c.chance(0.7):
        doc["affiliatedUnion"] = c.sp("trade_union", c.pick(("UNISON", "Unite", "GMB", "CWU")))
    return doc


@family("candidate_questionnaire", 3, "en")
def candidate_questionnaire(c: Ctx) -> Json:
    p = c.person("en")
    answers: list[Json] = [
        {
            "q": "Will you support the local bus franchise?",
            "a": c.pick(("Yes", "Yes, with conditions", "Undecided")),
        },
        {
            "q": "What is your position on the incinerator?",
            "a": c.say("neutral") + " I will vote against it.",
        },
    ]
    if c.chance(0.5):
        answers.append(
            {
                "q": "Anything else voters should know?",
                "a": c.say(c.pick(("religious", "health", "orientation"))),
            }
        )
    return {
        "survey": "Civic Alliance Candidate Questionnaire 2024",
        "candidate": {
            "name": p.full,
            "party": c.sp(
                "political_opinion", c.pick(("Labour", "Green", "Liberal Democrat", "Independent"))
            ),
            "ward": c.pick(("Headingley", "Chapel Allerton", "Roundhay")),
            "email": p.email(),
        },
        "answers": answers,
        "submitted_at": c.ts(2024, 2025),
    }


@family("lobbying_register", 3, "en")
def lobbying_register(c: Ctx) -> Json:
    c.region = "us"
    issue = c.pick((("HCR", "Health Issues"), ("BUD", "Budget/Appropriations"), ("HOU", "Housing")))
    lobbyists: list[Json] = []
    for _ in range(c.rint(1, 3)):
        p = c.person("en")
        lobbyists.append(
            {
                "lobbyist": {"first_name": p.first, "last_name": p.last},
                "covered_position": c.pick(("", "Legislative Assistant, Sen. office 2015-2019")),
                "new": c.chance(0.3),
            }
        )
    return {
        "filing_uuid": c.uuid(),
        "filing_type": "Q3",
        "registrant": {"name": c.pick(("Capitol Compass LLC", "Meridian Public Affairs"))},
        "client": {
            "name": c.pick(
                (
                    "National Rare Disease Alliance",
                    "Faith Housing Coalition",
                    "American Credit Union League",
                )
            )
        },
        "lobbying_activities": [
            {
                "general_issue_code": issue[0],
                "general_issue_code_display": issue[1],
                "lobbyists": lobbyists,
            }
        ],
        "income": c.pick((20000, 45000, 80000)),
        "pep": False,
    }


@family("townhall_question", 3, "en")
def townhall_question(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    q = (
        c.say(c.pick(("health", "orientation", "criminal", "union", "racial", "neg_health")))
        + " "
        + c.pick(
            (
                "What will the council do about it?",
                "Why has nothing changed since last year?",
                "Will you commit to funding this?",
            )
        )
    )
    return {
        "submissionId": c.uuid(),
        "meeting": "Town Hall: Budget 2025",
        "submitter": {
            "name": p.full if c.chance(0.7) else p.first,
            "email": p.email(),
            "zip": c.addr("US").postcode,
        },
        "topic": c.pick(("Public safety", "Health", "Housing", "Schools")),
        "question": q,
        "upvotes": c.rint(0, 60),
        "moderation": {"status": c.pick(("approved", "pending")), "by": "moderator-2"},
    }


@family("haustuer_wahlkampf", 3, "de")
def haustuer_wahlkampf(c: Ctx) -> Json:
    a = c.addr()
    lat, lon = c.latlon(a.city, 6)
    doc: dict[str, Json] = {
        "gebiet": f"WK {c.rint(1, 299)} / Stimmbezirk {c.rint(100, 999)}",
        "adresse": {"straße": a.street, "hausnummer": a.number, "plz": a.postcode},
        "klingel": c.rint(1, 24),
        "geoPosition": {"lat": lat, "lng": lon, "genauigkeit_m": c.rint(3, 20)},
        "zeitpunkt": c.ts(2024, 2025, "offset"),
    }
    if c.chance(0.65):
        doc["ergebnis"] = "Gespräch geführt"
        doc.update(
            c.kv(
                "political_opinion",
                "einschätzung",
                c.pick(
                    ("Unterstützer:in", "unentschlossen", "wählt andere Partei", "Stammwähler:in")
                ),
            )
        )
        doc["notiz"] = reported(c, c.pick(("neutral", "health", "neg_political")))
    else:
        doc["ergebnis"] = c.pick(("niemand da", "kein Interesse", "Flyer eingeworfen"))
    return doc


@family("parteimitglied_antrag", 3, "de")
def parteimitglied_antrag(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "antragsnummer": c.small_ref("MA-", 6),
        "partei": c.sp(
            "political_opinion",
            c.pick(("SPD", "BÜNDNIS 90/DIE GRÜNEN", "Die Linke", "CDU", "FDP", "Volt")),
        ),
        "gliederung": c.pick(("OV Kreuzberg", "KV Köln", "OV Connewitz", "KV München-Land")),
        "vorname": p.first,
        "nachname": p.last,
        "geburtsdatum": c.dob(),
        "anschrift": {"straße": a.line, "plz": a.postcode, "ort": a.city},
        "email": p.email(),
        "beitrag": {
            "monatlich": c.pick((5, 10, 15, 25)),
            "sepa": {"kontoinhaber": p.full, "iban": c.iban("DE")},
        },
        "frühereMitgliedschaft": c.pick(("keine", "Jusos 2010-2014", "")),
        "eingegangen": c.ts(2024, 2025, "offset"),
    }


@family("mitgliederentscheid", 3, "de")
def mitgliederentscheid(c: Ctx) -> Json:
    rows: list[Json] = []
    for _ in range(c.rint(2, 4)):
        p = c.person()
        rows.append(
            {
                "mitgliedsnummer": c.rint(100000, 999999),
                "name": p.rev,
                "stimme_abgegeben": c.chance(0.7),
                "kanal": c.pick(("online", "brief")),
            }
        )
    return {
        "verfahren": c.sp(
            "political_opinion", "Mitgliederentscheid Koalitionsvertrag (SPD-Landesverband)"
        ),
        "stand": c.ts(2024, 2025),
        "teilnehmende": rows,
    }


@family("adhesion_parti", 3, "fr")
def adhesion_parti(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "adherent": {
            "civilite": c.pick(("Mme", "M.")),
            "nom": c.morph(p.last, str.upper),
            "prénom": p.first,
            "date_naissance": c.dob(),
            "adresse": a.line,
            "cp": a.postcode,
            "ville": a.city,
            "courriel": p.email(),
            "portable": c.phone(),
        },
        "parti": c.sp(
            "political_opinion",
            c.pick(
                (
                    "Parti socialiste",
                    "Les Écologistes",
                    "La France insoumise",
                    "Renaissance",
                    "Les Républicains",
                )
            ),
        ),
        "fédération": c.pick(("Fédération du Rhône", "Fédération de Paris", "Fédération du Nord")),
        "cotisation": {"montant": c.pick((20, 30, 60)), "mode": c.pick(("CB", "prélèvement"))},
        "parrain": c.person().full if c.chance(0.4) else None,
        "date_adhesion": c.date(2024, 2025),
    }


@family("porte_a_porte", 3, "fr")
def porte_a_porte(c: Ctx) -> Json:
    a = c.addr()
    doc: dict[str, Json] = {
        "quartier": c.pick(("Croix-Rousse", "Belleville", "Wazemmes")),
        "adresse": a.line,
        "porte": f"{c.rint(1, 6)}e étage gauche",
        "position": c.latlon_str(a.city),
        "horodatage": c.ts(2024, 2025, "offset"),
    }
    if c.chance(0.6):
        doc.update(
            c.kv(
                "political_opinion",
                "intention_vote",
                c.pick(("sympathisant", "indécis", "vote opposé", "abstentionniste convaincu")),
            )
        )
        doc["commentaire"] = reported(c, c.pick(("neutral", "union", "neg_political")))
    else:
        doc["resultat"] = c.pick(("absent", "refus", "tract déposé"))
    return doc


@family("afiliacion_partido", 3, "es")
def afiliacion_partido(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "Partido": c.sp(
            "political_opinion",
            c.pick(("PSOE", "Partido Popular", "Sumar", "Podemos", "Vox", "ERC")),
        ),
        "Agrupacion": c.pick(
            ("Agrupación Local de Lavapiés", "Agrupación de Triana", "Agrupación de Deusto")
        ),
        "Afiliado": {
            "Nombre": p.first,
            "Apellidos": p.last,
            "DNI": c.dni(),
            "FechaNacimiento": c.dob(),
            "Domicilio": a.oneline,
            "Movil": c.phone(),
            "Email": p.email(),
        },
        "Cuota": {
            "Importe": c.pick((3, 6, 12)),
            "Periodicidad": "trimestral",
            "IBAN": c.iban("ES"),
        },
        "FechaAlta": c.date(2023, 2025),
    }
