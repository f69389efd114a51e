"""Seeded generator of the fresh6 corpus.

    python -m tests.privacy.corpus.fresh6.build [OUT_DIR]

writes ``fresh6.jsonl`` (default: this directory). Every value that carries a kind is inserted
through ``gen.Ctx``, so each document's label set is known by construction.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from . import clean, personal
from .gen import KINDS, Ctx

SEED = 60606
HERE = Path(__file__).resolve().parent
# Families built around one special category keep their full count; the others are thinned
# so that roughly a third of the corpus stays clean.
FOCUS = {
    "works_council",
    "union_membership",
    "strike_ballot",
    "dna_kit",
    "pgx_report",
    "str_profile",
    "access_control",
    "voice_enrol",
    "kyc_selfie",
    "canvass",
    "party_membership",
    "campaign_donation",
    "church_register",
    "faith_donation",
    "court_record",
    "background_check",
    "fuehrungszeugnis",
    "dating_profile",
    "sexual_health_clinic",
    "diversity_survey",
    "census_form",
    "employee_network",
    "school_record",
    "payment_method",
    "ci_secrets",
    "integration_settings",
}
PERSONAL_SCALE = 0.45


def plan() -> list[tuple[str, Any, int]]:
    out = [
        (name, fn, n if name in FOCUS else max(2, round(n * PERSONAL_SCALE)))
        for name, (fn, n) in personal.FAMILIES.items()
    ]
    out += [(name, fn, n) for name, (fn, n) in clean.FAMILIES.items()]
    return out


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    jobs = [(name, fn) for name, fn, n in plan() for _ in range(n)]
    rng.shuffle(jobs)
    records = []
    for i, (name, fn) in enumerate(jobs, 1):
        ctx = Ctx(random.Random(f"{SEED}-{i}-{name}"))
        doc = fn(ctx)
        kinds = sorted(ctx.kinds)
        assert set(kinds) <= set(KINDS)
        what = sorted(set(ctx.what)) or ["clean"]
        records.append(
            {
                "id": f"fresh6-{i:04d}-{name}",
                "doc": doc,
                "kinds": kinds,
                "note": f"{name}: {', '.join(what)}",
            }
        )
    return records


def dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    (out / "fresh6.jsonl").write_text(dump(build()), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
