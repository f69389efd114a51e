"""Seeded generator for the fresh17 corpus.

    python -m tests.privacy.corpus.fresh17.build [OUT_DIR]

writes fresh17.jsonl (default OUT_DIR: this directory).  Output is byte-for-byte deterministic.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from . import fam_clean, fam_ordinary, fam_special
from .ctx import Ctx, State

HERE = Path(__file__).resolve().parent
FILE = HERE / "fresh17.jsonl"
SEED = 170017
PREFIX = "fresh17"
ALL_FAMILIES = fam_special.FAMILIES + fam_ordinary.FAMILIES + fam_clean.FAMILIES
# Families whose language follows the free text they carry run last, so that ctx.text_lang()
# can balance the sentence languages after the fixed-language families have been generated.
FLEXIBLE = [
    "clinic_booking",
    "pharmacy_order",
    "gym_booking",
    "food_delivery",
    "hr_employee",
    "dna_kit",
    "dating_profile",
    "moderation_queue",
    "call_notes",
    "support_chat",
    "support_ticket",
]
ORDER = [f for f in ALL_FAMILIES if f[0] not in FLEXIBLE] + [
    f for n in FLEXIBLE for f in ALL_FAMILIES if f[0] == n
]


def _dedup(seq):
    seen, out = {}, []
    for x in seq:
        if x not in seen:
            seen[x] = True
            out.append(x)
    return out


def generate():
    """Return [(record, ctx)] in final (shuffled) order."""
    rng = random.Random(SEED)
    state = State()
    items = []
    for name, fn, n in ORDER:
        for i in range(n):
            c = Ctx(rng, name, state)
            doc = fn(c, i)
            items.append((name, doc, c))
    rng.shuffle(items)
    out = []
    for k, (name, doc, c) in enumerate(items):
        kinds = sorted(_dedup(t[0] for t in c.tags))
        ins = _dedup(t[2] for t in c.tags)
        note = f"{name}: {', '.join(ins) if ins else 'clean'}"
        hns = _dedup(f"{kd}:{lb}" for kd, lb in c.hns)
        if hns:
            note += " | hn: " + ", ".join(hns)
        rec = {"id": f"{PREFIX}-{k + 1:04d}-{name}", "doc": doc, "kinds": kinds, "note": note}
        out.append((rec, c))
    return out


def render() -> str:
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in generate())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]) if argv else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / FILE.name).write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
