"""Seeded generator for the fresh2 evaluation split.

    python -m tests.privacy.corpus.fresh2.build [OUT_DIR]

writes ``fresh2.jsonl`` (one ``{"id", "doc", "kinds", "note"}`` record per line). Labels are
known by construction: the value makers in ``values.py`` record the kind they insert. Before
writing, ``verify`` re-checks every Luhn-valid card number and valid IBAN in the text against
the labels, and that the clean families carry no label.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import fam_care, fam_clean, fam_ops
from .values import KINDS, SPECIAL_KINDS, Ctx, iban_ok, luhn_ok

__all__ = ["KINDS", "SPECIAL_KINDS", "build", "verify", "write"]

SPLIT = "fresh2"
HERE = Path(__file__).resolve().parent
Family = Callable[[Ctx], Any]
# the family tables list relative weights; personal families are scaled to balance the split
PERSONAL_SCALE = 0.72

CARD_RUN = re.compile(r"(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        out = [value]
        if value[:1] in "{[":  # escaped JSON payloads are checked too
            try:
                out += _strings(json.loads(value))
            except ValueError:
                pass
        return out
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def verify(record: dict[str, Any], clean_family: bool) -> None:
    kinds = set(record["kinds"])
    if clean_family:
        assert not kinds, record
    for text in _strings(record["doc"]):
        for match in IBAN_RUN.finditer(text):
            if iban_ok(match.group()):
                assert "bank_account" in kinds, (record["id"], match.group())
        for match in CARD_RUN.finditer(IBAN_RUN.sub(" ", text)):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) in (15, 16) and digits[0] in "23456" and luhn_ok(digits):
                assert "payment_card" in kinds, (record["id"], match.group())


def build() -> list[dict[str, Any]]:
    plan: list[tuple[str, Family, bool, int]] = []
    for module, clean in ((fam_care, False), (fam_ops, False), (fam_clean, True)):
        for name, (fn, count) in module.FAMILIES.items():
            if not clean:
                count = max(4, round(count * PERSONAL_SCALE))
            plan += [(name, fn, clean, i) for i in range(count)]
    random.Random(f"{SPLIT}-order").shuffle(plan)
    records = []
    for number, (name, fn, clean, i) in enumerate(plan, 1):
        rng = random.Random(f"{SPLIT}/{name}/{i}")
        ctx = Ctx(rng)
        doc = fn(ctx)
        note = name + (": " + "; ".join(ctx.notes) if ctx.notes else "")
        record = {
            "id": f"{SPLIT}-{number:04d}-{name}",
            "doc": doc,
            "kinds": sorted(ctx.kinds),
            "note": note,
        }
        verify(record, clean)
        records.append(record)
    return records


def write(out_dir: Path | str = HERE) -> dict[str, Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{SPLIT}.jsonl"
    text = "".join(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n" for r in build())
    path.write_bytes(text.encode("utf-8"))
    return {SPLIT: path}


if __name__ == "__main__":
    for split, written in write(sys.argv[1] if len(sys.argv) > 1 else HERE).items():
        print(f"{split}: {written}")
