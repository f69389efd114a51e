"""The payload families and how many documents of each go into the dev and holdout sets.

A count of 0 keeps a family out of that set: the holdout set has whole families (FHIR
bundles, insurance claims, call transcripts, canvassing records, ...) that dev never shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import families_clean as cl
from . import families_personal as pe
from .ctx import Ctx

Family = Callable[[Ctx], Any]

# (name, generator, dev count, holdout count)
PERSONAL: list[tuple[str, Family, int, int]] = [
    ("signup", pe.signup, 18, 12),
    ("profile_update", pe.profile_update, 14, 12),
    ("order_checkout", pe.order_checkout, 22, 16),
    ("refund", pe.refund, 10, 8),
    ("chargeback", pe.chargeback, 12, 10),
    ("bank_payout", pe.bank_payout, 14, 12),
    ("hr_employee", pe.hr_employee, 24, 16),
    ("patient_record", pe.patient_record, 24, 14),
    ("pharmacy_rx", pe.pharmacy_rx, 14, 0),
    ("insurance_claim", pe.insurance_claim, 0, 14),
    ("fhir_bundle", pe.fhir_bundle, 0, 10),
    ("lab_result", pe.lab_result, 30, 16),
    ("dna_profile", pe.dna_profile, 0, 8),
    ("biometric_enrolment", pe.biometric_enrolment, 28, 16),
    ("door_access", pe.door_access, 0, 10),
    ("support_ticket", pe.support_ticket, 34, 24),
    ("case_note", pe.case_note, 32, 32),
    ("chat_messages", pe.chat_messages, 20, 0),
    ("call_transcript", pe.call_transcript, 0, 18),
    ("crm_contact", pe.crm_contact, 14, 8),
    ("campaign_donation", pe.campaign_donation, 18, 0),
    ("canvassing", pe.canvassing, 0, 14),
    ("church_membership", pe.church_membership, 18, 0),
    ("faith_charity", pe.faith_charity, 0, 14),
    ("union_dues", pe.union_dues, 18, 0),
    ("payroll_deductions", pe.payroll_deductions, 0, 14),
    ("background_check", pe.background_check, 28, 14),
    ("tenant_screening", pe.tenant_screening, 0, 10),
    ("dating_profile", pe.dating_profile, 24, 16),
    ("survey_response", pe.survey_response, 16, 12),
    ("telemetry_events", pe.telemetry_events, 16, 10),
    ("access_log", pe.access_log, 10, 8),
    ("gps_ping", pe.gps_ping, 26, 22),
    ("secrets_config", pe.secrets_config, 30, 24),
    ("kyc_identity", pe.kyc_identity, 20, 16),
    ("travel_booking", pe.travel_booking, 14, 12),
]

CLEAN: list[tuple[str, Family, int, int]] = [
    ("product_catalog", cl.product_catalog, 20, 12),
    ("health_check", cl.health_check, 18, 12),
    ("deploy_manifest", cl.deploy_manifest, 12, 8),
    ("ci_event", cl.ci_event, 12, 6),
    ("sql_log", cl.sql_log, 14, 10),
    ("book_catalog", cl.book_catalog, 14, 8),
    ("analytics_coarse", cl.analytics_coarse, 14, 10),
    ("public_keys", cl.public_keys, 16, 12),
    ("media_assets", cl.media_assets, 10, 6),
    ("sensor_readings", cl.sensor_readings, 10, 6),
    ("feature_flags", cl.feature_flags, 8, 0),
    ("schema_registry", cl.schema_registry, 0, 8),
    ("restaurant_list", cl.restaurant_list, 8, 0),
    ("news_feed", cl.news_feed, 8, 0),
    ("press_feed", cl.press_feed, 0, 6),
    ("ga_config", cl.ga_config, 6, 0),
    ("gene_reference", cl.gene_reference, 0, 6),
    ("crime_stats", cl.crime_stats, 6, 6),
    ("game_telemetry", cl.game_telemetry, 0, 6),
    ("reconciliation", cl.reconciliation, 14, 10),
    ("tls_fingerprints", cl.tls_fingerprints, 6, 4),
    ("embeddings", cl.embeddings, 6, 4),
    ("race_results", cl.race_results, 0, 5),
    ("region_config", cl.region_config, 6, 4),
    ("password_policy", cl.password_policy, 10, 6),
    ("error_log", cl.error_log, 8, 6),
    ("vat_invoice", cl.vat_invoice, 8, 6),
    ("pharmacy_catalog", cl.pharmacy_catalog, 6, 0),
    ("insurance_plans", cl.insurance_plans, 0, 6),
]

FAMILIES = PERSONAL + CLEAN
