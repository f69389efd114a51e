"""Build the fresh21 corpus: python -m tests.privacy.corpus.fresh21.build [OUT_DIR]."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from . import (  # noqa: F401  (importing a family module registers its families)
    fam_clean_a,
    fam_clean_b,
    fam_faith,
    fam_fundraising,
    fam_health,
    fam_identity,
    fam_payments_tech,
    fam_politics,
    fam_social,
    fam_unions,
    fam_volunteer,
)
from .ctx import Ctx, Decks, Json, Mark, dumps
from .registry import REGISTRY, Family

SEED = 450
FILENAME = "fresh21.jsonl"
HERE = Path(__file__).resolve().parent


class BuildError(Exception):
    pass


@dataclass(frozen=True)
class Built:
    family: Family
    record: dict[str, Json]
    marks: tuple[Mark, ...]


def _note(fam: Family, marks: list[Mark]) -> str:
    tags: list[str] = []
    for m in marks:
        if m.tag not in tags:
            tags.append(m.tag)
    return f"{fam.name}: lang/{fam.lang} " + (" ".join(tags) if tags else "plain")


def build() -> list[Built]:
    rng = random.Random(SEED)
    decks = Decks(rng)
    pending: list[tuple[Family, Json, list[str], list[Mark]]] = []
    for fam in REGISTRY:
        for i in range(fam.n):
            c = Ctx(rng, fam.lang, decks)
            doc = fam.fn(c)
            text = dumps(doc)
            missing = [m for m in c.marks if m.needle not in text]
            if missing:
                raise BuildError(f"{fam.name}#{i}: marked literal not in document: {missing[0]}")
            kinds = sorted({m.kind for m in c.marks if m.kind is not None})
            if fam.clean and kinds:
                raise BuildError(f"{fam.name}#{i}: clean family produced {kinds}")
            pending.append((fam, doc, kinds, c.marks))
    rng.shuffle(pending)
    out: list[Built] = []
    for n, (fam, doc, kinds, marks) in enumerate(pending, start=1):
        record: dict[str, Json] = {
            "id": f"fresh21-{n:04d}-{fam.name}",
            "doc": doc,
            "kinds": kinds,
            "note": _note(fam, marks),
        }
        out.append(Built(fam, record, tuple(marks)))
    return out


def serialize(items: list[Built]) -> bytes:
    return "".join(json.dumps(b.record, ensure_ascii=False) + "\n" for b in items).encode("utf-8")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    items = build()
    (out_dir / FILENAME).write_bytes(serialize(items))
    print(f"wrote {len(items)} documents to {out_dir / FILENAME}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
