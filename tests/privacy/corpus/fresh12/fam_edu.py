"""School information systems and university admissions."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def school_pupil(c: Ctx) -> Any:
    if c.clean:
        return {
            "timetable": [
                {
                    "period": 1,
                    "subject": "Religious Education",
                    "room": "B12",
                    "teacher_code": "RE2",
                },
                {"period": 2, "subject": "Biology: genetics unit", "room": "Lab1"},
            ],
            "term": "Autumn 2",
            "house_points": {"Newton": 412, "Curie": 388},
        }
    f, last = c.person("pupil")
    pupil: dict[str, Any] = {
        "upn": f"H{c.rng.randint(100000, 999999)}{c.hex(3).upper()}",
        "forename": f,
        "surname": last,
        "dob": c.dob(),
        "year_group": c.rng.randint(7, 13),
        "contacts": [
            {
                "name": c.name("guardian"),
                "relationship": "Mother",
                "mobile": c.phone("guardian"),
                "priority": 1,
            }
        ],
    }
    if c.chance(0.5):
        pupil["sen"] = {"status": "EHCP", "primary_need": c.pick(("ASD", "SEMH", "HI"))}
        c.add("health", "sen_need")
    if c.chance(0.3):
        pupil["re_withdrawal"] = {"withdrawn": True, "reason": c.text("religious_belief", "en")}
    if c.chance(0.3):
        pupil["ethnicity"] = c.pick(("WBRI", "BCRB", "AIND", "WIRT", "REFU"))
        if pupil["ethnicity"] == "REFU":
            pupil["ethnicity"] = "NOBT"
        else:
            c.add("racial_ethnic_origin", "census_code")
    if c.chance(0.3):
        pupil["fsm"] = True
    return {"pupils": [pupil], "page": 1, "per_page": 50}


def uni_application(c: Ctx) -> Any:
    if c.clean:
        return {
            "course": {
                "code": "L300",
                "title": "Sociology with Political Science",
                "ucas_points": 128,
                "modules": ["Race, Ethnicity and Migration", "Religion in Society"],
                "convenor": "School of Social Sciences",
            }
        }
    f, last = c.person("applicant")
    a: dict[str, Any] = {
        "applicationId": c.ref("UCA"),
        "personal": {
            "firstName": f,
            "lastName": last,
            "dateOfBirth": c.dob(),
            "email": c.email(f, last),
            "homeAddress": c.address_obj("camel"),
        },
        "choices": [{"course": "L300", "decision": c.pick(("pending", "offer"))}],
        "reference": {"referee": c.name("referee"), "text": f"{f} is diligent."},
    }
    if c.chance(0.4):
        a["monitoring"] = {
            "ethnicity": c.pick(
                ("Asian - Pakistani", "Mixed - White and Black", "Prefer not to say")
            )
        }
        if a["monitoring"]["ethnicity"] != "Prefer not to say":
            c.add("racial_ethnic_origin", "monitoring")
    if c.chance(0.3):
        a["declarations"] = {"relevantCriminalConviction": c.pick((True, False))}
        c.add("criminal_record", "declaration")
    if c.chance(0.3):
        a["disability"] = c.pick(("Dyslexia", "No known disability"))
        c.add("health", "disability_question")
    if c.chance(0.3):
        a["personal"]["passportNumber"] = c.passport()
    return {"data": {"type": "applications", "id": c.uuid(), "attributes": a}}
