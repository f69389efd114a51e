"""Build fresh19: `python -m tests.privacy.corpus.fresh19.build` writes fresh19.jsonl.

Deterministic: one seeded `random.Random` per concern, no set or dict ordering that depends
on PYTHONHASHSEED, and labels computed from the marks that survive in the final document.
"""

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .doc import Doc, Json, Mark, dumps
from .kinds import KIND_SET, LANG_SHARE, LANGS
from .registry import FAMILIES, Family
from .text import TextBank

SEED = 19_2025
OUT = Path(__file__).with_name("fresh19.jsonl")


@dataclass(frozen=True)
class Built:
    record: dict[str, Any]
    family: Family
    lang: str
    marks: list[Mark]  # marks whose literal survives in the document


def allocate_langs(families: list[Family], rng: random.Random) -> list[list[str]]:
    """Languages per document, meeting the corpus-wide shares exactly."""
    total = sum(f.count for f in families)
    quota = {lang: round(LANG_SHARE[lang] * total) for lang in LANGS}
    quota["en"] += total - sum(quota.values())
    out: list[list[str]] = [[] for _ in families]
    for i, f in enumerate(families):
        if f.langs:
            for j in range(f.count):
                lang = f.langs[j % len(f.langs)]
                out[i].append(lang)
                quota[lang] -= 1
    pool = [lang for lang in LANGS for _ in range(quota[lang])]
    rng.shuffle(pool)
    for i, f in enumerate(families):
        if not f.langs:
            out[i] = [pool.pop() for _ in range(f.count)]
    assert not pool
    return out


def note_for(family: str, lang: str, marks: list[Mark]) -> str:
    tags: list[str] = [f"lang/{lang}"]
    for m in marks:
        if m.kind == "filler" or m.kind == "neutral":
            continue
        if m.tag not in tags:
            tags.append(m.tag)
    if len(tags) == 1:
        tags.append("clean")
    return f"{family}: {', '.join(tags)}"


def build() -> list[Built]:
    rng = random.Random(SEED)
    langs = allocate_langs(FAMILIES, random.Random(SEED + 1))
    bank = TextBank()
    made: list[tuple[Family, str, Json, list[Mark]]] = []
    for f, f_langs in zip(FAMILIES, langs, strict=True):
        for lang in f_langs:
            d = Doc(random.Random(rng.getrandbits(64)), lang, f.name, bank)
            doc = f.make(d)
            alive = d.surviving(doc)
            if f.clean and any(m.kind in KIND_SET for m in alive):
                raise AssertionError(f"clean family {f.name} inserted personal data")
            made.append((f, lang, doc, alive))
    order = list(range(len(made)))
    random.Random(SEED + 2).shuffle(order)
    out: list[Built] = []
    for n, idx in enumerate(order, start=1):
        f, lang, doc, alive = made[idx]
        kinds = sorted({m.kind for m in alive if m.kind in KIND_SET})
        record = {
            "id": f"fresh19-{n:04d}-{f.name}",
            "doc": doc,
            "kinds": kinds,
            "note": note_for(f.name, lang, alive),
        }
        out.append(Built(record, f, lang, alive))
    return out


def serialize(built: list[Built]) -> str:
    return "".join(json.dumps(b.record, ensure_ascii=False) + "\n" for b in built)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    if out.is_dir():  # `build OUT_DIR`, as the corpus tests call it
        out = out / OUT.name
    built = build()
    out.write_text(serialize(built), encoding="utf-8")
    print(f"wrote {len(built)} documents to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))


__all__ = ["Built", "build", "dumps", "serialize"]
