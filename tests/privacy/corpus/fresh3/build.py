"""Build fresh3.jsonl: ``python -m tests.privacy.corpus.fresh3.build [OUT_DIR]``.

Seeded and deterministic: the same code always writes the same bytes."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import (
    fam_beliefs,
    fam_clean,
    fam_common,
    fam_health,
    fam_identity,
    fam_justice,
    fam_more,
    fam_social,
    fam_text,
)
from .gen import Ctx

HERE = Path(__file__).resolve().parent
SEED = "fresh3-2025"

Family = Callable[[Ctx], Any]

POSITIVE: list[tuple[Family, int]] = [
    # health
    (fam_health.ehr_record, 9), (fam_health.referral_letter, 8), (fam_health.fhir_bundle, 8),
    (fam_health.pharmacy_order, 4), (fam_health.absence_record, 5),
    (fam_health.insurance_claim, 3),
    # genetic and biometric
    (fam_identity.genetics_report, 10), (fam_identity.snp_upload, 8),
    (fam_identity.str_profile, 8), (fam_identity.biometric_enrolment, 21),
    (fam_identity.border_record, 6), (fam_identity.access_event, 2),
    # political, religious, trade union
    (fam_beliefs.canvass, 8), (fam_beliefs.party_member, 5), (fam_beliefs.campaign_donation, 6),
    (fam_beliefs.voter_file, 3), (fam_beliefs.parish_register, 6),
    (fam_beliefs.faith_donation, 6), (fam_beliefs.payroll, 10), (fam_beliefs.union_roster, 8),
    (fam_beliefs.hris_export, 8),
    # self-identification and profiles
    (fam_social.eeo_form, 10), (fam_social.census_person, 9), (fam_social.dating_profile, 12),
    # criminal justice
    (fam_justice.background_check, 11), (fam_justice.court_case, 9), (fam_justice.probation, 4),
    (fam_justice.tenant_screening, 5),
    # more special-category systems
    (fam_more.trial_enrolment, 5), (fam_more.grievance_case, 5), (fam_more.sti_clinic, 5),
    (fam_more.prison_visit, 4),
    # free text in containers
    (fam_text.make("health"), 4), (fam_text.make("genetic"), 8), (fam_text.make("biometric"), 7),
    (fam_text.make("racial_ethnic_origin"), 8), (fam_text.make("political_opinion"), 6),
    (fam_text.make("religious_belief"), 6), (fam_text.make("trade_union"), 8),
    (fam_text.make("sex_life_orientation"), 8), (fam_text.make("criminal_record"), 10),
    # everyday personal and high-risk data
    (fam_common.checkout, 7), (fam_common.payout, 5), (fam_common.kyc, 5),
    (fam_common.auth_log, 5), (fam_common.delivery, 5), (fam_common.crm_contact, 2),
    (fam_common.k8s_secret, 2), (fam_common.ci_config, 4), (fam_common.tax_form, 3),
    (fam_common.book_order, 2), (fam_common.race_registration, 3),
    (fam_common.traps_ticket, 2), (fam_common.hotel_checkin, 4),
]

CLEAN: list[tuple[Family, int]] = [
    (fam_clean.healthcheck, 9), (fam_clean.metrics, 6), (fam_clean.game_state, 8),
    (fam_clean.sql_log, 7), (fam_clean.schema_doc, 8), (fam_clean.eu_and_unions, 9),
    (fam_clean.book_catalog, 6), (fam_clean.street_works, 5), (fam_clean.party_press, 6),
    (fam_clean.aggregates, 11), (fam_clean.med_catalog, 7), (fam_clean.gene_reference, 5),
    (fam_clean.tls_fingerprints, 5), (fam_clean.race_results, 5), (fam_clean.kyc_rules, 4),
    (fam_clean.law_text, 6), (fam_clean.ga_config, 3), (fam_clean.plan_catalog, 4),
    (fam_clean.product_embeddings, 3), (fam_clean.key_material, 9),
    (fam_clean.invalid_numbers, 8), (fam_clean.weather_fx, 5), (fam_clean.marketing, 5),
    (fam_clean.org_calendar, 5), (fam_clean.release, 4), (fam_clean.support_macro, 4),
    (fam_clean.misc_words, 5), (fam_clean.hr_policy, 4), (fam_clean.bio_device_config, 3),
    (fam_clean.access_anonymous, 3),
]


def family_name(fn: Family) -> str:
    return fn.__name__


PATHS = ["/v1/tickets", "/api/records", "/hooks/inbound", "/v2/members", "/ingest",
         "/api/v1/events", "/fhir/r4/Bundle", "/webhooks/crm"]


def envelope(ctx: Ctx, doc: Any, personal: bool) -> dict[str, Any]:
    """A gateway capture of the request that carried the document. Only envelopes around
    personal families carry a client address or an Authorization header."""
    headers: dict[str, Any] = {"content-type": "application/json", "x-request-id": ctx.uuid(),
                               "user-agent": ctx.pick(["okhttp/4.12.0", "python-httpx/0.27.0",
                                                       "Zapier", "axios/1.7.2"])}
    if personal and ctx.chance(0.7):
        headers["x-forwarded-for"] = ctx.ip()
    if personal and ctx.chance(0.5):
        headers["authorization"] = "Bearer " + (ctx.jwt() if ctx.chance(0.5) else
                                                ctx.secret("opaque"))
        ctx.note("capture envelope with token")
    else:
        ctx.note("capture envelope")
    return {"method": "POST", "path": ctx.pick(PATHS), "received_at": ctx.ts(),
            "headers": headers, "body": doc}


def build() -> list[dict[str, Any]]:
    return [record for record, _ in build_with_values()]


def build_with_values() -> list[tuple[dict[str, Any], list[tuple[str, str]]]]:
    """The records, each with the checkable identifiers its generators inserted."""
    positive = {id(fn) for fn, _ in POSITIVE}
    schedule = [fn for fn, n in POSITIVE + CLEAN for _ in range(n)]
    random.Random(SEED).shuffle(schedule)
    records = []
    for index, fn in enumerate(schedule, start=1):
        name = family_name(fn)
        ctx = Ctx(random.Random(f"{SEED}:{index}:{name}"))
        doc = fn(ctx)
        if ctx.chance(0.12):
            doc = envelope(ctx, doc, id(fn) in positive)
        note = name + (": " + ", ".join(ctx.parts) if ctx.parts else "")
        records.append(({"id": f"fresh3-{index:04d}-{name}", "doc": doc,
                         "kinds": sorted(ctx.kinds), "note": note}, ctx.values))
    return records


def write(out_dir: Path = HERE) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "fresh3.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for record in build():
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = write(Path(args[0]) if args else HERE)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
