"""The kinds of data the scanner reports, and the group each belongs to.

The strings are part of the scanner's contract (the CLI prints them, policies name them):
never rename one. Groups follow the GDPR: Art. 9 and 10 special categories, high-risk data
whose leak does direct harm (money, identity theft, account takeover, tracking), and
ordinary personal data.
"""

from __future__ import annotations

from typing import Final, Literal

Group = Literal["special_category", "high_risk", "personal"]

SPECIAL_CATEGORY: Final = frozenset({
    "health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
    "religious_belief", "trade_union", "sex_life_orientation", "criminal_record",
})
HIGH_RISK: Final = frozenset({
    "payment_card", "bank_account", "national_id", "passport", "credential",
    "precise_location",
})
PERSONAL: Final = frozenset({
    "email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name",
})

# A fixed order (special categories first) so listings and docs are stable.
KINDS: Final[tuple[str, ...]] = (
    "health", "genetic", "biometric", "racial_ethnic_origin", "political_opinion",
    "religious_belief", "trade_union", "sex_life_orientation", "criminal_record",
    "payment_card", "bank_account", "national_id", "passport", "credential",
    "precise_location",
    "email", "phone", "ip_address", "date_of_birth", "postal_address", "person_name",
)

GROUP_OF: Final[dict[str, Group]] = {
    **{kind: "special_category" for kind in SPECIAL_CATEGORY},
    **{kind: "high_risk" for kind in HIGH_RISK},
    **{kind: "personal" for kind in PERSONAL},
}
