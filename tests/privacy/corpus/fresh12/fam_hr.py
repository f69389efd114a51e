"""HR and payroll: payroll exports, absence records, recruiting, benefit claims."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .ctx import Ctx


def payroll_export(c: Ctx) -> Any:
    """A payroll run exported as CSV inside a JSON job result."""
    header = "personalnummer;name;steuer_id;iban;konfession;gewerkschaft;brutto"
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        pnr = f"P{c.rng.randint(1000, 9999)}"
        if c.clean:
            rows.append(f"{pnr};;;;;;{c.money(2000, 6000)}")
            continue
        f, last = c.person("csv_cell")
        sid = c.national_id("steuer_id")[1] if c.chance(0.6) else ""
        konf = ""
        if c.chance(0.5):
            konf = c.pick(("rk", "ev", "lt"))
            c.add("religious_belief", "kirchensteuermerkmal")
        union = ""
        if c.chance(0.3):
            union = c.pick(("ver.di Beitrag 23,10", "IG BCE 18,40"))
            c.add("trade_union", "dues_column")
        rows.append(
            f"{pnr};{last}, {f};{sid};{c.iban(spaced=False)};{konf};{union};{c.money(2000, 6000)}"
        )
    return {
        "job": {
            "id": c.uuid(),
            "type": "payroll.export",
            "status": "succeeded",
            "period": "2026-11",
            "format": "csv",
            "delimiter": ";",
        },
        "result": {
            "file": f"lohnjournal_2026_11_{c.hex(6)}.csv",
            "content": "\n".join([header, *rows]),
            "rows": len(rows),
        },
        "requestedBy": c.actor() if c.clean else c.name("requested_by"),
    }


def absence_record(c: Ctx) -> Any:
    lang = c.lang
    emp: dict[str, Any] = {"employeeId": f"E-{c.rng.randint(10000, 99999)}"}
    if not c.clean:
        f, last = c.person("employee")
        emp.update({"givenName": f, "familyName": last})
    reason = c.text("health") if not c.clean else c.trap()
    start, days = c.when(60), c.rng.randint(1, 9)
    absence = {
        "id": c.pid("abs"),
        "type": "sick" if not c.clean else c.pick(("vacation", "training")),
        "from": start.strftime("%Y-%m-%d"),
        "to": (start + timedelta(days=days - 1)).strftime("%Y-%m-%d"),
        "days": days,
        "note": reason,
        "lang": lang,
        "approved": c.chance(0.7),
    }
    if c.clean:
        absence["type"] = "training"
        absence["note"] = c.pick(("Schulung Brandschutz", "GDPR refresher", "formation SST"))
    out = {"employee": emp, "absence": absence, "manager": c.pick(("Facilities", "Tier 1"))}
    if not c.clean and c.chance(0.4):
        out["manager"] = c.name("manager", c.pick(("full", "initial")))
    return {"data": {"absenceRecord": out}, "errors": None if c.chance(0.5) else []}


def ats_candidate(c: Ctx) -> Any:
    if c.clean:
        return {
            "job": {
                "id": c.rng.randint(100, 999),
                "title": c.pick(
                    ("Pharmacy Technician", "Union Organizer (job family: Advocacy)", "Caseworker")
                ),
                "hiring_team": [c.actor(), c.actor()],
                "location": {"city": "Leeds"},
                "eeo_questions_enabled": True,
                "background_check_package": "standard",
                "description": c.trap("en"),
            }
        }
    f, last = c.person("candidate")
    cand: dict[str, Any] = {
        "id": c.rng.randint(10000, 99999),
        "first_name": f,
        "last_name": last,
        "emails": [{"value": c.email(f, last), "type": "personal"}],
        "phone_numbers": [{"value": c.phone(), "type": "mobile"}],
        "attachments": [
            {
                "filename": f"CV_{f}_{last}_2026.pdf".replace(" ", "_"),
                "type": "resume",
                "url": f"https://files.example.com/{c.hex(16)}",
            }
        ],
        "applications": [
            {
                "id": c.rng.randint(10000, 99999),
                "status": "active",
                "current_stage": {"name": "Background check"},
            }
        ],
    }
    if c.chance(0.5):
        cand["eeo"] = {
            "race": c.pick(
                ("Two or more races", "Black or African American", "Hispanic or Latino")
            ),
            "gender": "Female",
            "veteran_status": "I am not a protected veteran",
        }
        c.add("racial_ethnic_origin", "eeo")
    elif c.chance(0.4):
        cand["eeo"] = {"race": "Decline to self identify", "gender": "Male"}
    if c.chance(0.5):
        cand["screening"] = {
            "vendor": "screenright",
            "criminal": c.pick(("clear", "consider: misdemeanor 2018")),
            "mvr": "clear",
        }
        c.add("criminal_record", "screening")
    else:
        cand["screening"] = {
            "vendor": "refcheck",
            "employment_verification": "verified",
            "education": "verified",
        }
    if c.chance(0.3):
        cand["right_to_work"] = {
            "document": "passport",
            "number": c.passport(),
            "checked_by": "Admissions",
        }
    if c.chance(0.4):
        cand["notes"] = f"{c.name('note_free_text')} referred them. " + c.trap("en")
    return cand


def benefits_claim(c: Ctx) -> Any:
    if c.clean:
        return {
            "service": "benefits-portal",
            "status": "ok",
            "checks": {"db": "healthy", "queue": "healthy"},
            "claimTypes": ["PIP", "Carer's Allowance", "Universal Credit"],
            "version": c.version(),
        }
    f, last = c.person("claimant")
    which, nid = c.national_id()
    claim = {
        "claimId": c.ref("CLM"),
        "claimType": c.pick(
            ("PIP", "ESA", "Erwerbsminderungsrente", "AAH", "Incapacidad temporal")
        ),
        "claimant": {
            "forename": f,
            "surname": last,
            which: nid,
            "dateOfBirth": c.dob(),
            "address": c.address_obj("camel"),
        },
        "conditionStatement": c.text("health"),
        "appointee": None,
        "submittedAt": c.ts(),
    }
    if c.chance(0.3):
        claim["appointee"] = {
            "name": c.name("appointee"),
            "relationship": "daughter",
            "phone": c.phone(),
        }
    if c.chance(0.4):
        claim["payment"] = {"iban": c.iban()}
    elif c.chance(0.3):
        c.add("bank_account", "sort_code+account")
        claim["payment"] = {
            "sortCode": f"{c.rng.randint(10, 99)}-{c.rng.randint(10, 99)}-{c.rng.randint(10, 99)}",
            "accountNumber": f"{c.rng.randint(10_000_000, 99_999_999)}",
            "accountName": f"{f} {last}",
        }
    if c.chance(0.25):
        claim["household"] = [
            {
                "relation": "civil partner",
                "name": c.name("partner"),
                "note": "same-sex civil partnership registered 2019",
            }
        ]
        c.add("sex_life_orientation", "household")
    return claim
