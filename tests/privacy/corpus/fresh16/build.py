"""Seeded generator for the fresh16 corpus.

    python -m tests.privacy.corpus.fresh16.build [OUT_DIR]
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from .families import FAMILIES
from .validators import luhn_runs, valid_ibans
from .values import KINDS, Ctx

HERE = Path(__file__).resolve().parent
FILE = HERE / "fresh16.jsonl"
SEED = 16_2024_16


def _plan(
    rng: random.Random, specials: tuple[str, ...], maxk: int, counts: dict[str, int], p0: float
) -> list[str]:
    """Pick 0-3 specials for a document; kinds that are rarer so far get more weight."""
    if not specials or rng.random() < p0:
        return []
    r = rng.random()
    k = min(1 if r < 0.5 else 2 if r < 0.88 else 3, len(specials), maxk)
    pool = list(specials)
    out: list[str] = []
    for _ in range(k):
        w = [1.0 / (1 + counts.get(x, 0)) ** 2 for x in pool]
        x = rng.random() * sum(w)
        for i, wi in enumerate(w):
            x -= wi
            if x <= 0 or i == len(w) - 1:
                out.append(pool.pop(i))
                break
    return out


def _filler_ok(c: Ctx, text: str) -> list[str]:
    problems = []
    for m in re.finditer(r"\d{7,}", text):
        if not any(m.group() in a for a in c.allowed):
            problems.append(f"unregistered digit run {m.group()}")
    for m in re.finditer(r"\d+\.\d{4,}", text):
        if not any(m.group() in a for a in c.allowed):
            problems.append(f"unregistered 4+ decimal number {m.group()}")
    return problems


def generate() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    records = []
    counts: dict[str, int] = {}
    for fam in FAMILIES:
        for _ in range(fam.n):
            c = Ctx(rng)
            lang = fam.langs[rng.randrange(len(fam.langs))]
            want = [] if fam.clean else _plan(rng, fam.specials, fam.maxk, counts, fam.p0)
            doc = fam.fn(c, want, lang)
            text = json.dumps(doc, ensure_ascii=False)
            kinds = sorted(c.kinds)
            problems = _filler_ok(c, text)
            if fam.clean and kinds:
                problems.append(f"clean family produced {kinds}")
            missing = [k for k in want if k not in kinds]
            if missing:
                problems.append(f"planned specials not inserted: {missing}")
            if bool(luhn_runs(text)) != ("payment_card" in kinds):
                problems.append(f"luhn mismatch {luhn_runs(text)} vs {kinds}")
            if valid_ibans(text) and "bank_account" not in kinds:
                problems.append(f"valid IBAN without label {valid_ibans(text)}")
            assert all(k in KINDS for k in kinds)
            if problems:
                raise AssertionError(f"{fam.name}: {problems}\n{text[:600]}")
            for k in kinds:
                counts[k] = counts.get(k, 0) + 1
            records.append(
                {
                    "family": fam.name,
                    "doc": doc,
                    "kinds": kinds,
                    "note": f"{fam.name}: " + ", ".join(c.tags),
                }
            )
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append(
            {
                "id": f"fresh16-{i:04d}-{r['family']}",
                "doc": r["doc"],
                "kinds": r["kinds"],
                "note": r["note"],
            }
        )
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generate())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]) if argv else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / FILE.name).write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
