"""Identity-focused casework and community services: discrimination and hate-crime reporting,
LGBTQ+ support and membership, equal-opportunity self-identification, genetic genealogy."""

from __future__ import annotations

from .ctx import Ctx, Json
from .registry import family


@family("eeo_self_id", 3, "en")
def eeo_self_id(c: Ctx) -> Json:
    c.region = "us"
    doc: dict[str, Json] = {
        "applicationId": c.small_ref("JOB-", 6),
        "requisition": c.pick(("Community Organizer", "Development Associate", "Case Manager")),
        "voluntarySelfIdentification": {
            "gender": c.pick(("Female", "Male", "Non-binary")),
            "veteranStatus": c.pick(
                (
                    "I am not a protected veteran",
                    "I identify as one or more of the classifications of protected veteran",
                )
            ),
        },
        "submittedAt": c.ts(2024, 2025),
    }
    vsi = doc["voluntarySelfIdentification"]
    if c.chance(0.8):
        vsi.update(
            c.kv(
                "racial_ethnic_origin",
                "raceEthnicity",
                c.pick(
                    (
                        "Hispanic or Latino",
                        "Black or African American (Not Hispanic or Latino)",
                        "Asian (Not Hispanic or Latino)",
                        "Two or More Races (Not Hispanic or Latino)",
                        "American Indian or Alaska Native",
                    )
                ),
            )
        )
    else:
        vsi["raceEthnicity"] = "I do not wish to self-identify"
        c.note("edi:pnts")
    if c.chance(0.5):
        vsi.update(
            c.kv(
                "sex_life_orientation",
                "sexualOrientation",
                c.pick(("Gay or lesbian", "Bisexual", "Heterosexual or straight", "Queer")),
            )
        )
    vsi.update(
        c.kv(
            "health",
            "disabilityStatus",
            c.pick(
                (
                    "Yes, I have a disability (or previously had a disability)",
                    "No, I do not have a disability and have not had one in the past",
                    "No, I do not have a disability",
                )
            ),
        )
    )
    return doc


@family("lgbt_switchboard_chat", 3, "en")
def lgbt_switchboard_chat(c: Ctx) -> Json:
    return {
        "chatId": c.uuid(),
        "visitor": c.pick(("guest-4821", "guest-0193", "guest-7750")),
        "transcript": [
            {"from": "visitor", "text": c.say("orientation")},
            {
                "from": "volunteer",
                "text": "Thanks for trusting us with that. How are you feeling right now?",
            },
            {"from": "visitor", "text": c.say(c.pick(("health", "neutral", "religious")))},
        ],
        "tags": ["coming out", "family"],
        "endedAt": c.ts(2025, 2025),
    }


@family("lgbt_asylum_group", 3, "en")
def lgbt_asylum_group(c: Ctx) -> Json:
    rows = []
    for _ in range(c.rint(2, 3)):
        p = c.person("en")
        rows.append(
            {
                "name": p.first,
                "mobile": c.phone("GB"),
                "claimBasis": c.sp(
                    "sex_life_orientation",
                    c.pick(
                        (
                            "gay man, Uganda",
                            "lesbian, Jamaica",
                            "bisexual man, Pakistan",
                            "gay man, Iran",
                        )
                    ),
                ),
                "solicitor": c.pick(("yes", "no")),
            }
        )
    return {
        "group": "Rainbow Refugee Support - Tuesday drop-in",
        "date": c.date(2025, 2025),
        "attendees": rows,
    }


@family("queere_beratung", 3, "de")
def queere_beratung(c: Ctx) -> Json:
    return {
        "beratung": c.small_ref("QB-", 5),
        "pseudonym": c.pick(("Kai", "Sonnenblume", "M.")),
        "kanal": c.pick(("Chat", "Telefon")),
        "anliegen": c.say("orientation") + " " + c.say(c.pick(("health", "neutral"))),
        "alter": c.rint(16, 60),
    }


@family("adhesion_association_lgbt", 4, "fr")
def adhesion_association_lgbt(c: Ctx) -> Json:
    p = c.person()
    doc: dict[str, Json] = {
        "association": "Centre LGBTI+ de Lyon",
        "adherent": {
            "prenom": p.first,
            "email": p.email(),
            "pronoms": c.pick(("il", "elle", "iel")),
        },
        "cotisation": c.pick((10, 20)),
    }
    doc.update(
        c.kv(
            "sex_life_orientation",
            "orientation",
            c.pick(("gay", "lesbienne", "bi", "pansexuel·le")),
        )
    )
    return doc


@family("colectivo_lgtbi_acogida", 3, "es")
def colectivo_lgtbi_acogida(c: Ctx) -> Json:
    p = c.person()
    return {
        "colectivo": "Colectivo LGTBI+ de Madrid",
        "acogida": {
            "nombre": p.first,
            "telefono": c.phone(),
            "relato": c.say("orientation") + " " + c.say("neutral"),
        },
        "grupo_asignado": c.pick(("jóvenes", "mayores", "familias")),
    }


@family("rainbow_faith_group", 3, "en")
def rainbow_faith_group(c: Ctx) -> Json:
    p = c.person("en")
    return {
        "group": "Open Table - LGBT+ Christians",
        "signup": {"name": p.full, "email": p.email()},
        "aboutMe": c.sps(
            ("sex_life_orientation", "religious_belief"),
            c.pick(
                (
                    "I'm gay and still go to Mass every week",
                    "Bi, Anglican, and tired of choosing between the two",
                    "I'm a lesbian and a lay reader at my parish",
                )
            ),
            "text:orientation+religious/en",
        ),
        "howHeard": c.pick(("friend", "Instagram", "parish newsletter")),
    }


@family("ancestry_dna_match", 3, "en")
def ancestry_dna_match(c: Ctx) -> Json:
    p = c.person("en")
    m = c.person("en")
    return {
        "service": "Adoptee family search - volunteer genealogist notes",
        "client": {"name": p.full, "email": p.email()},
        "match": {
            "displayName": m.full,
            "sharedCM": c.rint(90, 1800),
            "segments": c.rint(4, 40),
            "predicted": c.pick(("1st-2nd cousin", "half sibling", "2nd-3rd cousin")),
        },
        "haplogroups": {
            "mtDNA": c.sp("genetic", c.pick(("H1a", "U5b2", "L3e"))),
            "Y": c.sp("genetic", c.pick(("R1b-M269", "E1b1a", "I2a"))),
        },
        "notes": c.say("note"),
    }


@family("gentest_beratung", 5, "de")
def gentest_beratung(c: Ctx) -> Json:
    p = c.person()
    return {
        "termin": c.ts(2025, 2025, "offset"),
        "ratsuchende": {"name": p.full, "telefon": c.phone()},
        "befund": c.sp(
            "genetic",
            c.pick(
                (
                    "pathogene Variante in BRCA2 nachgewiesen",
                    "heterozygot für CFTR F508del",
                    "keine pathogene Variante in MLH1/MSH2",
                )
            ),
        ),
        "anmerkung": c.say("note"),
    }
