"""Sentence pools by language and category, parsed from the texts_xx modules."""

from __future__ import annotations

from types import ModuleType

from . import texts_de, texts_en, texts_es, texts_fr

# category -> (module attribute, kinds the category carries by default)
CATEGORIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "health": ("HEALTH", ("health",)),
    "genetic": ("GENETIC", ("genetic",)),
    "racial": ("RACIAL", ("racial_ethnic_origin",)),
    "political": ("POLITICAL", ("political_opinion",)),
    "religious": ("RELIGIOUS", ("religious_belief",)),
    "union": ("UNION", ("trade_union",)),
    "orientation": ("ORIENTATION", ("sex_life_orientation",)),
    "criminal": ("CRIMINAL", ("criminal_record",)),
    "neg_health": ("NEG_HEALTH", ()),
    "neg_genetic": ("NEG_GENETIC", ()),
    "neg_biometric": ("NEG_BIOMETRIC", ()),
    "neg_racial": ("NEG_RACIAL", ()),
    "neg_political": ("NEG_POLITICAL", ()),
    "neg_religious": ("NEG_RELIGIOUS", ()),
    "neg_union": ("NEG_UNION", ()),
    "neg_orientation": ("NEG_ORIENTATION", ()),
    "neg_criminal": ("NEG_CRIMINAL", ()),
    "neutral": ("NEUTRAL", ()),
    "note": ("NOTE", ()),
}

Sentence = tuple[str, tuple[str, ...]]


def _parse(block: str, default: tuple[str, ...]) -> list[Sentence]:
    out: list[Sentence] = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        kinds = default
        if line.startswith("["):
            head, line = line[1:].split("] ", 1)
            kinds = tuple(k.strip() for k in head.split(","))
        out.append((line, kinds))
    return out


def _load(mod: ModuleType) -> dict[str, list[Sentence]]:
    out: dict[str, list[Sentence]] = {}
    for cat, (attr, default) in CATEGORIES.items():
        block = getattr(mod, attr)
        assert isinstance(block, str)
        out[cat] = _parse(block, default)
    return out


SENT: dict[str, dict[str, list[Sentence]]] = {
    "en": _load(texts_en),
    "de": _load(texts_de),
    "fr": _load(texts_fr),
    "es": _load(texts_es),
}
