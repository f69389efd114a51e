"""Build the labeled evaluation corpus for the payload scanner.

    python -m tests.privacy.corpus.build [OUTPUT_DIR]

writes ``dev.jsonl`` and ``holdout.jsonl`` (next to this file by default). Each line is
``{"id", "doc", "kinds", "note"}``; ``kinds`` is the truth, known by construction: every value
generator that inserts data of a kind records that kind in the document's context. See
README.md for the labeling rules.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .ctx import HIGH_RISK_KINDS, KINDS, ORDINARY_KINDS, SPECIAL_KINDS, Ctx
from .families import FAMILIES

__all__ = ["HIGH_RISK_KINDS", "KINDS", "ORDINARY_KINDS", "SPECIAL_KINDS", "build_split", "write"]

SEEDS = {"dev": 71_2024, "holdout": 90_5531}
SPLITS = ("dev", "holdout")
HERE = Path(__file__).resolve().parent

Family = Callable[[Ctx], Any]


def build_split(split: str) -> list[dict[str, Any]]:
    rng = random.Random(SEEDS[split])
    plan: list[tuple[str, Family]] = []
    for name, fn, dev_count, holdout_count in FAMILIES:
        plan += [(name, fn)] * (dev_count if split == "dev" else holdout_count)
    rng.shuffle(plan)
    records = []
    seen: Counter[str] = Counter()
    for index, (name, fn) in enumerate(plan):
        ctx = Ctx(random.Random(rng.getrandbits(64)), split)
        ctx.seq = seen[name]
        seen[name] += 1
        doc = fn(ctx)
        json.dumps(doc, allow_nan=False)
        note = name + (": " + ", ".join(dict.fromkeys(ctx.tags)) if ctx.tags else "")
        records.append({"id": f"{split}-{index:04d}-{name}", "doc": doc,
                        "kinds": sorted(ctx.kinds), "note": note})
    return records


def write(out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split in SPLITS:
        path = out_dir / f"{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            for record in build_split(split):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths[split] = path
    return paths


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else HERE
    for split, path in write(out_dir).items():
        print(f"{split}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
