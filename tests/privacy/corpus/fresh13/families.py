"""Registry of payload families: ``(name, template, document count)``.

Families whose templates insert personal data come first in each group; the clean
look-alike families of the same domain follow.
"""

from __future__ import annotations

from collections.abc import Callable

from . import fam_community as cm
from . import fam_health as h
from . import fam_identity as idn
from . import fam_mobility as mob
from . import fam_money as m
from . import fam_platform as pl
from . import fam_work as w
from .ctx import Ctx

Family = tuple[str, Callable[[Ctx], object], int]

FAMILIES: list[Family] = [
    # health, wellbeing and genomics
    ("telehealth_visit", h.telehealth_visit, 10),
    ("mental_health_chat", h.mental_health_chat, 10),
    ("cycle_tracker_sync", h.cycle_tracker_sync, 10),
    ("pharmacy_order", h.pharmacy_order, 8),
    ("wearable_alert", h.wearable_alert, 6),
    ("genomics_report", h.genomics_report, 18),
    ("dna_relatives", cm.dna_relatives, 10),
    ("service_health", h.service_health, 8),
    ("otc_catalog", h.otc_catalog, 6),
    ("plan_catalog", h.plan_catalog, 5),
    ("gene_reference", h.gene_reference, 5),
    ("ga_optimizer", h.ga_optimizer, 5),
    # identity and authentication
    ("biometric_enrollment", idn.biometric_enrollment, 20),
    ("auth_idp_event", idn.auth_idp_event, 10),
    ("biometric_flags", idn.biometric_flags, 10),
    ("auth_config", idn.auth_config, 6),
    # dating, community, faith, unions and campaigns
    ("dating_profile", cm.dating_profile, 14),
    ("dating_chat", cm.dating_chat, 12),
    ("community_post", cm.community_post, 8),
    ("faith_member", cm.faith_member, 14),
    ("union_member_app", cm.union_member_app, 16),
    ("campaign_crm", cm.campaign_crm, 14),
    ("petition_batch", cm.petition_batch, 6),
    ("donation_webhook", cm.donation_webhook, 8),
    ("venue_listing", cm.venue_listing, 6),
    ("party_press_feed", cm.party_press_feed, 8),
    ("dating_config", cm.dating_config, 6),
    ("faith_events", cm.faith_events, 6),
    ("book_catalog", cm.book_catalog, 6),
    ("union_lookalikes", cm.union_lookalikes, 8),
    # legal aid, recruiting, insurance, housing, schools, gig work, payroll
    ("legal_aid_intake", w.legal_aid_intake, 14),
    ("asylum_case", w.asylum_case, 8),
    ("ats_candidate", w.ats_candidate, 14),
    ("insurance_quote", w.insurance_quote, 10),
    ("tenancy_application", w.tenancy_application, 10),
    ("school_portal", w.school_portal, 8),
    ("gig_onboarding", w.gig_onboarding, 10),
    ("hr_payroll_sync", w.hr_payroll_sync, 12),
    ("employee_survey", w.employee_survey, 8),
    ("hr_policy", w.hr_policy, 8),
    ("legal_kb", w.legal_kb, 6),
    ("school_timetable", w.school_timetable, 6),
    ("tenancy_listing", w.tenancy_listing, 6),
    ("crime_stats", w.crime_stats, 6),
    ("screening_catalog", w.screening_catalog, 5),
    # neobank and card issuing
    ("neobank_account", m.neobank_account, 8),
    ("card_issuing_webhook", m.card_issuing_webhook, 8),
    ("bank_transactions", m.bank_transactions, 10),
    ("payment_validation_error", m.payment_validation_error, 10),
    ("fx_rates", m.fx_rates, 8),
    ("bank_directory", m.bank_directory, 5),
    # travel, rides, delivery and smart home
    ("travel_booking", mob.travel_booking, 12),
    ("ride_trip", mob.ride_trip, 12),
    ("delivery_tracking", mob.delivery_tracking, 6),
    ("smart_home_event", mob.smart_home_event, 10),
    ("hotel_checkin", mob.hotel_checkin, 8),
    ("ride_pricing", mob.ride_pricing, 8),
    ("iot_telemetry", mob.iot_telemetry, 8),
    ("flight_status", mob.flight_status, 5),
    # support, marketing, analytics, DevOps and logs
    ("support_ticket", pl.support_ticket, 12),
    ("marketing_contacts", pl.marketing_contacts, 8),
    ("analytics_batch", pl.analytics_batch, 10),
    ("devops_webhook", pl.devops_webhook, 14),
    ("app_log_lines", pl.app_log_lines, 8),
    ("bulk_import_csv", pl.bulk_import_csv, 8),
    ("integration_config", pl.integration_config, 8),
    ("intake_form", pl.intake_form, 20),
    ("support_ticket_clean", pl.support_ticket_clean, 12),
    ("analytics_clean", pl.analytics_clean, 10),
    ("devops_clean", pl.devops_clean, 12),
    ("catalog_listing", pl.catalog_listing, 6),
    ("game_telemetry", pl.game_telemetry, 8),
    ("marketing_campaign_clean", pl.marketing_campaign_clean, 6),
]

NAMES = [name for name, _, _ in FAMILIES]
