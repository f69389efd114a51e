"""The payload families and how many documents of each go into the corpus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import (
    fam_civic,
    fam_commerce,
    fam_comms,
    fam_extra,
    fam_health,
    fam_identity,
    fam_infra,
    fam_more,
)
from .values import Ctx

Family = Callable[[Ctx], Any]

FAMILIES: tuple[tuple[str, Family, int], ...] = (
    ("payment_event", fam_commerce.payment_event, 10),
    ("customer_list", fam_commerce.customer_list, 8),
    ("shop_order", fam_commerce.shop_order, 10),
    ("fulfilment", fam_commerce.fulfilment, 10),
    ("marketplace_listing", fam_commerce.marketplace_listing, 10),
    ("bank_transactions", fam_commerce.bank_transactions, 10),
    ("payout", fam_commerce.us_ach, 12),
    ("ride_trip", fam_commerce.ride_trip, 10),
    ("food_delivery", fam_commerce.food_delivery, 10),
    ("crm_contact", fam_comms.crm_contact, 10),
    ("crm_deal", fam_comms.crm_deal, 8),
    ("helpdesk_ticket", fam_comms.helpdesk_ticket, 14),
    ("sms_webhook", fam_comms.sms_webhook, 12),
    ("voice_call", fam_comms.voice_call, 10),
    ("chat_event", fam_comms.chat_event, 12),
    ("email_events", fam_comms.email_events, 8),
    ("email_thread", fam_comms.email_thread, 10),
    ("oidc_userinfo", fam_identity.oidc_userinfo, 10),
    ("oidc_token", fam_identity.oidc_token, 10),
    ("scim_user", fam_identity.scim_user, 12),
    ("kyc_check", fam_identity.kyc_check, 12),
    ("background_check", fam_identity.background_check, 12),
    ("ats_candidate", fam_identity.ats_candidate, 12),
    ("rental_application", fam_identity.rental_application, 12),
    ("student_record", fam_identity.student_record, 12),
    ("fhir_bundle", fam_health.fhir_bundle, 12),
    ("hl7_message", fam_health.hl7_message, 10),
    ("insurance_claim", fam_health.insurance_claim, 12),
    ("genetic_report", fam_health.genetic_report, 12),
    ("biometric_enrolment", fam_health.biometric_enrolment, 16),
    ("donation", fam_civic.donation, 12),
    ("union_portal", fam_civic.union_portal, 12),
    ("campaign_crm", fam_civic.campaign_crm, 14),
    ("court_case", fam_civic.court_case, 12),
    ("dating_profile", fam_civic.dating_profile, 12),
    ("telecom_cdr", fam_civic.telecom_cdr, 10),
    ("iot_telemetry", fam_civic.iot_telemetry, 8),
    ("code_webhook", fam_infra.code_webhook, 10),
    ("log_lines", fam_infra.log_lines, 12),
    ("config_dump", fam_infra.config_dump, 12),
    ("analytics_event", fam_infra.analytics_event, 10),
    ("graphql_response", fam_infra.graphql_response, 10),
    ("search_results", fam_infra.search_results, 8),
    ("kafka_envelope", fam_infra.kafka_envelope, 10),
    ("travel_booking", fam_extra.travel_booking, 12),
    ("social_post", fam_extra.social_post, 14),
    ("patient_message", fam_extra.patient_message, 14),
    ("police_incident", fam_extra.police_incident, 12),
    ("moderation_queue", fam_extra.moderation_queue, 18),
    ("payroll_run", fam_more.payroll_run, 12),
    ("ci_variables", fam_more.ci_variables, 12),
    ("tax_form", fam_more.tax_form, 12),
    ("health_check", fam_infra.health_check, 10),
    ("game_state", fam_infra.game_state, 8),
    ("product_catalog", fam_infra.product_catalog, 10),
)
CLEAN_ONLY = frozenset({"health_check", "game_state", "product_catalog"})
