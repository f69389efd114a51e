"""Seeded generator of the fresh5 corpus.

    python -m tests.privacy.corpus.fresh5.build [OUT_DIR]

writes ``fresh5.jsonl`` (default: next to this file). The kinds of each document are known by
construction: every generator in ``values.py`` that inserts personal data records its kind.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from .families import PERSONAL
from .families_neg import CLEAN, LOOKALIKE
from .values import Ctx

SEED = 20261130
N_PERSONAL = 320
N_LOOKALIKE = 40
N_CLEAN = 176
SPECIAL = (
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
)
HERE = Path(__file__).resolve().parent


def _records() -> list[tuple[str, Any, set[str], str]]:
    rng = random.Random(SEED)
    counts = dict.fromkeys(SPECIAL, 0)
    out: list[tuple[str, Any, set[str], str]] = []
    for i in range(N_PERSONAL):
        fam, natural = PERSONAL[i % len(PERSONAL)] if i < len(PERSONAL) else rng.choice(PERSONAL)
        c = Ctx(random.Random(rng.getrandbits(64)))
        sc = (
            min(natural, key=lambda k: (counts[k], c.rng.random())) if rng.random() < 0.95 else None
        )
        doc = fam(c, sc)
        if rng.random() < 0.08:  # batch envelope with an unrelated clean record
            doc = [doc, rng.choice(CLEAN)(Ctx(random.Random(rng.getrandbits(64))))]
        for k in c.balance_kinds & set(SPECIAL):
            counts[k] += 1
        out.append((fam.__name__, doc, c.kinds, ", ".join(dict.fromkeys(c.what)) or "nothing"))
    for i in range(N_LOOKALIKE):
        fam2 = LOOKALIKE[i % len(LOOKALIKE)]
        c = Ctx(random.Random(rng.getrandbits(64)))
        out.append(
            (
                fam2.__name__,
                fam2(c),
                c.kinds,
                "hard negative; " + (", ".join(dict.fromkeys(c.what)) or "nothing"),
            )
        )
    for i in range(N_CLEAN):
        fam3 = CLEAN[i % len(CLEAN)]
        c = Ctx(random.Random(rng.getrandbits(64)))
        doc = fam3(c)
        assert not c.kinds, (fam3.__name__, c.kinds)
        out.append((fam3.__name__, doc, c.kinds, "clean hard negative"))
    rng.shuffle(out)
    return out


def build(out_dir: Path = HERE) -> Path:
    lines = []
    for n, (family, doc, kinds, what) in enumerate(_records(), start=1):
        rec = {
            "id": f"fresh5-{n:04d}-{family}",
            "doc": doc,
            "kinds": sorted(kinds),
            "note": f"{family}: {what}",
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "fresh5.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
