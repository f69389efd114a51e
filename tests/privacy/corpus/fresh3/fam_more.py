"""More special-category systems: clinical-trial enrolment, union grievance tracking,
sexual-health clinic bookings and prison visit bookings."""

from __future__ import annotations

from typing import Any

from .gen import Ctx
from .lexicon import COMPANIES, UNIONS

Doc = Any

TRIAL_RACE = ["White", "Black or African American", "Asian", "American Indian or Alaska Native",
              "Multiple", "Not reported"]
TRIAL_ETH = ["Hispanic or Latino", "Not Hispanic or Latino", "Unknown"]
HISTORY = ["hypertension", "type 2 diabetes", "hyperlipidaemia", "asthma", "prior MI",
           "depression", "osteoarthritis"]


def trial_enrolment(ctx: Ctx) -> Doc:
    """A trial CRF: pseudonymous subject, demographics with race/ethnicity, medical history."""
    ctx.add("health")
    race = ctx.pick(TRIAL_RACE)
    eth = ctx.pick(TRIAL_ETH)
    if race != "Not reported" or eth != "Unknown":
        ctx.add("racial_ethnic_origin")
        ctx.note("race/ethnicity")
    else:
        ctx.note("race not reported")
    return {"study": ctx.pick(["NVX-204", "CARDIO-HF-3", "ASTER-2"]),
            "site": ctx.r.randint(100, 180), "subject": f"{ctx.r.randint(100, 180)}-"
            f"{ctx.r.randint(1, 999):03d}",
            "demographics": {"age": ctx.r.randint(18, 84), "sex": ctx.pick(["F", "M"]),
                             ctx.kk(("race",), "RACE"): race,
                             ctx.kk(("ethnicity",), "ETHNIC"): eth},
            "medical_history": [{"term": t, "ongoing": ctx.chance(0.7)}
                                for t in ctx.r.sample(HISTORY, ctx.r.randint(1, 3))],
            "arm": ctx.pick(["A", "B", "placebo"]), "visit": ctx.pick(["screening", "baseline"])}


GRIEVANCE = {"en": ["unpaid overtime on night shift", "disciplinary for lateness",
                    "shift pattern change without consultation"],
             "de": ["Abmahnung wegen Verspätung", "Eingruppierung nach Tarifvertrag",
                    "Schichtplanänderung ohne Mitbestimmung"],
             "fr": ["heures supplémentaires non payées", "sanction disciplinaire contestée"],
             "es": ["horas extra no abonadas", "cambio de turno sin consulta"]}


def grievance_case(ctx: Ctx) -> Doc:
    """A union's case tracker: the member, the steward handling it, the issue."""
    ctx.add("trade_union")
    lang = ctx.lang
    company, _ = ctx.pick(COMPANIES[lang])
    first, last = ctx.name_parts(lang)
    ctx.note(f"union grievance/{lang}")
    return {"case": ctx.ref("GRV"), "union": ctx.pick(UNIONS[lang]),
            "member": {"name": f"{first} {last}", "member_no": ctx.ref("U"),
                       "contact": ctx.email(first, last, lang) if ctx.chance(0.6) else
                       ctx.phone(lang)},
            "employer": company, "steward": ctx.name(lang),
            "issue": ctx.pick(GRIEVANCE[lang]), "stage": ctx.pick(["informal", "stage 1",
                                                                   "tribunal"]),
            "opened": ctx.day()}


def sti_clinic(ctx: Ctx) -> Doc:
    """Sexual-health clinic booking: reason, risk questions, sometimes results."""
    ctx.add("health", "sex_life_orientation")
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    q = {"en": {"partners_last_3_months": ctx.r.randint(1, 6),
                "sex_with": ctx.pick(["men", "women", "men and women"]),
                "condom_use": ctx.pick(["always", "sometimes", "never"])},
         "de": {"partner_letzte_3_monate": ctx.r.randint(1, 6),
                "sexualkontakte_mit": ctx.pick(["Männern", "Frauen", "beiden"])},
         "fr": {"partenaires_3_derniers_mois": ctx.r.randint(1, 6),
                "rapports_avec": ctx.pick(["hommes", "femmes", "hommes et femmes"])},
         "es": {"parejas_ultimos_3_meses": ctx.r.randint(1, 6),
                "relaciones_con": ctx.pick(["hombres", "mujeres", "ambos"])}}[lang]
    ctx.note(f"sti clinic/{lang}")
    return {"booking": {"id": ctx.ref("SH"), "slot": ctx.ts(),
                        "clinic": {"en": "Sexual Health Leeds", "de": "Checkpoint Bremen",
                                   "fr": "CeGIDD Nantes", "es": "Centro Sandoval"}[lang],
                        "patient": {"first_name": first, "last_name": last,
                                    "mobile": ctx.phone(lang), "dob": ctx.dob()},
                        "reason": ctx.pick(["STI screen", "PrEP review", "PEP", "HIV test"]),
                        "risk_questionnaire": q,
                        "sms_results": ctx.chance(0.7)}}


PRISONS = ["HMP Fernhill", "JVA Leipzig", "Centre pénitentiaire de Nantes",
           "Centro Penitenciario Madrid VII"]


def prison_visit(ctx: Ctx) -> Doc:
    """A visit booking: the visitor and the prisoner they visit (custody reveals a record)."""
    ctx.add("criminal_record")
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    ctx.note(f"prison visit/{lang}")
    return {"visit": {"ref": ctx.ref("VIS"),
                      "establishment": PRISONS[("en", "de", "fr", "es").index(lang)],
                      "slot": ctx.ts(), "prisoner": {"name": ctx.name(lang),
                                                     "prison_number": ctx.upper(2) +
                                                     str(ctx.r.randint(1000, 9999)) +
                                                     ctx.upper(2)},
                      "visitor": {"name": f"{first} {last}", "dob": ctx.dob(),
                                  "email": ctx.email(first, last, lang),
                                  "relationship": ctx.pick(["partner", "parent", "friend",
                                                            "sibling"])}}}
