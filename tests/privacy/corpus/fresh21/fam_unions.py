"""Trade unions and worker centres: joining, check-off, ballots, casework, organising, hardship."""

from __future__ import annotations

from .common import edi, letter, para, quoted, staff_note
from .ctx import Ctx, Json
from .registry import family

UK_UNIONS = ("UNISON", "Unite", "GMB", "PCS", "RCN", "NEU", "CWU", "USDAW", "RMT", "UCU")


@family("union_join_online", 5, "en")
def union_join_online(c: Ctx) -> Json:
    p = c.person("en")
    a = c.addr("GB")
    union = c.pick(UK_UNIONS)
    doc: dict[str, Json] = {
        "formId": "join-v7",
        "union": c.sp("trade_union", union),
        "applicant": {
            "title": c.pick(("Mr", "Mrs", "Ms", "Mx", "Dr")),
            "forename": p.first,
            "surname": p.last,
            "dateOfBirth": c.dob("fr", 1958, 2005),
            "homeAddress": {"line1": a.line, "town": a.city, "postcode": a.postcode},
            "personalEmail": p.email(),
            "mobile": c.phone("GB"),
        },
        "employment": {
            "employer": c.pick(
                (
                    "Leeds Teaching Hospitals NHS Trust",
                    "Tesco Stores Ltd",
                    "Royal Mail Group",
                    "Bristol City Council",
                )
            ),
            "jobTitle": c.pick(
                (
                    "Healthcare assistant",
                    "Delivery driver",
                    "Teaching assistant",
                    "Customer assistant",
                )
            ),
            "hoursBand": c.pick(("over 30", "21-30", "up to 20")),
        },
        "payment": {
            "method": "Direct Debit",
            "sortCode": c.sort_code(),
            "accountNumber": c.uk_account(),
        },
        "submittedAt": c.ts(2024, 2025, "ms"),
    }
    if c.chance(0.5):
        doc["applicant"]["nationalInsuranceNumber"] = c.nino()
    if c.chance(0.6):
        doc.update(
            c.kv("political_opinion", "politicalFund", "I wish to contribute to the political fund")
        )
    if c.chance(0.9):
        doc["monitoring"] = edi(c, "camel", pnts=0.2)
    return doc


@family("dues_checkoff_file", 3, "en")
def dues_checkoff_file(c: Ctx) -> Json:
    union = c.pick(UK_UNIONS)
    lines = ["EMP_NO,SURNAME,FORENAME,PAY_PERIOD,DEDN_CODE,DEDN_DESC,AMOUNT"]
    period = f"M{c.rint(1, 12):02d}"
    for _ in range(c.rint(3, 5)):
        p = c.person("en")
        while "," in p.l:
            p = c.person("en")
        desc = c.sp("trade_union", f"{union.upper()} SUBS")
        emp, last, first = c.rint(100000, 999999), c.morph(p.last, str.upper), p.first
        code, amount = c.rint(10, 99), c.money(9, 24)
        lines.append(f"{emp},{last},{first},{period},D{code},{desc},{amount:.2f}")
    lines.append(f"TOTAL,,,,,,{c.money(40, 110):.2f}")
    return "\n".join(lines)


@family("strike_ballot_register", 3, "en")
def strike_ballot_register(c: Ctx) -> Json:
    union = c.pick(UK_UNIONS)
    members: list[Json] = []
    for _ in range(c.rint(2, 4)):
        p = c.person("en")
        a = c.addr("GB")
        members.append(
            {
                "membershipNo": c.small_ref("", 6),
                "name": p.full,
                "homeAddress": a.oneline,
                "workplace": c.pick(("Depot 4", "Ward 12", "Main office")),
                "ballotPaperIssued": c.chance(0.9),
            }
        )
    return {
        "ballot": c.sp(
            "trade_union",
            f"{union} industrial action ballot - {c.pick(('pay', 'staffing', 'pensions'))} dispute",
        ),
        "independentScrutineer": "Civica Election Services",
        "opens": c.date(2024, 2025),
        "eligibleMembers": members,
    }


GRIEV = (
    "Member was given a final written warning for absence.",
    "Manager changed her shift pattern without consultation.",
    "Member raised concerns about unsafe staffing and was moved off the ward.",
    "Pay has been short for three months running.",
)


@family("grievance_case", 3, "en")
def grievance_case(c: Ctx) -> Json:
    d1, d2 = sorted((c.date(2024, 2024), c.date(2024, 2024)))
    m = c.person("en")
    rep = c.person("en")
    case: dict[str, Json] = {
        "caseRef": c.small_ref("CASE-", 6),
        "status": c.pick(("open", "hearing booked", "appeal", "closed - resolved")),
        "member": {"name": m.full, "membershipNo": c.small_ref("", 6), "email": m.email()},
        "assignedRep": {
            "name": rep.full,
            "role": c.sp(
                "trade_union",
                c.pick(("Branch Secretary", "Workplace Steward", "Regional Organiser")),
            ),
        },
        "category": c.pick(("Disciplinary", "Grievance", "Sickness absence", "Discrimination")),
        "summary": c.pick(GRIEV)
        + " "
        + c.say(
            c.pick(
                (
                    "health",
                    "racial",
                    "racial",
                    "religious",
                    "criminal",
                    "orientation",
                    "orientation",
                )
            )
        ),
        "timeline": [
            {"date": d1, "entry": "Initial call with member."},
            {
                "date": d2,
                "entry": c.pick(
                    ("Meeting with HR.", "Submitted grievance letter.", "Hearing adjourned.")
                ),
            },
        ],
    }
    if c.chance(0.4):
        case["timeline"].append(
            {
                "date": c.date(2025, 2025),
                "entry": quoted(
                    c,
                    "HR Business Partner",
                    "Please confirm the member's availability for Thursday.",
                ),
            }
        )
    return case


@family("rep_election_nomination", 3, "en")
def rep_election_nomination(c: Ctx) -> Json:
    nominee = c.person("en")
    prop = c.person("en")
    sec = c.person("en")
    union = c.pick(UK_UNIONS)
    role = c.pick(("Workplace Steward", "Health and Safety Rep", "Branch Equality Officer"))
    year = c.rint(2024, 2025)
    return {
        "election": c.sp("trade_union", f"{union} {role} election {year}"),
        "nominee": {
            "name": nominee.full,
            "memberNo": c.small_ref("", 6),
            "workplace": c.pick(("Hilltop School", "Depot 2", "Call centre B")),
        },
        "proposer": {"name": prop.full, "memberNo": c.small_ref("", 6)},
        "seconder": {"name": sec.full, "memberNo": c.small_ref("", 6)},
        "statement": c.say("neutral")
        + " "
        + c.pick(
            (
                "I want to make sure everyone gets heard.",
                "I've been a member for years and want to give something back.",
            )
        ),
        "received": c.ts(2024, 2025),
    }


@family("organising_card", 3, "en")
def organising_card(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    a = c.addr("US")
    local = c.pick(
        (
            "SEIU Local 1199",
            "Workers United",
            "UFCW Local 3000",
            "Teamsters Local 25",
            "CWA Local 1101",
        )
    )
    return {
        "cardId": c.uuid(),
        "campaign": c.pick(("Starbucks Roastery", "Amazon DCK6", "Mercy Hospital nurses")),
        "statement": c.sp(
            "trade_union",
            (
                f"I authorize {local} to represent me for the purpose of "
                f"collective bargaining with my employer."
            ),
        ),
        "signer": {
            "name": p.full,
            "homeAddress": a.oneline,
            "cell": c.phone("US"),
            "personalEmail": p.email(),
            "jobClassification": c.pick(("Barista", "Picker", "RN", "Shift supervisor")),
            "shift": c.pick(("AM", "PM", "Nights")),
        },
        "signedAt": c.ts(2024, 2025, "offset"),
        "collectedBy": c.pick(("organizer-7", "committee-alex")),
        "signatureImage": "s3://cards/" + c.hexs(24) + ".png",
        "whyImSigning": c.say(c.pick(("neutral", "neutral", "racial", "health", "religious"))),
    }


@family("hardship_fund_request", 3, "en")
def hardship_fund_request(c: Ctx) -> Json:
    p = c.person("en")
    need = letter(
        c,
        [
            para(c, [c.pick(("health", "neutral"))], 1),
            "We have been on strike for " + str(c.rint(6, 30)) + " days and the rent is due.",
        ],
        p,
    )
    return {
        "fund": c.sp("trade_union", f"{c.pick(UK_UNIONS)} strike hardship fund"),
        "memberNumber": c.small_ref("", 6),
        "applicantName": p.full,
        "household": {"adults": c.rint(1, 2), "children": c.rint(0, 3)},
        "circumstances": need,
        "paymentDetails": {
            "accountName": p.full,
            "sortCode": c.sort_code(),
            "accountNumber": c.uk_account(),
        },
        "requested": c.pick((100, 150, 250)),
    }


@family("worker_centre_intake", 3, "en")
def worker_centre_intake(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    doc: dict[str, Json] = {
        "intake_id": c.small_ref("WC", 5),
        "worker": {
            "name": p.full,
            "phone": c.phone("US"),
            "preferred_language": c.pick(("Spanish", "Haitian Creole", "Portuguese", "K'iche'")),
        },
        "country_of_origin": c.pick(("Guatemala", "Honduras", "Haiti", "Brazil")),
        "employer": c.pick(("Sparkle Cleaning Services", "A1 Construction LLC", "Golden Wok")),
        "issue": c.pick(
            ("Unpaid wages - 3 weeks", "Misclassified as contractor", "Injury at work, no comp")
        ),
        "hours_per_week": c.rint(30, 70),
        "notes": staff_note(c, [c.pick(("neg_racial", "neutral", "health"))]),
    }
    doc.update(c.kv("trade_union", "union_member", c.pick((False, False, True))))
    return doc


@family("gewerkschaft_beitritt", 3, "de")
def gewerkschaft_beitritt(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    g = c.pick(("ver.di", "IG Metall", "GEW", "NGG", "IG BCE", "EVG"))
    return {
        "Gewerkschaft": c.sp("trade_union", g),
        "Beitrittsdatum": c.date(2024, 2025),
        "Mitglied": {
            "Vorname": p.first,
            "Name": p.last,
            "Geburtsdatum": c.dob(),
            "Straße": a.line,
            "PLZ": a.postcode,
            "Ort": a.city,
            "Email": p.email(),
            "Telefon": c.phone(),
        },
        "Beschäftigung": {
            "Betrieb": c.pick(
                ("Charité", "Bosch Feuerbach", "Kita Sonnenschein", "DHL Hub Leipzig")
            ),
            "Tätigkeit": c.pick(("Pflegefachkraft", "Erzieherin", "Lagerist", "Elektroniker")),
            "Bruttoeinkommen": c.rint(2200, 5200),
        },
        "Beitrag": {
            "Prozent": 1.0,
            "Kontoinhaber": p.full,
            "IBAN": c.iban("DE"),
            "Mandat": c.small_ref("GW", 6),
        },
        "GeworbenVon": c.person().full if c.chance(0.4) else None,
    }


@family("streikgeld_antrag", 3, "de")
def streikgeld_antrag(c: Ctx) -> Json:
    p = c.person()
    return {
        "Antrag": "Streikunterstützung",
        "Mitgliedsnummer": c.rint(100000, 999999),
        **c.kv(
            "trade_union",
            "Gewerkschaft",
            c.pick(("ver.di Bezirk Berlin", "IG Metall Verwaltungsstelle Köln", "EVG")),
        ),
        "Name": p.rev,
        "Streiktage": [c.date(2025, 2025) for _ in range(c.rint(1, 3))],
        "IBAN": c.iban("DE", spaced=True),
        "Bemerkung": c.say(c.pick(("neutral", "neutral", "health"))),
    }


@family("betriebsrat_kandidaten", 3, "de")
def betriebsrat_kandidaten(c: Ctx) -> Json:
    rows: list[Json] = []
    for i in range(c.rint(3, 5)):
        p = c.person()
        rows.append(
            {
                "platz": i + 1,
                "name": p.rev,
                "abteilung": c.pick(("Montage", "Logistik", "Verwaltung", "IT")),
                "geburtsjahr": c.rint(1965, 2000),
            }
        )
    return {
        "wahl": "Betriebsratswahl 2026",
        "liste": c.pick(("Liste 1 - Gemeinsam stark", "Liste 2 - Frischer Wind")),
        "kandidierende": rows,
        "hinweis": c.say("neg_union"),
    }


@family("lohnabrechnung", 3, "de")
def lohnabrechnung(c: Ctx) -> Json:
    p = c.person()
    doc: dict[str, Json] = {
        "abrechnungsmonat": f"{c.rint(1, 12):02d}/2025",
        "personalnummer": c.rint(10000, 99999),
        "name": p.full,
        "steuerIdNr": c.steuer_id(),
        "steuerklasse": c.pick(("I", "III", "IV")),
        "brutto": c.money(2400, 5200),
        "abzüge": [
            {"lohnart": "Lohnsteuer", "betrag": c.money(200, 700)},
            {"lohnart": "KV-Beitrag", "betrag": c.money(150, 400)},
        ],
    }
    if c.chance(0.7):
        doc.update(c.kv("religious_belief", "kirchensteuermerkmal", c.pick(("rk", "ev", "ak"))))
    else:
        doc["kirchensteuermerkmal"] = "--"
        c.note("kist:none")
    if c.chance(0.9):
        doc["abzüge"].append(
            {
                "lohnart": c.sp(
                    "trade_union",
                    c.pick(("Gewerkschaftsbeitrag IG Metall", "Gewerkschaftsbeitrag ver.di")),
                ),
                "betrag": c.money(20, 45),
            }
        )
    return doc


@family("adhesion_syndicale", 3, "fr")
def adhesion_syndicale(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "organisation": c.sp(
            "trade_union", c.pick(("CGT", "CFDT", "FO", "SUD Santé Sociaux", "UNSA", "FSU"))
        ),
        "syndicat_de_base": c.pick(
            ("Syndicat CGT du CHU de Lille", "CFDT Services 69", "SUD Rail Paris Nord")
        ),
        "adherent": {
            "nom": p.last,
            "prenom": p.first,
            "date_de_naissance": c.dob(),
            "adresse": a.line,
            "code_postal": a.postcode,
            "ville": a.city,
            "téléphone": c.phone(),
            "email": p.email(),
        },
        "employeur": c.pick(("CHU de Lille", "SNCF", "Carrefour Market", "Mairie de Lyon")),
        "cotisation": {"taux": "1% du salaire net", "prelevement_iban": c.iban("FR")},
        "date": c.date(2024, 2025),
    }


@family("afiliacion_sindical", 3, "es")
def afiliacion_sindical(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "sindicato": c.sp("trade_union", c.pick(("CCOO", "UGT", "CGT", "CSIF", "ELA", "USO"))),
        "federacion": c.pick(("Sanidad y Sectores Sociosanitarios", "Enseñanza", "Servicios")),
        "datos_personales": {
            "nombre": p.first,
            "apellidos": p.last,
            "nif": c.dni(),
            "fecha_nacimiento": c.dob(),
            "domicilio": a.oneline,
            "telefono": c.phone(),
            "correo": p.email(),
        },
        "empresa": c.pick(("Hospital La Paz", "Mercadona", "Ayuntamiento de Bilbao", "Glovo")),
        "cuota": {
            "importe_mensual": c.pick((11.5, 13.2, 15.0)),
            "iban": c.iban("ES", spaced=True),
            "descuento_en_nomina": c.chance(0.4),
        },
        "fecha_afiliacion": c.date(2024, 2025),
    }
