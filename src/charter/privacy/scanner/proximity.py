"""Pair rules: a name next to a cue word, within a sentence, reveals a special category.

"Labour" alone is news and "member" alone is anything; "a paid-up Labour member" is
someone's party. A rule pairs a list of names (`terms_names`) with a list of cue words and
says how many words may stand between them, cue first (`before`) or name first (`after`).
Names that are everyday words count only as written as names (`terms_names.CASED`), and
not when the next word makes them something else ("Green Team").

Like the phrases of `text`, a rule is looked at only when its trigger word occurs: the
longest word of one of its names, so ordinary text costs one set intersection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from charter.privacy.scanner import terms_names as tn
from charter.privacy.scanner.normalize import words

Phrases = dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases as word tuples


@dataclass(frozen=True, slots=True)
class Rule:
    """`names` next to `cues`: `before` words at most between a cue and the name after it,
    `after` words at most between the name and a cue after it (-1: no cue on that side)."""

    kind: str
    confidence: float
    names: frozenset[str]
    cues: frozenset[str]
    before: int
    after: int
    not_after: frozenset[str] = frozenset()  # words that, right before a name, undo it
    opening: bool = False  # the cue must open the sentence (a verb whose subject is dropped)


RULES: Final[tuple[Rule, ...]] = (
    Rule("political_opinion", 0.85, tn.PARTIES, tn.PARTY_CUES, 4, 2),
    Rule("political_opinion", 0.85, tn.POLITICIANS, tn.PARTY_CUES, 3, 1),
    Rule("political_opinion", 0.8, tn.PARTIES, tn.PERSON_IS_A | tn.SELF, 1, -1),
    Rule("political_opinion", 0.8, tn.PARTIES, tn.LEANS, 0, -1),
    Rule("political_opinion", 0.8, tn.SHORT_PARTIES, tn.PARTY_CUES, 4, -1),
    Rule("trade_union", 0.85, tn.UNIONS, tn.UNION_CUES, 4, 2),
    Rule("trade_union", 0.85, tn.UNIONS, tn.UNION_FEE, -1, 1),
    Rule("trade_union", 0.8, tn.UNIONS, tn.I_AM, 4, -1),
    # the union's post a member stands for ("CWU Health and Safety Rep election")
    Rule("trade_union", 0.8, tn.UNIONS, tn.UNION_POSTS, -1, 4),
    Rule("political_opinion", 0.85, tn.IDEOLOGIES, tn.SELF | tn.COPULA, 2, -1),
    Rule("political_opinion", 0.8, tn.LEANINGS, tn.SELF, 2, -1),
    # French and Spanish put the word of conviction after: "conservateur convaincu"
    Rule("political_opinion", 0.8, tn.IDEOLOGIES | tn.LEANINGS, tn.SELF, -1, 0),
    Rule("religious_belief", 0.9, tn.FAITHS, tn.CONVERSION, 3, 2),
    Rule("racial_ethnic_origin", 0.8, tn.ETHNIC, tn.PERSON_IS, 1, -1),
    Rule("sex_life_orientation", 0.85, tn.ORIENTATIONS, tn.PERSON_IS, 1, -1),
    # "bin bi und ...", "bin schwul": German drops the `ich` of a sentence's first verb
    Rule("sex_life_orientation", 0.85, tn.ORIENTATIONS, tn.DROPPED_SUBJECT_VERBS, 1, -1,
         opening=True),
    Rule("racial_ethnic_origin", 0.8, tn.PEOPLES, tn.BE, 3, -1, tn.PLACE_WORDS),
    Rule("racial_ethnic_origin", 0.8, tn.PEOPLES, tn.DESCENT, 4, 1, tn.PLACE_WORDS),
    Rule("racial_ethnic_origin", 0.8, tn.ETHNIC_GROUPS, tn.FAMILY_IS, 1, -1),
    Rule("racial_ethnic_origin", 0.75, tn.NATIONALITIES, tn.SHARE, 0, -1),
    Rule("racial_ethnic_origin", 0.8, tn.ANCESTRIES, tn.FOREBEARS_WERE, 1, -1),
)

# Sentences end at `.`, `!`, `?` or `;` followed by a space, or at a line break ("ver.di"
# and "U.S." stay whole).
_SENTENCE: Final = re.compile(r"[.!?;]+(?:\s+|$)|[\r\n]+")


def _by_first(phrases: Iterable[str]) -> Phrases:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        tokens = tuple(phrase.split())
        index.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in index.items()}


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    names: Phrases
    cues: Phrases


class PairMatcher:
    """The compiled pair rules. Immutable after construction; thread-safe."""

    def __init__(self, rules: tuple[Rule, ...] = RULES) -> None:
        self._rules = tuple(_Compiled(rule, _by_first(rule.names), _by_first(rule.cues))
                            for rule in rules)
        by_trigger: dict[str, set[int]] = {}
        for number, rule in enumerate(rules):
            for name in rule.names:
                by_trigger.setdefault(max(name.split(), key=len), set()).add(number)
        self._by_trigger = {word: tuple(sorted(found)) for word, found in by_trigger.items()}
        self.trigger_words: frozenset[str] = frozenset(self._by_trigger)
        # Triggers whose names all need a cased form (`neu`: "NEU", `sud`: "SUD"): where none
        # of those forms occurs, the everyday word ("neu", "sud") costs nothing more.
        forms: dict[str, set[str] | None] = {}
        for rule in rules:
            for name in rule.names:
                trigger = max(name.split(), key=len)
                cased = tn.CASED.get(name)
                if cased is None:
                    forms[trigger] = None
                elif trigger not in forms or forms[trigger] is not None:
                    forms[trigger] = (forms.get(trigger) or set()) | set(cased)
        self._cased = {word: tuple(found) for word, found in forms.items() if found}

    def match(self, folded: str, present: Iterable[str], original: str) -> dict[str, float]:
        """kind -> confidence of the rules that hold in `folded` (the folded `original`),
        looking only at the rules of the trigger words in `present`."""
        numbers = sorted({number for word in present
                          for number in self._by_trigger.get(word, ())
                          if word not in self._cased
                          or any(form in original for form in self._cased[word])})
        if not numbers:
            return {}
        found: dict[str, float] = {}
        for sentence in _SENTENCE.split(folded):
            tokens = words(sentence)
            if len(tokens) < 2:
                continue
            for number in numbers:
                compiled = self._rules[number]
                rule = compiled.rule
                if found.get(rule.kind, 0.0) >= rule.confidence:
                    continue
                if _holds(compiled, tokens, original):
                    found[rule.kind] = rule.confidence
        return found


def _spans(tokens: list[str], phrases: Phrases) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of every phrase in `tokens`, the longest at each start."""
    spans = []
    for start, token in enumerate(tokens):
        for phrase in phrases.get(token, ()):
            end = start + len(phrase)
            if tuple(tokens[start:end]) == phrase:
                spans.append((start, end, " ".join(phrase)))
                break
    return spans


def _written_as_name(name: str, original: str) -> bool:
    forms = tn.CASED.get(name)
    return forms is None or any(form in original for form in forms)


def _holds(compiled: _Compiled, tokens: list[str], original: str) -> bool:
    rule = compiled.rule
    names = [(start, end) for start, end, name in _spans(tokens, compiled.names)
             if (end == len(tokens) or (tokens[end] not in tn.NOT_BEFORE
                                        and " ".join(tokens[end:end + 2]) not in tn.NOT_BEFORE))
             and (start == 0 or tokens[start - 1] not in rule.not_after)
             and _written_as_name(name, original)]
    if not names:
        return False
    cues = _spans(tokens, compiled.cues)
    if rule.opening:
        cues = [cue for cue in cues if cue[0] == 0]
    for start, end in names:
        for cue_start, cue_end, _ in cues:
            if cue_end <= start and start - cue_end <= rule.before:
                return True
            if cue_start >= end and cue_start - end <= rule.after:
                return True
    return False
