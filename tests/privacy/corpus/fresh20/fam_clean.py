"""Clean families (hard negatives): templates, catalogs, aggregates, schemas, configs.

Nothing here is about an identifiable person and no value forms a kind. Words that look
like a kind (health, union, religion, fingerprint, genetic, passport...) are deliberate.
"""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import family

L4 = ("en", "de", "fr", "es")


def _t(c: Ctx, d: dict[str, str]) -> str:
    return d[c.lang]


@family(4, clean=True)
def zendesk_macro_catalog(c: Ctx) -> Any:
    c.tag("neg:placeholders")
    macros = {
        "en": [
            (
                "Refund confirmation",
                (
                    "Hi {{ticket.requester.first_name}},\n\nWe've issued a refund "
                    "of {{ticket.ticket_field_option_title_360001}}. It can "
                    "take 5-10 working days.\n\nBest,\n{{current_user.first_name}}"
                ),
            ),
            (
                "Sick note request (HR)",
                (
                    "Hi {{ticket.requester.first_name}}, please upload your "
                    "fit note via the portal. Do not email medical details."
                ),
            ),
            (
                "Health insurance plan question",
                (
                    "Thanks for asking about the health-insurance plan. Our "
                    "benefits team will reply within 2 days."
                ),
            ),
            ("Union query - route to ER", "Routing to Employee Relations. Tag: union-query."),
        ],
        "de": [
            (
                "Erstattung bestätigt",
                (
                    "Hallo {{ticket.requester.first_name}},\n\ndie Erstattung "
                    "ist veranlasst.\n\nViele Grüße\n{{current_user.first_name}}"
                ),
            ),
            (
                "AU-Bescheinigung anfordern",
                "Bitte lade deine AU im Portal hoch. Bitte keine Diagnosen per Mail schicken.",
            ),
            (
                "Kirchensteuer-Frage",
                "Fragen zur Kirchensteuer beantwortet die Entgeltabrechnung. Tag: kirchensteuer.",
            ),
        ],
        "fr": [
            (
                "Remboursement confirmé",
                (
                    "Bonjour {{ticket.requester.first_name}},\n\nLe remboursement "
                    "a été effectué.\n\nCordialement,\n{{current_user.first_name}}"
                ),
            ),
            (
                "Demande d'arrêt de travail",
                (
                    "Merci de déposer votre arrêt dans le portail. N'envoyez "
                    "pas d'informations médicales par e-mail."
                ),
            ),
            ("Question mutuelle santé", "Le service avantages sociaux vous répond sous 48 h."),
        ],
        "es": [
            (
                "Reembolso confirmado",
                (
                    "Hola {{ticket.requester.first_name}},\n\nYa hemos hecho "
                    "el reembolso.\n\nUn saludo,\n{{current_user.first_name}}"
                ),
            ),
            (
                "Solicitud de parte de baja",
                "Sube el parte de baja al portal. No envíes diagnósticos por correo.",
            ),
            ("Consulta seguro médico", "El equipo de beneficios te responderá en 48 h."),
        ],
    }[c.lang]
    out = []
    for title, body in c.sample(macros, min(3, len(macros))):
        out.append(
            {
                "id": c.rint(10000, 99999),
                "title": title,
                "active": True,
                "actions": [
                    {"field": "comment_value_html", "value": body},
                    {"field": "status", "value": "pending"},
                ],
                "restriction": None,
                "usage_7d": c.rint(0, 400),
            }
        )
    return {"macros": out, "count": len(out), "next_page": None}


@family(4, clean=True)
def canned_response_library(c: Ctx) -> Any:
    c.tag("neg:placeholders")
    items = {
        "en": [
            (
                "Hi {{contact.first_name}}, thanks for your patience while "
                "we look into order {{order.id}}."
            ),
            "To protect your account we never ask for your full card number or password.",
            (
                "If you need a reasonable adjustment (large print, BSL interpreter), "
                "reply with ADJUST."
            ),
        ],
        "de": [
            "Hallo {{contact.first_name}}, danke für Ihre Geduld zu Bestellung {{order.id}}.",
            "Wir fragen nie nach Ihrer vollständigen Kartennummer oder Ihrem Passwort.",
        ],
        "fr": [
            (
                "Bonjour {{contact.first_name}}, merci de votre patience "
                "pour la commande {{order.id}}."
            ),
            "Nous ne vous demanderons jamais votre numéro de carte complet ni votre mot de passe.",
        ],
        "es": [
            "Hola {{contact.first_name}}, gracias por tu paciencia con el pedido {{order.id}}.",
            "Nunca te pediremos el número completo de la tarjeta ni la contraseña.",
        ],
    }[c.lang]
    return {
        "responses": [
            {
                "id": c.alnum(8),
                "folder": c.pick(["Billing", "Orders", "Security"]),
                "content": t,
                "updated_at": c.ts(-c.rint(100, 9000)),
            }
            for t in items
        ]
    }


@family(4, clean=True)
def chatbot_intent_catalog(c: Ctx) -> Any:
    intents = {
        "en": [
            ("cancel_subscription", ["I want to cancel", "how do I stop my plan"]),
            ("where_is_order", ["where is my parcel", "tracking not updating"]),
            ("sick_leave_policy", ["how many sick days do I get", "what is the sick pay policy"]),
            ("union_contact", ["how do I contact the union rep"]),
        ],
        "de": [
            ("vertrag_kuendigen", ["ich will kündigen", "Vertrag beenden"]),
            ("krankmeldung_info", ["wie melde ich mich krank"]),
            ("kirchensteuer_info", ["was ist Kirchensteuer"]),
        ],
        "fr": [
            ("resilier", ["je veux résilier", "arrêter mon abonnement"]),
            ("arret_maladie_info", ["comment déclarer un arrêt maladie"]),
        ],
        "es": [
            ("baja_servicio", ["quiero darme de baja"]),
            ("baja_medica_info", ["cómo comunico una baja médica"]),
        ],
    }[c.lang]
    c.tag("neg:text-embedding")
    return {
        "bot": "care-assistant",
        "locale": c.lang,
        "model_version": c.version4(),
        "intents": [
            {"name": n, "training_phrases": p, "centroid": c.text_embedding(12)} for n, p in intents
        ],
    }


@family(4, clean=True)
def support_tag_taxonomy(c: Ctx) -> Any:
    c.tag("neg:taxonomy")
    base = [
        "billing",
        "refund",
        "delivery",
        "health-insurance-plan",
        "union-query",
        "religious-holiday-request",
        "accessibility",
        "fraud-suspected",
        "passport-renewal-travel",
        "criminal-record-check-faq",
        "biometric-clock-issue",
        "dei-survey",
        "political-donations-policy",
        "genetic-testing-benefit",
    ]
    return sorted(c.sample(base, c.rint(8, len(base))))


@family(4, clean=True)
def sla_policy_config(c: Ctx) -> Any:
    return {
        "sla_policies": [
            {
                "title": _t(
                    c,
                    {
                        "en": "VIP customers",
                        "de": "Premiumkunden",
                        "fr": "Clients premium",
                        "es": "Clientes VIP",
                    },
                ),
                "filter": {"all": [{"field": "tags", "operator": "includes", "value": "vip"}]},
                "policy_metrics": [
                    {
                        "priority": p,
                        "metric": "first_reply_time",
                        "target": t,
                        "business_hours": True,
                    }
                    for p, t in (("urgent", 30), ("high", 60), ("normal", 240))
                ],
            },
            {
                "title": "HR cases - sensitive",
                "filter": {
                    "any": [
                        {"field": "tags", "operator": "includes", "value": v}
                        for v in ("health", "grievance", "union")
                    ]
                },
                "policy_metrics": [
                    {"priority": "normal", "metric": "next_reply_time", "target": 480}
                ],
            },
        ],
        "updated_at": c.ts(0),
    }


@family(4, clean=True)
def queue_metrics_snapshot(c: Ctx) -> Any:
    queues = {
        "en": ["billing", "tech", "hr-helpdesk", "complaints"],
        "de": ["Abrechnung", "Technik", "HR-Service"],
        "fr": ["facturation", "technique", "RH"],
        "es": ["facturación", "técnico", "RR. HH."],
    }[c.lang]
    return {
        "interval": {"start": c.ts(-15), "end": c.ts(0)},
        "queues": [
            {
                "queue": q,
                "offered": c.rint(10, 400),
                "answered": c.rint(5, 380),
                "abandoned_pct": round(c.rng.uniform(0, 12), 1),
                "asa_sec": c.rint(5, 600),
                "service_level_pct": round(c.rng.uniform(60, 99), 1),
                "agents_available": c.rint(0, 40),
            }
            for q in queues
        ],
    }


@family(4, clean=True)
def csat_aggregate_report(c: Ctx) -> Any:
    return {
        "period": c.now.strftime("%Y-%m"),
        "by_channel": {
            ch: {"responses": c.rint(50, 3000), "csat": round(c.rng.uniform(3.2, 4.8), 2)}
            for ch in ("chat", "phone", "email", "social")
        },
        "top_themes": c.sample(
            ["wait time", "refund speed", "agent empathy", "app login", "billing clarity"], 3
        ),
        "verbatim_count": c.rint(100, 900),
        "note": _t(
            c,
            {
                "en": "Verbatims are stored separately with access controls.",
                "de": "Freitexte werden getrennt gespeichert.",
                "fr": "Les verbatims sont stockés séparément.",
                "es": "Los comentarios se guardan aparte.",
            },
        ),
    }


@family(4, clean=True)
def ivr_flow_definition(c: Ctx) -> Any:
    prompts = {
        "en": [
            "For billing, press 1.",
            "To report a fault, press 2.",
            "For HR and payroll, press 3.",
            "To hear these options again, press star.",
        ],
        "de": [
            "Für Rechnungen drücken Sie die 1.",
            "Für Störungen die 2.",
            "Für Personal und Lohn die 3.",
        ],
        "fr": [
            "Pour la facturation, tapez 1.",
            "Pour signaler une panne, tapez 2.",
            "Pour la paie, tapez 3.",
        ],
        "es": ["Para facturación, pulse 1.", "Para averías, pulse 2.", "Para nóminas, pulse 3."],
    }[c.lang]
    return {
        "flow": f"main_menu_{c.lang}",
        "version": c.version4(),
        "nodes": [
            {
                "id": f"n{j}",
                "type": "menu" if j == 0 else "prompt",
                "tts": p,
                "next": {str(j + 1): f"q_{j}"},
            }
            for j, p in enumerate(prompts)
        ],
        "pci": {"card_capture_node": "pay_secure", "mask_dtmf": True},
    }


@family(4, clean=True)
def job_posting_feed(c: Ctx) -> Any:
    eeo = {
        "en": (
            "We are an equal opportunity employer and consider all applicants "
            "regardless of race, religion, sex, sexual orientation, "
            "gender identity, disability, union membership or veteran "
            "status."
        ),
        "de": (
            "Wir begrüßen Bewerbungen unabhängig von Herkunft, Religion, "
            "Geschlecht, sexueller Identität, Behinderung oder Gewerkschaftszugehörigkeit."
        ),
        "fr": (
            "Nous étudions toutes les candidatures sans distinction "
            "d'origine, de religion, d'orientation sexuelle, de handicap "
            "ou d'appartenance syndicale."
        ),
        "es": (
            "Valoramos todas las candidaturas sin distinción de origen, "
            "religión, orientación sexual, discapacidad o afiliación "
            "sindical."
        ),
    }[c.lang]
    req = {
        "en": (
            "Offer is subject to a basic criminal record check and right-to-work "
            "verification (passport or share code)."
        ),
        "de": "Für die Stelle ist ein erweitertes Führungszeugnis erforderlich.",
        "fr": "Un extrait de casier judiciaire (bulletin n°3) sera demandé.",
        "es": "Se requiere certificado negativo del Registro Central de Delincuentes Sexuales.",
    }[c.lang]
    from . import pools

    pc, city, _region = c.city()
    c.tag("neg:eeo-statement")
    return {
        "job": {
            "id": f"JR-{c.rint(1000, 9999)}",
            "title": c.pick(pools.JOB_TITLES[c.lang]),
            "location": {"city": city, "postal_code": pc},
            "employment_type": c.pick(["FULL_TIME", "PART_TIME"]),
            "salary": {"min": c.rint(24, 40) * 1000, "max": c.rint(41, 70) * 1000},
            "description": c.pick(
                [
                    "Join our night-shift team.",
                    "Rejoignez une équipe bienveillante.",
                    "Únete a nuestro equipo.",
                    "Verstärke unser Team.",
                ]
            ),
            "requirements": req,
            "eeo_statement": eeo,
            "benefits": ["health plan", "pension", "employee assistance programme"],
            "apply_url": f"https://careers.example-hr.net/jobs/{c.alnum(10)}",
            "posted": c.ts(0, "date"),
        }
    }


@family(4, clean=True)
def team_committee_catalog(c: Ctx) -> Any:
    groups = {
        "en": [
            "Health & Safety Committee",
            "Works Forum",
            "Pride Network (ERG)",
            "Faith & Belief Network",
            "Disability Inclusion Group",
            "Union Liaison Group",
        ],
        "de": [
            "Arbeitsschutzausschuss",
            "Betriebsrat",
            "Schwerbehindertenvertretung",
            "Queer-Netzwerk",
            "Interreligiöser Kreis",
        ],
        "fr": ["CSSCT", "CSE", "Réseau LGBT+", "Mission handicap", "Commission égalité"],
        "es": [
            "Comité de Seguridad y Salud",
            "Comité de empresa",
            "Red LGTBI+",
            "Comisión de igualdad",
        ],
    }[c.lang]
    c.tag("neg:committees-no-persons")
    return {
        "org_units": [
            {
                "id": f"G{c.rint(100, 999)}",
                "name": g,
                "type": "committee",
                "members_count": c.rint(3, 40),
                "mailing_list": "{{group_alias}}",
            }
            for g in groups
        ]
    }


@family(4, clean=True)
def headcount_dashboard(c: Ctx) -> Any:
    from . import pools

    return {
        "as_of": c.ts(0, "date"),
        "headcount": c.rint(300, 5000),
        "by_department": {d: c.rint(10, 600) for d in pools.DEPARTMENTS[c.lang]},
        "attrition_12m_pct": round(c.rng.uniform(5, 25), 1),
        "open_reqs": c.rint(5, 120),
        "by_contract": {"permanent": c.rint(200, 4000), "fixed_term": c.rint(10, 400)},
    }


@family(4, "en es", clean=True)
def dei_dashboard_aggregate(c: Ctx) -> Any:
    c.tag("neg:aggregate-no-individual")
    cats = [
        "Hispanic or Latino",
        "Black or African American",
        "Asian",
        "White",
        "Two or More Races",
        "Prefer not to say",
    ]
    so = ["Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"]
    return {
        "report": "Workforce representation",
        "min_cell_size": 10,
        "as_of": c.ts(0, "date"),
        "ethnicity_pct": {k: round(c.rng.uniform(2, 40), 1) for k in cats},
        "sexual_orientation_pct": {k: round(c.rng.uniform(1, 80), 1) for k in so},
        "disability_disclosed_pct": round(c.rng.uniform(3, 12), 1),
        "response_rate_pct": round(c.rng.uniform(40, 85), 1),
    }


@family(4, clean=True)
def absence_statistics(c: Ctx) -> Any:
    from . import pools

    c.tag("neg:aggregate-no-individual")
    return {
        "period": c.now.strftime("%Y-Q") + str((c.now.month - 1) // 3 + 1),
        "unit": _t(c, {"en": "days", "de": "Tage", "fr": "jours", "es": "días"}),
        "sick_leave_rate_pct": {
            d: round(c.rng.uniform(1.5, 9), 2) for d in pools.DEPARTMENTS[c.lang]
        },
        "long_term_cases": c.rint(0, 20),
        "top_reasons_share": {
            "musculoskeletal": 0.31,
            "mental health": 0.24,
            "respiratory": 0.18,
            "other": 0.27,
        },
    }


@family(4, clean=True)
def survey_question_definitions(c: Ctx) -> Any:
    qs = {
        "en": [
            (
                "ethnicity",
                "What is your ethnic group?",
                ["Asian", "Black", "Mixed", "White", "Other", "Prefer not to say"],
            ),
            (
                "sexual_orientation",
                "Which best describes your sexual orientation?",
                [
                    "Bisexual",
                    "Gay man",
                    "Gay woman/lesbian",
                    "Heterosexual",
                    "Other",
                    "Prefer not to say",
                ],
            ),
            (
                "religion",
                "What is your religion or belief?",
                [
                    "No religion",
                    "Christian",
                    "Muslim",
                    "Hindu",
                    "Sikh",
                    "Jewish",
                    "Buddhist",
                    "Prefer not to say",
                ],
            ),
            (
                "disability",
                "Do you consider yourself to have a disability?",
                ["Yes", "No", "Prefer not to say"],
            ),
        ],
        "de": [
            (
                "konfession",
                "Welcher Religionsgemeinschaft gehören Sie an?",
                ["evangelisch", "katholisch", "muslimisch", "keine", "Keine Angabe"],
            ),
            ("behinderung", "Haben Sie eine Schwerbehinderung?", ["ja", "nein", "Keine Angabe"]),
        ],
        "fr": [
            (
                "handicap",
                "Bénéficiez-vous d'une RQTH ?",
                ["Oui", "Non", "Je préfère ne pas répondre"],
            ),
            (
                "syndicat",
                "Souhaitez-vous être contacté par un représentant syndical ?",
                ["Oui", "Non"],
            ),
        ],
        "es": [
            (
                "discapacidad",
                "¿Tiene reconocida una discapacidad?",
                ["Sí", "No", "Prefiero no contestar"],
            ),
            (
                "orientacion",
                "¿Cuál es su orientación sexual?",
                ["Heterosexual", "Homosexual", "Bisexual", "Prefiero no contestar"],
            ),
        ],
    }[c.lang]
    c.tag("neg:question-definitions")
    return {
        "survey": {
            "id": f"svy_{c.alnum(6)}",
            "title": "Self-ID",
            "questions": [
                {"key": k, "text": t, "type": "single_choice", "options": o, "required": False}
                for k, t, o in qs
            ],
        }
    }


@family(4, "en", clean=True)
def eeo_json_schema(c: Ctx) -> Any:
    c.tag("neg:schema-names-categories")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://schemas.example-hr.net/eeo-self-id.json",
        "title": "EEO self identification",
        "type": "object",
        "properties": {
            "race": {
                "type": "string",
                "enum": [
                    "Hispanic or Latino",
                    "White",
                    "Black or African American",
                    "Native Hawaiian or Other Pacific Islander",
                    "Asian",
                    "American Indian or Alaska Native",
                    "Two or More Races",
                    "Decline To Self Identify",
                ],
            },
            "disability_status": {
                "type": "string",
                "enum": ["Yes", "No", "I do not want to answer"],
            },
            "union_member": {
                "type": "boolean",
                "description": "Captured only where a check-off agreement exists",
            },
            "date_of_birth": {"type": "string", "format": "date"},
            "veteran_status": {"type": "string"},
        },
        "additionalProperties": False,
        "x-version": c.version4(),
    }


@family(5, clean=True)
def holiday_calendar(c: Ctx) -> Any:
    cal = {
        "en": [
            ("01-01", "New Year's Day"),
            ("03-29", "Good Friday"),
            ("04-01", "Easter Monday"),
            ("12-25", "Christmas Day"),
            ("12-26", "Boxing Day"),
            ("04-10", "Eid al-Fitr (floating, optional)"),
            ("10-31", "Diwali (floating, optional)"),
        ],
        "de": [
            ("01-06", "Heilige Drei Könige"),
            ("03-29", "Karfreitag"),
            ("05-30", "Fronleichnam"),
            ("10-31", "Reformationstag"),
            ("11-01", "Allerheiligen"),
            ("11-20", "Buß- und Bettag"),
        ],
        "fr": [
            ("04-01", "Lundi de Pâques"),
            ("05-09", "Ascension"),
            ("05-20", "Lundi de Pentecôte"),
            ("08-15", "Assomption"),
            ("11-01", "Toussaint"),
        ],
        "es": [
            ("01-06", "Epifanía del Señor"),
            ("03-28", "Jueves Santo"),
            ("03-29", "Viernes Santo"),
            ("08-15", "Asunción de la Virgen"),
            ("12-08", "Inmaculada Concepción"),
        ],
    }[c.lang]
    c.tag("neg:religious-holidays-no-person")
    year = c.pick([2024, 2025])
    return {
        "country": {"en": "GB", "de": "DE-BY", "fr": "FR", "es": "ES-MD"}[c.lang],
        "year": year,
        "holidays": [
            {
                "date": f"{year}-{d}",
                "name": n,
                "type": "public" if "optional" not in n else "floating",
            }
            for d, n in cal
        ],
    }


@family(4, "de", clean=True)
def betriebsvereinbarung_text(c: Ctx) -> Any:
    c.tag("neg:agreement-text-no-person")
    return (
        "Betriebsvereinbarung über die Nutzung biometrischer Zeiterfassung\n\n§ "
        "1 Geltungsbereich: Diese Vereinbarung gilt für alle "
        "Beschäftigten des Standorts mit Ausnahme der leitenden "
        "Angestellten.\n§ 2 Freiwilligkeit: Die Nutzung des Fingerabdruckverfahrens "
        "ist freiwillig; "
        "als Alternative steht ein Transponder zur Verfügung.\n§ "
        "3 Speicherung: Es werden keine Fingerabdruckbilder gespeichert. "
        "Templates verbleiben "
        "ausschließlich auf dem Terminal.\n§ 4 Gewerkschaftliche "
        "Rechte: Die Rechte der im Betrieb vertretenen Gewerkschaften "
        "bleiben unberührt.\n"
        f"§ 5 Inkrafttreten: {c.ts(0, 'local')}."
    )


@family(4, "fr es", clean=True)
def collective_agreement_clause(c: Ctx) -> Any:
    c.tag("neg:agreement-text-no-person")
    if c.lang == "fr":
        return {
            "accord": "Accord d'entreprise relatif au droit syndical",
            "article": c.rint(3, 19),
            "texte": (
                "Chaque organisation syndicale représentative dispose d'un "
                "crédit de 20 heures par mois. Les absences pour maladie "
                "n'interrompent pas le mandat."
            ),
            "signataires": ["CFDT", "CGT", "FO"],
            "date": c.ts(0, "date"),
        }
    return {
        "convenio": "Convenio colectivo de hostelería",
        "artículo": c.rint(3, 40),
        "texto": (
            "Las personas trabajadoras podrán disponer de permiso retribuido "
            "por asuntos propios, incluidas festividades religiosas "
            "de su confesión, previa comunicación."
        ),
        "firmantes": ["CCOO", "UGT"],
        "fecha": c.ts(0, "date"),
    }


@family(4, clean=True)
def benefits_plan_catalog(c: Ctx) -> Any:
    c.tag("neg:health-plan-catalog")
    plans = {
        "en": [
            ("PPO 500", "medical"),
            ("HDHP + HSA", "medical"),
            ("Dental Basic", "dental"),
            ("Vision Plus", "vision"),
            ("EAP - 6 sessions", "wellbeing"),
        ],
        "de": [
            ("bKV Zahn Komfort", "Zahn"),
            ("bKV Stationär", "Krankenhaus"),
            ("JobRad", "Mobilität"),
        ],
        "fr": [
            ("Mutuelle Confort", "santé"),
            ("Prévoyance Essentielle", "prévoyance"),
            ("Surcomplémentaire Optique", "santé"),
        ],
        "es": [
            ("Seguro médico Plus", "salud"),
            ("Dental", "salud"),
            ("Ticket restaurante", "comida"),
        ],
    }[c.lang]
    return {
        "plan_year": 2025,
        "plans": [
            {
                "name": n,
                "category": k,
                "employee_premium_monthly": round(c.rng.uniform(5, 190), 2),
                "employer_contribution_pct": c.pick([50, 70, 80, 100]),
            }
            for n, k in plans
        ],
    }


@family(4, clean=True)
def hr_policy_document(c: Ctx) -> Any:
    c.tag("neg:policy-text")
    pol = {
        "en": [
            (
                "Sickness absence policy",
                (
                    "Employees must notify their manager before 9am on the first "
                    "day of absence. A fit note is required after 7 calendar "
                    "days. Managers must not ask for a diagnosis."
                ),
            ),
            (
                "Political activity policy",
                (
                    "Employees may take part in political activities outside "
                    "working hours. Company resources must not be used for party "
                    "campaigns."
                ),
            ),
            (
                "Religious observance",
                (
                    "Reasonable requests for time off for religious festivals "
                    "will be accommodated where operationally possible. A multi-faith "
                    "room is available on level 2."
                ),
            ),
            (
                "Biometric data notice",
                (
                    "Fingerprint templates used by the time clocks are stored "
                    "on the device only and deleted within 30 days of leaving."
                ),
            ),
        ],
        "de": [
            (
                "Richtlinie Arbeitsunfähigkeit",
                (
                    "Die Arbeitsunfähigkeit ist unverzüglich anzuzeigen. Die "
                    "Diagnose ist dem Arbeitgeber nicht mitzuteilen."
                ),
            ),
            (
                "Hinweisgeberschutz",
                "Meldungen können anonym über das Hinweisgebersystem abgegeben werden.",
            ),
        ],
        "fr": [
            (
                "Politique d'absence maladie",
                (
                    "Tout arrêt doit être transmis sous 48 heures. Le motif "
                    "médical n'est pas communiqué à l'employeur."
                ),
            ),
            (
                "Charte de la laïcité",
                "Le port de signes religieux est encadré par le règlement intérieur.",
            ),
        ],
        "es": [
            (
                "Política de bajas",
                "La baja debe comunicarse en 3 días. La empresa no solicitará el diagnóstico.",
            ),
            ("Canal ético", "Las comunicaciones pueden ser anónimas conforme a la Ley 2/2023."),
        ],
    }[c.lang]
    title, text = c.pick(pol)
    return {
        "policy": {
            "title": title,
            "version": f"{c.rint(1, 5)}.{c.rint(0, 9)}",
            "owner": "People Policy Team",
            "body": text,
            "review_date": c.ts(c.rint(1000, 90000), "date"),
        }
    }


@family(4, clean=True)
def redacted_ticket_export(c: Ctx) -> Any:
    c.tag("neg:redacted")
    return {
        "export": "tickets_redacted",
        "rows": [
            {
                "ticket_id": c.rint(10000, 99999),
                "requester_name": "[REDACTED]",
                "requester_email": "***@***",
                "phone": "+** *** *** ****",
                "body": _t(
                    c,
                    {
                        "en": "[REDACTED] says the parcel never arrived. Card ending ****.",
                        "de": "[REDACTED] meldet, dass das Paket nicht ankam.",
                        "fr": "[REDACTED] indique que le colis n'est pas arrivé.",
                        "es": "[REDACTED] dice que el paquete no llegó.",
                    },
                ),
                "ip": "x.x.x.x",
                "created": c.ts(-c.rint(0, 900)),
            }
            for _ in range(c.rint(2, 4))
        ],
    }


@family(4, clean=True)
def analytics_event_hashes(c: Ctx) -> Any:
    c.tag("neg:hashed-identifiers")
    return {
        "events": [
            {
                "event": c.pick(["ticket_created", "chat_started", "survey_submitted"]),
                "user_hash": c.hexs(64),
                "email_sha256": c.hexs(64),
                "session": c.uuid(),
                "ts": c.ts(j),
            }
            for j in range(c.rint(2, 4))
        ],
        "salt_version": c.rint(1, 9),
    }


@family(4, clean=True)
def sql_query_log(c: Ctx) -> Any:
    c.tag("neg:sql-union")
    q = c.pick(
        [
            (
                "SELECT team, COUNT(*) FROM absences WHERE type = 'sick' "
                "GROUP BY team UNION ALL SELECT 'total', COUNT(*) FROM absences "
                "WHERE type = 'sick'"
            ),
            (
                "SELECT id, status FROM tickets_open UNION SELECT id, status "
                "FROM tickets_archived WHERE tag = 'health-insurance-plan'"
            ),
            "SELECT COUNT(*) AS union_members FROM employees WHERE union_member = true",
        ]
    )
    return {
        "db": "hr_reporting",
        "duration_ms": c.rint(3, 9000),
        "rows": c.rint(1, 400),
        "statement": q,
        "user": "svc_reporting",
        "at": c.ts(0),
    }


@family(4, clean=True)
def service_health_endpoint(c: Ctx) -> Any:
    c.tag("neg:service-health")
    return {
        "status": "UP",
        "components": {
            "db": {
                "status": "UP",
                "details": {"database": "PostgreSQL", "validationQuery": "isValid()"},
            },
            "diskSpace": {
                "status": "UP",
                "details": {
                    "total": c.rint(10, 99) * 100,
                    "free": c.rint(1, 9) * 100,
                    "threshold": 100,
                },
            },
            "hrisConnector": {"status": c.pick(["UP", "DEGRADED"])},
            "ping": {"status": "UP"},
        },
        "build": {"version": c.version4(), "commit": c.sha()},
    }


@family(4, clean=True)
def k8s_deployment_manifest(c: Ctx) -> Any:
    c.tag("neg:secret-references")
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "people-api", "namespace": "people-apps"},
        "spec": {
            "replicas": c.rint(2, 6),
            "template": {
                "spec": {
                    "containers": [
                        {
                            "name": "api",
                            "image": "registry.example-hr.net/people-api:"
                            + f"{c.rint(1, 9)}.{c.rint(0, 30)}.{c.rint(0, 9)}",
                            "env": [
                                {
                                    "name": "DB_PASSWORD",
                                    "valueFrom": {
                                        "secretKeyRef": {"name": "payroll-db", "key": "DB_PASSWORD"}
                                    },
                                },
                                {
                                    "name": "ZENDESK_TOKEN",
                                    "valueFrom": {
                                        "secretKeyRef": {"name": "zendesk", "key": "token"}
                                    },
                                },
                                {"name": "LOG_LEVEL", "value": "info"},
                            ],
                            "readinessProbe": {
                                "httpGet": {"path": "/actuator/health", "port": 8080}
                            },
                        }
                    ]
                }
            },
        },
    }


@family(4, clean=True)
def webhook_subscription_config(c: Ctx) -> Any:
    return {
        "webhooks": [
            {
                "id": c.uuid(),
                "url": "https://hooks.example-hr.net/" + c.alnum(10),
                "events": c.sample(
                    [
                        "ticket.created",
                        "employee.updated",
                        "report.completed",
                        "envelope-completed",
                        "time_off.approved",
                    ],
                    3,
                ),
                "secret": c.masked_secret(),
                "active": True,
                "created": c.ts(-9000),
            }
            for _ in range(c.rint(1, 3))
        ]
    }


@family(4, clean=True)
def feature_flags(c: Ctx) -> Any:
    return {
        "flags": {
            "biometric_clock_in": {
                "enabled": c.chance(0.5),
                "rollout_pct": c.pick([0, 10, 50, 100]),
            },
            "collect_religion_field": {"enabled": False, "note": "disabled after DPIA"},
            "genetic_testing_benefit": {"enabled": c.chance(0.3)},
            "show_union_contact_card": {"enabled": True},
            "passport_scan_ocr": {"enabled": c.chance(0.5)},
        },
        "env": c.pick(["prod", "staging"]),
        "revision": c.rint(100, 9999),
    }
