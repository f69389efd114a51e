"""Build fresh12.jsonl: `python -m tests.privacy.corpus.fresh12.build [OUT_DIR]`."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from .ctx import Ctx
from .families import FAMILIES

SEED = 1212
CLEAN_SHARE = 0.34
HERE = Path(__file__).resolve().parent
FILE = "fresh12.jsonl"


def records() -> list[dict[str, Any]]:
    order = [name for name, _, n in FAMILIES for _ in range(n)]
    random.Random(SEED).shuffle(order)
    table = {name: fn for name, fn, _ in FAMILIES}
    out = []
    for i, name in enumerate(order, start=1):
        rng = random.Random(f"{SEED}:{i}:{name}")
        c = Ctx(rng, clean=rng.random() < CLEAN_SHARE)
        doc = table[name](c)
        if c.clean and c.tags:
            raise AssertionError(f"{name}: clean document recorded {c.tags}")
        out.append(
            {
                "id": f"fresh12-{i:04d}-{name}",
                "doc": doc,
                "kinds": c.kinds(),
                "note": f"{name}: {' '.join(c.tags) if c.tags else 'clean'}",
            }
        )
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main(argv: list[str]) -> None:
    out_dir = Path(argv[0]) if argv else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / FILE).write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
