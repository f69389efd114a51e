"""German compound words that name someone's illness or its treatment.

German writes "his insulin pump" and "her cancer diagnosis" as one word ("seine
Insulinpumpe", "ihre Krebsdiagnose"), so a vocabulary of whole words misses them unless it
lists the compounds themselves. This module builds them from a condition (`insulin`,
`krebs`, `dialyse`) and a head that makes the word about a patient or a treatment
(`pumpe`, `diagnose`, `patientin`), with the forms German inflects them into. Heads that
name research, a society or a shop's shelf ("Krebsforschung", "Diabetesgesellschaft") are
left out on purpose: they are about no one.

Same format as `terms.TEXT_TERMS`: folded words (umlauts without their dots), a confidence
each.
"""

from __future__ import annotations

from typing import Final

Entries = tuple[tuple[str, float], ...]

# Conditions and treatments as the first part of a compound (folded; with the linking `s`
# German puts after some of them: "Depressionsbehandlung").
_CONDITIONS: Final = (
    "insulin", "diabetes", "krebs", "tumor", "chemo", "asthma", "epilepsie", "dialyse",
    "rheuma", "demenz", "alzheimer", "parkinson", "depressions", "migrane", "allergie",
    "herzinfarkt", "schlaganfall", "hiv", "aids", "hepatitis", "tuberkulose", "sucht",
    "alkohol", "drogen", "schmerz", "blutdruck", "herz", "lungen", "nieren", "leber",
    "schilddrusen", "autismus", "trauma", "psychose", "angst", "panik", "ess", "zwangs",
    "corona", "covid",
)
# Conditions German joins to the head with a hyphen ("MS-Schub", "HIV-Therapie",
# "Long-Covid-Patientin"), which folding makes a space.
_HYPHENATED: Final = ("ms", "hiv", "aids", "copd", "adhs", "covid", "corona", "long covid",
                      "multiple sklerose", "diabetes", "dialyse", "chemo", "krebs")

# Heads that make the compound a person's treatment, condition or care.
_HEADS: Final = (
    "spritze", "spritzen", "pumpe", "tablette", "tabletten", "medikament", "medikamente",
    "medikamenten", "behandlung", "behandlungen", "therapie", "therapien", "diagnose",
    "erkrankung", "erkrankungen", "patient", "patienten", "patientin", "patientinnen",
    "anfall", "anfalle", "anfallen", "schub", "schube", "kranke", "kranken", "kranker",
    "krank", "storung", "storungen", "leiden", "infusion", "infusionen",
)

# Organs and sites whose cancer is named as one word ("Lungenkrebs", "Darmkrebs").
_SITES: Final = ("lungen", "darm", "haut", "prostata", "blut", "knochen", "magen",
                 "bauchspeicheldrusen", "gebarmutterhals", "eierstock", "hoden", "nieren",
                 "leber", "kehlkopf", "schilddrusen", "blasen", "hirn", "speiserohren")


# What someone is allergic to, as the first part of "-allergie" ("Penicillinallergie").
_ALLERGENS: Final = ("penicillin", "nuss", "erdnuss", "latex", "pollen", "hausstaub",
                     "tierhaar", "katzenhaar", "bienengift", "wespengift", "soja", "ei",
                     "milch", "fisch", "sellerie", "senf", "sesam", "weizen")


def _compounds() -> Entries:
    words: dict[str, float] = {}
    for condition in _CONDITIONS:
        for head in _HEADS:
            words[condition + head] = 0.8
    for condition in _HYPHENATED:
        for head in _HEADS:
            words[f"{condition} {head}"] = 0.8
    for allergen in _ALLERGENS:
        for head in ("allergie", "allergien", "allergiker", "allergikerin"):
            words[allergen + head] = 0.85
    for site in _SITES:
        for ending in ("krebs", "krebses", "karzinom", "tumor", "tumors"):
            words[site + ending] = 0.85
    return tuple(words.items())


# kind -> phrases, merged into `terms.TEXT_TERMS`.
COMPOUND_TERMS: Final[dict[str, Entries]] = {"health": _compounds()}
