"""Healthcare, genetics and biometrics."""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Doc


def _dr(d: Doc, loc: str | None = None) -> str:
    f, last = d.person(loc)
    return d.pick((f"Dr. {f} {last}", f"Dr {last}", f"{f} {last}, MD", f"{last}, {f[0]}. (GP)"))


def appointment(d: Doc) -> Any:
    lang = d.pick(("en", "en", "de", "fr", "es"))
    loc = {"en": d.pick(("us", "gb")), "de": "de", "fr": "fr", "es": "es"}[lang]
    first, last = d.person(loc)
    born = d.birth(1935, 2020)
    health = d.chance(0.8)
    if lang == "en":
        reason = (
            d.pick(
                (
                    "Follow-up: " + d.pick(pools.CONDITIONS["en"]),
                    "Asthma review, inhaler technique",
                    "Medication review: " + d.pick(pools.DRUGS)[0],
                    "Prenatal visit, 2nd trimester",
                    "Knee pain after fall",
                    "Talking therapy session 4 of 8",
                )
            )
            if health
            else None
        )
        appt: dict[str, Any] = {
            "appointment_id": d.uuid(),
            "start": d.ts(),
            "duration_min": d.pick((10, 15, 20, 30, 45)),
            "status": d.pick(("booked", "arrived", "cancelled", "no_show")),
            "patient": {
                "mrn": f"MRN{d.rng.randint(100000, 999999)}",
                "name": {"given": [first], "family": last},
                "dob": d.dob(d.pick(("iso", "mdy")), born),
                "tel": d.phone(loc),
            },
            "practitioner": _dr(d, loc),
            "location": d.pick(("Clinic B, Room 12", "Telehealth")),
        }
        if reason:
            appt["reason_for_visit"] = reason
            d.mark("health", "field:reason")
        else:
            appt["visit_type"] = "new patient"
        return d.style(appt)
    if lang == "de":
        appt = {
            "terminId": d.hex(12),
            "beginn": d.ts(),
            "praxis": "Gemeinschaftspraxis am Rathaus",
            "patient": {
                "vorname": first,
                "nachname": last,
                "geburtsdatum": d.dob("dmy_dot", born),
                "versicherung": d.pick(("GKV", "PKV")),
                "telefon": d.phone("de"),
            },
            "behandler": _dr(d, "de"),
        }
        if health:
            appt["anlass"] = d.pick(
                (
                    "Kontrolle " + d.pick(pools.CONDITIONS["de"]),
                    "Blutabnahme HbA1c (Diabetes)",
                    "Krankschreibung verlängern (Lumbago)",
                    "Überweisung Psychotherapie",
                )
            )
            d.mark("health", "field:anlass")
        return appt
    if lang == "fr":
        appt = {
            "rdv_id": d.hex(10),
            "date_heure": d.ts(),
            "motif": None,
            "patient": {
                "nom": last,
                "prenom": first,
                "date_de_naissance": d.dob("dmy_slash", born),
                "portable": d.phone("fr"),
            },
            "praticien": _dr(d, "fr"),
            "centre": "Centre de santé Croix-Rousse",
        }
        if health:
            appt["motif"] = d.pick(
                (
                    "Suivi " + d.pick(pools.CONDITIONS["fr"]).split(" ", 1)[1],
                    "Renouvellement ordonnance (Lévothyrox)",
                    "Échographie T2 (grossesse)",
                )
            )
            d.mark("health", "field:motif")
        return appt
    appt = {
        "cita": {
            "id": d.hex(10),
            "fecha": d.day(),
            "hora": f"{d.rng.randint(8, 19)}:{d.pick(('00', '15', '30', '45'))}",
            "paciente": {
                "nombre": f"{first} {last}",
                "fecha_nacimiento": d.dob("dmy_slash", born),
                "movil": d.phone("es"),
            },
            "especialidad": d.pick(("Traumatología", "Medicina de familia", "Dermatología")),
            "facultativo": _dr(d, "es"),
        }
    }
    if health:
        appt["cita"]["motivo"] = d.pick(
            (
                "Revisión " + d.pick(pools.CONDITIONS["es"]),
                "Control del embarazo",
                "Dolor lumbar crónico",
            )
        )
        d.mark("health", "field:motivo")
    return appt


def prescription(d: Doc) -> Any:
    loc = d.pick(("us", "us", "gb", "de"))
    first, last = d.person(loc)
    drug, dose, freq = d.pick(pools.DRUGS)
    d.mark("health", "field:medication")
    rx: dict[str, Any] = {
        "message_type": "NewRx",
        "message_id": d.uuid(),
        "sent": d.ts(),
        "patient": {
            "first": first,
            "last": last,
            "dob": d.dob("compact" if loc == "us" else "iso"),
            "gender": d.pick(("F", "M", "U")),
        },
        "prescriber": {
            "name": _dr(d, loc),
            "npi": f"1{d.rng.randint(100000000, 999999999)}",
            "clinic_phone": d.phone(loc),
        },
        "medication": {
            "description": f"{drug} {dose}",
            "sig": f"Take {freq}",
            "quantity": d.rng.randint(14, 90),
            "refills": d.rng.randint(0, 5),
            "substitutions": "allowed",
        },
        "pharmacy": {
            "ncpdp_id": f"{d.rng.randint(1000000, 9999999)}",
            "name": "Corner Pharmacy #214",
        },
    }
    if d.chance(0.5):
        rx["patient"]["address"] = d.address(loc, as_text=False)
    if d.chance(0.4):
        code, label = d.pick(pools.ICD10)
        rx["diagnosis"] = {"icd10": code, "text": label}
    if d.chance(0.3):
        rx["patient"]["allergies"] = d.pick((["NKDA"], ["penicillin"], ["sulfa", "latex"]))
    return d.style(rx)


def lab_result(d: Doc) -> Any:
    loc = d.locale()
    first, last = d.person(loc)
    d.mark("health", "lab_values")
    if d.chance(0.35):
        # HL7 v2 ORU as a string inside JSON
        code, name, unit, (lo, hi) = d.pick(pools.LAB_TESTS)
        born = d.birth()
        msg = "\r".join(
            (
                f"MSH|^~\\&|LIS|CENTRAL LAB|EHR|CLINIC|{d.day().replace('-', '')}0930"
                f"||ORU^R01|{d.hex(10)}|P|2.5.1",
                f"PID|1||{d.rng.randint(100000, 999999)}^^^MRN||{last.upper()}^{first.upper()}||"
                f"{born.strftime('%Y%m%d')}|{d.pick('FM')}",
                f"OBR|1|{d.hex(8)}||{code}^{name}^LN",
                f"OBX|1|NM|{code}^{name}^LN||{round(d.rng.uniform(lo, hi), 1)}|{unit}|{lo}-{hi}|"
                f"{d.pick(('N', 'H', 'L'))}|||F",
            )
        )
        d.mark("date_of_birth")
        return {"channel": "mllp-bridge", "received": d.ts(), "hl7": msg}
    results = []
    for code, name, unit, (lo, hi) in d.rng.sample(pools.LAB_TESTS, d.rng.randint(1, 4)):
        results.append(
            {
                "loinc": code,
                "display": name,
                "value": round(d.rng.uniform(lo, hi), 2),
                "unit": unit,
                "flag": d.pick(("", "H", "L")),
            }
        )
    order = {
        "order_id": f"LO-{d.hex(8)}",
        "collected": d.ts(),
        "patient": {"name": f"{last}, {first}", "dob": d.dob()},
        "ordering_provider": _dr(d),
        "results": results,
    }
    if d.chance(0.3):
        order["results"].append(
            {"test": "HIV-1/2 Ag/Ab", "value": d.pick(("non-reactive", "reactive"))}
        )
    return d.style(order)


def claim(d: Doc) -> Any:
    shape = d.pick(("x12", "fhir", "de", "dental", "status"))
    if shape == "status":
        # payer status callback: ids only
        return {
            "claimId": d.uuid(),
            "payerClaimControlNumber": d.hex(14).upper(),
            "status": d.pick(("accepted", "paid", "denied", "pended")),
            "paidAmount": d.money(0, 3000),
            "adjudicatedAt": d.ts(),
            "remarkCodes": d.rng.sample(["N130", "MA01", "CO-45", "PR-2", "N362"], 2),
        }
    code, label = d.pick(pools.ICD10)
    d.mark("health", f"claim:{shape}")
    if shape == "x12":
        first, last = d.person("us")
        return {
            "claim_type": "837P",
            "subscriber": {
                "member_id": f"W{d.rng.randint(10**8, 10**9 - 1)}",
                "name_last": last.upper(),
                "name_first": first.upper(),
                "dob": d.dob("compact"),
                "address": d.address("us", as_text=False),
            },
            "billing_provider": {
                "org": "Lakeside Orthopedics LLC",
                "npi": f"1{d.rng.randint(10**8, 10**9 - 1)}",
            },
            "hi": [f"ABK:{code.replace('.', '')}"],
            "service_lines": [
                {
                    "cpt": d.pick(("99213", "97110", "73610", "90834")),
                    "units": 1,
                    "charge": d.money(80, 900),
                    "dx_pointer": "1",
                }
            ],
        }
    if shape == "fhir":
        first, last = d.person()
        return {
            "resourceType": "Claim",
            "id": d.uuid(),
            "status": "active",
            "use": "claim",
            "patient": {"reference": f"Patient/{d.hex(8)}", "display": f"{first} {last}"},
            "created": d.day(),
            "insurer": {"display": "Lumen Insurance AG"},
            "diagnosis": [
                {
                    "sequence": 1,
                    "diagnosisCodeableConcept": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10",
                                "code": code,
                                "display": label,
                            }
                        ]
                    },
                }
            ],
            "total": {"value": d.money(50, 5000), "currency": "EUR"},
        }
    if shape == "de":
        first, last = d.person("de")
        return {
            "abrechnungsfall": {
                "fallnummer": d.hex(10),
                "quartal": "3/2024",
                "versicherter": {
                    "name": last,
                    "vorname": first,
                    "geburtsdatum": d.dob("dmy_dot"),
                    "kasse": "AOK Nordost",
                },
                "diagnosen": [{"icd": f"{code} {d.pick('GVAZ')}", "seite": d.pick(("R", "L", ""))}],
                "leistungen": [{"gop": d.pick(("03000", "03230", "35100")), "anzahl": 1}],
            }
        }
    first, last = d.person()
    return {
        "dental_claim": {
            "patient": f"{first} {last}",
            "dob": d.dob("mdy"),
            "procedures": [{"cdt": "D2740", "tooth": d.rng.randint(1, 32), "surface": "MOD"}],
            "notes": "Crown after fractured cusp; pt reports bruxism.",
        }
    }


def telehealth_note(d: Doc) -> Any:
    lang = d.pick(("en", "en", "de", "fr", "es"))
    first, last = d.person()
    note = d.text("health", lang)
    if d.chance(0.4):
        note += " " + d.text("health", lang)
    session = {
        "session_id": d.uuid(),
        "started": d.ts(),
        "duration_s": d.rng.randint(300, 3000),
        "patient_display": f"{first} {last[0]}." if d.chance(0.4) else f"{first} {last}",
        "clinician": _dr(d),
        "note": note,
        "connection": {"ip": d.ip(), "codec": "VP8", "rtt_ms": d.rng.randint(20, 200)},
    }
    return d.style(session)


def mood_journal(d: Doc) -> Any:
    first = d.first()
    entries = []
    for _ in range(d.rng.randint(2, 4)):
        entries.append(
            {
                "date": d.day(),
                "mood": d.rng.randint(1, 10),
                "sleep_hours": round(d.rng.uniform(3, 9), 1),
                "tags": d.rng.sample(
                    ["work", "family", "exercise", "panic", "low energy", "social"], 2
                ),
            }
        )
    d.mark("health", "mood_log")
    return {
        "user": {"display_name": first, "email": d.email(first, d.last())},
        "program": "CBT for anxiety, week 3",
        "entries": entries,
        "phq9_total": d.rng.randint(0, 27),
        "gad7_total": d.rng.randint(0, 21),
    }


def insurance_application(d: Doc) -> Any:
    loc = d.pick(("us", "gb", "de"))
    first, last = d.person(loc)
    q = []
    questions = [
        ("Have you ever been diagnosed with diabetes?", "No"),
        (
            "In the last 5 years, have you been treated for anxiety or depression?",
            d.pick(("No", "Yes - sertraline since 2021")),
        ),
        ("Do you take any prescription medication?", d.pick(("None", "levothyroxine"))),
        ("Have you been convicted of a criminal offence?", "No"),
    ]
    for text, answer in d.rng.sample(questions, d.rng.randint(2, 4)):
        q.append({"question": text, "answer": answer})
        if "criminal" in text:
            d.mark("criminal_record", "question:criminal")
        else:
            d.mark("health", "question:health")
    return d.style(
        {
            "quote_ref": f"Q{d.hex(8).upper()}",
            "product": "term_life_20",
            "applicant": {
                "name": f"{first} {last}",
                "dob": d.dob(),
                "height_cm": d.rng.randint(150, 200),
                "weight_kg": d.rng.randint(48, 130),
                "email": d.email(first, last),
            },
            "health_questions": q,
            "sum_assured": d.rng.randint(5, 80) * 10000,
        }
    )


# --- genetics ----------------------------------------------------------------------------

SNPS = [
    ("rs1801133", "MTHFR"),
    ("rs4680", "COMT"),
    ("rs1799945", "HFE"),
    ("rs429358", "APOE"),
    ("rs7412", "APOE"),
    ("rs53576", "OXTR"),
    ("rs1815739", "ACTN3"),
    ("rs762551", "CYP1A2"),
    ("rs4988235", "MCM6"),
    ("rs12913832", "HERC2"),
]
STR_LOCI = [
    "D8S1179",
    "D21S11",
    "D7S820",
    "CSF1PO",
    "D3S1358",
    "TH01",
    "D13S317",
    "D16S539",
    "D2S1338",
    "D19S433",
    "vWA",
    "TPOX",
    "D18S51",
    "D5S818",
    "FGA",
]


def genetic_result(d: Doc) -> Any:
    shape = d.pick(("genotypes", "pgx", "str", "carrier", "tumor", "raw_line"))
    d.mark("genetic", f"genetic:{shape}")
    subject: dict[str, Any] = {"kit_id": f"KT-{d.hex(10).upper()}"}
    if d.chance(0.6):
        first, last = d.person()
        subject["name"] = f"{first} {last}"
    if d.chance(0.4):
        subject["dob"] = d.dob()
    if shape == "genotypes":
        calls = [
            {"rsid": rs, "gene": g, "genotype": d.pick(("AA", "AG", "GG", "CT", "CC", "TT"))}
            for rs, g in d.rng.sample(SNPS, d.rng.randint(3, 7))
        ]
        return {"subject": subject, "chip": "GSA-24v3", "calls": calls}
    if shape == "raw_line":
        lines = "\n".join(
            f"{rs}\t{d.rng.randint(1, 22)}\t{d.rng.randint(100000, 9999999)}\t"
            f"{d.pick(('AA', 'AG', 'GG', 'CT'))}"
            for rs, _g in SNPS[:5]
        )
        return {
            "upload": {
                "filename": "genome_export.txt",
                "owner": subject,
                "preview": "# rsid\tchromosome\tposition\tgenotype\n" + lines,
            }
        }
    if shape == "pgx":
        report = {
            "subject": subject,
            "panel": "PGx-12",
            "results": [
                {
                    "gene": "CYP2C19",
                    "diplotype": d.pick(("*1/*2", "*2/*2", "*1/*17")),
                    "phenotype": d.pick(
                        ("intermediate metabolizer", "poor metabolizer", "rapid metabolizer")
                    ),
                },
                {"gene": "SLCO1B1", "diplotype": "*1/*5", "phenotype": "decreased function"},
            ],
        }
        if d.chance(0.5):
            report["current_medications"] = [d.pick(pools.DRUGS)[0]]
            d.mark("health", "pgx+medication")
        return report
    if shape == "str":
        profile = {loc: sorted(d.rng.sample(range(6, 32), 2)) for loc in d.rng.sample(STR_LOCI, 10)}
        return {
            "case": f"PAT-{d.hex(6).upper()}",
            "purpose": "relationship testing",
            "participants": [
                {
                    "role": d.pick(("alleged father", "child", "mother")),
                    **subject,
                    "profile": profile,
                }
            ],
            "combined_paternity_index": round(d.rng.uniform(1, 9e5), 2),
        }
    if shape == "carrier":
        return {
            "subject": subject,
            "screen": "expanded carrier screen",
            "findings": [
                {
                    "gene": d.pick(("CFTR", "HEXA", "SMN1", "GJB2")),
                    "variant": d.pick(
                        ("c.1521_1523delCTT", "c.1274_1277dupTATC", "exon 7 deletion")
                    ),
                    "zygosity": "heterozygous",
                    "classification": "pathogenic",
                }
            ],
        }
    d.mark("health", "tumor:condition")
    return {
        "subject": subject,
        "specimen": "FFPE block B2",
        "diagnosis": d.pick(("lung adenocarcinoma", "invasive ductal carcinoma", "glioblastoma")),
        "variants": [
            {
                "gene": d.pick(("EGFR", "KRAS", "PIK3CA", "IDH1")),
                "hgvs_p": d.pick(("p.L858R", "p.G12C", "p.H1047R", "p.R132H")),
                "vaf": round(d.rng.uniform(0.05, 0.6), 3),
            }
        ],
    }


# --- biometrics --------------------------------------------------------------------------


def biometric_enrolment(d: Doc) -> Any:
    modality = d.pick(("fingerprint", "face", "voice", "iris", "palm", "none"))
    first, last = d.person()
    rec: dict[str, Any] = {
        "enrolment_id": d.uuid(),
        "subject": {
            "employee_no": f"E{d.rng.randint(1000, 99999)}",
            "display_name": f"{first} {last}",
        },
        "device": {
            "model": d.pick(("BioStation 3", "FaceGate X2", "TimeClock Pro")),
            "serial": d.hex(12).upper(),
            "fw": d.version(),
        },
    }
    if modality == "fingerprint":
        rec["templates"] = [
            {
                "finger": d.pick(("right_index", "left_thumb")),
                "format": "ISO19794-2",
                "quality": d.rng.randint(40, 100),
                "data": d.b64(360),
            }
            for _ in range(2)
        ]
        d.mark("biometric", "fingerprint_template")
    elif modality == "face":
        rec["face"] = {
            "model": "arcface-r100",
            "embedding": [round(d.rng.gauss(0, 0.05), 5) for _ in range(d.pick((128, 192)))],
        }
        d.mark("biometric", "face_embedding")
    elif modality == "voice":
        rec["voiceprint"] = {"engine": "ivector-v2", "sample_rate": 16000, "vector": d.b64(240)}
        d.mark("biometric", "voiceprint")
    elif modality == "iris":
        rec["iris"] = {"eye": "left", "iris_code": d.hex(512), "mask": d.hex(64)}
        d.mark("biometric", "iris_code")
    elif modality == "palm":
        rec["palm_vein"] = {"hand": "right", "pattern": d.b64(300)}
        d.mark("biometric", "palm_vein")
    else:
        rec["auth_methods"] = ["badge", "fingerprint"]
        rec["last_verification"] = {
            "method": "fingerprint",
            "match_score": round(d.rng.uniform(0.6, 0.99), 3),
            "result": "match",
            "at": d.ts(),
        }
        d.note("mentions_only")
    return d.style(rec)


def auth_event(d: Doc) -> Any:
    """Login telemetry: biometric *mentions*, device and TLS fingerprints — no templates."""
    ev: dict[str, Any] = {
        "event": d.pick(("login.success", "step_up.passed", "login.failed")),
        "at": d.ts(),
        "user_id": d.uuid(),
        "factor": d.pick(("webauthn", "face_id", "touch_id", "totp", "sms")),
        "authenticator": {"aaguid": d.uuid(), "user_verified": True},
        "client": {"ja3": d.hex(32), "device_fingerprint": d.hex(40), "app": f"ios/{d.version()}"},
    }
    if d.chance(0.5):
        ev["client"]["ip"] = d.ip()
    if d.chance(0.3):
        ev["user_email"] = d.someone_email()
    return d.style(ev)
