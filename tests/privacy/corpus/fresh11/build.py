"""Build fresh11.jsonl: `python -m tests.privacy.corpus.fresh11.build [OUT_DIR]`."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from .families import CLEAN_ONLY, FAMILIES
from .values import Ctx

SEED = 112_045
P_CLEAN = 0.27
LOCALES = ("en_us", "en_gb", "de", "fr", "es")
LOCALE_WEIGHTS = (24, 16, 20, 20, 20)
HERE = Path(__file__).resolve().parent
FILE_NAME = "fresh11.jsonl"


def tag_kind(tag: str) -> str:
    head, _, rest = tag.partition(":")
    return rest.partition("/")[0] if head == "text" else head


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    by_name = {name: fn for name, fn, _ in FAMILIES}
    plan = [name for name, _, count in FAMILIES for _ in range(count)]
    rng.shuffle(plan)
    records: list[dict[str, Any]] = []
    for number, name in enumerate(plan, 1):
        seed = rng.getrandbits(48)
        locale = rng.choices(LOCALES, LOCALE_WEIGHTS)[0]
        clean = name in CLEAN_ONLY or rng.random() < P_CLEAN
        ctx = Ctx(seed, locale, clean)
        doc = by_name[name](ctx)
        kinds = sorted({tag_kind(t) for t in ctx.tags})
        note = f"{name}: {', '.join(ctx.tags) if ctx.tags else 'clean'}"
        records.append(
            {"id": f"fresh11-{number:04d}-{name}", "doc": doc, "kinds": kinds, "note": note}
        )
    return records


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    records = build()
    (out_dir / FILE_NAME).write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} documents to {out_dir / FILE_NAME}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
