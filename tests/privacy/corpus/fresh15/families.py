"""The fresh15 plan: which families, and how many documents of each.

Order matters only for balancing: the message-like families at the end
choose the kind and language of their free text with Ctx.slot(), which
fills whichever (kind, language) pair has the fewest statements so far.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import fam_care as C
from . import fam_extra as X
from . import fam_justice as J
from . import fam_life as L
from . import fam_sport as S
from . import fam_tech as T
from . import fam_travel as TR
from . import fam_work as W
from .ctx import Ctx

PLAN: list[tuple[str, Callable[[Ctx, int], Any], int]] = [
    # travel and hospitality
    ("airline_pnr", TR.airline_pnr, 16),
    ("ssr_reference", TR.ssr_reference, 4),
    ("hotel_guest_profile", TR.hotel_guest_profile, 14),
    ("hotel_rate_plans", X.hotel_rate_plans, 5),
    ("housekeeping_board", TR.housekeeping_board, 5),
    ("travel_insurance_claim", TR.travel_insurance_claim, 10),
    ("visa_case_file", TR.visa_case_file, 8),
    ("visa_requirements", TR.visa_requirements, 4),
    # sports and leisure
    ("gym_membership", S.gym_membership, 11),
    ("gym_timetable", S.gym_timetable, 5),
    ("marathon_registration", S.marathon_registration, 12),
    ("race_results", S.race_results, 4),
    ("sports_fixtures", X.sports_fixtures, 5),
    ("dating_profile", S.dating_profile, 18),
    ("dating_app_config", X.dating_app_config, 3),
    ("community_events", S.community_events, 12),
    ("gaming_report", S.gaming_report, 14),
    ("game_telemetry", S.game_telemetry, 4),
    # life events
    ("funeral_arrangement", L.funeral_arrangement, 11),
    ("wedding_planner", L.wedding_planner, 8),
    ("family_tree_export", L.family_tree_export, 10),
    ("adoption_case", L.adoption_case, 8),
    ("baby_app", L.baby_app, 9),
    ("parenting_articles", L.parenting_articles, 5),
    # care and support
    ("sexual_health_clinic", C.sexual_health_clinic, 8),
    ("clinic_service_info", C.clinic_service_info, 5),
    ("recovery_programme", C.recovery_programme, 6),
    ("eap_case", C.eap_case, 8),
    ("donor_registry", C.donor_registry, 5),
    ("vet_clinic", C.vet_clinic, 15),
    ("homecare_visit_log", C.homecare_visit_log, 9),
    ("interpreter_job", C.interpreter_job, 10),
    ("drug_reference", X.drug_reference, 5),
    # justice and public life
    ("prison_visit", J.prison_visit, 8),
    ("victim_support", J.victim_support, 11),
    ("court_listing", J.court_listing, 10),
    ("crime_stats", J.crime_stats, 5),
    ("veterans_service", J.veterans_service, 5),
    ("refugee_case", J.refugee_case, 8),
    ("councillor_api", J.councillor_api, 7),
    ("council_meetings", J.council_meetings, 4),
    ("petition_api", J.petition_api, 13),
    ("canvassing_record", X.canvassing_record, 11),
    ("election_results", X.election_results, 5),
    ("strike_ballot", J.strike_ballot, 9),
    ("union_membership", X.union_membership, 7),
    ("union_news", J.union_news, 5),
    ("faith_membership", J.faith_membership, 8),
    ("payroll_de", J.payroll_de, 6),
    ("holiday_calendar", X.holiday_calendar, 4),
    ("census_table", X.census_table, 4),
    # reference, identity, genomics, config, telemetry, payments
    ("job_ad", T.job_ad, 12),
    ("eeo_hr_record", X.eeo_hr_record, 9),
    ("privacy_policy", T.privacy_policy, 5),
    ("news_feed", T.news_feed, 16),
    ("product_catalog", T.product_catalog, 15),
    ("bookshop_order", X.bookshop_order, 6),
    ("gene_reference", T.gene_reference, 5),
    ("ga_config", T.ga_config, 4),
    ("dna_kit_export", X.dna_kit_export, 11),
    ("genomics_report", T.genomics_report, 11),
    ("auth_log", T.auth_log, 11),
    ("tls_inventory", T.tls_inventory, 5),
    ("access_controller", T.access_controller, 11),
    ("time_clock", T.time_clock, 8),
    ("voiceprint_enrolment", T.voiceprint_enrolment, 9),
    ("kyc_check", T.kyc_check, 11),
    ("dev_config", T.dev_config, 12),
    ("sql_query_log", X.sql_query_log, 4),
    ("webhook_envelope", T.webhook_envelope, 11),
    ("gps_tracking", T.gps_tracking, 11),
    ("payment_events", T.payment_events, 10),
    ("sepa_transfer", T.sepa_transfer, 10),
    # productivity and messaging (free text balanced by Ctx.slot)
    ("ocr_letter", W.ocr_letter, 14),
    ("ocr_notice", W.ocr_notice, 13),
    ("calendar_event", W.calendar_event, 14),
    ("performance_review", W.performance_review, 10),
    ("survey_response", W.survey_response, 14),
    ("voice_assistant", W.voice_assistant, 12),
    ("helpdesk_transcript", W.helpdesk_transcript, 14),
    ("crm_note", W.crm_note, 12),
    ("email_message", W.email_message, 20),
]
