"""English payload families, including multinationals carrying German, French, Spanish values."""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Ctx, frag
from .registry import family
from .shapes import cloudevent, graphql, jsonapi, page, problem


@family("en_nhs_patient", en=5)
def nhs_patient(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    doc: dict[str, Any] = {
        "nhsNumber": f"{c.num(400, 499)} {c.num(100, 999)} {c.num(1000, 9999)}",
        "name": c.name(p),
        "dob": c.dob(p),
        "address": c.addr_full(a),
    }
    if c.chance(0.7):
        doc.update(c.kv("racial_ethnic_origin", "ethnicCategory", c.pick(pools.ETHNICITIES["en"])))
    else:
        doc["ethnicCategory"] = "Not stated"
    doc["problems"] = [c.say("health", p=p, chat=False)]
    return doc


@family("en_eeo_survey", en=5)
def eeo(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "applicant": c.name(p),
        "requisition": c.ref("REQ-", 5),
        "gender": "Female" if p.sex == "f" else "Male",
    }
    if c.chance(0.7):
        doc.update(
            c.kv(
                "racial_ethnic_origin",
                "raceEthnicity",
                c.pick(
                    [
                        "Hispanic or Latino",
                        "Black or African American",
                        "Asian",
                        "Two or more races",
                    ]
                ),
            )
        )
    else:
        doc["raceEthnicity"] = pools.NO_ANSWER["en"]
    if c.chance(0.5):
        doc.update(
            c.kv(
                "health",
                "disabilityStatus",
                c.pick(["Yes, I have a disability", "No, I do not have a disability"]),
            )
        )
    doc["veteranStatus"] = c.pick(["I am not a protected veteran", pools.NO_ANSWER["en"]])
    return doc


@family("en_dbs_check", en=2)
def dbs(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    clear = c.chance(0.5)
    return {
        "certificate": f"00{c.num(100000, 999999)}",
        "level": c.pick(["Basic", "Enhanced"]),
        "applicant": {
            "name": c.name(p),
            "dateOfBirth": c.dob(p, "long"),
            "address": c.addr_full(a),
        },
        **(
            c.kv("criminal_record", "policeRecords", "None recorded")
            if clear
            else {"policeRecords": c.say("criminal_record", p=p, chat=False)}
        ),
    }


@family("en_tenant_screening", en=2)
def tenant(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "applicant": c.name(p),
        "email": c.email(p),
        "creditScore": c.num(480, 850),
        "evictions": c.num(0, 1),
    }
    if c.chance(0.6):
        doc["criminalCheck"] = c.say("criminal_record", p=p, chat=False)
    else:
        doc["backgroundCheck"] = {
            "identity": "verified",
            "rightToRent": "verified",
            "sanctions": "no match",
        }
    return doc


@family("en_custody_record", en=3)
def custody(c: Ctx) -> Any:
    p = c.person()
    return {
        "custodyRef": c.ref("CR", 6),
        "detainee": {"name": c.name(p, "LF"), "dob": c.dob(p)},
        **c.kv(
            "criminal_record",
            "offence",
            c.pick(["Theft from a shop", "Common assault", "Criminal damage"]),
        ),
        **c.kv(
            "racial_ethnic_origin", "selfDefinedEthnicity", c.pick(["W1", "B2", "A3", "M1", "O9"])
        ),
        "arrestedAt": c.ts(),
    }


@family("en_sexual_health_clinic", en=6)
def sexual_health(c: Ctx) -> Any:
    return {
        "attendance": c.uuid(),
        "clinicCode": c.ref("GUM", 4),
        "history": c.say("sex_life_orientation", chat=False),
        "results": c.say("health", chat=False),
        "followUp": c.pick(["2 weeks", "3 months", "none"]),
    }


@family("en_payroll_uk", en=4)
def payroll_uk(c: Ctx) -> Any:
    p = c.person()
    gross = c.money(1800, 5600)
    lines: list[dict[str, Any]] = [
        {"code": "PAYE", "amount": round(gross * 0.18, 2)},
        {"code": "NI", "amount": round(gross * 0.08, 2)},
    ]
    if c.chance(0.6):
        u = c.pick(pools.UNIONS["en"])
        lines.append(
            {"code": "UNION", "description": f"{u} subscription", "amount": c.money(9, 18)}
        )
        c.mark("trade_union", f"{u} subscription", "payroll:union_dues")
    return {
        "employee": c.name(p),
        "nino": c.nino(),
        "period": f"2024-M{c.num(1, 12):02d}",
        "gross": gross,
        "deductions": lines,
        "bank": {"iban": c.iban("GB")},
    }


@family("en_onboarding_scim", en=4)
def onboarding(c: Ctx) -> Any:
    p = c.person(c.pick(["en", "de", "fr", "es"]))
    user: dict[str, Any] = {
        "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        ],
        "id": c.uuid(),
        "userName": f"{p.first[0].lower()}{c.hexid(4)}",
        "name": {"givenName": p.first, "familyName": p.last},
        "emails": [{"value": c.email(p, work=True), "primary": True}],
        "phoneNumbers": [{"value": c.phone(p.lang), "type": "work"}],
    }
    c.mark("person_name", frag("familyName", p.last), "name")
    ext: dict[str, Any] = {"employeeNumber": c.ref("E", 5)}
    if c.chance(0.6):
        ext.update(c.kv("trade_union", "unionMember", c.chance(0.5)))
    if c.chance(0.3):
        ext.update(c.kv("religious_belief", "churchTaxCode", c.pick(pools.KIST_MARKERS)))
    user["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] = ext
    return user


@family("en_global_hr_sync", en=4)
def global_hr(c: Ctx) -> Any:
    lang = c.pick(["de", "fr", "es"])
    p = c.person(lang)
    emp: dict[str, Any] = {
        "legalName": c.name(p),
        "country": lang.upper(),
        "dateOfBirth": c.dob(p, "iso"),
    }
    if lang == "de":
        emp["taxId"] = c.steuer_id()
        emp.update(c.kv("religious_belief", "religion", c.pick(pools.RELIGIONS["de"][:3])))
    elif lang == "fr":
        emp["socialSecurityNumber"] = c.nir(p)
        emp["note"] = c.say("trade_union", "fr", p=p, chat=False)
    else:
        emp["nationalId"] = c.dni()
        emp["note"] = c.say("trade_union", "es", p=p, chat=False)
    return cloudevent(c, "com.example.hr.employee.updated", "/workday/sync", emp)


@family("en_synagogue_membership", en=2)
def synagogue(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "member": {"name": c.name(p), "address": c.addr_full(a), "email": c.email(p)},
        **c.kv(
            "religious_belief", "congregation", c.pick(["Reform Synagogue", "United Synagogue"])
        ),
        "pledges": [{"type": "tzedakah", "amount": c.money(18, 360)}],
    }


@family("en_church_giving", en=1)
def church_giving(c: Ctx) -> Any:
    p = c.person()
    return {
        "donor": c.name(p),
        "giftAid": True,
        "postcode": pools.CITIES["en"][c.num(0, 7)][0],
        **c.kv(
            "religious_belief",
            "fund",
            c.pick(["Parish Share", "Sunday Collection", "Mission Fund"]),
        ),
        "amount": c.money(5, 200),
        "method": "standing order",
        "sortCode": f"{c.num(10, 99)}-{c.num(10, 99)}-{c.num(10, 99)}",
    }


@family("en_canvass_export", en=4)
def canvass(c: Ctx) -> Any:
    rows = []
    for _ in range(c.num(2, 3)):
        a = c.address()
        r: dict[str, Any] = {"address": c.addr_line(a), "town": a.city}
        r.update(
            c.kv(
                "political_opinion",
                "supportLevel",
                c.pick(["1 - strong Lab", "3 - undecided", "5 - against"]),
            )
        )
        if c.chance(0.25):
            r["notes"] = c.say("trade_union")
        rows.append(r)
    return page(c, rows)


@family("en_political_donation", en=4)
def pol_donation(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return jsonapi(
        c,
        "donations",
        {
            "donor": c.name(p),
            "address": c.addr_full(a),
            **c.kv("political_opinion", "recipient", c.pick(pools.PARTIES["en"])),
            "amount": c.money(10, 5000),
            "card": c.card(),
        },
    )


@family("en_voice_banking", en=3)
def voice_banking(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {"customer": c.name(p), "channel": "telephone", "phone": c.phone()}
    if c.chance(0.9):
        doc["voiceprint"] = {"model": "x-vector", "template": c.voiceprint()}
    else:
        doc["voiceprint"] = {"enrolled": True, "lastMatchScore": 0.91}
    return doc


@family("en_border_iris", en=3)
def border_iris(c: Ctx) -> Any:
    p = c.person(c.pick(["en", "fr", "de"]))
    return {
        "traveller": {
            "name": c.name(p, "LF"),
            "passportNumber": c.passport(c.pick(["GB", "FR", "DE"])),
        },
        "biometrics": {"irisCode": c.iris_code(), "eye": c.pick(["left", "right"])},
        "gate": f"E{c.num(1, 30)}",
    }


@family("en_dna_raw_export", en=8)
def dna_raw(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "user": {"name": c.name(p), "email": c.email(p)},
        "genotypes": c.snps(c.num(4, 6)),
        "build": "GRCh37",
    }
    if c.chance(0.5):
        doc["reportedConditions"] = c.say("health", p=p)
    return doc


@family("en_forensic_str", en=5)
def forensic_str(c: Ctx) -> Any:
    p = c.person()
    return {
        "caseRef": c.ref("FS", 6),
        "subject": c.name(p),
        "profile": c.str_profile(c.num(5, 8)),
        **c.kv("criminal_record", "status", c.pick(["arrested", "charged", "convicted"])),
    }


@family("en_insurance_claim", en=1)
def insurance_claim(c: Ctx) -> Any:
    p = c.person()
    return {
        "claim": c.ref("CLM", 6),
        "policyholder": c.name(p),
        "nino": c.nino(),
        "injury": c.say("health", p=p, chat=False),
        "payee": {"iban": c.iban("GB")},
    }


@family("en_kyc_passport", en=5)
def kyc_passport(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "applicant": {"name": c.name(p), "dob": c.dob(p, "long"), "address": c.addr_full(a)},
        "document": {"type": "passport", "number": c.passport("GB"), "expiry": "2031-02-11"},
        "pep": False,
        "selfie": {"livenessScore": round(c.rng.uniform(0.7, 1), 3)},
    }


@family("en_us_benefits", en=3)
def us_benefits(c: Ctx) -> Any:
    p = c.person()
    return {
        "employee": c.name(p),
        "ssn": c.ssn(),
        "plan": "PPO Gold",
        "premium": c.money(80, 400),
        "dependents": 1,
    }


@family("en_support_chat", en=3)
def support_chat(c: Ctx) -> Any:
    p = c.person()
    return {
        "conversation": c.uuid(),
        "messages": [
            {"from": "customer", "text": f"hi, my card {c.card()} was declined twice"},
            {"from": "agent", "text": c.phrase("agent_en")},
            {"from": "customer", "text": c.email(p)},
        ],
    }


@family("en_github_webhook", en=4)
def gh_webhook(c: Ctx) -> Any:
    return {
        "action": "created",
        "hook": {"config": {"url": "https://ci.example.org/hook", "secret": c.secret("whsec")}},
        "sender": {"login": c.pick(["octo-dev", "buildbot", "rel-eng"])},
        "token": c.secret(c.pick(["github", "npm", "slack"])),
    }


@family("en_app_logs", en=4)
def app_logs(c: Ctx) -> Any:
    p = c.person()
    return "\n".join(
        [
            f"{c.ts()} INFO login ok user={c.email(p)} ip={c.ip4()}",
            f"{c.ts()} WARN retrying upstream {c.ip6()}",
            f"{c.ts()} DEBUG aws_access_key_id={c.secret('aws_key')}",
        ]
    )


@family("en_dating_profile", en=6)
def dating(c: Ctx) -> Any:
    prof: dict[str, Any] = {
        "handle": c.pick(["sunny_side", "bookish_b", "trailrunner", "cuppa_tea"]),
        "age": c.num(21, 60),
        "gender": c.pick(["woman", "man"]),
    }
    if c.chance(0.75):
        prof.update(c.kv("sex_life_orientation", "orientation", c.pick(pools.ORIENTATIONS["en"])))
    else:
        prof["orientation"] = pools.NO_ANSWER["en"]
    if c.chance(0.4):
        prof.update(c.kv("racial_ethnic_origin", "ethnicity", c.pick(pools.ETHNICITIES["en"])))
    if c.chance(0.4):
        prof.update(
            c.kv(
                "political_opinion",
                "politics",
                c.pick(["left-leaning", "Labour voter", "conservative"]),
            )
        )
    if c.chance(0.35):
        prof["verification"] = {"selfieMatched": True, "faceTemplate": c.embedding(32)}
    return graphql({"profile": prof})


@family("en_wearable_sync", en=4)
def wearable(c: Ctx) -> Any:
    lat, lon = c.coords()
    return {
        "device": f"band-{c.hexid(6)}",
        "restingHeartRate": c.num(48, 80),
        "steps": c.num(2000, 19000),
        "lastFix": {"lat": lat, "lon": lon},
    }


@family("en_problem_payment", en=2)
def problem_payment(c: Ctx) -> Any:
    return problem(
        c,
        "card-declined",
        "Card number invalid",
        422,
        f"The number {c.card_bad()} failed validation.",
        field="cardNumber",
    )


@family("en_interview_notes", en=3)
def interview(c: Ctx) -> Any:
    p = c.person()
    kinds = c.rng.sample(
        ["health", "criminal_record", "trade_union", "religious_belief", "racial_ethnic_origin"], 2
    )
    return {
        "candidate": c.name(p),
        "interviewer": "panel B",
        "notes": c.note(*kinds, p=p, chat=False),
    }


@family("en_lgbt_helpline", en=5)
def lgbt_helpline(c: Ctx) -> Any:
    return {
        "call": c.uuid(),
        "durationMin": c.num(4, 55),
        "volunteer": c.pick(["vol-12", "vol-31", "vol-07"]),
        "summary": c.note("sex_life_orientation", c.pick(["health", "religious_belief"])),
        "callbackNumber": c.phone() if c.chance(0.4) else "withheld",
    }


@family("en_ident1_custody", en=4)
def ident1(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "pnc": f"{c.num(10, 24)}/{c.num(100000, 999999)}{c.pick('ABCDEFGH')}",
        "name": c.name(p, "LF"),
        "dob": c.dob(p),
        **c.kv(
            "criminal_record",
            "arrestReason",
            c.pick(["burglary", "affray", "fraud by false representation"]),
        ),
        "tenprint": {"format": "ANSI/NIST-ITL", "rightIndex": c.fp_template()},
    }
    if c.chance(0.5):
        doc.update(
            c.kv("racial_ethnic_origin", "selfDefinedEthnicity", c.pick(["W1", "B2", "A1", "M3"]))
        )
    return doc
