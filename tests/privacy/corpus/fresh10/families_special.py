"""Personal families centred on one special category each (surveys, memberships, vendors)."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .keys import Keys

_NOT_SAID = ("Prefer not to say", "Keine Angabe", "Je préfère ne pas répondre",
             "Prefiero no decirlo")


def _answer(c: Ctx, kind: str, options: tuple[str, ...]) -> str:
    """A survey answer: a real one (recorded) or a refusal, which reveals nothing."""
    if c.chance(0.25):
        return c.pick(_NOT_SAID)
    return str(c.sp(kind, "survey", c.pick(options)))


def diversity_survey(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    return {k.w("response", "id"): c.uuid(), k.w("submitted"): c.ts(), k.w("answers"): {
        k.w("ethnic", "group"): _answer(c, "racial_ethnic_origin", (
            "White British", "Black Caribbean", "Indian", "Arab", "Roma", "Mixed")),
        k.w("religion"): _answer(c, "religious_belief", (
            "Christian", "Muslim", "Sikh", "Buddhist", "Jewish")),
        k.w("sexual", "orientation"): _answer(c, "sex_life_orientation", (
            "Gay man", "Gay woman/lesbian", "Bisexual", "Heterosexual/straight")),
        k.w("age", "band"): "35-44"}}


def ancestry_report(c: Ctx) -> Any:
    lg = c.lang()
    regions = c.pick((("West African", "Iberian"), ("Ashkenazi Jewish", "Eastern European"),
                      ("North African", "Southern European"), ("East Asian", "Polynesian")))
    comp = [{"region": regions[0], "share": 0.62}, {"region": regions[1], "share": 0.38}]
    return {"customer": c.name(lg), "kit_barcode": c.hex(10).upper(),
            "ancestry_composition": c.sp("genetic", "ancestry",
                                         c.sp("racial_ethnic_origin", "ancestry", comp)),
            "haplogroup": c.sp("genetic", "haplogroup", {"maternal": "H1c", "paternal": "R1b"})}


def pgx_result(c: Ctx) -> Any:
    lg = c.lang()
    doc: dict[str, Any] = {"patient_ref": c.rid("pt"), "ordered_by": "Dr. " + c.last(lg),
                           "results": c.sp("genetic", "pgx", [
                               {"gene": "CYP2D6", "diplotype": c.pick(("*1/*4", "*4/*4"))},
                               {"gene": "SLCO1B1", "genotype": "rs4149056 TC"}])}
    if c.chance(0.5):
        doc["current_medications"] = c.sp("health", "med", ["simvastatin 40mg"])
    return doc


def iris_enrolment(c: Ctx) -> Any:
    return {"enrolment": {"subject": c.rid("sub"), "eye": c.pick(("left", "right")),
                          "iris_code": c.sp("biometric", "iris", c.b64(128)),
                          "quality": 88, "device": "IR-CAM 2"}}


def door_access(c: Ctx) -> Any:
    lg = c.lang()
    return {"controller": "door-3F-east", "user": {"name": c.name(lg), "badge": c.hex(8)},
            "palm_vein_template": c.sp("biometric", "palm", c.b64(100)),
            "events": [{"at": c.ts(), "result": "granted", "match_score": 0.93}]}


def party_membership(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    party = {"en": "Liberal Democrats", "de": "Bündnis 90/Die Grünen",
             "fr": "Les Républicains", "es": "Podemos"}[lg]
    return {k.w("member"): {k("first_name"): c.first(lg), k("last_name"): c.last(lg),
                            k("email"): c.email(lg)},
            k.w("party"): c.sp("political_opinion", "membership", party),
            k.w("branch"): c.pick(("North", "Centre", "Est")),
            k.w("monthly", "fee"): 8.0}


def union_grievance(c: Ctx) -> Any:
    lg = c.lang()
    doc: dict[str, Any] = {"case": c.rid("gr"), "member": c.name(lg),
                           "steward": c.sp("trade_union", "steward", c.name(lg)),
                           "summary": c.text("trade_union", lg)}
    if c.chance(0.3):
        doc["medical_note"] = c.text("health", lg)
    return doc


def faith_donation(c: Ctx) -> Any:
    lg = c.lang()
    kind = c.pick(("zakat", "tzedakah", "Kirchgeld", "tithe", "denier du culte"))
    return {"donor": {"name": c.name(lg), "email": c.email(lg)},
            "gift": {"fund": c.sp("religious_belief", "donation", kind), "amount": c.amount(),
                     "recurring": c.chance(0.5)}}


def erg_signup(c: Ctx) -> Any:
    lg = c.lang()
    group, kind = c.pick((("Pride Network", "sex_life_orientation"),
                          ("Black Employees Network", "racial_ethnic_origin"),
                          ("Interfaith Circle", "religious_belief")))
    return {"employee_id": c.rid("emp"), "name": c.name(lg),
            "group": c.sp(kind, "erg", group), "why": c.text(kind, lg)}


def police_check(c: Ctx) -> Any:
    lg = c.lang()
    return {"request": c.rid("chk"), "subject": {"name": c.name(lg), "dob": c.dob("long")},
            "result": c.sp("criminal_record", "police", c.pick((
                "no convictions", "Führungszeugnis ohne Eintragungen",
                "1 spent conviction (2011)", "casier judiciaire vierge")))}


def canvassing_record(c: Ctx) -> Any:
    lg = c.lang()
    k = Keys(c, lg)
    return {k.w("walk", "list"): c.rid("wl"), k.w("contacts"): [
        {k("full_name"): c.name(lg), k("street"): c.street(lg),
         k.w("voting", "intention"): c.sp("political_opinion", "canvass",
                                          c.pick(("will vote for us", "undecided, leaning us",
                                                  "against", "voted for us last time"))),
         k.w("doorstep", "note"): c.pick(("no answer, leaflet left", "asked about bin collections",
                                          "call back after six", "dog, use side gate"))}]}


def helpline_contact(c: Ctx) -> Any:
    lg = c.lang()
    return {"service": "community helpline", "contact": {"first_name": c.first(lg),
                                                         "callback": c.phone(lg)},
            "topic": c.sp("sex_life_orientation", "helpline", "coming out"),
            "message": c.text("sex_life_orientation", lg)}


FAMILIES = {
    "canvassing_record": (canvassing_record, 6), "helpline_contact": (helpline_contact, 6),
    "diversity_survey": (diversity_survey, 12), "ancestry_report": (ancestry_report, 7),
    "pgx_result": (pgx_result, 5), "iris_enrolment": (iris_enrolment, 6),
    "door_access": (door_access, 6), "party_membership": (party_membership, 8),
    "union_grievance": (union_grievance, 8), "faith_donation": (faith_donation, 5),
    "erg_signup": (erg_signup, 8), "police_check": (police_check, 6),
}
