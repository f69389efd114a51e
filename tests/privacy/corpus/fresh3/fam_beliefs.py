"""Political, religious and trade-union payloads: canvassing apps, party and union membership
systems, campaign and faith donations, voter files, parish registers and payroll."""

from __future__ import annotations

from typing import Any

from . import phrases
from .gen import Ctx
from .lexicon import COMPANIES, UNIONS

Doc = Any


def canvass(ctx: Ctx) -> Doc:
    lang = ctx.pick(["en", "en", "de", "es", "fr"])
    ctx.lang = lang
    answered = ctx.chance(0.8)
    voter: dict[str, Any] = {"van_id": ctx.ref("V"), "name": ctx.name(lang),
                             "address": ctx.address(lang)}
    if ctx.chance(0.5):
        voter["phone"] = ctx.phone(lang)
    result: dict[str, Any] = {"canvasser": ctx.pick(["vol-118", "vol-042", "team-b"]),
                              "contacted_at": ctx.ts()}
    if answered:
        ctx.add("political_opinion")
        keys = {"en": (("support", "level"), ("party", "id"), ("top", "issue")),
                "de": ("unterstuetzung", "parteineigung", "wichtigstes_thema"),
                "fr": ("niveau_soutien", "proximite_partisane", "sujet_prioritaire"),
                "es": ("nivel_apoyo", "intencion_voto", "tema_principal")}[lang]
        parties = {"en": ["Labour", "Conservative", "Liberal Democrat", "Green Party", "DEM",
                          "REP"],
                   "de": ["SPD", "CDU", "B90/Grüne", "FDP", "Die Linke", "Volt"],
                   "fr": ["LFI", "Renaissance", "LR", "EELV", "PS"],
                   "es": ["PSOE", "PP", "Sumar", "PNV", "Podemos"]}[lang]
        issues = {"en": ["housing", "NHS waiting times", "cost of living", "potholes"],
                  "de": ["Mieten", "Nahverkehr", "Kita-Plätze"],
                  "fr": ["pouvoir d'achat", "retraites", "transports"],
                  "es": ["vivienda", "transporte", "sanidad pública"]}[lang]
        names = [ctx.k(*k) if isinstance(k, tuple) else str(k) for k in keys]
        result.update({names[0]: ctx.r.randint(1, 5), names[1]: ctx.pick(parties),
                       names[2]: ctx.pick(issues), "yard_sign": ctx.chance(0.3)})
        if ctx.chance(0.4):
            result["notes"] = phrases.special(ctx, "political_opinion", lang)
        ctx.note("canvass answered")
    else:
        result.update({"outcome": ctx.pick(["not_home", "moved", "refused"]),
                       "literature_dropped": True})
        ctx.note("canvass not home (no opinion)")
    return {"turf": ctx.ref("TURF"), "voter": voter, "result": result}


PARTY_NAMES = {"de": ["SPD", "CDU", "BÜNDNIS 90/DIE GRÜNEN", "FDP", "Die Linke", "Volt"],
               "fr": ["Parti socialiste", "Les Républicains", "Renaissance", "LFI",
                      "Les Écologistes"],
               "es": ["PSOE", "Partido Popular", "Sumar", "PNV", "Esquerra Republicana"],
               "en": ["Labour Party", "Liberal Democrats", "Green Party", "Scottish National "
                      "Party", "Conservative and Unionist Party"]}


def party_member(ctx: Ctx) -> Doc:
    ctx.add("political_opinion")
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    keys = {"en": ("member", "membership_no", "branch", "joined", "dues"),
            "de": ("mitglied", "mitgliedsnummer", "ortsverein", "eintritt", "beitrag"),
            "fr": ("adherent", "numero_adherent", "federation", "date_adhesion", "cotisation"),
            "es": ("afiliado", "numero_afiliacion", "agrupacion", "fecha_alta", "cuota")}[lang]
    dues: dict[str, Any] = {"amount": ctx.amount(3, 40), "interval": ctx.pick(["monthly",
                                                                                "yearly"])}
    if ctx.chance(0.6):
        dues["iban"] = ctx.iban({"de": "DE", "fr": "FR", "es": "ES"}.get(lang, "GB"))
    ctx.note(f"party member/{lang}")
    return {"party": ctx.pick(PARTY_NAMES[lang]),
            keys[0]: {keys[1]: ctx.ref("M"), "first_name": first, "last_name": last,
                      "email": ctx.email(first, last, lang), "address": ctx.address_obj(lang),
                      keys[2]: ctx.pick(["Nord", "Centre-Ville", "Distrito 3", "Riverside"]),
                      keys[3]: ctx.day(2016), keys[4]: dues}}


def campaign_donation(ctx: Ctx) -> Doc:
    ctx.add("political_opinion")
    lang = ctx.pick(["en", "en", "de", "fr", "es"])
    ctx.lang = lang
    first, last = ctx.name_parts(lang)
    if lang == "en" and ctx.chance(0.7):
        recipient = f"{ctx.last('en')} for {ctx.pick(['Congress', 'Senate', 'Mayor', 'Council'])}"
    else:
        recipient = ctx.pick(PARTY_NAMES[lang])
    payment: dict[str, Any] = {"type": "card", "last4": f"{ctx.r.randint(1000, 9999)}",
                               "processor_ref": "ch_" + ctx.alnum(24)}
    if ctx.chance(0.45):
        payment = {"type": "card", "number": ctx.card(), "cvc_check": "pass"}
    donor: dict[str, Any] = {"first_name": first, "last_name": last,
                             "email": ctx.email(first, last, lang),
                             "address": ctx.address(lang)}
    if lang == "en":
        donor["employer"] = ctx.pick(["Self-employed", "Retired", "Bluefen Analytics"])
        donor["occupation"] = ctx.pick(["Nurse", "Engineer", "Teacher", "Retired"])
    ctx.note(f"donation/{lang}")
    return {"type": "contribution.created", "data": {
        "id": ctx.ref("CTB"), "amount": ctx.amount(5, 2900),
        "currency": "USD" if lang == "en" else "EUR",
        "recipient": recipient, "recurring": ctx.chance(0.3), "donor": donor,
        "payment": payment, "created": ctx.ts()}}


def voter_file(ctx: Ctx) -> Doc:
    ctx.lang = "en"
    ctx.add("political_opinion")
    history = [{"election": f"{y} {e}", "method": ctx.pick(["in person", "absentee", "early"]),
                "ballot_party": ctx.pick(["DEM", "REP"]) if e == "primary" else None}
               for y, e in ctx.r.sample([(2020, "general"), (2022, "primary"), (2022, "general"),
                                         (2024, "primary"), (2024, "general")], 3)]
    ctx.note("voter file")
    return {"voter": {"state_voter_id": ctx.ref("OR"), "name": ctx.name("en"),
                      "birth_date": ctx.dob("iso"),
                      "residence": ctx.address("en", ctx.pick(["US"])),
                      "party_registration": ctx.pick(["DEM", "REP", "Working Families",
                                                      "Libertarian"]),
                      "status": "active", "history": history}}


CONGREGATIONS = {
    "de": [("Ev.-luth. Kirchengemeinde St. Nikolai", "evangelisch-lutherisch"),
           ("Kath. Pfarrei Heilig Kreuz", "römisch-katholisch"),
           ("DITIB Moschee Ost", "sunnitisch"), ("Jüdische Gemeinde", "jüdisch"),
           ("Cem-Haus der Aleviten", "alevitisch"), ("Neuapostolische Gemeinde Nord",
                                                    "neuapostolisch")],
    "en": [("Beth Shalom Congregation", "Reform Judaism"), ("St Aidan's Parish", "Anglican"),
           ("Al-Noor Mosque", "Sunni Islam"), ("Gurdwara Sahib Leeds", "Sikh"),
           ("Grace Baptist Church", "Baptist")],
    "fr": [("Paroisse Saint-Irénée", "catholique"), ("Temple protestant du Marais",
                                                     "protestante réformée"),
           ("Mosquée de la Duchère", "musulmane"), ("Communauté israélite", "juive")],
    "es": [("Parroquia de San Bernabé", "católica"), ("Iglesia Evangélica Bautista",
                                                       "evangélica"),
           ("Comunidad Islámica", "musulmana"), ("Comunidad Judía", "judía")]}


def parish_register(ctx: Ctx) -> Doc:
    ctx.add("religious_belief")
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    keys = {"en": ("member", "denomination", "congregation", "baptism_date", "dob"),
            "de": ("gemeindeglied", "konfession", "gemeinde", "taufdatum", "geburtsdatum"),
            "fr": ("fidele", "confession", "paroisse", "date_bapteme", "date_naissance"),
            "es": ("feligres", "confesion", "parroquia", "fecha_bautismo",
                   "fecha_nacimiento")}[lang]
    congregation, denomination = ctx.pick(CONGREGATIONS[lang])
    member: dict[str, Any] = {"first": first, "last": last, keys[4]: ctx.dob(),
                              keys[2]: congregation, keys[1]: denomination}
    if ctx.chance(0.5):
        member[keys[3]] = ctx.day(1990)
    if ctx.chance(0.5):
        member["address"] = ctx.address(lang)
    if ctx.chance(0.3):
        member[ctx.kk(("status",))] = ctx.pick(["active", "ausgetreten", "transferred"])
    ctx.note(f"parish register/{lang}")
    return {"register": ctx.ref("REG"), keys[0]: member, "updated_by": "office"}


FAITH_FUNDS = {"en": ["Zakat al-Mal", "Sadaqah Jariyah", "Tzedakah fund", "Tithe", "Building "
                      "fund (St Aidan's)"],
               "de": ["Kirchgeld", "Zakat", "Kollekte Diakonie", "Gemeindebeitrag Synagoge"],
               "fr": ["Denier de l'Église", "Zakat al-Fitr", "Quête paroissiale"],
               "es": ["Diezmo", "Donativo parroquial", "Zakat"]}


def faith_donation(ctx: Ctx) -> Doc:
    ctx.add("religious_belief")
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    pay: dict[str, Any]
    if ctx.chance(0.5):
        pay = {"method": "sepa_debit", "iban": ctx.iban({"de": "DE", "fr": "FR",
                                                           "es": "ES"}.get(lang, "GB")),
               "mandate": ctx.ref("MNDT")}
    elif ctx.chance(0.5):
        pay = {"method": "card", "pan": ctx.card()}
    else:
        pay = {"method": "card", "brand": "visa", "last4": f"{ctx.r.randint(1000, 9999)}"}
    ctx.note(f"faith donation/{lang}")
    return {"donation": {"id": ctx.ref("DN"), "amount": ctx.amount(10, 500),
                         "fund": ctx.pick(FAITH_FUNDS[lang]),
                         "organisation": ctx.pick(CONGREGATIONS[lang])[0],
                         "gift_aid": lang == "en" and ctx.chance(0.5),
                         "donor": {"name": f"{first} {last}", "email": ctx.email(first, last, lang),
                                   "postal": ctx.address(lang)},
                         "payment": pay}}


def payroll(ctx: Ctx) -> Doc:
    lang = ctx.lang
    company, _ = ctx.pick(COMPANIES[lang])
    gross = ctx.amount(2100, 7200)
    lines: list[dict[str, Any]] = []
    emp: dict[str, Any] = {"name": ctx.name(lang), "id": ctx.ref("PN")}
    if lang == "de":
        emp["steuer_id"] = ctx.steuer_id()
        emp["steuerklasse"] = ctx.r.randint(1, 5)
        lines.append({"art": "Lohnsteuer", "betrag": round(gross * 0.14, 2)})
        if ctx.chance(0.6):
            ctx.add("religious_belief")
            emp[ctx.pick(["kirchensteuermerkmal", "KiSt-Merkmal", "konfession",
                          "kirchensteuer_merkmal"])] = ctx.pick(["rk", "ev", "ak", "lt", "fr"])
            lines.append({"art": "Kirchensteuer", "betrag": round(gross * 0.012, 2)})
            ctx.note("church tax")
        lines.append({"art": "Krankenversicherung AN-Anteil", "betrag": round(gross * 0.081, 2)})
    elif lang == "fr":
        emp["nir"] = ctx.nir()
        lines.append({"libelle": "CSG déductible", "montant": round(gross * 0.068, 2)})
        lines.append({"libelle": "Complémentaire santé (part salariale)",
                      "montant": ctx.amount(20, 60)})
    elif lang == "es":
        emp["nif"] = ctx.dni()
        lines.append({"concepto": "IRPF", "importe": round(gross * 0.15, 2)})
        lines.append({"concepto": "Contingencias comunes", "importe": round(gross * 0.047, 2)})
    else:
        if ctx.chance(0.5):
            emp[ctx.pick(["ni_number", "nino", "NINumber"])] = ctx.nino()
        else:
            emp[ctx.pick(["ssn", "SSN", "social_security_number"])] = ctx.ssn()
        lines.append({"item": "PAYE", "amount": round(gross * 0.18, 2)})
        lines.append({"item": "Employer health plan premium", "amount": ctx.amount(40, 180)})
    if ctx.chance(0.55):
        ctx.add("trade_union")
        union = ctx.pick(UNIONS[lang])
        label = {"en": f"Union dues - {union}", "de": f"Gewerkschaftsbeitrag {union}",
                 "fr": f"Cotisation syndicale {union}", "es": f"Cuota sindical {union}"}[lang]
        key = {"en": "item", "de": "art", "fr": "libelle", "es": "concepto"}[lang]
        amt = {"en": "amount", "de": "betrag", "fr": "montant", "es": "importe"}[lang]
        lines.append({key: label, amt: ctx.amount(8, 35)})
        ctx.note("union dues")
    pay = {"iban": ctx.iban({"de": "DE", "fr": "FR", "es": "ES"}.get(lang, "GB"))} \
        if lang != "en" or ctx.chance(0.5) else \
        {"sort_code": ctx.sort_code(), "account_number": ctx.account_no(8)}
    ctx.note(f"payroll/{lang}")
    return {"employer": company, "period": ctx.day()[:7], "employee": emp, "gross": gross,
            "deductions": lines, "payout": pay}


UNION_ROLES = {"en": ["member", "shop steward", "branch secretary", "health & safety rep"],
               "de": ["Mitglied", "Vertrauensfrau", "Vertrauensmann", "Tarifkommission"],
               "fr": ["adhérent", "délégué syndical", "élu CSE (liste CGT)",
                      "trésorier de section"],
               "es": ["afiliado", "delegado sindical", "miembro del comité", "secretaria de "
                      "sección"]}


def union_roster(ctx: Ctx) -> Doc:
    ctx.add("trade_union")
    lang = ctx.lang
    company, _ = ctx.pick(COMPANIES[lang])
    members = []
    for _ in range(ctx.r.randint(1, 3)):
        first, last = ctx.name_parts(lang)
        m: dict[str, Any] = {"name": f"{first} {last}", "role": ctx.pick(UNION_ROLES[lang]),
                             "joined": ctx.day(2012)}
        if ctx.chance(0.5):
            m["email"] = ctx.email(first, last, lang)
        if ctx.chance(0.4):
            m["mobile"] = ctx.phone(lang)
        members.append(m)
    doc: dict[str, Any] = {"union": ctx.pick(UNIONS[lang]),
                           "branch": ctx.pick(["Nord", "Region 7", "Section Lyon-Est", "Local 32"]),
                           "workplace": company, "members": members}
    if ctx.chance(0.4):
        doc["dues_collection"] = {"method": "direct_debit", "iban": ctx.iban()}
    ctx.note(f"union roster/{lang}")
    return doc


def hris_export(ctx: Ctx) -> Doc:
    """HRIS employee export with optional sensitive flags (and ordinary look-alikes)."""
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    company, domain = ctx.pick(COMPANIES[lang])
    emp: dict[str, Any] = {"employeeNumber": ctx.ref("E"), "givenName": first,
                           "familyName": last, "workEmail": ctx.work_email(first, last, domain),
                           "hireDate": ctx.day(2018), "costCenter": ctx.upper(4),
                           "collectiveAgreement": ctx.pick(["TVöD", "none", "Convenio Metal",
                                                            "Syntec"]),
                           "pep": False,
                           "healthPlan": ctx.pick(["Gold PPO", "Basic", "none"])}
    picks = ctx.r.sample(["union", "union", "religion", "disability", "dob", "orientation"],
                         ctx.r.randint(1, 3))
    if "union" in picks:
        ctx.add("trade_union")
        emp[ctx.kk(("union", "member"), ("is", "union", "member"), "gewerkschaftsmitglied",
                   "syndique", "afiliado_sindicato")] = ctx.pick([True, False, False])
        ctx.note("union flag")
    if "religion" in picks:
        ctx.add("religious_belief")
        emp[ctx.kk(("religious", "holidays"), ("observed", "holidays"))] = ctx.pick(
            [["Eid al-Fitr", "Eid al-Adha"], ["Rosh Hashanah", "Yom Kippur"], ["Diwali"],
             ["Orthodox Easter", "Orthodox Christmas"]])
        ctx.note("religious holidays")
    if "disability" in picks:
        ctx.add("health")
        emp[ctx.kk(("disability",), ("accommodation",), "schwerbehinderung")] = ctx.pick(
            [{"status": True, "accommodation": "screen reader"},
             {"gdb": 50, "zusatzurlaub": 5}, {"status": True, "note": "hearing loop required"}])
        ctx.note("disability")
    if "dob" in picks:
        emp["birthDate"] = ctx.dob("iso")
    if "orientation" in picks:
        ctx.add("sex_life_orientation")
        emp[ctx.kk(("sexual", "orientation"), ("orientation",))] = ctx.pick(
            ["gay", "lesbian", "bisexual", "heterosexual"])
        ctx.note("orientation")
    return {"exportedAt": ctx.ts(), "tenant": company, "workers": [emp]}
