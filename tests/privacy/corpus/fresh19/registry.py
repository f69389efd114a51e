"""Which families go into fresh19, how many documents each, and in which languages."""

from collections.abc import Callable
from dataclasses import dataclass

from . import (
    fam_adtech as ad,
)
from . import (
    fam_analytics as an,
)
from . import (
    fam_biometric as bio,
)
from . import (
    fam_clean as c1,
)
from . import (
    fam_clean2 as c2,
)
from . import (
    fam_identity as ident,
)
from . import (
    fam_messaging as msg,
)
from . import (
    fam_observability as obs,
)
from . import (
    fam_special as sp,
)
from . import (
    fam_ux as ux,
)
from .doc import Doc, Json


@dataclass(frozen=True)
class Family:
    name: str
    make: Callable[[Doc], Json]
    count: int
    langs: tuple[str, ...] = ()  # empty: any language
    clean: bool = False  # built only from hard negatives


def fam(make: Callable[[Doc], Json], count: int, langs: tuple[str, ...] = ()) -> Family:
    return Family(make.__name__, make, count, langs)


def clean(make: Callable[[Doc], Json], count: int) -> Family:
    return Family(make.__name__, make, count, (), True)


# Thematic families first; the generic free-text families come last so that the sentence
# scheduler can even out the (kind, language) pairs they leave.
FAMILIES: list[Family] = [
    # special categories by construction
    fam(an.segment_track_period, 4),
    fam(an.segment_screen_therapy, 6),
    fam(an.segment_track_pharmacy, 3),
    fam(an.segment_group_union, 3),
    fam(an.amplitude_recovery, 3),
    fam(an.mixpanel_dating_profile, 6),
    fam(an.posthog_faith, 3),
    fam(an.ga4_campaign_donation, 3),
    fam(an.firebase_prayer, 3),
    fam(an.snowplow_union_dues, 3),
    fam(an.heap_canvass, 4),
    fam(an.clevertap_matrimony, 5),
    fam(an.braze_users_track, 3),
    fam(an.posthog_clinic_search, 2),
    fam(sp.telehealth_intake, 3),
    fam(sp.fertility_carrier, 5),
    fam(sp.dna_ancestry_upload, 6),
    fam(sp.pgx_report_webhook, 5),
    fam(sp.sexual_health_log, 5),
    fam(sp.lgbtq_community_profile, 4),
    fam(sp.zakat_donation, 3),
    fam(sp.church_giving_webhook, 3),
    fam(sp.kirchensteuer_payroll, 3, ("de",)),
    fam(sp.church_exit_booking, 3, ("de",)),
    fam(sp.campaign_donation_webhook, 3),
    fam(sp.party_membership_signup, 4),
    fam(sp.voter_survey, 3),
    fam(sp.union_dues_payroll, 3),
    fam(sp.hr_union_flag, 4),
    fam(sp.strike_ballot, 3),
    fam(sp.gig_background_check, 6),
    fam(sp.probation_checkin, 5),
    fam(sp.volunteer_record_check, 5),
    fam(sp.legal_aid_chatbot, 5),
    fam(sp.eeo_onboarding, 5),
    fam(sp.census_survey, 5),
    fam(sp.recovery_meeting_checkin, 3),
    fam(bio.liveness_enrollment, 7),
    fam(bio.voice_unlock_enrollment, 6),
    fam(bio.timeclock_fingerprint, 5),
    fam(bio.iris_border_kiosk, 4),
    fam(bio.palm_vein_gym, 4),
    fam(bio.sentry_face_match_error, 5),
    fam(bio.otel_span_voice_auth, 5),
    fam(bio.dating_selfie_verification, 5),
    fam(bio.kyc_selfie_template, 4),
    fam(ad.openrtb_bid_request, 6),
    fam(ad.audience_sync, 4),
    # ordinary and high-risk personal data
    fam(an.segment_identify_profile, 5),
    fam(an.mixpanel_fintech_people, 4),
    fam(an.segment_identify_kyc, 5),
    fam(an.run_tracker_route, 4),
    fam(an.matomo_hit, 5),
    fam(obs.sentry_signup_breadcrumbs, 5),
    fam(obs.sentry_scrubbed, 5),
    fam(obs.otel_span_http, 5),
    fam(obs.elk_access_log, 5),
    fam(obs.slow_query_log, 5),
    fam(obs.launchdarkly_eval, 4),
    fam(obs.unleash_context, 3),
    fam(obs.graphql_request_log, 4),
    fam(obs.apm_transaction, 3),
    fam(obs.matomo_style_error_query, 3),
    fam(ux.rrweb_full_snapshot, 4),
    fam(ux.heatmap_click_path, 4),
    fam(msg.apns_payload, 5),
    fam(msg.fcm_message, 5),
    fam(msg.email_webhook_events, 4),
    fam(msg.inapp_message, 3),
    fam(msg.deep_link_log, 4),
    fam(ad.attribution_postback, 4),
    fam(ad.capi_event, 4),
    fam(ad.cmp_consent_event, 3),
    fam(ad.cdp_identity_merge, 4),
    fam(ad.ad_click_log, 3),
    fam(ident.signup_form, 5),
    fam(ident.password_reset_log, 4),
    fam(ident.oauth_callback_log, 4),
    fam(ident.sdk_config_keys, 5),
    fam(ident.auth_header_capture, 4),
    fam(ident.jwt_breadcrumbs, 4),
    fam(ident.kyc_document_upload, 5),
    fam(ident.bank_link_webhook, 5),
    fam(ident.checkout_card_leak, 5),
    fam(ident.p2p_payment_note, 4),
    fam(ident.rideshare_trip, 4),
    fam(ident.food_delivery_order, 4),
    fam(ident.webhook_delivery, 3),
    # generic free text (any special category, or none)
    fam(an.rudderstack_batch, 5),
    fam(obs.bugsnag_crash_input, 5),
    fam(obs.otel_log_record, 5),
    fam(obs.datadog_log_line, 5),
    fam(obs.stack_trace_locals, 5),
    fam(obs.kafka_dlq_record, 5),
    fam(ux.rrweb_input_events, 5),
    fam(ux.nps_response, 6),
    fam(ux.inapp_survey_multi, 6),
    fam(ux.chatbot_transcript, 8),
    fam(ux.app_search_log, 6),
    fam(ux.community_forum_thread, 12, ("de", "fr", "es")),
    fam(ux.voice_assistant_log, 9, ("de", "fr", "es")),
    fam(ux.crm_notes_sync, 9, ("de", "fr", "es")),
    fam(ux.review_export, 6, ("es", "fr", "de")),
    fam(ux.support_widget, 6),
    fam(msg.sms_callback, 5),
    fam(msg.whatsapp_webhook, 5),
    # clean
    clean(c1.tracking_plan, 6),
    clean(c1.event_json_schema, 5),
    clean(c1.protocols_violations, 4),
    clean(c1.dashboard_metrics, 7),
    clean(c1.ab_test_summary, 5),
    clean(c1.uptime_check, 6),
    clean(c1.build_release, 6),
    clean(c1.app_store_listing, 7),
    clean(c1.sdk_config_clean, 5),
    clean(c1.game_telemetry, 5),
    clean(c1.sql_union_stats, 4),
    clean(c1.graphql_schema_union, 3),
    clean(c1.openrtb_clean, 6),
    clean(c1.capi_hashed_only, 5),
    clean(c1.consent_config, 3),
    clean(c1.feature_flag_definitions, 5),
    clean(c1.otel_metrics_export, 4),
    clean(c1.k8s_deployment, 5),
    clean(c1.jwks_public_keys, 4),
    clean(c2.crash_free_stats, 5),
    clean(c2.push_campaign_stats, 6),
    clean(c2.email_template_catalog, 5),
    clean(c2.rrweb_meta_masked, 4),
    clean(c2.nps_aggregate, 6),
    clean(c2.icd10_reference, 5),
    clean(c2.otc_catalog, 5),
    clean(c2.insurance_plan_catalog, 5),
    clean(c2.gene_reference_panel, 4),
    clean(c2.genetic_algorithm_config, 3),
    clean(c2.party_press_feed, 4),
    clean(c2.eu_vat_registry, 4),
    clean(c2.credit_union_rates, 4),
    clean(c2.book_catalog, 4),
    clean(c2.tls_fingerprint_log, 5),
    clean(c2.face_match_result_only, 6),
    clean(c2.pep_screening, 4),
    clean(c2.sdk_changelog, 6),
    clean(c2.issue_grouping_stats, 5),
    clean(c2.base64_asset_manifest, 4),
    clean(c2.avro_schema_registry, 5),
    clean(c2.warehouse_query_plan, 3),
    clean(c2.destination_filters, 4),
    clean(c2.exchange_rates, 4),
    clean(c2.weather_coarse, 4),
    clean(c2.product_embeddings, 4),
]
