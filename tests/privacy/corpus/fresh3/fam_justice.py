"""Criminal-justice and screening payloads: background checks, court case management,
probation supervision and tenant screening (with and without a criminal component)."""

from __future__ import annotations

from typing import Any

from .gen import Ctx

Doc = Any

OFFENCES = {"en": ["Petty theft", "DUI - first offense", "Possession of a controlled substance",
                   "Assault in the third degree", "Criminal mischief", "Identity theft"],
            "de": ["Diebstahl (§ 242 StGB)", "Betrug (§ 263 StGB)",
                   "Trunkenheit im Verkehr (§ 316 StGB)", "Körperverletzung (§ 223 StGB)"],
            "fr": ["vol simple", "conduite sous l'empire d'un état alcoolique", "escroquerie",
                   "violences volontaires"],
            "es": ["hurto", "conducción bajo los efectos del alcohol", "estafa", "lesiones leves"]}


STATUS = {"en": ["pending", "convicted", "dismissed"], "de": ["anhängig", "verurteilt"],
          "fr": ["en cours", "condamné", "relaxe"], "es": ["en instrucción", "condenado"]}
HEARINGS = {"en": ["arraignment", "pretrial conference", "sentencing"],
            "de": ["Hauptverhandlung", "Haftprüfung"], "fr": ["audience", "comparution"],
            "es": ["vista oral", "comparecencia"]}
CRIMINAL_CHECK = {"en": ["county_criminal_search", "national_criminal_search"],
                  "de": ["fuehrungszeugnis"], "fr": ["casier_judiciaire_b3"],
                  "es": ["antecedentes_penales"]}


def background_check(ctx: Ctx) -> Doc:
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    cand: dict[str, Any] = {"first_name": first, "last_name": last,
                            "email": ctx.email(first, last, lang), "dob": ctx.dob()}
    if lang == "en" and ctx.chance(0.5):
        cand["ssn"] = ctx.ssn()
    screenings: list[dict[str, Any]] = [
        {"type": "employment_verification", "status": ctx.pick(["verified", "unable_to_verify"]),
         "employer": ctx.pick(["Harrowgate Logistics", "Stadtwerke Ostheide", "Talleres Olmedo"])},
        {"type": "education_verification", "status": "verified"}]
    variant = ctx.pick(["clear", "hit", "none", "clear", "hit"])
    if variant == "clear":
        ctx.add("criminal_record")
        screenings.append({"type": ctx.pick(CRIMINAL_CHECK[lang]),
                           "status": ctx.pick(["clear", "no records"]), "records": []})
    elif variant == "hit":
        ctx.add("criminal_record")
        screenings.append({"type": ctx.pick(CRIMINAL_CHECK[lang]), "status": "consider",
                           "records": [{"charge": ctx.pick(OFFENCES[lang]),
                                        "disposition": {"en": "convicted", "de": "verurteilt",
                                                        "fr": "condamné",
                                                        "es": "condenado"}[lang],
                                        "offense_date": ctx.day(2015),
                                        "sentence": {"en": "12 months probation",
                                                     "de": "Geldstrafe, 60 Tagessätze",
                                                     "fr": "6 mois avec sursis",
                                                     "es": "multa de seis meses"}[lang]}]})
    if ctx.chance(0.4):
        screenings.append({"type": "global_watchlist", "status": "clear", "pep": False,
                           "sanctions_hits": 0})
    ctx.note(f"background check/{variant}")
    return {"report": {"id": ctx.hex(24), "package": ctx.pick(["driver_pro", "basic_plus",
                                                               "essential"]),
                       "candidate": cand, "screenings": screenings, "completed_at": ctx.ts()}}


def court_case(ctx: Ctx) -> Doc:
    lang = ctx.lang
    criminal = ctx.chance(0.8)
    party = {"name": ctx.name(lang), "dob": ctx.dob()}
    if ctx.chance(0.5):
        party["address"] = ctx.address(lang)
    if criminal:
        ctx.add("criminal_record")
        keys = {"en": ("case_number", "defendant", "charges"),
                "de": ("aktenzeichen", "beschuldigter", "tatvorwurf"),
                "fr": ("numero_parquet", "prevenu", "infractions"),
                "es": ("numero_procedimiento", "investigado", "delitos")}[lang]
        doc: dict[str, Any] = {
            keys[0]: ctx.ref("CR" if lang == "en" else "Js" if lang == "de" else "PQ"),
            "court": {"en": "Circuit Court, Multnomah County", "de": "Amtsgericht Leipzig",
                      "fr": "Tribunal correctionnel de Nantes",
                      "es": "Juzgado de Instrucción n.º 4 de Bilbao"}[lang],
            keys[1]: party,
            keys[2]: [{"description": c, "status": ctx.pick(STATUS[lang])}
                      for c in ctx.r.sample(OFFENCES[lang], ctx.r.randint(1, 2))],
            "hearings": [{"date": ctx.day(2025), "type": ctx.pick(HEARINGS[lang])}]}
        if ctx.chance(0.5):
            doc["counsel"] = {"name": ctx.name(lang), "bar_no": ctx.ref("BAR"),
                              "phone": ctx.phone(lang)}
        ctx.note(f"criminal case/{lang}")
        return doc
    ctx.note(f"civil case (not criminal)/{lang}")
    return {"case_number": ctx.ref("CV"), "type": {"en": "contract dispute",
                                                   "de": "Mietrückstand",
                                                   "fr": "litige commercial",
                                                   "es": "reclamación de cantidad"}[lang],
            "plaintiff": {"name": ctx.pick(["Harrowgate Logistics Ltd", "Stadtwerke Ostheide",
                                            "Talleres Olmedo S.A."])},
            "respondent": party, "amount_claimed": ctx.amount(800, 40000),
            "next_hearing": ctx.day(2025)}


def probation(ctx: Ctx) -> Doc:
    ctx.add("criminal_record")
    lang = ctx.lang
    checkins = []
    for _ in range(ctx.r.randint(1, 3)):
        c: dict[str, Any] = {"at": ctx.ts(), "kind": ctx.pick(["office", "phone", "home visit"])}
        if ctx.chance(0.4):
            lat, lon = ctx.coord()
            c["gps"] = f"{lat},{lon}"
        checkins.append(c)
    ctx.note(f"probation/{lang}")
    return {"supervisee": {"id": ctx.ref("SUP"), "name": ctx.name(lang), "mobile": ctx.phone(lang)},
            "order": {"type": ctx.pick(["probation", "Bewährungsaufsicht", "sursis probatoire",
                                        "libertad condicional"]),
                      "start": ctx.day(2023), "end": ctx.day(2026),
                      "officer": ctx.name(lang),
                      "conditions": ctx.r.sample(["curfew 21:00-06:00", "no contact order",
                                                  "report weekly", "Aufenthaltsbestimmung",
                                                  "interdiction de paraître"], 2)},
            "checkins": checkins}


def tenant_screening(ctx: Ctx) -> Doc:
    lang = ctx.pick(["en", "en", "de", "es"])
    ctx.lang = lang
    first, last = ctx.name_parts(lang)
    rep: dict[str, Any] = {"applicant": {"name": f"{first} {last}",
                                         "email": ctx.email(first, last, lang),
                                         "current_address": ctx.address(lang)},
                           "credit": {"score": ctx.r.randint(540, 820),
                                      "tradelines": ctx.r.randint(2, 14)},
                           "evictions": [] if ctx.chance(0.6) else
                           [{"filed": ctx.day(2019), "court": "Landlord-tenant court",
                             "outcome": "judgment for landlord"}],
                           "income_verified": ctx.chance(0.7)}
    if ctx.chance(0.5):
        ctx.add("criminal_record")
        rep["criminal"] = ctx.pick([{"status": "no records found", "jurisdictions": 3},
                                    {"status": "record found",
                                     "records": [{"offense": ctx.pick(OFFENCES[lang]),
                                                  "year": ctx.r.randint(2008, 2022)}]}])
        ctx.note("with criminal search")
    else:
        ctx.note("no criminal component")
    return {"screening": rep, "property": ctx.pick(["Unit 4B", "Whg. 3 OG links", "Piso 2º A"])}
