"""Seeded generator for the fresh10 corpus.

`python -m tests.privacy.corpus.fresh10.build [OUT_DIR]` writes `fresh10.jsonl` (default:
beside this file). The output depends only on `SEED` and the family tables.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import families_clean, families_commerce, families_people, families_special
from .ctx import Ctx
from .sentences import LANGS

SEED = 20261130
OUT_NAME = "fresh10.jsonl"

Family = tuple[Callable[[Ctx], Any], int]


def all_families() -> dict[str, tuple[Family, bool]]:
    """Family name -> ((generator, document count), is_clean)."""
    out: dict[str, tuple[Family, bool]] = {}
    for table, clean in ((families_commerce.FAMILIES, False),
                         (families_people.FAMILIES, False),
                         (families_special.FAMILIES, False),
                         (families_clean.FAMILIES, True)):
        for name, fam in table.items():
            assert name not in out, name
            out[name] = (fam, clean)
    return out


def tag_kind(tag: str) -> str:
    """The kind a note tag stands for: `text:health/de` -> health, `iban:x` -> ..."""
    head, _, rest = tag.partition(":")
    return rest.split("/")[0] if head == "text" else head


def build_records() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    drafts: list[tuple[str, Any, list[str]]] = []
    for offset, (name, ((gen, count), clean)) in enumerate(all_families().items()):
        for j in range(count):
            lang = LANGS[(offset + j) % len(LANGS)]
            c = Ctx(random.Random(rng.getrandbits(64)), lang)
            doc = gen(c)
            if clean and c.tags:
                raise AssertionError(f"clean family {name} recorded {sorted(c.tags)}")
            drafts.append((name, doc, sorted(c.tags)))
    rng.shuffle(drafts)
    records = []
    for i, (name, doc, tags) in enumerate(drafts, start=1):
        kinds = sorted({tag_kind(t) for t in tags})
        records.append({"id": f"fresh10-{i:04d}-{name}", "doc": doc, "kinds": kinds,
                        "note": f"{name}: {', '.join(tags) if tags else 'clean'}"})
    return records


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    records = build_records()
    (out_dir / OUT_NAME).write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} records to {out_dir / OUT_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
