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
from charter.privacy.scanner.terms import NOT_AFTER, TEXT_TERMS

_STOP: Final = frozenset({"of", "the", "a", "an", "to", "for", "in", "on", "is", "de", "d",
                          "la", "le", "l", "el", "al", "der", "die", "das", "am", "en",
                          "un", "une", "his", "her", "was", "with", "has", "had", "been"})
_WORD_GAP: Final = r"[^a-z0-9]+"
_ANY_WORDS: Final = r"(?:[a-z0-9]+[^a-z0-9]+){0,3}"


@dataclass(frozen=True, slots=True)
class Term:
    """One phrase of one kind; `pattern` finds it in folded text."""

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
                            "follow", "up"})


def _compile(phrase: str) -> tuple[str, re.Pattern[str]]:
    parts = phrase.split()
    words_ = [p for p in parts if p != "~" and p not in _STOP]
    trigger = max([p for p in words_ if p not in _COMMON] or words_, key=len)
    body = ""
    for index, part in enumerate(parts):
        if part == "~":
            body += _ANY_WORDS  # ends with a gap of its own
        else:
            body += re.escape(part) + (_WORD_GAP if index + 1 < len(parts) else "")
    return trigger, re.compile(rf"(?<![a-z0-9]){body}(?![a-z0-9])")


class TermMatcher:
    """The compiled free-text vocabulary. Immutable after construction; thread-safe."""

    def __init__(self, terms: dict[str, tuple[tuple[str, float], ...]] = TEXT_TERMS) -> None:
        by_trigger: dict[str, list[Term]] = {}
        for kind, entries in terms.items():
            for phrase, confidence in entries:
                trigger, pattern = _compile(phrase)
                by_trigger.setdefault(trigger, []).append(
                    Term(kind, confidence, pattern, len(phrase.split())))
        self._by_trigger = {key: tuple(value) for key, value in by_trigger.items()}
        self.trigger_words: frozenset[str] = frozenset(self._by_trigger)

    def triggers(self, text_words: Iterable[str]) -> set[str]:
        """The trigger words among `text_words` (empty: no term can match)."""
        return set(self.trigger_words.intersection(text_words))

    def match(self, folded: str, triggers: set[str] | None = None,
              short: bool = False) -> dict[str, float]:
        """kind -> best confidence of the terms found in `folded` (already folded text).

        `short` texts (one or two words: a tag, an enum value) count only for terms of
        confidence 0.8 and above, which are unambiguous even without a sentence around them.
        """
        present = self.trigger_words.intersection(words(folded)) if triggers is None else (
            triggers.intersection(words(folded)))
        found: dict[str, float] = {}
        for trigger in present:
            for term in self._by_trigger[trigger]:
                if short and term.confidence < 0.8:
                    continue
                if term.confidence <= found.get(term.kind, 0.0):
                    continue
                vetoes = NOT_AFTER.get(term.kind)
                if any(vetoes is None or not _after(folded, m.start(), vetoes)
                       for m in term.pattern.finditer(folded)):
                    found[term.kind] = term.confidence
        return found


def _after(text: str, start: int, vetoes: frozenset[str]) -> bool:
    """Whether the word right before `start` is one of `vetoes`."""
    before = words(text[max(0, start - 24):start])
    return bool(before) and before[-1] in vetoes
