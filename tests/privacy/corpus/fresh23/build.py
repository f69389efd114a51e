"""Build the fresh23 corpus: ``python -m tests.privacy.corpus.fresh23.build [OUT_DIR]``."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from . import (
    fam_auto,
    fam_energy,
    fam_home,
    fam_industry,
    fam_logistics,
    fam_platform,
    fam_security,
)
from .ctx import Ctx, Stats
from .registry import FAMILIES

MODULES = (fam_energy, fam_home, fam_logistics, fam_auto, fam_industry, fam_security,
           fam_platform)
SEED = "fresh23"
LANG_TARGET = {"en": 0.55, "de": 0.15, "fr": 0.15, "es": 0.15}
OUT_NAME = "fresh23.jsonl"


def build() -> list[dict[str, Any]]:
    stats = Stats()
    records: list[dict[str, Any]] = []
    for fam in FAMILIES:
        for i in range(fam.n):
            rng = random.Random(f"{SEED}/{fam.name}/{i}")
            total = sum(stats.langs.values()) + 1
            lang = max(fam.langs, key=lambda lg: LANG_TARGET[lg] * total - stats.langs[lg])
            c = Ctx(rng, lang, stats)
            doc = fam.fn(c)
            kinds = sorted(c.kinds)
            assert bool(kinds) != fam.clean, (fam.name, i, kinds)
            stats.langs[lang] += 1
            stats.kinds.update(kinds)
            tags = " ".join(c.tags) if c.tags else "clean"
            records.append({"id": f"{SEED}-{len(records) + 1:04d}-{fam.name}", "doc": doc,
                            "kinds": kinds, "note": f"{fam.name}: lang/{lang} {tags}"})
    return records


def render(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv: list[str]) -> None:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    records = build()
    (out_dir / OUT_NAME).write_bytes(render(records))
    print(f"wrote {len(records)} records to {out_dir / OUT_NAME}")


if __name__ == "__main__":
    main(sys.argv)
