"""Regulated-industry families (personal): FHIR, HL7v2, pharmacy, insurance, pensions, KYC, \
credit, HR, trials, telecom, utilities, CRM."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import add_focus, jdump, put
from .ctx import MEDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from .ctx import Ctx


def fhir_bundle(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    p = c.person(lang)
    pid = c.hexs(12)
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": pid,
        "gender": c.pick(["female", "male", "other"]),
    }
    if c.chance(0.8):
        patient["name"] = [{"family": p.last, "given": [p.first]}]
        c.tag("person_name", "fhir_humanname")
    if c.chance(0.6):
        patient["birthDate"] = c.dob(lang, iso=True)
    if c.chance(0.5):
        patient["telecom"] = [{"system": "phone", "value": c.phone(c.country(lang))}]
    if c.chance(0.4):
        line, pc, city = c.address_parts(c.country(lang))
        patient["address"] = [{"line": [line], "city": city, "postalCode": pc}]
    if c.chance(0.3):
        patient["identifier"] = (
            [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": c.ssn()}]
            if lang == "en"
            else [
                {
                    "system": {
                        "de": "urn:de:steuer-id",
                        "fr": "urn:oid:1.2.250.1.213.1.4.8",
                        "es": "urn:es:dni",
                    }[lang],
                    "value": c.natid(lang),
                }
            ]
        )
    if c.chance(0.3):
        c.tag("racial_ethnic_origin", "fhir_extension")
        patient["extension"] = [
            {
                "url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                "extension": [
                    {
                        "url": "ombCategory",
                        "valueCoding": {
                            "code": c.pick(["2054-5", "2028-9", "2106-3"]),
                            "display": c.pick(["Black or African American", "Asian", "White"]),
                        },
                    }
                ],
            }
        ]
    if c.chance(0.2):
        c.tag("religious_belief", "fhir_extension")
        patient.setdefault("extension", []).append(
            {
                "url": "http://hl7.org/fhir/StructureDefinition/patient-religion",
                "valueCodeableConcept": {
                    "text": c.pick(["Roman Catholic", "Islam", "Judaism", "Hindu"])
                },
            }
        )
    entries = [{"resource": patient}]
    lab, icd = c.condition(lang)
    entries.append(
        {
            "resource": {
                "resourceType": "Condition",
                "subject": {"reference": f"Patient/{pid}"},
                "code": {
                    "coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": icd}],
                    "text": lab,
                },
                "clinicalStatus": {"text": "active"},
            }
        }
    )
    if c.chance(0.5):
        entries.append(
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "status": "active",
                    "subject": {"reference": f"Patient/{pid}"},
                    "medicationCodeableConcept": {"text": c.pick(MEDS)},
                }
            }
        )
    if c.chance(0.4):
        entries.append(
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": c.pick(["HbA1c", "eGFR", "LDL"])},
                    "valueQuantity": {
                        "value": round(c.r.uniform(4, 90), 1),
                        "unit": c.pick(["%", "mL/min", "mg/dL"]),
                    },
                    "subject": {"reference": f"Patient/{pid}"},
                }
            }
        )
    if c.chance(0.3):
        entries.append(
            {
                "resource": {
                    "resourceType": "Consent",
                    "status": "active",
                    "scope": {"text": "research"},
                    "patient": {"reference": f"Patient/{pid}"},
                    "dateTime": c.ts(),
                }
            }
        )
    extra: dict[str, Any] = {}
    add_focus(c, extra, lang, p_text=0.3)
    if extra:
        entries.append(
            {
                "resource": {
                    "resourceType": "Basic",
                    "id": c.hexs(8),
                    "subject": {"reference": f"Patient/{pid}"},
                    "extension": [
                        {
                            "url": "urn:x-intake:" + k,
                            "valueString": v if isinstance(v, str) else jdump(v),
                        }
                        for k, v in extra.items()
                    ],
                }
            }
        )
    return {
        "resourceType": "Bundle",
        "type": c.pick(["collection", "transaction", "searchset"]),
        "entry": entries,
    }


def hl7v2(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    p = c.person(lang)
    c.tag("person_name", "hl7_pid")
    dob = c.dob(lang, iso=True).replace("-", "")
    street, _pc, hcity = c.address_parts(c.country(lang))
    segs = [
        (
            f"MSH|^~\\&|LAB|{c.pick(['MERIDIAN', 'LACROIX', 'SANRAFAEL'])}|EHR|HOSP|"
            f"{c.n(2026, 2026)}{c.n(10, 12)}{c.n(10, 28)}{c.n(10, 23)}{c.n(10, 59)}"
            f"||ORU^R01|{c.alnum(10)}|P|2.5.1"
        ),
        f"PID|1||{c.hexs(8).upper()}^^^MRN||{p.last.upper()}^{p.first}||{dob}|{c.pick('FMX')}|||{street}^^{hcity}^^{_pc}||{c.phone(c.country(lang))}",
    ]
    if c.chance(0.7):
        lab, icd = c.condition(lang)
        segs.append(f"DG1|1||{icd}^{lab}^I10||{c.n(2024, 2026)}0{c.n(1, 9)}15|A")
    segs.append(f"OBX|1|NM|4548-4^HbA1c^LN||{round(c.r.uniform(5, 11), 1)}|%|4.0-6.0|H|||F")
    c.tag("health", "lab_result")
    if c.chance(0.3):
        c.tag("religious_belief", "hl7_pid17")
        segs[1] += f"||||{c.pick(['CAT', 'MOS', 'JEW', 'HIN'])}"
    doc: dict[str, Any] = {"channel": "mllp-in", "receivedAt": c.ts(), "message": "\r".join(segs)}
    add_focus(c, doc, lang, p_text=0.4)
    return doc


def pharmacy_lab_order(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "orderId": c.ref("RX"),
        "type": c.pick(["eRezept", "ordonnance", "receta", "prescription"]),
        "patient": {"name": c.name(c.person(lang)), "dob": c.dob(lang, iso=True)},
        "items": [
            {
                "drug": c.pick(MEDS),
                "qty": c.n(1, 3),
                "pzn": f"{c.pick('ABC')}{c.n(10, 99)}-{c.n(100, 999)}",
            }
        ],
        "prescriber": {
            "name": "Dr. " + c.name(c.person(lang), "full"),
            "lanr": f"{c.n(100, 999)}-{c.n(10, 99)}",
        },
    }
    c.tag("health", "prescription")
    if c.chance(0.3):
        c.tag("genetic", "pgx")
        doc["pgx"] = {"gene": "CYP2C19", "diplotype": c.pick(["*2/*2", "*1/*17"])}
    if c.chance(0.4):
        doc["payment"] = {"card": c.card()}
    add_focus(c, doc, lang)
    return doc


def insurance_claim(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "claim": c.ref("CLM"),
        "product": c.pick(["private health", "income protection", "life", "travel"]),
        "insured": {"name": c.name(c.person(lang)), "dob": c.dob(lang, iso=True)},
        "amount": round(c.r.uniform(80, 9000), 2),
    }
    if c.chance(0.7):
        k, v = c.special_field("health", lang)
        doc["medical"] = {k: v}
    if c.chance(0.25):
        k, v = c.special_field("genetic", lang)
        doc["underwriting"] = {"disclosure": {k: v}}
    if c.chance(0.4):
        doc["payout"] = {"iban": c.iban()}
    add_focus(c, doc, lang)
    return doc


def pension(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "policy": c.ref("PEN"),
        "member": {"name": c.name(c.person(lang)), "dob": c.dob(lang, iso=True)},
        "annuity": {"monthly": round(c.r.uniform(200, 2400), 2), "start": c.day(2027)},
    }
    k, v = c.field("national_id", lang)
    doc["member"][k] = v
    if c.chance(0.5):
        doc["beneficiaries"] = [{"name": c.name(c.person(lang)), "share": 100}]
    if c.chance(0.5):
        doc["bank"] = {"iban": c.iban()} if lang != "en" or c.chance(0.5) else c.uk_bank()
    add_focus(c, doc, lang)
    return doc


def kyc_onboarding(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    country = c.country(lang)
    doc: dict[str, Any] = {
        "applicationId": c.uuid(),
        "person": {
            "name": c.name(c.person(lang)),
            "dob": c.dob(lang, iso=True),
            "address": c.address(country),
        },
        "idDocument": {
            "type": "passport",
            "number": c.passport_no(country),
            "issuingCountry": country.upper(),
            "expiry": c.day(2032),
        },
        "screening": {"pep": False, "sanctions": "no match", "adverseMedia": "none"},
    }
    if c.chance(0.5):
        k, v = c.biometric()
        doc["liveness"] = {"passed": True, k: v}
    if c.chance(0.4):
        doc["funding"] = {"iban": c.iban()}
    add_focus(c, doc, lang)
    return doc


def credit_report(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "bureau": c.pick(["SCHUFA", "Experian", "Equifax", "Banque de France FICP"]),
        "subject": {
            "name": c.name(c.person(lang)),
            "dob": c.dob(lang, iso=True),
            "addresses": [c.address(c.country(lang)) for _ in range(c.n(1, 2))],
        },
        "score": c.n(300, 850),
        "accounts": [
            {
                "lender": c.pick(["Northbank Lending", "Banco Orilla"]),
                "type": "loan",
                "status": c.pick(["current", "arrears"]),
            }
        ],
    }
    if lang == "en" and c.chance(0.6):
        doc["subject"]["ssn"] = c.ssn()
    if c.chance(0.3):
        doc["subject"]["phone"] = c.phone(c.country(lang))
    add_focus(c, doc, lang)
    return doc


def payroll_hris(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    ep = c.person(lang)
    emp: dict[str, Any] = {
        "employeeId": f"E{c.n(1000, 9999)}",
        "name": c.name(ep),
        "workEmail": c.email(ep, kind="work"),
    }
    doc: dict[str, Any] = {
        "period": "2026-03",
        "employee": emp,
        "gross": round(c.r.uniform(1800, 7000), 2),
    }
    if c.chance(0.5):
        doc["bank"] = {"iban": c.iban()} if lang != "en" or c.chance(0.5) else c.uk_bank()
    if c.chance(0.35):
        c.tag("trade_union", "dues")
        doc["deductions"] = [
            {
                "code": "UNION",
                "label": c.pick(
                    [
                        "Union dues – Unite",  # noqa: RUF001
                        "Gewerkschaftsbeitrag IG Metall",
                        "Cotisation CFDT",
                        "Cuota UGT",
                    ]
                ),
                "amount": 18.4,
            }
        ]
    if c.chance(0.3):
        k, v = c.special_field("health", lang)
        doc["absence"] = {"days": c.n(1, 20), k: v}
    if c.chance(0.25):
        c.tag("racial_ethnic_origin", "eeo")
        emp["eeo"] = {
            "race": c.pick(
                ["Black or African American", "Asian", "Hispanic or Latino", "Two or More Races"]
            ),
            "veteran": False,
        }
    if c.chance(0.2):
        k, v = c.biometric()
        emp["timeclock"] = {k: v}
    add_focus(c, doc, lang)
    return doc


def clinical_trial(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "study": f"NCT0{c.n(100, 999)}{c.hexs(2).upper()}{c.n(10, 99)}",
        "subject": f"S-{c.n(100, 999)}-{c.n(10, 99)}",
        "site": {
            "name": c.pick(["Clinique Lacroix", "Hospital San Rafael"]),
            "address": c.address(c.pick(["fr", "es", "de"])),
        },
        "arm": c.pick(["A", "B", "placebo"]),
    }
    lab, icd = c.condition(lang)
    doc["eligibility"] = {"condition": lab, "icd10": icd}
    if c.chance(0.5):
        k, v = c.special_field("genetic", lang)
        doc[k] = v
    if c.chance(0.5):
        q = c.person(lang)
        doc["investigator"] = {"name": c.name(q), "email": c.email(q, kind="work")}
    add_focus(c, doc, lang)
    return doc


def telecom(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    country = c.country(lang)
    if c.chance(0.5):
        doc: dict[str, Any] = {
            "cdr": [
                {
                    "a": c.msisdn(country),
                    "b": c.msisdn(country),
                    "start": c.ts(),
                    "dur": c.n(5, 900),
                    "cell": {
                        "id": f"{c.n(100, 999)}-{c.n(10, 99)}-{c.hexs(4)}",
                        **({"lat": 0, "lon": 0} if False else {}),
                    },
                }
                for _ in range(c.n(1, 3))
            ]
        }
        if c.chance(0.6):
            doc["cdr"][0]["cell"]["site"] = c.coords("dict", lang="en")
    else:
        doc = {
            "portingRequest": c.ref("PORT"),
            "number": c.phone(country),
            "donor": c.pick(["Harbourline Telecom", "Movistar", "Orange", "Telekom"]),
            "subscriber": {"name": c.name(c.person(lang)), "address": c.address(country)},
        }
        if c.chance(0.4):
            doc["subscriber"]["iban"] = c.iban()
    add_focus(c, doc, lang)
    return doc


def utility_hardship(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "account": f"ACC-{c.hexs(6).upper()}",
        "holder": {"name": c.name(c.person(lang)), "phone": c.phone(c.country(lang))},
        "supplyAddress": c.address(c.country(lang)),
        "meter": {
            "mpan": f"S{c.hexs(6)}",
            "readings": [round(c.r.uniform(1, 30), 2) for _ in range(4)],
        },
    }
    if c.chance(0.6):
        c.tag("health", "priority_register")
        doc["priorityServices"] = c.pick(
            [["home oxygen"], ["kidney dialysis at home"], ["Pflegegrad 3"], ["handicap moteur"]]
        )
    if c.chance(0.3):
        doc["hardshipPlan"] = {"monthly": 25, "iban": c.iban()}
    add_focus(c, doc, lang)
    return doc


def charity_crm(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    org = c.pick(["church", "mosque", "union", "charity"])
    q = c.person(lang)
    doc: dict[str, Any] = {
        "contact": {"name": c.name(q), "email": c.email(q, kind="personal")},
        "org": org,
    }
    if org == "church":
        c.tag("religious_belief", "congregation")
        doc["membership"] = {
            "parish": c.pick(["St. Marien", "Saint-Joseph", "San Roque", "St Aidan's"]),
            "since": c.n(1990, 2024),
            "role": c.pick(["member", "choir", "elder"]),
        }
    elif org == "mosque":
        c.tag("religious_belief", "zakat")
        doc["donations"] = [{"type": "zakat", "amount": c.n(50, 900), "date": c.day()}]
    elif org == "union":
        c.tag("trade_union", "crm")
        doc["membership"] = {
            "union": c.pick(["UNISON", "ver.di", "CGT", "CCOO"]),
            "branch": c.pick(["Health North", "Bezirk Köln", "UL Lyon"]),
            "dues": 14.5,
        }
    else:
        doc["donations"] = [{"campaign": "winter appeal", "amount": c.n(5, 200)}]
        doc["contact"]["address"] = c.address(c.country(lang))
    add_focus(c, doc, lang)
    return doc


def diversity_survey(c: Ctx) -> dict[str, Any]:
    """HRIS equal-opportunities answers; some questions declined \
('prefer not to say' is not labeled)."""
    lang = c.lg()
    ans: dict[str, Any] = {}
    for kind in ["racial_ethnic_origin", "religious_belief", "sex_life_orientation"]:
        k, v = c.decline_field(kind, lang) if c.chance(0.35) else c.special_field(kind, lang)
        put(ans, k, v)
    if c.chance(0.5):
        put(
            ans,
            {"en": "disability", "de": "behinderung", "fr": "handicap", "es": "discapacidad"}[lang],
            c.pick(
                [
                    {"en": "No", "de": "Nein", "fr": "Non", "es": "No"}[lang],
                    "Dyslexia",
                    "Hörbehinderung",
                    "trouble du spectre autistique",
                ]
            ),
        )
        c.tag("health", "disability_answer")
    doc: dict[str, Any] = {
        "survey": "eo-2026",
        "employee_ref": f"E{c.n(1000, 9999)}",
        "submitted": c.ts(),
        "answers": ans,
    }
    if c.chance(0.3):
        doc["employee"] = c.name()
    add_focus(c, doc, lang, p_text=0.4)
    return doc


FAMILIES: list[tuple[str, Callable[[Ctx], dict[str, Any]], int]] = [
    ("fhir_bundle", fhir_bundle, 13),
    ("hl7v2", hl7v2, 9),
    ("pharmacy_lab_order", pharmacy_lab_order, 9),
    ("insurance_claim", insurance_claim, 9),
    ("pension", pension, 8),
    ("kyc_onboarding", kyc_onboarding, 9),
    ("credit_report", credit_report, 8),
    ("payroll_hris", payroll_hris, 10),
    ("clinical_trial", clinical_trial, 8),
    ("telecom", telecom, 9),
    ("utility_hardship", utility_hardship, 8),
    ("charity_crm", charity_crm, 10),
    ("diversity_survey", diversity_survey, 10),
]
