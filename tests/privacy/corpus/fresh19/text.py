"""Sentence pools of all languages, with a usage tracker that caps reuse."""

import random
from dataclasses import dataclass

from . import text_de, text_en, text_es, text_fr
from .kinds import LANGS

POOLS: dict[str, dict[str, list[str]]] = {
    "en": text_en.POOLS,
    "de": text_de.POOLS,
    "fr": text_fr.POOLS,
    "es": text_es.POOLS,
}
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": text_en.TEMPLATES,
    "de": text_de.TEMPLATES,
    "fr": text_fr.TEMPLATES,
    "es": text_es.TEMPLATES,
}
# A sentence may appear in at most this many documents.
MAX_USES = 3


@dataclass(frozen=True)
class Sentence:
    sid: str
    lang: str
    pool: str
    text: str


def all_sentences() -> list[Sentence]:
    out: list[Sentence] = []
    for lang in LANGS:
        for pool, texts in sorted(POOLS[lang].items()):
            for i, t in enumerate(texts):
                out.append(Sentence(f"{lang}:{pool}:{i:02d}", lang, pool, t))
    return out


class TextBank:
    """Hands out sentences, least used first, and never more than MAX_USES times."""

    def __init__(self) -> None:
        self.sentences = all_sentences()
        self.uses: dict[str, int] = {s.sid: 0 for s in self.sentences}
        self.by_pool: dict[tuple[str, str], list[Sentence]] = {}
        for s in self.sentences:
            self.by_pool.setdefault((s.lang, s.pool), []).append(s)
        self.pool_uses: dict[tuple[str, str], int] = {}

    def capacity(self, lang: str, pool: str, exclude: set[str]) -> int:
        return sum(
            MAX_USES - self.uses[s.sid]
            for s in self.by_pool.get((lang, pool), [])
            if s.sid not in exclude
        )

    def pick(self, rng: random.Random, lang: str, pool: str, exclude: set[str]) -> Sentence:
        cands = [
            s
            for s in self.by_pool[(lang, pool)]
            if self.uses[s.sid] < MAX_USES and s.sid not in exclude
        ]
        if not cands:
            raise RuntimeError(f"sentence pool {lang}/{pool} exhausted")
        low = min(self.uses[s.sid] for s in cands)
        chosen = rng.choice([s for s in cands if self.uses[s.sid] == low])
        self.uses[chosen.sid] += 1
        key = (lang, pool)
        self.pool_uses[key] = self.pool_uses.get(key, 0) + 1
        return chosen

    def pick_kind(
        self, rng: random.Random, lang: str, allowed: tuple[str, ...], exclude: set[str]
    ) -> str:
        """The allowed kind that this language has used least so far."""
        open_kinds = [k for k in allowed if self.capacity(lang, k, exclude) > 0]
        if not open_kinds:
            raise RuntimeError(f"no sentence capacity left for {allowed} in {lang}")
        low = min(self.pool_uses.get((lang, k), 0) for k in open_kinds)
        return rng.choice(sorted(k for k in open_kinds if self.pool_uses.get((lang, k), 0) == low))
