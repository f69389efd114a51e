"""Build the fresh13 corpus: ``python -m tests.privacy.corpus.fresh13.build [OUT_DIR]``."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from .ctx import Ctx
from .families import FAMILIES

SEED = 1313
FILE = "fresh13.jsonl"
HERE = Path(__file__).resolve().parent


def schedule() -> list[str]:
    """Family name of every document, in file order (a seeded shuffle)."""
    order = [name for name, _, count in FAMILIES for _ in range(count)]
    random.Random(f"{SEED}:order").shuffle(order)
    return order


def records() -> Iterator[dict]:
    templates = {name: fn for name, fn, _ in FAMILIES}
    seen: dict[str, int] = {}
    for i, family in enumerate(schedule(), start=1):
        occurrence = seen.get(family, 0)
        seen[family] = occurrence + 1
        c = Ctx(random.Random(f"{SEED}:{i}:{family}"), family, occurrence)
        doc = templates[family](c)
        yield {"id": f"fresh13-{i:04d}-{family}", "doc": doc, "kinds": c.kinds(),
               "note": c.note()}


def render() -> str:
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records())


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    text = render()
    (out_dir / FILE).write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} documents to {out_dir / FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
