"""Leave, health, cases, surveys, elections and other people-process families."""

from __future__ import annotations

from typing import Any

from . import pools
from .common import employer
from .compose import cap, cyc, extra, field, framed, hn, neg, sp, sp3, typo
from .ctx import Ctx, Person
from .phrases import UNIONS
from .registry import family


def _say(c: Ctx, who: Person, kinds: list[str]) -> str:
    return " ".join(extra(c, who, kinds))


DECL = {
    "en": "Prefer not to say",
    "es": "Prefiero no contestar",
    "fr": "Je préfère ne pas répondre",
    "de": "Keine Angabe",
}


def _dept(c: Ctx) -> str:
    return c.pick(pools.DEPARTMENTS[c.lang])


@family(3, wrap={1: "bearer"})
def sick_leave_request(c: Ctx) -> Any:
    emp, mgr = c.person(), c.person()
    start = c.day(-c.rint(0, 3))
    typ = {
        "en": "Sick leave",
        "de": "Krankheit",
        "fr": "Arrêt maladie",
        "es": "Baja por enfermedad",
    }[c.lang]
    c.mark("health", typ, "field:sick-leave")
    comment_lead = {
        "en": "Sorry for the short notice.",
        "de": "Sorry für die kurzfristige Meldung.",
        "fr": "Désolé(e) pour le délai.",
        "es": "Perdón por avisar tan tarde.",
    }[c.lang]
    ks = cyc(c, [["health"], ["health"], ["health", "religious_belief"]])
    comment = " ".join([typo(c, comment_lead), *extra(c, emp, ks)])
    return {
        "type": "time_off_request.created",
        "company_id": c.rint(100, 999),
        "data": {
            "id": c.rint(100000, 999999),
            "employee": {
                "id": c.rint(1000, 9999),
                "name": emp.full,
                "email": emp.email(employer(c)[1]),
            },
            "time_off_type": typ,
            "start_date": str(start),
            "end_date": str(c.day(c.rint(2, 10))),
            "half_day_start": False,
            "comment": comment,
            "status": "pending",
            "approver": mgr.full,
            "certificate_uploaded": c.chance(0.5),
        },
    }


@family(3, "de")
def eau_abruf(c: Ctx) -> Any:
    emp = c.person("de")
    c.mark("health", "Arbeitsunfähigkeitsbescheinigung", "field:sick-leave")
    return {
        "eau_rueckmeldung": {
            "dokument": "Arbeitsunfähigkeitsbescheinigung",
            "versicherter": {"name": emp.full, "geburtsdatum": c.dob("iso")},
            "krankenkasse": c.pick(["AOK Bayern", "TK", "BARMER", "IKK classic"]),
            "au_beginn": str(c.day(-4)),
            "au_ende": str(c.day(6)),
            "feststellung": str(c.day(-4)),
            "art": c.pick(["Erstbescheinigung", "Folgebescheinigung"]),
            "arbeitsunfall": c.pick([False, False, True]),
            "stationaer": False,
            "abruf_id": c.uuid(),
            "personalnummer": str(c.rint(1000, 9999)),
        }
    }


@family(4)
def parental_leave_request(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["preg", "same"], ["same"], ["preg"], []])
    kid = c.day(c.rint(20, 120))
    notes = []
    if "preg" in ks:
        if emp.g == "f":
            notes.append(
                framed(
                    c,
                    c.mark(
                        "health",
                        {
                            "en": "I'm pregnant and due in the autumn",
                            "de": "ich bin schwanger, ET ist im Herbst",
                            "fr": "je suis enceinte, terme prévu à l'automne",
                            "es": "estoy embarazada, salgo de cuentas en otoño",
                        }[c.lang],
                        "text:health",
                    ),
                )
            )
        else:
            notes.append(
                framed(
                    c,
                    c.mark(
                        "health",
                        {
                            "en": "my partner is 30 weeks pregnant",
                            "de": "meine Partnerin ist in der 30. Woche schwanger",
                            "fr": "ma compagne est enceinte de 7 mois",
                            "es": "mi pareja está embarazada de 30 semanas",
                        }[c.lang],
                        "text:health/3p",
                    ),
                )
            )
    if "same" in ks:
        notes.append(framed(c, sp(c, "sex_life_orientation", emp)))
    if not notes:
        notes.append(
            {
                "en": "Adoption placement confirmed by the agency.",
                "de": "Adoption ist bestätigt.",
                "fr": "L'adoption est confirmée.",
                "es": "La adopción está confirmada.",
            }[c.lang]
        )
    return {
        "leave_request": {
            "employee": {"name": emp.full, "id": f"E{c.rint(10000, 99999)}"},
            "type": {
                "en": "Parental leave",
                "de": "Elternzeit",
                "fr": "Congé parental",
                "es": "Permiso por nacimiento",
            }[c.lang],
            "expected_date": str(kid),
            "weeks": c.pick([4, 12, 16, 26, 52]),
            "message": " ".join(notes),
            "submitted": c.ts(0),
        }
    }


@family(4)
def religious_holiday_leave(c: Ctx) -> Any:
    emp, mgr = c.person(), c.person()
    ks = cyc(c, [["rel"], ["rel_field"], ["~rel"], ["rel"], ["rel_field"]])
    req: dict[str, Any] = {
        "employee": emp.full,
        "manager": mgr.email(employer(c)[1]),
        "from": str(c.day(20)),
        "to": str(c.day(21)),
    }
    if ks == ["rel"]:
        req["type"] = {
            "en": "Annual leave",
            "de": "Urlaub",
            "fr": "Congé payé",
            "es": "Vacaciones",
        }[c.lang]
        req["comment"] = " ".join(
            [
                typo(
                    c,
                    {
                        "en": "Need this day off please.",
                        "de": "Bitte um den Tag frei.",
                        "fr": "Merci de valider.",
                        "es": "Necesito este día libre.",
                    }[c.lang],
                ),
                *extra(c, emp, ["religious_belief"]),
            ]
        )
    elif ks == ["rel_field"]:
        req["type"] = "religious_observance"
        req["observance"] = c.mark(
            "religious_belief",
            c.pick(["Eid al-Fitr", "Yom Kippur", "Diwali", "Vaisakhi", "Orthodox Easter"]),
            "field:religious_belief",
        )
    else:
        req["type"] = "floating_holiday"
        req["comment"] = cap(hn(c, "religious_belief", emp))
    return {"absence": req, "created": c.ts(0), "policy": "holiday_swap_v2"}


@family(4)
def occupational_health_referral(c: Ctx) -> Any:
    emp, mgr, doc = c.person(), c.person(), c.person()
    ks = cyc(
        c,
        [
            ["health", "genetic"],
            ["health", "genetic"],
            ["health", "genetic"],
            ["health", "genetic"],
        ],
    )
    q = {
        "en": "Is the employee fit for night shifts? Any adjustments recommended?",
        "de": "Ist die Person für Nachtschichten geeignet? Empfohlene Anpassungen?",
        "fr": "Le salarié est-il apte au travail de nuit ? Aménagements recommandés ?",
        "es": "¿Es apto para turnos de noche? ¿Adaptaciones recomendadas?",
    }[c.lang]
    findings = [field(c, "health", emp)]
    if "genetic" in ks:
        findings.append(
            c.mark(
                "genetic",
                c.pick(
                    ["CYP2D6 *4/*4 (poor metaboliser)", "CYP2C19 *2/*2", "HLA-B*57:01 positive"]
                ),
                "field:genetic-pgx",
            )
        )
        findings.append(
            c.mark(
                "health",
                {
                    "en": "avoid codeine and tramadol",
                    "de": "kein Codein/Tramadol verordnen",
                    "fr": "éviter codéine et tramadol",
                    "es": "evitar codeína y tramadol",
                }[c.lang],
                "field:health-medication",
            )
        )
    return {
        "referral": {
            "id": c.uuid(),
            "employee": {"name": emp.full, "dob": c.dob(), "job": c.pick(pools.JOB_TITLES[c.lang])},
            "referred_by": mgr.full,
            "questions": q,
            "reason": sp3(c, "health", emp, start=True),
            "clinician": doc.full,
            "findings": findings,
            "outcome": c.pick(["fit with adjustments", "temporarily unfit", "fit"]),
        }
    }


@family(3, "en")
def fit_note_upload(c: Ctx) -> Any:
    emp, gp = c.person("en"), c.person("en")
    return {
        "document": {
            "type": "fit_note",
            "uploaded_by": emp.email(),
            "employee_name": emp.full,
            "assessment_date": str(c.day(-1)),
            "condition": field(c, "health", emp),
            "fitness": c.pick(
                ["not fit for work", "may be fit for work taking into account the following advice"]
            ),
            "advice": c.pick(["phased return to work", "amended duties", "altered hours", None]),
            "period": {"from": str(c.day(-1)), "to": str(c.day(13))},
            "doctor": "Dr " + gp.last,
            "practice": c.address_text(),
        }
    }


@family(3)
def accommodation_request(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["health"], ["religious_belief"], ["health"], ["~health"]])
    ask = {
        "en": "I'd like to request an adjustment to my working arrangements.",
        "de": "Ich möchte eine Anpassung meines Arbeitsplatzes beantragen.",
        "fr": "Je souhaite demander un aménagement de poste.",
        "es": "Quiero solicitar una adaptación del puesto.",
    }[c.lang]
    return {
        "case": {
            "type": "workplace_adjustment",
            "ref": f"ADJ-{c.rint(1000, 9999)}",
            "employee": {"name": emp.full, "email": emp.email(), "department": _dept(c)},
            "request": " ".join([typo(c, ask), *extra(c, emp, ks)]),
            "requested_adjustments": (
                ["prayer break at 13:15", "quiet room"]
                if "religious_belief" in ks
                else c.sample(["sit-stand desk", "later start", "quiet room", "remote 2 days"], 2)
            ),
            "status": c.pick(["open", "agreed", "trial"]),
        }
    }


@family(6)
def grievance_case(c: Ctx) -> Any:
    emp, acc, hr = c.person(), c.person(), c.person()
    ks = cyc(
        c,
        [
            ["racial_ethnic_origin"],
            ["sex_life_orientation"],
            ["religious_belief", "trade_union"],
            ["political_opinion", "racial_ethnic_origin"],
            ["sex_life_orientation", "health"],
            ["racial_ethnic_origin", "trade_union"],
        ],
    )
    stmt = {
        "en": f"On several occasions {acc.first} made remarks in front of the team.",
        "de": f"{acc.first} hat mehrfach vor dem Team abfällige Bemerkungen gemacht.",
        "fr": f"{acc.first} a fait plusieurs remarques devant l'équipe.",
        "es": f"{acc.first} ha hecho comentarios varias veces delante del equipo.",
    }[c.lang]
    case: dict[str, Any] = {
        "case_id": f"GRV-{c.rint(2024, 2025)}-{c.rint(100, 999)}",
        "complainant": {"name": emp.full, "department": _dept(c)},
        "respondent": {"name": acc.full},
        "hr_partner": hr.full,
        "statement": " ".join(
            [typo(c, stmt), *extra(c, emp, [k for k in ks if k != "trade_union"])]
        ),
        "stage": c.pick(["informal", "formal", "appeal"]),
    }
    if "trade_union" in ks:
        rep = c.person()
        case["companion"] = {
            "name": rep.full,
            "role": c.mark(
                "trade_union",
                {
                    "en": f"{c.pick(UNIONS['en'])} representative",
                    "de": f"Vertrauensperson {c.pick(UNIONS['de'])}",
                    "fr": f"délégué syndical {c.pick(UNIONS['fr'])}",
                    "es": f"delegado de {c.pick(UNIONS['es'])}",
                }[c.lang],
                "field:union-position",
            ),
        }
    return case


@family(4)
def disciplinary_case(c: Ctx) -> Any:
    emp, mgr = c.person(), c.person()
    ks = cyc(c, [["criminal"], ["criminal", "union"], ["union"], ["~criminal"]])
    alleg = {
        "en": "Alleged breach of the cash handling policy on three shifts.",
        "de": "Verstoß gegen die Kassenrichtlinie an drei Schichten.",
        "fr": "Manquement présumé à la procédure de caisse.",
        "es": "Presunto incumplimiento del procedimiento de caja.",
    }[c.lang]
    case: dict[str, Any] = {
        "case": f"DIS-{c.rint(1000, 9999)}",
        "employee": {"name": emp.full, "id": f"E{c.rint(10000, 99999)}"},
        "investigating_manager": mgr.full,
        "allegation": typo(c, alleg),
        "hearing": {
            "date": str(c.day(7)),
            "location": c.pick(["Room 2.14", "Teams", "Site office"]),
        },
    }
    if "criminal" in ks:
        case["police_involvement"] = sp3(c, "criminal_record", emp, start=True)
    if "union" in ks:
        rep = c.person()
        case["hearing"]["companion"] = {
            "name": rep.full,
            "capacity": c.mark(
                "trade_union",
                {
                    "en": "trade union rep (GMB)",
                    "de": "Gewerkschaftssekretär ver.di",
                    "fr": "représentant syndical CGT",
                    "es": "delegada sindical de CCOO",
                }[c.lang],
                "field:union-position",
            ),
        }
    if "~criminal" in ks:
        case["note"] = neg(
            c,
            "internal-audit-only",
            {
                "en": "Internal audit found a till software fault on two of the three shifts.",
                "de": "Die Revision fand an zwei der drei Schichten einen Kassenfehler.",
                "fr": "L'audit interne a trouvé un bug de caisse sur deux des trois postes.",
                "es": "Auditoría interna encontró un fallo de caja en dos de los tres turnos.",
            },
        )
    return case


@family(4)
def whistleblowing_report(c: Ctx) -> Any:
    subj = c.person()
    ks = cyc(
        c, [["crim3"], ["crim3", "political_opinion3"], ["crim3", "health3"], ["~criminal_record"]]
    )
    txt = {
        "en": (
            f"I want to report that {subj.full} in purchasing has been "
            "approving invoices from a supplier owned by a relative."
        ),
        "de": (
            f"Ich möchte melden, dass {subj.full} im Einkauf Rechnungen "
            "eines Lieferanten freigibt, der dem Schwager gehört."
        ),
        "fr": (
            f"Je signale que {subj.full} aux achats valide les factures "
            "d'un fournisseur appartenant à son beau-frère."
        ),
        "es": (
            f"Quiero denunciar que {subj.full}, de compras, aprueba facturas "
            "de un proveedor de su cuñado."
        ),
    }[c.lang]
    more = []
    for k in ks:
        if k == "crim3":
            more.append(sp3(c, "criminal_record", subj, start=True) + ".")
        elif k == "health3":
            more.append(sp3(c, "health", subj, start=True) + ".")
        elif k == "political_opinion3":
            more.append(
                {
                    "en": "He also pressures staff to attend events because ",
                    "de": "Er drängt Leute auch zu Veranstaltungen, weil er sagt: ",
                    "fr": "Il pousse aussi les collègues à venir à des réunions car il dit : ",
                    "es": "También presiona a la gente porque dice: ",
                }[c.lang]
                + sp(c, "political_opinion", subj)
                + "."
            )
        else:
            more.append(
                {
                    "en": "The supplier's credit check came back fine, so that isn't the issue.",
                    "de": "Die Bonitätsprüfung des Lieferanten war unauffällig.",
                    "fr": "La vérification de solvabilité du fournisseur était correcte.",
                    "es": "El informe de solvencia del proveedor era correcto.",
                }[c.lang]
            )
            c.tag("neg:criminal_record")
    return {
        "report": {
            "key": c.alnum(12, upper=True),
            "channel": c.pick(["web", "hotline"]),
            "anonymous": True,
            "category": "conflict_of_interest",
            "received": c.ts(0),
            "language": c.lang,
            "description": " ".join([txt, *more]),
            "reporter_contact": "via secure mailbox only",
        }
    }


@family(4)
def eap_referral(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(
        c,
        [
            ["health", "criminal_record"],
            ["sex_life_orientation", "health"],
            ["religious_belief", "sex_life_orientation"],
            ["sex_life_orientation"],
        ],
    )
    return {
        "eap_case": {
            "provider": c.pick(
                ["Workplace Options", "Health Assured", "Fürstenberg Institut", "Psya"]
            ),
            "case_no": c.alnum(8, upper=True),
            "client": {
                "name": emp.full,
                "phone": emp.phone(),
                "preferred_contact": c.pick(["phone", "video"]),
            },
            "presenting_issue": " ".join(sp(c, k, emp, start=True) + "." for k in ks),
            "sessions_authorised": c.pick([4, 6, 8]),
            "risk_assessment": c.pick(["low", "medium"]),
            "referred": c.ts(0),
        }
    }


@family(6, "en es")
def dei_self_id_survey(c: Ctx) -> Any:
    resp = c.person()
    plan = cyc(
        c,
        [
            ["race", "so", "rel"],
            ["race", "so"],
            ["race", "so", "dis"],
            ["decline"],
            ["race", "rel", "dis"],
            ["so"],
        ],
    )
    sub = c.lang
    ans: dict[str, Any] = {
        "gender": c.pick(["Woman", "Man", "Non-binary"])
        if sub == "en"
        else c.pick(["Mujer", "Hombre"])
    }
    c.tag("neg:gender")
    dec = DECL[sub]
    ans["ethnicity"] = (
        field(c, "racial_ethnic_origin", sub="en")
        if "race" in plan and sub == "en"
        else (
            c.mark(
                "racial_ethnic_origin",
                c.pick(["Gitana", "Afrodescendiente", "Latinoamericana (mestiza)", "Magrebí"]),
                "field:racial_ethnic_origin",
            )
            if "race" in plan
            else dec
        )
    )
    ans["sexual_orientation"] = (
        field(c, "sex_life_orientation", resp, sub=sub) if "so" in plan else dec
    )
    ans["religion"] = field(c, "religious_belief", sub=sub) if "rel" in plan else dec
    if "dis" in plan:
        ans["disability"] = c.mark(
            "health",
            {"en": "Yes - neurodivergent (autism)", "es": "Sí, discapacidad auditiva"}[sub],
            "field:health-disability",
        )
    else:
        ans["disability"] = dec
    if dec in ans.values():
        c.tag("neg:prefer-not-to-say")
    return {
        "survey": "self-id-2025",
        "respondent": {"employee_id": f"E{c.rint(10000, 99999)}", "name": resp.full},
        "answers": ans,
        "submitted_at": c.ts(0),
        "consent": True,
    }


@family(6, "en")
def uk_equality_monitoring(c: Ctx) -> Any:
    resp = c.person("en")
    plan = cyc(
        c,
        [
            ["race", "rel"],
            ["race", "so"],
            ["race", "so", "dis"],
            ["decline"],
            ["rel", "dis", "so", "race"],
            ["race"],
        ],
    )
    f: dict[str, Any] = {
        "age_band": c.pick(["25-34", "35-44", "45-54"]),
        "sex": c.pick(["Female", "Male"]),
    }
    c.tag("neg:sex-marker")
    f["ethnic_group"] = (
        field(c, "racial_ethnic_origin", sub="uk") if "race" in plan else "Prefer not to say"
    )
    f["religion_or_belief"] = (
        field(c, "religious_belief", sub="en") if "rel" in plan else "Prefer not to say"
    )
    f["sexual_orientation"] = (
        field(c, "sex_life_orientation", resp, sub="en") if "so" in plan else "Prefer not to say"
    )
    f["disability"] = (
        c.mark("health", "Yes - long-term mental health condition", "field:health-disability")
        if "dis" in plan
        else "Prefer not to say"
    )
    if "Prefer not to say" in f.values():
        c.tag("neg:prefer-not-to-say")
    return {
        "form": "equal_opportunities_monitoring",
        "applicant_ref": f"APP-{c.rint(10000, 99999)}",
        "applicant_email": resp.email(),
        "responses": f,
    }


@family(6)
def engagement_survey_response(c: Ctx) -> Any:
    resp = c.person()
    ks = cyc(
        c,
        [
            ["racial_ethnic_origin", "trade_union"],
            ["political_opinion"],
            ["sex_life_orientation", "health"],
            ["trade_union", "political_opinion"],
            ["health", "racial_ethnic_origin"],
            ["~health"],
        ],
    )
    base = {
        "en": "Workload has been unsustainable since the restructure and nobody asks how we are.",
        "de": "Seit der Umstrukturierung ist die Arbeitslast zu hoch, keiner fragt nach.",
        "fr": (
            "Depuis la réorganisation la charge est intenable et personne ne demande comment on va."
        ),
        "es": "Desde la reestructuración la carga es insostenible y nadie pregunta.",
    }[c.lang]
    named = c.i % 3 != 0
    out: dict[str, Any] = {
        "survey_id": "engagement-2025-h1",
        "response_id": c.alnum(14),
        "team": _dept(c),
        "scores": {
            "enps": c.rint(-3, 10),
            "manager_support": c.rint(1, 5),
            "wellbeing": c.rint(1, 5),
        },
        "comments": {"what_could_be_better": " ".join([typo(c, base, 0.4), *extra(c, resp, ks)])},
    }
    if named:
        out["respondent"] = {"name": resp.full, "email": resp.email(employer(c)[1])}
    else:
        out["respondent"] = None
        out["anonymised"] = True
        out["ip_hash"] = c.hexs(64)
    return out


@family(3, "de")
def betriebsratswahl_kandidaten(c: Ctx) -> Any:
    rows = []
    for j in range(c.rint(3, 5)):
        p = c.person("de")
        liste = (
            c.pick(["Liste ver.di", "Liste IG Metall", "Unabhängige Liste"])
            if c.i != 4
            else "Persönlichkeitswahl"
        )
        row = {
            "platz": j + 1,
            "name": p.inv,
            "abteilung": _dept(c),
            "betriebszugehörigkeit_jahre": c.rint(1, 30),
        }
        if liste.startswith("Liste ") and "Unabh" not in liste:
            c.mark("trade_union", liste, "field:union-list")
        row["liste"] = liste
        rows.append(row)
    if c.i == 4:
        c.tag("neg:no-union-lists")
    return {
        "wahl": {
            "gremium": "Betriebsrat",
            "wahltag": str(c.day(30)),
            "betrieb": employer(c, "de")[0],
            "wahlvorstand": c.person("de").full,
            "kandidaten": rows,
        }
    }


@family(3, "fr")
def election_cse_fr(c: Ctx) -> Any:
    lists = []
    for org in c.sample(UNIONS["fr"], 3):
        cands = [c.person("fr") for _ in range(c.rint(2, 3))]
        c.mark("trade_union", f"Liste {org}", "field:union-list")
        lists.append(
            {
                "liste": f"Liste {org}",
                "collège": c.pick(["1er collège", "2e collège"]),
                "candidats": [{"nom": p.full, "titulaire": j == 0} for j, p in enumerate(cands)],
            }
        )
    return {
        "élection": {
            "instance": "CSE",
            "tour": 1,
            "date": str(c.day(21)),
            "entreprise": employer(c, "fr")[0],
            "listes": lists,
        }
    }


@family(3, "es")
def elecciones_sindicales_es(c: Ctx) -> Any:
    cands = []
    for _ in range(c.rint(3, 5)):
        p = c.person("es")
        s = c.pick(UNIONS["es"])
        cands.append(
            {
                "nombre": p.full,
                "candidatura": c.mark("trade_union", f"Candidatura {s}", "field:union-list"),
                "votos": c.rint(4, 90),
            }
        )
    return {
        "proceso": {
            "tipo": "Elecciones a delegados de personal",
            "centro": employer(c, "es")[0],
            "mesa": c.person("es").full,
            "fecha": str(c.day(-2)),
            "resultados": cands,
            "censo": c.rint(40, 300),
        }
    }


@family(3)
def bereavement_leave(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["health3"], ["religious_belief"], []])
    rel = {"en": "my father", "de": "mein Vater", "fr": "mon père", "es": "mi padre"}[c.lang]
    base = {
        "en": f"Requesting bereavement leave, {rel} passed away on Sunday.",
        "de": f"Ich beantrage Sonderurlaub, {rel} ist am Sonntag verstorben.",
        "fr": f"Je demande un congé pour décès, {rel} est décédé dimanche.",
        "es": f"Solicito permiso por fallecimiento, {rel} falleció el domingo.",
    }[c.lang]
    more = []
    if ks == ["health3"]:
        more.append(
            c.mark(
                "health",
                {
                    "en": "He'd been fighting lung cancer for two years.",
                    "de": "Er hatte seit zwei Jahren Lungenkrebs.",
                    "fr": "Il avait un cancer du poumon depuis deux ans.",
                    "es": "Llevaba dos años con cáncer de pulmón.",
                }[c.lang],
                "text:health/3p",
            )
        )
    elif ks == ["religious_belief"]:
        more.append(framed(c, sp(c, "religious_belief", emp)))
    return {
        "request": {
            "employee": emp.full,
            "type": "bereavement",
            "days": c.pick([2, 3, 5]),
            "message": " ".join([base, *more]),
            "created": c.ts(0),
        }
    }


@family(4)
def political_office_leave(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["political_opinion"], ["political_opinion"], ["political_opinion"], ["neutral"]])
    if ks == ["neutral"]:
        txt = {
            "en": "I've been selected for jury service and need two weeks.",
            "de": "Ich wurde als Schöffe berufen und brauche Freistellung.",
            "fr": "Je suis convoqué comme juré d'assises.",
            "es": "Me han convocado como miembro de jurado.",
        }[c.lang]
        typ = "public_duty"
    else:
        txt = (
            {
                "en": "Requesting unpaid leave for the council election campaign: ",
                "de": "Ich beantrage unbezahlten Urlaub für den Wahlkampf: ",
                "fr": "Je demande un congé pour la campagne électorale : ",
                "es": "Solicito permiso para la campaña electoral: ",
            }[c.lang]
            + sp(c, "political_opinion", emp)
            + "."
        )
        typ = "candidacy_leave"
    return {
        "leave": {
            "employee": {"name": emp.full, "email": emp.email()},
            "type": typ,
            "from": str(c.day(15)),
            "to": str(c.day(40)),
            "justification": txt,
        }
    }


@family(3)
def hr_chatbot_conversation(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [[], ["health"], []])
    q = {
        "en": "how many sick days do I have left this year",
        "de": "wie viele Krankheitstage habe ich noch",
        "fr": "combien de jours de congé il me reste",
        "es": "cuántos días de vacaciones me quedan",
    }[c.lang]
    turns = [
        {"role": "user", "text": typo(c, q, 0.5)},
        {
            "role": "bot",
            "text": {
                "en": "You have 6 days of paid sick leave remaining.",
                "de": "Du hast noch 6 Tage.",
                "fr": "Il vous reste 6 jours.",
                "es": "Te quedan 6 días.",
            }[c.lang],
        },
    ]
    for s in extra(c, emp, ks):
        turns.append({"role": "user", "text": s})
    turns.append(
        {
            "role": "bot",
            "text": {
                "en": "I've created a case for the People team.",
                "de": "Ich habe einen Fall für HR angelegt.",
                "fr": "J'ai créé une demande pour les RH.",
                "es": "He creado un caso para RR. HH.",
            }[c.lang],
        }
    )
    return {
        "session": c.uuid(),
        "user": {"upn": emp.email(employer(c)[1]), "display_name": emp.full},
        "channel": "teams",
        "turns": turns,
    }


@family(5)
def exit_interview(c: Ctx) -> Any:
    emp, hr = c.person(), c.person()
    ks = cyc(
        c,
        [
            ["racial_ethnic_origin", "religious_belief"],
            ["sex_life_orientation", "political_opinion"],
            ["political_opinion", "trade_union"],
            ["religious_belief"],
            ["sex_life_orientation", "racial_ethnic_origin"],
        ],
    )
    why = {
        "en": "Main reason: no progression and my manager micromanages everything.",
        "de": "Hauptgrund: keine Entwicklung, Mikromanagement.",
        "fr": "Raison principale : pas d'évolution, micro-management.",
        "es": "Motivo principal: no hay promoción y mucho micromanagement.",
    }[c.lang]
    return {
        "exit_interview": {
            "employee": emp.full,
            "leaving_date": str(c.day(14)),
            "interviewer": hr.full,
            "reason_code": c.pick(["career", "pay", "manager", "relocation"]),
            "answers": {
                "why_leaving": " ".join([typo(c, why), *extra(c, emp, ks)]),
                "would_return": c.pick(["yes", "no", "maybe"]),
            },
        }
    }


@family(3)
def performance_review(c: Ctx) -> Any:
    emp, mgr = c.person(), c.person()
    ks = cyc(c, [[], [], ["~health"]])
    txt = {
        "en": f"{emp.first} exceeded targets in Q2 and mentors two new starters.",
        "de": f"{emp.first} hat die Ziele übertroffen.",
        "fr": f"{emp.first} a dépassé ses objectifs.",
        "es": f"{emp.first} ha superado los objetivos.",
    }[c.lang]
    more = []
    if ks == ["health3"]:
        more.append(
            {"en": "Context: ", "de": "Kontext: ", "fr": "Contexte : ", "es": "Contexto: "}[c.lang]
            + sp3(c, "health", emp)
            + "."
        )
    elif ks == ["~health"]:
        more.append(
            neg(
                c,
                "health",
                {
                    "en": "Completed the health & safety refresher ahead of schedule.",
                    "de": "Arbeitsschutz-Unterweisung vorzeitig abgeschlossen.",
                    "fr": "Formation santé et sécurité terminée en avance.",
                    "es": "Completó antes de plazo la formación de prevención y salud.",
                },
            )
        )
    return {
        "review": {
            "cycle": "2025-mid",
            "employee": {"name": emp.full, "id": f"E{c.rint(10000, 99999)}"},
            "manager": mgr.full,
            "rating": c.pick(["3 - meets", "4 - exceeds", "2 - partially meets"]),
            "manager_comments": " ".join([txt, *more]),
            "goals": [{"title": "Reduce backlog by 20%", "progress": c.rint(20, 100)}],
        }
    }


@family(3)
def manager_one_on_one_notes(c: Ctx) -> Any:
    emp, mgr = c.person(), c.person()
    ks = cyc(c, [["trade_union"], [], []])
    items = [
        f"- {typo(c, t)}"
        for t in {
            "en": ["Q3 goals on track", "Wants to move to the platform team"],
            "de": ["Ziele Q3 ok", "Wunsch: Wechsel ins Plattform-Team"],
            "fr": ["Objectifs T3 OK", "Souhaite rejoindre l'équipe plateforme"],
            "es": ["Objetivos T3 bien", "Quiere pasar al equipo de plataforma"],
        }[c.lang]
    ]
    items += [f"- {emp.first}: {s}" for s in extra(c, emp, ks)]
    return {
        "doc": {
            "title": f"1:1 {mgr.first} / {emp.first}",
            "date": str(c.day(0)),
            "body": "\n".join(items),
            "visibility": "private",
        }
    }


@family(4, wrap={3: "basic"})
def hris_change_event(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["union_true"], ["union_false"], ["union_true"], ["addr"]])
    changes: list[dict[str, Any]] = []
    if ks == ["union_true"]:
        changes.append({"field": "union_member", "old": False, "new": True})
        changes.append(
            {
                "field": "union_name",
                "old": None,
                "new": c.mark("trade_union", c.pick(UNIONS[c.lang]), "field:union"),
            }
        )
    elif ks == ["union_false"]:
        changes.append({"field": "union_member", "old": None, "new": False})
        c.mark("trade_union", "union_member", "field:union-flag-false")
    elif ks == ["addr"]:
        changes.append({"field": "home_address", "old": None, "new": c.address_text()})
    else:
        changes.append(
            {
                "field": "cost_center",
                "old": f"CC-{c.rint(100, 999)}",
                "new": f"CC-{c.rint(100, 999)}",
            }
        )
    return {
        "type": "employee.updated",
        "occurred_at": c.ts(0),
        "actor": "hr_admin",
        "employee": {
            "id": c.rint(1000, 9999),
            "first_name": emp.first,
            "last_name": emp.last,
            "email": emp.email(employer(c)[1]),
        },
        "changes": changes,
    }


@family(3)
def emergency_contact_update(c: Ctx) -> Any:
    emp, ec = c.person(), c.person()
    ks = cyc(c, [["health"], [], []])
    rec: dict[str, Any] = {
        "employee": emp.full,
        "contact": {
            "name": ec.full,
            "relationship": c.pick(["spouse", "mother", "partner", "brother"]),
            "phone": ec.phone(),
            "alt_phone": ec.phone(),
        },
    }
    if "health" in ks:
        rec["medical_info_for_first_aiders"] = sp(c, "health", emp)
    return {"emergency_contacts.updated": rec, "at": c.ts(0)}


@family(5)
def wellness_genetic_screening(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["genetic"], ["genetic"], ["genetic", "health"], ["genetic"], ["none"]])
    rec: dict[str, Any] = {
        "programme": c.pick(["Know Your Genes 2025", "Wellbeing DNA pilot"]),
        "participant": {"name": emp.full, "email": emp.email(), "dob": c.dob()},
        "consent": {"gina_notice_acknowledged": True, "share_with_employer": False},
    }
    if "genetic" in ks:
        rec["results"] = {
            "summary": sp(c, "genetic", emp),
            "lab": c.pick(["Helix", "Invitae", "Centogene"]),
        }
        if "health" in ks:
            rec["results"]["clinician_note"] = sp(c, "health", emp)
    else:
        rec["results"] = None
        rec["status"] = "kit not returned"
        c.tag("neg:no-result")
    return rec


@family(5)
def fertility_benefit_claim(c: Ctx) -> Any:
    emp, partner = c.person(), c.person()
    ks = cyc(
        c, [["genetic"], ["genetic", "sex_life_orientation"], ["health"], ["genetic"], ["genetic"]]
    )
    svc = []
    if "genetic" in ks:
        svc.append(
            {
                "code": "81443",
                "description": "Expanded carrier screening",
                "result": c.mark(
                    "genetic",
                    c.pick(
                        [
                            "carrier: CFTR F508del (heterozygous)",
                            "carrier: GJB2 c.35delG",
                            "carrier: HBB c.20A>T",
                        ]
                    ),
                    "field:genetic-carrier",
                ),
            }
        )
    if "health" in ks:
        svc.append(
            {
                "code": "58970",
                "description": "Egg retrieval",
                "indication": c.mark(
                    "health",
                    c.pick(["diminished ovarian reserve", "male factor infertility", "PCOS"]),
                    "field:health",
                ),
            }
        )
    note = framed(c, sp(c, "sex_life_orientation", emp)) if "sex_life_orientation" in ks else ""
    return {
        "claim": {
            "id": c.alnum(10, upper=True),
            "member": {"name": emp.full, "member_id": f"FB{c.rint(100000, 999999)}"},
            "partner": partner.full,
            "services": svc,
            "member_note": note,
            "amount": round(c.rng.uniform(300, 9000), 2),
        }
    }


@family(4)
def volunteer_time_off(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["political_opinion"], ["religious_belief"], ["political_opinion"], ["neutral"]])
    if ks == ["political_opinion"]:
        what = c.mark(
            "political_opinion",
            c.pick(
                {
                    "en": [
                        "Phone banking for the Labour candidate",
                        "Canvassing for the Democratic campaign",
                    ],
                    "de": ["Wahlkampfstand der Grünen", "Plakatieren für die SPD"],
                    "fr": ["Tractage pour Les Écologistes"],
                    "es": ["Mesa informativa del PSOE"],
                }[c.lang]
            ),
            "field:political_opinion",
        )
    elif ks == ["religious_belief"]:
        what = c.mark(
            "religious_belief",
            c.pick(
                {
                    "en": ["Church youth camp helper (my parish)"],
                    "de": ["Gemeindefest meiner Moscheegemeinde"],
                    "fr": ["Kermesse de ma paroisse"],
                    "es": ["Voluntaria en mi parroquia"],
                }[c.lang]
            ),
            "field:religious_belief",
        )
    else:
        what = c.pick(["Beach clean-up", "Food bank shift", "Tafel-Ausgabe", "Banco de alimentos"])
    return {
        "vto": {
            "employee": emp.full,
            "hours": c.pick([4, 8]),
            "date": str(c.day(10)),
            "activity": what,
            "approved": c.chance(0.7),
        }
    }
