"""Build the fresh22 corpus: python -m tests.privacy.corpus.fresh22.build [OUT_DIR]."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import (  # noqa: F401  (importing registers the families)
    fam_extra,
    fam_gig,
    fam_integrations,
    fam_life,
    fam_mobility,
    fam_more,
    fam_realestate,
    fam_social,
    fam_sport,
    fam_telecom,
    fam_travel,
)
from .ctx import Ctx, Stats
from .pools import LANGS
from .registry import FAMILIES

SEED = "fresh22-v1"
TARGET = {"en": 0.55, "de": 0.15, "fr": 0.15, "es": 0.15}
STYLES = ["snake"] * 5 + ["camel"] * 3 + ["kebab", "pascal"]
HERE = Path(__file__).resolve().parent
FILENAME = "fresh22.jsonl"


def build_records() -> list[dict[str, Any]]:
    stats = Stats()
    langs: Counter[str] = Counter()
    records: list[dict[str, Any]] = []
    for fam in FAMILIES:
        for i in range(fam.n):
            total = sum(langs.values()) + 1
            lang = max(fam.langs, key=lambda lg: (TARGET[lg] * total - langs[lg],
                                                  -LANGS.index(lg)))
            langs[lang] += 1
            rng = random.Random(f"{SEED}:{fam.name}:{i}")
            style = fam.style or rng.choice(STYLES)
            c = Ctx(rng, lang, style, stats)
            doc = fam.fn(c)
            kinds = sorted(c.kinds)
            if fam.clean:
                assert not kinds, (fam.name, kinds)
            else:
                assert kinds, fam.name
            tags = " ".join(c.tags) if c.tags else "plain"
            prefix = "clean " if not kinds else ""
            records.append({
                "id": f"fresh22-{len(records) + 1:04d}-{fam.name}",
                "doc": doc,
                "kinds": kinds,
                "note": f"{fam.name}: lang/{lang} {prefix}{tags}",
            })
    return records


def render(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    data = render(build_records())
    (out_dir / FILENAME).write_bytes(data)
    count = data.count(b"\n")
    print(f"wrote {count} records to {out_dir / FILENAME}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
