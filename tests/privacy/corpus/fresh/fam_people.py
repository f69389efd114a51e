"""HR, payroll, education, government, and the special-category families."""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Doc


def hr_onboarding(d: Doc) -> Any:
    loc = d.pick(("us", "gb", "de", "fr", "es"))
    first, last = d.person(loc)
    born = d.birth(1960, 2005)
    scheme, nid = d.national_id(loc, born)
    hire: dict[str, Any] = {
        "worker_id": f"W{d.rng.randint(10000, 99999)}",
        "start_date": d.day(),
        "legal_name": {"first": first, "last": last},
        "date_of_birth": d.dob("iso", born),
        "personal_email": d.email(first, last),
        "home_address": d.address(loc),
        scheme: nid,
        "job": {
            "title": d.pick(
                ("Warehouse Associate", "Data Analyst", "Nurse", "Line Cook", "Account Executive")
            ),
            "department": d.pick(("Ops", "Finance", "Clinical", "Sales")),
        },
    }
    ec_first, ec_last = d.person(loc)
    hire["emergency_contact"] = {
        "name": f"{ec_first} {ec_last}",
        "relationship": d.pick(("spouse", "mother", "friend", "partner", "brother")),
        "phone": d.phone(loc),
    }
    if d.chance(0.6):
        if loc == "us":
            routing, acct = d.us_bank()
            hire["direct_deposit"] = {"aba": routing, "account": acct, "split_pct": 100}
        elif loc == "gb":
            sort, acct = d.uk_bank()
            hire["bank"] = {"sort_code": sort, "account_no": acct}
        else:
            hire["bank"] = {"iban": d.iban({"de": "DE", "fr": "FR", "es": "ES"}[loc])}
    if d.chance(0.4):
        hire["background_check"] = {
            "provider": "Sterling",
            "package": "standard",
            "criminal": d.pick(("clear", "clear", "consider")),
            "completed": d.day(),
        }
        d.mark("criminal_record", "bgc:criminal")
    elif d.chance(0.3):
        hire["background_check"] = {
            "employment_verification": "verified",
            "education_verification": "verified",
            "credit": "n/a",
        }
        d.note("bgc:no_criminal")
    if d.chance(0.3):
        hire["union_member"] = d.pick((True, False))
        d.mark("trade_union", "flag:union_member")
    if d.chance(0.3):
        answer = d.pick(("Yes", "No, I do not have a disability", "I don't wish to answer"))
        hire["disability_self_id"] = answer
        if answer != "I don't wish to answer":
            d.mark("health", "self_id:disability")
        else:
            d.note("disability:declined")
    if d.chance(0.25):
        eth = d.pick((*pools.ETHNICITIES["eeo"], "Decline to self-identify"))
        hire["eeo"] = {"race_ethnicity": eth, "veteran_status": "not a protected veteran"}
        if eth.startswith("Decline"):
            d.note("eeo:declined")
        else:
            d.mark("racial_ethnic_origin", "field:eeo")
    return d.style(hire)


def benefits_enrolment(d: Doc) -> Any:
    loc = d.pick(("us", "us", "gb"))
    first, last = d.person(loc)
    deps = []
    for _ in range(d.rng.randint(1, 3)):
        dfirst = d.first(loc)
        dep: dict[str, Any] = {
            "first_name": dfirst,
            "last_name": last,
            "relationship": d.pick(("spouse", "child", "domestic_partner")),
            "dob": d.dob("mdy", d.birth(1970, 2023)),
        }
        if loc == "us" and d.chance(0.5):
            dep["ssn"] = d.ssn()
        if d.chance(0.2):
            dep["disabled_dependent"] = True
            dep["disability_note"] = d.pick(
                ("cerebral palsy", "autism spectrum disorder", "type 1 diabetes")
            )
            d.mark("health", "dependant:disability")
        deps.append(dep)
    enrol = {
        "event": "open_enrollment",
        "plan_year": 2025,
        "employee": {
            "id": f"{d.rng.randint(10000, 99999)}",
            "name": f"{first} {last}",
            "email": d.email(first, last, work=True),
        },
        "elections": [
            {
                "benefit": "medical",
                "plan": d.pick(("PPO 500", "HDHP + HSA")),
                "tier": "family",
                "employee_cost_per_pay": d.money(40, 400),
            },
            {"benefit": "dental", "plan": "Dental Plus", "tier": "family"},
            {"benefit": "vision", "plan": "waived"},
        ],
        "dependents": deps,
    }
    return d.style(enrol)


def leave_request(d: Doc) -> Any:
    lang = d.pick(("en", "en", "de", "fr", "es"))
    loc = {"en": d.pick(("us", "gb")), "de": "de", "fr": "fr", "es": "es"}[lang]
    first, last = d.person(loc)
    kind = d.pick(
        ("vacation", "medical", "medical", "parental", "religious", "union", "bereavement")
    )
    req: dict[str, Any] = {
        "request_id": d.hex(10),
        "employee": f"{first} {last}",
        "from": d.day(),
        "to": d.day(),
        "type": kind,
        "approver": d.full_name(loc),
    }
    if kind == "medical":
        req["reason"] = d.text("health", lang)
        if d.chance(0.4):
            req["fit_note_icd10"] = d.pick(pools.ICD10)[0]
    elif kind == "parental":
        if d.chance(0.5):
            req["reason"] = d.pick(
                ("Maternity leave, expected due date " + d.day(), "Mutterschutz ab der 34. SSW")
            )
            d.mark("health", "leave:pregnancy")
        else:
            req["reason"] = "Paternity leave after the birth of our daughter"
    elif kind == "religious":
        req["reason"] = d.pick(
            (
                "Eid al-Fitr with my family",
                "Yom Kippur",
                "Orthodox Easter — church service",
                "Diwali puja at the temple",
            )
        )
        d.mark("religious_belief", "leave:religious")
    elif kind == "union":
        req["reason"] = d.pick(
            (
                "Paid time off for union duties (branch secretary)",
                "Freistellung als ver.di-Vertrauensperson",
                "Heures de délégation syndicale (CGT)",
            )
        )
        d.mark("trade_union", "leave:union")
    elif kind == "bereavement":
        req["reason"] = "Funeral of a close relative"
    else:
        req["reason"] = d.neutral(lang) if d.chance(0.2) else "Annual leave"
    return d.style(req)


def payroll_run(d: Doc) -> Any:
    loc = d.pick(("de", "de", "us", "gb", "fr"))
    slips = []
    for _ in range(d.rng.randint(1, 3)):
        first, last = d.person(loc)
        gross = d.rng.randint(2200, 9800)
        if loc == "de":
            slip: dict[str, Any] = {
                "personalnummer": d.rng.randint(1000, 9999),
                "name": f"{last}, {first}",
                "steuer_id": d.steuer_id(),
                "steuerklasse": d.pick(("I", "III", "IV", "V")),
                "brutto": gross,
                "iban": d.iban("DE"),
                "abzuege": [
                    {"art": "Lohnsteuer", "betrag": round(gross * 0.14, 2)},
                    {"art": "KV-Beitrag AN", "betrag": round(gross * 0.081, 2)},
                ],
            }
            if d.chance(0.5):
                slip["kirchensteuermerkmal"] = d.pick(("rk", "ev", "lt", "ak"))
                slip["abzuege"].append({"art": "Kirchensteuer", "betrag": round(gross * 0.012, 2)})
                d.mark("religious_belief", "field:kirchensteuer")
            if d.chance(0.3):
                slip["abzuege"].append(
                    {"art": "Gewerkschaftsbeitrag IG Metall", "betrag": round(gross * 0.01, 2)}
                )
                d.mark("trade_union", "deduction:dues")
        elif loc == "us":
            routing, acct = d.us_bank()
            slip = {
                "employee": f"{first} {last}",
                "ssn_last4": f"{d.rng.randint(0, 9999):04d}",
                "gross": gross,
                "deposit": {"routing": routing, "account": acct},
                "deductions": [
                    {"code": "MED", "desc": "Medical premium (PPO)", "amount": d.money(50, 300)},
                    {"code": "401K", "desc": "401(k) 6%", "amount": round(gross * 0.06, 2)},
                ],
            }
            if d.chance(0.35):
                slip["deductions"].append(
                    {
                        "code": "UD",
                        "desc": f"Union dues - {d.pick(pools.UNIONS['en'])}",
                        "amount": d.money(20, 80),
                    }
                )
                d.mark("trade_union", "deduction:dues")
        elif loc == "gb":
            slip = {
                "employee": f"{first} {last}",
                "ni_number": d.nino(),
                "tax_code": "1257L",
                "gross_pay": gross,
                "pension": round(gross * 0.05, 2),
            }
            if d.chance(0.3):
                slip["union_subs"] = d.money(10, 25)
                d.mark("trade_union", "deduction:dues")
        else:
            slip = {
                "salarie": f"{first} {last.upper()}",
                "nir": d.nir(d.birth(1960, 2002), d.pick("MF")),
                "brut": gross,
                "mutuelle": round(gross * 0.012, 2),
                "iban": d.iban("FR"),
            }
        slips.append(slip)
    return {
        "payroll_run": {
            "period": f"2024-{d.rng.randint(1, 12):02d}",
            "entity": d.pick(pools.COMPANIES),
            "currency": "USD" if loc == "us" else ("GBP" if loc == "gb" else "EUR"),
            "payslips": slips,
        }
    }


def diversity_survey(d: Doc) -> Any:
    lang = d.pick(("en", "en", "de", "fr", "es"))
    answers: dict[str, Any] = {}
    pns = {
        "en": "Prefer not to say",
        "de": "Keine Angabe",
        "fr": "Je préfère ne pas répondre",
        "es": "Prefiero no contestar",
    }[lang]
    keys = {
        "en": ("ethnicity", "sexual_orientation", "religion", "disability", "gender"),
        "de": (
            "ethnische_herkunft",
            "sexuelle_orientierung",
            "religion",
            "behinderung",
            "geschlecht",
        ),
        "fr": ("origine_ethnique", "orientation_sexuelle", "religion", "handicap", "genre"),
        "es": ("origen_etnico", "orientacion_sexual", "religion", "discapacidad", "genero"),
    }[lang]
    if d.chance(0.75):
        v = (
            d.pick(pools.ETHNICITIES["uk" if lang == "en" and d.chance(0.5) else "eeo"])
            if lang == "en"
            else d.pick(
                {
                    "de": ("türkisch-kurdisch", "afrodeutsch", "Sinti", "deutsch-polnisch (Roma)"),
                    "fr": ("maghrébine", "afro-caribéenne", "asiatique (vietnamienne)"),
                    "es": ("gitana", "latinoamericana indígena (quechua)", "afrodescendiente"),
                }[lang]
            )
        )
        answers[keys[0]] = v
        d.mark("racial_ethnic_origin", "field:ethnicity")
    else:
        answers[keys[0]] = pns
    if d.chance(0.6):
        answers[keys[1]] = d.pick(pools.ORIENTATIONS[lang])
        d.mark("sex_life_orientation", "field:orientation")
    else:
        answers[keys[1]] = pns
    if d.chance(0.5):
        answers[keys[2]] = d.pick(pools.RELIGIONS[lang])
        d.mark("religious_belief", "field:religion")
    else:
        answers[keys[2]] = pns
    if d.chance(0.4):
        answers[keys[3]] = (
            d.pick(("Yes", "No", "Ja", "Non", "Sí"))
            if lang != "en"
            else d.pick(("Yes — hearing impairment", "No", "Yes (neurodivergent: ADHD)"))
        )
        d.mark("health", "field:disability")
    else:
        answers[keys[3]] = pns
    answers[keys[4]] = d.pick(("female", "male", "non-binary", "weiblich", "homme", "mujer"))
    if d.chance(0.2):
        answers["comments"] = d.text(
            d.pick(("racial_ethnic_origin", "religious_belief", "sex_life_orientation")), lang
        )
    return {
        "survey_id": "dei-2024-q3",
        "response_id": d.uuid(),
        "submitted": d.ts(),
        "anonymous": True,
        "answers": answers,
    }


def student_record(d: Doc) -> Any:
    first, last = d.person()
    g_first, g_last = d.person()
    rec: dict[str, Any] = {
        "student": {
            "id": f"S{d.rng.randint(100000, 999999)}",
            "given_name": first,
            "family_name": last,
            "dob": d.dob("iso", d.birth(2006, 2018)),
            "grade": d.rng.randint(1, 12),
        },
        "guardians": [
            {
                "name": f"{g_first} {g_last}",
                "phone": d.phone(),
                "email": d.email(g_first, g_last),
                "relationship": d.pick(("mother", "father", "grandparent", "guardian")),
            }
        ],
        "enrolments": [
            {"course": c, "term": "2024-F", "grade": d.pick(("A", "B+", "C", "A-"))}
            for c in d.rng.sample(
                ["Algebra II", "Biology", "World History", "Spanish 2", "Art", "Computer Science"],
                3,
            )
        ],
    }
    if d.chance(0.35):
        rec["support_plan"] = {
            "type": d.pick(("IEP", "504")),
            "primary_need": d.pick(
                (
                    "dyslexia",
                    "autism spectrum disorder",
                    "ADHD — combined presentation",
                    "hearing loss",
                )
            ),
            "accommodations": ["extended time", "preferential seating"],
        }
        d.mark("health", "sen_plan")
    if d.chance(0.25):
        rec["guardians"][0]["address"] = d.address()
    return d.style(rec)


def voter_record(d: Doc) -> Any:
    loc = d.pick(("us", "us", "gb"))
    first, last = d.person(loc)
    rec: dict[str, Any] = {
        "voter_id": f"{d.rng.randint(10**8, 10**9 - 1)}",
        "first_name": first,
        "last_name": last,
        "residence": d.address(loc, as_text=False),
        "precinct": f"{d.rng.randint(1, 99)}-{d.pick('ABCD')}",
        "registration_date": d.day(3000),
    }
    if loc == "us":
        rec["party_affiliation"] = d.pick((*pools.PARTIES["us"], "Unaffiliated"))
        rec["vote_history"] = [
            {"election": e, "method": d.pick(("in person", "mail"))}
            for e in d.rng.sample(["2020G", "2022P", "2022G", "2024P"], 2)
        ]
        d.mark("political_opinion", "field:party+vote_history")
    else:
        rec["franchise"] = d.pick(("G", "E", "K"))
        rec["open_register"] = d.chance(0.5)
        d.note("register:no_political")
    return d.style(rec)


def canvass_record(d: Doc) -> Any:
    lang = d.pick(("en", "en", "de", "fr", "es"))
    loc = {"en": d.pick(("us", "gb")), "de": "de", "fr": "fr", "es": "es"}[lang]
    first, last = d.person(loc)
    d.mark("political_opinion", "canvass")
    if lang == "en":
        rec = {
            "contact_id": d.uuid(),
            "voter": f"{first} {last}",
            "address": d.address(loc),
            "door_result": "spoke_to_voter",
            "support_level": d.rng.randint(1, 5),
            "support_scale": "1=strong us, 5=strong opponent",
            "issues": d.rng.sample(
                ["housing", "NHS waiting lists", "potholes", "schools", "bins"], 2
            ),
            "will_display_poster": d.chance(0.3),
            "canvasser": d.first(loc),
        }
        if d.chance(0.3):
            rec["notes"] = d.text("political_opinion", "en")
        return d.style(rec)
    if lang == "de":
        return {
            "haustuer_kontakt": {
                "name": f"{first} {last}",
                "anschrift": d.address("de", as_text=True),
                "wahlabsicht": d.pick(pools.PARTIES["de"]),
                "sicherheit": d.pick(("sicher", "unsicher")),
                "notiz": d.text("political_opinion", "de") if d.chance(0.4) else "",
            }
        }
    if lang == "fr":
        return {
            "porte_a_porte": {
                "habitant": f"{first} {last}",
                "adresse": d.address("fr", as_text=True),
                "intention_vote": d.pick(pools.PARTIES["fr"]),
                "sympathisant": True,
                "commentaire": d.text("political_opinion", "fr") if d.chance(0.4) else None,
            }
        }
    return {
        "puerta_a_puerta": {
            "vecino": f"{first} {last}",
            "direccion": d.address("es", as_text=True),
            "intencion_voto": d.pick(pools.PARTIES["es"]),
            "afiliado": d.chance(0.3),
            "observaciones": d.text("political_opinion", "es") if d.chance(0.4) else "",
        }
    }


def political_donation(d: Doc) -> Any:
    loc = d.pick(("us", "us", "gb", "de"))
    first, last = d.person(loc)
    d.mark("political_opinion", "donation")
    committee = {
        "us": f"Friends of the {d.pick(pools.PARTIES['us'])} Caucus PAC",
        "gb": f"{d.pick(pools.PARTIES['gb'])} (central party)",
        "de": f"{d.pick(pools.PARTIES['de'])} Landesverband",
    }[loc]
    return d.style(
        {
            "contribution_id": d.hex(12),
            "amount": d.pick((5, 10, 25, 50, 100, 250, 2900)),
            "recurring": d.chance(0.4),
            "recipient": committee,
            "donor": {
                "first_name": first,
                "last_name": last,
                "email": d.email(first, last),
                "address": d.address(loc, as_text=False),
                "employer": d.pick(pools.COMPANIES),
                "occupation": d.pick(("teacher", "engineer", "retired", "nurse")),
            },
            "processed_at": d.ts(),
            "payment": {"method": "card", "last4": f"{d.rng.randint(0, 9999):04d}"},
        }
    )


def religious_record(d: Doc) -> Any:
    shape = d.pick(("parish", "zakat", "kirchenaustritt", "synagogue", "tithe"))
    d.mark("religious_belief", f"religion:{shape}")
    first, last = d.person()
    if shape == "parish":
        return {
            "parish_register": {
                "parish": d.pick(("St Aidan's", "Sacred Heart", "Santa María la Mayor")),
                "member": f"{first} {last}",
                "baptism_date": d.day(9000),
                "confirmed": d.chance(0.6),
                "household": d.rng.randint(1, 6),
                "envelope_no": d.rng.randint(1, 800),
                "email": d.email(first, last) if d.chance(0.5) else None,
            }
        }
    if shape == "zakat":
        return d.style(
            {
                "donation_id": d.hex(10),
                "fund": "Zakat al-Mal",
                "amount": d.money(50, 2500),
                "currency": "GBP",
                "donor": {"name": f"{first} {last}", "email": d.email(first, last)},
                "gift_aid": False,
                "note": "Zakat calculated on savings, please distribute locally",
            }
        )
    if shape == "kirchenaustritt":
        return {
            "vorgang": "Kirchenaustritt",
            "amtsgericht": "Amtsgericht Köln",
            "person": {"vorname": first, "nachname": last, "geburtsdatum": d.dob("dmy_dot")},
            "bisherige_religion": d.pick(("römisch-katholisch", "evangelisch")),
            "wirksam_ab": d.day(),
            "gebuehr_eur": 30,
        }
    if shape == "synagogue":
        return {
            "membership": {
                "congregation": "Beth Shalom",
                "member": f"{first} {last}",
                "dues_tier": "family",
                "yahrzeit_reminders": True,
                "phone": d.phone("us"),
            }
        }
    return {
        "ofrenda": {
            "iglesia": "Comunidad Evangélica Betel",
            "miembro": f"{first} {last}",
            "concepto": "diezmo mensual",
            "importe": d.money(20, 300),
            "iban": d.iban("ES"),
        }
    }


def union_record(d: Doc) -> Any:
    lang = d.pick(("en", "en", "de", "fr", "es"))
    first, last = d.person()
    union = d.pick(pools.UNIONS[lang])
    d.mark("trade_union", "union_crm")
    if lang == "en":
        rec = {
            "member_no": f"{d.rng.randint(100000, 999999)}",
            "name": f"{first} {last}",
            "union": union,
            "branch": d.pick(("Leeds Health", "Local 705", "Bay Area 2")),
            "role": d.pick(("member", "workplace rep", "shop steward", "branch secretary")),
            "dues": {"rate": "1% of gross", "method": d.pick(("DOCAS", "direct debit"))},
            "employer": d.pick(pools.COMPANIES),
            "email": d.email(first, last),
            "joined": d.day(5000),
        }
        if d.chance(0.3):
            rec["ballot"] = {"question": "Are you prepared to take strike action?", "voted": True}
        return d.style(rec)
    if lang == "de":
        return {
            "mitglied": {
                "name": f"{first} {last}",
                "gewerkschaft": union,
                "beitrag_monatlich": d.money(8, 40),
                "bezirk": "Südbayern",
                "telefon": d.phone("de"),
            }
        }
    if lang == "fr":
        return {
            "adherent": {
                "nom": last,
                "prenom": first,
                "syndicat": union,
                "cotisation": d.money(8, 40),
                "section": "Lyon Part-Dieu",
                "portable": d.phone("fr"),
            }
        }
    return {
        "afiliado": {
            "nombre": f"{first} {last}",
            "sindicato": union,
            "cuota": d.money(8, 40),
            "sector": "Sanidad",
            "telefono": d.phone("es"),
        }
    }


def background_check(d: Doc) -> Any:
    lang = d.pick(("en", "en", "en", "de", "fr", "es"))
    first, last = d.person()
    if lang == "en":
        crim = d.chance(0.8)
        report: dict[str, Any] = {
            "report_id": d.hex(16),
            "candidate": {"name": f"{first} {last}", "dob": d.dob(), "email": d.email(first, last)},
            "package": "driver_pro" if crim else "employment_only",
            "screenings": [],
        }
        if crim:
            d.mark("criminal_record", "bgc")
            if d.chance(0.5):
                report["screenings"].append(
                    {
                        "type": "county_criminal_search",
                        "county": "Cook, IL",
                        "status": "clear",
                        "records": [],
                    }
                )
            else:
                report["screenings"].append(
                    {
                        "type": "national_criminal_search",
                        "status": "consider",
                        "records": [
                            {
                                "offense": d.pick(pools.OFFENCES),
                                "disposition": d.pick(
                                    ("convicted", "dismissed", "deferred adjudication")
                                ),
                                "file_date": d.day(4000),
                            }
                        ],
                    }
                )
        report["screenings"].append({"type": "employment_verification", "status": "complete"})
        if d.chance(0.3):
            report["screenings"].append(
                {"type": "motor_vehicle_report", "license_state": "IL", "violations": 0}
            )
        return d.style(report)
    d.mark("criminal_record", f"field:criminal/{lang}")
    if lang == "de":
        return {
            "bewerber": f"{first} {last}",
            "unterlage": "Erweitertes Führungszeugnis",
            "ergebnis": d.pick(
                ("ohne Eintragungen", "Eintragung vorhanden: Geldstrafe 30 Tagessätze (§ 242 StGB)")
            ),
            "eingegangen": d.day(),
        }
    if lang == "fr":
        return {
            "candidat": f"{first} {last}",
            "piece": "extrait de casier judiciaire (bulletin n°3)",
            "resultat": d.pick(("néant", "une condamnation inscrite")),
            "recu_le": d.day(),
        }
    return {
        "candidato": f"{first} {last}",
        "documento": "Certificado de Delitos de Naturaleza Sexual",
        "resultado": d.pick(("no constan antecedentes", "constan antecedentes")),
        "fecha": d.day(),
    }


def court_docket(d: Doc) -> Any:
    first, last = d.person("us")
    d.mark("criminal_record", "docket")
    return d.style(
        {
            "case_number": f"{d.rng.randint(2018, 2024)}-CR-{d.rng.randint(1000, 99999)}",
            "court": "Circuit Court of Cook County",
            "defendant": {"name": f"{last.upper()}, {first.upper()}", "dob": d.dob("mdy")},
            "charges": [
                {
                    "count": 1,
                    "statute": "720 ILCS 5/16-1",
                    "description": d.pick(pools.OFFENCES),
                    "class": d.pick(("A", "4", "3")),
                }
            ],
            "events": [
                {
                    "date": d.day(),
                    "event": d.pick(
                        (
                            "arraignment",
                            "plea: not guilty",
                            "sentenced: 12 months probation",
                            "bond set",
                        )
                    ),
                }
            ],
            "attorney": d.full_name("us"),
        }
    )


def tenant_screening(d: Doc) -> Any:
    first, last = d.person("us")
    rep: dict[str, Any] = {
        "applicant": {
            "name": f"{first} {last}",
            "email": d.email(first, last),
            "current_address": d.address("us"),
        },
        "credit": {"score": d.rng.randint(500, 820), "collections": d.rng.randint(0, 3)},
        "eviction_history": {"filings": d.rng.randint(0, 2), "judgments": 0},
        "income_verified": d.chance(0.7),
    }
    if d.chance(0.4):
        rep["criminal"] = {
            "result": d.pick(("no records found", "1 record: misdemeanor trespass (2016)"))
        }
        d.mark("criminal_record", "tenant:criminal")
    return d.style(rep)


def dating_profile(d: Doc) -> Any:
    lang = d.pick(("en", "en", "de", "fr", "es"))
    first = d.first()
    prof: dict[str, Any] = {
        "profile_id": d.hex(12),
        "display_name": first,
        "age": d.rng.randint(20, 60),
        "gender": d.pick(("woman", "man", "non-binary")),
        "pronouns": d.pick(("she/her", "he/him", "they/them")),
        "height_cm": d.rng.randint(150, 200),
        "photos": [f"https://cdn.example.app/p/{d.hex(20)}.jpg"],
        "prompts": [
            {
                "q": "Typical Sunday",
                "a": d.pick(
                    (
                        "Farmers market then a long run",
                        "Brunch y paseo por el Retiro",
                        "Flohmarkt am Mauerpark",
                    )
                ),
            }
        ],
    }
    if d.chance(0.55):
        prof["orientation"] = d.pick(pools.ORIENTATIONS[lang])
        d.mark("sex_life_orientation", "field:orientation")
    if d.chance(0.35):
        prof["religion"] = d.pick(pools.RELIGIONS[lang])
        d.mark("religious_belief", "field:religion")
    if d.chance(0.3):
        prof["politics"] = d.pick(
            ("liberal", "conservative", "moderate", "left-wing", "links", "de gauche")
        )
        d.mark("political_opinion", "field:politics")
    if d.chance(0.3):
        prof["ethnicity"] = d.pick(
            ("Black", "East Asian", "Middle Eastern", "Latinx", "South Asian", "Pacific Islander")
        )
        d.mark("racial_ethnic_origin", "field:ethnicity")
    if d.chance(0.3):
        prof["bio"] = d.text(d.pick(("sex_life_orientation", "religious_belief", "health")), lang)
    elif d.chance(0.3):
        prof["bio"] = d.trap(lang)
    if d.chance(0.4):
        lat, lon = d.coords()
        prof["last_location"] = {"lat": lat, "lon": lon}
    else:
        prof["city"] = d.city()[0]
    if d.chance(0.3):
        prof["verified"] = {"method": "selfie video", "at": d.ts()}
    return d.style(prof)


def gov_benefit(d: Doc) -> Any:
    loc = d.pick(("gb", "de", "fr", "es", "us"))
    first, last = d.person(loc)
    born = d.birth(1940, 2004)
    scheme, nid = d.national_id(loc, born)
    app: dict[str, Any] = {
        "reference": f"BEN-{d.hex(8).upper()}",
        "claimant": {
            "name": f"{first} {last}",
            "dob": d.dob("iso", born),
            scheme: nid,
            "address": d.address(loc),
        },
        "household": [{"name": d.full_name(loc), "relation": "partner"}] if d.chance(0.5) else [],
        "benefit": d.pick(
            ("housing support", "disability living allowance", "child benefit", "unemployment")
        ),
    }
    if app["benefit"] == "disability living allowance" or d.chance(0.2):
        app["medical_evidence"] = d.text("health", {"gb": "en", "us": "en"}.get(loc, loc))
    return d.style(app)


def visa_application(d: Doc) -> Any:
    loc = d.pick(("gb", "de", "fr", "es", "us"))
    country = {"us": "US", "gb": "GB", "de": "DE", "fr": "FR", "es": "ES"}[loc]
    first, last = d.person(loc)
    born = d.birth(1950, 2005)
    app: dict[str, Any] = {
        "application_ref": f"GWF{d.rng.randint(100000000, 999999999)}",
        "visa_type": d.pick(("Skilled Worker", "Visitor", "Student")),
        "applicant": {
            "given_names": first,
            "family_name": last,
            "date_of_birth": d.dob("iso", born),
            "nationality": country,
        },
        "travel_document": {
            "type": "passport",
            "number": d.passport(country),
            "issued": d.day(3000),
            "expires": "2033-04-30",
        },
        "contact": {"email": d.email(first, last)},
    }
    if d.chance(0.6):
        app["character"] = {
            "convictions": d.pick(("none", "1 - driving offence (2017), spent")),
            "question": "Have you ever been convicted of a criminal offence in any country?",
        }
        d.mark("criminal_record", "visa:character")
    if d.chance(0.3):
        lang = {"us": "en", "gb": "en"}.get(loc, loc)
        app["additional_information"] = d.text("health", lang) if d.chance(0.5) else d.neutral(lang)
    return d.style(app)
