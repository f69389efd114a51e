"""Apps whose events carry special categories: health, DNA, faith, campaigns, unions, justice."""

from typing import Any

from .common import app, seg_envelope, slug
from .doc import Doc, Json

DISABILITY_ANSWERS = {
    "en": [
        "Yes, I have a disability (or previously had a disability)",
        "No, I do not have a disability",
    ],
    "de": ["Ja, ich habe eine Schwerbehinderung", "Nein, ich habe keine Behinderung"],
    "fr": ["Oui, je suis reconnu travailleur handicapé", "Non, je n'ai pas de handicap"],
    "es": ["Sí, tengo una discapacidad reconocida", "No, no tengo ninguna discapacidad"],
}
CHECK_DOCS = {
    "de": ("fuehrungszeugnis", "Führungszeugnis"),
    "fr": ("casier_judiciaire", "Extrait de casier judiciaire (bulletin n°3)"),
    "es": ("antecedentes_penales", "Certificado de antecedentes penales"),
    "en": ("dbs_check", "Basic DBS certificate"),
}
SUPERVISION = {
    "en": ["probation", "parole", "pre-trial release"],
    "de": ["Bewährungsaufsicht", "Führungsaufsicht"],
    "fr": ["sursis probatoire", "libération conditionnelle", "contrôle judiciaire"],
    "es": ["libertad condicional", "libertad vigilada"],
}
QUEER_HANDLES = ["rainbowfox", "quietstorm", "sapphic_sun", "lavender"]
HOUSEHOLD = ["1", "2", "3", "4", "5+"]
GREETING = {
    "en": "Hi! How can we help you today?",
    "de": "Hallo! Wobei können wir helfen?",
    "fr": "Bonjour ! Comment pouvons-nous vous aider ?",
    "es": "¡Hola! ¿En qué podemos ayudarte?",
}
FOLLOW_UP = {
    "en": "Thanks. A volunteer lawyer will review this within two working days.",
    "de": "Danke. Eine ehrenamtliche Anwältin sieht sich das in zwei Werktagen an.",
    "fr": "Merci. Un avocat bénévole examinera votre demande sous deux jours ouvrés.",
    "es": "Gracias. Un abogado voluntario lo revisará en dos días laborables.",
}


def telehealth_intake(d: Doc) -> Json:
    form: dict[str, Any] = {
        "patient": {"name": d.name(), "dob": d.dob(), "sex_at_birth": d.pick(["F", "M"])},
        "symptoms": sorted({d.symptom() for _ in range(d.rng.randint(1, 3))}),
        "current_medications": [d.medication()] if d.chance(0.6) else [],
        "allergies": [d.allergy()] if d.chance(0.5) else ["none known"],
        "description": d.say_special(("health", "genetic", "sex_life_orientation")),
        "consent_telemedicine": True,
    }
    if d.chance(0.4):
        form["patient"]["phone"] = d.phone()
    return {
        "form_id": f"intake-{d.hex(8)}",
        "submitted_at": d.ts(),
        "app": app(d, "health"),
        "answers": form,
    }


def fertility_carrier(d: Doc) -> Json:
    env = seg_envelope(d, "track", app(d, "period"))
    env["event"] = "Carrier Screening Result Viewed"
    props: dict[str, Any] = {
        "panel": d.pick(["expanded-283", "core-3", "couples-panel-40"]),
        "result": d.variant(),
        "partner_linked": d.chance(0.5),
        "lab": d.pick(["GenoBay Labs", "Helix Diagnostics"]),
    }
    if d.chance(0.3):
        props["partner_result"] = d.variant()
    if d.chance(0.3):
        props["current_treatment"] = d.medication()
    if d.chance(0.35):
        props["question"] = d.say_special(("genetic", "health"))
    env["properties"] = props
    return env


def dna_ancestry_upload(d: Doc) -> Json:
    calls = [d.snp() for _ in range(d.rng.randint(3, 6))]
    body: dict[str, Any] = {
        "upload_id": d.uuid(),
        "source_format": d.pick(["23andme_v5", "ancestry_v2", "myheritage"]),
        "build": "GRCh37",
        "sample_calls": calls,
        "call_rate": round(d.rng.uniform(0.985, 0.999), 4),
        "account": {"email": d.email()},
    }
    if d.chance(0.6):
        body["profile"] = {"self_reported_ethnicity": d.ethnicity()}
    if d.chance(0.4):
        body["support_message"] = d.say_special(("genetic", "racial_ethnic_origin"))
    if d.chance(0.3):
        body["haplogroups"] = d.kv(
            "genetic", "haplogroups", {"y": d.pick(["R1b-M269", "I2a-L621", "E1b-V13"])}
        )
    return body


def pgx_report_webhook(d: Doc) -> Json:
    results = [d.pgx() for _ in range(d.rng.randint(1, 3))]
    body: dict[str, Any] = {
        "event": "report.ready",
        "report_id": f"pgx_{d.hex(12)}",
        "patient": {"name": d.name(), "date_of_birth": d.dob()},
        "results": results,
    }
    if d.chance(0.7):
        body["current_medications"] = [d.medication()]
    if d.chance(0.3):
        body["patient"]["email"] = d.email()
    return body


def sexual_health_log(d: Doc) -> Json:
    env = seg_envelope(d, "track", app(d, "health"), ip=d.chance(0.5))
    env["event"] = "Logged Encounter"
    props: dict[str, Any] = {
        "partners_last_30_days": d.kv(
            "sex_life_orientation", "partners_last_30_days", d.rng.randint(1, 4)
        ),
        "protection_used": d.pick([True, False]),
        "reminder_opt_in": d.chance(0.5),
    }
    if d.chance(0.5):
        props["note"] = d.say("sex_life_orientation")
    env["properties"] = props
    return env


def lgbtq_community_profile(d: Doc) -> Json:
    body: dict[str, Any] = {
        "op": "profile.update",
        "user": f"@{d.pick(QUEER_HANDLES)}{d.rng.randint(1, 99)}",
        "fields": {
            "pronouns": d.pick(["she/they", "he/him", "they/them"]),
            "city": d.city(),
        },
        "client": {"app": app(d, "social"), "version": d.version()},
        "at": d.ts(),
    }
    if d.chance(0.6):
        body["fields"]["orientation"] = d.orientation()
    else:
        body["fields"]["bio"] = d.say("sex_life_orientation")
    if d.chance(0.4):
        body["fields"]["about_me"] = d.say_special(
            ("sex_life_orientation", "religious_belief", "racial_ethnic_origin")
        )
    if d.chance(0.3):
        body["fields"]["out_to_family"] = d.kv("sex_life_orientation", "out_to_family", False)
    return body


def zakat_donation(d: Doc) -> Json:
    kind = {"en": "Zakat al-Mal", "de": "Zakat al-Mal", "fr": "Zakat al-Mal", "es": "Zakat al-Mal"}
    body: dict[str, Any] = {
        "donation_id": f"don_{d.hex(10)}",
        "fund": d.kv(
            "religious_belief", "fund", d.pick([kind[d.lang], "Zakat al-Fitr", "Sadaqah"])
        ),
        "amount": round(d.rng.uniform(20, 900), 2),
        "currency": "GBP" if d.lang == "en" else "EUR",
        "donor": {"name": d.name(), "email": d.email()},
        "gift_aid": d.chance(0.4),
        "payment": {"method": "card", "card": d.card_decoy()},
    }
    if d.chance(0.3):
        body["donor"]["address"] = d.address().full
    if d.chance(0.3):
        body["message"] = d.say("religious_belief")
    return body


def church_giving_webhook(d: Doc) -> Json:
    fund = {"en": "Tithe", "de": "Kirchgeld", "fr": "Denier de l'Église", "es": "Diezmo"}[d.lang]
    body: dict[str, Any] = {
        "type": "gift.created",
        "data": {
            "gift_id": d.uuid(),
            "fund": d.kv("religious_belief", "fund", fund),
            "congregation": d.congregation(),
            "amount_cents": d.rng.randint(500, 50000),
            "recurring": d.chance(0.6),
            "donor_name": d.name(),
        },
        "created": d.ts(),
    }
    if d.chance(0.5):
        body["data"]["bank"] = {"iban": d.iban(), "mandate": f"MD-{d.hex(6)}"}
    if d.chance(0.35):
        body["data"]["memo"] = d.say("religious_belief")
    return body


def kirchensteuer_payroll(d: Doc) -> Json:
    first, last = d.name_parts()
    merkmal = d.pick(["rk", "ev", "ak", "lt", "ib"])
    return {
        "personalnummer": f"P{d.rng.randint(1000, 9999)}",
        "vorname": first,
        "nachname": last,
        "geburtsdatum": d.dob("local"),
        "steuer_id": d.national_id(),
        "steuerklasse": d.rng.randint(1, 5),
        "kirchensteuermerkmal": d.kv("religious_belief", "kirchensteuermerkmal", merkmal),
        "bankverbindung": {"iban": d.iban(), "bic": d.pick(["COBADEFFXXX", "DEUTDEDBXXX"])},
        "abrechnungsmonat": d.ts()[:7],
    }


def church_exit_booking(d: Doc) -> Json:
    a = d.address()
    confession = {"de": ["römisch-katholisch", "evangelisch", "altkatholisch"]}
    return {
        "termin": {
            "behoerde": d.pick(["Standesamt Mitte", "Amtsgericht Schöneberg", "Standesamt Nord"]),
            "anliegen": "Kirchenaustritt",
            "start": d.ts(),
        },
        "person": {
            "name": d.name(),
            "geburtsdatum": d.dob("local"),
            "anschrift": a.full,
            "konfession": d.kv("religious_belief", "konfession", d.pick(confession["de"])),
        },
        "kontakt": {"email": d.email()} if d.chance(0.6) else {"telefon": d.phone()},
        "quelle": "buergerservice-app",
    }


def campaign_donation_webhook(d: Doc) -> Json:
    party = d.party()
    a = d.address()
    md: dict[str, Any] = {
        "committee": f"{party} {d.pick(['Victory Fund', 'Campaign 2025', 'Regional Appeal'])}",
        "donor_name": d.name(),
        "donor_address": a.full,
        "employer": d.pick(["Northwind Logistics", "self-employed", "retired"]),
    }
    return {
        "id": f"evt_{d.alnum(24)}",
        "type": "charge.succeeded",
        "data": {
            "object": {
                "id": f"ch_{d.alnum(24)}",
                "amount": d.pick([1000, 2500, 5000, 10000]),
                "currency": "usd" if d.lang == "en" else "eur",
                "billing_details": {"email": d.email()},
                "payment_method_details": {
                    "card": {"brand": "visa", "last4": f"{d.rng.randint(1000, 9999)}"}
                },
                "payment_method": d.card_decoy(),
                "metadata": md,
            }
        },
        "created": d.epoch_s(),
    }


def party_membership_signup(d: Doc) -> Json:
    parts = d.name_parts()
    a = d.address()
    body: dict[str, Any] = {
        "form": "join",
        "party": d.party(),
        "member": {
            "first_name": parts[0],
            "last_name": parts[1],
            "date_of_birth": d.dob(),
            "street": a.line1,
            "postcode": a.postcode,
            "city": a.city,
            "email": d.email(parts),
            "mobile": d.phone(),
        },
        "fee_tier": d.pick(["reduced", "standard", "supporter"]),
        "submitted": d.ts(),
    }
    if d.lang != "en" and d.chance(0.6):
        body["sepa"] = {"iban": d.iban(), "mandate_accepted": True}
    return body


def voter_survey(d: Doc) -> Json:
    answers: list[dict[str, Any]] = [
        {"q": "vote_intention", "a": d.party() if d.chance(0.75) else d.prefer_not()},
        {"q": "likelihood_to_vote", "a": d.rng.randint(0, 10)},
    ]
    if d.chance(0.7):
        answers.append({"q": "why", "a": d.say_special(("political_opinion", "trade_union"))})
    return {
        "survey_id": f"poll-{d.hex(6)}",
        "respondent": f"r_{d.hex(10)}",
        "app": app(d, "campaign"),
        "answers": answers,
        "completed_at": d.ts(),
    }


def union_dues_payroll(d: Doc) -> Json:
    union = d.union()
    line: dict[str, Any] = {
        "employee": {"name": d.name(), "employee_no": f"E{d.rng.randint(1000, 9999)}"},
        "period": d.ts()[:7],
        "gross": round(d.rng.uniform(1800, 5200), 2),
        "deductions": [
            {"code": "TAX", "amount": round(d.rng.uniform(200, 900), 2)},
            {
                "code": "UNION",
                "description": f"{union} dues",
                "amount": round(d.rng.uniform(9, 40), 2),
            },
        ],
    }
    if d.lang == "en" and d.chance(0.5):
        routing, acct = d.us_bank()
        line["direct_deposit"] = {"routing_number": routing, "account_number": acct}
    else:
        line["direct_deposit"] = {"iban": d.iban()}
    return line


def hr_union_flag(d: Doc) -> Json:
    member = d.chance(0.55)
    parts = d.name_parts()
    emp: dict[str, Any] = {
        "id": f"emp_{d.hex(8)}",
        "firstName": parts[0],
        "lastName": parts[1],
        "workEmail": d.email(parts, domain=d.pick(["northwind.io", "acme-logistics.com"])),
        "department": d.pick(["Warehouse", "Nursing", "Customer Care", "Engineering"]),
        "union_member": d.kv("trade_union", "union_member", member),
    }
    if member:
        emp["union"] = d.union()
    if d.chance(0.3):
        emp["mobile"] = d.phone()
    return {"event": "employee.updated", "data": emp, "source": "hris-sync"}


def strike_ballot(d: Doc) -> Json:
    body: dict[str, Any] = {
        "ballot_id": f"b-{d.hex(8)}",
        "union": d.union(),
        "question": "industrial_action",
        "choice": d.kv("trade_union", "choice", d.pick(["yes", "no"])),
        "member": {"number": f"M{d.rng.randint(10000, 99999)}", "email": d.email()},
        "cast_at": d.ts(),
        "receipt": d.hex(16),
    }
    if d.chance(0.4):
        body["comment"] = d.say_special(("trade_union", "political_opinion"))
    return body


def gig_background_check(d: Doc) -> Json:
    parts = d.name_parts()
    body: dict[str, Any] = {
        "type": "report.completed",
        "data": {
            "candidate": {
                "first_name": parts[0],
                "last_name": parts[1],
                "dob": d.dob(),
                "email": d.email(parts),
            },
            "status": "complete",
            "screenings": {
                "criminal_search": d.criminal_result(),
                "motor_vehicle": d.pick(["clear", "minor violations"]),
            },
        },
    }
    if d.chance(0.35):
        body["data"]["candidate_statement"] = d.say("criminal_record")
    if d.chance(0.6):
        nid = d.national_id()
        key = {"ssn": "ssn", "nino": "ni_number"}.get(d.marks[-1].tag.split("/")[1], "national_id")
        body["data"]["candidate"][key] = nid
    return body


def probation_checkin(d: Doc) -> Json:
    lat, lon = d.geo()
    body: dict[str, Any] = {
        "checkin_id": d.uuid(),
        "client": {
            "name": d.name(),
            "case_no": f"{d.rng.randint(10, 99)}-CR-{d.rng.randint(1000, 9999)}",
        },
        "supervision": d.kv("criminal_record", "supervision", d.pick(SUPERVISION[d.lang])),
        "officer": d.name(),
        "location": {"lat": lat, "lon": lon, "accuracy_m": d.rng.randint(3, 40)},
        "selfie_liveness_passed": d.chance(0.9),
        "at": d.ts(),
    }
    if d.chance(0.4):
        body["client"]["phone"] = d.phone()
    return body


def volunteer_record_check(d: Doc) -> Json:
    key, label = CHECK_DOCS[d.lang]
    return {
        "volunteer": {"name": d.name(), "birth_date": d.dob("local"), "email": d.email()},
        "role": d.pick(["youth coach", "tutor", "driver"]),
        "document": {"type": key, "label": label, "result": d.criminal_result()},
        "uploaded": d.ts(),
    }


def legal_aid_chatbot(d: Doc) -> Json:
    turns = [
        {"from": "bot", "text": GREETING[d.lang]},
        {"from": "user", "text": d.say("criminal_record")},
        {"from": "bot", "text": FOLLOW_UP[d.lang]},
    ]
    if d.chance(0.5):
        kinds = ("criminal_record", "racial_ethnic_origin", "health")
        turns.append({"from": "user", "text": d.say_special(kinds)})
    if d.chance(0.5):
        turns.append({"from": "user", "text": d.say_ordinary(d.pick(["phone", "email"]))})
    return {"conversation_id": d.uuid(), "channel": "web_widget", "turns": turns}


def eeo_onboarding(d: Doc) -> Json:
    answers: dict[str, Any] = {
        "race_ethnicity": d.ethnicity() if d.chance(0.75) else d.prefer_not(),
        "veteran_status": d.pick(["not a protected veteran", "prefer not to answer"]),
    }
    if d.chance(0.7):
        answers["disability"] = d.kv("health", "disability", d.pick(DISABILITY_ANSWERS[d.lang]))
    return {
        "candidate_id": f"cand_{d.hex(10)}",
        "requisition": f"REQ-{d.rng.randint(1000, 9999)}",
        "self_identification": answers,
        "submitted": d.ts(),
    }


def census_survey(d: Doc) -> Json:
    answers: dict[str, Any] = {"household_size": d.pick(HOUSEHOLD)}
    answers["ethnic_group"] = d.ethnicity() if d.chance(0.6) else d.prefer_not()
    answers["religion"] = d.religion() if d.chance(0.6) else d.prefer_not()
    if d.chance(0.3):
        answers["comment"] = d.say(d.pick(["racial_ethnic_origin", "religious_belief"]))
    return {
        "survey": "community-panel-2025",
        "respondent": f"p{d.hex(8)}",
        "answers": answers,
        "device": d.pick(["ios", "android", "web"]),
        "completed": d.ts(),
    }


def recovery_meeting_checkin(d: Doc) -> Json:
    """A recovery app's meeting attendance, sometimes with a court-ordered flag."""
    body: dict[str, Any] = {
        "event": "meeting_attended",
        "user": f"u_{d.hex(10)}",
        "program": d.kv("health", "program", d.pick(["AA", "NA", "SMART Recovery"])),
        "meeting_id": d.uuid(),
        "at": d.ts(),
    }
    if d.chance(0.4):
        body["court_ordered"] = d.kv("criminal_record", "court_ordered", True)
        body["supervision"] = d.kv("criminal_record", "supervision", d.pick(SUPERVISION[d.lang]))
    if d.chance(0.5):
        body["share"] = d.say_special(("health", "criminal_record", "religious_belief"))
    body["app"] = app(d, "recovery")
    body["api"] = f"https://api.{slug(body['app'])}.app/v2/events"
    return body
