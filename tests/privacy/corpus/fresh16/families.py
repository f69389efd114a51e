"""Payload families (templates) for fresh16. A family is fn(c, want, lang) -> doc.
`want` lists the special categories the planner asks this document to carry; the family
must insert each one through a Ctx generator. Clean families receive no `want` and may only
use hard-negative generators and filler."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .values import SPECIAL, Ctx

ALL4 = ("en", "de", "fr", "es")

# fn(c, want, lang) -> a JSON document (object, array or string)
FamilyFn = Callable[[Ctx, list[str], str], Any]


@dataclass
class Family:
    name: str
    n: int
    specials: tuple[str, ...]
    langs: tuple[str, ...]
    fn: FamilyFn
    clean: bool
    maxk: int = 3
    p0: float = 0.2


FAMILIES: list[Family] = []


def fam(
    name: str,
    n: int,
    specials: Iterable[str] = (),
    langs: Iterable[str] = ALL4,
    clean: bool = False,
    maxk: int = 3,
    p0: float = 0.2,
) -> Callable[[FamilyFn], FamilyFn]:
    def deco(fn: FamilyFn) -> FamilyFn:
        FAMILIES.append(Family(name, n, tuple(specials), tuple(langs), fn, clean, maxk, p0))
        return fn

    return deco


# --- helpers -------------------------------------------------------------------------------


def specials_into(
    c: Ctx,
    obj: dict[str, Any],
    want: list[str],
    lang: str,
    text_key: str | None = None,
    p_text: float = 0.5,
) -> dict[str, Any]:
    """Insert each wanted special: structured field in obj, or a sentence appended to
    obj[text_key]."""
    for k in want:
        if k != "biometric" and text_key is not None and c.chance(p_text):
            prev = obj.get(text_key)
            s = c.stext(k, lang)
            obj[text_key] = f"{prev} {s}" if prev else s
        else:
            key, val = c.sfield(k, lang)
            obj[key] = val
    return obj


def text_of(c: Ctx, want: list[str], lang: str, extra: str | None = None) -> str:
    parts = [c.stext(k, lang) for k in want if k != "biometric"]
    if extra:
        parts.append(extra)
    c.r.shuffle(parts)
    return " ".join(parts)


def negs_into(
    c: Ctx, obj: dict[str, Any], want: list[str], lang: str, n: int = 1
) -> dict[str, Any]:
    pool = [k for k in SPECIAL if k not in want]
    for k in c.sample(pool, min(n, len(pool))):
        key, val = c.nfield(k, lang)
        if key not in obj:
            obj[key] = val
    return obj


def dyn(v: Any) -> dict[str, Any]:
    if isinstance(v, bool):
        return {"BOOL": v}
    if isinstance(v, (int, float)):
        return {"N": str(v)}
    if v is None:
        return {"NULL": True}
    if isinstance(v, dict):
        return {"M": {k: dyn(x) for k, x in v.items()}}
    if isinstance(v, list):
        return {"L": [dyn(x) for x in v]}
    return {"S": str(v)}


def fs(v: Any) -> dict[str, Any]:
    if isinstance(v, bool):
        return {"booleanValue": v}
    if isinstance(v, int):
        return {"integerValue": str(v)}
    if isinstance(v, float):
        return {"doubleValue": v}
    if v is None:
        return {"nullValue": None}
    if isinstance(v, dict):
        return {"mapValue": {"fields": {k: fs(x) for k, x in v.items()}}}
    if isinstance(v, list):
        return {"arrayValue": {"values": [fs(x) for x in v]}}
    return {"stringValue": str(v)}


def adf(*paras: str) -> dict[str, Any]:
    return {
        "type": "doc",
        "version": 1,
        "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": t}]} for t in paras if t
        ],
    }


def namevalue(
    obj: dict[str, Any], kname: str = "name", vname: str = "value"
) -> list[dict[str, Any]]:
    return [
        {
            kname: k,
            vname: v if not isinstance(v, (dict, list)) else json.dumps(v, ensure_ascii=False),
        }
        for k, v in obj.items()
    ]


def flat(v: Any) -> str:
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def addr_str(a: str | dict[str, str]) -> str:
    return a if isinstance(a, str) else f"{a['street']}, {a['postcode']} {a['city']}"


ORG = [
    "Brightpath Academy Trust",
    "Northwind Mutual",
    "Kestrel Bank",
    "Helio Telecom",
    "Orchard Lane Housing",
    "Meridian Clinical Research",
    "Lumen Newsroom",
    "Harborview Legal LLP",
    "Greenleaf Foundation",
    "Civic Election Services",
]

# ================================================================================================
# EDUCATION
# ================================================================================================


@fam(
    "edu_student_graphql",
    11,
    ["health", "racial_ethnic_origin", "religious_belief", "sex_life_orientation"],
)
def edu_student_graphql(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    student = {
        "__typename": "Student",
        "id": "stu_" + c.hex(10),
        "upn": "UPN-" + c.hex(6).upper(),
        "givenName": p["first"],
        "familyName": p["last"],
        c.key("dob", lang, "camel"): c.dob(lang, years=(2007, 2014)),
        "yearGroup": c.pick([7, 8, 9, 10, 11, 12]),
        "house": c.pick(["Kestrel", "Heron", "Falcon", "Osprey"]),
        "guardians": [
            {"relationship": c.pick(["mother", "father", "carer"]), "phone": c.phone(lang)}
        ],
    }
    pastoral = (
        {"senStatus": c.pick(["K", "E"])}
        if "health" in want
        else {"tutorGroup": c.pick(["7K", "9H", "11F"])}
    )
    specials_into(c, pastoral, want, lang, "pastoralNote")
    if c.chance(0.5):
        negs_into(c, pastoral, want, lang)
    student["pastoral"] = pastoral
    return {
        "data": {"student": student},
        "extensions": {"cost": {"requestedQueryCost": c.r.randint(12, 90)}, "traceId": c.hex(16)},
    }


@fam("edu_sen_plan_notion", 7, ["health", "racial_ethnic_origin", "religious_belief", "genetic"])
def edu_sen_plan_notion(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    want = list(dict.fromkeys(["health", *want]))
    p = c.name(lang)
    blocks = []
    for k in want:
        if k == "health" or c.chance(0.7):
            blocks.append(c.stext(k, lang))
        else:
            key, val = c.sfield(k, lang)
            blocks.append(f"{key}: {flat(val)}")
    blocks.insert(
        0,
        {
            "en": "Support plan reviewed with parents.",
            "de": "Förderplan mit den Eltern besprochen.",
            "fr": "PAP revu avec la famille.",
            "es": "Plan de apoyo revisado con la familia.",
        }[lang],
    )
    return {
        "object": "page",
        "id": c.uuid(),
        "created_time": c.ts(),
        "properties": {
            "Student": {"type": "title", "title": [{"plain_text": p["full"]}]},
            "Review date": {"type": "date", "date": {"start": c.date()}},
            "Status": {
                "type": "select",
                "select": {"name": c.pick(["Active", "Draft", "Review due"])},
            },
        },
        "children": [
            {
                "object": "block",
                "type": "paragraph",
                "paragraph": {"rich_text": [{"type": "text", "plain_text": t}]},
            }
            for t in blocks
        ],
    }


@fam("edu_exam_access_zendesk", 8, ["health", "religious_belief"])
def edu_exam_access_zendesk(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    desc = text_of(
        c,
        want,
        lang,
        {
            "en": "Requesting access arrangements for the summer series.",
            "de": "Antrag auf Nachteilsausgleich für die Abschlussprüfungen.",
            "fr": "Demande d'aménagement d'épreuves pour la session de juin.",
            "es": "Solicito adaptación para los exámenes finales.",
        }[lang],
    )
    return {
        "ticket": {
            "id": c.r.randint(10000, 99999),
            "subject": {
                "en": "Exam access arrangements",
                "de": "Nachteilsausgleich Prüfung",
                "fr": "Aménagement d'examen",
                "es": "Adaptación de examen",
            }[lang],
            "description": desc,
            "status": c.pick(["new", "open", "pending"]),
            "priority": c.pick(["normal", "high"]),
            "requester": {"name": p["full"], "email": c.email(p, lang)},
            "tags": ["exams", "access_arrangements"],
            "custom_fields": [
                {"id": 360011, "value": c.pick(["gcse", "a_level", "abitur", "bac", "ebau"])},
                {"id": 360012, "value": None},
            ],
            "created_at": c.ts(),
        }
    }


@fam(
    "edu_safeguarding_jira",
    8,
    ["health", "sex_life_orientation", "criminal_record", "religious_belief"],
)
def edu_safeguarding_jira(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    want = want or ["criminal_record"]
    paras = [c.stext(k, lang) if k != "biometric" else "" for k in want]
    paras.append(
        {
            "en": "Logged by DSL, parents not yet contacted.",
            "de": "Von der Kinderschutzfachkraft erfasst.",
            "fr": "Signalé par le référent protection de l'enfance.",
            "es": "Registrado por la coordinadora de bienestar.",
        }[lang]
    )
    doc: dict[str, Any] = {
        "key": f"SAFE-{c.r.randint(100, 999)}",
        "fields": {
            "summary": {
                "en": "Safeguarding concern",
                "de": "Kinderschutz-Meldung",
                "fr": "Information préoccupante",
                "es": "Aviso de protección",
            }[lang],
            "issuetype": {"name": "Concern"},
            "priority": {"name": c.pick(["High", "Medium"])},
            "description": adf(*paras),
            "labels": ["safeguarding", "restricted"],
            "created": c.ts(),
        },
    }
    if c.chance(0.6):
        p = c.name(lang)
        doc["fields"]["customfield_10201"] = {"displayName": p["full"], "accountType": "atlassian"}
    return doc


@fam("edu_staff_scim", 9, ["trade_union", "criminal_record", "religious_belief", "biometric"])
def edu_staff_scim(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    ext = {
        "employeeNumber": "E" + c.hex(5).upper(),
        "department": c.pick(["Science", "Maths", "Languages", "Pastoral"]),
        "organization": c.pick(
            [*ORG[:1], "Universität Rheinfeld", "Université de la Loire", "Universidad del Ebro"]
        ),
    }
    custom: dict[str, Any] = {}
    specials_into(c, custom, want, lang)
    if c.chance(0.5):
        negs_into(c, custom, want, lang)
    doc = {
        "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        ],
        "id": c.uuid(),
        "userName": (p["first"][0] + p["last"]).lower().replace(" ", "").replace("'", ""),
        "name": {"givenName": p["first"], "familyName": p["last"], "formatted": p["full"]},
        "emails": [
            {
                "value": c.email(
                    p,
                    lang,
                    domain=c.pick(
                        ["brightpath.edu", "uni-rheinfeld.de", "univ-loire.fr", "unizar-ebro.es"]
                    ),
                ),
                "type": "work",
                "primary": True,
            }
        ],
        "active": True,
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": ext,
        "meta": {"resourceType": "User", "created": c.ts(), "version": 'W/"' + c.hex(8) + '"'},
    }
    if c.chance(0.5):
        doc["phoneNumbers"] = [{"value": c.phone(lang), "type": "mobile"}]
    if custom:
        doc["urn:example:params:scim:schemas:extension:hr:1.0:User"] = custom
    return doc


@fam(
    "edu_admissions_airtable",
    9,
    ["racial_ethnic_origin", "religious_belief", "health", "sex_life_orientation"],
)
def edu_admissions_airtable(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    f = {
        "Applicant": p["full"],
        "Date of Birth": c.dob(lang),
        "Email": c.email(p, lang),
        "Programme": c.pick(["BSc Nursing", "MA History", "BEng Civil", "LLB Law"]),
        "Entry year": c.pick([2025, 2026]),
    }
    cols = {
        "racial_ethnic_origin": "Ethnicity",
        "religious_belief": "Religion (optional)",
        "health": "Disability / long-term condition",
        "sex_life_orientation": "Sexual orientation (optional)",
    }
    vals = {
        "racial_ethnic_origin": [
            "Black African",
            "Mixed - White and Asian",
            "Arab",
            "White - Irish",
            "Bangladeshi",
        ],
        "religious_belief": ["Muslim", "Christian - Catholic", "Hindu", "Sikh", "Jewish"],
        "health": [
            "Dyslexia",
            "Mental health condition",
            "No known disability",
            "Type 1 diabetes",
            "Deaf / hearing impairment",
        ],
        "sex_life_orientation": ["Bisexual", "Gay man", "Lesbian", "Heterosexual"],
    }
    for k in want:
        v = c.pick(vals[k])
        c.add(k, "field", f"airtable/{cols[k]}")
        f[cols[k]] = v
    for k in cols:
        if k not in want and c.chance(0.6):
            f[cols[k]] = "Prefer not to say"
            c.neg(k, "prefer-not-to-say")
    return {"id": "rec" + c.alnum(14), "createdTime": c.ts(), "fields": f}


@fam("edu_roster_csv", 7, ["health", "racial_ethnic_origin"], langs=("en", "de"))
def edu_roster_csv(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    hdr = [
        "upn",
        "given_name",
        "family_name",
        "dob",
        "sen_need" if "health" in want else "form",
        "ethnicity" if "racial_ethnic_origin" in want else "house",
    ]
    rows = [",".join(hdr)]
    for i in range(c.r.randint(2, 4)):
        p = c.name(lang)
        row = [
            "UPN" + c.hex(6).upper(),
            p["first"],
            p["last"],
            c.dob(lang, "iso", years=(2008, 2013)),
        ]
        if "health" in want and i == 0:
            row.append(c.pick(["ASD", "SpLD dyslexia", "SEMH anxiety", "HI hearing impairment"]))
            c.add("health", "csv", "sen_need")
        elif "health" in want:
            row.append("none")
        else:
            row.append(c.pick(["10K", "9H", "11F"]))
        if "racial_ethnic_origin" in want and i == 0:
            row.append(c.pick(["WIRT", "BCRB", "APKN", "MWBA", "WROM"]))
            c.add("racial_ethnic_origin", "csv", "census-code")
        elif "racial_ethnic_origin" in want:
            row.append("REFU")
        else:
            row.append(c.pick(["Kestrel", "Heron"]))
        rows.append(",".join(row))
    return {
        "export": "census_extract",
        "format": "text/csv",
        "generated_at": c.ts(),
        "content": "\n".join(rows) + "\n",
    }


# ================================================================================================
# INSURANCE
# ================================================================================================


@fam("ins_underwriting_dynamodb", 9, ["health", "genetic"])
def ins_underwriting_dynamodb(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    item = {
        "pk": "APP#" + c.hex(10),
        "sk": "UW#v1",
        "applicant": {"name": p["full"], "dob": c.dob(lang, "iso")},
        "product": c.pick(["term_life_20", "critical_illness", "income_protection"]),
        "sum_assured": c.pick([150000, 250000, 400000]),
        "smoker": c.pick([True, False]),
        "decision": c.pick(["refer", "standard", "rated +50%"]),
    }
    disc: dict[str, Any] = {}
    specials_into(c, disc, want, lang, "underwriter_note")
    item["disclosures"] = disc
    return {"Item": dyn(item)["M"]}


@fam("ins_claim_jsonapi", 9, ["health"])
def ins_claim_jsonapi(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    attrs = {
        "claim-number": c.ref("CLM"),
        "loss-date": c.neg("date_of_birth", "loss-date", c.date()),
        "status": c.pick(["submitted", "in_review", "approved"]),
        "payout-iban": c.iban(),
        "amount": {"value": c.pick(["1240.00", "385.50", "5200.00"]), "currency": "EUR"},
    }
    specials_into(c, attrs, want, lang, "claimant-statement", 0.7)
    return {
        "data": {
            "type": "claims",
            "id": c.hex(8),
            "attributes": attrs,
            "relationships": {"policyholder": {"data": {"type": "people", "id": "p" + c.hex(6)}}},
        },
        "included": [
            {
                "type": "people",
                "id": "p" + c.hex(6),
                "attributes": {
                    "full-name": p["full"],
                    "email": c.email(p, lang),
                    "address": c.address(lang, structured=False),
                },
            }
        ],
    }


@fam("ins_claim_hl7", 5, ["health"], langs=("en", "de"))
def ins_claim_hl7(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    dob = c.dob(lang, "hl7")
    cc = c.country(lang)
    addr = c.address(lang, cc, structured=True)
    code = c.pick(
        [
            ("J45.909", "Asthma"),
            ("S62.101A", "Fracture of wrist"),
            ("M54.5", "Low back pain"),
            ("F32.1", "Depressive episode"),
        ]
    )
    c.add("health", "hl7", "DG1")
    msg = "\r".join(
        [
            f"MSH|^~\\&|CLAIMS|NORTHWIND|ADJ|NWM|{c.ts_compact()}||ADT^A08|{c.hex(10)}|P|2.5",
            (
                f"PID|1||{c.hex(8).upper()}^^^NWM||{p['last']}^{p['first']}||{dob}"
                f"|{c.pick(['F', 'M'])}|||{addr['street']}^^{addr['city']}^^{addr['postcode']}"
                f"||{c.phone(lang, cc)}"
            ),
            f"DG1|1||{code[0]}^{code[1]}^I10||{c.ts_compact()}|F",
        ]
    )
    c.neg("sex_life_orientation", "hl7-sex-marker")
    return {"source": "hl7-bridge", "received_at": c.ts(), "message": msg}


@fam("ins_telematics_kafka", 7)
def ins_telematics_kafka(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    lat, lon = c.coords()
    return {
        "topic": "telematics.trips.v2",
        "partition": c.r.randint(0, 11),
        "offset": c.r.randint(1000, 99999),
        "key": "veh_" + c.hex(8),
        "value": {
            "trip_id": c.uuid(),
            "policy_ref": c.ref("POL"),
            "start": c.ts(),
            "harsh_braking_events": c.r.randint(0, 5),
            "end_location": {"lat": lat, "lon": lon},
            "device": {"fw": c.version(), "imei_hash": c.hex(40)},
        },
    }


# ================================================================================================
# BANK KYC / AML
# ================================================================================================


@fam("kyc_onboarding_salesforce", 9, ["political_opinion", "criminal_record", "biometric"])
def kyc_onboarding_salesforce(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    rec = {
        "attributes": {
            "type": "KYC_Case__c",
            "url": "/services/data/v59.0/sobjects/KYC_Case__c/a0B" + c.alnum(12),
        },
        "Id": "a0B" + c.alnum(12),
        "Name": c.ref("KYC"),
        "Applicant_Name__c": p["full"],
        "Date_of_Birth__c": c.dob(lang, "iso"),
        "Residential_Address__c": addr_str(c.address(lang)),
        "Risk_Rating__c": c.pick(["Low", "Medium", "High"]),
        "PEP__c": False,
        "Source_of_Funds__c": c.pick(["salary", "inheritance", "sale of property"]),
    }
    c.neg("political_opinion", "pep-false")
    if c.chance(0.6):
        rec["National_ID__c"] = c.national_id(lang)
    if "political_opinion" in want:
        rec["Analyst_Notes__c"] = c.stext("political_opinion", lang)
    if "criminal_record" in want:
        _, v = c.sfield("criminal_record", lang)
        rec["Criminal_Record_Check__c"] = flat(v)
    if "National_ID__c" not in rec:
        rec["Passport_Expiry__c"] = c.neg("passport", "expiry-only", c.date(2031))
    if "biometric" in want:
        _, v = c.sfield("biometric", lang, [2])
        rec["Selfie_Template__c"] = flat(v)
    rec["Sanctions_Screening__c"] = "No match"
    c.neg("criminal_record", "sanctions-screening")
    return {"totalSize": 1, "done": True, "records": [rec]}


@fam("kyc_documents_odata", 9)
def kyc_documents_odata(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    c.neg("date_of_birth", "expiry-date")
    docs = [
        {
            "DocumentType": "passport",
            "DocumentNumber": c.passport(lang),
            "IssuingCountry": c.country(lang),
            "ExpiryDate": c.date(2031),
        },
        {
            "DocumentType": "proof_of_address",
            "DocumentNumber": None,
            "IssuingCountry": c.country(lang),
            "ExpiryDate": None,
        },
    ]
    if c.chance(0.5):
        docs.append(
            {
                "DocumentType": "national_id",
                "DocumentNumber": c.national_id(lang),
                "IssuingCountry": c.country(lang),
                "ExpiryDate": c.date(2030),
            }
        )
    return {
        "@odata.context": "https://kyc.kestrel-bank.eu/odata/$metadata#Customers(Documents())/$entity",
        "@odata.etag": 'W/"' + c.hex(12) + '"',
        "CustomerId": "C" + c.hex(6).upper(),
        "FullName": p["full"],
        "BirthDate": c.dob(lang, "iso"),
        "Documents": docs,
        "Documents@odata.count": len(docs),
    }


@fam("aml_alert_kafka", 8, ["religious_belief", "political_opinion"])
def aml_alert_kafka(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    refs = []
    for k in want:
        if k == "religious_belief":
            refs.append(
                c.pick(
                    [
                        "Zakat al-mal 1445",
                        "Kirchgeld Ev. Gemeinde",
                        "Tithe - Hillside Community Church",
                        "Tzedakah - synagogue appeal",
                        "Zakat annual",
                    ]
                )
            )
            c.add(k, "txn-ref", "religious-donation")
        else:
            refs.append(
                c.pick(
                    [
                        "Donation - Green Party",
                        "Spende SPD Kreisverband",
                        "Don LFI campagne",
                        "Donativo campaña PSOE",
                        "Contribution - county GOP",
                    ]
                )
            )
            c.add(k, "txn-ref", "party-donation")
    if not refs:
        refs.append(c.pick(["Rent March", "Invoice " + c.ref("INV"), "Savings transfer"]))
    txns = [
        {
            "txn_id": "tx_" + c.hex(12),
            "amount": c.pick([50.0, 120.0, 950.0, 2400.0]),
            "currency": "EUR",
            "reference": r,
            "counterparty_iban": c.iban(spaced=False),
        }
        for r in refs
    ]
    if c.chance(0.45):
        txns.append(
            {
                "txn_id": "tx_" + c.hex(12),
                "amount": 99.0,
                "currency": "EUR",
                "reference": "card top-up",
                "funding_card": c.card(),
            }
        )
    event = {
        "alert_id": c.uuid(),
        "rule": c.pick(["velocity_7d", "structuring", "new_payee_high_value"]),
        "score": c.pick([0.42, 0.71, 0.88]),
        "customer": {"id": "C" + c.hex(6).upper(), "name": c.name(lang)["full"]},
        "transactions": txns,
    }
    return {
        "topic": "aml.alerts",
        "key": event["alert_id"],
        "headers": {"schema": "aml-alert-v3"},
        "value": json.dumps(event, ensure_ascii=False),
    }


@fam(
    "bank_payment_cloudevents",
    8,
    ["religious_belief", "political_opinion", "trade_union"],
    langs=("de", "fr", "es", "en"),
    maxk=1,
)
def bank_payment_cloudevents(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    ref = {
        "religious_belief": {
            "de": "Kirchgeld 2024",
            "en": "Zakat - annual",
            "fr": "Denier de l'Église",
            "es": "Diezmo iglesia evangélica",
        },
        "political_opinion": {
            "de": "Mitgliedsbeitrag SPD",
            "en": "Labour Party membership",
            "fr": "Cotisation Parti socialiste",
            "es": "Cuota afiliado PSOE",
        },
        "trade_union": {
            "de": "Beitrag IG Metall",
            "en": "UNISON subscription",
            "fr": "Cotisation CGT",
            "es": "Cuota sindical CCOO",
        },
    }
    if want:
        k = want[0]
        remittance = ref[k][lang]
        c.add(k, "remittance", lang)
    else:
        remittance = c.pick(["Miete", "Invoice " + c.ref("INV"), "Loyer", "Alquiler"])
    cred = {
        "religious_belief": "Kirchengemeinde / faith community",
        "political_opinion": "Party treasury",
        "trade_union": "Union membership office",
    }.get(want[0] if want else "", "Landlord account")
    data = {
        "debtor": {"name": p["full"], "iban": c.iban()},
        "creditor": {"name": cred, "bic": c.bic()},
        "amount": {"value": c.pick(["15.00", "30.00", "250.00"]), "currency": "EUR"},
        "remittanceInformation": remittance,
        "endToEndId": "E2E" + c.alnum(16),
    }
    return {
        "specversion": "1.0",
        "type": "com.kestrel.payments.sepa.credited",
        "source": "/payments/sepa",
        "id": c.uuid(),
        "time": c.ts(),
        "datacontenttype": "application/json",
        "data": json.dumps(data, ensure_ascii=False) if c.chance(0.5) else data,
    }


# ================================================================================================
# RECRUITMENT / SCREENING
# ================================================================================================


@fam(
    "ats_candidate_hubspot",
    9,
    ["racial_ethnic_origin", "sex_life_orientation", "health", "criminal_record", "trade_union"],
)
def ats_candidate_hubspot(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    props = {
        "firstname": {"value": p["first"]},
        "lastname": {"value": p["last"]},
        "email": {"value": c.email(p, lang)},
        "phone": {"value": c.phone(lang)},
        "hs_lead_status": {"value": c.pick(["NEW", "IN_PROGRESS", "OPEN_DEAL"])},
        "lifecyclestage": {"value": "lead"},
        "hs_object_id": {"value": str(c.r.randint(1000, 99999))},
        "applied_role": {
            "value": c.pick(["Backend Engineer", "Claims Handler", "Staff Nurse", "Data Analyst"])
        },
    }
    props["rtw_document"] = {
        "value": c.neg("passport", "document-type-only") or "passport (seen, copy not retained)"
    }
    for k in want:
        if c.chance(0.5):
            key, v = c.sfield(k, lang)
            props["eeo_" + key.lower().replace(" ", "_")] = {"value": flat(v)}
        else:
            props["recruiter_notes"] = {"value": c.stext(k, lang)}
    if c.chance(0.5):
        key, v = c.nfield(c.pick(["sex_life_orientation", "racial_ethnic_origin"]), lang)
        props.setdefault(key, {"value": flat(v)})
    return {
        "vid": c.r.randint(100, 9999),
        "canonical-vid": c.r.randint(100, 9999),
        "properties": props,
        "is-contact": True,
    }


@fam(
    "ats_application_eeo",
    8,
    ["racial_ethnic_origin", "health", "sex_life_orientation"],
    langs=("en",),
)
def ats_application_eeo(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    eeo = {}
    for q, k, pos in [
        (
            "race",
            "racial_ethnic_origin",
            [
                "Black or African American",
                "Asian",
                "Hispanic or Latino",
                "Two or More Races",
                "White",
            ],
        ),
        (
            "disability_status",
            "health",
            [
                "Yes, I have a disability (or previously had a disability)",
                "No, I do not have a disability",
            ],
        ),
        (
            "sexual_orientation",
            "sex_life_orientation",
            ["Gay", "Bisexual", "Straight/Heterosexual", "Lesbian"],
        ),
    ]:
        if k in want:
            eeo[q] = c.pick(pos)
            c.add(k, "eeo", q)
        else:
            eeo[q] = c.pick(["Decline to self-identify", "I don't wish to answer"])
            c.neg(k, "eeo-declined")
    eeo["gender"] = c.pick(["Female", "Male", "Decline to self-identify"])
    eeo["veteran_status"] = c.pick(["I am not a protected veteran", "Decline to self-identify"])
    c.neg("sex_life_orientation", "gender-field")
    return {
        "application": {
            "id": c.r.randint(10000, 99999),
            "candidate": {
                "first_name": p["first"],
                "last_name": p["last"],
                "email_addresses": [{"value": c.email(p, lang), "type": "personal"}],
            },
            "jobs": [
                {
                    "name": c.pick(
                        ["Site Reliability Engineer", "Clinical Research Associate", "Paralegal"]
                    )
                }
            ],
            "status": "active",
            "demographic_answers": eeo,
            "applied_at": c.ts(),
        }
    }


@fam("bg_screening_report", 10, ["criminal_record"], langs=("en", "de", "fr", "es"))
def bg_screening_report(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    comps = [
        {"type": "identity", "status": "verified"},
        {"type": "employment_history", "status": c.pick(["verified", "discrepancy"])},
    ]
    k, v = (
        c.sfield("criminal_record", lang)
        if c.chance(0.5)
        else ("summary", c.stext("criminal_record", lang))
    )
    comps.append({"type": "criminal", "status": "complete", k: v})
    c.neg("criminal_record", "employment-verification")
    rep: dict[str, Any] = {
        "report_id": "rpt_" + c.hex(12),
        "package": c.pick(["driver_pro", "standard_plus", "education_basic"]),
        "candidate": {"name": p["full"], "dob": c.dob(lang)},
        "components": comps,
        "completed_at": c.ts(),
    }
    if lang == "en" and c.chance(0.6):
        rep["candidate"]["ssn"] = c.ssn()
    elif c.chance(0.4):
        rep["candidate"]["ssn_last4"] = c.ssn_last4()
    return rep


@fam("tenant_screening_jsonapi", 7, ["criminal_record", "racial_ethnic_origin"], langs=("en", "es"))
def tenant_screening_jsonapi(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    attrs = {
        "applicant-name": p["full"],
        "monthly-income": c.pick([2400, 3100, 4200]),
        "eviction-history": "none found",
        "credit-band": c.pick(["A", "B", "C"]),
        "bank-bic": c.bic(),
        "ssn-last4": c.ssn_last4(),
    }
    c.neg("criminal_record", "eviction-history")
    specials_into(c, attrs, want, lang, "agent-notes")
    return {
        "data": {"type": "tenancy-applications", "id": c.hex(10), "attributes": attrs},
        "meta": {"generated": c.ts()},
    }


# ================================================================================================
# HOUSING / WELFARE
# ================================================================================================


@fam(
    "housing_benefit_firestore",
    9,
    ["health", "racial_ethnic_origin", "criminal_record", "sex_life_orientation"],
)
def housing_benefit_firestore(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    f = {
        "claimantName": p["full"],
        "address": c.address(lang, structured=True),
        "householdSize": c.r.randint(1, 6),
        "rentWeekly": c.pick([145.0, 210.5, 98.0]),
        "status": c.pick(["assessment", "awarded", "suspended"]),
    }
    if c.chance(0.6):
        f["nationalInsuranceNumber" if lang == "en" else "identificador"] = c.national_id(lang)
    specials_into(c, f, want, lang, "caseworkerNote")
    return {
        "name": f"projects/orchard-housing/databases/(default)/documents/claims/{c.hex(20)}",
        "fields": fs(f)["mapValue"]["fields"],
        "createTime": c.ts(),
        "updateTime": c.ts(),
    }


@fam(
    "welfare_case_search",
    11,
    [
        "health",
        "criminal_record",
        "sex_life_orientation",
        "religious_belief",
        "racial_ethnic_origin",
    ],
)
def welfare_case_search(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    hits = []
    n = max(1, len(want))
    for i in range(n):
        src = {
            "case_id": c.ref("WC"),
            "opened": c.date(),
            "team": c.pick(["adults", "families", "homelessness"]),
        }
        if i < len(want):
            src["note"] = c.stext(want[i], lang) if want[i] != "biometric" else ""
        else:
            src["note"] = {
                "en": "Home visit rescheduled.",
                "de": "Hausbesuch verschoben.",
                "fr": "Visite à domicile reportée.",
                "es": "Visita domiciliaria aplazada.",
            }[lang]
        if c.chance(0.5):
            src["client"] = c.name(lang)["full"]
        hits.append(
            {
                "_index": "casenotes-2024",
                "_id": c.hex(20),
                "_score": round(c.r.uniform(1, 9), 2),
                "_source": src,
            }
        )
    return {
        "took": c.r.randint(2, 40),
        "timed_out": False,
        "_shards": {"total": 3, "successful": 3, "failed": 0},
        "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": 9.1, "hits": hits},
    }


# ================================================================================================
# CLINICAL RESEARCH
# ================================================================================================


@fam("trial_enrolment_csv", 8, ["health", "genetic", "racial_ethnic_origin"], langs=("en", "fr"))
def trial_enrolment_csv(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    want = want or ["health"]
    cols = ["record_id", "site", "dob", "consent_date"]
    p = c.name(lang)
    row = [
        "MCR-" + c.hex(5).upper(),
        c.pick(["LYO01", "MAN02", "BER03"]),
        c.dob(lang, "iso"),
        c.date(),
    ]
    for k in want:
        if k == "health":
            cols.append("medical_history")
            row.append('"' + c.stext("health", lang).replace('"', "'") + '"')
        elif k == "genetic":
            cols.append("cyp2c19_genotype")
            row.append(c.pick(["*1/*2", "*2/*2", "*1/*17"]))
            c.add("genetic", "csv", "cyp2c19")
        else:
            cols.append("race_ethnicity")
            row.append(
                c.pick(["Black or African American", "Asian", "White", "Hispanic or Latino"])
            )
            c.add("racial_ethnic_origin", "csv", "race_ethnicity")
    cols.append("initials")
    row.append(p["first"][0] + p["last"][0])
    return {
        "project": "MCR-ONC-204",
        "format": "csv",
        "exported_by": "redcap_api",
        "data": ",".join(cols) + "\n" + ",".join(row),
    }


@fam("trial_adverse_event", 6, ["health"])
def trial_adverse_event(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    ev = {
        "aeId": "AE-" + c.hex(6).upper(),
        "subjectId": "SUBJ-" + c.hex(4).upper(),
        "studyId": "MCR-CV-118",
        "onset": c.date(),
        "seriousness": c.pick(["non-serious", "serious - hospitalisation"]),
        "causality": c.pick(["possible", "unlikely", "probable"]),
        "narrative": c.stext("health", lang),
        "reporter": {"role": "investigator", "name": c.name(lang)["full"]},
    }
    if c.chance(0.5):
        ev["meddra"] = {
            "pt": c.pick(["Rash", "Headache", "Nausea", "Syncope"]),
            "llt_code": c.r.randint(10000, 99999),
        }
    return ev


@fam("trial_consent_xml", 7, ["genetic", "health"], langs=("en", "de", "fr"))
def trial_consent_xml(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    want = want or ["genetic"]
    p = c.name(lang)
    body = "".join(f"<finding>{c.stext(k, lang)}</finding>" for k in want)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><consentRecord version="4.2">'
        f"<participant><name>{p['full']}</name>"
        f"<birthDate>{c.dob(lang, 'iso')}</birthDate></participant>"
        "<scope>biobank;genomic_research</scope>"
        f"<signedAt>{c.ts()}</signedAt><returnOfResults>{body}</returnOfResults></consentRecord>"
    )
    return {"documentId": c.uuid(), "mimeType": "application/xml", "payload": xml}


@fam("biobank_bigquery", 8, ["genetic", "racial_ethnic_origin"], langs=("en",))
def biobank_bigquery(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    want = want or ["genetic"]
    schema = {
        "fields": [
            {"name": "sample_id", "type": "STRING"},
            {"name": "collected", "type": "DATE"},
            {"name": "rsid", "type": "STRING"},
            {"name": "genotype", "type": "STRING"},
            {"name": "self_reported_ancestry", "type": "STRING"},
        ]
    }
    rows = []
    sid = "BB-" + c.hex(6).upper()
    anc = None
    if "racial_ethnic_origin" in want:
        anc = c.pick(
            [
                "South Asian",
                "Black Caribbean",
                "East Asian",
                "Hispanic/Latino",
                "Mixed White and Black African",
            ]
        )
        c.add("racial_ethnic_origin", "bq", "ancestry")
    for rs in c.sample(["rs4680", "rs1801133", "rs429358", "rs7412", "rs762551"], 3):
        g = c.pick(["AA", "AG", "GG", "CT", "TT"]) if "genetic" in want else None
        rows.append({"f": [{"v": sid}, {"v": c.date()}, {"v": c.ok(rs)}, {"v": g}, {"v": anc}]})
    if "genetic" in want:
        c.add("genetic", "bq", "genotype")
    return {
        "kind": "bigquery#tableDataList",
        "totalRows": str(len(rows)),
        "pageToken": c.b64(24),
        "schema": schema,
        "rows": rows,
    }


# ================================================================================================
# TRUST & SAFETY
# ================================================================================================


@fam(
    "tns_moderation_queue",
    11,
    [
        "sex_life_orientation",
        "political_opinion",
        "religious_belief",
        "racial_ethnic_origin",
        "health",
    ],
)
def tns_moderation_queue(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    items = []
    for k in want or (None,):
        item = {
            "item_id": "mod_" + c.hex(10),
            "surface": c.pick(["comment", "dm", "profile_bio"]),
            "reporter_count": c.r.randint(1, 14),
            "classifier": {
                "label": c.pick(["harassment", "hate", "spam"]),
                "confidence": c.pick([0.62, 0.81, 0.93]),
            },
            "author": {
                "handle": c.neg("person_name", "handle")
                or "@"
                + c.pick(["blue_kettle", "nightowl_77", "sauerteig", "mar_y_sal", "petitpois"]),
                "ip": c.ip(),
            },
        }
        item["content"] = (
            c.stext(k, lang)
            if k
            else c.pick(["buy followers cheap!!! link in bio", "lol this thread again", "first!!"])
        )
        items.append(item)
    if c.chance(0.5):
        items.append(
            {
                "item_id": "mod_" + c.hex(10),
                "surface": "policy_note",
                "content": c.ntext(
                    c.pick(["religious_belief", "sex_life_orientation", "racial_ethnic_origin"])
                ),
            }
        )
    return {
        "queue": c.pick(["hate_speech_de", "harassment_global", "appeals_fr"]),
        "items": items,
        "cursor": c.b64(16),
    }


@fam(
    "tns_appeal_freshdesk",
    7,
    ["sex_life_orientation", "religious_belief", "political_opinion", "health"],
)
def tns_appeal_freshdesk(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    desc = text_of(
        c,
        want,
        lang,
        {
            "en": "my post was removed by mistake, please restore it",
            "de": "mein beitrag wurde zu unrecht gelöscht",
            "fr": "ma publication a été supprimée par erreur",
            "es": "me borraron la publicación sin motivo",
        }[lang],
    )
    return {
        "id": c.r.randint(1000, 99999),
        "type": "Appeal",
        "subject": "Content removal appeal",
        "description_text": desc,
        "requester": {"name": p["full"], "email": c.email(p, lang)},
        "status": 2,
        "priority": 1,
        "source": 9,
        "created_at": c.ts(),
        "custom_fields": {"cf_policy": c.pick(["hate", "harassment", "adult"]), "cf_locale": lang},
    }


# ================================================================================================
# TELECOM
# ================================================================================================


@fam("telecom_cdr", 9, langs=("en", "de", "fr", "es"))
def telecom_cdr(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    recs = []
    for _ in range(c.r.randint(2, 4)):
        r = {
            "record_type": c.pick(["MOC", "MTC", "SMS-MO"]),
            "calling": c.phone(lang),
            "called": c.phone(lang),
            "start": c.ts(),
            "duration_s": c.r.randint(0, 900),
            "cell_id": c.hex(6).upper(),
        }
        if c.chance(0.5):
            lat, lon = c.coords()
            r["cell_location"] = f"{lat},{lon}"
        recs.append(r)
    return {
        "batch": "cdr-" + c.hex(8),
        "switch": c.pick(["MSC-BER-2", "MSC-LYS-1", "MSC-MAD-4"]),
        "records": recs,
    }


@fam("telecom_sim_swap", 8, ["biometric"])
def telecom_sim_swap(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    ev: dict[str, Any] = {
        "eventType": "SIM_SWAP_REQUESTED",
        "msisdn": c.phone(lang),
        "requestedVia": c.pick(["store", "call_centre", "app"]),
        "customer": {"name": p["full"], "dateOfBirth": c.dob(lang)},
        "verification": {
            "method": c.pick(["id_document", "otp", "security_question"]),
            "result": c.pick(["pass", "fail"]),
        },
        "clientIp": c.ip(),
        "riskScore": c.pick([12, 48, 77, 91]),
    }
    if c.chance(0.4):
        ev["verification"]["idDocument"] = {"type": "passport", "number": c.passport(lang)}
    else:
        ev["verification"]["idDocument"] = {"type": "passport", "number": None, "seenInStore": True}
        c.neg("passport", "type-without-number")
    if "biometric" in want:
        k, v = c.sfield("biometric", lang, [2])
        ev["verification"]["storeSelfie"] = {k: v}
    if c.chance(0.4):
        k, v = c.nfield("biometric", lang)
        ev["verification"][k] = v
    return ev


@fam("telecom_porting_form", 6)
def telecom_porting_form(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    a = c.address(lang, structured=True)
    body = (
        f"request_type=port_in&first_name={p['first']}&last_name={p['last']}"
        f"&dob={c.dob(lang, 'iso')}"
        f"&postcode={a['postcode']}&street={a['street'].replace(' ', '+')}"
        f"&donor={c.pick(['vodafone', 'o2', 'orange', 'movistar'])}"
        f"&pac_code={c.alnum(9).upper()}"
    )
    return {"content_type": "application/x-www-form-urlencoded", "received": c.ts(), "body": body}


# ================================================================================================
# NEWSROOM
# ================================================================================================


@fam(
    "newsroom_source_airtable",
    10,
    [
        "political_opinion",
        "religious_belief",
        "sex_life_orientation",
        "criminal_record",
        "trade_union",
    ],
)
def newsroom_source_airtable(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    f = {
        "Source": p["full"],
        "Signal / phone": c.phone(lang),
        "Beat": c.pick(["politics", "labour", "courts", "health"]),
        "Protection level": c.pick(["high", "standard"]),
        "Last contact": c.date(),
    }
    specials_into(c, f, want, lang, "Background notes", 0.75)
    return {
        "records": [{"id": "rec" + c.alnum(14), "createdTime": c.ts(), "fields": f}],
        "offset": c.alnum(10),
    }


@fam("newsroom_cms_draft", 6)
def newsroom_cms_draft(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    return {
        "post": {
            "id": c.r.randint(1000, 9999),
            "status": "draft",
            "slug": c.pick(["council-budget", "rail-strike-explainer", "school-funding"]),
            "byline": p["full"],
            "author_email": c.email(p, lang, domain="lumen-news.com"),
            "body_html": "<p>"
            + c.ntext(
                c.pick(["political_opinion", "trade_union", "criminal_record", "health"]), lang
            )
            + "</p>",
            "hero_image": c.neg("email", "retina-filename")
            or c.pick(["hero@2x.jpg", "chart-budget@2x.png"]),
            "tags": ["politics", "local"],
            "updated_at": c.ts(),
        }
    }


# ================================================================================================
# SMART HOME / WEARABLES
# ================================================================================================


@fam("smarthome_voice_enrol", 8, ["biometric"], p0=0.1)
def smarthome_voice_enrol(c: Ctx, want: list[str], lang: str) -> list[dict[str, Any]]:
    evs: list[dict[str, Any]] = [
        {
            "type": "device.heartbeat",
            "device": "hub-" + c.hex(6),
            "fw": c.version(),
            "ip": c.ip(),
            "at": c.ts(),
        }
    ]
    if "biometric" in want:
        k, v = c.sfield("biometric", lang, [2, 3])
        evs.append(
            {
                "type": "voice_profile.enrolled"
                if k in ("voiceprint", "voice_print", "empreinte_vocale")
                else "camera.face_profile.enrolled",
                "profile": {k: v},
                "at": c.ts(),
            }
        )
    else:
        k, v = c.nfield("biometric", lang)
        evs.append({"type": "user.auth", k: v, "at": c.ts()})
    if c.chance(0.5):
        lat, lon = c.coords()
        evs.append({"type": "geofence.exit", "home": {"lat": lat, "lon": lon}, "at": c.ts()})
    return evs


@fam("wearable_sync_firestore", 7, ["health"])
def wearable_sync_firestore(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    f = {
        "deviceModel": c.pick(["Pulse 4", "Trail GPS", "CGM-Link"]),
        "steps": c.r.randint(1200, 18000),
        "syncedAt": c.ts(),
    }
    if "health" in want:
        f["conditions"] = [c.pick(["type 1 diabetes", "atrial fibrillation", "sleep apnoea"])]
        f["glucose_mmol_l"] = [round(c.r.uniform(4, 12), 1) for _ in range(4)]
        c.add("health", "field", "wearable-conditions")
    if c.chance(0.6):
        lat, lon = c.coords()
        f["lastRun"] = {"start": {"lat": lat, "lng": lon}, "km": round(c.r.uniform(2, 15), 1)}
    if c.chance(0.4):
        f["email"] = c.email(c.name(lang), lang)
    return {
        "document": {
            "name": f"projects/pulse-app/databases/(default)/documents/users/{c.hex(16)}"
            f"/syncs/{c.hex(12)}",
            "fields": fs(f)["mapValue"]["fields"],
        }
    }


# ================================================================================================
# LAW FIRM
# ================================================================================================


@fam(
    "law_matter_salesforce",
    9,
    ["criminal_record", "trade_union", "sex_life_orientation", "racial_ethnic_origin"],
)
def law_matter_salesforce(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    want = want or ["criminal_record"]
    p = c.name(lang)
    rec = {
        "attributes": {"type": "Matter__c"},
        "Id": "a1M" + c.alnum(12),
        "Matter_Number__c": c.ref("HP"),
        "Practice_Area__c": c.pick(
            ["Criminal Defence", "Employment", "Discrimination", "Immigration"]
        ),
        "Client_Name__c": p["full"],
        "Client_Email__c": c.email(p, lang),
        "Opened__c": c.date(),
    }
    specials_into(c, rec, want, lang, "Intake_Summary__c", 0.8)
    return {"totalSize": 1, "done": True, "records": [rec]}


@fam(
    "law_intake_transcript",
    8,
    ["criminal_record", "health", "trade_union", "racial_ethnic_origin", "sex_life_orientation"],
)
def law_intake_transcript(c: Ctx, want: list[str], lang: str) -> str:
    want = want or ["criminal_record"]
    p = c.name(lang)
    lines = [
        {
            "en": f"Intake call, caller: {p['full']}.",
            "de": f"Erstgespräch, Anrufer: {p['full']}.",
            "fr": f"Premier appel, client : {p['full']}.",
            "es": f"Llamada de admisión, cliente: {p['full']}.",
        }[lang]
    ]
    for k in want:
        lines.append("CLIENT: " + c.stext(k, lang))
    lines.append("CALLBACK: " + c.phone(lang))
    return "\n".join(lines)


@fam("law_conflict_check", 5)
def law_conflict_check(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("person_name", "company-names")
    parties = [
        {
            "role": "opposing",
            "entity": c.pick(
                ["Northwind Mutual plc", "Helio Telecom GmbH", "Orchard Lane Housing Ltd"]
            ),
        },
        {"role": "client", "entity": c.name(lang)["full"]},
    ]
    return {
        "conflict_check": {
            "id": c.hex(8),
            "parties": parties,
            "result": c.pick(["no conflict", "potential conflict - escalate"]),
            "searched_at": c.ts(),
            "memo": c.ntext("trade_union", "en"),
        }
    }


# ================================================================================================
# CHARITY / DONOR CRM
# ================================================================================================


@fam("charity_donor_hubspot", 9, ["religious_belief", "health", "sex_life_orientation"])
def charity_donor_hubspot(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    props = {
        "firstname": {"value": p["first"]},
        "lastname": {"value": p["last"]},
        "email": {"value": c.email(p, lang)},
        "hs_analytics_source": {"value": c.pick(["ORGANIC_SEARCH", "EMAIL_MARKETING", "OFFLINE"])},
        "total_donated": {"value": str(c.pick([35, 120, 600, 1500]))},
        "gift_aid": {"value": c.pick(["true", "false"])},
    }
    for k in want:
        props["donor_story" if c.chance(0.6) else "motivation"] = {"value": c.stext(k, lang)}
    if c.chance(0.4):
        props["address"] = {"value": addr_str(c.address(lang))}
    if c.chance(0.35):
        props["last_gift_payment"] = {"value": c.card()}
    else:
        props["last_gift_payment"] = {"value": "card ending " + c.last4()}
    return {"vid": c.r.randint(100, 99999), "properties": props}


@fam("charity_payroll_giving_dynamodb", 7, ["religious_belief", "trade_union"], langs=("en", "de"))
def charity_payroll_giving_dynamodb(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    item: dict[str, Any] = {
        "pk": "EMP#" + c.hex(8),
        "sk": "PAYROLL#2024-11",
        "employee": p["full"],
        "gross": c.pick([3200.0, 4100.0, 2750.0]),
        "deductions": [{"type": "pension", "amount": 160.0}],
    }
    for k in want:
        if k == "religious_belief":
            item["deductions"].append(
                {
                    "type": c.pick(["church_tax", "kirchensteuer", "zakat_payroll_giving"]),
                    "amount": c.pick([28.8, 41.2, 15.0]),
                }
            )
            c.add(k, "deduction", "religious")
        else:
            key, v = c.sfield(k, lang)
            item[key] = v
    item["bank"] = {"iban": c.iban()} if c.chance(0.5) else {"sort_code": c.uk_bank()[0]}
    return {"Item": dyn(item)["M"]}


# ================================================================================================
# ELECTION ADMINISTRATION
# ================================================================================================


@fam("election_poll_workers_odata", 8, ["political_opinion"], langs=("en",))
def election_poll_workers_odata(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    vals = []
    for _ in range(c.r.randint(2, 3)):
        p = c.name(lang)
        w = {
            "WorkerId": c.hex(6).upper(),
            "Name": p["full"],
            "Phone": c.phone(lang, "US"),
            "Precinct": c.pick(["P-12", "P-07", "P-31"]),
            "Role": c.pick(["Inspector", "Judge", "Clerk"]),
            "TrainingCompleted": c.pick([True, False]),
        }
        if "political_opinion" in want:
            w["PartyAffiliation"] = c.pick(["DEM", "REP", "LIB", "GRN"])
            c.add("political_opinion", "field", "poll-worker-party")
        vals.append(w)
    return {
        "@odata.context": "https://elections.county.example/odata/$metadata#PollWorkers",
        "@odata.nextLink": None,
        "value": vals,
    }


@fam("election_ballot_request", 8, ["political_opinion"], langs=("en",))
def election_ballot_request(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    attrs = {
        "voter-name": p["full"],
        "birth-date": c.dob(lang, "us"),
        "mailing-address": c.address(lang, "US", structured=False),
        "election": "2024 Primary",
        "delivery": c.pick(["mail", "email"]),
        "status": c.pick(["received", "approved"]),
    }
    if "political_opinion" in want:
        attrs["primary-ballot-party"] = c.pick(["Democratic", "Republican", "Green"])
        c.add("political_opinion", "field", "primary-party-ballot")
    else:
        attrs["ballot-type"] = "nonpartisan"
    return {"data": {"type": "ballot-requests", "id": c.hex(8), "attributes": attrs}}


# ================================================================================================
# LIBRARIES
# ================================================================================================


@fam("library_patron", 7)
def library_patron(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    loans = [
        {
            "title_id": "T" + c.hex(6),
            "genre": c.pick(
                [
                    "Religion & Spirituality",
                    "Crime Fiction",
                    "Politics & Current Affairs",
                    "Health & Fitness",
                ]
            ),
            "due": c.date(),
        }
        for _ in range(c.r.randint(1, 3))
    ]
    c.neg("religious_belief", "book-genre")
    c.neg("health", "book-genre")
    c.neg("date_of_birth", "due-date")
    extra = (
        {"fine_paid_with": c.card()}
        if c.chance(0.3)
        else {"fine_paid_with": "card ending " + c.last4()}
    )
    return {
        "payment": extra,
        "patron": {
            "barcode": "LB" + c.hex(6).upper(),
            "name": p["full"],
            "email": c.email(p, lang),
            "home_branch": c.pick(["Central", "Eastside"]),
            "loans": loans,
            "fines_due": c.pick([0.0, 1.2, 4.5]),
        },
    }


# ================================================================================================
# RIDE-HAILING / DELIVERY
# ================================================================================================


@fam("ridehail_driver_onboarding", 10, ["criminal_record", "biometric"])
def ridehail_driver_onboarding(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    d = {
        "driverId": "drv_" + c.hex(10),
        "firstName": p["first"],
        "lastName": p["last"],
        "phone": c.phone(lang),
        "dateOfBirth": c.dob(lang),
        "vehicle": {
            "make": c.pick(["Toyota", "Skoda", "Renault", "Seat"]),
            "plateRegion": c.country(lang),
        },
        "payout": {"iban": c.iban()},
    }
    checks = {}
    for k in want:
        key, v = c.sfield(k, lang, [0, 1, 2])
        checks[key] = v
    if "biometric" not in want:
        key, v = c.nfield("biometric", lang)
        checks[key] = v
    d["checks"] = checks
    return d


@fam("courier_location_pings", 9)
def courier_location_pings(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    pings = []
    for _ in range(c.r.randint(2, 4)):
        lat, lon = c.coords()
        pings.append({"t": c.ts(), "lat": lat, "lng": lon, "speed_kmh": c.r.randint(0, 45)})
    return {
        "courier": {"id": "cr_" + c.hex(8), "phone": c.phone(lang)},
        "shift": c.hex(6),
        "pings": pings,
    }


# ================================================================================================
# ORDINARY SAAS
# ================================================================================================


@fam("saas_crm_contact", 9)
def saas_crm_contact(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    props = {
        "firstname": {"value": p["first"]},
        "lastname": {"value": p["last"]},
        "email": {"value": c.email(p, lang)},
        "company": {"value": c.pick(ORG)},
        "hs_email_domain": {"value": "example.org"},
        "lifecyclestage": {"value": "customer"},
    }
    if c.chance(0.5):
        props["mobilephone"] = {"value": c.phone(lang)}
    if c.chance(0.5):
        k, v = c.nfield(c.pick(["sex_life_orientation", "trade_union"]), lang)
        props[k] = {"value": flat(v)}
    return {"vid": c.r.randint(100, 99999), "properties": props}


@fam("saas_ticket_zendesk", 8, ["health"])
def saas_ticket_zendesk(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    body = {
        "en": "Hi, I was charged twice this month.",
        "de": "Hallo, mir wurde diesen Monat doppelt abgebucht.",
        "fr": "Bonjour, j'ai été débité deux fois ce mois-ci.",
        "es": "Hola, me han cobrado dos veces este mes.",
    }[lang]
    if c.chance(0.5):
        body += (
            " "
            + {"en": "My card is", "de": "Meine Karte:", "fr": "Ma carte :", "es": "Mi tarjeta:"}[
                lang
            ]
            + " "
            + c.card()
            + "."
        )
    else:
        body += f" (card ending {c.last4()})"
    if "health" in want:
        body += " " + c.stext("health", lang)
    return {
        "ticket": {
            "id": c.r.randint(1000, 999999),
            "subject": "Billing",
            "description": body,
            "requester_id": c.r.randint(1000, 99999),
            "via": {
                "channel": "email",
                "source": {"from": {"address": c.email(p, lang), "name": p["full"]}},
            },
            "created_at": c.ts(),
        }
    }


@fam("saas_billing_events", 7)
def saas_billing_events(c: Ctx, want: list[str], lang: str) -> list[dict[str, Any]]:
    evs = [
        {
            "id": "evt_" + c.alnum(20),
            "type": "invoice.paid",
            "data": {
                "payment_method": c.pm_token(),
                "card": {"brand": "visa", "last4": c.last4()},
                "amount": c.pick([1900, 4900, 9900]),
            },
        }
    ]
    if c.chance(0.65):
        evs.append(
            {
                "id": "evt_" + c.alnum(20),
                "type": "debug.log",
                "message": f"retrying charge for pan={c.card('visa', 'plain')}",
            }
        )
    else:
        evs.append({"id": "evt_" + c.alnum(20), "type": "gift_card.redeemed", "code": c.bad_card()})
    return evs


@fam("ci_job_log", 9)
def ci_job_log(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("credential", "commit-sha")
    lines = [
        f"$ git checkout {c.hex(40)}",
        f"Fetched image registry.internal/app:{c.version()}",
        f"export DATABASE_URL={c.conn_string()}"
        if c.chance(0.5)
        else f"export GITHUB_TOKEN={c.secret('ghp')}",
        f"curl -H 'Authorization: {c.basic_auth()}' https://artifacts.internal/upload"
        if c.chance(0.4)
        else "tests passed: 412",
        f"connected to {c.ip(False)}:5432",
        "npm install lodash@4.17.21 axios@1.6.8",
    ]
    c.neg("email", "package-pin")
    return {
        "job": {
            "id": c.r.randint(10000, 99999),
            "pipeline": "deploy-prod",
            "status": c.pick(["failed", "success"]),
            "log": "\n".join(lines),
        }
    }


@fam("cloud_audit_log", 8)
def cloud_audit_log(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    rec: dict[str, Any] = {
        "eventVersion": "1.09",
        "eventTime": c.ts(),
        "eventSource": "iam.amazonaws.com",
        "eventName": c.pick(["CreateAccessKey", "AssumeRole", "GetSecretValue"]),
        "sourceIPAddress": c.ip(),
        "userIdentity": {
            "type": "IAMUser",
            "userName": fold_user(p),
            "accessKeyId": c.secret("aws"),
        },
        "requestParameters": {"userName": fold_user(p)},
        "responseElements": None,
    }
    if c.chance(0.5):
        rec["responseElements"] = {
            "accessKey": {
                "accessKeyId": c.secret("aws"),
                "secretAccessKey": c.secret("aws_secret"),
                "status": "Active",
            }
        }
    else:
        rec["additionalEventData"] = {"kid": c.hex(16), "digest": c.sha256()}
    if c.chance(0.5):
        rec["userIdentity"]["principalEmail"] = c.email(p, lang, domain="helio-telecom.net")
    return {"Records": [rec]}


def fold_user(p: dict[str, str]) -> str:
    from .values import fold

    return fold(p["first"])[0] + fold(p["last"])


@fam(
    "slack_hr_message",
    10,
    ["health", "trade_union", "religious_belief", "sex_life_orientation", "criminal_record"],
)
def slack_hr_message(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    title = {
        "en": "Case update",
        "de": "Fall-Update",
        "fr": "Point dossier",
        "es": "Actualización",
    }[lang]
    blocks: list[dict[str, Any]] = [
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": f"*{title}* - {p['full']}"},
        }
    ]
    for k in want:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": c.stext(k, lang)}})
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": "#hr-casework"}]})
    return {
        "ok": True,
        "channel": "C" + c.alnum(10).upper(),
        "ts": f"{c.r.randint(100000, 999999)}.{c.r.randint(100, 999)}",
        "message": {"type": "message", "user": "U" + c.alnum(10).upper(), "blocks": blocks},
    }


@fam("k8s_secret_manifest", 7)
def k8s_secret_manifest(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    import base64 as b

    raw = c.secret(c.pick(["stripe", "sendgrid", "password", "slack", "npm"]))
    enc = b.b64encode(raw.encode()).decode()
    c.ok(enc)
    doc: dict[str, Any] = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": c.pick(["billing-api", "mailer", "kyc-worker"]), "namespace": "prod"},
        "type": "Opaque",
        "data": {"API_KEY": enc},
    }
    if c.chance(0.5):
        doc["metadata"]["annotations"] = {"kubectl.kubernetes.io/last-applied-configuration": "{}"}
    return doc


@fam("signup_form_encoded", 7, ["trade_union", "religious_belief"], langs=("de", "en"))
def signup_form_encoded(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    parts = [
        f"first_name={p['first']}",
        f"last_name={p['last']}",
        f"birth_date={c.dob(lang, 'iso')}",
        (
            "password="
            + c.secret("password").replace("&", "%26").replace("!", "%21").replace("#", "%23")
        ),
    ]
    for k in want:
        if k == "trade_union":
            parts.append(c.pick(["union_member=true", "union_member=false", "gewerkschaft=verdi"]))
        else:
            parts.append(c.pick(["konfession=rk", "konfession=ev", "religion=muslim"]))
        c.add(k, "form", "encoded")
    return {
        "method": "POST",
        "path": "/register",
        "headers": {"content-type": "application/x-www-form-urlencoded"},
        "body": "&".join(parts),
    }


@fam("ocr_passport_scan", 7, langs=("en", "de", "fr", "es"))
def ocr_passport_scan(c: Ctx, want: list[str], lang: str) -> str:
    p = c.name(lang)
    cc = c.country(lang)
    num = c.passport(cc=cc)
    dob = c.dob(lang, "iso")
    from .values import fold

    last = fold(p["last"]).upper()
    first = fold(p["first"]).upper()
    return (
        f"PASSPORT / REISEPASS / PASSEPORT\nType P  Code {cc}  Passport No. {num}\n"
        f"Surname {p['last'].upper()}\nGiven names {p['first'].upper()}\n"
        f"Date of birth {dob}\nP<{cc}{last}<<{first}<<<<<<<<<<<<<<<<<<"
    )


@fam("ocr_gp_letter", 5, ["health"], langs=("en", "de", "fr", "es"))
def ocr_gp_letter(c: Ctx, want: list[str], lang: str) -> str:
    p = c.name(lang)
    a = c.address(lang, structured=False)
    greeting = {
        "en": "Dear colleague,",
        "de": "Sehr geehrte Kollegen,",
        "fr": "Cher confrère,",
        "es": "Estimado colega:",
    }[lang]
    return f"{p['full']}\n{a}\n\n{greeting}\n{c.stext('health', lang)}\n"


@fam("name_value_profile", 10, list(SPECIAL))
def name_value_profile(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    attrs = {"displayName": p["full"], c.key("email", lang): c.email(p, lang)}
    specials_into(c, attrs, want, lang)
    negs_into(c, attrs, want, lang, 2)
    style = c.pick(["nv", "cf"])
    if style == "nv":
        return {"userId": c.uuid(), "attributes": namevalue(attrs)}
    return {"contactId": c.uuid(), "customFields": namevalue(attrs, "label", "fieldValue")}


@fam("deep_nested_hr", 10, list(SPECIAL))
def deep_nested_hr(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    leaf: dict[str, Any] = {}
    specials_into(c, leaf, want, lang, c.key("notes", lang))
    negs_into(c, leaf, want, lang, 1)
    return {
        "tenant": {
            "id": c.hex(6),
            "region": c.pick(["eu-west-1", "eu-central-1"]),
            "org": {
                "units": [
                    {
                        "code": "OPS",
                        "people": [
                            {
                                "profile": {
                                    "identity": {
                                        "name": p["full"],
                                        c.key("dob", lang): c.dob(lang),
                                    },
                                    "records": {"hr": {"confidential": {"v2": leaf}}},
                                }
                            }
                        ],
                    }
                ]
            },
        }
    }


@fam("payroll_dynamodb", 7, ["trade_union", "religious_belief"], langs=("de", "en"))
def payroll_dynamodb(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    item: dict[str, Any] = {
        "pk": "PAY#" + c.hex(8),
        "name": p["full"],
        "taxClass": c.pick([1, 3, 4]) if lang == "de" else None,
    }
    if lang == "de":
        item["steuerId"] = c.steuer_id()
        item["iban"] = c.iban("DE")
    else:
        item["ni_number"] = c.nino()
        s, a = c.uk_bank()
        item["bank"] = {"sort_code": s, "account_number": a}
    for k in want:
        key, v = c.sfield(k, lang)
        item[key] = v
    return {"Items": [dyn(item)["M"]], "Count": 1, "ScannedCount": 1}


@fam("support_call_transcript", 7, ["health"], langs=("en", "fr", "es", "de"))
def support_call_transcript(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    agent = {"en": "AGENT", "de": "MITARBEITER", "fr": "CONSEILLER", "es": "AGENTE"}[lang]
    cust = {"en": "CUSTOMER", "de": "KUNDIN", "fr": "CLIENT", "es": "CLIENTE"}[lang]
    lines = [
        f"[{c.ts()}] {agent}: "
        + {
            "en": "Can I take your full name and date of birth?",
            "de": "Darf ich Namen und Geburtsdatum aufnehmen?",
            "fr": "Pouvez-vous me donner votre nom et date de naissance ?",
            "es": "¿Me dice su nombre y fecha de nacimiento?",
        }[lang],
        f"{cust}: {p['full']}, {c.dob(lang, lang if lang != 'en' else 'iso')}",
    ]
    if "health" in want:
        lines.append(f"{cust}: " + c.stext("health", lang))
    lines.append(
        f"{agent}: "
        + {
            "en": "Thanks, I've noted that on the account.",
            "de": "Danke, ist notiert.",
            "fr": "Merci, c'est noté.",
            "es": "Gracias, queda anotado.",
        }[lang]
    )
    return {"call_id": c.uuid(), "transcript": "\n".join(lines), "asr_model": "v" + c.version()}


@fam("login_events_array", 6)
def login_events_array(c: Ctx, want: list[str], lang: str) -> list[dict[str, Any]]:
    p = c.name(lang)
    em = c.email(p, lang)
    out = []
    for _ in range(c.r.randint(2, 4)):
        e = {
            "ts": c.ts(),
            "user": em,
            "ip": c.ip(),
            "result": c.pick(["success", "mfa_challenge", "failure"]),
            "ua": f"Mozilla/5.0 app/{c.version()}",
        }
        if c.chance(0.4):
            k, v = c.nfield("biometric", lang)
            e[k] = v
        out.append(e)
    return out


@fam("clinic_booking_graphql", 8, ["health", "religious_belief", "genetic"])
def clinic_booking_graphql(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    appt = {
        "id": c.uuid(),
        "start": c.ts(),
        "clinic": c.pick(["Physio North", "Women's Health Clinic", "Memory Clinic"]),
        "patient": {"name": p["full"], "phone": c.phone(lang)},
    }
    specials_into(c, appt, want, lang, "bookingNotes", 0.6)
    return {"data": {"createAppointment": {"appointment": appt, "errors": []}}, "errors": None}


@fam("edu_exam_proctoring", 9, ["biometric", "health"])
def edu_exam_proctoring(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    want = want or ["biometric"]
    sess = {
        "sessionId": c.uuid(),
        "exam": c.pick(
            ["STAT101 final", "Klausur Analysis I", "Partiel droit civil", "Examen Anatomía"]
        ),
        "candidate": {
            "studentNo": "S" + c.hex(6).upper(),
            "email": c.email(
                c.name(lang),
                lang,
                domain=c.pick(["students.brightpath.edu", "stud.uni-rheinfeld.de"]),
            ),
        },
        "flags": [
            {"t": c.ts(), "type": c.pick(["second_face_detected", "gaze_away", "tab_switch"])}
        ],
    }
    if "biometric" in want:
        k, v = c.sfield("biometric", lang, [2])
        sess["identityCheck"] = {"method": "face", k: v}
    else:
        k, v = c.nfield("biometric", lang)
        sess["identityCheck"] = {"method": "photo_id", k: v}
    if "health" in want:
        sess["accommodations"] = {"extraTimePct": 25, "reason": c.stext("health", lang)}
    return {"data": sess, "meta": {"vendor": "proctorly", "apiVersion": c.version()}}


@fam("bank_voice_auth_enrolment", 9, ["biometric"], langs=("en", "de", "fr"), p0=0.1)
def bank_voice_auth_enrolment(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    ev: dict[str, Any] = {
        "customerRef": "C" + c.hex(6).upper(),
        "customerName": p["full"],
        "channel": "telephone_banking",
        "enrolledAt": c.ts(),
    }
    if "biometric" in want:
        k, v = c.sfield("biometric", lang, [3])
        ev["voiceProfile"] = {k: v, "passphrase": "my voice is my password"}
    else:
        ev["voiceProfile"] = {"status": "declined", "fallback": "security_questions"}
        c.neg("biometric", "declined-enrolment")
    ev["callerNumber"] = c.phone(lang)
    return {
        "specversion": "1.0",
        "type": "com.kestrel.voiceid.enrolment",
        "source": "/ivr",
        "id": c.uuid(),
        "time": c.ts(),
        "data": json.dumps(ev, ensure_ascii=False),
    }


@fam("dna_kit_support_ticket", 11, ["genetic", "racial_ethnic_origin", "health"], p0=0.1)
def dna_kit_support_ticket(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    want = want or ["genetic"]
    p = c.name(lang)
    body = text_of(
        c,
        want,
        lang,
        {
            "en": "Can you explain what my report means?",
            "de": "Können Sie mir meinen Bericht erklären?",
            "fr": "Pouvez-vous m'expliquer mon rapport ?",
            "es": "¿Me pueden explicar el informe?",
        }[lang],
    )
    t = {
        "ticket": {
            "id": c.r.randint(10000, 99999),
            "subject": c.pick(["Question about my results", "Raw data download", "Report help"]),
            "description": body,
            "requester": {"name": p["full"], "email": c.email(p, lang)},
            "tags": ["dna_kit", "results"],
            "custom_fields": [{"id": 900001, "value": "KIT-" + c.hex(8).upper()}],
            "created_at": c.ts(),
        }
    }
    if "genetic" in want and c.chance(0.5):
        k, v = c.sfield("genetic", lang)
        t["ticket"]["attachments_preview"] = {k: v}
    return t


@fam("election_candidate_nomination", 8, ["political_opinion"], langs=("en", "de", "fr", "es"))
def election_candidate_nomination(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    p = c.name(lang)
    k, v = c.sfield("political_opinion", lang)
    doc = {
        "nominationId": c.ref("NOM"),
        "office": c.pick(
            ["County Council - Ward 4", "Gemeinderat", "Conseil municipal", "Concejo municipal"]
        ),
        "candidate": {"name": p["full"], "homeAddress": c.address(lang, structured=False), k: v},
        "subscribers": c.r.randint(10, 30),
        "status": c.pick(["valid", "under review"]),
        "receivedAt": c.ts(),
    }
    if c.chance(0.4):
        doc["agent"] = {"name": c.name(lang)["full"], "phone": c.phone(lang)}
    return doc


# ================================================================================================
# CLEAN FAMILIES (hard negatives only)
# ================================================================================================


@fam("clean_service_health", 6, clean=True)
def clean_service_health(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("health", "service-health")
    return {
        "status": c.pick(["UP", "DEGRADED"]),
        "components": {
            "db": {
                "status": "UP",
                "details": {"database": "PostgreSQL", "validationQuery": "isValid()"},
            },
            "diskSpace": {
                "status": "UP",
                "details": {"free": c.r.randint(10, 99) * 1000, "threshold": 10000},
            },
            "kafka": {"status": c.pick(["UP", "DOWN"])},
        },
        "version": c.version(),
        "checkedAt": c.ts(),
    }


@fam("clean_otc_catalog", 6, clean=True)
def clean_otc_catalog(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("health", "otc-catalog")
    vals = [
        {
            "Sku": "OTC-" + c.hex(5).upper(),
            "Name": n,
            "Strength": s,
            "PackSize": c.pick([8, 16, 24, 32]),
            "Ean": c.ean(),
            "Indication": ind,
            "Price": c.pick([2.49, 3.95, 5.49]),
        }
        for n, s, ind in c.sample(
            [
                ("Ibuprofen", "200 mg", "pain and fever"),
                ("Paracetamol", "500 mg", "mild to moderate pain"),
                ("Cetirizine", "10 mg", "hay fever"),
                ("Loperamide", "2 mg", "acute diarrhoea"),
                ("Omeprazole", "20 mg", "heartburn"),
            ],
            3,
        )
    ]
    return {
        "@odata.context": "https://shop.example-pharmacy.com/odata/$metadata#Products",
        "value": vals,
        "note": c.ntext("health", c.pick(["en", "fr"])),
    }


@fam("clean_food_allergens", 5, clean=True)
def clean_food_allergens(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("health", "food-allergens")
    return {
        "product": {
            "gtin": c.ean(),
            "name": c.pick(
                [
                    "Oat & Hazelnut Bar",
                    "Vollkorn-Knäckebrot",
                    "Biscuits au beurre",
                    "Galletas integrales",
                ]
            ),
            "allergens": {
                "contains": c.sample(["milk", "gluten", "hazelnuts", "soy", "egg", "sesame"], 2),
                "may_contain": ["peanuts"],
            },
            "nutrition_per_100g": {
                "energy_kcal": c.r.randint(320, 520),
                "sugars_g": round(c.r.uniform(1, 30), 1),
            },
        },
        "label_text": c.ntext("health", "en"),
    }


@fam("clean_insurance_plan_catalog", 6, clean=True)
def clean_insurance_plan_catalog(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("health", "plan-catalog")
    plans = [
        {
            "plan_id": "PL-" + c.hex(4).upper(),
            "name": n,
            "metal_level": n.split()[0].lower(),
            "monthly_premium": c.pick([182.0, 240.5, 311.0]),
            "covers": ["inpatient", "outpatient", "mental health", "maternity"],
            "deductible": c.pick([500, 1500, 3000]),
        }
        for n in c.sample(["Bronze 60", "Silver 70", "Gold 80", "Platinum 90"], 2)
    ]
    c.neg("genetic", "plan-exclusion-text")
    return {
        "catalog_year": 2025,
        "plans": plans,
        "exclusions": "Genetic testing is covered only when ordered by a specialist.",
        "faq": c.ntext("health", "en"),
    }


@fam("clean_genetic_algorithm_config", 6, clean=True)
def clean_genetic_algorithm_config(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("genetic", "ga-config")
    return {
        "optimizer": {
            "type": "genetic_algorithm",
            "population_size": c.pick([100, 200, 400]),
            "generations": c.pick([200, 500]),
            "mutation": {"operator": "gaussian", "rate": c.pick([0.01, 0.02, 0.05])},
            "crossover": c.pick(["single_point", "uniform"]),
            "selection": "tournament",
            "genome": {"genes": ["batch_size", "learning_rate", "dropout"], "encoding": "real"},
        },
        "seed": c.r.randint(1, 999),
        "log": c.ntext("genetic", "en"),
    }


@fam("clean_gene_reference_bq", 6, clean=True)
def clean_gene_reference_bq(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("genetic", "gene-reference")
    schema = {
        "fields": [
            {"name": "symbol", "type": "STRING"},
            {"name": "chrom", "type": "STRING"},
            {"name": "start_kb", "type": "INTEGER"},
            {"name": "biotype", "type": "STRING"},
        ]
    }
    rows = [
        {"f": [{"v": s}, {"v": ch}, {"v": str(c.r.randint(1000, 99999))}, {"v": "protein_coding"}]}
        for s, ch in c.sample(
            [
                ("BRCA1", "17"),
                ("CFTR", "7"),
                ("APOE", "19"),
                ("MTHFR", "1"),
                ("TP53", "17"),
                ("HBB", "11"),
            ],
            3,
        )
    ]
    return {
        "kind": "bigquery#tableDataList",
        "totalRows": str(len(rows)),
        "schema": schema,
        "rows": rows,
        "description": c.ntext("genetic", c.pick(["en", "es"])),
    }


@fam("clean_device_auth_events", 6, clean=True)
def clean_device_auth_events(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    evs = []
    for _ in range(c.r.randint(2, 3)):
        k, v = c.nfield("biometric", lang)
        evs.append(
            {
                "event": "auth.success",
                "user_id": "u_" + c.hex(10),
                "device": c.pick(["iPhone15,3", "Pixel 8", "SM-S918B"]),
                k: v,
                "at": c.ts(),
            }
        )
    return {"events": evs, "policy": c.ntext("biometric", c.pick(["en", "de", "fr"]))}


@fam("clean_tls_ssh_fingerprints", 5, clean=True)
def clean_tls_ssh_fingerprints(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("biometric", "tls-ssh-fingerprint")
    c.neg("credential", "public-key")
    return {
        "host": c.pick(["bastion-eu", "git-mirror", "api-gateway"]),
        "ja3": c.hex(32),
        "tls_cert_sha256": c.sha256(),
        "ssh_host_key": {
            "type": "ssh-ed25519",
            "public": "AAAAC3NzaC1lZDI1NTE5AAAA" + c.b64(43),
            "fingerprint": "SHA256:" + c.b64(43),
        },
        "checked": c.ts(),
    }


@fam("clean_product_embeddings", 5, clean=True)
def clean_product_embeddings(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("biometric", "product-embedding")
    items = []
    for _ in range(2):
        items.append(
            {
                "sku": "SKU-" + c.hex(5).upper(),
                "title": c.pick(["Trail running shoe", "Ceramic mug", "Desk lamp", "Wool scarf"]),
                "embedding": [c.float4(-0.9, 0.9, "embedding") for _ in range(16)],
            }
        )
    return {"index": "products-v7", "model": "text-embedding-small", "items": items}


@fam("clean_recipes_cuisine", 5, clean=True)
def clean_recipes_cuisine(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    return {
        "collection": c.pick(["World Kitchen", "Cuisines du monde", "Cocina del mundo"]),
        "recipes": [
            {"id": c.hex(6), "title": t, "cuisine": cu, "tags": ["ethnic cuisine", "street food"]}
            for t, cu in c.sample(
                [
                    ("Injera with misir wot", "Ethiopian"),
                    ("Ceviche", "Peruvian"),
                    ("Pho bo", "Vietnamese"),
                    ("Jollof rice", "West African"),
                    ("Bibimbap", "Korean"),
                ],
                3,
            )
        ],
        "intro": c.ntext("racial_ethnic_origin", lang),
    }


@fam("clean_census_stats", 5, clean=True)
def clean_census_stats(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("racial_ethnic_origin", "aggregate-stats")
    c.neg("religious_belief", "aggregate-stats")
    return {
        "area": c.pick(["London Borough of Hackney", "Ward 14", "Bezirk Mitte"]),
        "year": 2021,
        "ethnic_group_pct": {
            "White": 61.2,
            "Asian": 14.8,
            "Black": 11.3,
            "Mixed": 6.1,
            "Other": 6.6,
        },
        "religion_pct": {"Christian": 38.4, "No religion": 33.9, "Muslim": 16.2, "Other": 11.5},
        "source": "Census 2021, table TS021",
    }


@fam("clean_party_press_feed", 6, clean=True)
def clean_party_press_feed(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    items = [
        {
            "guid": c.uuid(),
            "title": c.ntext("political_opinion", lang),
            "published": c.ts(),
            "category": "press-release",
        }
        for _ in range(2)
    ]
    c.neg("political_opinion", "press-feed")
    return {
        "feed": {
            "title": c.pick(
                ["Party newsroom", "Pressemitteilungen", "Communiqués", "Notas de prensa"]
            ),
            "items": items,
        }
    }


@fam("clean_news_headlines", 6, clean=True)
def clean_news_headlines(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    arts = [
        {
            "source": {"id": None, "name": c.pick(["Lumen Newsroom", "Wire Service"])},
            "title": c.ntext(k, lang),
            "publishedAt": c.ts(),
        }
        for k in c.sample(
            ["political_opinion", "trade_union", "criminal_record", "health", "religious_belief"], 3
        )
    ]
    return {"status": "ok", "totalResults": len(arts), "articles": arts}


@fam("clean_religion_book_catalog", 5, clean=True)
def clean_religion_book_catalog(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("religious_belief", "book-genre")
    c.neg("sex_life_orientation", "book-genre")
    books = [
        {
            "isbn": c.isbn(),
            "title": t,
            "genre": g,
            "publisher": c.pick(["Harbour Press", "Verlag am Fluss", "Éditions du Quai"]),
        }
        for t, g in c.sample(
            [
                ("A Short History of Monasteries", "Religion & Spirituality"),
                ("Gardening Through the Seasons", "Home & Garden"),
                ("Understanding Sexuality: A Reader", "Social Science"),
                ("Pilgrim Routes of Europe", "Religion & Spirituality"),
                ("Caring for Older Relatives", "Health & Family"),
            ],
            3,
        )
    ]
    return {
        "hits": {
            "total": {"value": len(books)},
            "hits": [{"_index": "catalog", "_id": c.hex(10), "_source": b} for b in books],
        }
    }


@fam("clean_sql_query_log", 5, clean=True)
def clean_sql_query_log(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    return {
        "slow_queries": [
            {
                "query": c.ntext("trade_union", "en"),
                "duration_ms": c.r.randint(200, 4000),
                "db": "analytics",
                "at": c.ts(),
            }
        ],
        "schema_note": c.ntext("trade_union", "en"),
    }


@fam("clean_graphql_schema", 5, clean=True)
def clean_graphql_schema(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("trade_union", "graphql-union")
    c.neg("health", "schema-type")
    c.neg("sex_life_orientation", "gender-enum")
    return {
        "data": {
            "__schema": {
                "types": [
                    {
                        "kind": "UNION",
                        "name": "SearchResult",
                        "possibleTypes": [{"name": "Article"}, {"name": "Author"}],
                    },
                    {"kind": "OBJECT", "name": "HealthStatus", "fields": [{"name": "healthy"}]},
                    {
                        "kind": "ENUM",
                        "name": "Gender",
                        "enumValues": [{"name": "FEMALE"}, {"name": "MALE"}, {"name": "OTHER"}],
                    },
                ]
            }
        },
        "extensions": {"tracing": {"version": 1, "duration": c.r.randint(1000, 90000)}},
    }


@fam("clean_eu_regulation_text", 5, clean=True)
def clean_eu_regulation_text(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    parts = [
        c.ntext(k, lang)
        for k in c.sample(
            [
                "trade_union",
                "health",
                "genetic",
                "biometric",
                "religious_belief",
                "sex_life_orientation",
            ],
            3,
        )
    ]
    return {"document": "guidance-note", "lang": lang, "paragraphs": parts, "updated": c.date()}


@fam("clean_credit_union_rates", 5, clean=True)
def clean_credit_union_rates(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("trade_union", "credit-union")
    return {
        "institution": c.pick(["Pioneer Credit Union", "Lakeside Federal Credit Union"]),
        "routing_info": c.bic(),
        "rates": [
            {"product": p, "apy": c.float4(0.5, 5.5, "rate")}
            for p in ["share savings", "12m certificate", "auto loan"]
        ],
        "fx": {"EURUSD": c.float4(1.05, 1.15, "fx-rate"), "GBPUSD": c.float4(1.2, 1.3, "fx-rate")},
    }


@fam("clean_pronoun_settings", 5, clean=True)
def clean_pronoun_settings(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    out = {"user_id": "u_" + c.hex(10), "locale": lang, "theme": c.pick(["dark", "light"])}
    for k in ["sex_life_orientation", "sex_life_orientation", "racial_ethnic_origin"]:
        key, v = c.nfield(k, lang)
        out[key] = v
    return {"settings": out}


@fam("clean_hr_policies", 6, clean=True)
def clean_hr_policies(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    ks = c.sample(
        [
            "health",
            "sex_life_orientation",
            "racial_ethnic_origin",
            "criminal_record",
            "religious_belief",
            "biometric",
            "genetic",
        ],
        3,
    )
    return {
        "space": "HR",
        "page": {
            "title": c.pick(["Equality & diversity", "Leave policy", "Recruitment policy"]),
            "body": adf(*[c.ntext(k, lang) for k in ks]),
            "version": c.r.randint(2, 19),
            "lastEdited": c.ts(),
        },
    }


@fam("clean_crime_stats", 5, clean=True)
def clean_crime_stats(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("criminal_record", "district-stats")
    return {
        "district": c.pick(["North", "Mitte", "Centre", "Centro"]),
        "period": "2024-Q3",
        "offences": {
            "burglary": c.r.randint(40, 300),
            "vehicle_crime": c.r.randint(40, 300),
            "violence": c.r.randint(40, 300),
        },
        "commentary": c.ntext("criminal_record", lang),
    }


@fam("clean_sanctions_list_meta", 5, clean=True)
def clean_sanctions_list_meta(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("criminal_record", "sanctions-config")
    c.neg("political_opinion", "pep-config")
    return {
        "screening_config": {
            "lists": ["OFAC SDN", "EU consolidated", "UN"],
            "fuzzy_threshold": 0.86,
            "pep_screening": True,
            "adverse_media": False,
            "rescreen_days": 30,
        },
        "updated": c.ts(),
    }


@fam("clean_ci_pipeline_config", 6, clean=True)
def clean_ci_pipeline_config(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "claims-api"},
        "spec": {
            "template": {
                "spec": {
                    "containers": [
                        {
                            "name": "api",
                            "image": f"registry.internal/claims:{c.version()}",
                            "env": [
                                {
                                    "name": "DB_PASSWORD",
                                    "valueFrom": {
                                        "secretKeyRef": {"name": "claims-db", "key": "password"}
                                    },
                                },
                                {"name": "STRIPE_KEY", "value": c.masked_secret()},
                                {"name": "ADMIN_HASH", "value": c.bcrypt()},
                            ],
                            "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080}},
                        }
                    ]
                }
            }
        },
        "commit": c.sha256()[:40],
    }


@fam("clean_jwks", 5, clean=True)
def clean_jwks(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("credential", "jwks")
    return {
        "keys": [
            {
                "kty": "RSA",
                "use": "sig",
                "kid": c.hex(16),
                "alg": "RS256",
                "n": c.b64(342).replace("+", "-").replace("/", "_"),
                "e": "AQAB",
            }
        ],
        "pem": "-----BEGIN PUBLIC KEY-----\n"
        + c.b64(64)
        + "\n"
        + c.b64(64)
        + "\n-----END PUBLIC KEY-----",
    }


@fam("clean_billing_masked", 6, clean=True)
def clean_billing_masked(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    return {
        "object": "list",
        "data": [
            {
                "id": "in_" + c.alnum(20),
                "customer": "cus_" + c.alnum(14),
                "default_payment_method": c.pm_token(),
                "card_last4": c.last4(),
                "amount_due": c.pick([1900, 4900]),
                "reference": c.bad_card(),
                "currency": "eur",
            }
        ],
        "has_more": False,
    }


@fam("clean_fx_rates", 5, clean=True)
def clean_fx_rates(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    return {
        "base": "EUR",
        "date": c.date(),
        "rates": {
            k: c.float4(lo, hi, "fx-rate")
            for k, lo, hi in [
                ("USD", 1.05, 1.15),
                ("GBP", 0.83, 0.88),
                ("CHF", 0.93, 0.98),
                ("JPY", 0.0062, 0.0068),
            ]
        },
    }


@fam("clean_iot_temperature", 5, clean=True)
def clean_iot_temperature(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    lat, lon = c.coarse_coords()
    c.neg("postal_address", "city-only")
    return {
        "sensor": "th-" + c.hex(6),
        "site": {
            "city": c.pick(["Leeds", "Köln", "Lyon", "Sevilla"]),
            "approx": {"lat": lat, "lon": lon},
        },
        "readings": [
            {
                "t": c.ts(),
                "temp_c": c.float4(18, 24, "temperature"),
                "humidity": c.float4(30, 60, "humidity"),
            }
            for _ in range(3)
        ],
    }


@fam("clean_package_lock", 5, clean=True)
def clean_package_lock(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("email", "package-pin")
    c.neg("ip_address", "version")
    return {
        "name": "ats-frontend",
        "lockfileVersion": 3,
        "packages": {
            "node_modules/lodash": {
                "version": "4.17.21",
                "resolved": "lodash@4.17.21",
                "integrity": "sha512-" + c.b64(86),
            },
            "node_modules/@babel/core": {"version": "7.24.4"},
        },
        "assets": ["logo@2x.png", "icons/sprite@3x.webp"],
        "build": c.version(),
    }


@fam("clean_bic_vat_directory", 5, clean=True)
def clean_bic_vat_directory(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("person_name", "company-names")
    c.neg("postal_address", "city-only")
    return {
        "suppliers": [
            {
                "company": c.pick(
                    [
                        "Northwind Mutual plc",
                        "Helio Telecom GmbH",
                        "Kestrel Bank SE",
                        "Greenleaf Foundation",
                    ]
                ),
                "vat_id": c.vat(),
                "bic": c.bic(),
                "city": c.pick(["Berlin", "Lyon", "Madrid", "Leeds"]),
                "founded": c.neg(
                    "date_of_birth", "founding-date", c.date(c.pick([1998, 2004, 2011]))
                ),
            }
            for _ in range(2)
        ]
    }


@fam("clean_validation_errors", 5, clean=True)
def clean_validation_errors(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    errs = [
        {"field": "iban", "rejected": c.bad_iban(), "code": "IBAN_CHECKSUM"},
        {"field": "national_id", "rejected": c.bad_dni(), "code": "DNI_LETTER"},
    ]
    if c.chance(0.5):
        errs.append({"field": "card_number", "rejected": c.bad_card(), "code": "LUHN"})
    return {"errors": errs, "request_id": c.uuid()}


@fam("clean_job_adverts", 6, clean=True)
def clean_job_adverts(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    txt = [c.ntext(k, lang) for k in c.sample(["health", "criminal_record", "genetic"], 2)]
    c.neg("postal_address", "city-only")
    return {
        "jobs": [
            {
                "id": c.hex(8),
                "title": c.pick(
                    ["Staff Nurse", "Bioinformatician", "Teaching Assistant", "Driver"]
                ),
                "location": {"city": c.pick(["Leeds", "Köln", "Lyon", "Sevilla"])},
                "description": t,
                "posted": c.date(),
            }
            for t in txt
        ]
    }


@fam("clean_exam_timetable", 5, clean=True)
def clean_exam_timetable(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("religious_belief", "subject-name")
    c.neg("genetic", "subject-name")
    return {
        "series": "Summer 2025",
        "sessions": [
            {
                "subject": s,
                "paper": c.pick([1, 2]),
                "date": c.date(2025),
                "duration_min": c.pick([60, 90, 105]),
            }
            for s in ["Religious Studies", "Biology - Genetics and Evolution", "Citizenship"]
        ],
        "notes": c.ntext("religious_belief", "en"),
    }


@fam("clean_course_catalog", 5, clean=True)
def clean_course_catalog(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("criminal_record", "course-name")
    c.neg("political_opinion", "course-name")
    c.neg("sex_life_orientation", "course-name")
    return {
        "value": [
            {"code": f"{d}{c.r.randint(100, 499)}", "title": t, "ects": c.pick([5, 6, 10])}
            for d, t in [
                ("LAW", "Criminal Law and Procedure"),
                ("POL", "Political Parties and Elections"),
                ("SOC", "Sexuality, Gender and Society"),
                ("REL", "World Religions"),
            ]
        ]
    }


@fam("clean_form_schema", 6, clean=True)
def clean_form_schema(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    props = {}
    for k, label in [
        ("religious_belief", "religion"),
        ("racial_ethnic_origin", "ethnicity"),
        ("trade_union", "union_member"),
        ("sex_life_orientation", "sexual_orientation"),
        ("health", "disability"),
    ]:
        props[label] = {
            "type": "string",
            "enum": ["yes", "no", "Prefer not to say"]
            if label in ("union_member", "disability")
            else None,
            "x-sensitive": True,
        }
        c.neg(k, "schema-field")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Equal opportunities monitoring",
        "type": "object",
        "properties": props,
        "required": [],
    }


@fam("clean_election_results", 5, clean=True)
def clean_election_results(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("political_opinion", "aggregate-results")
    return {
        "precinct": c.pick(["P-12", "P-07", "Wahlbezirk 031", "Bureau 14"]),
        "registered": c.r.randint(1200, 4000),
        "results": [
            {"party": p, "votes": c.r.randint(50, 900)}
            for p in c.sample(["DEM", "REP", "SPD", "CDU", "PS", "LR", "PSOE", "PP"], 3)
        ],
        "turnout_pct": round(c.r.uniform(40, 80), 1),
        "notice": c.ntext("political_opinion", lang),
    }


@fam("clean_moderation_rules", 5, clean=True)
def clean_moderation_rules(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    for k in [
        "religious_belief",
        "sex_life_orientation",
        "racial_ethnic_origin",
        "political_opinion",
        "health",
    ]:
        c.neg(k, "policy-taxonomy")
    return {
        "taxonomy": [
            {"id": "hate.religion", "description": "Attacks on people based on their religion"},
            {"id": "hate.orientation", "description": "Slurs targeting sexual orientation"},
            {"id": "hate.ethnicity", "description": "Dehumanising speech about ethnic groups"},
            {"id": "civic.misinfo", "description": "False claims about how to vote"},
            {
                "id": "selfharm.promo",
                "description": "Content promoting self-harm or eating disorders",
            },
        ],
        "version": c.version(),
    }


@fam("clean_survey_aggregate", 5, clean=True)
def clean_survey_aggregate(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    for k in ["trade_union", "sex_life_orientation", "health", "religious_belief"]:
        c.neg(k, "aggregate-survey")
    return {
        "survey": "staff-pulse-2024",
        "n": c.r.randint(300, 1200),
        "pct_union_members": round(c.r.uniform(10, 40), 1),
        "pct_lgb_plus": round(c.r.uniform(2, 8), 1),
        "pct_disability": round(c.r.uniform(5, 20), 1),
        "pct_religious": round(c.r.uniform(30, 60), 1),
        "comment": c.ntext(c.pick(["sex_life_orientation", "trade_union"]), "en"),
    }


@fam("clean_poll_worker_training", 5, clean=True)
def clean_poll_worker_training(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    return {
        "module": "Polling place procedures",
        "slides": [
            c.ntext("political_opinion", "en"),
            "Open the ballot box only in front of two witnesses.",
        ],
        "quiz": [{"q": "May you wear a party badge while on duty?", "a": "No"}],
        "ballot_request_form_fields": ["name", "address", "birth date", "signature"],
    }


@fam("clean_library_events", 5, clean=True)
def clean_library_events(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("religious_belief", "event-venue")
    return {
        "events": [
            {
                "title": c.pick(["Family history drop-in", "Tax return help", "Code club"]),
                "venue": c.pick(["Central Library, Room 2", "Parish hall (community room)"]),
                "start": c.ts(),
                "free": True,
            }
            for _ in range(2)
        ],
        "faq": c.ntext("religious_belief", c.pick(["fr", "es", "de"])),
    }


@fam("clean_telecom_tariffs", 5, clean=True)
def clean_telecom_tariffs(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    return {
        "tariffs": [
            {"code": "T-" + c.hex(4).upper(), "name": n, "data_gb": d, "price": p}
            for n, d, p in [("Basic", 5, 9.99), ("Plus", 30, 19.99), ("Unlimited", None, 34.99)]
        ],
        "support_email": "see website",
        "coverage_check": {"postcode_only": True},
    }


@fam("clean_smarthome_catalog", 5, clean=True)
def clean_smarthome_catalog(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("biometric", "product-catalog")
    return {
        "products": [
            {
                "sku": "SH-" + c.hex(5).upper(),
                "name": "Smart lock Pro",
                "features": ["fingerprint unlock", "auto-lock", "guest codes"],
                "ean": c.ean(),
            },
            {
                "sku": "SH-" + c.hex(5).upper(),
                "name": "Doorbell cam 2",
                "features": ["person detection (on-device)", "night vision"],
                "ean": c.ean(),
            },
        ],
        "disclaimer": c.ntext("biometric", c.pick(["en", "de", "es"])),
    }


@fam("clean_cloud_cost_report", 5, clean=True)
def clean_cloud_cost_report(c: Ctx, want: list[str], lang: str) -> dict[str, Any]:
    c.neg("ip_address", "version")
    return {
        "report": "monthly-cost",
        "currency": "USD",
        "lines": [
            {"service": s, "cost": round(c.r.uniform(10, 900), 2), "usage_unit": u}
            for s, u in [("EC2", "hrs"), ("S3", "GB-mo"), ("CloudTrail", "events")]
        ],
        "agent": c.version(),
        "generated": c.ts(),
    }
