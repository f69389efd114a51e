"""Texts that name special categories without saying anything about a person.

An employer's equal-opportunity statement lists protected grounds ("we do not discriminate
on the basis of race, religion, sexual orientation..."); a public-holiday calendar names
religious feasts; an insurance plan's list of what it covers names treatments. None of them
is about anyone, so the free-text vocabulary's findings in them are dropped.
"""

from __future__ import annotations

import re
from typing import Final

from charter.privacy.scanner.normalize import words

# A policy's verb or frame, folded (lower case, no accents).
_POLICY: Final = re.compile(
    r"\b(?:discriminat\w*|equal (?:employment )?opportunit\w*|without regard to|"
    r"regardless of|irrespective of|diskriminier\w*|benachteilig\w*|unabhangig von|"
    r"discrimin\w*|sans distinction|sin distincion|sin importar|independientemente)\b")
# Protected grounds, one word each (a statement lists several).
_GROUNDS: Final = frozenset({
    "race", "racial", "color", "colour", "religion", "religious", "creed", "belief", "beliefs",
    "sex", "sexual", "gender", "orientation", "disability", "disabilities", "age",
    "national", "ethnicity", "ethnic", "ancestry", "pregnancy", "marital", "veteran",
    "genetic", "political", "union", "membership", "criminal", "citizenship",
    "rasse", "herkunft", "geschlecht", "behinderung", "weltanschauung", "alter",
    "identitat", "origine", "handicap", "orientacion", "raza", "discapacidad", "genero",
    "opinions", "opiniones", "sexe", "sexo", "religiosas",
})
# Words of a person's own story: a statement of policy speaks for an organisation.
_PERSONAL: Final = frozenset({"i", "my", "me", "he", "she", "his", "her", "him", "ich",
                              "mein", "meine", "je", "mon", "ma", "yo", "mi"})
_MIN_GROUNDS: Final = 3


def policy_statement(folded: str) -> bool:
    """An anti-discrimination or equal-opportunity statement: a policy frame, three or more
    protected grounds, and no one's own story (`folded`: lower case, accents removed)."""
    if _POLICY.search(folded) is None:
        return False
    said = set(words(folded))
    return len(said & _GROUNDS) >= _MIN_GROUNDS and said.isdisjoint(_PERSONAL)


# Containers whose entries are days in a calendar: a feast's name is no one's faith.
_CALENDAR: Final = re.compile(r"holiday|feiertag|festivo|feriado|jours? feries?|ferie",
                              re.IGNORECASE)
# Array keys listing what a plan or product covers: treatments named, no patient.
_COVERED: Final = frozenset({"covers", "covered", "coverage", "inclusions", "included",
                             "exclusions", "excluded", "leistungen", "garanties",
                             "coberturas"})


def calendar_entry(path: str) -> bool:
    """A field of a holiday calendar's entry (`$.holidays[2].name`), not the holidays a
    person observes (`observed_holidays: ["Yom Kippur"]`, `observes_holidays`)."""
    return _CALENDAR.search(path) is not None and _OBSERVED.search(path) is None


_OBSERVED: Final = re.compile(r"observ|request|beantragt|solicit", re.IGNORECASE)


# What such a list holds, after its word (`covered_services`, `included_benefits`).
_SERVICES: Final = frozenset({"services", "benefits", "treatments", "procedures", "items",
                              "therapies"})


def covered_item(tokens: tuple[str, ...]) -> bool:
    """An entry of an array listing what a plan covers (`covers: ["IVF", "mental health"]`,
    `covered_services`)."""
    return bool(tokens) and (tokens[-1] in _COVERED or (
        len(tokens) > 1 and tokens[-1] in _SERVICES and tokens[-2] in _COVERED))
