"""Build the fresh4 corpus: ``python -m tests.privacy.corpus.fresh4.build [OUT_DIR]``.

Every document gets its own generator seeded from (family, index, attempt), so a change to one
family leaves the others' documents unchanged.  A document is drawn again (next attempt) when
its filler happens to form an unlabeled look-alike: a Luhn-valid 13-19 digit run that is not a
card it meant to insert, or a checksum-valid IBAN it did not mean to insert.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import digits as D
from . import fam_civic as CIV
from . import fam_clean as CLEAN
from . import fam_health as HEA
from . import fam_hr as HR
from . import fam_money as MON
from . import fam_people as PPL
from . import fam_tech as TEC
from .gen import Ctx

HERE = Path(__file__).resolve().parent
SEED = "fresh4-2025"

PLAN: tuple[tuple[Callable[[Ctx], Any], int], ...] = (
    (HR.hr_employee, 10), (HR.payroll_de, 7), (HR.leave_request, 6),
    (HR.recruiting_application, 7), (HR.benefits_enrollment, 4),
    (HEA.fhir_bundle, 12), (HEA.hl7_message, 6), (HEA.clinic_intake, 6),
    (HEA.telehealth_appointment, 3), (HEA.pharmacy_order, 3), (HEA.lab_result, 3),
    (HEA.fitness_sync, 5), (HEA.sexual_health_booking, 7), (HEA.mental_health_journal, 3),
    (HEA.insurance_claim, 7),
    (MON.sepa_transfer, 6), (MON.open_banking_tx, 5), (MON.card_checkout, 8),
    (MON.payment_log, 4), (MON.ach_payout, 2), (MON.loan_application, 3),
    (MON.gift_card_redemption, 2),
    (PPL.helpdesk_ticket, 10), (PPL.crm_contact, 5), (PPL.dating_profile, 14),
    (PPL.social_report, 5), (PPL.community_signup, 5), (PPL.email_thread, 4),
    (PPL.call_transcript, 4),
    (CIV.canvass_record, 9), (CIV.campaign_donation, 5), (CIV.charity_donation, 9),
    (CIV.parish_registry, 6), (CIV.union_member, 14), (CIV.court_case, 8),
    (CIV.probation_checkin, 3), (CIV.background_check, 8), (CIV.tenant_screening, 2),
    (CIV.immigration_case, 7), (CIV.school_record, 6), (CIV.research_survey, 12),
    (TEC.access_log, 3), (TEC.app_log, 5), (TEC.saas_webhook, 7), (TEC.graphql_op, 6),
    (TEC.analytics_event, 4), (TEC.config_dump, 7), (TEC.auth_request, 6),
    (TEC.http_capture, 8), (TEC.kyc_check, 8), (TEC.access_control, 18),
    (TEC.voice_enrollment, 7), (TEC.time_clock, 8), (TEC.booking_record, 5),
    (TEC.genomics_report, 24), (TEC.biobank_sample, 6), (TEC.rideshare_trip, 3),
    (TEC.delivery_tracking, 2),
)
CLEAN_PER_FAMILY = {fn.__name__: 4 for fn in CLEAN.CLEAN}
CLEAN_PER_FAMILY.update({"validation_errors": 10, "secrets_config": 6, "service_health": 6,
                         "jwks": 6, "coarse_geo": 6, "aggregate_stats": 6, "type_unions": 5,
                         "neutral_chat": 6, "build_metadata": 5})

IBAN_LENGTHS = {country: 4 + len(layout) for country, layout in D.IBAN_BBAN.items()}
_IBAN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\b")


@dataclass
class Built:
    family: str
    doc: Any
    kinds: list[str]
    tags: list[str]
    claims: list[tuple[str, Any, bool]]
    clean: bool


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int | float):
        yield json.dumps(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _lookalike(doc: Any, claims: list[tuple[str, Any, bool]]) -> str | None:
    cards = {v for name, v, ok in claims if name == "luhn" and ok}
    ibans = {v for name, v, ok in claims if name == "iban" and ok}
    for text in _strings(doc):
        for run in D.luhn_runs(text):
            if run not in cards:
                return f"luhn run {run}"
        for match in _IBAN.finditer(text):
            compact = match.group().replace(" ", "")
            size = IBAN_LENGTHS.get(compact[:2])
            for end in range(len(compact), 14, -1):
                candidate = compact[:end]
                if size not in (None, end) or not D.iban_mod97_ok(candidate):
                    continue
                if candidate in ibans:
                    break
                return f"iban {candidate}"
    return None


def build_one(fn: Callable[[Ctx], Any], index: int, clean: bool) -> Built:
    for attempt in range(50):
        rng = random.Random(f"{SEED}:{fn.__name__}:{index}:{attempt}")
        ctx = Ctx(rng, fn.__name__)
        doc = fn(ctx)
        # round-trip so the document is exactly what the file will hold
        doc = json.loads(json.dumps(doc, ensure_ascii=False))
        if _lookalike(doc, ctx.claims) is None:
            break
    else:
        raise RuntimeError(f"{fn.__name__}[{index}]: no clean draw in 50 attempts")
    if clean and ctx.kinds:
        raise RuntimeError(f"clean family {fn.__name__} inserted {sorted(ctx.kinds)}")
    return Built(fn.__name__, doc, sorted(ctx.kinds), ctx.tags, ctx.claims, clean)


def build() -> list[Built]:
    out = [build_one(fn, i, False) for fn, count in PLAN for i in range(count)]
    out += [build_one(fn, i, True) for fn in CLEAN.CLEAN
            for i in range(CLEAN_PER_FAMILY[fn.__name__])]
    random.Random(SEED).shuffle(out)
    return out


def note_of(item: Built) -> str:
    if not item.tags:
        return f"{item.family}: clean"
    prefix = "clean; " if item.clean else ""
    return f"{item.family}: {prefix}{', '.join(item.tags)}"


def records(items: list[Built]) -> list[dict[str, Any]]:
    return [{"id": f"fresh4-{n:04d}-{item.family}", "doc": item.doc, "kinds": item.kinds,
             "note": note_of(item)} for n, item in enumerate(items, start=1)]


def render(items: list[Built]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(items))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    items = build()
    (out_dir / "fresh4.jsonl").write_text(render(items), encoding="utf-8")
    clean = sum(1 for it in items if not it.kinds)
    print(f"wrote {len(items)} documents ({clean} clean) to {out_dir / 'fresh4.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
