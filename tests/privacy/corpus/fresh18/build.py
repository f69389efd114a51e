"""Build the fresh18 corpus: `python -m tests.privacy.corpus.fresh18.build [OUT]`.

Documents are generated family by family with one seeded `random.Random` per document, then
shuffled with a fixed seed.  Nothing depends on PYTHONHASHSEED: no set or dict-of-set
iteration feeds the output without sorting.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

from . import fam_clean, fam_de, fam_en, fam_es, fam_fr  # noqa: F401  (registration)
from .ctx import Ctx, Mark
from .registry import FAMILIES
from .sentences import Usage

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh18.jsonl"
SEP = "\x00"


def search_text(doc: Any) -> str:
    """The serialized document plus every string value unescaped (and form strings decoded)."""
    parts = [json.dumps(doc, ensure_ascii=False)]

    def walk(v: Any) -> None:
        if isinstance(v, str):
            parts.append(v)
            if "=" in v and "&" in v:
                parts.append(unquote_plus(v))
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for k, x in v.items():
                walk(k)
                walk(x)

    walk(doc)
    return SEP.join(parts)


@dataclass
class Built:
    record: dict[str, Any]
    family: str
    lang: str
    marks: list[Mark]
    decoys: list[Mark]
    sentences: list[str]


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for it in items:
        seen.setdefault(it, None)
    return list(seen)


def generate() -> list[Built]:
    usage = Usage()
    built: list[Built] = []
    for fam in FAMILIES:
        for lang, n in fam.plan:
            for i in range(n):
                rng = random.Random(f"fresh18/{fam.name}/{lang}/{i}")
                c = Ctx(rng, lang, fam.name, usage)
                doc = fam.fn(c)
                text = search_text(doc)
                alive = [m for m in c.marks if m.literal in text]
                kinds = sorted({m.kind for m in alive})
                tags = _dedupe(
                    [m.tag for m in alive] + [d.tag for d in c.decoys if d.literal in text]
                )
                note = f"{fam.name}: lang:{lang}, " + (", ".join(tags) if tags else "clean")
                record = {"id": "", "doc": doc, "kinds": kinds, "note": note}
                built.append(Built(record, fam.name, lang, c.marks, c.decoys, c.sentences))
    order = list(range(len(built)))
    random.Random("fresh18/order").shuffle(order)
    out = [built[i] for i in order]
    for k, b in enumerate(out, start=1):
        b.record["id"] = f"fresh18-{k:04d}-{b.family}"
    return out


def dumps(built: list[Built]) -> str:
    return "".join(json.dumps(b.record, ensure_ascii=False) + "\n" for b in built)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    if out.is_dir():
        out = out / "fresh18.jsonl"
    built = generate()
    out.write_text(dumps(built), encoding="utf-8")
    print(f"wrote {len(built)} documents to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
