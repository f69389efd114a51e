"""Families from health, insurance, donation, care and special-category domains."""

from __future__ import annotations

import json
from typing import Any

from .phrases import say
from .values import Ctx, day, hexs, money, restyle, short_id, ts, uuid

ICD = [
    ("E11.9", "Type 2 diabetes mellitus without complications"),
    ("J45.909", "Asthma"),
    ("F41.1", "Generalized anxiety disorder"),
    ("I10", "Essential hypertension"),
    ("M54.5", "Low back pain"),
    ("F10.20", "Alcohol dependence, uncomplicated"),
    ("O09.90", "Supervision of high risk pregnancy"),
    ("G35", "Multiple sclerosis"),
    ("F32.1", "Major depressive disorder, single episode, moderate"),
    ("C50.911", "Malignant neoplasm of right female breast"),
    ("N97.9", "Female infertility"),
]
MEDS = [
    "metformin 500 mg BID",
    "sertraline 100 mg",
    "salbutamol inhaler PRN",
    "buprenorphine/naloxone 8/2 mg",
    "levothyroxine 75 mcg",
    "tamoxifen 20 mg",
    "Ramipril 5 mg 1-0-0",
    "methadone 60 mg daily",
    "lamotrigine 200 mg",
]


def underwriting(c: Ctx) -> Any:
    """Life / disability insurance application with a health questionnaire."""
    first, last = c.name_parts()
    answers_yes = c.chance(0.5)
    q: list[dict[str, Any]] = [
        {
            "code": "HQ01",
            "text": "Have you been treated for heart disease, stroke or high blood "
            "pressure in the last 5 years?",
            "answer": "no",
        },
        {
            "code": "HQ02",
            "text": "Do you currently take any prescribed medication?",
            "answer": "yes" if answers_yes else "no",
        },
        {
            "code": "HQ07",
            "text": "Have you ever been diagnosed with cancer, HIV or a mental health condition?",
            "answer": "no",
        },
    ]
    c.mark("health")
    c.note("questionnaire answers")
    if answers_yes:
        q[1]["details"] = c.pick(MEDS)
    if c.chance(0.35):
        q.append(
            {
                "code": "LQ11",
                "text": "Have you ever been convicted of a criminal offence?",
                "answer": c.pick(["no", "yes"]),
            }
        )
        c.mark("criminal_record")
    doc = {
        "application_id": short_id(c.rng, "LA-"),
        "product": c.pick(["TERM20", "WOL-PLUS", "INCOME-PROTECT"]),
        "sum_assured": c.pick([150000, 250000, 400000]),
        "currency": c.pick(["GBP", "EUR"]),
        "life_assured": {
            "given_name": first,
            "family_name": last,
            "date_of_birth": c.dob(),
            "smoker_status": c.pick(["never", "former", "current"]),
            "height_cm": c.rng.randint(155, 195),
            "weight_kg": c.rng.randint(52, 118),
        },
        "questionnaire": q,
        "underwriting": {
            "decision": c.pick(["standard", "refer", "loading_50", "postpone"]),
            "rules_version": "uw-2024.3.1",
        },
    }
    if c.chance(0.5):
        doc["life_assured"]["address"] = {"line1": c.street(), "town": c.city()[0]}
    return restyle(doc, c.pick(["snake", "camel"]))


def underwriting_de(c: Ctx) -> Any:
    c.lang = "de"
    doc = {
        "antragsnummer": short_id(c.rng, "BU-"),
        "tarif": "BU Komfort 2024",
        "versichertePerson": {
            "vorname": c.first("de"),
            "nachname": c.last("de"),
            "geburtsdatum": c.dob("de"),
            "beruf": c.pick(["Pflegefachkraft", "Softwareentwickler", "Elektriker"]),
        },
        "gesundheitsfragen": [
            {
                "frage": "Bestanden in den letzten 5 Jahren Krankheiten der Wirbelsäule?",
                "antwort": c.pick(["ja", "nein"]),
            },
            {"frage": "Befinden Sie sich in psychotherapeutischer Behandlung?", "antwort": "nein"},
        ],
        "hinweis": say(c, "health", "de") if c.chance(0.5) else "",
    }
    c.mark("health")
    return doc


def insurance_claim(c: Ctx) -> Any:
    code, label = c.pick(ICD)
    c.mark("health")
    member = {
        "memberId": short_id(c.rng, "M"),
        "name": {"first": c.first(), "last": c.last()},
        "dob": c.dob("us"),
    }
    lines = [
        {
            "line": i + 1,
            "cpt": c.pick(["99213", "80053", "90837", "36415", "97110"]),
            "icd10": [code],
            "billed": money(c.rng, 40, 600),
        }
        for i in range(c.rng.randint(1, 4))
    ]
    doc = {
        "claimId": short_id(c.rng, "CLM"),
        "status": c.pick(["PENDED", "ADJUDICATED", "PAID"]),
        "member": member,
        "diagnosis": {"code": code, "description": label} if c.chance(0.5) else {"code": code},
        "serviceLines": lines,
        "provider": {"npi": f"1{c.rng.randint(0, 99999):09d}", "org": "Riverside Family Practice"},
    }
    if c.chance(0.3):
        doc["member"]["ssn"] = c.ssn()
    return doc


def blood_donor(c: Ctx) -> Any:
    first, last = c.name_parts()
    doc: dict[str, Any] = {
        "donor_id": short_id(c.rng, "BD"),
        "donor": {"forename": first, "surname": last, "dob": c.dob(), "mobile": c.phone()},
        "blood_group": c.pick(["O-", "O+", "A+", "B-", "AB+"]),
        "last_donation": day(c.rng),
        "eligible": c.chance(0.7),
    }
    c.mark("health")
    c.note("blood group + screening")
    if c.chance(0.5):
        doc["screening"] = {
            "hb_g_dl": round(c.rng.uniform(11.5, 16.5), 1),
            "hiv": "negative",
            "hbv": "negative",
            "hcv": "negative",
        }
    if c.chance(0.4):
        doc["questionnaire"] = {
            "q17_msm_last_3_months": c.pick(["no", "yes"]),
            "q18_new_sexual_partner_3_months": c.pick(["no", "yes"]),
        }
        c.mark("sex_life_orientation")
        c.note("sexual behaviour questions")
    if c.chance(0.3):
        doc["deferral"] = {
            "reason": c.pick(
                [
                    "Low haemoglobin",
                    "Recent tattoo",
                    "Antibiotics in last 7 days",
                    "Malaria-risk travel",
                ]
            ),
            "until": day(c.rng, 2025, 2026),
        }
    return restyle(doc, c.pick(["snake", "camel", "kebab"]))


def organ_registry(c: Ctx) -> Any:
    c.lang = c.pick(["en", "es", "fr"])
    if c.lang == "es":
        doc = {
            "registro": short_id(c.rng, "ONT-"),
            "donante": {
                "nombre": c.first("es"),
                "apellidos": c.last("es") + " " + c.last("es"),
                "dni": c.dni(),
                "fecha_nacimiento": c.dob("fr"),
            },
            "organos": ["riñones", "hígado", "córneas"],
            "consentimiento": "sí",
            "creencias": c.pick(["", "Testigo de Jehová: rechaza transfusiones"]),
        }
        if doc["creencias"]:
            c.mark("religious_belief")
        return doc
    doc = {
        "registration": short_id(c.rng, "ODR"),
        "decision": c.pick(["opt_in", "opt_out", "appointed_rep"]),
        "organs": c.pick([["all"], ["heart", "lungs", "kidneys"], ["corneas"]]),
        "person": {"name": c.name(), "dob": c.dob(), "nhs_number_masked": "*** *** 4411"},
        "faith_or_belief_declared": c.chance(0.4),
    }
    if doc["faith_or_belief_declared"]:
        doc["faith"] = c.pick(["Muslim", "Jewish", "Sikh", "Hindu", "Christian"])
        c.mark("religious_belief")
    return doc


def fertility(c: Ctx) -> Any:
    c.mark("health")
    p1 = {
        "name": c.name(),
        "dob": c.dob(lo=1980, hi=1996),
        "role": "patient",
        "amh_pmol_l": round(c.rng.uniform(3, 40), 1),
    }
    partners = [p1]
    if c.chance(0.5):
        partners.append({"name": c.name(), "role": "partner", "relationship": "same-sex spouse"})
        c.mark("sex_life_orientation")
        c.note("same-sex couple")
    doc = {
        "cycleId": short_id(c.rng, "IVF"),
        "protocol": c.pick(["antagonist", "long agonist", "natural"]),
        "clinic": "Clínica Reproducción Norte",
        "patients": partners,
        "donor_sperm": {"bank_id": short_id(c.rng, "DS"), "cmv": "neg"},
        "embryos": [
            {"embryo": f"E{i}", "grade": c.pick(["4AA", "3BB", "5AB"]), "day": 5}
            for i in range(1, c.rng.randint(2, 5))
        ],
    }
    if c.chance(0.5):
        doc["pgt_a"] = [
            {"embryo": "E1", "result": "euploid 46,XX"},
            {"embryo": "E2", "result": "aneuploid +16"},
        ]
        c.mark("genetic")
    return doc


def addiction_intake(c: Ctx) -> Any:
    c.mark("health")
    doc = {
        "intake": {"id": uuid(c.rng), "date": day(c.rng), "counselor": c.name()},
        "client": {"name": c.name(), "dob": c.dob(), "phone": c.phone()},
        "substances": [
            {
                "substance": c.pick(["opioids", "alcohol", "methamphetamine", "cannabis"]),
                "route": c.pick(["IV", "oral", "smoked"]),
                "age_first_use": c.rng.randint(13, 30),
            }
        ],
        "mat": c.pick(MEDS[3:4] + MEDS[7:8]),
        "asam_level": c.pick(["1.0", "2.1", "3.5"]),
    }
    if c.chance(0.5):
        doc["referral_source"] = c.pick(["drug court", "probation officer", "DUI program"])
        c.mark("criminal_record")
        c.note("court-mandated")
    else:
        doc["referral_source"] = c.pick(["self", "GP", "family"])
    if c.chance(0.4):
        doc["notes"] = say(c, "health")
    return doc


def mental_health_app(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    entries = []
    for _ in range(c.rng.randint(1, 3)):
        entries.append(
            {
                "ts": ts(c.rng),
                "mood": c.rng.randint(1, 10),
                "tags": c.pick([["sleep", "work"], ["panic"], ["family"], []]),
            }
        )
    c.mark("health")
    doc = {
        "user": {"id": uuid(c.rng), "email": c.email()},
        "phq9": c.rng.randint(0, 27),
        "gad7": c.rng.randint(0, 21),
        "entries": entries,
        "journal": say(c, "health") if c.chance(0.6) else "",
    }
    if c.chance(0.25):
        doc["journal"] += " " + say(c, "sex_life_orientation")
    return restyle(doc, c.pick(["snake", "camel"]))


def wearable(c: Ctx) -> Any:
    """Wearable sync: only ECG/arrhythmia/SpO2 alerts are health; steps/GPS are not."""
    doc: dict[str, Any] = {
        "deviceId": short_id(c.rng, "WR"),
        "fw": "4.12.0",
        "userRef": uuid(c.rng),
        "date": day(c.rng),
        "steps": c.rng.randint(800, 22000),
        "activeMinutes": c.rng.randint(0, 140),
    }
    if c.chance(0.5):
        lat, lon = c.latlon()
        doc["track"] = [{"t": ts(c.rng), "lat": lat, "lon": lon, "ele": c.rng.randint(20, 300)}]
        lat2, lon2 = c.latlon(decimals=5)
        doc["track"].append({"t": ts(c.rng), "lat": lat2, "lon": lon2})
    if c.chance(0.45):
        doc["alerts"] = [
            {
                "type": c.pick(["irregular_rhythm", "low_spo2", "high_hr_at_rest"]),
                "detail": c.pick(
                    ["possible atrial fibrillation", "SpO2 86% for 4 min", "resting HR 128 bpm"]
                ),
            }
        ]
        doc["ecg"] = {"classification": c.pick(["AFib", "sinus rhythm", "inconclusive"])}
        c.mark("health")
        c.note("ecg/alerts")
    return doc


def church_member(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "en", "es"])
    c.mark("religious_belief")
    if c.lang == "de":
        return {
            "mitglied": {
                "vorname": c.first("de"),
                "nachname": c.last("de"),
                "anschrift": c.address_line("de"),
                "geburtsdatum": c.dob("de"),
                "taufdatum": day(c.rng, 1960, 2010),
                "konfession": "ev.-luth.",
                "gemeinde": "St. Johannis",
                "kirchgeld_2024": money(c.rng, 10, 120),
            }
        }
    fam = [
        {"name": c.name(), "role": "head", "email": c.email()},
        {"name": c.first() + " " + c.last(), "role": "spouse"},
    ]
    doc = {
        "household_id": c.rng.randint(1000, 9999),
        "campus": c.pick(["North", "Downtown"]),
        "members": fam,
        "membership_status": c.pick(["Member", "Regular Attender"]),
        "groups": c.pick(
            [["Men's Bible Study"], ["Worship Team", "Youth Ministry"], ["Grupo de oración"]]
        ),
        "giving": {
            "ytd": money(c.rng, 100, 9000),
            "fund": c.pick(["Tithe", "Building Fund", "Missions"]),
        },
    }
    if c.chance(0.5):
        doc["address"] = c.address_line("us")
    if c.chance(0.3):
        doc["pastoral_note"] = say(c, "health", "en")
    return doc


def mosque_zakat(c: Ctx) -> Any:
    c.mark("religious_belief")
    return {
        "event": "donation.created",
        "data": {
            "object": {
                "id": "don_" + hexs(c.rng, 16),
                "type": c.pick(["zakat", "zakat_al_fitr", "sadaqah"]),
                "amount": money(c.rng, 10, 800),
                "currency": c.pick(["GBP", "EUR"]),
                "donor": {
                    "name": c.name(),
                    "email": c.email(),
                    "gift_aid": c.chance(0.6),
                    "postcode": c.city("en")[1],
                },
                "masjid": "East Ridge Islamic Centre",
                "madrasa_enrolment": c.chance(0.3),
            }
        },
    }


def synagogue(c: Ctx) -> Any:
    c.mark("religious_belief")
    doc = {
        "member_no": c.rng.randint(100, 4000),
        "family": c.last(),
        "adults": [c.first(), c.first()],
        "children": [{"name": c.first(), "bnai_mitzvah_date": day(c.rng, 2025, 2028)}],
        "dues": {
            "tier": c.pick(["full", "young family", "senior"]),
            "amount": money(c.rng, 500, 3600),
        },
        "yahrzeit": [{"deceased": c.name(), "hebrew_date": "14 Nisan"}] if c.chance(0.4) else [],
        "tzedakah_ytd": money(c.rng, 18, 1800),
    }
    if c.chance(0.4):
        doc["phone"] = c.phone("us")
    return doc


def union_member(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    c.mark("trade_union")
    if c.lang == "de":
        doc = {
            "mitgliedsnummer": short_id(c.rng, ""),
            "name": c.name("de"),
            "betrieb": "Klinikum Süd",
            "funktion": c.pick(["Vertrauensleute", "Betriebsrat", "Mitglied"]),
            "beitrag_monat": money(c.rng, 12, 45),
            "iban": c.iban("DE"),
            "eintritt": day(c.rng, 2000, 2023),
        }
    elif c.lang == "fr":
        doc = {
            "adherent": {"nom": c.last("fr"), "prenom": c.first("fr"), "courriel": c.email()},
            "syndicat": "CGT Cheminots",
            "section": "Lyon Part-Dieu",
            "cotisation": {"taux": "1%", "prelevement": True},
        }
    elif c.lang == "es":
        doc = {
            "afiliado": {"nombre": c.name("es"), "telefono": c.phone("es")},
            "sindicato": "CCOO Sanidad",
            "cargo": "delegada de prevención",
            "cuota_mensual": 11.5,
        }
    else:
        doc = {
            "member": {
                "id": short_id(c.rng, "U"),
                "name": c.name(),
                "email": c.email(),
                "workplace": "Depot 4",
            },
            "local": "Local 743",
            "steward": c.chance(0.3),
            "dues_status": c.pick(["current", "arrears"]),
            "ballot": {"id": "strike-2024-11", "voted": c.chance(0.7)},
        }
    return doc


def political_canvass(c: Ctx) -> Any:
    c.mark("political_opinion")
    c.lang = c.pick(["en", "en", "de", "fr"])
    if c.lang == "de":
        return {
            "tuer": c.address_line("de"),
            "bewohner": c.name("de"),
            "wahlabsicht": c.pick(["CDU", "SPD", "Grüne", "unentschlossen"]),
            "interesse": c.pick(["Mitarbeit", "Plakat", "keins"]),
            "helfer": c.first("de"),
        }
    if c.lang == "fr":
        return {
            "operation": "porte-à-porte",
            "electeur": {"nom": c.name("fr"), "adresse": c.address_line("fr")},
            "soutien": c.pick(["fort", "faible", "opposé"]),
            "note": say(c, "political_opinion", "fr") if c.chance(0.4) else "",
        }
    canvasser = c.first()
    voters = []
    for _ in range(c.rng.randint(1, 3)):
        voters.append(
            {
                "van_id": short_id(c.rng, ""),
                "name": c.name(),
                "support_level": c.rng.randint(1, 5),
                "issues": c.pick([["healthcare"], ["taxes", "schools"], ["housing"]]),
            }
        )
    return {
        "turf": "Ward 7 / Precinct 12",
        "canvasser": canvasser,
        "address": c.address_line("us"),
        "contacts": voters,
        "script": "GOTV-2024-v3",
        "phone_bank_callback": c.phone("us"),
    }


def political_donation(c: Ctx) -> Any:
    c.mark("political_opinion")
    doc = {
        "contribution": {
            "amount": money(c.rng, 5, 2900),
            "date": day(c.rng),
            "committee": c.pick(
                [
                    "Friends of the Riverside Democrats",
                    "Conservative Victory PAC",
                    "Green Party of England and Wales",
                ]
            ),
            "recurring": c.chance(0.3),
        },
        "contributor": {
            "first_name": c.first(),
            "last_name": c.last(),
            "address1": c.street("us"),
            "employer": "Self-employed",
            "occupation": c.pick(["Teacher", "Retired", "Nurse", "Engineer"]),
            "email": c.email(),
        },
    }
    if c.chance(0.5):
        doc["payment"] = {"card_number": c.card(), "exp": "09/27"}
    return restyle(doc, c.pick(["snake", "camel"]))


def dating_profile(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    lat, lon = c.latlon(decimals=c.pick([2, 4, 5]))
    doc = {
        "profile": {
            "id": uuid(c.rng),
            "display_name": c.first(),
            "age": c.rng.randint(21, 55),
            "bio": c.pick(
                [
                    "Hiking, natural wine and bad puns.",
                    "Nurse by day, DJ by night.",
                    "Dog mum. Coffee snob.",
                    "Fotografie, Klettern, Brettspiele.",
                ]
            ),
            "location": {"lat": lat, "lng": lon},
            "photos": [f"https://cdn.example-dating.app/p/{hexs(c.rng, 24)}.jpg"],
        }
    }
    if c.chance(0.5):
        doc["profile"]["orientation"] = c.pick(
            ["gay", "lesbian", "bisexual", "queer", "straight", "pansexual"]
        )
        c.mark("sex_life_orientation")
    if c.chance(0.3):
        doc["profile"]["ethnicity"] = c.pick(
            ["Asian", "Black / African descent", "Hispanic / Latin", "Middle Eastern"]
        )
        c.mark("racial_ethnic_origin")
    if c.chance(0.3):
        doc["profile"]["religion"] = c.pick(["Catholic", "Jewish", "Muslim", "Buddhist"])
        c.mark("religious_belief")
    if c.chance(0.3):
        doc["last_message"] = {"from": c.first(), "text": say(c, "sex_life_orientation")}
    return doc


def genealogy_dna(c: Ctx) -> Any:
    c.mark("genetic")
    doc: dict[str, Any] = {
        "kit": short_id(c.rng, "KT"),
        "owner": {"name": c.name(), "email": c.email()},
        "snps": [
            {"rsid": r, "chrom": ch, "pos": p, "genotype": g}
            for r, ch, p, g in c.rng.sample(
                [
                    ("rs4988235", "2", 136608646, "AG"),
                    ("rs1426654", "15", 48426484, "AA"),
                    ("rs12913832", "15", 28365618, "GG"),
                    ("rs7412", "19", 45412079, "CC"),
                    ("rs53576", "3", 8804371, "AG"),
                ],
                3,
            )
        ],
    }
    if c.chance(0.6):
        doc["ethnicity_estimate"] = [
            {"region": "Ireland & Scotland", "pct": 48.2},
            {"region": "Ashkenazi Jewish", "pct": 31.0},
            {"region": "Nigeria", "pct": 20.8},
        ]
        c.mark("racial_ethnic_origin")
        c.note("ethnicity estimate")
    if c.chance(0.5):
        doc["matches"] = [{"name": c.name(), "relationship": "2nd cousin", "shared_cm": 231}]
    return doc


def apis_manifest(c: Ctx) -> Any:
    pax = []
    for _ in range(c.rng.randint(1, 3)):
        first, last = c.name_parts()
        y, m, d = c.dob_parts(1950, 2015)
        p: dict[str, Any] = {
            "surname": last.upper(),
            "given_names": first.upper(),
            "dob": f"{y % 100:02d}{m:02d}{d:02d}",
            "sex": c.pick("MF"),
            "nationality": c.pick(["DEU", "FRA", "ESP", "GBR", "USA", "NGA"]),
            "document": {
                "type": "P",
                "number": c.passport_no(),
                "issuing_state": c.pick(["DEU", "FRA", "GBR"]),
                "expiry": day(c.rng, 2026, 2033),
            },
        }
        if c.chance(0.3):
            p["ssr"] = [c.pick(["WCHR", "MOML", "KSML", "DBML", "VGML"])]
            if p["ssr"][0] in ("WCHR", "DBML"):
                c.mark("health")
            elif p["ssr"][0] in ("MOML", "KSML"):
                c.mark("religious_belief")
            c.note("ssr " + p["ssr"][0])
        pax.append(p)
    return {
        "message": "PAXLST",
        "flight": f"LH{c.rng.randint(100, 999)}",
        "dep": "FRA",
        "arr": c.pick(["JFK", "YYZ", "ORD"]),
        "std": ts(c.rng),
        "passengers": pax,
    }


def child_care(c: Ctx) -> Any:
    c.lang = c.pick(["de", "en", "fr"])
    child = {"name": c.name(), "dob": c.dob(lo=2019, hi=2023)}
    doc: dict[str, Any] = {
        "child": child,
        "group": c.pick(["Raupen", "Sunflowers", "Les Loupiots"]),
        "pickup_authorised": [{"name": c.name(), "phone": c.phone()}],
    }
    if c.chance(0.5):
        child["allergies"] = c.pick([["peanuts"], ["cow's milk protein"], ["Penicillin"]])
        c.mark("health")
    if c.chance(0.3):
        child["diet"] = c.pick(["halal", "kosher"])
        c.mark("religious_belief")
        c.note("religious diet")
    elif c.chance(0.3):
        child["diet"] = "vegetarisch"
    if c.chance(0.25):
        doc["parent_note"] = say(c, "health")
    return restyle(doc, c.pick(["snake", "camel"]))


def special_needs(c: Ctx) -> Any:
    c.mark("health")
    c.lang = c.pick(["en", "de", "fr", "es"])
    doc = {
        "student": {
            "name": c.name(),
            "dob": c.dob(lo=2008, hi=2018),
            "year_group": c.rng.randint(1, 11),
        },
        "plan": {
            "type": c.pick(["EHCP", "IEP", "PAP", "Nachteilsausgleich"]),
            "needs": c.pick(
                [
                    ["dyslexia"],
                    ["autism spectrum condition"],
                    ["ADHD", "anxiety"],
                    ["hearing impairment"],
                ]
            ),
            "accommodations": ["25% extra time", "separate room", "reader"],
            "review_date": day(c.rng, 2025, 2026),
        },
        "contacts": [{"relation": "mother", "name": c.name(), "email": c.email()}],
    }
    return doc


def clinician_note(c: Ctx) -> Any:
    c.lang = c.pick(["en", "en", "de", "fr", "es"])
    text = say(c, "health")
    if c.chance(0.3):
        text += " " + say(c, "health")
    if c.chance(0.15):
        text += " " + say(c, "sex_life_orientation")
    if c.chance(0.15):
        text += " " + say(c, "religious_belief")
    doc = {
        "resourceType": "Composition",
        "id": uuid(c.rng),
        "status": "final",
        "subject": {"display": c.name()},
        "author": [{"display": "Dr. " + c.last()}],
        "section": [
            {
                "title": c.pick(["HPI", "Assessment", "Anamnese", "Observations"]),
                "text": {"status": "generated", "div": f"<div>{text}</div>"},
            }
        ],
    }
    return doc


def lab_result(c: Ctx) -> Any:
    c.mark("health")
    msg = (
        "MSH|^~\\&|LAB|UKH|EHR|UKH|"
        + ts(c.rng).replace("-", "")[:8]
        + "||ORU^R01|"
        + short_id(c.rng)
        + "|P|2.5\r"
        f"PID|1||{short_id(c.rng)}^^^UKH||{c.last().upper()}^{c.first().upper()}||"
        f"{c.dob('compact')}|{c.pick('MF')}\r"
        "OBX|1|NM|2345-7^Glucose^LN||" + str(c.rng.randint(70, 260)) + "|mg/dL|70-99|H\r"
        "OBX|2|NM|4548-4^HbA1c^LN||" + f"{c.rng.uniform(5, 10):.1f}" + "|%|<5.7|H"
    )
    return {"channel": "hl7-inbound", "received": ts(c.rng), "raw": msg}


def pgx_report(c: Ctx) -> Any:
    c.mark("genetic")
    doc = {
        "report_id": short_id(c.rng, "PGX"),
        "patient": {"name": c.name(), "dob": c.dob()},
        "results": [
            {"gene": "CYP2D6", "diplotype": "*4/*41", "phenotype": "poor metabolizer"},
            {"gene": "SLCO1B1", "diplotype": "*1/*5", "phenotype": "decreased function"},
        ],
    }
    if c.chance(0.5):
        doc["current_medications"] = [c.pick(MEDS)]
        c.mark("health")
    return doc


def biometric_enroll(c: Ctx) -> Any:
    kind = c.pick(["face", "finger", "voice", "iris"])
    c.mark("biometric")
    c.note(f"template:{kind}")
    if kind == "face":
        tmpl: Any = [round(c.rng.uniform(-0.3, 0.3), 6) for _ in range(24)]
    elif kind == "finger":
        tmpl = {
            "format": "ISO/IEC 19794-2",
            "minutiae": [
                {
                    "x": c.rng.randint(0, 400),
                    "y": c.rng.randint(0, 500),
                    "angle": c.rng.randint(0, 359),
                    "type": c.pick(["ending", "bifurcation"]),
                }
                for _ in range(8)
            ],
        }
    elif kind == "voice":
        tmpl = {
            "model": "ivector-v2",
            "voiceprint_b64": "".join(
                c.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/") for _ in range(120)
            ),
        }
    else:
        tmpl = {"iris_code": hexs(c.rng, 128), "eye": c.pick(["left", "right"])}
    return {
        "subject": {"employee_no": short_id(c.rng, "E"), "name": c.name()},
        "modality": kind,
        "template": tmpl,
        "enrolled_at": ts(c.rng),
        "device": {"serial": short_id(c.rng, "SN"), "firmware": "3.2.7"},
    }


def door_access(c: Ctx) -> Any:
    """Access-control events with a fingerprint *match score* only: not biometric."""
    events = [
        {
            "ts": ts(c.rng),
            "door": c.pick(["Lab 2", "Server room", "Main entrance"]),
            "method": c.pick(["fingerprint", "badge+pin", "face"]),
            "match_score": round(c.rng.uniform(0.8, 0.99), 3),
            "result": "granted",
            "badge_holder": c.name(),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    return {"controller": short_id(c.rng, "AC"), "events": events}


def probation(c: Ctx) -> Any:
    c.mark("criminal_record")
    c.lang = c.pick(["en", "en", "de"])
    doc: dict[str, Any] = {
        "case_ref": short_id(c.rng, "PRB"),
        "supervisee": {"name": c.name(), "dob": c.dob(), "address": c.address_line()},
        "order": {
            "type": c.pick(["Community Order", "Suspended Sentence Order", "Licence"]),
            "offence": c.pick(
                [
                    "Theft from shop",
                    "Assault by beating",
                    "Possession with intent to supply",
                    "Drink driving",
                ]
            ),
            "requirements": c.pick([["Unpaid work 120h"], ["Curfew", "Electronic monitoring"]]),
        },
        "officer": c.name(),
    }
    if c.chance(0.5):
        lat, lon = c.latlon()
        doc["em_last_fix"] = {"lat": lat, "lon": lon, "at": ts(c.rng)}
    if c.chance(0.4):
        doc["contact_note"] = say(c, c.pick(["health", "criminal_record"]))
    return doc


def court_efiling(c: Ctx) -> Any:
    criminal = c.chance(0.5)
    doc = {
        "envelope": {
            "id": short_id(c.rng, "EF"),
            "court": "Superior Court, County of Marin",
            "case_type": "Criminal"
            if criminal
            else c.pick(["Civil - Contract", "Family - Dissolution"]),
            "filing": {
                "doc_type": c.pick(["Motion", "Complaint", "Notice"]),
                "pages": c.rng.randint(2, 40),
                "sha256": hexs(c.rng, 64),
            },
        },
        "parties": [
            {"role": "Defendant" if criminal else "Respondent", "name": c.name()},
            {
                "role": "Attorney",
                "name": c.name(),
                "bar_no": str(c.rng.randint(100000, 999999)),
                "email": c.email(org=True),
                "address": c.address_line("us"),
            },
        ],
    }
    if criminal:
        doc["charges"] = [
            {
                "statute": c.pick(["PC 459", "VC 23152(a)", "HS 11350"]),
                "description": c.pick(["Burglary", "DUI", "Possession of controlled substance"]),
            }
        ]
        c.mark("criminal_record")
    return doc


def immigration_case(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    first, last = c.name_parts()
    doc: dict[str, Any] = {
        "caseNumber": short_id(c.rng, "IMM"),
        "applicant": {
            "givenName": first,
            "familyName": last,
            "dateOfBirth": c.dob(),
            "nationality": c.pick(["Syria", "Afghanistan", "Eritrea", "Iran", "Venezuela"]),
            "passport": {"number": c.passport_no(), "expires": day(c.rng, 2026, 2031)},
        },
        "visaClass": c.pick(["asylum", "family reunification", "skilled worker"]),
    }
    if doc["visaClass"] == "asylum":
        kind = c.pick(
            [
                "religious_belief",
                "political_opinion",
                "sex_life_orientation",
                "racial_ethnic_origin",
            ]
        )
        doc["claimBasis"] = {
            "ground": {
                "religious_belief": "religion",
                "political_opinion": "political opinion",
                "sex_life_orientation": "particular social group",
                "racial_ethnic_origin": "race",
            }[kind],
            "statement": say(c, kind),
        }
    if c.chance(0.5):
        doc["characterQuestions"] = {"convicted_any_country": "No", "war_crimes": "No"}
        c.mark("criminal_record")
    if c.chance(0.3):
        doc["representative"] = {"name": c.name(), "email": c.email(org=True)}
    return doc


def hr_case(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    kind = c.pick(
        ["health", "trade_union", "religious_belief", "criminal_record", "racial_ethnic_origin"]
    )
    text = say(c, kind)
    doc = {
        "case": {
            "id": short_id(c.rng, "HR"),
            "category": c.pick(["Accommodation", "Grievance", "Absence", "Conduct"]),
            "employee": c.name(),
            "opened_by": c.email(org=True),
            "notes": [{"at": ts(c.rng), "author": c.first(), "body": text}],
        }
    }
    return doc


def bulk_eeo(c: Ctx) -> Any:
    rows = []
    any_answer = False
    for _ in range(c.rng.randint(2, 4)):
        eth = c.pick(
            [
                "Hispanic or Latino",
                "Black or African American",
                "Asian",
                "White",
                "Prefer not to say",
                "Two or more races",
            ]
        )
        if eth != "Prefer not to say":
            any_answer = True
        rows.append(
            {
                "candidate_id": short_id(c.rng, "C"),
                "ethnicity": eth,
                "disability": c.pick(["No, I do not have a disability", "I do not wish to answer"]),
                "veteran": c.pick(["not a protected veteran", "decline"]),
            }
        )
    if any_answer:
        c.mark("racial_ethnic_origin")
    if any(r["disability"].startswith("No,") for r in rows):
        c.mark("health")
    return {
        "operations": [
            {"method": "PUT", "path": f"/v2/eeo/{r['candidate_id']}", "body": r} for r in rows
        ]
    }


def eeo_decline(c: Ctx) -> Any:
    """An EEO form where every answer is 'Prefer not to say': no special category."""
    return {
        "candidate": {"email": c.email()},
        "eeo": {
            "ethnicity": c.pick(
                ["Prefer not to say", "Keine Angabe", "Je préfère ne pas répondre"]
            ),
            "gender": c.pick(["Female", "Male", "Non-binary"]),
            "pronouns": "she/her",
            "disability": "I do not wish to answer",
        },
    }


def treatment_event(c: Ctx) -> Any:
    """An event stream record whose payload is escaped JSON."""
    inner = {
        "type": c.pick(["appointment.booked", "rx.dispensed"]),
        "patient": {"name": c.name(), "phone": c.phone()},
        "detail": c.pick(
            [
                "Physiotherapy for ACL rehab",
                "Chemotherapy cycle 3",
                "Methadone dispensing",
                "Antenatal scan 20 weeks",
            ]
        ),
    }
    c.mark("health")
    return {
        "topic": "clinic-events",
        "partition": c.rng.randint(0, 11),
        "offset": c.rng.randint(1000, 999999),
        "payload": json.dumps(inner, ensure_ascii=False),
    }


def appointment(c: Ctx) -> Any:
    """Calendar entries: labeled health only when the text names a condition or treatment."""
    treatment = c.chance(0.5)
    doc = {
        "appointments": [
            {
                "start": ts(c.rng),
                "clinician": "Dr. " + c.last(),
                "patient": c.first() + " " + c.last(),
                "type": c.pick(
                    ["Psychotherapy session", "Dialysis", "IVF egg collection", "Chemo infusion"]
                )
                if treatment
                else c.pick(["New patient", "Follow-up", "Annual review"]),
                "room": c.pick(["2.14", "B-07"]),
            }
        ]
    }
    if treatment:
        c.mark("health")
    return doc


FAMILIES = {
    "underwriting": (underwriting, 14),
    "underwriting_de": (underwriting_de, 8),
    "insurance_claim": (insurance_claim, 10),
    "blood_donor": (blood_donor, 12),
    "organ_registry": (organ_registry, 8),
    "fertility": (fertility, 10),
    "addiction_intake": (addiction_intake, 10),
    "mental_health_app": (mental_health_app, 12),
    "wearable": (wearable, 14),
    "church_member": (church_member, 12),
    "mosque_zakat": (mosque_zakat, 7),
    "synagogue": (synagogue, 7),
    "union_member": (union_member, 18),
    "political_canvass": (political_canvass, 12),
    "political_donation": (political_donation, 8),
    "dating_profile": (dating_profile, 14),
    "genealogy_dna": (genealogy_dna, 12),
    "apis_manifest": (apis_manifest, 12),
    "child_care": (child_care, 10),
    "special_needs": (special_needs, 8),
    "clinician_note": (clinician_note, 16),
    "lab_result": (lab_result, 7),
    "pgx_report": (pgx_report, 9),
    "biometric_enroll": (biometric_enroll, 26),
    "door_access": (door_access, 7),
    "probation": (probation, 10),
    "court_efiling": (court_efiling, 10),
    "immigration_case": (immigration_case, 14),
    "hr_case": (hr_case, 14),
    "bulk_eeo": (bulk_eeo, 8),
    "eeo_decline": (eeo_decline, 5),
    "treatment_event": (treatment_event, 7),
    "appointment": (appointment, 8),
}
