"""Build ``fresh20.jsonl``: ``python -m tests.privacy.corpus.fresh20.build [OUT_DIR]``."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import Any

from .common import gateway
from .ctx import Ctx, Mark
from .families import FAMILIES
from .registry import Family

SEED = 20_2025_0620
LANG_TARGET = {"en": 0.55, "de": 0.15, "fr": 0.15, "es": 0.15}
LANG_ORDER = ("en", "de", "fr", "es")
HERE = Path(__file__).resolve().parent
FILENAME = "fresh20.jsonl"


@dataclass(frozen=True)
class Built:
    id: str
    family: str
    lang: str
    clean_family: bool
    doc: Any
    kinds: list[str]
    note: str
    marks: list[Mark]
    line: str


def assign_languages(rng: Random) -> list[tuple[Family, int, str]]:
    """Give every (family, index) slot a language.

    Single-language families keep theirs. The other slots are filled family by family (in a
    shuffled order) from one evenly interleaved sequence whose counts hit the targets, so a
    family's documents get different languages and every language sees every family type.
    """
    slots: list[tuple[Family, int]] = [(f, i) for f in FAMILIES for i in range(f.n)]
    total = len(slots)
    want = {lang: round(LANG_TARGET[lang] * total) for lang in LANG_ORDER}
    want["en"] += total - sum(want.values())
    chosen: dict[tuple[str, int], str] = {}
    for f, i in slots:
        if len(f.langs) == 1:
            chosen[(f.name, i)] = f.langs[0]
            want[f.langs[0]] -= 1
    fams = [f for f in FAMILIES if len(f.langs) > 1]
    rng.shuffle(fams)
    fams.sort(key=lambda f: len(f.langs))  # restricted families first
    left = sum(f.n for f in fams)
    given = dict.fromkeys(LANG_ORDER, 0)
    base = dict(want)
    k = 0
    for f in fams:
        for i in range(f.n):
            k += 1

            def score(lang: str, k: int = k) -> float:
                return base[lang] * k / left - given[lang]

            best = max(f.langs, key=lambda lang: (score(lang), -LANG_ORDER.index(lang)))
            chosen[(f.name, i)] = best
            given[best] += 1
    return [(f, i, chosen[(f.name, i)]) for f, i in slots]


def _normalise(doc: Any) -> Any:
    return json.loads(json.dumps(doc, ensure_ascii=False))


def generate() -> list[Built]:
    rng = Random(SEED)
    plan = assign_languages(rng)
    rng.shuffle(plan)
    out: list[Built] = []
    for n, (fam, i, lang) in enumerate(plan, 1):
        c = Ctx(rng, lang, i, fam.name)
        doc = fam.fn(c)
        auth = dict(fam.wrap).get(i)
        if auth is not None:
            doc = gateway(c, "/webhooks/" + fam.name.replace("_", "-"), doc, auth=auth)
        doc = _normalise(doc)
        kinds = c.kinds()
        rid = f"fresh20-{n:04d}-{fam.name}"
        note = f"{fam.name} lang/{lang}"
        if c.tags:
            note += " " + " ".join(c.tags)
        record = {"id": rid, "doc": doc, "kinds": kinds, "note": note}
        line = json.dumps(record, ensure_ascii=False)
        out.append(Built(rid, fam.name, lang, fam.clean, doc, kinds, note, list(c.marks), line))
    return out


def render(built: list[Built]) -> str:
    return "".join(b.line + "\n" for b in built)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / FILENAME
    built = generate()
    path.write_text(render(built), encoding="utf-8")
    print(f"wrote {len(built)} documents to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
