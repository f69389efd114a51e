"""Build the ``fresh9`` evaluation corpus.

``python -m tests.privacy.corpus.fresh9.build [OUT_DIR]`` writes ``fresh9.jsonl`` (default:
beside this file). The output depends only on ``SEED`` and the family table, so two builds are
byte-identical.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import fam_care, fam_civic, fam_clean, fam_money, fam_platform, fam_tech, fam_work
from .ctx import LANGS, Ctx

SEED = 90619
OUT_NAME = "fresh9.jsonl"

Family = Callable[[Ctx], Any]

# (module, documents per family, families that get a different count)
_PERSONAL: tuple[tuple[Any, int, dict[str, int]], ...] = (
    (fam_civic, 4, {"social_work_case_note": 7, "canvassing_record": 8,
                    "religious_community_member": 6, "police_incident": 5,
                    "party_membership_signup": 6, "lgbt_helpline_log": 9}),
    (fam_work, 4, {"payroll_de": 6, "payroll_fr": 5, "payroll_es": 5, "hr_grievance": 6}),
    (fam_platform, 4, {"community_forum_thread": 6, "dating_profile": 8}),
    (fam_care, 4, {"face_enrolment": 7, "fingerprint_enrolment": 7, "border_kiosk_iris": 6,
                   "palm_vein_timeclock": 6, "kyc_selfie_check": 6, "voice_assistant_log": 6,
                   "genealogy_dna_match": 8, "ivf_clinic": 6, "insurance_underwriting": 5,
                   "research_survey_coded": 7, "school_counsellor_note": 6}),
    (fam_tech, 3, {"event_sourcing_envelope": 4, "kafka_message": 4, "graphql_people_response": 4}),
    (fam_money, 5, {"mobile_app_config": 4, "campaign_donation_ledger": 7,
                    "pharmacogenomics_report": 6, "dtc_raw_genotype_export": 7}),
)
_CLEAN_COUNT = 5


def _families(module: Any) -> list[tuple[str, Family]]:
    """Public functions of a family module, in source order."""
    found = []
    for name, value in vars(module).items():
        if callable(value) and not name.startswith("_") and getattr(
                value, "__module__", "") == module.__name__ and name.islower():
            found.append((name, value))
    return found


def family_table() -> list[tuple[str, Family, int]]:
    """Every family with its document count."""
    table = []
    for module, default, overrides in _PERSONAL:
        for name, fn in _families(module):
            table.append((name, fn, overrides.get(name, default)))
    for name, fn in _families(fam_clean):
        table.append((name, fn, _CLEAN_COUNT))
    return table


def build_records() -> list[dict[str, Any]]:
    """All records, shuffled and numbered."""
    drafts: list[tuple[str, Any, list[str], list[str]]] = []
    for index, (name, fn, count) in enumerate(family_table()):
        for i in range(count):
            rng = random.Random(f"fresh9/{SEED}/{name}/{i}")
            ctx = Ctx(rng, LANGS[(index + i) % len(LANGS)])
            doc = fn(ctx)
            drafts.append((name, doc, ctx.kinds, sorted(ctx.tags)))
    random.Random(SEED).shuffle(drafts)
    records = []
    for n, (name, doc, kinds, tags) in enumerate(drafts, start=1):
        records.append({"id": f"fresh9-{n:04d}-{name}", "doc": doc, "kinds": kinds,
                        "note": f"{name}: {', '.join(tags) if tags else 'clean'}"})
    return records


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / OUT_NAME
    path.write_text(render(build_records()), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path(__file__).resolve().parent
    path = write(out_dir)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
