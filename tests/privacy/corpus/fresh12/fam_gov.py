"""Local government, courts and probation, immigration and visa processing."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def council_case(c: Ctx) -> Any:
    """A caseworker's case with shorthand notes, sometimes mixing languages."""
    if c.clean:
        return {
            "case": {
                "ref": c.ref("HSG"),
                "category": "pothole",
                "location": {
                    "street": "Church Lane",
                    "ward": "Headingley",
                    "lat": c.coarse()[0],
                    "lon": c.coarse()[1],
                },
                "notes": [c.trap(), c.trap("en")],
                "assigned_team": c.pick(("Highways North", "Casework South")),
                "status": "open",
            }
        }
    f, last = c.person("case_subject")
    notes = [
        f"{c.day(30)} hv done w/ {f} - "
        + c.text(c.pick(("health", "criminal_record", "religious_belief", "racial_ethnic_origin")))
    ]
    if c.chance(0.5):
        notes.append(
            c.text(c.pick(("health", "sex_life_orientation")), c.pick(("en", "de", "fr", "es")))
        )
    if c.chance(0.4):
        notes.append(c.trap())
    case: dict[str, Any] = {
        "ref": c.ref("HSG"),
        "category": c.pick(("homelessness", "safeguarding", "ASB")),
        "subject": {
            "name": f"{last.upper()}, {f}",
            "dob": c.dob(fmt="local"),
            "address": c.address_str(),
        },
        "notes": notes,
        "officer": c.name("officer", c.pick(("initial", "full"))),
        "status": c.pick(("open", "review")),
    }
    if c.chance(0.3):
        case["portal_link"] = f"https://council.example.gov.uk/cases?email={c.email(f, last)}"
    return {"case": case}


def probation_record(c: Ctx) -> Any:
    if c.clean:
        return {
            "venue": "Court 3",
            "booking": {
                "sport": "tennis",
                "court": "Court 3",
                "slot": c.ts(),
                "member_ref": c.hex(6),
            },
            "convictions_module": "disabled",
            "note": "court resurfaced, bring non-marking shoes",
        }
    f, last = c.person("offender")
    c.add("criminal_record", "probation_order")
    rec: dict[str, Any] = {
        "crn": f"X{c.rng.randint(100000, 999999)}",
        "person": {"firstName": f, "surname": last, "dateOfBirth": c.dob()},
        "offences": [
            {
                "code": c.pick(("TH68001", "OF61102", "RT88500")),
                "description": c.pick(
                    ("Theft from a shop", "Assault by beating", "Driving whilst disqualified")
                ),
                "outcome": "Community Order 12m",
            }
        ],
        "offenderManager": {"name": c.name("offender_manager"), "team": "Leeds North"},
        "contacts": [
            {
                "date": c.day(60),
                "type": "Office visit",
                "notes": c.pick(
                    ("attended, engaged well", "FTA - warning letter sent", c.trap("en"))
                ),
            }
        ],
    }
    if c.chance(0.3):
        rec["dna"] = {
            "database": "NDNAD",
            "profile": {"D3S1358": [15, 17], "vWA": [16, 18], "FGA": [21, 24], "TH01": [6, 9.3]},
        }
        c.add("genetic", "str_profile")
    if c.chance(0.3):
        rec["contacts"].append(
            {
                "date": c.day(10),
                "type": "Telephone",
                "notes": c.text(c.pick(("health", "criminal_record")), "en"),
            }
        )
    return rec


def visa_application(c: Ctx) -> Any:
    if c.clean:
        return {
            "fees": [
                {"visa": "Skilled Worker", "currency": "GBP", "amount": "719.00"},
                {"visa": "Student", "currency": "GBP", "amount": "490.00"},
            ],
            "biometrics": {"enrolment_required": True, "centres": ["Lyon", "Madrid"]},
            "passport_validity_months_required": 6,
        }
    f, last = c.person("applicant")
    app: dict[str, Any] = {
        "applicationId": c.ref("GWF"),
        "visaType": c.pick(("Skilled Worker", "Family", "Schengen C")),
        "applicant": {
            "givenNames": f,
            "familyName": last,
            "dateOfBirth": c.dob(),
            "nationality": c.pick(("NGA", "IND", "COL", "UKR", "TUR")),
            "travelDocument": {"type": "passport", "number": c.passport(), "expiry": c.day(10)},
        },
        "sponsor": {
            "name": c.pick(("Leeds Teaching Hospitals", "Dr. Oetker")),
            "licence": c.ref("SPN"),
        },
        "contact": {"email": c.email(f, last), "phone": c.phone()},
    }
    if c.chance(0.4):
        app["biometrics"] = {
            "fingerprints": {
                "format": "ISO/IEC 19794-2",
                "template_b64": c.b64blob(96),
                "minutiae_count": 41,
            }
        }
        c.add("biometric", "fingerprint_template")
    if c.chance(0.3):
        app["declarations"] = {
            "criminal_convictions": c.pick(("None", "Yes - 2017 possession, suspended sentence"))
        }
        c.add("criminal_record", "declaration")
    if c.chance(0.3):
        app["caseworker_note"] = "interview ok. " + c.text(
            c.pick(("religious_belief", "sex_life_orientation", "political_opinion"))
        )
    return app
