"""Special categories in free text: trigger words first, then the phrase.

`TermMatcher.triggers(words)` answers, with one set intersection, whether a document can
contain any term at all; `TermMatcher.match(folded)` then checks each phrase whose trigger
occurs in one text. A denied term still counts: "no history of diabetes" and "the
applicant has no criminal record" are statements about a person's health and record. A
term right after a word that makes it another kind's ("hereditary cancer") does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from charter.privacy.scanner.normalize import words
from charter.privacy.scanner.proximity import PairMatcher
from charter.privacy.scanner.terms import NOT_AFTER, NOT_BEFORE, TEXT_TERMS

_STOP: Final = frozenset({"of", "the", "a", "an", "to", "for", "in", "on", "is", "de", "d",
                          "la", "le", "l", "el", "al", "der", "die", "das", "am", "en",
                          "un", "une", "his", "her", "was", "with", "has", "had", "been"})
_WORD_GAP: Final = r"[^a-z0-9]+"
_ANY_WORDS: Final = r"(?:[a-z0-9]+[^a-z0-9]+){0,3}"


@dataclass(frozen=True, slots=True)
class Term:
    """Phrases of one kind and confidence under one trigger; `pattern` finds them in folded
    text; `words` is the longest phrase's length in words."""

    kind: str
    confidence: float
    pattern: re.Pattern[str]
    words: int


# Everyday words that make poor triggers: a phrase is keyed on its other, rarer word
# ("will vote" on `vote`, "local union" on `union`).
_COMMON: Final = frozenset({"will", "would", "going", "votes", "voted", "came", "coming",
                            "back", "court", "local", "member", "sunday", "goes", "attends",
                            "array", "mixed", "white", "hearing", "whole", "known", "strong",
                            "plans", "intends", "lawn", "yard", "card", "fee", "fees", "off",
                            "date", "order", "service", "status", "pending", "history",
                            "review", "session", "check", "visit", "clinic", "appointment",
                            "consultation", "referral", "followup", "checkup", "termin",
                            "cita", "consulta", "visite", "sprechstunde", "rendez", "vous",
                            "follow", "up", "positive", "positivo", "positif", "positiv",
                            "awaiting", "type"})


# A diagnosis cited by its classification and code in prose ("ICD-10 F32.1 recorded",
# "CIM-10 : J45.9", "CIE-10 E11.9"): the code is the person's diagnosis. Keyed on the
# classification's name (English, French, Spanish abbreviations); folded text.
_CITED_CODE: Final = Term("health", 0.85, re.compile(
    r"(?<![a-z0-9])(?:icd[ -]?|(?:cim|cie)-?)(?:9|10)(?:[ -]?(?:cm|gm))?\s*(?:[:#-]\s*)?"
    r"(?:(?:code|diagnosis|diagnostic|diagnostico)\s*:?\s*)?"
    r"[a-tv-z][0-9][0-9ab](?:\.?[0-9a-z]{1,4})?(?![a-z0-9])"), 3)
_CODE_TRIGGERS: Final = ("icd", "cim", "cie", "icd9", "icd10", "cim10", "cie10")
# Someone's origin in French, Spanish and German, said of a person or at a sentence's start
# ("famille d'origine rom", "il est d'origine arménienne", "De origen saharaui, vivió...",
# "Russlanddeutscher Herkunft, die Eltern..."); not a product's or a food's origin.
_ORIGIN_OF: Final = (
    r"(?:(?:^|[.;:!?]\s*)(?:(?:es|son|era|ist|war) )?|\b(?:(?:il|elle|ils|elles) "
    r"(?:est|sont|etait|etaient)|(?:er|sie) (?:ist|sind|war)|famille|parents|pere|mere"
    r"|personne|homme|femme|enfant|eleve|client|cliente|patient|patiente|issue?s?|nee?s?"
    r"|familia|padres|padre|madre|persona|hombre|mujer|nino|nina|paciente|familie|eltern"
    r"|vater|mutter|mann|frau|kind|klient|klientin|patientin)\s+)")
_ORIGIN: Final = Term("racial_ethnic_origin", 0.8, re.compile(
    _ORIGIN_OF + r"(?:(?:d'|d)origine|de origen) (?!(?:animale?|vegetale?|controlee"
    r"|protegee|inconnue?|humaine?|naturelle?|biologique|industrielle|geographique|minerale?"
    r"|agricole|desconocid[oa]|humano|controlad[oa]|protegid[oa]|agricola)\b)"
    r"[a-z'-]{3,}"
    r"|" + _ORIGIN_OF + r"[a-z-]{3,}(?:ischer|scher|aner|ener|iner|ter) herkunft\b"), 3)
# A pregnancy's week ("in der 24. SSW"); not the wind's south-southwest ("aus SSW").
_PREGNANCY_WEEK: Final = Term("health", 0.85, re.compile(r"(?<![a-z0-9])\d{1,2}\. ?ssw\b"), 2)
# "I'm pan": pansexual, said short; not "I'm pan-African", not "I am pan frying".
_PAN: Final = Term("sex_life_orientation", 0.85, re.compile(
    r"(?<![a-z0-9])(?:i'?m|i m|i am) pan(?![a-z0-9-]| (?:fry|fried|frying|sear|seared|searing"
    r"|roast|roasted|roasting|cook|cooking|cooked)(?![a-z]))"), 3)

# A race written as a field in prose or a log line ("Race: Asian.", "race=Black"); the
# word alone is a contest's.
_RACE_FIELD: Final = Term("racial_ethnic_origin", 0.85, re.compile(
    r"\b(?:race|raza)\s*[:=]\s*[\"']?(?:black|white|asian|hispanic|latino|latina|latinx"
    r"|mixed|multiracial|native american|american indian|alaska native|pacific islander"
    r"|caucasian|african american|indigenous|arab|middle eastern|two or more|blanca?|negra?"
    r"|asiatica?|mestiza?|indigena)\b"), 4)

# A person's origin in English: "I'm of Vietnamese heritage", "she is of Somali descent",
# "our family is of Irish origin"; not a building's or a dish's.
_HERITAGE: Final = Term("racial_ethnic_origin", 0.8, re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is| was)|(?:we|they)(?:'re| are| were)|(?:family|parents"
    r"|grandparents) (?:is|are|were|was))\s+(?:(?:proudly|partly|also|mostly|half)\s+)?of\s+"
    r"(?:[a-z-]+\s+){1,2}(?:heritage|descent|ancestry|origin)\b"), 8)

# The terms written as patterns, with the words that trigger each.
_PATTERN_TERMS: Final = ((_CODE_TRIGGERS, _CITED_CODE), (("pan",), _PAN),
                         (("ssw",), _PREGNANCY_WEEK),
                         (("origine", "dorigine", "origen", "herkunft"), _ORIGIN),
                         (("race", "raza"), _RACE_FIELD),
                         (("heritage", "descent", "ancestry", "origin"), _HERITAGE))


def _compile(phrase: str) -> tuple[str, str]:
    """The trigger word of `phrase` and the body of its pattern."""
    parts = phrase.split()
    words_ = [p for p in parts if p != "~" and p not in _STOP]
    trigger = max([p for p in words_ if p not in _COMMON] or words_, key=len)
    body = ""
    for index, part in enumerate(parts):
        if part == "~":
            body += _ANY_WORDS  # ends with a gap of its own
        else:
            body += re.escape(part) + (_WORD_GAP if index + 1 < len(parts) else "")
    return trigger, body


class TermMatcher:
    """The compiled free-text vocabulary. Immutable after construction; thread-safe."""

    def __init__(self, terms: dict[str, tuple[tuple[str, float], ...]] = TEXT_TERMS) -> None:
        # The phrases of one trigger, kind and confidence are one alternation (longest
        # first): one pass over a text instead of one per phrase ("knee pain", "back pain"...).
        grouped: dict[tuple[str, str, float], list[tuple[int, str]]] = {}
        for kind, entries in terms.items():
            for phrase, confidence in entries:
                trigger, body = _compile(phrase)
                grouped.setdefault((trigger, kind, confidence), []).append(
                    (len(phrase.split()), body))
        by_trigger: dict[str, list[Term]] = {}
        for (trigger, kind, confidence), bodies in grouped.items():
            bodies.sort(key=lambda item: (-item[0], -len(item[1])))
            alternatives = "|".join(body for _, body in bodies)
            pattern = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
            by_trigger.setdefault(trigger, []).append(
                Term(kind, confidence, pattern, bodies[0][0]))
        for words_, term in _PATTERN_TERMS:
            for word in words_:
                by_trigger.setdefault(word, []).append(term)
        # Most confident first, so a weaker phrase of the same kind is skipped once found.
        self._by_trigger = {key: tuple(sorted(value, key=lambda term: -term.confidence))
                            for key, value in by_trigger.items()}
        self._pairs = PairMatcher()
        self.trigger_words: frozenset[str] = frozenset(self._by_trigger) | (
            self._pairs.trigger_words)

    def triggers(self, text_words: Iterable[str]) -> set[str]:
        """The trigger words among `text_words` (empty: no term can match)."""
        return set(self.trigger_words.intersection(text_words))

    def match(self, folded: str, triggers: set[str] | None = None,
              short: bool = False, original: str | None = None) -> dict[str, float]:
        """kind -> best confidence of the terms found in `folded` (already folded text).

        `short` texts (one or two words: a tag, an enum value) count only for terms of
        confidence 0.8 and above, which are unambiguous even without a sentence around them.
        `original` is the text before folding (the pair rules look at how names are written;
        without it, names that are also everyday words do not count).
        """
        present = self.trigger_words.intersection(words(folded)) if triggers is None else (
            triggers.intersection(words(folded)))
        found: dict[str, float] = {}
        # A pair needs a name and its cue, so it holds in a short text too ("Labour member").
        if not self._pairs.trigger_words.isdisjoint(present):
            found.update(self._pairs.match(folded, present, folded if original is None
                                           else original))
        for trigger in present:
            for term in self._by_trigger.get(trigger, ()):
                if short and (term.confidence < 0.8 or term.kind == "biometric"):
                    # a tag or an enum value; a biometric word there names a method
                    # (`credential_type: "palm_vein"`), never the measurement itself
                    continue
                if term.confidence <= found.get(term.kind, 0.0):
                    continue
                vetoes = NOT_AFTER.get(term.kind)
                ahead = NOT_BEFORE.get(term.kind)
                starts = [m.start() for m in term.pattern.finditer(folded)
                          if (vetoes is None or not _after(folded, m.start(), vetoes))
                          and (ahead is None or not _before(folded, m.end(), ahead))]
                if starts and term.kind == "health" and _CARRIER_WORDS.search(folded):
                    # "I'm a carrier for cystic fibrosis", "porteuse saine de la
                    # drépanocytose": a carrier's status is genetic data, not an illness
                    carried = [start for start in starts if _carrier(folded, start)]
                    if carried:
                        found["genetic"] = max(found.get("genetic", 0.0), 0.85)
                        starts = [start for start in starts if start not in carried]
                if starts:
                    found[term.kind] = term.confidence
        return found


# A carrier of a recessive condition, right before the condition's name (folded text).
_CARRIER_WORDS: Final = re.compile(r"carrier|porteu|portador|anlagetrager|konduktorin")
_CARRIER: Final = re.compile(
    r"(?:carrier|porteu(?:r|se)(?: saine?)?|portador(?:a)?(?: sana?)?|anlagetrager(?:in)?"
    r"|konduktorin)(?:[^a-z0-9]+(?:for|of|de|del|la|le|l|d|der|die|des|du|fur|von|a|an|the"
    r"|un|una|une|el|healthy|sain|saine|sano|sana|gesunde|gesunder))*[^a-z0-9]+\Z")


def _carrier(text: str, start: int) -> bool:
    """Whether a carrier's words end right before `start`: "carrier for", "porteuse saine
    de la"."""
    return _CARRIER.search(text[max(0, start - 48):start]) is not None


def _before(text: str, end: int, vetoes: frozenset[str]) -> bool:
    """Whether the word right after `end` is one of `vetoes`."""
    after = words(text[end:end + 24])
    return bool(after) and after[0] in vetoes


def _after(text: str, start: int, vetoes: frozenset[str]) -> bool:
    """Whether the word right before `start` is one of `vetoes`."""
    before = words(text[max(0, start - 24):start])
    return bool(before) and before[-1] in vetoes
