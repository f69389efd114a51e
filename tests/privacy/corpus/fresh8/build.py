"""Seeded generator for the ``fresh8`` corpus.

``python -m tests.privacy.corpus.fresh8.build [OUT_DIR]`` writes ``fresh8.jsonl`` (by default
beside this file). Each document gets its own ``random.Random`` seeded from the corpus seed, the
family and the index, so a family's output does not depend on the others; the final order is a
seeded shuffle so families interleave.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import (
    fam_civic,
    fam_clean,
    fam_comms,
    fam_health,
    fam_justice,
    fam_money,
    fam_survey,
    fam_tech,
    fam_work,
)
from .ctx import Ctx

SEED = "fresh8-2025"
CORPUS = "fresh8"
FILE_NAME = "fresh8.jsonl"

Family = tuple[str, Callable[[Ctx], Any], int]

PERSONAL: list[Family] = [
    *fam_work.FAMILIES, *fam_health.FAMILIES, *fam_civic.FAMILIES, *fam_justice.FAMILIES,
    *fam_money.FAMILIES, *fam_tech.FAMILIES, *fam_comms.FAMILIES, *fam_survey.FAMILIES,
]
CLEAN: list[Family] = list(fam_clean.FAMILIES)
CLEAN_FAMILIES = frozenset(name for name, _, _ in CLEAN)


def records() -> list[dict[str, Any]]:
    """All records, shuffled and numbered."""
    drafts: list[tuple[str, Any, list[str], list[str]]] = []
    for family, make, count in PERSONAL + CLEAN:
        for index in range(count):
            ctx = Ctx(random.Random(f"{SEED}:{family}:{index}"))
            doc = make(ctx)
            if family in CLEAN_FAMILIES and ctx.kinds:
                raise AssertionError(f"clean family {family} inserted {sorted(ctx.kinds)}")
            drafts.append((family, doc, sorted(ctx.kinds), ctx.tags))
    random.Random(SEED).shuffle(drafts)
    out = []
    for number, (family, doc, kinds, tags) in enumerate(drafts, start=1):
        label = [t for t in tags if not t.startswith("decoy:")]
        decoys = [t for t in tags if t.startswith("decoy:")]
        note_tags = (label or ["clean"]) + decoys
        out.append({"id": f"{CORPUS}-{number:04d}-{family}", "doc": doc, "kinds": kinds,
                    "note": f"{family}: {' '.join(note_tags)}"})
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path(__file__).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / FILE_NAME
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
