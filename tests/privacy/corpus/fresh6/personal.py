"""Document families that carry personal data. Every value goes through Ctx."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .gen import Ctx, rid, safe_token, ts
from .texts import TEXT

KEYS = {
    "first": [
        "first_name",
        "firstName",
        "given-name",
        "GivenName",
        "fname",
        "vorname",
        "prénom",
        "nombre",
    ],
    "last": [
        "last_name",
        "lastName",
        "family-name",
        "Surname",
        "lname",
        "nachname",
        "nom",
        "apellidos",
    ],
    "name": [
        "full_name",
        "fullName",
        "displayName",
        "Name",
        "contact_name",
        "nom_complet",
        "nombre_completo",
        "Ansprechpartner",
    ],
    "email": [
        "email",
        "emailAddress",
        "e-mail",
        "EmailAddr",
        "mail",
        "courriel",
        "correo",
        "E-Mail-Adresse",
    ],
    "phone": [
        "phone",
        "phoneNumber",
        "mobile",
        "Telefon",
        "tel",
        "téléphone",
        "telefono",
        "msisdn",
        "cell",
    ],
    "dob": [
        "dob",
        "dateOfBirth",
        "birth_date",
        "BirthDate",
        "geburtsdatum",
        "date_naissance",
        "fecha_nacimiento",
        "bday",
    ],
    "street": [
        "street",
        "address_line1",
        "addressLine1",
        "Strasse",
        "straße",
        "adresse",
        "dirección",
        "StreetAddress",
    ],
    "notes": [
        "notes",
        "comment",
        "freeText",
        "Bemerkung",
        "remarques",
        "observaciones",
        "agent_notes",
        "Kommentar",
        "internalNote",
    ],
}


def k(c: Ctx, concept: str) -> str:
    return c.pick(KEYS[concept])


def text(c: Ctx, kind: str, lang: str = "") -> str:
    lang = lang or c.pick(list(TEXT[kind]))
    c.mark(kind, f"text:{kind}/{lang}")
    return c.pick(TEXT[kind][lang])


def person(c: Ctx, extra: float = 0.5) -> dict[str, Any]:
    d: dict[str, Any] = {k(c, "first"): c.first(), k(c, "last"): c.last()}
    if c.rng.random() < extra:
        d[k(c, "email")] = c.email()
    if c.rng.random() < extra:
        d[k(c, "phone")] = c.phone()
    return d


def addr(c: Ctx) -> dict[str, Any]:
    line, pc, city = c.street()
    return c.pick(
        [
            {"line1": line, "postal_code": pc, "city": city},
            {"Strasse": line, "PLZ": pc, "Ort": city},
            {"adresse": line, "code_postal": pc, "ville": city},
            {"direccion": line, "cp": pc, "municipio": city},
            {"streetAddress": line, "postalCode": pc, "locality": city},
        ]
    )


# ---------------------------------------------------------------- HR / recruiting
def hr_applicant(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "applicationId": rid(c.rng, "app_"),
        "candidate": person(c, 0.9),
        "position": c.pick(
            ["Warehouse Lead", "Pflegefachkraft", "Data Analyst", "Chargé de clientèle"]
        ),
    }
    if c.rng.random() < 0.5:
        d["eeo"] = {
            "race_ethnicity": c.pick(
                [
                    "Hispanic or Latino",
                    "Asian",
                    "Two or more races",
                    "Black or African American",
                    "White",
                ]
            ),
            "veteran": c.pick(["not a protected veteran", "decline"]),
        }
        c.mark("racial_ethnic_origin", "eeo.race_ethnicity")
        if c.rng.random() < 0.5:
            d["eeo"]["disability_status"] = c.pick(
                ["Yes, I have a disability", "No, I do not have a disability"]
            )
            c.mark("health", "eeo.disability")
    else:
        d["eeo"] = {
            "race_ethnicity": "Prefer not to say",
            "gender": c.pick(["female", "male", "non-binary"]),
        }
    if c.rng.random() < 0.4:
        d["screening"] = {
            "vendor": "CheckRight",
            "criminal": c.pick(["clear", "record found - see report", "consider"]),
            "status": "complete",
        }
        c.mark("criminal_record", "screening.criminal")
    if c.rng.random() < 0.3:
        d["recruiterNote"] = text(
            c, c.pick(["health", "religious_belief", "trade_union", "sex_life_orientation"])
        )
    return d


def hr_employee_de(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "Personalnummer": rid(c.rng, "P-", 6),
        "Vorname": c.first(),
        "Nachname": c.last(),
        "Geburtsdatum": c.dob("de"),
        "Anschrift": addr(c),
        "Steuer-ID": c.steuer_id(),
        "Kirchensteuermerkmal": c.pick(["rk", "ev", "ak", "--"]),
        "Bankverbindung": {"IBAN": c.iban(), "BIC": "COBADEFFXXX"},
    }
    if d["Kirchensteuermerkmal"] != "--":
        c.mark("religious_belief", "kirchensteuer")
    if c.rng.random() < 0.5:
        d["Gewerkschaft"] = {
            "mitglied": c.rng.random() < 0.5,
            "beitragAbzug": c.pick([True, False]),
        }
        c.mark("trade_union", "gewerkschaft.mitglied")
    if c.rng.random() < 0.4:
        d["Fehlzeiten"] = [
            {"von": "2026-02-02", "bis": "2026-02-13", "Grund": text(c, "health", "de")}
        ]
    return d


def hr_payroll_deduction(c: Ctx) -> Any:
    lines = [
        {"code": "TAX", "amount": round(c.rng.uniform(200, 900), 2)},
        {"code": "HEALTH_PLAN_PREMIUM", "amount": 84.5},
    ]
    if c.rng.random() < 0.6:
        lines.append(
            {
                "code": c.pick(["UNION_DUES", "UNISON_SUBS", "GMB-DUES"]),
                "amount": round(c.rng.uniform(8, 25), 2),
            }
        )
        c.mark("trade_union", "dues line")
    if c.rng.random() < 0.3:
        lines.append({"code": "ZAKAT_GIVING", "amount": 40.0})
        c.mark("religious_belief", "zakat deduction")
    return {
        "payrunId": rid(c.rng, "pr_"),
        "employee": {"name": c.name(), "ni_number": c.nino()},
        "deductions": lines,
        "payTo": {
            "sortCode": f"{c.rng.randint(10, 99)}-{c.rng.randint(10, 99)}-{c.rng.randint(10, 99)}",
            "accountNumber": str(c.rng.randint(10000000, 99999999)),
        },
    } | _mark(c, "bank_account")


def _mark(c: Ctx, kind: str) -> dict[str, Any]:
    c.mark(kind)
    return {}


def works_council(c: Ctx) -> Any:
    members = []
    for _ in range(c.rng.randint(2, 4)):
        members.append(
            {
                "name": c.name(),
                "role": c.pick(["Vorsitz", "Ersatzmitglied", "Mitglied"]),
                "gewerkschaft": c.pick(["IG BCE", "ver.di", "IG Metall", "keine"]),
            }
        )
    c.mark("trade_union", "works council union affiliations")
    return {
        "gremium": "Betriebsrat Werk Süd",
        "wahlperiode": "2026-2030",
        "mitglieder": members,
        "protokoll": c.pick(
            ["Sitzung am Do., TOP 3 Schichtplan", "Anhörung zur Kündigung vertagt"]
        ),
    }


def union_membership(c: Ctx) -> Any:
    mem = c.rng.random() < 0.75
    d: dict[str, Any] = {
        "member_id": rid(c.rng, "M", 7),
        "union": c.pick(
            ["UNISON", "CGT Métallurgie", "CCOO Servicios", "ver.di Landesbezirk Nord"]
        ),
        **person(c, 0.7),
        "union_member": mem,
        "dues": {"monthly": 14.2, "method": "payroll"},
    }
    c.mark("trade_union", "membership record")
    if c.rng.random() < 0.4:
        d["mandate"] = {"iban": c.iban(), "mandateRef": rid(c.rng, "SEPA-")}
    if c.rng.random() < 0.3:
        d["position"] = c.pick(["shop steward", "branch delegate", "Vertrauensmann"])
    return d


# ---------------------------------------------------------------- health
def fhir_patient(c: Ctx) -> Any:
    cond = c.pick(
        [
            ("E11.9", "Type 2 diabetes mellitus without complications"),
            ("F32.1", "Moderate depressive episode"),
            ("J45.909", "Asthma, uncomplicated"),
            ("B20", "HIV disease"),
            ("O09.90", "Supervision of high risk pregnancy"),
        ]
    )
    c.mark("health", f"fhir condition {cond[0]}")
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "id": rid(c.rng),
                    "name": [{"family": c.last(), "given": [c.first()]}],
                    "gender": c.pick(["female", "male"]),
                    "birthDate": c.dob("iso"),
                    "telecom": [{"system": "phone", "value": c.phone()}],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10",
                                "code": cond[0],
                                "display": cond[1],
                            }
                        ]
                    },
                    "subject": {"reference": "Patient/x"},
                    "recordedDate": ts(c.rng),
                }
            },
        ],
    }


def gp_appointment(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "apptId": rid(c.rng, "a"),
        "practice": c.pick(["Cabinet Médical des Lilas", "Praxis am Markt", "Riverside Surgery"]),
        "patient": {k(c, "name"): c.name(), k(c, "dob"): c.dob(), k(c, "phone"): c.phone()},
        "reason": text(c, "health"),
        "slot": ts(c.rng),
    }
    if c.rng.random() < 0.4:
        d["patient"]["nir"] = c.nir()
    return d


def pharmacy_rx(c: Ctx) -> Any:
    med = c.pick(
        [
            "sertraline 50mg",
            "Truvada 200/245",
            "insulin glargine",
            "levothyroxine 75mcg",
            "methadone 40mg/d",
        ]
    )
    c.mark("health", f"rx {med}")
    d = {
        "rx": {"drug": med, "qty": 30, "refills": 2},
        "patientName": c.name(),
        "deliveryAddress": c.address_str(),
        "prescriber": f"Dr. {c.last()}",
    }
    if c.rng.random() < 0.5:
        d["payment"] = {"card": c.card(), "exp": "09/28"}
    return d


def telehealth_chat(c: Ctx) -> Any:
    msgs = [
        {"from": "patient", "text": text(c, "health")},
        {
            "from": "clinician",
            "text": c.pick(
                [
                    "ok, I'll send the referral",
                    "merci, on en reparle jeudi",
                    "gracias, le llamo mañana",
                ]
            ),
        },
    ]
    if c.rng.random() < 0.3:
        msgs.append({"from": "patient", "text": text(c, "sex_life_orientation")})
    return {
        "sessionId": rid(c.rng, "ths_"),
        "patientEmail": c.email(),
        "transcript": msgs,
        "client": {"ip": c.ip(), "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"},
    }


def lab_result(c: Ctx) -> Any:
    res = c.pick(
        [("HbA1c", "8.1 %", True), ("HIV-1/2 Ag/Ab", "negative", True), ("TSH", "6.2 mIU/L", True)]
    )
    c.mark("health", f"lab {res[0]}")
    return {
        "orderNo": rid(c.rng, "LAB-"),
        "patient": {"name": c.name(), "dob": c.dob()},
        "results": [{"analyte": res[0], "value": res[1], "flag": "H" if "%" in res[1] else ""}],
    }


def insurance_claim(c: Ctx) -> Any:
    c.mark("health", "claim diagnosis")
    d = {
        "claimNumber": rid(c.rng, "CLM-"),
        "policyHolder": person(c, 0.6),
        "member_ssn": c.ssn(),
        "lines": [
            {
                "cpt": "99213",
                "icd10": c.pick(["M54.5", "F41.1", "C50.911", "Z34.01"]),
                "billed": 180.0,
            }
        ],
        "payee": {
            "routingNumber": "021000021",
            "accountNumber": str(c.rng.randint(100000000, 999999999)),
        },
    }
    c.mark("bank_account", "routing+account")
    return d


# ---------------------------------------------------------------- genetic / biometric
def dna_kit(c: Ctx) -> Any:
    snps = [
        {"rsid": r, "genotype": c.pick(["AA", "AG", "GG", "CT", "CC", "TT"])}
        for r in ("rs4988235", "rs1801133", "rs53576")
    ]
    c.mark("genetic", "snp calls")
    d: dict[str, Any] = {"kitId": rid(c.rng, "KIT"), "customer": {"email": c.email()}, "snps": snps}
    if c.rng.random() < 0.4:
        d["ancestry"] = {"Iberian": 0.41, "North African": 0.33, "Ashkenazi Jewish": 0.26}
        c.mark("racial_ethnic_origin", "ancestry breakdown")
    if c.rng.random() < 0.3:
        d["reports"] = [{"name": "Lactose intolerance", "result": "likely intolerant"}]
        c.mark("health", "trait report condition")
    return d


def pgx_report(c: Ctx) -> Any:
    c.mark("genetic", "pgx")
    d: dict[str, Any] = {
        "sample": rid(c.rng, "S"),
        "patient": {"name": c.name()},
        "genes": [
            {"gene": "CYP2D6", "diplotype": "*4/*41", "phenotype": "intermediate metabolizer"}
        ],
    }
    if c.rng.random() < 0.5:
        d["clinicalContext"] = "currently on tamoxifen for breast cancer"
        c.mark("health", "medication+condition")
    return d


def str_profile(c: Ctx) -> Any:
    c.mark("genetic", "STR profile")
    loci = {
        l_: f"{c.rng.randint(8, 16)},{c.rng.randint(9, 17)}"
        for l_ in ("D8S1179", "D21S11", "TH01", "FGA", "vWA")
    }
    d: dict[str, Any] = {
        "caseRef": rid(c.rng, "FOR-"),
        "profile": loci,
        "subjectRole": c.pick(["suspect", "arrestee", "reference"]),
    }
    if d["subjectRole"] != "reference":
        c.mark("criminal_record", "arrestee/suspect")
        d["subjectName"] = c.name()
    return d


def access_control(c: Ctx) -> Any:
    tmpl = (
        safe_token(c.rng, 96, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        + "=="
    )
    kind = c.pick(["fingerprintTemplate", "faceEmbedding", "irisCode", "palmVein"])
    c.mark("biometric", kind)
    d: dict[str, Any] = {
        "controller": "door-07-b",
        "enrolment": {
            "badgeHolder": c.name(),
            kind: tmpl
            if kind != "faceEmbedding"
            else [round(c.rng.uniform(-1, 1), 4) for _ in range(12)],
            "format": c.pick(["ISO/IEC 19794-2", "ANSI-378", "vendor-v3"]),
        },
    }
    if c.rng.random() < 0.4:
        d["lastEvent"] = {"door": "R&D", "result": "granted", "matchScore": 0.93}
    return d


def voice_enrol(c: Ctx) -> Any:
    c.mark("biometric", "voiceprint")
    return {
        "customerId": rid(c.rng, "cus_"),
        "phone": c.phone(),
        "voiceprint": {
            "model": "vp-ecapa",
            "vector_b64": safe_token(
                c.rng, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/"
            )
            + "=",
        },
    }


def kyc_selfie(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "verificationId": rid(c.rng, "ver_"),
        "applicant": {**person(c, 0.4), k(c, "dob"): c.dob()},
        "document": {
            "type": "passport",
            "number": c.passport_no(),
            "issuingCountry": c.pick(["DEU", "FRA", "ESP", "GBR"]),
            "expiry": "2031-05-30",
        },
        "pep": False,
        "sanctionsHit": False,
    }
    if c.rng.random() < 0.5:
        d["liveness"] = {
            "faceTemplate": safe_token(
                c.rng, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/"
            ),
            "score": 0.98,
        }
        c.mark("biometric", "face template")
    else:
        d["liveness"] = {"passed": True, "score": 0.97}
    return d


# ---------------------------------------------------------------- politics / faith / NGO
def canvass(c: Ctx) -> Any:
    c.mark("political_opinion", "support level")
    d = {
        "voterFileId": rid(c.rng, "VF"),
        "householdAddress": c.address_str(),
        "contacts": [
            {
                "name": c.name(),
                "supportLevel": c.pick([1, 2, 4, 5]),
                "party_id": c.pick(["DEM", "REP", "GRN", "LAB", "CDU", "PSOE"]),
                "wantsYardSign": True,
            }
        ],
        "canvasser": c.pick(["team-north", "vol-17"]),
        "geo": dict(zip(("lat", "lng"), c.coord(), strict=True)),
    }
    return d


def party_membership(c: Ctx) -> Any:
    c.mark("political_opinion", "party membership")
    d: dict[str, Any] = {
        "mitgliedsnummer": rid(c.rng, "", 8),
        "partei": c.pick(
            ["Bündnis 90/Die Grünen", "SPD", "Parti socialiste", "Sumar", "Liberal Democrats"]
        ),
        **person(c, 0.8),
        "eintritt": "2019-04-01",
        "beitrag": {"iban": c.iban(), "betrag": 12.0},
    }
    return d


def campaign_donation(c: Ctx) -> Any:
    c.mark("political_opinion", "campaign donation")
    return {
        "type": "donation.succeeded",
        "data": {
            "amount": 5000,
            "currency": "usd",
            "committee": "Friends of the Riverside Ballot Initiative",
            "donor": {
                "name": c.name(),
                "employer": "self",
                "occupation": "nurse",
                "address": c.address_str(),
                "email": c.email(),
            },
            "card": {"number": c.card(), "cvc_check": "pass"},
        },
    }


def church_register(c: Ctx) -> Any:
    c.mark("religious_belief", "parish membership")
    d: dict[str, Any] = {
        "gemeinde": c.pick(
            [
                "Ev.-luth. Kirchengemeinde St. Petri",
                "Paroisse Saint-Irénée",
                "Parroquia San Lorenzo",
            ]
        ),
        "mitglied": {
            "name": c.name(),
            "geburtsdatum": c.dob(),
            "konfession": c.pick(["evangelisch", "römisch-katholisch", "altkatholisch"]),
            "taufdatum": "1990-06-17",
            "anschrift": addr(c),
        },
    }
    if c.rng.random() < 0.3:
        d["austritt"] = {"datum": "2025-11-03", "standesamt": "Köln"}
    return d


def faith_donation(c: Ctx) -> Any:
    c.mark("religious_belief", "religious donation")
    return {
        "donationId": rid(c.rng, "don_"),
        "fund": c.pick(
            ["Zakat al-Mal", "Tzedakah Fund", "Kirchgeld 2026", "Sadaqah Jariyah", "Tithe"]
        ),
        "donor": person(c, 0.7),
        "giftAid": True,
        "paid": {"iban": c.iban(False)} if c.rng.random() < 0.5 else {"last4": "4242"},
    }


def mosque_class(c: Ctx) -> Any:
    c.mark("religious_belief", "madrasa enrolment")
    return {
        "class": "Quran memorisation (Hifz) - weekend",
        "students": [{"child": c.first(), "age": c.rng.randint(7, 12)}],
        "guardian": {"name": c.name(), "mobile": c.phone("en")},
    }


def ngo_casework(c: Ctx) -> Any:
    kinds = c.rng.sample(
        [
            "racial_ethnic_origin",
            "health",
            "religious_belief",
            "sex_life_orientation",
            "criminal_record",
            "political_opinion",
        ],
        2,
    )
    d = {
        "caseId": rid(c.rng, "C-"),
        "client": {k(c, "name"): c.name(), "languages": ["ku", "de"]},
        "intakeNotes": " / ".join(text(c, kd) for kd in kinds),
        "caseworker": c.pick(["team asylum", "team housing"]),
    }
    return d


# ---------------------------------------------------------------- justice
def court_record(c: Ctx) -> Any:
    c.mark("criminal_record", "court case")
    return {
        "docket": f"CR-{rid(c.rng, '', 6)}",
        "defendant": {"name": c.name(), "dob": c.dob()},
        "charges": [
            {
                "statute": "PC 459",
                "desc": "burglary, second degree",
                "disposition": c.pick(["guilty plea", "convicted", "pending"]),
            }
        ],
        "sentence": c.pick(["24 months probation", "suspended 6 months", None]),
    }


def probation_checkin(c: Ctx) -> Any:
    c.mark("criminal_record", "probation")
    lat, lon = c.coord()
    return {
        "offenderId": rid(c.rng, "OF"),
        "officer": c.name(),
        "checkin": {"at": ts(c.rng), "location": f"{lat},{lon}", "device_ip": c.ip()},
        "conditions": ["curfew 21:00", "no alcohol"],
    }


def background_check(c: Ctx) -> Any:
    c.mark("criminal_record", "background check criminal component")
    return {
        "report": {
            "subject": person(c, 0.3),
            "ssn": c.ssn(),
            "components": {
                "criminal_county": c.pick(["clear", "records found"]),
                "employment_verification": "verified",
                "eviction": "none",
            },
        }
    }


def fuehrungszeugnis(c: Ctx) -> Any:
    c.mark("criminal_record", "Führungszeugnis")
    return {
        "antrag": {
            "name": c.name(),
            "geburtsdatum": c.dob("de"),
            "zweck": "Tätigkeit in der Kinder- und Jugendhilfe",
        },
        "ergebnis": c.pick(["ohne Eintragungen", "Eintragung vorhanden: Diebstahl (2021)"]),
    }


def police_report(c: Ctx) -> Any:
    c.mark("criminal_record", "arrest")
    return {
        "incident": rid(c.rng, "INC"),
        "narrative": f"Officer detained {c.name()} near {c.street()[0]}; "
        "subject arrested for possession, booked at 02:14.",
        "victim_phone": c.phone(),
    }


# ------------------------------------------- immigration / travel / education / municipal
def visa_application(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "applicant": {
            **person(c, 0.8),
            "nationality": c.pick(["SYR", "COL", "IND", "MAR"]),
            "birthDate": c.dob("iso"),
        },
        "passport": {"number": c.passport_no(), "expires": "2030-01-01"},
        "homeAddress": addr(c),
    }
    if c.rng.random() < 0.4:
        d["declarations"] = {
            "criminalConvictions": c.pick(["none", "yes - 2017 fine for fraud"]),
            "medicalConditions": c.pick(["tuberculosis treated 2021", "none"]),
        }
        c.mark("criminal_record", "visa declaration")
        c.mark("health", "visa medical declaration")
    if c.rng.random() < 0.3:
        d["asylumGrounds"] = text(
            c,
            c.pick(
                [
                    "religious_belief",
                    "political_opinion",
                    "sex_life_orientation",
                    "racial_ethnic_origin",
                ]
            ),
            "en",
        )
    return d


def airline_pnr(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "pnr": safe_token(c.rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ"),
        "pax": [
            {
                "surname": c.last(),
                "given": c.first(),
                "docs": {"docType": "P", "passport_no": c.passport_no(), "dob": c.dob("iso")},
            }
        ],
        "ssr": [],
    }
    if c.rng.random() < 0.5:
        d["ssr"].append({"code": c.pick(["MOML", "KSML"]), "text": "meal request"})
        c.mark("religious_belief", "religious meal SSR")
    if c.rng.random() < 0.4:
        d["ssr"].append(
            {"code": "WCHR", "text": "wheelchair, pax cannot walk long distances after hip surgery"}
        )
        c.mark("health", "medical SSR")
    return d


def school_record(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "studentId": rid(c.rng, "STU"),
        "pupil": {"name": c.name(), "dob": c.dob()},
        "parent": person(c, 0.8),
    }
    roll = c.rng.random()
    if roll < 0.35:
        d["ethnicity"] = c.pick(
            ["White - Irish Traveller", "Mixed White and Black Caribbean", "Asian - Bangladeshi"]
        )
        c.mark("racial_ethnic_origin", "school census ethnicity")
    elif roll < 0.7:
        d["sen"] = {
            "need": c.pick(["autism spectrum", "dyslexia", "ADHD - on methylphenidate"]),
            "ehcp": True,
        }
        c.mark("health", "SEN")
    else:
        d["religious_education_optout"] = True
        d["religion"] = c.pick(["Sikh", "Muslim", "Hindu", "Buddhist"])
        c.mark("religious_belief", "pupil religion")
    return d


def census_form(c: Ctx) -> Any:
    d: dict[str, Any] = {"formId": rid(c.rng, "CEN"), "household": addr(c), "persons": []}
    for _ in range(c.rng.randint(1, 3)):
        p: dict[str, Any] = {"name": c.name(), "geburtsdatum": c.dob()}
        q = c.rng.random()
        if q < 0.3:
            p["religion"] = c.pick(["Roman Catholic", "No religion", "Muslim", "Jewish"])
            c.mark("religious_belief", "census religion")
        elif q < 0.6:
            p["ethnic_group"] = c.pick(["Pakistani", "White British", "Black African"])
            c.mark("racial_ethnic_origin", "census ethnic group")
        elif q < 0.8:
            p["sexual_orientation"] = c.pick(
                ["Gay or Lesbian", "Bisexual", "Straight/Heterosexual"]
            )
            c.mark("sex_life_orientation", "census orientation")
        else:
            p["sexual_orientation"] = "Prefer not to say"
        d["persons"].append(p)
    return d


# ---------------------------------------------------------------- dating / social / CRM / helpdesk
def dating_profile(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "userId": rid(c.rng, "u_"),
        "displayName": c.first(),
        "age": c.rng.randint(21, 55),
        "bio": c.pick(
            ["hiking + cheap wine", "chef, cat dad", "busco alguien con quien ir al cine"]
        ),
    }
    if c.rng.random() < 0.6:
        d["orientation"] = c.pick(["gay", "lesbian", "bisexual", "pansexual", "queer"])
        c.mark("sex_life_orientation", "stated orientation")
    if c.rng.random() < 0.3:
        d["religion"] = c.pick(["Jewish", "Muslim", "Christian - Catholic"])
        c.mark("religious_belief", "profile religion")
    if c.rng.random() < 0.3:
        d["politics"] = c.pick(["liberal", "conservative", "socialist"])
        c.mark("political_opinion", "profile politics")
    if c.rng.random() < 0.3:
        d["ethnicity"] = c.pick(["Latina", "East Asian", "Black", "Middle Eastern"])
        c.mark("racial_ethnic_origin", "profile ethnicity")
    if c.rng.random() < 0.4:
        d["lastLocation"] = {"type": "Point", "coordinates": list(reversed(c.coord()))}
    if c.rng.random() < 0.2:
        d["hiv_status"] = c.pick(["negative, on PrEP", "undetectable"])
        c.mark("health", "hiv status")
    return d


def social_post(c: Ctx) -> Any:
    kind = c.pick(
        ["political_opinion", "religious_belief", "health", "sex_life_orientation", "trade_union"]
    )
    return {
        "data": {
            "createPost": {
                "post": {
                    "id": rid(c.rng),
                    "author": {
                        "handle": "@" + safe_token(c.rng, 8, "abcdefghijklmnop_"),
                        "name": c.name(),
                    },
                    "body": text(c, kind),
                    "visibility": "friends",
                }
            }
        }
    }


def crm_contact(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "properties": {
            **{f"hs_{kk}": v for kk, v in person(c, 1.0).items()},
            "lifecyclestage": "lead",
            "company": "Nordlicht Logistik GmbH",
        },
        "associations": [],
    }
    if c.rng.random() < 0.5:
        d["properties"]["address"] = c.address_str()
    if c.rng.random() < 0.3:
        d["properties"]["ip_last_seen"] = c.ip()
    if c.rng.random() < 0.25:
        key, val, kind = c.pick(
            [
                ("hs_sexual_orientation", "lesbian", "sex_life_orientation"),
                ("hs_religion", "Evangelical Christian", "religious_belief"),
                ("hs_condition", "type 1 diabetes", "health"),
            ]
        )
        d["properties"][key] = val
        c.mark(kind, f"crm property {key}")
    return d


def helpdesk_ticket(c: Ctx) -> Any:
    lang = c.pick(["en", "de", "fr", "es"])
    body = c.pick(
        [
            lambda: f"hi, my card {c.card()} got charged twice",
            lambda: f"Bitte an {c.address_str()} liefern, Tel {c.phone(lang)}",
            lambda: f"mon iban est {c.iban()} merci de rembourser",
            lambda: f"order for {c.name()}, email {c.email()}",
        ]
    )()
    d: dict[str, Any] = {
        "ticket": {
            "id": rid(c.rng, "", 7),
            "subject": c.pick(["Re: refund", "AW: Lieferung", "Probleme", "urgent!!"]),
            "description": body,
            "requester": {"email": c.email()},
        }
    }
    if c.rng.random() < 0.35:
        d["ticket"]["comments"] = [
            {
                "public": False,
                "body": text(
                    c, c.pick(["health", "criminal_record", "religious_belief", "trade_union"])
                ),
            }
        ]
    return d


def live_chat(c: Ctx) -> Any:
    msgs = [
        {
            "author": "visitor",
            "t": ts(c.rng),
            "msg": c.pick(["hola necesito ayuda", "hallo?", "bonjour"]),
        }
    ]
    if c.rng.random() < 0.5:
        msgs.append(
            {
                "author": "visitor",
                "msg": text(
                    c,
                    c.pick(
                        [
                            "health",
                            "sex_life_orientation",
                            "political_opinion",
                            "racial_ethnic_origin",
                        ]
                    ),
                ),
            }
        )
    if c.rng.random() < 0.5:
        msgs.append(
            {"author": "visitor", "msg": f"mi numero es {c.phone('es')} y mi dni {c.dni()}"}
        )
    return {
        "chat_id": rid(c.rng),
        "visitor": {"ip": c.ip(), "geo": {"city": "Sevilla"}},
        "messages": msgs,
    }


# ---------------------------------------------------------------- banking / retail
def bank_transfer(c: Ctx) -> Any:
    d = {
        "endToEndId": rid(c.rng, "E2E"),
        "debtor": {"name": c.name(), "iban": c.iban()},
        "creditor": {"name": c.name(), "iban": c.iban()},
        "amount": {"value": "250.00", "ccy": "EUR"},
        "remittance": c.pick(
            ["Miete Dez", "loyer decembre", "cuota gimnasio", "Mitgliedsbeitrag IG Metall"]
        ),
    }
    if d["remittance"] == "Mitgliedsbeitrag IG Metall":
        c.mark("trade_union", "union dues transfer")
    return d


def kyc_onboarding(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "customer": {
            **person(c, 0.9),
            "dateOfBirth": c.dob("iso"),
            "taxId": c.national_id(),
            "address": addr(c),
        },
        "riskRating": "low",
        "pep": False,
    }
    if c.rng.random() < 0.3:
        d["device"] = {"ip": c.ip(), "loc": f"{c.coord()[0]}, {c.coord()[1]}"}
    return d


def checkout(c: Ctx) -> Any:
    d = {
        "cart": [{"sku": f"SKU-{safe_token(c.rng, 6, 'ABCDEFGH')}", "qty": 1}],
        "billing": {"name": c.name(), **addr(c)},
        "payment": {"method": "card", "pan": c.card(), "expiry": "11/29"},
        "giftCard": c.bad_card(),
    }
    return d


def marketplace_order(c: Ctx) -> Any:
    return {
        "data": {
            "type": "orders",
            "id": rid(c.rng),
            "attributes": {
                "buyer-name": c.name(),
                "ship-to": c.address_str(),
                "buyer-phone": c.phone(),
                "payment-last4": "1881",
            },
        }
    }


# ---------------------------------------------------------------- tech: logs, idp, webhooks
def access_log(c: Ctx) -> Any:
    lines = [
        f"{c.ip()} - - [30/Nov/2026:10:{c.rng.randint(10, 59)}:02 +0000] "
        '"GET /api/v2/orders?page=2 HTTP/1.1" 200 512'
        for _ in range(2)
    ]
    d: dict[str, Any] = {"stream": "nginx", "lines": lines}
    if c.rng.random() < 0.4:
        lines.append(f'{c.ip()} - - "POST /login?user={c.email()} HTTP/1.1" 302 0')
    if c.rng.random() < 0.3:
        lines.append(f"upstream auth header: Authorization: {c.secret('bearer')}")
    return d


def app_log_json(c: Ctx) -> Any:
    inner = (
        {"level": "error", "msg": "payment failed", "customer_email": c.email(), "pan": c.card("")}
        if c.rng.random() < 0.5
        else {"level": "warn", "msg": "retrying", "dsn": c.conn()}
    )
    return {"@timestamp": ts(c.rng), "service": "billing-worker", "message": json.dumps(inner)}


def scim_user(c: Ctx) -> Any:
    f, l_ = c.first(), c.last()
    d: dict[str, Any] = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": c.email(),
        "name": {"givenName": f, "familyName": l_},
        "phoneNumbers": [{"type": "work", "value": c.phone()}],
        "active": True,
    }
    if c.rng.random() < 0.4:
        d["password"] = c.secret("password")
    return d


def oidc_token(c: Ctx) -> Any:
    return {
        "access_token": c.secret("jwt"),
        "token_type": "Bearer",
        "expires_in": 3600,
        "refresh_token": safe_token(c.rng, 48),
        "id_token_claims": {"email": c.email(), "name": c.name()},
    }


def ci_secrets(c: Ctx) -> Any:
    which = c.pick(
        [
            "aws",
            "ghp",
            "ghpat",
            "slack",
            "stripe",
            "glpat",
            "google",
            "npm",
            "sendgrid",
            "whsec",
            "client_secret",
        ]
    )
    d: dict[str, Any] = {
        "env": {
            "DEPLOY_REGION": "eu-central-1",
            c.pick(["API_KEY", "TOKEN", "apiSecret", "x-api-key"]): c.secret(which),
        }
    }
    if which == "aws":
        d["env"]["AWS_SECRET_ACCESS_KEY"] = c.secret("awssecret")
    if c.rng.random() < 0.3:
        d["tls"] = {"key": c.pem()}
    return d


def k8s_secret(c: Ctx) -> Any:
    import base64 as b

    c.mark("credential", "k8s secret data")
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "db-creds"},
        "type": "Opaque",
        "data": {
            "username": b.b64encode(b"app").decode(),
            "password": b.b64encode(safe_token(c.rng, 18).encode()).decode(),
        },
    }


def webhook(c: Ctx) -> Any:
    inner = {
        "event": "customer.updated",
        "customer": {"name": c.name(), "email": c.email(), "phone": c.phone()},
    }
    return {
        "id": rid(c.rng, "evt_"),
        "payload": json.dumps(inner),
        "headers": {"X-Signature": safe_token(c.rng, 40, "abcdef0123456789")},
    } | ({"auth": c.basic()} if c.rng.random() < 0.3 else {})


def telemetry(c: Ctx) -> Any:
    lat, lon = c.coord()
    return {
        "deviceId": rid(c.rng, "dev-"),
        "events": [
            {"t": ts(c.rng), "gps": {"lat": lat, "lon": lon, "acc_m": 4.5}, "battery": 0.7312}
        ],
        "net": {"ip": c.ip()},
    }


def graphql_mutation(c: Ctx) -> Any:
    q = "mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id } }"
    v: dict[str, Any] = {"input": {"fullName": c.name(), "birthday": c.dob("iso")}}
    if c.rng.random() < 0.5:
        v["input"]["ssn"] = c.ssn()
    if c.rng.random() < 0.4:
        v["input"]["medicalNotes"] = text(c, "health")
    return {"operationName": "UpdateProfile", "query": q, "variables": v}


def analytics_event(c: Ctx) -> Any:
    props: dict[str, Any] = {"page": "/checkout", "referrer": "https://news.example/"}
    if c.rng.random() < 0.5:
        props["$email"] = c.email()
    else:
        props["search_query"] = c.pick(
            [
                ("how to tell my parents im gay", "sex_life_orientation"),
                ("im muslim is gelatin halal", "religious_belief"),
                ("my chemo side effects hair loss", "health"),
            ]
        )
        c.mark(props["search_query"][1], "search query")
        props["search_query"] = props["search_query"][0]
    return {
        "event": "page_view",
        "anonymousId": rid(c.rng),
        "context": {"ip": c.ip()},
        "properties": props,
    }


def trial_survey(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "studyId": "NCT-DEMO-7",
        "participant": rid(c.rng, "P"),
        "visit": "W12",
        "responses": {
            "q1_pain": 4,
            "q7_sleep": "poor",
            "ae": c.pick(["nausea grade 2", "headache"]),
        },
    }
    c.mark("health", "trial adverse events")
    if c.rng.random() < 0.3:
        d["demographics"] = {
            "race": c.pick(["Asian", "Black"]),
            "ethnicity": c.pick(["Not Hispanic or Latino", "Hispanic or Latino"]),
        }
        c.mark("racial_ethnic_origin", "trial demographics")
    if c.rng.random() < 0.3:
        d["consent_signed_by"] = c.name()
    return d


def mixed_sensitive(c: Ctx) -> Any:
    """Customer record with many high-risk kinds in odd places."""
    d: dict[str, Any] = {
        "Kunde": {"Name": c.name(), "Ausweis": {"type": "passport", "nr": c.passport_no()}},
        "extra": [],
    }
    if c.rng.random() < 0.5:
        d["extra"].append(f"NIR {c.nir()}")
    if c.rng.random() < 0.5:
        d["extra"].append(f"NINO: {c.nino()}")
    if c.rng.random() < 0.5:
        d["extra"].append(f"geo {c.coord()}")
    return d


def sexual_health_clinic(c: Ctx) -> Any:
    c.mark("sex_life_orientation", "sexual history")
    c.mark("health", "sti screening")
    return {
        "clinic": "GUM walk-in",
        "patientRef": rid(c.rng, "GUM"),
        "contactNumber": c.phone(),
        "history": {
            "partners_3m": c.rng.randint(1, 6),
            "msm": c.pick([True, False]),
            "condom_use": c.pick(["sometimes", "never", "always"]),
        },
        "screen": {"chlamydia": "negative", "syphilis": c.pick(["negative", "reactive"])},
        "notes": c.pick(["PrEP start discussed", "pt nervous, partner not aware"]),
    }


def employee_network(c: Ctx) -> Any:
    net, kind, key, vals = c.pick(
        [
            ("Rainbow@Work", "sex_life_orientation", "selfId", ["gay", "lesbian", "bisexual"]),
            (
                "Christian Fellowship",
                "religious_belief",
                "denomination",
                ["Baptist", "Pentecostal", "Anglican"],
            ),
            (
                "Black Employees Network",
                "racial_ethnic_origin",
                "heritage",
                ["Black British - Caribbean", "Black African"],
            ),
            (
                "Muslim Staff Forum",
                "religious_belief",
                "practice",
                ["Sunni, prays at work", "Shia"],
            ),
        ]
    )
    c.mark(kind, f"erg self-declared {key}")
    return {
        "erg": net,
        "members": [
            {
                "employeeName": c.name(),
                "workEmail": c.email(),
                key: c.pick(vals),
                "joined": "2025-06-01",
            }
            for _ in range(c.rng.randint(1, 3))
        ],
    }


def integration_settings(c: Ctx) -> Any:
    d: dict[str, Any] = {
        "connector": c.pick(["sftp-export", "salesforce-sync", "sap-bridge"]),
        "settings": {},
    }
    s = d["settings"]
    roll = c.rng.random()
    if roll < 0.35:
        s.update(
            {"host": "sftp.partner.example", "user": "export_bot", "passwort": c.secret("password")}
        )
    elif roll < 0.7:
        s.update({"connectionString": c.conn(), "poolSize": 8})
    else:
        s.update(
            {
                "authHeader": c.basic(),
                "clientId": rid(c.rng, "cli_"),
                "client_secret": c.secret("client_secret"),
            }
        )
    s["webhookSigningSecret"] = c.pick(["", None, "********"])
    return d


def diversity_survey(c: Ctx) -> Any:
    lang = c.pick(["en", "de", "fr", "es"])
    eth = {
        "en": (
            "ethnicity",
            ["Mixed - White and Asian", "Black Caribbean", "Arab", "Hispanic/Latinx"],
        ),
        "de": ("ethnische_herkunft", ["türkisch", "polnisch-jüdisch", "afrodeutsch"]),
        "fr": ("origine_ethnique", ["maghrébine", "antillaise", "asiatique"]),
        "es": ("origen_etnico", ["gitano", "afrodescendiente", "indígena quechua"]),
    }[lang]
    c.mark("racial_ethnic_origin", f"diversity survey {lang}")
    d: dict[str, Any] = {
        "surveyId": "div-2026",
        "respondent": rid(c.rng, "r_"),
        "answers": {eth[0]: c.pick(eth[1])},
    }
    if c.rng.random() < 0.4:
        d["answers"]["sexualOrientation"] = c.pick(["gay man", "bi", "asexual", "heterosexual"])
        c.mark("sex_life_orientation", "survey orientation")
    if c.rng.random() < 0.3:
        d["answers"]["religion"] = "Keine Angabe"
    if c.rng.random() < 0.4:
        d["respondentEmail"] = c.email()
    return d


def strike_ballot(c: Ctx) -> Any:
    c.mark("trade_union", "union ballot")
    return {
        "ballot": c.pick(
            [
                "Urabstimmung Tarifrunde 2026",
                "Industrial action ballot - pay",
                "Consulta huelga convenio",
            ]
        ),
        "voter": {
            "membershipNo": rid(c.rng, "U", 8),
            "name": c.name(),
            "branch": c.pick(["Ortsverein Nord", "Branch 214", "Sección sindical Vigo"]),
        },
        "delivery": {"address": c.address_str()},
        "vote": c.pick(["yes", "no", "ja", "sí"]),
    }


def payment_method(c: Ctx) -> Any:
    d: dict[str, Any] = {"customer": rid(c.rng, "cus_"), "cardholder": c.name()}
    d[c.pick(["cardNumber", "card_no", "numeroTarjeta", "Kartennummer", "numero_carte"])] = c.card()
    d["exp"] = f"{c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)}"
    if c.rng.random() < 0.4:
        d["note"] = f"old card ending {c.rng.randint(1000, 9999)} replaced"
    return d


FAMILIES: dict[str, tuple[Callable[[Ctx], Any], int]] = {
    "hr_applicant": (hr_applicant, 9),
    "hr_employee_de": (hr_employee_de, 6),
    "hr_payroll_deduction": (hr_payroll_deduction, 8),
    "works_council": (works_council, 7),
    "union_membership": (union_membership, 13),
    "fhir_patient": (fhir_patient, 5),
    "gp_appointment": (gp_appointment, 6),
    "pharmacy_rx": (pharmacy_rx, 6),
    "telehealth_chat": (telehealth_chat, 6),
    "lab_result": (lab_result, 5),
    "insurance_claim": (insurance_claim, 5),
    "dna_kit": (dna_kit, 12),
    "pgx_report": (pgx_report, 11),
    "str_profile": (str_profile, 11),
    "access_control": (access_control, 19),
    "voice_enrol": (voice_enrol, 8),
    "kyc_selfie": (kyc_selfie, 12),
    "canvass": (canvass, 11),
    "party_membership": (party_membership, 10),
    "campaign_donation": (campaign_donation, 8),
    "church_register": (church_register, 7),
    "faith_donation": (faith_donation, 6),
    "mosque_class": (mosque_class, 4),
    "ngo_casework": (ngo_casework, 8),
    "court_record": (court_record, 7),
    "probation_checkin": (probation_checkin, 5),
    "background_check": (background_check, 6),
    "fuehrungszeugnis": (fuehrungszeugnis, 5),
    "police_report": (police_report, 4),
    "visa_application": (visa_application, 6),
    "airline_pnr": (airline_pnr, 5),
    "school_record": (school_record, 9),
    "census_form": (census_form, 11),
    "dating_profile": (dating_profile, 18),
    "social_post": (social_post, 10),
    "crm_contact": (crm_contact, 6),
    "helpdesk_ticket": (helpdesk_ticket, 7),
    "live_chat": (live_chat, 6),
    "bank_transfer": (bank_transfer, 6),
    "kyc_onboarding": (kyc_onboarding, 6),
    "checkout": (checkout, 5),
    "marketplace_order": (marketplace_order, 4),
    "access_log": (access_log, 6),
    "app_log_json": (app_log_json, 5),
    "scim_user": (scim_user, 5),
    "oidc_token": (oidc_token, 4),
    "ci_secrets": (ci_secrets, 10),
    "k8s_secret": (k8s_secret, 4),
    "webhook": (webhook, 5),
    "telemetry": (telemetry, 6),
    "graphql_mutation": (graphql_mutation, 5),
    "analytics_event": (analytics_event, 6),
    "trial_survey": (trial_survey, 5),
    "mixed_sensitive": (mixed_sensitive, 4),
    "sexual_health_clinic": (sexual_health_clinic, 10),
    "employee_network": (employee_network, 8),
    "integration_settings": (integration_settings, 8),
    "diversity_survey": (diversity_survey, 10),
    "strike_ballot": (strike_ballot, 9),
    "payment_method": (payment_method, 9),
}
