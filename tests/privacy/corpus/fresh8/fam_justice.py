"""Courts, probation, police, prisons, legal aid and screening payloads."""

from __future__ import annotations

from typing import Any

from . import fill
from .ctx import Ctx


def court_case(c: Ctx) -> Any:
    c.mark("criminal_record", "criminal_record:docket")
    charges = {"en": ["Burglary 2nd degree", "Assault 3", "Wire fraud"],
               "de": ["§ 242 StGB Diebstahl", "§ 223 StGB Körperverletzung"],
               "fr": ["vol aggravé", "conduite sous l'empire d'un état alcoolique"],
               "es": ["robo con fuerza", "delito contra la seguridad vial"]}[c.lang]
    return {"docket": fill.short_code(c.rng, "CR-", 8),
            "court": c.pick(["King County Superior", "AG Bochum", "TJ Rennes", "JP Sevilla 3"]),
            "defendant": {"name": c.name(c.pick(["full", "upper_family"])), "dob": c.dob()},
            "charges": [{"count": 1, "offense": c.pick(charges),
                         "disposition": c.pick(["guilty plea", "convicted", "pending"])}],
            "judge": c.name("initial"), "next_hearing": fill.date(c.rng)}


def probation_checkin(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de"])
    c.mark("criminal_record", "criminal_record:supervision")
    lat, lon = c.coords()
    doc: dict[str, Any] = {"client": {"name": c.name(), "case": fill.short_code(c.rng, "PB", 6)},
                           "officer": c.name("initial"),
                           "ankle_monitor": {"last_fix": f"{lat},{lon}",
                                             "battery": c.rng.randint(20, 99)},
                           "conditions": ["no contact with victim", "curfew 21:00"]}
    if c.chance(0.5):
        doc["notes"] = c.say("health")
    return doc


def police_incident(c: Ctx) -> Any:
    c.lang = c.pick(["en", "es", "fr"])
    c.mark("criminal_record", "criminal_record:arrest")
    suspect: dict[str, Any] = {"name": c.name(), "dob": c.dob(), "arrested": True}
    if c.chance(0.5):
        c.mark("racial_ethnic_origin", "racial_ethnic_origin:descriptor")
        suspect["race"] = c.pick(["W", "B", "H", "A"])
        suspect["race_code_table"] = {"W": "White", "B": "Black", "H": "Hispanic", "A": "Asian"}
    return {"incident": fill.short_code(c.rng, "IR", 8), "reported": fill.timestamp(c.rng),
            "location": c.address(structured=False), "suspect": suspect,
            "reporting_officer": c.name("initial")}


def prison_visit(c: Ctx) -> Any:
    c.lang = c.pick(["en", "fr"])
    c.mark("criminal_record", "criminal_record:inmate")
    v = c.person()
    return {"booking": fill.short_code(c.rng, "VB", 6), "slot": fill.timestamp(c.rng),
            "prisoner": {"name": c.name(), "number": fill.short_code(c.rng, "A", 4),
                         "establishment": c.pick(["HMP Leeds", "Centre pénitentiaire de Rennes"])},
            "visitor": {"name": v.full, "email": c.email(v), "relationship": "sister"}}


def legal_aid_intake(c: Ctx) -> Any:
    p = c.person()
    story = [c.chat(), c.special(kinds=("criminal_record", "racial_ethnic_origin", "health"))]
    return {"intake": fill.uuid(c.rng), c.k("name"): p.full, c.k("phone"): c.phone(),
            "matter": c.pick(["housing", "employment", "criminal defence"]),
            c.k("notes"): " ".join(story)}


def volunteer_check(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de"])
    c.mark("criminal_record", "criminal_record:clear-check")
    cert = {"en": {"dbs_level": "enhanced", "result": "no convictions, cautions or warnings"},
            "de": {"art": "erweitertes Führungszeugnis", "ergebnis": "ohne Eintragungen"}}[c.lang]
    return {"volunteer": c.name(), "role": c.pick(["youth football coach", "Hausaufgabenhilfe"]),
            "check": cert, "issued": fill.date(c.rng)}


def sanctions_screening(c: Ctx) -> Any:
    c.decoy("pep-flag")
    return {"screening_id": fill.uuid(c.rng),
            "subject": {"name": c.name(), "dob": c.dob("iso"),
                        "country": c.pick(["DE", "FR", "ES"])},
            "lists": ["EU consolidated", "OFAC SDN", "UN"], "hits": 0, "pep": False,
            "adverse_media": False}


FAMILIES = [
    ("court_case", court_case, 5),
    ("probation_checkin", probation_checkin, 4),
    ("police_incident", police_incident, 5),
    ("prison_visit", prison_visit, 3),
    ("legal_aid_intake", legal_aid_intake, 4),
    ("volunteer_check", volunteer_check, 3),
    ("sanctions_screening", sanctions_screening, 2),
]
