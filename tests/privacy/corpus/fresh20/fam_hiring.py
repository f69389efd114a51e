"""Hiring families: applications, CVs, interviews, references, background checks, offers."""

from __future__ import annotations

import re
from typing import Any

from . import pools
from .common import employer, user_agent
from .compose import cyc, extra, field, neg, sp, sp3, typo
from .ctx import Ctx, ascii_fold
from .registry import family

DECLINE = {
    "en": "Decline To Self Identify",
    "es": "Prefiero no contestar",
    "fr": "Je préfère ne pas répondre",
    "de": "Keine Angabe",
}


@family(6, "en", wrap={5: "bearer"})
def greenhouse_application(c: Ctx) -> Any:
    cand = c.person()
    _org, _dom = employer(c)
    job = c.pick(pools.JOB_TITLES["en"])
    plan = cyc(
        c,
        [
            ["race", "dis_no"],
            ["race"],
            ["race", "dis_yes"],
            ["decline"],
            ["race"],
            ["race", "dis_no"],
        ],
    )
    eeoc: dict[str, Any] = {
        "gender": {"id": c.rint(1, 4), "description": c.pick(["Female", "Male", DECLINE["en"]])},
        "veteran_status": {"id": 2, "description": "I am not a protected veteran"},
    }
    c.tag("neg:gender")
    eeoc["race"] = (
        {"id": c.rint(1, 8), "description": field(c, "racial_ethnic_origin")}
        if "race" in plan
        else {"id": 9, "description": DECLINE["en"]}
    )
    if "dis_no" in plan:
        eeoc["disability_status"] = {
            "id": 2,
            "description": c.mark(
                "health",
                "No, I don't have a disability and have not had one in the past",
                "field:health/neg",
            ),
        }
    elif "dis_yes" in plan:
        eeoc["disability_status"] = {
            "id": 1,
            "description": c.mark(
                "health",
                "Yes, I have a disability (or previously had a disability)",
                "field:health",
            ),
        }
    else:
        eeoc["disability_status"] = {"id": 3, "description": "I do not want to answer"}
        c.tag("neg:prefer-not-to-say")
    return {
        "action": "new_candidate_application",
        "payload": {
            "application": {
                "id": c.nid(9),
                "status": "active",
                "applied_at": c.ts(0, "ms"),
                "source": {"public_name": c.pick(["LinkedIn", "Indeed", "Company website"])},
                "jobs": [{"id": c.nid(7), "name": job}],
                "candidate": {
                    "id": c.nid(9),
                    "first_name": cand.first,
                    "last_name": cand.last,
                    "email_addresses": [{"value": cand.email(), "type": "personal"}],
                    "phone_numbers": [{"value": cand.phone(), "type": "mobile"}],
                    "addresses": [{"value": c.address_text(), "type": "home"}]
                    if c.chance(0.6)
                    else [],
                    "attachments": [
                        {
                            "filename": f"{cand.ln.split()[0]}_CV.pdf",
                            "type": "resume",
                            "url": f"https://prod-heroku.s3.amazonaws.com/person_attachments/data/{c.hexs(20)}",
                        }
                    ],
                },
                "answers": [
                    {
                        "question": "Are you legally authorized to work in the United States?",
                        "answer": "Yes",
                    },
                    {
                        "question": "Will you now or in the future require sponsorship?",
                        "answer": c.pick(["No", "Yes"]),
                    },
                    {
                        "question": "LinkedIn Profile",
                        "answer": f"https://www.linkedin.com/in/{c.alnum(10).lower()}",
                    },
                ],
                "eeoc": eeoc,
            }
        },
    }


@family(3)
def ats_candidate_webhook(c: Ctx) -> Any:
    cand = c.person()
    _org, _dom = employer(c)
    ks = cyc(c, [[], [], ["~health"]])
    cover = {
        "en": "I have five years' experience in similar roles and can start at short notice.",
        "de": "Ich bringe fünf Jahre Erfahrung mit und kann kurzfristig anfangen.",
        "fr": "J'ai cinq ans d'expérience sur un poste similaire et suis disponible rapidement.",
        "es": "Tengo cinco años de experiencia y puedo incorporarme enseguida.",
    }[c.lang]
    return {
        "event": "candidate.created",
        "triggered_at": c.ts(0),
        "data": {
            "candidate": {
                "id": c.uuid(),
                "name": cand.full,
                "emails": [cand.email()],
                "phones": [{"type": "mobile", "value": cand.phone()}],
                "location": {"name": c.city()[1]},
                "tags": ["referral"] if c.chance(0.3) else [],
                "sources": [c.pick(["StepStone", "Welcome to the Jungle", "InfoJobs", "LinkedIn"])],
            },
            "application": {
                "job": c.pick(pools.JOB_TITLES[c.lang]),
                "stage": "Applied",
                "cover_letter": " ".join([typo(c, cover), *extra(c, cand, ks)]),
                "salary_expectation": c.rint(28, 85) * 1000,
                "availability": str(c.day(c.rint(14, 90))),
            },
        },
    }


@family(5, "en")
def workday_self_id_change(c: Ctx) -> Any:
    w = c.person("en")
    plan = cyc(c, [["race", "so"], ["race"], ["race", "so"], ["race", "so"], ["decline"]])
    data: dict[str, Any] = {
        "Worker_ID": f"W{c.rint(100000, 999999)}",
        "Worker_Name": w.full,
        "Effective_Date": str(c.day(0)),
        "Gender_Identity": c.pick(["Woman", "Man", "Non-binary"]),
        "Pronoun": c.pick(["she/her", "he/him", "they/them"]),
    }
    c.tag("neg:gender-pronouns")
    if "race" in plan:
        data["Ethnicity_Reference"] = {
            "ID": c.alnum(8),
            "Descriptor": field(c, "racial_ethnic_origin"),
        }
        data["Hispanic_or_Latino"] = c.chance(0.3)
    if "so" in plan:
        data["Sexual_Orientation"] = field(c, "sex_life_orientation", w)
    if "decline" in plan:
        data["Ethnicity_Reference"] = {"ID": "DECLINED", "Descriptor": "I do not wish to answer"}
        data["Sexual_Orientation"] = "Prefer not to say"
        c.tag("neg:prefer-not-to-say")
    return {
        "Business_Process": "Change Personal Information",
        "Event_ID": c.uuid(),
        "Initiator": "Self-Service",
        "Worker_Data": data,
    }


@family(4)
def cv_parsed_json(c: Ctx) -> Any:
    cand = c.person()
    ks = cyc(c, [["religious"], ["dob"], ["political"], ["dob"]])
    jobs = []
    for _ in range(c.rint(2, 3)):
        y = c.rint(2008, 2021)
        jobs.append(
            {
                "jobTitle": c.pick(pools.JOB_TITLES[c.lang]),
                "organization": c.pick(
                    [
                        "Lidl",
                        "Carrefour",
                        "Mercadona",
                        "Tesco",
                        "Amazon Logistics",
                        "Deutsche Bahn",
                        "SNCF",
                    ]
                ),
                "dates": {
                    "startDate": f"{y}-0{c.rint(1, 9)}",
                    "endDate": f"{y + c.rint(1, 3)}-0{c.rint(1, 9)}",
                },
                "jobDescription": typo(
                    c,
                    c.pick(
                        {
                            "en": [
                                "Led a team of 6 pickers on nights.",
                                "Responsible for month-end close.",
                            ],
                            "es": [
                                "Gestión de reservas y atención a clientes.",
                                "Control de stock y pedidos.",
                            ],
                            "fr": [
                                "Encadrement d'une équipe de 4 personnes.",
                                "Gestion des litiges clients.",
                            ],
                            "de": [
                                "Schichtleitung im Wareneingang.",
                                "Monatsabschluss und Reporting.",
                            ],
                        }[c.lang]
                    ),
                ),
            }
        )
    hobbies = []
    if ks == ["religious"]:
        hobbies.append(
            c.mark(
                "religious_belief",
                c.pick(
                    {
                        "en": [
                            "Youth leader at St Columba's Church",
                            "Volunteer teacher at the mosque's weekend school",
                        ],
                        "de": [
                            "Jugendleiterin in der evangelischen Kirchengemeinde",
                            "Ministrant in der katholischen Pfarrei",
                        ],
                        "fr": ["Animatrice à l'aumônerie catholique", "Bénévole à la synagogue"],
                        "es": [
                            "Catequista en la parroquia",
                            "Voluntario en la comunidad evangélica",
                        ],
                    }[c.lang]
                ),
                "field:religious_belief",
            )
        )
    elif ks == ["union"]:
        hobbies.append(
            c.mark(
                "trade_union",
                c.pick(
                    {
                        "en": ["Shop steward, Unite (2016-2020)", "Union rep for UNISON branch"],
                        "de": ["Mitglied der ver.di-Jugend", "Vertrauensmann IG Metall"],
                        "fr": ["Élu CSE et délégué syndical CGT", "Adhérent CFDT"],
                        "es": ["Delegado sindical de CCOO", "Afiliada a UGT"],
                    }[c.lang]
                ),
                "field:trade_union",
            )
        )
    elif ks == ["political"]:
        hobbies.append(
            c.mark(
                "political_opinion",
                c.pick(
                    {
                        "en": ["Campaign volunteer, Green Party (2019 general election)"],
                        "de": ["Mitglied im SPD-Ortsverein"],
                        "fr": ["Militant Les Écologistes"],
                        "es": ["Afiliado a Más Madrid"],
                    }[c.lang]
                ),
                "field:political_opinion",
            )
        )
    else:
        hobbies.append(c.pick(["Running", "Chess club", "Photography", "Climbing"]))
    out: dict[str, Any] = {
        "data": {
            "name": {"raw": cand.full, "first": cand.first, "last": cand.last},
            "emails": [cand.email()],
            "phoneNumbers": [cand.phone()],
            "location": {"formatted": c.address_text() if c.chance(0.6) else c.city()[1]},
            "workExperience": jobs,
            "education": [
                {
                    "organization": {
                        "en": "Open University",
                        "de": "Universität Leipzig",
                        "fr": "Université Lyon 2",
                        "es": "Universidad de Sevilla",
                    }[c.lang]
                }
            ],
            "skills": [
                {"name": s}
                for s in c.sample(
                    ["Excel", "SAP", "forklift licence", "SQL", "customer service", "French"], 3
                )
            ],
            "hobbies": hobbies,
            "languages": [c.lang],
        },
        "meta": {
            "identifier": c.alnum(8),
            "fileName": f"CV_{cand.ln.split()[0]}.pdf",
            "pages": 2,
            "parser": "resume-v4",
        },
    }
    if "dob" in ks:
        out["data"]["dateOfBirth"] = c.dob("local")
    return out


@family(3)
def interview_scorecard(c: Ctx) -> Any:
    cand, iv = c.person(), c.person()
    ks = cyc(c, [[], ["racial_ethnic_origin"], ["~health"]])
    notes = {
        "en": "Strong on stakeholder management, weaker on SQL. Good culture add.",
        "de": "Stark in der Kommunikation, Excel-Kenntnisse ausbaufähig.",
        "fr": "Très bon relationnel, un peu juste sur Excel.",
        "es": "Muy buena comunicación, flojo en Excel.",
    }[c.lang]
    more = []
    for k in ks:
        if k.startswith("~"):
            more.append(
                neg(
                    c,
                    "health",
                    {
                        "en": "Asked good questions about the health plan and wellbeing budget.",
                        "de": "Hat gute Fragen zur betrieblichen Krankenversicherung gestellt.",
                        "fr": "Bonnes questions sur la mutuelle santé.",
                        "es": "Preguntó por el seguro médico de empresa.",
                    },
                )
            )
        else:
            lead = {
                "en": "Candidate volunteered: ",
                "de": "Kandidat:in erwähnte von sich aus: ",
                "fr": "Le/la candidat(e) a dit spontanément : ",
                "es": "La persona candidata comentó: ",
            }[c.lang]
            more.append(lead + '"' + sp(c, k, cand) + '".')
    return {
        "scorecard": {
            "id": c.nid(8),
            "candidate": cand.full,
            "interviewer": {"name": iv.full, "email": iv.email(employer(c)[1])},
            "interview": c.pick(["Hiring manager", "Technical", "Panel"]),
            "submitted_at": c.ts(0),
            "overall_recommendation": c.pick(["yes", "strong_yes", "no", "mixed"]),
            "attributes": [
                {"name": "Communication", "rating": c.rint(1, 4)},
                {"name": "Role skills", "rating": c.rint(1, 4)},
            ],
            "notes": " ".join([typo(c, notes), *more]),
        }
    }


@family(3)
def reference_check_response(c: Ctx) -> Any:
    cand, ref = c.person(), c.person()
    ks = cyc(c, [["criminal3"], [], ["~criminal_record"]])
    base = {
        "en": f"I managed {cand.first} for three years. Reliable, great with customers.",
        "de": f"Ich war drei Jahre Vorgesetzte von {cand.first}. Sehr zuverlässig.",
        "fr": f"J'ai encadré {cand.first} pendant trois ans. Très fiable.",
        "es": f"Fui responsable de {cand.first} durante tres años. Muy fiable.",
    }[c.lang]
    more = []
    for k in ks:
        if k == "health3":
            more.append(sp3(c, "health", cand, start=True) + ".")
        elif k == "criminal3":
            more.append(sp3(c, "criminal_record", cand, start=True) + ".")
        else:
            more.append(
                {
                    "en": "Nothing of concern in the credit and eviction checks you mentioned.",
                    "de": "Die SCHUFA-Auskunft, die Sie erwähnten, war unauffällig.",
                    "fr": "Rien à signaler sur la vérification de solvabilité.",
                    "es": "Nada que destacar en el informe de solvencia.",
                }[c.lang]
            )
            c.tag("neg:criminal_record")
    return {
        "reference": {
            "request_id": c.uuid(),
            "candidate_name": cand.full,
            "referee": {
                "name": ref.full,
                "email": ref.email(),
                "phone": ref.phone(),
                "relationship": "former manager",
            },
            "answers": [
                {"q": "rehire", "a": c.pick(["yes", "no", "with reservations"])},
                {"q": "comments", "a": " ".join([base, *more])},
            ],
            "ip": c.ip(),
            "completed": c.ts(0),
        }
    }


@family(6, "en", wrap={3: "bearer"})
def checkr_report_completed(c: Ctx) -> Any:
    cand = c.person("en")
    plan = cyc(c, [["clear"], ["consider"], ["nocrim"], ["clear"], ["consider"], ["clear"]])
    report: dict[str, Any] = {
        "id": c.hexs(24),
        "object": "report",
        "uri": f"/v1/reports/{c.hexs(24)}",
        "created_at": c.ts(-2880),
        "completed_at": c.ts(0),
        "package": "",
        "candidate_id": c.hexs(24),
        "ssn_trace": {"status": "clear", "ssn": "XXX-XX-" + c.digits(4)},
    }
    if plan == ["nocrim"]:
        report["package"] = "employment_education"
        report["status"] = "clear"
        report["employment_verification"] = {"status": "clear", "employers_verified": 2}
        report["education_verification"] = {"status": "clear"}
        report["global_watchlist_search"] = {
            "status": "clear",
            "lists": ["OFAC SDN", "EU consolidated"],
        }
        c.tag("neg:sanctions-screening")
    else:
        report["package"] = c.pick(["tasker_standard", "driver_pro", "essential_criminal"])
        if plan == ["clear"]:
            report["status"] = "clear"
            report["county_criminal_searches"] = [
                {
                    "county": c.pick(["Cook", "Travis", "Multnomah"]),
                    "status": "clear",
                    "records": [],
                }
            ]
            report["national_criminal_search"] = {"status": "clear", "records": []}
            c.mark("criminal_record", "national_criminal_search", "field:criminal_record/clear")
        else:
            report["status"] = "consider"
            charge = c.pick(
                [
                    "POSSESSION OF CONTROLLED SUBSTANCE",
                    "DUI - FIRST OFFENSE",
                    "PETTY THEFT",
                    "DISORDERLY CONDUCT",
                ]
            )
            report["county_criminal_searches"] = [
                {
                    "county": c.pick(["Cook", "Travis", "Multnomah"]),
                    "status": "consider",
                    "records": [
                        {
                            "case_number": f"{c.rint(2010, 2020)}-CR-{c.rint(1000, 99999)}",
                            "charges": [
                                {
                                    "charge": charge,
                                    "disposition": "CONVICTED",
                                    "offense_date": str(c.day(-3000)),
                                    "charge_type": "misdemeanor",
                                }
                            ],
                        }
                    ],
                }
            ]
            c.mark("criminal_record", charge, "field:criminal_record")
    return {
        "id": c.hexs(24),
        "object": "event",
        "type": "report.completed",
        "created_at": c.ts(0),
        "data": {"object": report},
        "candidate": {
            "first_name": cand.first,
            "last_name": cand.last,
            "email": cand.email(),
            "dob": c.dob(),
        },
    }


@family(4)
def screening_vendor_order(c: Ctx) -> Any:
    cand = c.person()
    plan = cyc(c, [["crim_clear"], ["credit"], ["crim_hit"], ["crim_clear"]])
    comps: list[dict[str, Any]] = [
        {"type": "identity", "result": "verified"},
        {"type": "employment_history", "result": "verified"},
    ]
    if plan == ["credit"]:
        comps += [
            {
                "type": "credit_history",
                "result": "adverse" if c.chance(0.4) else "satisfactory",
                "ccjs": c.rint(0, 2),
            },
            {"type": "eviction_search", "result": "no_records"},
            {"type": "sanctions_pep", "result": "no_match"},
        ]
        c.tag("neg:credit-eviction-only")
    elif plan == ["crim_clear"]:
        label = {
            "en": "basic_dbs",
            "de": "fuehrungszeugnis",
            "fr": "casier_b3",
            "es": "antecedentes_penales",
        }[c.lang]
        res = {
            "en": "no convictions recorded",
            "de": "ohne Eintragungen",
            "fr": "néant",
            "es": "sin antecedentes",
        }[c.lang]
        comps.append(
            {"type": label, "result": c.mark("criminal_record", res, "field:criminal_record/clear")}
        )
    else:
        res = {
            "en": "1 unspent conviction (theft, 2021)",
            "de": "1 Eintragung: Diebstahl (2021)",
            "fr": "1 condamnation : vol (2021)",
            "es": "1 antecedente: hurto (2021)",
        }[c.lang]
        comps.append(
            {
                "type": "criminal_record",
                "result": c.mark("criminal_record", res, "field:criminal_record"),
            }
        )
    return {
        "order": {
            "reference": f"SCR-{c.alnum(8, upper=True)}",
            "client": employer(c)[0],
            "subject": {"name": cand.full, "email": cand.email(), "dob": c.dob()},
            "components": comps,
            "completed": c.ts(0),
            "adjudication": c.pick(["eligible", "review"]),
        }
    }


@family(3)
def tenant_credit_screening(c: Ctx) -> Any:
    app = c.person()
    c.tag("neg:credit-eviction-only")
    return {
        "screening_id": c.uuid(),
        "applicant": {"name": app.full, "current_address": c.address_text(), "email": app.email()},
        "income_verified": c.chance(0.8),
        "credit_score": c.rint(520, 820),
        "eviction_records": []
        if c.chance(0.7)
        else [
            {
                "court": "County Court",
                "filed": str(c.day(-1500)),
                "type": "possession claim",
                "status": "dismissed",
            }
        ],
        "bankruptcies": 0,
        "scope": "credit and eviction only (no criminal component)",
        "purpose": "relocation housing for new hire",
    }


@family(4, "de")
def fuehrungszeugnis_upload(c: Ctx) -> Any:
    emp = c.person("de")
    plan = cyc(c, [["clean"], ["entry"], ["clean"], ["clean"]])
    d: dict[str, Any] = {
        "mitarbeiter": {
            "name": emp.full,
            "personalnummer": f"{c.rint(10000, 99999)}",
            "einrichtung": c.pick(["Kita Sonnenblume", "Pflegeheim am Park", "Jugendhilfe Nord"]),
        },
        "dokument": {
            "typ": "erweitertes Führungszeugnis",
            "datei": f"FZ_{emp.ln}.pdf",
            "ausstellungsdatum": str(c.day(-30)),
        },
    }
    if plan == ["clean"]:
        d["prüfung"] = {
            "ergebnis": c.mark(
                "criminal_record", "Keine Eintragungen", "field:criminal_record/clear"
            ),
            "geprüft_von": c.person("de").full,
        }
    elif plan == ["entry"]:
        d["prüfung"] = {
            "ergebnis": c.mark(
                "criminal_record",
                "Eintragung vorhanden: § 242 StGB (Diebstahl), Geldstrafe 40 Tagessätze",
                "field:criminal_record",
            ),
            "geprüft_von": c.person("de").full,
        }
    else:
        d["prüfung"] = {"ergebnis": "noch nicht vorgelegt", "erinnerung": str(c.day(14))}
    return d


@family(3, "fr")
def casier_judiciaire_onboarding(c: Ctx) -> Any:
    emp = c.person("fr")
    plan = cyc(c, [["clean"], ["entry"], ["clean"]])
    res = (
        c.mark("criminal_record", "Bulletin n°3 : NÉANT", "field:criminal_record/clear")
        if plan == ["clean"]
        else c.mark(
            "criminal_record",
            "Bulletin n°3 : 1 condamnation (conduite sous l'empire d'un état alcoolique, 2019)",
            "field:criminal_record",
        )
    )
    return {
        "dossier_embauche": {
            "salarié": emp.full,
            "poste": c.pick(["Aide-soignante", "Animateur périscolaire", "Convoyeur de fonds"]),
            "pièces": [
                {"type": "extrait_casier_judiciaire", "résultat": res, "reçu_le": str(c.day(-5))},
                {"type": "justificatif_domicile", "adresse": c.address_text()},
            ],
        }
    }


@family(3, "es")
def certificado_delitos_sexuales(c: Ctx) -> Any:
    emp = c.person("es")
    plan = cyc(c, [["neg"], ["penal"], ["neg"]])
    if plan == ["neg"]:
        cert = {
            "tipo": "Certificado del Registro Central de Delincuentes Sexuales",
            "resultado": c.mark(
                "criminal_record", "NO CONSTA inscripción", "field:criminal_record/clear"
            ),
        }
    else:
        cert = {
            "tipo": "Certificado de antecedentes penales",
            "resultado": c.mark(
                "criminal_record",
                "Consta condena por delito leve de hurto (2020)",
                "field:criminal_record",
            ),
        }
    return {
        "trabajador": {"nombre": emp.full, "nif": c.dni()},
        "puesto": c.pick(["Monitor de comedor", "Auxiliar de enfermería", "Profesora de apoyo"]),
        "certificado": cert,
        "fecha_expedición": str(c.day(-10)),
        "csv": c.alnum(16, upper=True),
    }


@family(5, "en")
def uk_dbs_check(c: Ctx) -> Any:
    emp = c.person("en")
    plan = cyc(c, [["clear"], ["info"], ["clear"], ["clear"], ["clear"]])
    cert: dict[str, Any] = {
        "certificate_number": c.long_id(12),
        "level": c.pick(["Basic", "Enhanced with Barred Lists"]),
        "issue_date": str(c.day(-20)),
        "applicant": {"name": emp.full, "dob": c.dob(), "address": c.address_text()},
    }
    if plan == ["info"]:
        cert["police_records_of_convictions"] = c.mark(
            "criminal_record",
            "Caution 2018: Common assault (Criminal Justice Act 1988 s.39)",
            "field:criminal_record",
        )
    else:
        cert["police_records_of_convictions"] = c.mark(
            "criminal_record", "NONE RECORDED", "field:criminal_record/clear"
        )
    cert["barred_list_children"] = "NONE RECORDED"
    return {
        "dbs": cert,
        "employer_ref": f"RB-{c.rint(1000, 9999)}",
        "checked_by": c.person("en").full,
    }


@family(4)
def ats_disclosure_answers(c: Ctx) -> Any:
    cand = c.person()
    plan = cyc(c, [["yes"], ["no"], ["skip"], ["yes"]])
    q = {
        "en": "Have you been convicted of a criminal offence that is not spent?",
        "de": "Sind Sie vorbestraft?",
        "fr": "Avez-vous fait l'objet d'une condamnation pénale ?",
        "es": "¿Tiene antecedentes penales?",
    }[c.lang]
    if plan == ["yes"]:
        ans = c.mark(
            "criminal_record",
            {
                "en": "Yes - drink driving 2020, 12 month ban",
                "de": "Ja, Strafbefehl wegen Trunkenheit im Verkehr 2020",
                "fr": "Oui, conduite en état d'ivresse en 2020",
                "es": "Sí, por conducir ebrio en 2020",
            }[c.lang],
            "field:criminal_record",
        )
    elif plan == ["no"]:
        ans = c.mark(
            "criminal_record",
            {"en": "No", "de": "Nein", "fr": "Non", "es": "No"}[c.lang],
            "field:criminal_record/clear",
        )
        c.tag("answer-to-conviction-question")
    else:
        ans = DECLINE[c.lang]
        c.tag("neg:prefer-not-to-say")
    return {
        "application_id": c.uuid(),
        "candidate": {"name": cand.full, "email": cand.email()},
        "questions": [
            {"id": "rtw", "text": "Right to work?", "answer": "Yes"},
            {"id": "convictions", "text": q, "answer": ans},
            {
                "id": "notice",
                "text": "Notice period",
                "answer": c.pick(["1 month", "2 weeks", "3 Monate", "15 días"]),
            },
        ],
        "ip": c.ip(),
        "ua": user_agent(c),
    }


@family(3, "en")
def driving_licence_check(c: Ctx) -> Any:
    drv = c.person("en")
    plan = cyc(c, [["points"], ["clean"], ["points"]])
    lic = (
        (ascii_fold(drv.ln).upper().replace("'", "") + "99999")[:5]
        + c.digits(6)
        + drv.fn[0]
        + "9"
        + c.digits(1)
        + c.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)
    )
    if re.search(r"\d{7,}", lic):
        c.decoy(lic, "decoy:licence-number", silent=True)
    d: dict[str, Any] = {
        "driver": {"name": drv.full, "dob": c.dob(), "licence_number": lic},
        "categories": ["B", "C", "C1"],
        "checked": c.ts(0),
    }
    if plan == ["points"]:
        d["endorsements"] = [
            {
                "code": "SP30",
                "offence": c.mark(
                    "criminal_record",
                    "Exceeding statutory speed limit on a public road",
                    "field:criminal_record",
                ),
                "points": 3,
                "conviction_date": str(c.day(-400)),
            }
        ]
    else:
        d["check_type"] = "licence validity and categories only"
        d["licence_status"] = "valid"
        c.tag("neg:licence-validity-only")
    return d


@family(5)
def idv_onboarding_check(c: Ctx) -> Any:
    emp = c.person()
    plan = cyc(c, [["template"], ["template"], ["score"], ["template"], ["template"]])
    check: dict[str, Any] = {
        "applicant": {"first_name": emp.first, "last_name": emp.last, "dob": c.dob()},
        "document": {
            "type": "passport",
            "issuing_country": {"en": "GBR", "de": "DEU", "fr": "FRA", "es": "ESP"}[c.lang],
            "document_number": c.passport(),
            "result": "clear",
        },
        "facial_similarity": {"result": "clear", "score": round(c.rng.uniform(0.9, 0.99), 3)},
    }
    if plan == ["template"]:
        check["facial_similarity"]["face_template"] = {
            "format": "ISO/IEC 19794-5 token",
            "data": c.blob_template("face-template"),
        }
    else:
        c.tag("neg:match-score-only")
    return {
        "resource_type": "check",
        "action": "check.completed",
        "object": {"id": c.uuid(), "status": "complete", "completed_at_iso8601": c.ts(0)},
        "report": check,
    }
