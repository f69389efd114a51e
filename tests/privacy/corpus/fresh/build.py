"""Seeded generator for the fresh evaluation split.

    python -m tests.privacy.corpus.fresh.build [OUT_DIR]

writes ``fresh.jsonl`` (one ``{"id", "doc", "kinds", "note"}`` record per line) into OUT_DIR,
by default this folder. Every value that carries a kind is inserted through a maker in
``ctx.py`` that records the kind, so each document's label set is known by construction.
Before writing, the build checks the checksummed kinds in both directions (see ``verify``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import checks as c
from . import fam_clean as fc
from . import fam_commerce as fm
from . import fam_health as fh
from . import fam_people as fp
from . import fam_tech as ft
from .ctx import Doc

HERE = Path(__file__).resolve().parent
SPLIT = "fresh"
SEED = "charter-fresh-v1"

SPECIAL_KINDS = (
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
)
HIGH_RISK_KINDS = (
    "payment_card",
    "bank_account",
    "national_id",
    "passport",
    "credential",
    "precise_location",
)
ORDINARY_KINDS = ("email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name")
KINDS = SPECIAL_KINDS + HIGH_RISK_KINDS + ORDINARY_KINDS

Family = Callable[[Doc], Any]

FAMILIES: tuple[tuple[Family, int], ...] = (
    # payments, commerce, logistics, identity
    (fm.psp_webhook, 10),
    (fm.legacy_gateway, 7),
    (fm.card_dispute, 8),
    (fm.esign_event, 5),
    (fm.carrier_tracking, 7),
    (fm.edi_purchase_order, 6),
    (fm.marketplace_order, 6),
    (fm.kyc_verification, 8),
    (fm.loan_application, 7),
    (fm.travel_booking, 7),
    (fm.hotel_registration, 5),
    # healthcare, genetics, biometrics
    (fh.appointment, 9),
    (fh.prescription, 7),
    (fh.lab_result, 6),
    (fh.claim, 7),
    (fh.telehealth_note, 7),
    (fh.mood_journal, 3),
    (fh.insurance_application, 5),
    (fh.genetic_result, 24),
    (fh.biometric_enrolment, 22),
    (fh.auth_event, 6),
    # people, HR, government, special categories
    (fp.hr_onboarding, 8),
    (fp.benefits_enrolment, 5),
    (fp.leave_request, 8),
    (fp.payroll_run, 8),
    (fp.diversity_survey, 14),
    (fp.student_record, 4),
    (fp.voter_record, 6),
    (fp.canvass_record, 10),
    (fp.political_donation, 6),
    (fp.religious_record, 10),
    (fp.union_record, 12),
    (fp.background_check, 11),
    (fp.court_docket, 4),
    (fp.tenant_screening, 4),
    (fp.dating_profile, 12),
    (fp.gov_benefit, 5),
    (fp.visa_application, 7),
    # messages, developer and device traffic
    (ft.support_ticket, 30),
    (ft.chat_transcript, 6),
    (ft.email_thread, 6),
    (ft.ci_event, 7),
    (ft.mobile_event, 6),
    (ft.search_log, 4),
    (ft.audit_log, 4),
    (ft.access_log_text, 3),
    (ft.secrets_config, 12),
    (ft.oauth_token_response, 5),
    (ft.api_gateway_log, 8),
    (ft.door_access_sync, 6),
    (ft.graphql_request, 8),
    (ft.jsonapi_people, 3),
    (ft.contacts_import, 3),
    (ft.telecom_cdr, 5),
    (ft.ride_trip, 7),
    (ft.smart_home, 5),
    (ft.calendar_invite, 5),
    (ft.web_form, 4),
    (ft.webhook_replay, 3),
    # no personal data
    (fc.product_catalog, 9),
    (fc.otc_catalog, 5),
    (fc.insurance_plans, 5),
    (fc.book_catalog, 5),
    (fc.service_health, 9),
    (fc.metrics, 7),
    (fc.device_telemetry, 7),
    (fc.app_config, 9),
    (fc.jwks, 4),
    (fc.user_store_hashes, 5),
    (fc.cms_article, 7),
    (fc.sports_results, 6),
    (fc.game_telemetry, 5),
    (fc.reference_data, 10),
    (fc.code_snippets, 9),
    (fc.ci_build_clean, 6),
    (fc.validation_errors, 9),
    (fc.payment_tokens, 7),
    (fc.party_press_feed, 5),
    (fc.crime_stats, 4),
    (fc.shipping_rates, 6),
    (fc.warehouse_inventory, 5),
    (fc.hr_aggregates, 4),
    (fc.openapi_fragment, 4),
    (fc.i18n_bundle, 3),
    (fc.transit_stops, 4),
    (fc.marketplace_listing, 7),
    (fc.batch_job_clean, 5),
    (fc.payout_report, 4),
    (fc.app_log_clean, 7),
    (fc.weather_obs, 6),
    (fc.invoice_webhook_ids, 7),
    (fc.room_availability, 4),
)

CARD_RUN = re.compile(r"(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def strings_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


def verify(record: dict[str, Any]) -> None:
    """Cards and IBANs: present exactly when labeled (a failed check means a generator bug)."""
    cards = ibans = 0
    for text in strings_in(record["doc"]):
        for match in CARD_RUN.finditer(IBAN_RUN.sub(" ", text)):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) in (15, 16) and digits[0] in "23456" and c.luhn_ok(digits):
                cards += 1
        ibans += sum(1 for m in IBAN_RUN.finditer(text) if c.iban_ok(m.group()))
    kinds = record["kinds"]
    assert ("payment_card" in kinds) == (cards > 0), (record["id"], cards)
    if ibans:
        assert "bank_account" in kinds, record["id"]
    assert set(kinds) <= set(KINDS), record["id"]


def build() -> list[dict[str, Any]]:
    drafts = []
    for fn, count in FAMILIES:
        name = fn.__name__
        for i in range(count):
            d = Doc(random.Random(f"{SEED}/{name}/{i}"), name)
            doc = fn(d)
            drafts.append((name, doc, sorted(d.kinds), d.notes))
    random.Random(SEED).shuffle(drafts)
    records = []
    for n, (name, doc, kinds, notes) in enumerate(drafts, 1):
        note = f"{name}: " + (", ".join(notes) if notes else ("clean" if not kinds else "fields"))
        record = {"id": f"{SPLIT}-{n:04d}-{name}", "doc": doc, "kinds": kinds, "note": note}
        verify(record)
        records.append(record)
    return records


def write(out_dir: Path = HERE) -> dict[str, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{SPLIT}.jsonl"
    lines = [json.dumps(r, ensure_ascii=False, allow_nan=False) for r in build()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {SPLIT: path}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = write(Path(args[0]) if args else HERE)
    print(f"wrote {paths[SPLIT]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
