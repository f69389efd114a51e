"""Families that (mostly) carry special categories."""

from __future__ import annotations

import json

from .ctx import LANGS, Ctx, first_person, restyle
from .text import PLAIN

LOC = {"en": "uk", "de": "de", "fr": "fr", "es": "es"}
SPEC8 = [
    "health",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
    "political_opinion",
    "racial_ethnic_origin",
    "genetic",
]


def _loc(c: Ctx, lang):
    return c.pick(["uk", "us"]) if lang == "en" else lang


# ------------------------------------------------------------ support ticket
SUBJECTS = {
    "en": [
        "Problem with my order",
        "Account question",
        "Please update my details",
        "Complaint",
        "Refund request",
    ],
    "de": ["Frage zu meiner Bestellung", "Beschwerde", "Bitte Daten ändern", "Rückerstattung"],
    "fr": [
        "Problème avec ma commande",
        "Réclamation",
        "Modification de mes données",
        "Remboursement",
    ],
    "es": ["Problema con mi pedido", "Reclamación", "Cambio de datos", "Devolución"],
}
GENERIC = {
    "en": ["Request", "Please read", "Update to my record"],
    "de": ["Anfrage", "Bitte lesen", "Änderung meiner Daten"],
    "fr": ["Demande", "Message", "Mise à jour de mon dossier"],
    "es": ["Consulta", "Mensaje", "Actualización de mi ficha"],
}


def support_ticket(c: Ctx, i: int):
    lang = LANGS[(i + i // 4) % 4]
    special = SPEC8[i % 8] if i < 11 else None
    if special:
        lang = c.text_lang(special, lang)
    p = c.person(lang)
    parts = [c.pick(PLAIN[lang])]
    notes = [c.pick(["Refund issued.", "Waiting for the carrier.", "Escalated to billing."])]
    if special:
        s1 = c.text(special, lang)
        notes = [c.note(c.other_kind(special, lang), lang)]
        if first_person(s1):
            parts = [s1]
        else:
            notes.insert(0, s1)
    else:
        k = c.pick(["health", "criminal_record", "religious_belief"])
        parts.append(
            c.neg_text(
                k, {"health": [1, 3, 4], "criminal_record": [1, 3], "religious_belief": [1, 3]}[k]
            )
        )
    body = " ".join(parts) if c.chance(0.6) else "\n\n".join(parts)
    style = i % 3
    if style == 0:
        return {
            "ticket": {
                "internal_notes": [{"by": "agent", "text": n} for n in notes],
                "id": c.rng.randint(10000, 99999),
                "subject": c.pick(GENERIC[lang] if special else SUBJECTS[lang]),
                "status": c.pick(["new", "open", "pending"]),
                "priority": c.pick(["normal", "high"]),
                "requester": {"name": c.name(p), "email": c.email(p)},
                "description": body,
                "tags": c.rng.sample(["billing", "delivery", "account", "vip", "escalated"], 2),
                "created_at": c.ts(),
            }
        }
    if style == 1:
        return restyle(
            {
                "ticket_id": c.ref("SR", 6),
                "contact": {
                    "first_name": c.first_last(p)[0],
                    "last_name": p.last,
                    "phone": c.phone(LOC[lang]),
                },
                "channel": c.pick(["web_form", "email", "app"]),
                "message": body,
                "agent_notes": notes,
                "language": lang,
                "assigned_group": c.pick(["Tier 1", "Billing", "Escalations"]),
                "updated_at": c.ts(),
            },
            "camel",
        )
    return {
        "event": "ticket.created",
        "data": {
            "object": {
                "id": "tkt_" + c.hexs(14),
                "requester_email": c.email(p),
                "subject": c.pick(GENERIC[lang] if special else SUBJECTS[lang]),
                "comments": [
                    {"author": "requester", "body": body, "public": True},
                    {
                        "author": "agent",
                        "body": c.pick(
                            [
                                "Thanks, we are looking into it.",
                                "Danke, wir kümmern uns.",
                                "Merci, nous revenons vers vous.",
                                "Gracias, lo revisamos.",
                            ]
                        ),
                        "public": True,
                    },
                    *[{"author": "agent", "body": n, "public": False} for n in notes],
                ],
            }
        },
    }


# ------------------------------------------------------------ support chat
def support_chat(c: Ctx, i: int):
    lang = LANGS[(i + 1) % 4]
    special = (
        [
            "sex_life_orientation",
            "criminal_record",
            "racial_ethnic_origin",
            "political_opinion",
            "health",
            "religious_belief",
            "genetic",
            "trade_union",
        ][i % 8]
        if i < 8
        else None
    )
    if special:
        lang = c.text_lang(special, lang)
    greet = {
        "en": "hi, quick question",
        "de": "hallo, kurze frage",
        "fr": "bonjour, petite question",
        "es": "hola, una pregunta",
    }[lang]
    msgs = [
        {"from": "visitor", "text": greet, "at": c.ts()},
        {"from": "bot", "text": "An agent will be with you shortly.", "at": c.ts()},
    ]
    if special:
        for kk in (special, c.other_kind(special, lang)):
            s = c.text(kk, lang)
            if first_person(s):
                msgs.append({"from": "visitor", "text": s, "at": c.ts()})
                msgs.append({"from": "agent", "text": "ok, noted", "at": c.ts()})
            else:
                msgs.append({"from": "agent", "internal": True, "text": s, "at": c.ts()})
    msgs.append({"from": "visitor", "text": c.pick(PLAIN[lang]).lower(), "at": c.ts()})
    if i % 4 == 3:
        msgs.append(
            {
                "from": "visitor",
                "text": {
                    "en": "card is ",
                    "de": "karte: ",
                    "fr": "ma carte ",
                    "es": "la tarjeta es ",
                }[lang]
                + c.card(),
                "at": c.ts(),
            }
        )
        msgs.append(
            {
                "from": "bot",
                "text": "For your security, never share full card numbers in chat.",
                "at": c.ts(),
            }
        )
    p = c.person(lang)
    if i % 2 == 0:
        msgs.append(
            {
                "from": "visitor",
                "text": {
                    "en": "my email is ",
                    "de": "meine mail ist ",
                    "fr": "mon mail c'est ",
                    "es": "mi correo es ",
                }[lang]
                + c.email(p),
                "at": c.ts(),
            }
        )
    else:
        msgs.append(
            {
                "from": "visitor",
                "text": {
                    "en": "call me on ",
                    "de": "ruft mich an unter ",
                    "fr": "rappelez moi au ",
                    "es": "llamadme al ",
                }[lang]
                + c.phone(LOC[lang]),
                "at": c.ts(),
            }
        )
    return {
        "conversation_id": c.uuid(),
        "channel": c.pick(["web_widget", "whatsapp", "in_app"]),
        "visitor": {
            "id": "v_" + c.hexs(10),
            "locale": lang,
            "ip": c.ipv4() if i % 3 == 0 else None,
        },
        "messages": msgs,
        "csat": c.pick([None, 4, 5]),
    }


# ------------------------------------------------------------ CRM call notes (GraphQL)
def call_notes(c: Ctx, i: int):
    lang = LANGS[i % 4]
    special = (
        [
            "political_opinion",
            "health",
            "criminal_record",
            "religious_belief",
            "trade_union",
            "racial_ethnic_origin",
        ][i % 6]
        if i < 7
        else None
    )
    if special:
        lang = c.text_lang(special, lang)
    p = c.person(lang)
    note = c.note(special, lang) if special else c.pick(PLAIN[lang])
    note2 = c.note(c.other_kind(special, lang), lang) if special else c.pick(PLAIN[lang])
    acts = [
        {
            "node": {
                "type": "CALL",
                "direction": c.pick(["INBOUND", "OUTBOUND"]),
                "durationSec": c.rng.randint(40, 900),
                "note": note,
                "createdAt": c.ts(),
            }
        },
        {
            "node": {
                "type": "EMAIL",
                "subject": c.pick(["Follow-up", "Your quote", "Renewal"]),
                "createdAt": c.ts(),
            }
        },
        {
            "node": {
                "type": "CALL",
                "direction": "INBOUND",
                "durationSec": c.rng.randint(40, 900),
                "note": note2,
                "createdAt": c.ts(),
            }
        },
    ]
    return {
        "data": {
            "contact": {
                "id": c.uuid(),
                "fullName": c.name(p),
                "mobile": c.phone(LOC[lang]),
                "lifecycleStage": c.pick(["lead", "customer", "opportunity"]),
                "owner": {"id": "usr_" + c.hexs(8)},
                "activities": {
                    "edges": acts,
                    "pageInfo": {"hasNextPage": False, "endCursor": c.b64(12)},
                },
            }
        }
    }


# ------------------------------------------------------------ HR employee record
def hr_employee(c: Ctx, i: int):
    v = i % 5
    if v == 0:
        p = c.person("de")
        return {
            "personalnummer": c.ref("P", 5),
            "vorname": c.first_last(p)[0],
            "nachname": p.last,
            "geburtsdatum": c.dob("de"),
            "anschrift": c.address("de", ("straße", "plz", "ort", "land")),
            "steuer_id": c.steuer_id(),
            "steuerklasse": c.pick([1, 3, 4]),
            "konfession": c.v("religious_belief", c.pick(["rk", "ev", "ak"]), "konfession"),
            "eintritt": c.day(2019),
            "abteilung": c.pick(["Lager", "Vertrieb", "IT"]),
        } | (
            {
                "gewerkschaft": c.v(
                    "trade_union", c.pick(["ver.di", "IG Metall", "NGG"]), "gewerkschaft"
                )
            }
            if i % 2 == 0
            else {
                "führungszeugnis": c.v("criminal_record", "ohne Eintragungen", "fuehrungszeugnis")
            }
        )
    if v == 1:
        p = c.person("en")
        c.hn("sex_life_orientation", "gender_field")
        return {
            "employee": {
                "id": c.ref("E", 6),
                "legal_name": c.name(p),
                "ssn": c.ssn(),
                "home_address": c.address("us"),
                "hire_date": c.day(2021),
                "eeo": {
                    "ethnicity": c.v(
                        "racial_ethnic_origin",
                        c.pick(
                            [
                                "Hispanic or Latino",
                                "Asian",
                                "Black or African American",
                                "Native Hawaiian or Other Pacific Islander",
                            ]
                        ),
                        "eeo_ethnicity",
                    ),
                    "gender": c.pick(["Female", "Male"]),
                    "veteran": c.pick(["Not a protected veteran", "Protected veteran"]),
                },
                "union_member": c.v("trade_union", False, "union_member=false", lit="union_member"),
            }
        }
    if v == 2:
        lang = c.text_lang(
            "religious_belief" if i % 2 == 1 else "health", c.pick(["en", "de", "fr", "es"])
        )
        p = c.person(lang)
        c.hn("religious_belief", "prefer_not_to_say")
        c.hn("racial_ethnic_origin", "nationality")
        if i % 2 == 1:
            absence = {
                "type": "special_leave",
                "from": c.day(2025),
                "days": 1,
                "reason": c.note("religious_belief", lang),
                "manager_note": c.note(c.other_kind("religious_belief", lang), lang),
            }
        else:
            absence = {
                "type": "sick_leave",
                "from": c.day(2025),
                "days": c.rng.randint(2, 15),
                "reason": c.note("health", lang),
                "certificate": True,
                "manager_note": c.note("health", lang),
            }
        return {
            "worker": {"name": c.name(p), "work_email": c.email(p, domain="parcelo.eu")},
            "absence": absence,
            "profile": {
                "religion": "Prefer not to say",
                "nationality": c.pick(["DE", "FR", "ES", "PT"]),
            },
        }
    if v == 3:
        p = c.person("fr")
        return {
            "salarié": {
                "matricule": c.ref("M", 5),
                "nom": c.name(p, "full"),
                "nir": c.nir(),
                "date_de_naissance": c.dob("fr"),
                "syndiqué": c.v("trade_union", True, "syndique=true", lit="syndiqué"),
                "mandat": c.v(
                    "trade_union",
                    c.pick(["délégué syndical CGT", "élue CFDT au CSE", "représentant FO"]),
                    "mandat",
                ),
                "service": c.pick(["Logistique", "Comptabilité", "Accueil"]),
            }
        }
    p = c.person("en")
    c.hn("sex_life_orientation", "gender_field")
    return {
        "Employee": {
            "Name": c.name(p),
            "NINumber": c.nino(),
            "Gender": c.pick(["Female", "Male", "Non-binary"]),
            "Diversity": {
                "DisabilityStatus": c.v(
                    "health",
                    c.pick(
                        [
                            "No, I do not have a disability",
                            "Yes - dyslexia",
                            "Yes - hearing impairment",
                        ]
                    ),
                    "disability",
                ),
                "SexualOrientation": c.v(
                    "sex_life_orientation",
                    c.pick(["Gay or lesbian", "Bisexual", "Heterosexual / straight"]),
                    "orientation",
                ),
                "Religion": c.v(
                    "religious_belief",
                    c.pick(["Christian", "Muslim", "Sikh", "Hindu", "Jewish"]),
                    "religion",
                ),
            },
            "StartDate": c.day(2022),
        }
    }


# ------------------------------------------------------------ German payroll
def payroll_de(c: Ctx, i: int):
    p = c.person("de")
    c.hn("health", "health_plan_premium")
    brutto = c.rng.randint(2800, 6200)
    doc = {
        "abrechnungsmonat": f"2025-{c.rng.randint(1, 12):02d}",
        "mitarbeiter": {
            "name": c.name(p, "last_first"),
            "steuer-id": c.steuer_id(),
            "steuerklasse": c.pick([1, 3, 4, 5]),
        },
        "bezüge": {"brutto": brutto, "netto": round(brutto * 0.64, 2)},
        "abzüge": {
            "lohnsteuer": round(brutto * 0.14, 2),
            "solidaritätszuschlag": 0,
            "krankenversicherung": {
                "kasse": c.pick(["TK", "AOK Bayern", "Barmer", "DAK"]),
                "an_anteil": round(brutto * 0.0855, 2),
            },
            "rentenversicherung": round(brutto * 0.093, 2),
        },
        "bankverbindung": {"iban": c.iban("DE"), "bic": c.bic()},
    }
    if i % 6 != 5:  # i == 5 would be an employee without church tax
        doc["mitarbeiter"]["kirchensteuermerkmal"] = c.v(
            "religious_belief", c.pick(["rk", "ev", "ev", "rk"]), "kirchensteuermerkmal"
        )
        doc["abzüge"]["kirchensteuer"] = round(brutto * 0.012, 2)
    union = c.pick(["IG Metall", "ver.di", "IG BCE"])
    if i % 2 == 0 or i in (1, 3):
        note = c.note("trade_union", "de")
        doc["hinweis_personalakte"] = note
        union = next(
            (u for u in ["IG BCE", "IG Metall", "IG-Metall", "ver.di", "GEW"] if u in note), union
        ).replace("IG-Metall", "IG Metall")
    if i % 2 == 0:
        doc["abzüge"]["gewerkschaftsbeitrag"] = c.v(
            "trade_union",
            {"empfänger": union, "betrag": round(brutto * 0.01, 2)},
            "gewerkschaftsbeitrag",
            lit="gewerkschaftsbeitrag",
        )
    return doc


# ------------------------------------------------------------ recruiting with EEO self-id
RACES = [
    "Hispanic or Latino",
    "Black or African American",
    "Asian",
    "Two or More Races",
    "White",
    "American Indian or Alaska Native",
]
DISAB = [
    "Yes, I have a disability (or previously had a disability)",
    "No, I do not have a disability",
]


def eeo_application(c: Ctx, i: int):
    p = c.person("en")
    eeo = {"gender": c.pick(["Female", "Male", "Decline to self-identify"])}
    c.hn("sex_life_orientation", "gender_field")
    if i % 4 == 3 or i == 4:
        eeo["race_ethnicity"] = "Decline to self-identify"
        c.hn("racial_ethnic_origin", "decline")
    else:
        eeo["race_ethnicity"] = c.v("racial_ethnic_origin", c.pick(RACES), "eeo_race")
    if i % 3 == 2 or i % 4 == 3 or i == 4:
        eeo["disability_status"] = "I do not want to answer"
        c.hn("health", "decline")
    else:
        eeo["disability_status"] = c.v("health", c.pick(DISAB), "eeo_disability")
    eeo["veteran_status"] = c.pick(
        [
            "I am not a protected veteran",
            "I identify as one or more of the classifications of protected veteran",
        ]
    )
    return {
        "application": {
            "id": c.rng.randint(100000, 999999),
            "job": {
                "id": c.rng.randint(1000, 9999),
                "title": c.pick(
                    [
                        "Warehouse Associate",
                        "Customer Success Manager",
                        "Backend Engineer",
                        "Store Supervisor",
                    ]
                ),
            },
            "candidate": {
                "first_name": c.first_last(p)[0],
                "last_name": p.last,
                "email": c.email(p),
                "phone": c.phone("us"),
                "resume": {
                    "file_name": "resume.pdf",
                    "url": f"https://files.greenhire.io/r/{c.hexs(16)}",
                },
            },
            "source": c.pick(["LinkedIn", "Referral", "Career site"]),
            "submitted_at": c.ts(),
        },
        "eeoc_self_identification": eeo,
    }


# ------------------------------------------------------------ background checks
def background_check(c: Ctx, i: int):
    v = i % 4 if i < 4 or i == 6 else 3
    if v == 2:
        p = c.person("de")
        return {
            "vorgang": c.ref("BG", 6),
            "bewerber": {"name": c.name(p), "geburtsdatum": c.dob("de")},
            "unterlagen": [
                {
                    "art": "Führungszeugnis",
                    "status": "geprüft",
                    "ergebnis": c.v("criminal_record", "keine Eintragungen", "fuehrungszeugnis"),
                },
                {"art": "Arbeitszeugnis", "status": "geprüft"},
            ],
            "hinweis": c.note("criminal_record", "de"),
        }
    p = c.person("en")
    cand = {
        "first_name": c.first_last(p)[0],
        "last_name": p.last,
        "dob": c.dob("iso"),
        "email": c.email(p),
    }
    scr = [
        {"type": "motor_vehicle_report", "status": "clear"},
        {"type": "global_watchlist", "status": "clear"},
    ]
    c.hn("criminal_record", "sanctions_screening")
    if v == 0:
        scr.insert(
            0,
            c.v(
                "criminal_record",
                {"type": "county_criminal_search", "status": "clear", "records": []},
                "criminal_clear",
                lit="county_criminal_search",
            ),
        )
    elif v == 1:
        scr.insert(
            0,
            c.v(
                "criminal_record",
                {
                    "type": "national_criminal_search",
                    "status": "consider",
                    "records": [
                        {
                            "offense": c.pick(
                                ["DUI", "Petty theft", "Possession of a controlled substance"]
                            ),
                            "disposition": "Convicted",
                            "level": "Misdemeanor",
                            "disposition_date": c.day(2019),
                        }
                    ],
                },
                "criminal_conviction",
                lit="Convicted",
            ),
        )
    else:
        scr = [
            {"type": "employment_verification", "status": "complete"},
            {"type": "education_verification", "status": "complete"},
        ]
        c.hn("criminal_record", "no_criminal_component")
    return {
        "type": "report.completed",
        "id": "evt_" + c.hexs(16),
        "data": {
            "object": {
                "id": "rpt_" + c.hexs(12),
                "package": c.pick(["driver_pro", "tasker_standard", "basic_plus"]),
                "candidate": cand,
                "screenings": scr,
                "completed_at": c.ts(),
            }
        },
    }


# ------------------------------------------------------------ clinic appointment booking
REASONS = {
    "en": [
        "Follow-up: asthma inhaler review",
        "Medication review (sertraline)",
        "Repeat prescription: levothyroxine",
    ],
    "de": [
        "Kontrolle Schilddrüsenwerte (Hashimoto)",
        "Nachsorge nach Knie-OP",
        "Blutdruckkontrolle bei Hypertonie",
    ],
    "fr": [
        "Suivi diabète de type 2",
        "Renouvellement ordonnance antihypertenseur",
        "Contrôle après fracture du poignet",
    ],
    "es": [
        "Revisión de hipertensión arterial",
        "Control de embarazo (semana 20)",
        "Seguimiento de migrañas crónicas",
    ],
}


def clinic_booking(c: Ctx, i: int):
    lang = c.text_lang("health", LANGS[i % 4])
    p, doc_p = c.person(lang), c.person(lang)
    reason = (
        c.v("health", c.pick(REASONS[lang]), "reason") if i % 2 == 0 else c.note("health", lang)
    )
    keys = {
        "en": ("patient", "reason", "practitioner", "phone"),
        "de": ("patient", "grund", "behandler", "telefon"),
        "fr": ("patient", "motif", "praticien", "téléphone"),
        "es": ("paciente", "motivo", "profesional", "teléfono"),
    }[lang]
    doc = {
        "appointment_id": c.uuid(),
        "start": c.ts(2025),
        "duration_min": c.pick([10, 15, 20, 30]),
        keys[0]: {"name": c.name(p), keys[3]: c.phone(LOC[lang]), "birth_date": c.dob("iso")},
        keys[1]: reason,
        keys[2]: c.name(doc_p, "dr"),
        "location": {"room": c.pick(["1", "2", "3B"])},
        "reception_note": c.note("health", lang),
    }
    if i == 0:
        doc["previous_note"] = c.note("health", lang)
    if i % 3 == 0:
        doc["icd10"] = c.v("health", c.pick(["E11.9", "J45.909", "I10", "F32.1", "M54.5"]), "icd10")
    return doc


def pharmacy_order(c: Ctx, i: int):
    lang = c.text_lang("health", c.pick(["de", "fr", "es", "en"]))
    p = c.person(lang)
    meds = c.rng.sample(
        [
            "Metformin 1000 mg, 180 St.",
            "Ramipril 5 mg, 100 St.",
            "Levothyroxin 75 µg, 100 St.",
            "Salbutamol Dosieraerosol",
            "Sertralin 50 mg, 30 St.",
            "Insulin glargin 100 E/ml",
        ],
        2,
    )
    items = [
        {
            "pzn": f"0{c.rng.randint(100000, 999999)}"[:7],
            "name": c.v("health", m, "rx_item"),
            "rx": True,
            "qty": 1,
        }
        for m in meds
    ]
    items.append({"name": "Sonnencreme LSF 50", "rx": False, "qty": 1})
    for it in items:
        if "pzn" in it:
            it["pzn"] = (
                c.neg(None, it["pzn"], "phone", "pzn_code") if len(it["pzn"]) >= 7 else it["pzn"]
            )
    return {
        "order": {
            "number": c.ref("APO", 6),
            "customer": {"name": c.name(p), "email": c.email(p)},
            "shipping": c.address(LOC[lang]),
            "items": items,
            "erezept_token": c.masked(),
            "pharmacist_note": c.note("health", lang),
            "total": c.amount(10, 80),
        }
    }


def insurance_quote(c: Ctx, i: int):
    p = c.person(c.pick(["en", "de"]))
    q = {
        "smoker": c.pick([False, True]),
        "height_cm": c.rng.randint(155, 195),
        "weight_kg": c.rng.randint(50, 110),
    }
    if i % 2 == 0:
        q["pre_existing_conditions"] = c.v(
            "health", "none", "preexisting=none", lit="pre_existing_conditions"
        )
        q["regular_medication"] = False
    else:
        q["pre_existing_conditions"] = c.v(
            "health",
            c.pick(["asthma (mild, controlled)", "type 1 diabetes", "hypothyroidism"]),
            "preexisting",
        )
        q["hospital_stay_last_5y"] = c.pick([True, False])
    return {
        "quoteRequest": {
            "product": c.pick(["term_life_20", "income_protection", "private_health_basic"]),
            "applicant": {"name": c.name(p), "dateOfBirth": c.dob("iso"), "email": c.email(p)},
            "healthQuestions": q,
            "sumInsured": c.pick([100000, 250000, 50000]),
            "underwriterNotes": c.note("health", p.lang),
        },
        "requestedAt": c.ts(),
    }


# ------------------------------------------------------------ genetics
SNPS = [
    ("rs4680", ["AA", "AG", "GG"]),
    ("rs1801133", ["CC", "CT", "TT"]),
    ("rs53576", ["AA", "AG", "GG"]),
    ("rs429358", ["TT", "TC", "CC"]),
    ("rs1815739", ["CC", "CT", "TT"]),
    ("rs762551", ["AA", "AC", "CC"]),
    ("rs12913832", ["AA", "AG", "GG"]),
    ("rs4988235", ["CC", "CT", "TT"]),
]


def dna_kit(c: Ctx, i: int):
    p = c.person(c.pick(LANGS))
    calls = []
    for rs, gts in c.rng.sample(SNPS, 5):
        g = c.pick(gts)
        calls.append({"rsid": c.v("genetic", rs, "snp_call"), "genotype": g})
    doc = {
        "kit_id": f"KIT-{c.randstr(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 2)}",
        "account": {"email": c.email(p)},
        "status": "results_ready",
        "genotypes": calls,
        "chip": c.pick(["GSA-v3", "OmniExpress-24"]),
        "support_notes": [c.note("genetic", c.text_lang("genetic", p.lang))],
    }
    if i % 2 == 1:
        doc["reports"] = [
            {
                "topic": c.v(
                    "health",
                    c.pick(["Type 2 Diabetes", "Coeliac Disease", "Lactose intolerance"]),
                    "report_condition",
                ),
                "result": c.pick(["slightly increased likelihood", "typical likelihood"]),
            }
        ]
    return doc


def pgx_lab(c: Ctx, i: int):
    p = c.person(c.pick(["de", "en", "fr"]))
    res = [
        {
            "gene": "CYP2C19",
            "diplotype": c.pick(["*1/*2", "*2/*2", "*1/*17"]),
            "phenotype": c.pick(
                ["Intermediate metabolizer", "Poor metabolizer", "Rapid metabolizer"]
            ),
        },
        {"gene": "SLCO1B1", "diplotype": c.pick(["*1/*1", "*1/*5"])},
    ]
    c.v("genetic", res[0]["diplotype"], "pgx_diplotype")
    doc = {
        "resourceType": "DiagnosticReport",
        "status": "final",
        "code": {"text": "Pharmacogenomic panel"},
        "subject": {"display": c.name(p), "birthDate": c.dob("iso")},
        "issued": c.ts(),
        "result": res,
        "note": [{"text": c.note("genetic", "en")}],
    }
    if i % 2 == 0:
        doc["conclusion"] = c.v(
            "health",
            c.pick(
                [
                    "Clopidogrel: consider alternative antiplatelet therapy.",
                    "Simvastatin: prescribe a lower dose or alternative statin.",
                ]
            ),
            "pgx_med",
        )
    return {"event": "report.final", "data": doc}


def paternity_str(c: Ctx, i: int):
    pf, ch = c.person("de"), c.person("de")
    loci = {
        locus: f"{c.rng.randint(8, 16)}/{c.rng.randint(16, 24)}"
        for locus in ["D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179"]
    }
    c.v("genetic", "D3S1358", "str_profile")
    return {
        "fall": c.ref("AB", 5),
        "art": "Abstammungsgutachten",
        "beteiligte": [
            {"rolle": "putativer Vater", "name": c.name(pf), "str_profil": loci},
            {
                "rolle": "Kind",
                "name": c.name(ch),
                "str_profil": {k: f"{c.rng.randint(8, 16)}/{c.rng.randint(16, 24)}" for k in loci},
            },
        ],
        "wahrscheinlichkeit": c.pick(["99,99 %", "0 % (Ausschluss)"]),
        "bemerkung": c.note("genetic", "de"),
    }


# ------------------------------------------------------------ biometrics
def kyc_face(c: Ctx, i: int):
    lang = c.pick(LANGS)
    p = c.person(lang)
    country = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}[lang]
    c.hn("racial_ethnic_origin", "nationality")
    c.hn("biometric", "match_score")
    doc = {
        "applicant": {"full_name": c.name(p), "dob": c.dob("iso"), "nationality": country},
        "document": {
            "type": "passport",
            "number": c.passport_no(country),
            "issuing_country": country,
            "expiry": c.day(2031),
        },
        "checks": {"liveness": "passed", "face_match_score": round(c.rng.uniform(0.9, 0.99), 3)},
    }
    if i % 3 != 2:
        emb = c.embedding(c.pick([64, 128]))
        c.v("biometric", ", ".join(json.dumps(x) for x in emb[:4]), "face_embedding")
        doc["face"] = {"model": c.pick(["arcface-r100", "facenet-512-q"]), "embedding": emb}
    return {"event": "applicant.verified", "data": doc, "sig": c.sha(64)}


def door_access(c: Ctx, i: int):
    p = c.person(c.pick(["de", "en"]))
    if i % 3 == 2:
        c.hn("biometric", "auth_with_fingerprint")
        return {
            "controller": f"DAC-{c.rng.randint(1, 9)}F-{c.pick(['EAST', 'WEST'])}",
            "events": [
                {
                    "at": c.ts(),
                    "badge": c.ref("B", 5),
                    "holder": c.name(p),
                    "method": "fingerprint",
                    "result": "granted",
                    "match_score": round(c.rng.uniform(0.8, 0.99), 2),
                },
                {"at": c.ts(), "badge": c.ref("B", 5), "method": "pin", "result": "denied"},
            ],
        }
    tpl = c.template_b64(c.pick([240, 384]))
    c.v("biometric", tpl, "fingerprint_template")
    return {
        "op": "enroll",
        "controller": f"DAC-{c.rng.randint(1, 9)}F",
        "user": {"employee_no": c.ref("E", 5), "name": c.name(p)},
        "credential": {
            "type": "fingerprint",
            "finger": c.pick(["right_index", "left_thumb"]),
            "format": "ISO/IEC 19794-2:2005",
            "minutiae_count": c.rng.randint(28, 61),
            "template": tpl,
        },
    }


def voice_id(c: Ctx, i: int):
    lang = c.pick(["en", "de", "es"])
    vec = c.embedding(c.pick([96, 192]), 5)
    c.v("biometric", ", ".join(json.dumps(x) for x in vec[:4]), "voiceprint")
    return {
        "enrollment": {
            "caller_ani": c.phone(LOC[lang]),
            "customer_ref": c.ref("C", 6),
            "voiceprint": {
                "engine": "vb-xvector-3",
                "vector": vec,
                "net_speech_sec": round(c.rng.uniform(12, 40), 1),
            },
            "consent": {"given": True, "at": c.ts()},
        }
    }


def time_clock(c: Ctx, i: int):
    p = c.person(c.pick(["de", "es"]))
    if i % 2 == 0:
        tpl = c.template_b64(300)
        c.v("biometric", tpl, "palm_vein")
        bio = {"modality": "palm_vein", "template": tpl}
    else:
        code = c.hexs(256)
        c.v("biometric", code, "iris_code")
        bio = {"modality": "iris", "iris_code": code, "mask": c.hexs(64)}
    return {
        "Terminal": f"TC-{c.rng.randint(10, 99)}",
        "Mitarbeiter": c.name(p),
        "Biometrie": bio,
        "Erfasst": c.ts(),
    }


# ------------------------------------------------------------ social / dating
def dating_profile(c: Ctx, i: int):
    v = i % 7
    lang = LANGS[i % 4]
    tk = {
        0: "religious_belief",
        1: "sex_life_orientation",
        2: "sex_life_orientation",
        3: "sex_life_orientation",
        5: "religious_belief",
        6: "political_opinion",
    }.get(v)
    if tk:
        lang = c.text_lang(tk, lang)
    p = c.person(lang)
    c.hn("sex_life_orientation", "gender_pronouns")
    prof = {
        "id": c.uuid(),
        "first_name": c.v("person_name", p.first, "name/first"),
        "age": c.rng.randint(21, 48),
        "gender": c.pick(["woman", "man", "non-binary"]),
        "pronouns": c.pick(["she/her", "he/him", "they/them"]),
        "city": c.city_only(LOC[lang])[1],
        "bio": c.pick(
            [
                "Coffee, climbing, bad puns.",
                "Hundemensch. Sonntags Flohmarkt.",
                "Amateur de randonnée et de jazz.",
                "Me encanta el cine y la playa.",
            ]
        ),
    }

    def put(kind, prompt):
        # first-person text goes into the profile, anything else into the trust & safety notes
        s = c.text(kind, lang)
        if first_person(s):
            if prompt:
                prof.setdefault("prompt_answers", []).append({"prompt": prompt, "answer": s})
            else:
                prof["bio"] = s
        else:
            prof.setdefault("trust_safety_notes", []).append(s)

    if v in (0, 5):
        prof["orientation"] = c.v(
            "sex_life_orientation",
            c.pick(["bisexual", "gay", "lesbian", "queer", "straight", "pansexual"]),
            "orientation",
        )
    if v == 0:
        put("religious_belief", "Sundays are for")
    if v == 1:
        put("sex_life_orientation", None)
        put(c.other_kind("sex_life_orientation", lang), "Looking back")
    if v == 2:
        prof["politics"] = c.v(
            "political_opinion",
            c.pick(["Liberal", "Conservative", "Left-wing", "Green"]),
            "politics",
        )
        put("sex_life_orientation", "Honestly")
    if v == 3:
        put("sex_life_orientation", "About me")
        prof["religion"] = "Prefer not to say"
        c.hn("religious_belief", "prefer_not_to_say")
    if v == 5:
        put("religious_belief", None)
        put(c.other_kind("religious_belief", lang), "A Sunday well spent")
    if v == 6:
        put("political_opinion", "My most controversial opinion")
    return {"data": {"profile": prof}, "meta": {"request_id": c.hexs(20)}}


def moderation_queue(c: Ctx, i: int):
    lang = LANGS[(i + 2) % 4]
    kind = [
        "racial_ethnic_origin",
        "sex_life_orientation",
        "political_opinion",
        "religious_belief",
        "health",
        "criminal_record",
        "trade_union",
    ][i % 7]
    if i < 6:
        lang = c.text_lang(kind, lang)
        body = c.text(kind, lang)
        appeal = c.note(c.other_kind(kind, lang), lang)
    else:
        kind = ["political_opinion", "criminal_record", "sex_life_orientation"][i % 3]
        body = c.neg_text(
            kind,
            {
                "political_opinion": [0, 3],
                "criminal_record": [0, 6],
                "sex_life_orientation": [1, 3],
            }[kind],
        )
        appeal = c.pick(
            [
                "This is just a news quote.",
                "Das ist ein Zitat aus der Zeitung.",
                "C'est une citation.",
            ]
        )
    return {
        "items": [
            {
                "moderator_context": appeal,
                "report_id": c.ref("R", 6),
                "content": {
                    "type": "post",
                    "id": c.hexs(12),
                    "author": {
                        "handle": "@"
                        + c.pick(
                            [
                                "nightowl_77",
                                "kaffeeklatsch",
                                "lune_douce",
                                "pixelfox",
                                "toro_bravo",
                                "mapleleafy",
                            ]
                        )
                    },
                    "body": body,
                },
                "reason": c.pick(["harassment", "hate_speech", "spam", "self_disclosure"]),
                "reporter_count": c.rng.randint(1, 12),
                "decision": c.pick(["pending", "keep", "remove"]),
                "moderator_note": c.pick(["", "context needed", "borderline"]),
            }
        ],
        "next": f"/v2/moderation/queue?cursor={c.b64(16)}",
    }


def donations(c: Ctx, i: int):
    lang = c.pick(LANGS)
    p = c.person(lang)
    v = i % 6
    recips = [
        ("political_opinion", "Bündnis 90/Die Grünen, Kreisverband Köln", "Parteispende"),
        ("religious_belief", "Islamic Relief - Zakat al-Mal", "zakat"),
        (None, "Deutsche Lebens-Rettungs-Gesellschaft e.V.", "Spende"),
        ("political_opinion", "Partido Socialista Obrero Español - donación", "donación campaña"),
        (None, "Stadtbibliothek Förderverein e.V.", "Spende"),
        (None, "Tierheim Am Stadtrand e.V.", "Spende"),
    ]
    kind, recip, purpose = recips[v]
    if kind:
        c.v(kind, recip, f"donation/{purpose}")
    return {
        "donation": {
            "id": c.ref("DON", 6),
            "donor": {"name": c.name(p), "email": c.email(p), "address": c.address_line(LOC[lang])},
            "recipient": recip,
            "purpose": purpose,
            "amount": c.amount(10, 500),
            "currency": "EUR",
            "receipt_requested": True,
            "paid_via": {"method": "card", "last4": c.last4()},
        }
    }


def canvassing(c: Ctx, i: int):
    lang = c.pick(["en", "de"])
    p = c.person(lang)
    return {
        "walk_list": c.ref("WL", 4),
        "volunteer_id": "vol_" + c.hexs(6),
        "contacts": [
            {
                "voter": {"name": c.name(p), "address": c.address_line(LOC[lang])},
                "result": "contacted",
                "support_level": c.v(
                    "political_opinion", c.rng.randint(1, 5), "support_level", lit="support_level"
                ),
                "notes": c.note("political_opinion", lang),
                "yard_sign": c.pick([True, False]),
            }
        ],
        "synced_at": c.ts(),
    }


def tenant_screening(c: Ctx, i: int):
    p = c.person("en")
    c.hn("criminal_record", "eviction_history")
    rep = {
        "eviction_history": {"records_found": 0},
        "credit": {"score_band": c.pick(["fair", "good", "excellent"])},
    }
    if i % 4 in (0, 1):
        rep["criminal_history"] = c.v(
            "criminal_record",
            c.pick(
                [
                    {"status": "clear", "records": []},
                    {
                        "status": "records_found",
                        "records": [{"offense": "Theft", "disposition": "Guilty plea"}],
                    },
                ]
            ),
            "tenant_criminal",
            lit="criminal_history",
        )
        rep["analyst_notes"] = c.note("criminal_record", "en")
    else:
        c.hn("criminal_record", "no_criminal_component")
    return {
        "screening": {
            "applicant": {"name": c.name(p), "ssn_last4": c.ssn_last4(), "dob": c.dob("us")},
            "property": {"unit": c.pick(["2B", "11", "4A"]), "city": c.city_only("us")[1]},
            "report": rep,
            "recommendation": c.pick(["accept", "accept_with_conditions", "review"]),
        }
    }


def gym_booking(c: Ctx, i: int):
    lang = c.text_lang("health", c.pick(LANGS))
    p = c.person(lang)
    doc = {
        "Booking": {
            "Member": {"Name": c.name(p), "Phone": c.phone(LOC[lang])},
            "Class": c.pick(["Spinning", "Yoga Flow", "HIIT 45", "Pilates"]),
            "Start": c.ts(2025),
            "Studio": c.pick(["Mitte", "Centre", "Norte"]),
        }
    }
    if i % 2 == 0:
        doc["Booking"]["Parq"] = {
            "HeartCondition": c.v("health", False, "parq_negated", lit="HeartCondition"),
            "Injuries": c.v(
                "health", c.pick(["knee surgery last year", "none", "lower back pain"]), "injuries"
            ),
            "TrainerNotes": c.note("health", lang),
        }
    else:
        c.hn("health", "battery_health")
        doc["Booking"]["Device"] = {"model": "wristband-2", "battery_health": "good"}
    return doc


def food_delivery(c: Ctx, i: int):
    lang = LANGS[i % 4]
    if i % 5 == 2:
        lang = c.text_lang("religious_belief", lang)
    p = c.person(lang)
    c.hn("racial_ethnic_origin", "ethnic_cuisine")
    support_note = None
    if i % 5 == 2:
        s = c.text("religious_belief", lang)
        note, support_note = (
            (s, None)
            if first_person(s)
            else (c.pick(["Bitte zweimal klingeln", "Code portail 4B", "Llamar al llegar"]), s)
        )
    else:
        note = c.pick(
            ["Bitte zweimal klingeln", "Leave at the door", "Code portail 4B", "Llamar al llegar"]
        )
    addr = c.address_line(LOC[lang])
    lat, lon = c.latlon()
    return {
        "order": {
            "id": c.ref("FD", 6),
            "restaurant": {
                "name": c.pick(["Saigon Kitchen", "Taverna Ilios", "Burger Werk", "Sushi Ame"]),
                "category": "Ethnic cuisine",
            },
            "customer": {
                "first_name": c.v("person_name", p.first, "name/first"),
                "phone": c.phone(LOC[lang]),
            },
            "dropoff": {"address": addr, "note": note},
            "support_note": support_note,
            "courier": {"id": "cr_" + c.hexs(6), "position": {"lat": lat, "lng": lon}},
            "eta_min": c.rng.randint(12, 45),
        }
    }


def flight_booking(c: Ctx, i: int):
    lang = c.pick(LANGS)
    c.hn("racial_ethnic_origin", "nationality")
    c.hn("sex_life_orientation", "sex_marker")
    pax = []
    for _k in range(c.pick([1, 2])):
        p = c.person(lang)
        country = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}[lang]
        pax.append(
            {
                "name": {"first": c.first_last(p)[0], "last": p.last},
                "dob": c.dob("iso"),
                "gender": c.pick(["F", "M"]),
                "nationality": country,
                "documents": [
                    {"type": "passport", "number": c.passport_no(country), "expiry": c.day(2030)}
                ],
            }
        )
    pnr = {
        "record_locator": c.randstr(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 1),
        "passengers": pax,
        "segments": [
            {
                "flight": f"{c.pick(['LH', 'AF', 'IB', 'BA'])}{c.rng.randint(100, 1999)}",
                "from": c.pick(["FRA", "CDG", "MAD"]),
                "to": c.pick(["JFK", "LHR", "BCN", "LIS"]),
                "dep": c.ts(2025),
            }
        ],
        "contact": {"email": c.email(c.person(lang)), "phone": c.phone(LOC[lang])},
    }
    if i == 1:
        pnr["ssr"] = [{"code": "VGML", "text": "vegetarian meal"}]
    return pnr


def education_enrollment(c: Ctx, i: int):
    lang = c.pick(LANGS)
    p = c.person(lang)
    c.hn("criminal_record", "course_criminal_law")
    doc = {
        "enrollment": {
            "student": {"name": c.name(p), "email": c.email(p), "date_of_birth": c.dob("iso")},
            "term": "2025-fall",
            "courses": [
                {"code": "LAW-214", "title": "Introduction to Criminal Law"},
                {"code": "BIO-110", "title": "Genetics 101"},
            ],
        }
    }
    c.hn("genetic", "course_genetics")
    if i == 0:
        doc["enrollment"]["accommodations"] = [
            c.v(
                "health",
                c.pick(
                    [
                        "extended exam time (dyslexia)",
                        "rest breaks (chronic fatigue syndrome)",
                        "screen reader support (low vision)",
                    ]
                ),
                "accommodation",
            )
        ]
    return doc


def benefits_enrollment(c: Ctx, i: int):
    p = c.person("en")
    c.hn("health", "health_plan_premium")
    doc = {
        "employee": {"name": c.name(p), "id": c.ref("E", 5)},
        "plan_year": 2025,
        "elections": [
            {
                "benefit": "medical",
                "plan": c.pick(["PPO Gold", "HDHP Silver"]),
                "tier": "employee_plus_one",
                "employee_premium_per_pay": c.amount(40, 180),
            },
            {"benefit": "dental", "plan": "Dental Basic"},
        ],
    }
    if i % 2 == 0:
        doc["dependents"] = [
            {"relationship": "domestic_partner", "notes": c.note("sex_life_orientation", "en")}
        ]
        doc["hr_comment"] = c.note("sex_life_orientation", "en")
    else:
        doc["dependents"] = [{"relationship": "child", "age": c.rng.randint(1, 16)}]
    return doc


def employee_survey(c: Ctx, i: int):
    lang = "en" if i % 2 == 0 else c.pick(["en", "de"])
    p = c.person(lang)
    ans = {
        "q_ethnicity": "Prefer not to say",
        "q_orientation": "Prefer not to say",
        "q_religion": "Prefer not to say",
    }
    picks = [
        (
            "q_ethnicity",
            "racial_ethnic_origin",
            ["White - Irish", "Black - Caribbean", "Mixed - White and Asian", "Türkischstämmig"],
        ),
        ("q_orientation", "sex_life_orientation", ["Gay man", "Bisexual", "Heterosexual"]),
        ("q_religion", "religious_belief", ["Muslim", "Catholic", "Hindu", "Protestant"]),
    ]
    for k, (q, kind, vals) in enumerate(picks):
        if (i + k) % 3 != 0:
            ans[q] = c.v(kind, c.pick(vals), q)
        else:
            c.hn(kind, "prefer_not_to_say")
    ans["q_union"] = (
        c.v("trade_union", c.pick(["Yes", "No"]), "q_union") if i % 2 == 0 else "Keine Angabe"
    )
    if i % 2:
        c.hn("trade_union", "keine_angabe")
    doc = {
        "survey": "people-pulse-2025",
        "respondent": {"email": c.email(p)},
        "answers": ans,
        "submitted": c.ts(),
    }
    if i % 2 == 0:
        if ans["q_ethnicity"] != "Prefer not to say":
            ans["q_ethnicity"] = "Prefer not to say"
            c.tags[:] = [t for t in c.tags if t[2] != "q_ethnicity"]
            c.hn("racial_ethnic_origin", "prefer_not_to_say")
        doc["hr_follow_up"] = {"status": "closed", "note": c.note("racial_ethnic_origin", lang)}
    return doc


FAMILIES = [
    ("support_ticket", support_ticket, 14),
    ("support_chat", support_chat, 10),
    ("call_notes", call_notes, 7),
    ("hr_employee", hr_employee, 10),
    ("payroll_de", payroll_de, 5),
    ("eeo_application", eeo_application, 6),
    ("background_check", background_check, 8),
    ("clinic_booking", clinic_booking, 3),
    ("pharmacy_order", pharmacy_order, 2),
    ("insurance_quote", insurance_quote, 2),
    ("dna_kit", dna_kit, 6),
    ("pgx_lab", pgx_lab, 4),
    ("paternity_str", paternity_str, 4),
    ("kyc_face", kyc_face, 6),
    ("door_access", door_access, 6),
    ("voice_id", voice_id, 4),
    ("time_clock", time_clock, 3),
    ("dating_profile", dating_profile, 7),
    ("moderation_queue", moderation_queue, 9),
    ("donations", donations, 6),
    ("canvassing", canvassing, 4),
    ("tenant_screening", tenant_screening, 4),
    ("gym_booking", gym_booking, 2),
    ("food_delivery", food_delivery, 5),
    ("flight_booking", flight_booking, 5),
    ("education_enrollment", education_enrollment, 3),
    ("benefits_enrollment", benefits_enrollment, 3),
    ("employee_survey", employee_survey, 5),
]


def driver_onboarding(c: Ctx, i: int):
    lang = ["en", "de", "fr", "en"][i % 4]
    p = c.person(lang)
    checks = {
        "licence": {"status": "verified", "class": "B"},
        "right_to_work": {"status": "verified"},
    }
    if i % 2 == 0:
        checks["criminal"] = c.v(
            "criminal_record",
            {"status": c.pick(["clear", "clear", "flagged"]), "provider": "CheckRight"},
            "driver_criminal",
            lit="criminal",
        )
    checks["criminal_note"] = c.note("criminal_record", lang)
    return {
        "driver": {
            "id": "drv_" + c.hexs(8),
            "name": c.name(p),
            "phone": c.phone(LOC[lang]),
            "vehicle": {
                "make": c.pick(["Toyota", "Skoda", "Kia"]),
                "plate_country": c.pick(["GB", "DE", "FR"]),
            },
            "onboarding": {
                "stage": c.pick(["documents", "background", "approved"]),
                "checks": checks,
            },
        }
    }


FAMILIES.append(("driver_onboarding", driver_onboarding, 4))
