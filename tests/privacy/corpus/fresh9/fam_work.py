"""Employment: HR cases, payroll, directories, recruiting, CRM."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def hr_grievance(c: Ctx) -> Any:
    complainant = c.person()
    doc: dict[str, Any] = {
        "case": c.ref("ER"), "type": c.pick(["grievance", "dignity_at_work", "Beschwerde",
                                            "reclamación"]),
        "complainant": {"displayName": complainant.full,
                        "email": c.email(complainant, work=True)},
        "respondent": {"display": c.name()},
        "opened": c.ts(), "status": c.pick(["open", "investigation", "hearing_scheduled"]),
        "summary": c.note(c.num(1, 2), ["racial_ethnic_origin", "trade_union", "health",
                                        "religious_belief", "sex_life_orientation"]),
    }
    if c.chance(0.4):
        doc["companion"] = {"name": c.name(), "capacity": c.k(
            "union rep (Unison)", "ver.di-Vertrauensfrau", "délégué CFDT", "delegado de UGT")}
        c.tag("trade_union", "companion")
    if c.chance(0.3):
        doc["assignee"] = {"display": c.name(c.lang), "team": "Employee Relations"}
    return doc


def accommodation_request(c: Ctx) -> Any:
    p = c.person()
    return {
        "request_id": c.uuid(),
        "employee": {"given_name": p.given, "family_name": p.family,
                     "email": c.email(p, work=True)},
        c.k("condition_disclosed", "angegebene_einschraenkung", "situation", "motivo"): c.say(
            "health"),
        "adjustments": c.pick([["sit-stand desk", "screen reader"], ["later start"],
                               ["home working 2 days"], ["quiet room"]]),
        "approver": {"display": c.name(c.lang)},
        "occupational_health_referral": c.chance(0.5),
    }


def union_dispute(c: Ctx) -> Any:
    union = c.pick({"en": ["Unite", "GMB"], "de": ["ver.di", "IG Metall"],
                    "fr": ["CGT", "FO"], "es": ["CCOO", "UGT"]}[c.lang])
    roles = {"en": ["shop steward", "branch secretary"],
             "de": ["Vertrauensmann", "Vertrauensfrau"],
             "fr": ["délégué syndical", "représentante de section"],
             "es": ["delegada sindical", "delegado de prevención"]}[c.lang]
    reps = [{"name": c.name(), "role": c.pick(roles)} for _ in range(c.num(1, 2))]
    c.tag("trade_union", "reps")
    doc: dict[str, Any] = {
        "dispute": c.ref("IR"), "union": union, "site": c.k("Depot 4", "Werk Süd",
                                                            "Entrepôt Corbas", "Nave 2"),
        "representatives": reps,
        "issue": c.pick(["shift pattern change", "Tarifeingruppierung", "heures sup"]),
        "affected_members": [c.name() for _ in range(c.num(1, 4))],
    }
    if c.chance(0.4):
        doc["minutes"] = c.note(1, ["trade_union", "health"])
    return doc


def payroll_de(c: Ctx) -> Any:
    c.lang = "de"
    p = c.person("de")
    marker = c.pick(["rk", "ev", "rk", "ev", "ak", "--"])
    c.tag("religious_belief", "kist")
    doc: dict[str, Any] = {
        "abrechnungsmonat": f"2025-{c.num(1, 12):02d}",
        "personalnummer": c.digits(5),
        "mitarbeiter": {"name": p.family + ", " + p.given, "geburtsdatum": c.dob("local"),
                        "anschrift": c.address_line("de")},
        "steuer": {"steuer_id": c.steuer_id(), "steuerklasse": c.num(1, 5),
                   "kirchensteuermerkmal": marker,
                   "kirchensteuer": 0.0 if marker == "--" else c.money(8, 60),
                   "lohnsteuer": c.money(150, 900)},
        "sv": {"kv_beitrag": c.money(150, 400), "krankenkasse": c.pick(["TK", "AOK Plus",
                                                                        "Barmer"])},
        "abzuege": [],
        "auszahlung": {"iban": c.iban("DE"), "betrag": c.money(1600, 4200)},
    }
    if c.chance(0.4):
        doc["abzuege"].append({"bezeichnung": c.pick(["Gewerkschaftsbeitrag ver.di",
                                                      "IG Metall Beitrag"]),
                               "betrag": c.money(15, 45)})
        c.tag("trade_union", "dues")
    if c.chance(0.25):
        doc["fehlzeiten"] = [{"art": "Arbeitsunfähigkeit", "tage": c.num(1, 10),
                              "diagnose": c.pick(["F32.1", "M54.5", "J06.9"])}]
        c.tag("health", "sick-leave")
    return doc


def payroll_fr(c: Ctx) -> Any:
    c.lang = "fr"
    p = c.person("fr")
    lines: list[dict[str, Any]] = [
        {"libelle": "Complémentaire santé (part salariale)", "montant": c.money(20, 60)},
        {"libelle": "CSG déductible", "montant": c.money(60, 200)},
    ]
    doc: dict[str, Any] = {
        "periode": f"2025-{c.num(1, 12):02d}",
        "salarie": {"nom": p.family, "prenom": p.given, "numero_securite_sociale": c.nir(),
                    "adresse": c.address_line("fr")},
        "lignes": lines,
        "virement": {"iban": c.iban("FR"), "net_a_payer": c.money(1500, 3900)},
    }
    if c.chance(0.6):
        lines.append({"libelle": c.pick(["Cotisation syndicale CFDT", "Retenue cotisation CGT"]),
                      "montant": c.money(8, 25)})
        c.tag("trade_union", "dues")
    if c.chance(0.3):
        doc["absences"] = [{"motif": "arrêt maladie", "jours": c.num(2, 20)}]
        c.tag("health", "sick-leave")
    return doc


def payroll_es(c: Ctx) -> Any:
    c.lang = "es"
    p = c.person("es")
    deductions: list[dict[str, Any]] = [{"concepto": "IRPF", "importe": c.money(100, 600)}]
    doc: dict[str, Any] = {
        "nomina": {"mes": c.num(1, 12), "anio": 2025},
        "trabajador": {"nombre": p.full, "nif": c.dni() if c.chance(0.7) else c.nie(),
                       "categoria": c.pick(["Oficial 1ª", "Administrativa", "Peón"])},
        "deducciones": deductions,
        "pago": {"iban": c.iban("ES"), "liquido": c.money(1100, 3000)},
    }
    if c.chance(0.6):
        deductions.append({"concepto": c.pick(["Cuota sindical CCOO", "Cuota sindical UGT",
                                               "cuota sindical"]), "importe": c.money(9, 20)})
        c.tag("trade_union", "dues")
    if c.chance(0.3):
        doc["it"] = {"tipo": "incapacidad temporal", "contingencia": "enfermedad común",
                     "dias": c.num(2, 30)}
        c.tag("health", "sick-leave")
    return doc


def crm_export_csv(c: Ctx) -> Any:
    header = c.pick(["name,email,phone,city,notes", "Nom;Email;Telephone;Ville;Remarque",
                     "nombre,correo,telefono,ciudad,nota"])
    sep = ";" if ";" in header else ","
    rows = [header]
    for _ in range(c.num(2, 6)):
        p = c.person()
        note = c.say_any(["health", "religious_belief", "political_opinion"]) if c.chance(
            0.2) else c.pick(["VIP", "", "no newsletter", "rappeler"])
        rows.append(sep.join([p.full, c.email(p), c.phone(), c.pick(
            ["Leeds", "Lyon", "Köln", "Sevilla"]), note.replace(sep, " ")]))
    return {"export": {"id": c.uuid(), "object": "contacts", "format": "text/csv",
                       "generated": c.ts(), "data": "\n".join(rows) + "\n"}}


def employee_scim(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": c.uuid(), "userName": c.email(p, work=True),
        "name": {"givenName": p.given, "familyName": p.family, "formatted": p.full},
        "phoneNumbers": [{"type": "work", "value": c.phone()}],
        "active": True,
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": c.digits(5), "department": c.pick(["Logistics", "Finance", "IT"]),
            "manager": {"displayName": c.name(), "value": c.uuid()}},
        "meta": {"resourceType": "User", "created": c.ts(), "version": f'W/"{c.hexs(8)}"'},
    }
    if c.chance(0.5):
        ext: dict[str, Any] = {"costCentre": c.digits(4)}
        if c.chance(0.6):
            ext["ethnicity"] = c.pick(["Black African", "White Irish", "Asian Bangladeshi",
                                       "Hispanic or Latino"])
            c.tag("racial_ethnic_origin", "hris")
        if c.chance(0.5):
            ext["unionMember"] = c.chance(0.5)
            c.tag("trade_union", "flag")
        doc["urn:example:hris:1.0:User"] = ext
        doc["schemas"].append("urn:example:hris:1.0:User")
    return doc


RACE_OPTIONS = ("Hispanic or Latino", "White", "Black or African American",
                "Asian", "Native Hawaiian or Other Pacific Islander",
                "American Indian or Alaska Native", "Two or More Races")
DECLINE = "I do not wish to answer"


def eeo_self_id(c: Ctx) -> Any:
    c.lang = "en"
    race = c.pick((*RACE_OPTIONS, DECLINE, DECLINE))
    disability = c.pick(["Yes, I have a disability (or previously had a disability)",
                         "No, I do not have a disability", DECLINE])
    if race != DECLINE:
        c.tag("racial_ethnic_origin", "eeo")
    if disability != DECLINE:
        c.tag("health", "cc-305")
    p = c.person("en")
    return {"candidate": {"name": p.full, "email": c.email(p)},
            "requisition": c.ref("REQ"),
            "eeo": {"race_ethnicity": race, "gender": c.pick(["Female", "Male", DECLINE]),
                    "veteran_status": c.pick(["not a protected veteran", DECLINE]),
                    "disability_status": disability},
            "submitted": c.ts()}


def background_check(c: Ctx) -> Any:
    c.lang = "en"
    p = c.person(c.pick(["en", "world"]))
    screens = c.pick([["criminal_county", "ssn_trace"], ["employment", "education"],
                      ["criminal_national", "mvr", "employment"]])
    doc: dict[str, Any] = {
        "report_id": c.ref("BGC"), "package": c.pick(["basic", "pro", "driver"]),
        "candidate": {"first_name": p.given, "last_name": p.family, "dob": c.dob("iso"),
                      "ssn": c.ssn(c.chance(0.6)), "zip": c.pick(["97205", "60614"])},
        "screenings": [],
    }
    for screen in screens:
        result: dict[str, Any] = {"type": screen, "status": c.pick(["clear", "clear",
                                                                    "consider"])}
        if screen.startswith("criminal"):
            c.tag("criminal_record", "screen")
            if result["status"] == "consider":
                result["records"] = [{"offense": c.pick(["DUI", "misdemeanor theft"]),
                                      "disposition": "convicted", "date": c.day(2018)}]
        doc["screenings"].append(result)
    return doc


def recruiting_ats_note(c: Ctx) -> Any:
    p = c.person()
    return {
        "candidate": {"id": c.uuid(), "name": p.full, "email": c.email(p), "phone": c.phone()},
        "stage": c.pick(["phone_screen", "onsite", "offer"]),
        "feedback": [{"interviewer": c.name(c.lang), "score": c.num(1, 4),
                      "text": c.note(c.num(0, 1), ["health", "religious_belief",
                                                    "criminal_record", "trade_union"],
                                     near_miss=0.5)} for _ in range(c.num(1, 3))],
    }


def whistleblower_report(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        "report": c.ref("WB"), "channel": c.pick(["web", "hotline"]),
        "reporter": "anonymous",
        "allegation": c.pick(["conflict of interest", "safety breach", "expenses policy"]),
        "persons_concerned": [{"name": c.name(), "position": c.pick(
            ["site manager", "Teamleiter", "chef d'équipe", "encargado"])}],
        "description": c.note(c.num(1, 2), ["criminal_record", "sex_life_orientation",
                                            "political_opinion", "racial_ethnic_origin"]),
    }
    if c.chance(0.3):
        doc["reporter_contact"] = c.email(c.someone())
    return doc
