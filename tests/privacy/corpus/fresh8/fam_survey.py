"""Surveys, monitoring forms, helplines and consumer genomics exports."""

from __future__ import annotations

from typing import Any

from . import fill
from .ctx import Ctx

# answer -> kind it reveals ("" when it reveals nothing)
ETHNICITY = {"White British": "racial_ethnic_origin", "Black African": "racial_ethnic_origin",
             "Mixed - White and Asian": "racial_ethnic_origin",
             "Gypsy or Irish Traveller": "racial_ethnic_origin", "Prefer not to say": ""}
ORIENTATION = {"Heterosexual/straight": "sex_life_orientation", "Gay man": "sex_life_orientation",
               "Bisexual": "sex_life_orientation", "Lesbian": "sex_life_orientation",
               "Prefer not to say": ""}
RELIGION = {"Hindu": "religious_belief", "Christian": "religious_belief",
            "No religion": "religious_belief", "Prefer not to say": ""}
DISABILITY = {"Yes": "health", "No": "health", "Prefer not to say": ""}


def equality_monitoring(c: Ctx) -> Any:
    c.lang = "en"
    answers: dict[str, str] = {}
    for field, table in (("ethnic_group", ETHNICITY), ("sexual_orientation", ORIENTATION),
                         ("religion_or_belief", RELIGION), ("disability", DISABILITY)):
        value = c.pick(list(table))
        kind = table[value]
        if kind:
            c.mark(kind, f"{kind}:monitoring-form")
        else:
            c.decoy("prefer-not-to-say")
        answers[field] = value
    doc: dict[str, Any] = {"form": "equal opportunities monitoring",
                           "vacancy": fill.short_code(c.rng, "VAC", 5), "answers": answers}
    if c.chance(0.5):
        doc["candidate_ref"] = c.name()
    return doc


VOTE = {"de": ["CDU", "Grüne", "AfD", "BSW"], "fr": ["RN", "LFI", "Renaissance"],
        "es": ["PP", "Sumar", "Vox"], "en": ["Reform UK", "Labour", "Conservative"]}


def poll_panel(c: Ctx) -> Any:
    c.mark("political_opinion", "political_opinion:vote-intention")
    doc: dict[str, Any] = {"panelist": fill.short_code(c.rng, "P", 7),
                           "wave": c.rng.randint(3, 40),
                           "q_vote_intention": c.pick(VOTE[c.lang]),
                           "q_last_vote": c.pick(VOTE[c.lang] + ["did not vote"])}
    if c.chance(0.5):
        doc["contact"] = {"email": c.email(c.person(named=False))}
    if c.chance(0.4):
        doc["open_comment"] = c.say("political_opinion")
    return doc


def consumer_dna_export(c: Ctx) -> Any:
    c.lang = "en"
    c.mark("genetic", "genetic:raw-genotypes")
    rows = ["# rsid\tchromosome\tposition\tgenotype"]
    for _ in range(5):
        rows.append(f"rs{c.rng.randint(1000, 99999)}\t{c.rng.randint(1, 22)}\t"
                    f"{c.rng.randint(10000, 999999)}\t{c.pick(['AA', 'AG', 'CT', 'GG', 'TT'])}")
    return {"account": {"name": c.name(), "email": c.email(c.person(named=False))},
            "export": "raw_data_v5.txt", "content": "\n".join(rows)}


def partner_benefits(c: Ctx) -> Any:
    p = c.person()
    return {"request": "add dependant", "employee": p.full, "employee_email": c.email(p),
            "dependant": {"name": c.name(), "dob": c.dob()},
            "employee_comment": c.say("sex_life_orientation")}


def helpline_intake(c: Ctx) -> Any:
    kinds = c.rng.sample(["sex_life_orientation", "racial_ethnic_origin", "health",
                          "religious_belief"], 2)
    return {"contact_id": fill.uuid(c.rng), "channel": c.pick(["webchat", "phone"]),
            "first_name": c.name("given"),
            "summary": " / ".join(c.say(k) for k in kinds),
            "risk": c.pick(["low", "medium"])}


FAMILIES = [
    ("equality_monitoring", equality_monitoring, 9),
    ("poll_panel", poll_panel, 6),
    ("consumer_dna_export", consumer_dna_export, 5),
    ("partner_benefits", partner_benefits, 5),
    ("helpline_intake", helpline_intake, 6),
]
