# ruff: noqa: E501
"""Seeded generator for the fresh7 corpus.

    python -m tests.privacy.corpus.fresh7.build [OUT_DIR]

writes fresh7.jsonl (default: this directory). Same seed, same bytes.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from . import fam_b, fam_c, fam_clean  # noqa: F401  (registers the families)
from .ctx import C
from .fam_a import FAMILIES
from .gen import KINDS

SEED = 70707
HERE = Path(__file__).resolve().parent
# Personal families draw three documents each; these keep a fourth so that every special
# category reaches at least thirty documents.
KEEP4 = {"bg_screening_report", "court_docket", "polizei_vorgang", "prison_visit", "probation_note", "visa_application",
         "dating_profile", "survey_demographics", "equality_monitoring_tenant", "pride_network_signup", "prep_clinic_intake",
         "moderation_report", "sexual_health_clinic", "ancestry_results", "hate_crime_report", "hris_eeo1_export",
         "pgt_embryo", "forensic_str", "dtc_dna_export", "gemeindeverzeichnis", "zakat_donation", "canvassing",
         "voter_file_export", "union_member_api", "gym_access_finger", "tenant_screening", "callcentre_payment_note",
         "mobile_telemetry", "nginx_access", "k8s_secret", "segment_track", "ride_trip", "order_checkout",
         "card_decline_webhook", "telehealth_session", "analytics_batch_stringified", "blood_donation",
         "attendance_face_kiosk", "campaign_volunteer", "biobank_sample", "strike_ballot"}
KEEP5 = {f: 5 for f in ("court_docket", "polizei_vorgang", "bg_screening_report", "probation_note", "hris_eeo1_export",
                        "gemeindeverzeichnis", "zakat_donation", "patient_registration_ethnic",
                        "pride_network_signup", "prep_clinic_intake", "sexual_health_clinic", "blood_donation")}


def build() -> list[dict[str, Any]]:
    r = random.Random(SEED)
    recs: list[tuple[str, Any, list[str], str]] = []
    for fname, n, fn in FAMILIES:
        n = 4 if fn.__module__.endswith("fam_clean") else KEEP5.get(fname, 4 if fname in KEEP4 else min(n, 3))
        for i in range(n):
            c = C(random.Random(r.random()))
            doc = fn(c, i)
            kinds = sorted(set(c.kinds))
            assert all(k in KINDS for k in kinds), kinds
            what = ",".join(dict.fromkeys(c.tags)) or "clean"
            recs.append((fname, doc, kinds, f"{fname}: {what}"))
    r.shuffle(recs)
    return [{"id": f"fresh7-{n + 1:04d}-{f}", "doc": d, "kinds": k, "note": note}
            for n, (f, d, k, note) in enumerate(recs)]


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    with (out / "fresh7.jsonl").open("w", encoding="utf-8") as fh:
        for rec in build():
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
