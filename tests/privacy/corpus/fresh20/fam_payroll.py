"""Onboarding, tax, payroll, benefits, expenses, travel and relocation families."""

from __future__ import annotations

from typing import Any

from . import pools
from .common import employer
from .compose import cyc, hn, neg, sp, typo
from .ctx import Ctx
from .phrases import UNIONS
from .registry import family


def _money(c: Ctx, lo: int, hi: int) -> float:
    return round(c.rng.uniform(lo, hi), 2)


@family(3, "en")
def i9_section1(c: Ctx) -> Any:
    emp = c.person("en")
    status = c.pick(
        [
            "A citizen of the United States",
            "A lawful permanent resident",
            "A noncitizen authorized to work",
        ]
    )
    c.tag("neg:citizenship")
    addr = c.address_obj()
    s1: dict[str, Any] = {
        "lastName": emp.last,
        "firstName": emp.first,
        "middleInitial": c.pick(["A", "J", "M", ""]),
        "otherLastNamesUsed": "N/A",
        "address": addr,
        "dateOfBirth": c.dob("local"),
        "usSocialSecurityNumber": c.ssn(dashed=c.chance(0.6)),
        "employeeEmail": emp.email(),
        "employeeTelephone": emp.phone(),
        "citizenshipImmigrationStatus": status,
        "signatureDate": str(c.day(0)),
    }
    sec2: dict[str, Any] = {"status": "pending"}
    if c.i != 1:
        sec2 = {
            "status": "completed",
            "listA": {
                "type": "passport",
                "documentTitle": "U.S. Passport",
                "issuingAuthority": "U.S. Department of State",
                "documentNumber": c.passport("US"),
                "expirationDate": str(c.day(2500)),
            },
        }
    if "permanent" in status:
        s1["uscisANumber"] = "A" + c.digits(9, True)
        c.decoy(s1["uscisANumber"][1:], "decoy:a-number", silent=True)
    return {"formI9": {"caseId": c.uuid(), "section1": s1, "preparerUsed": False, "section2": sec2}}


@family(3, "en")
def w4_submission(c: Ctx) -> Any:
    emp = c.person("en")
    return {
        "form": "W-4",
        "tax_year": 2025,
        "employee": {
            "first_name_middle_initial": emp.first,
            "last_name": emp.last,
            "ssn": c.ssn(),
            "address": c.street_line(),
            "city_state_zip": "{1}, {2} {0}".format(*c.city("en")),
        },
        "step1c_filing_status": c.pick(["single", "married_filing_jointly", "head_of_household"]),
        "step2_multiple_jobs": c.chance(0.3),
        "step3_dependents_amount": c.pick([0, 2000, 4000]),
        "step4a_other_income": 0,
        "step4c_extra_withholding": c.pick([0, 25, 50]),
        "signed_at": c.ts(0),
        "validation_warnings": [
            {"field": "spouse_ssn", "value": c.ssn_bad(), "message": "invalid SSN area number"}
        ]
        if c.i % 2
        else [],
    }


@family(3, "en")
def uk_starter_checklist(c: Ctx) -> Any:
    emp = c.person("en")
    return {
        "starterChecklist": {
            "surname": emp.last,
            "forenames": emp.first,
            "nationalInsuranceNumber": c.nino(),
            "dateOfBirth": c.dob(),
            "homeAddress": c.address_text(),
            "employeeStatement": c.pick(["A", "B", "C"]),
            "studentLoan": {"plan": c.pick(["Plan 1", "Plan 2", "None"]), "postgraduate": False},
            "declarationDate": str(c.day(0)),
            "validation": {
                "field": "previous_ni_number",
                "value": c.nino_bad(),
                "error": "invalid prefix",
            },
        }
    }


@family(4, "en")
def uk_right_to_work(c: Ctx) -> Any:
    emp = c.person("en")
    plan = cyc(c, [["passport"], ["share"], ["passport"], ["passport"]])
    nat = c.pick(["British", "Irish", "Indian", "Polish", "Nigerian"])
    c.tag("neg:nationality")
    rec: dict[str, Any] = {
        "employee": emp.full,
        "dob": c.dob(),
        "nationality": nat,
        "checked_by": c.person("en").full,
        "check_date": str(c.day(0)),
    }
    if plan == ["passport"]:
        rec["document"] = {
            "type": "passport",
            "number": c.passport("GB"),
            "expiry": str(c.day(1500)),
            "original_seen": True,
        }
    else:
        rec["document"] = {
            "type": "share_code",
            "code": c.alnum(9, upper=True),
            "result": "Right to work: unlimited",
            "eu_status": neg(
                c,
                "european-union",
                {
                    "en": "EU Settlement Scheme: settled status",
                    "de": "EU Settlement Scheme: settled status",
                    "fr": "EU Settlement Scheme: settled status",
                    "es": "EU Settlement Scheme: settled status",
                },
            ),
        }
    return {"rtw_check": rec}


@family(5, "de")
def personalfragebogen(c: Ctx) -> Any:
    emp = c.person("de")
    plan = cyc(c, [["rk"], ["ev", "sb_no"], ["sb_yes", "rk"], [], ["ev"]])
    d: dict[str, Any] = {
        "persönliche_angaben": {
            "familienname": emp.last,
            "vorname": emp.first,
            "geburtsdatum": c.dob("local"),
            "geburtsort": c.pick(["Köln", "Dresden", "Izmir", "Kattowitz"]),
            "anschrift": c.address_obj("local", "de"),
            "familienstand": c.pick(["ledig", "verheiratet"]),
            "staatsangehörigkeit": c.pick(["deutsch", "türkisch", "polnisch"]),
        },
        "steuer": {"steuer_id": c.steuerid(), "steuerklasse": c.pick(["I", "III", "IV", "V"])},
        "sozialversicherung": {
            "krankenkasse": c.pick(["AOK Rheinland", "TK", "Barmer", "DAK"]),
            "sv_nummer": c.decoy(
                f"{c.rint(10, 79)} {c.digits(6)} {c.pick('ABKMSW')} {c.digits(3)}",
                "decoy:sv-nummer",
            ),
        },
        "bankverbindung": {"iban": c.iban("DE"), "bic": c.bic(), "kontoinhaber": emp.full},
    }
    c.tag("neg:nationality")
    if "rk" in plan or "ev" in plan:
        d["steuer"]["konfession"] = c.mark(
            "religious_belief", "rk" if "rk" in plan else "ev", "field:church-tax-marker"
        )
    if "sb_no" in plan:
        d["schwerbehinderung"] = {
            "vorhanden": c.mark("health", "nein", "field:health/neg-disability")
        }
    if "sb_yes" in plan:
        d["schwerbehinderung"] = {
            "vorhanden": "ja",
            "gdb": c.mark("health", "GdB 50", "field:health-disability"),
            "ausweis_gültig_bis": str(c.day(900)),
        }
    return d


@family(3, "de")
def elstam_aenderungsliste(c: Ctx) -> Any:
    rows = []
    for _ in range(c.rint(1, 3)):
        p = c.person("de")
        rows.append(
            {
                "idnr": c.steuerid(spaced=False),
                "name": p.inv,
                "gueltig_ab": str(c.day(-c.rint(0, 30))),
                "steuerklasse": c.pick(["1", "3", "4"]),
                "kinderfreibetraege": c.pick(["0,5", "1,0", "0"]),
                "kirchensteuermerkmal": c.mark(
                    "religious_belief", c.pick(["rk", "ev", "ak", "lt"]), "field:church-tax-marker"
                ),
                "kirchensteuermerkmal_ehegatte": None,
            }
        )
    return {
        "abruf": {
            "arbeitgeber_steuernummer": (
                f"{c.rint(10, 99)}/{c.rint(100, 999)}/{c.rint(10000, 99999)}"
            ),
            "typ": "Änderungsliste",
            "abrufdatum": str(c.day(0)),
            "datensätze": rows,
        }
    }


@family(3, "de")
def kirchenaustritt_meldung(c: Ctx) -> Any:
    emp = c.person("de")
    if c.i % 2 == 0:
        text = (
            typo(c, "Hallo Lohnbuchhaltung, kurze Info: ")
            + c.mark(
                "religious_belief",
                "ich bin zum 1. März aus der Kirche ausgetreten",
                "text:religious_belief",
            )
            + typo(c, ". Bitte ab dann keine Kirchensteuer mehr abziehen. Bescheinigung hängt an.")
        )
    else:
        text = (
            typo(c, "Hallo, anbei die Austrittsbescheinigung vom Standesamt (")
            + c.mark(
                "religious_belief",
                "Austritt aus der römisch-katholischen Kirche",
                "text:religious_belief",
            )
            + typo(c, "). Wird das automatisch über ELStAM geändert oder muss ich noch was machen?")
        )
    msg = {"betreff": "Kirchenaustritt - Kirchensteuer bitte stoppen", "text": text}
    return {
        "ticket": {
            "id": f"HR-{c.rint(10000, 99999)}",
            "kategorie": "Entgeltabrechnung",
            "von": {"name": emp.full, "email": emp.email(employer(c, "de")[1])},
            **msg,
            "anhang": ["Austrittsbescheinigung.pdf"],
            "eingegangen": c.ts(0),
        }
    }


@family(4, "fr")
def dossier_embauche_fr(c: Ctx) -> Any:
    emp = c.person("fr")
    plan = cyc(c, [[], ["rqth"], [], ["~health"]])
    d: dict[str, Any] = {
        "salarié": {
            "nom": emp.last,
            "prénom": emp.first,
            "date_naissance": c.dob("local"),
            "lieu_naissance": c.pick(["Lyon", "Alger", "Dakar", "Lille"]),
            "numéro_sécurité_sociale": c.nir(emp.g),
            "adresse": c.address_obj("local", "fr"),
            "téléphone": emp.phone(),
            "email": emp.email(),
        },
        "rib": {"titulaire": emp.full, "iban": c.iban("FR"), "bic": c.bic()},
        "mutuelle": {"adhésion": c.pick(["oui", "dispense - couverture conjoint"])},
        "contrat": {"type": c.pick(["CDI", "CDD"]), "début": str(c.day(10))},
    }
    if plan == ["rqth"]:
        d["situation_handicap"] = {
            "rqth": True,
            "détail": c.mark("health", "RQTH valide jusqu'en 2027", "field:health-disability"),
        }
    elif plan == ["~health"]:
        d["mutuelle"]["note"] = hn(c, "health")
    if c.i == 2:
        d["contrôle"] = {"nir_saisi_invalide": c.nir_bad()}
    return d


@family(4, "es")
def alta_trabajador_es(c: Ctx) -> Any:
    emp = c.person("es")
    plan = cyc(c, [[], ["disc"], ["bad_dni"], []])
    d: dict[str, Any] = {
        "trabajador": {
            "nombre": emp.first,
            "apellidos": emp.last,
            "nif": c.dni(),
            "naf": c.decoy(
                f"{c.rint(10, 52)}/{c.digits(8)}/{c.digits(2)}", "decoy:naf-social-security"
            ),
            "fecha_nacimiento": c.dob("local"),
            "domicilio": c.address_obj("local", "es"),
            "móvil": emp.phone(),
            "correo": emp.email(),
        },
        "cuenta_nómina": {"iban": c.iban("ES")},
        "contrato": {
            "código": c.pick(["100", "189", "401"]),
            "jornada": c.pick(["completa", "parcial 30h"]),
        },
        "alta_ss": {"fecha": str(c.day(3)), "régimen": "General"},
    }
    if plan == ["disc"]:
        d["trabajador"]["grado_discapacidad"] = c.mark("health", "33%", "field:health-disability")
    if plan == ["bad_dni"]:
        d["validación"] = {
            "campo": "nif_cónyuge",
            "valor": c.dni_bad(),
            "error": "letra de control incorrecta",
        }
    return d


@family(4)
def direct_deposit_change(c: Ctx) -> Any:
    emp = c.person()
    plan = cyc(c, [["iban"], ["us"], ["uk"], ["bad_iban"]])
    rec: dict[str, Any] = {
        "employee_id": f"E{c.rint(10000, 99999)}",
        "employee_name": emp.full,
        "requested_at": c.ts(0),
        "channel": c.pick(["self_service", "hr_ticket"]),
        "ip": c.ip(),
    }
    if plan == ["iban"]:
        rec["new_account"] = {
            "iban": c.iban(c.pick(["DE", "FR", "ES", "NL", "BE", "AT", "IE"])),
            "bic": c.bic(),
            "holder": emp.full,
        }
    elif plan in (["us"], ["us_cu"]):
        bank = (
            "Navy Federal Credit Union"
            if plan == ["us_cu"]
            else c.pick(["Chase", "Wells Fargo", "US Bank"])
        )
        if plan == ["us_cu"]:
            c.tag("neg:credit-union")
        rec["new_account"] = {
            "bank_name": bank,
            "routing_number": c.routing(),
            "account_number": c.account_no(c.pick([9, 10, 12])),
            "account_type": c.pick(["checking", "savings"]),
            "allocation": "100%",
        }
    elif plan == ["uk"]:
        rec["new_account"] = {
            "bank": c.pick(["Barclays", "Monzo", "Nationwide"]),
            "sort_code": c.sort_code(),
            "account_number": c.uk_account(),
        }
    else:
        rec["new_account"] = {"iban": c.iban_bad(), "holder": emp.full}
        rec["validation"] = {
            "field": "iban",
            "error": "IBAN checksum invalid",
            "status": "rejected",
        }
    return rec


@family(4, "en", wrap={2: "basic"})
def payroll_run_us(c: Ctx) -> Any:
    rows = []
    for j in range(c.rint(2, 4)):
        p = c.person("en")
        deds = [
            {
                "code": "MED",
                "description": "Medical premium - BlueShield PPO",
                "amount": _money(c, 40, 260),
            },
            {"code": "401K", "description": "401(k) 5%", "amount": _money(c, 60, 300)},
        ]
        if (c.i + j) % 3 == 0 and c.i % 5 != 4:
            deds.append(
                {
                    "code": "UNION",
                    "description": c.mark(
                        "trade_union",
                        "Union dues - " + c.pick(UNIONS["en"][:3]),
                        "field:union-dues",
                    ),
                    "amount": _money(c, 18, 60),
                }
            )
        if c.i % 5 == 2 and j == 0:
            deds.append(
                {
                    "code": "GARN",
                    "description": "Child support garnishment (civil order)",
                    "amount": _money(c, 100, 400),
                }
            )
            c.tag("neg:civil-garnishment")
        rows.append(
            {
                "employee_id": f"E{c.rint(10000, 99999)}",
                "name": p.inv,
                "ssn_last4": c.digits(4),
                "gross": _money(c, 1200, 5200),
                "federal_wh": _money(c, 100, 700),
                "deductions": deds,
                "net": _money(c, 900, 4000),
                "pay_method": "direct_deposit",
                "account_last4": c.digits(4),
            }
        )
    c.tag("neg:health-plan-premium")
    return {
        "payroll_run": {
            "id": c.uuid(),
            "company": employer(c, "en")[0],
            "pay_period": {"start": str(c.day(-14)), "end": str(c.day(-1))},
            "check_date": str(c.day(3)),
            "employees": rows,
        }
    }


@family(4, "de", wrap={1: "bearer"})
def lohnabrechnung_de(c: Ctx) -> Any:
    emp = c.person("de")
    plan = cyc(c, [["kist"], ["kist", "gew"], ["gew"], []])
    brutto = _money(c, 2400, 6200)
    lines = [
        {"lohnart": "1000", "bezeichnung": "Gehalt", "betrag": brutto},
        {"lohnart": "/402", "bezeichnung": "Lohnsteuer", "betrag": -_money(c, 200, 900)},
        {"lohnart": "/403", "bezeichnung": "Solidaritätszuschlag", "betrag": 0.0},
        {"lohnart": "/301", "bezeichnung": "KV-Beitrag AN", "betrag": -_money(c, 180, 420)},
    ]
    stamm: dict[str, Any] = {
        "name": emp.full,
        "personalnummer": str(c.rint(1000, 9999)),
        "steuer_id": c.steuerid(),
        "stkl": c.pick(["1", "3", "4"]),
    }
    if "kist" in plan:
        mk = c.pick(["rk", "ev"])
        stamm["konfession"] = c.mark("religious_belief", mk, "field:church-tax-marker")
        lines.append(
            {
                "lohnart": "/404",
                "bezeichnung": f"Kirchensteuer {mk.upper()}",
                "betrag": -_money(c, 15, 80),
            }
        )
    if "gew" in plan:
        lines.append(
            {
                "lohnart": "7310",
                "bezeichnung": c.mark(
                    "trade_union",
                    f"Gewerkschaftsbeitrag {c.pick(UNIONS['de'])}",
                    "field:union-dues",
                ),
                "betrag": -round(brutto * 0.01, 2),
            }
        )
    return {
        "abrechnung": {
            "monat": c.now.strftime("%m/%Y"),
            "mitarbeiter": stamm,
            "positionen": lines,
            "auszahlung": {"iban": c.iban("DE"), "betrag": _money(c, 1600, 4000)},
        }
    }


@family(3, "fr")
def bulletin_paie_fr(c: Ctx) -> Any:
    emp = c.person("fr")
    plan = cyc(c, [["maladie"], [], ["~health"]])
    rub = [
        {"code": "1000", "libellé": "Salaire de base", "montant": _money(c, 1800, 4200)},
        {"code": "3010", "libellé": "CSG déductible", "montant": -_money(c, 90, 250)},
        {"code": "4200", "libellé": "Mutuelle part salariale", "montant": -_money(c, 20, 60)},
        {"code": "9000", "libellé": "Prélèvement à la source", "montant": -_money(c, 50, 400)},
    ]
    c.tag("neg:health-plan-premium")
    if plan == ["maladie"]:
        rub.insert(
            1,
            {
                "code": "2100",
                "libellé": c.mark("health", "Absence maladie", "field:sick-leave"),
                "du": str(c.day(-20)),
                "au": str(c.day(-16)),
                "montant": -_money(c, 100, 400),
            },
        )
        rub.insert(
            2,
            {"code": "2110", "libellé": "IJSS maintien de salaire", "montant": _money(c, 80, 300)},
        )
    elif plan == ["~health"]:
        rub.append({"code": "0000", "libellé": hn(c, "health"), "montant": 0})
    return {
        "bulletin": {
            "période": c.now.strftime("%Y-%m"),
            "salarié": {
                "nom": emp.full,
                "matricule": f"M{c.rint(1000, 9999)}",
                "nir": c.nir(emp.g),
            },
            "rubriques": rub,
            "net_à_payer": _money(c, 1400, 3500),
            "virement": {"iban": c.iban("FR")},
        }
    }


@family(4, "es")
def nomina_es(c: Ctx) -> Any:
    emp = c.person("es")
    plan = cyc(c, [["sind"], ["it"], ["sind", "it"], ["~trade_union"]])
    dev = [
        {"concepto": "Salario base", "importe": _money(c, 1100, 2600)},
        {"concepto": "Plus transporte", "importe": _money(c, 40, 120)},
    ]
    ded = [
        {"concepto": "Contingencias comunes 4,70%", "importe": _money(c, 50, 130)},
        {"concepto": "IRPF", "importe": _money(c, 80, 400)},
    ]
    if "sind" in plan:
        ded.append(
            {
                "concepto": c.mark(
                    "trade_union", f"Cuota sindical {c.pick(UNIONS['es'])}", "field:union-dues"
                ),
                "importe": _money(c, 8, 15),
            }
        )
    if "it" in plan:
        dev.append(
            {
                "concepto": c.mark(
                    "health", "Prestación IT contingencias comunes", "field:sick-leave"
                ),
                "días": c.rint(3, 15),
                "importe": _money(c, 100, 600),
            }
        )
    if "~trade_union" in plan:
        dev.append(
            {
                "concepto": "Atrasos convenio (acuerdo UE sobre desplazados)",
                "importe": _money(c, 10, 90),
            }
        )
        c.tag("neg:trade_union")
    return {
        "nómina": {
            "empresa": employer(c, "es")[0],
            "trabajador": {
                "nombre": emp.full,
                "nif": c.dni(),
                "categoría": c.pick(pools.JOB_TITLES["es"]),
            },
            "periodo": c.now.strftime("%m/%Y"),
            "devengos": dev,
            "deducciones": ded,
            "líquido": _money(c, 900, 2300),
            "iban": c.iban("ES"),
        }
    }


@family(3)
def wage_garnishment_order(c: Ctx) -> Any:
    emp = c.person()
    court = {
        "en": "Superior Court of California, County of Alameda",
        "de": "Amtsgericht Köln - Vollstreckungsgericht",
        "fr": "Tribunal judiciaire de Lyon",
        "es": "Juzgado de Primera Instancia n.º 4 de Valencia",
    }[c.lang]
    c.tag("neg:civil-order")
    return {
        "order": {
            "type": {
                "en": "earnings withholding order (civil)",
                "de": "Pfändungs- und Überweisungsbeschluss",
                "fr": "saisie sur salaire",
                "es": "embargo de salario",
            }[c.lang],
            "court": court,
            "case_no": f"{c.rint(10, 99)} M {c.rint(1000, 9999)}/{c.rint(24, 25)}",
            "debtor": {"name": emp.full, "address": c.address_text()},
            "creditor": c.pick(["Finanzamt", "Midland Credit", "Cofidis", "Cetelem"]),
            "amount_due": _money(c, 800, 9000),
            "received": str(c.day(0)),
        }
    }


@family(5)
def union_dues_checkoff(c: Ctx) -> Any:
    emp = c.person()
    union = c.pick(UNIONS[c.lang])
    auth = {
        "en": f"I authorize my employer to deduct monthly dues for {union} from my wages.",
        "de": (
            "Ich ermächtige meinen Arbeitgeber, den Mitgliedsbeitrag "
            f"an {union} vom Lohn einzubehalten."
        ),
        "fr": f"J'autorise mon employeur à prélever ma cotisation {union} sur mon salaire.",
        "es": f"Autorizo a la empresa a descontar de mi nómina la cuota de {union}.",
    }[c.lang]
    c.mark("trade_union", auth, "text:trade_union")
    return {
        "checkoff": {
            "member": {
                "name": emp.full,
                "employee_no": f"{c.rint(10000, 99999)}",
                "address": c.address_text(),
            },
            "union": union,
            "local": str(c.rint(10, 999)),
            "authorization_text": auth,
            "signed": str(c.day(0)),
            "rate": c.pick(["1% of gross", "flat 18.50", "1,1 %"]),
        }
    }


@family(4, "en")
def pac_payroll_deduction(c: Ctx) -> Any:
    emp = c.person("en")
    plan = cyc(c, [["pac"], ["pac"], ["pac"], ["no"]])
    rec: dict[str, Any] = {
        "employee": emp.full,
        "employee_id": f"E{c.rint(10000, 99999)}",
        "email": emp.email(employer(c, "en")[1]),
    }
    if plan == ["pac"]:
        rec["election"] = {
            "committee": "Meridian Foods Employees PAC",
            "per_pay_period": c.pick([5, 10, 25]),
            "earmark": c.mark(
                "political_opinion",
                c.pick(
                    [
                        "Republican candidates only",
                        "Democratic candidates only",
                        "Support: Friends of Dana Whitfield (D)",
                    ]
                ),
                "field:political-donation",
            ),
        }
    else:
        rec["election"] = {"committee": None, "declined": True}
        rec["pep"] = False
        c.tag("neg:pep-flag")
    return {"pac_authorization": rec, "submitted": c.ts(0)}


@family(3)
def payroll_giving(c: Ctx) -> Any:
    emp = c.person()
    plan = cyc(c, [["zakat"], ["neutral"], ["church"], ["zakat"]])
    if plan == ["zakat"]:
        charity = c.mark(
            "religious_belief",
            c.pick(["Zakat fund - National Zakat Foundation", "Zakat al-Mal via Islamic Relief"]),
            "field:religious-donation",
        )
    elif plan == ["church"]:
        charity = c.mark(
            "religious_belief",
            c.pick(
                [
                    "Parish giving: St Peter's (weekly offering)",
                    "Kirchgeld Ev.-luth. Kirchengemeinde",
                    "Denier du culte - diocèse",
                ]
            ),
            "field:religious-donation",
        )
    else:
        charity = c.pick(
            ["Macmillan Cancer Support", "Shelter", "Médecins Sans Frontières", "Tafel Deutschland"]
        )
        if "Cancer" in charity:
            c.tag("neg:health-charity")
    return {
        "giving": {
            "employee": {"name": emp.full, "payroll_id": str(c.rint(10000, 99999))},
            "charity": charity,
            "amount_per_month": c.pick([5, 10, 20, 50]),
            "gift_aid": c.lang == "en",
            "start": str(c.day(10)),
        }
    }


@family(4)
def expense_claim(c: Ctx) -> Any:
    emp, approver = c.person(), c.person()
    plan = cyc(c, [["card"], ["last4"], ["mileage"], ["hotel"], ["card"], ["~racial"]])
    cur = {"en": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR"}[c.lang]
    items: list[dict[str, Any]] = [
        {
            "date": str(c.day(-c.rint(2, 20))),
            "category": "meals",
            "merchant": c.pick(["Pret A Manger", "Vapiano", "Paul", "Rodilla"]),
            "amount": _money(c, 6, 60),
            "currency": cur,
        }
    ]
    claim: dict[str, Any] = {
        "claim_id": f"EXP-{c.alnum(6, upper=True)}",
        "employee": {"name": emp.full, "email": emp.email(employer(c)[1])},
        "approver": approver.full,
        "status": c.pick(["submitted", "approved"]),
        "items": items,
    }
    if plan == ["card"]:
        items.append(
            {
                "date": str(c.day(-3)),
                "category": "travel",
                "merchant": "Trainline",
                "amount": _money(c, 40, 200),
                "currency": cur,
                "paid_with": "personal card " + c.card(),
            }
        )
    elif plan == ["hotel"]:
        items.append(
            {
                "date": str(c.day(-3)),
                "category": "lodging",
                "merchant": c.pick(["Premier Inn", "Motel One", "Ibis", "NH"]),
                "merchant_address": c.address_text(),
                "amount": _money(c, 60, 220),
                "currency": cur,
            }
        )
    elif plan == ["mileage"]:
        lat, lon = c.geo()
        items.append(
            {
                "date": str(c.day(-2)),
                "category": "mileage",
                "km": c.rint(12, 300),
                "rate": 0.3,
                "start": {"lat": lat, "lon": lon},
                "end_label": c.city()[1],
            }
        )
    elif plan == ["~racial"]:
        items.append(
            {
                "date": str(c.day(-5)),
                "category": "team_event",
                "merchant": "Spice Route",
                "amount": _money(c, 100, 400),
                "currency": cur,
                "description": hn(c, "racial_ethnic_origin"),
            }
        )
    else:
        items[0]["paid_with"] = f"corporate card ending {c.digits(4)}"
    claim["exchange_rate_used"] = round(c.rng.uniform(0.8, 1.3), 4)
    return claim


@family(5)
def travel_booking(c: Ctx) -> Any:
    trav = c.person()
    plan = cyc(
        c,
        [
            ["passport", "card"],
            ["wchr"],
            ["passport"],
            ["passport", "dob"],
            ["passport", "meal", "card"],
        ],
    )
    pax: dict[str, Any] = {
        "title": {"f": "MS", "m": "MR"}[trav.g],
        "first_name": trav.first,
        "last_name": trav.last,
        "email": trav.email(employer(c)[1]),
        "mobile": trav.phone(),
        "loyalty": {"programme": "Miles&More", "number": c.alnum(6, upper=True)},
    }
    if "passport" in plan:
        pax["travel_document"] = {
            "type": "passport",
            "number": c.passport(),
            "nationality": {"en": "GBR", "de": "DEU", "fr": "FRA", "es": "ESP"}[c.lang],
            "expiry": str(c.day(2000)),
        }
        c.tag("neg:nationality")
    if "dob" in plan:
        pax["date_of_birth"] = c.dob()
    if plan == ["wchr"]:
        pax["ssr"] = [
            {
                "code": "WCHR",
                "text": c.mark(
                    "health",
                    c.pick(
                        [
                            "wheelchair to aircraft door - recovering from hip surgery",
                            "wheelchair assistance, uses crutches after knee op",
                        ]
                    ),
                    "field:health",
                ),
            }
        ]
    if "meal" in plan:
        pax["ssr"] = [{"code": "VGML", "text": "vegetarian"}]
    fop: dict[str, Any] = {"type": "invoice", "account": f"CC-{c.rint(100, 999)}"}
    if "card" in plan:
        fop = {
            "type": "CC",
            "card_number": c.card(),
            "expiry": f"{c.rint(1, 12):02d}/{c.rint(26, 30)}",
            "holder": trav.full,
        }
    hotel: dict[str, Any] = {
        "name": c.pick(["Motel One", "Premier Inn", "Ibis Styles", "NH Collection"]),
        "nights": c.rint(1, 4),
    }
    if c.i % 3 == 0:
        lat, lon = c.geo()
        hotel["geo"] = {"latitude": lat, "longitude": lon}
    return {
        "booking": {
            "pnr": c.alnum(6, upper=True),
            "tmc": c.pick(["BCD", "CWT", "Egencia"]),
            "traveller": pax,
            "form_of_payment": fop,
            "hotel": hotel,
            "segments": [
                {
                    "carrier": c.pick(["LH", "BA", "AF", "IB"]),
                    "flight": str(c.rint(100, 999)),
                    "from": c.pick(["LHR", "FRA", "CDG", "MAD"]),
                    "to": c.pick(["BCN", "MUC", "LYS", "DUB"]),
                    "dep": c.ts(c.rint(2000, 20000)),
                }
            ],
            "cost_center": f"CC-{c.rint(100, 999)}",
            "trip_purpose": c.pick(["client visit", "offsite", "training"]),
        }
    }


@family(3)
def relocation_case(c: Ctx) -> Any:
    emp = c.person()
    plan = cyc(c, [["~crime"], ["passport"], []])
    case: dict[str, Any] = {
        "case_id": f"REL-{c.rint(1000, 9999)}",
        "employee": {"name": emp.full, "mobile": emp.phone(), "email": emp.email()},
        "origin_address": c.address_text(),
        "destination": {"city": c.city()[1], "temporary_housing": c.address_text()},
        "family_size": c.rint(1, 5),
        "move_date": str(c.day(40)),
        "budget": c.rint(5, 25) * 1000,
    }
    if plan == ["passport"]:
        case["immigration"] = {
            "document": "passport",
            "passport_number": c.passport(),
            "visa_required": True,
        }
    if plan == ["~crime"]:
        case["area_briefing"] = {
            "district": c.pick(["Neukölln", "Hackney", "La Guillotière", "Lavapiés"]),
            "crime_rate_per_1000": round(c.rng.uniform(40, 120), 1),
            "note": "district statistics, not about the employee",
        }
        c.tag("neg:district-crime-statistics")
    elif plan == ["health"]:
        case["special_requirements"] = sp(c, "health", emp)
    return case


@family(4)
def visa_immigration_case(c: Ctx) -> Any:
    emp = c.person()
    nat = c.pick(["Indian", "Brazilian", "Nigerian", "Ukrainian", "Chinese", "Mexican"])
    c.tag("neg:nationality")
    case: dict[str, Any] = {
        "matter": f"IMM-{c.rint(10000, 99999)}",
        "type": c.pick(
            [
                "Skilled Worker visa",
                "EU Blue Card",
                "Talent Passport",
                "Highly qualified professional (Spain)",
            ]
        ),
        "beneficiary": {
            "name": emp.full,
            "dob": c.dob(),
            "nationality": nat,
            "passport": {"number": c.passport("XX"), "expiry": str(c.day(1800))},
            "current_address": c.address_text(),
        },
        "dependants": c.rint(0, 3),
        "status": c.pick(["drafting", "filed", "approved"]),
        "notes": c.pick(
            [
                "EU Blue Card salary threshold met.",
                "Awaiting degree recognition (anabin).",
                "Biometrics appointment booked.",
            ]
        ),
    }
    if "EU" in case["type"] or "EU" in case["notes"]:
        c.tag("neg:european-union")
    return case
